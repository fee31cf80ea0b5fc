package iac

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
)

// memberRE is sym.member, loadJSONRE a var loading a JSON file beside the template.
var (
	memberRE   = regexp.MustCompile(`\b([A-Za-z_][A-Za-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_]*)`)
	loadJSONRE = regexp.MustCompile(`^\s*loadJsonContent\(\s*'([^'$]+)'`)
)

// jsonMembers resolves the sym.member references of expr whose sym is a var loading a JSON
// file (var azureRoles = loadJsonContent('azure-roles.json')) to the member's string value, as
// deployments keep role ids in such a file. The file's directory goes into DependsOn.
func (b *bicep) jsonMembers(expr string) string {
	out := expr
	for _, m := range memberRE.FindAllStringSubmatch(expr, -1) {
		load := loadJSONRE.FindStringSubmatch(b.decls[m[1]])
		if load == nil {
			continue
		}
		obj := b.loadJSON(load[1])
		if v, ok := obj[m[2]].(string); ok {
			out += " " + v
		}
	}
	return out
}

// loadJSON reads a JSON object from a file named relative to the template (at most 1 MB).
func (b *bicep) loadJSON(name string) map[string]any {
	if b.pass.Path == "" || filepath.IsAbs(name) {
		return nil
	}
	path := filepath.Join(filepath.Dir(b.pass.Path), filepath.FromSlash(name))
	b.pass.DependsOn = append(b.pass.DependsOn, filepath.Dir(path))
	st, err := os.Stat(path)
	if err != nil || !st.Mode().IsRegular() || st.Size() > 1<<20 {
		return nil
	}
	src, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	var obj map[string]any
	if json.Unmarshal(src, &obj) != nil {
		return nil
	}
	return obj
}
