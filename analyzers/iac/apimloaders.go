package iac

import (
	"path/filepath"
	"regexp"
	"strings"
)

// Loaders: a policy file whose backend id is a placeholder ({backend-id}) is filled in by the
// IaC that loads it. That code says where the placeholder leads: a replace() with a literal
// backend name, or the backends the loading file and the modules it calls define. Samples
// load one policy into a module that defines the backends (loadTextContent('policy.xml')
// passed as policyXml to an APIM module), so one level of modules is followed.

// loader is one place IaC loads a policy file.
type loader struct {
	file     string            // the loading file (absolute)
	modules  []string          // the local modules it calls: files (Bicep) or folders (Terraform)
	bindings map[string]string // placeholder -> literal value, from replace(load(...), '{x}', 'v')
}

var (
	bicepLoadRE    = regexp.MustCompile(`loadTextContent\(\s*'([^']+)'`)
	bicepReplaceRE = regexp.MustCompile(`replace\(\s*loadTextContent\(\s*'([^']+)'[^)]*\)\s*,\s*'([^']*)'\s*,\s*'([^']*)'\s*\)`)
	bicepModuleRE  = regexp.MustCompile(`(?m)^[ \t]*module[ \t]+[A-Za-z_]\w*[ \t]+'([^':]+\.bicep)'`)
	tfLoadRE       = regexp.MustCompile(`\b(?:file|templatefile)\(\s*"([^"]+)"`)
	tfReplaceRE    = regexp.MustCompile(`replace\(\s*(?:file|templatefile)\(\s*"([^"]+)"[^)]*\)\s*,\s*"([^"]*)"\s*,\s*"([^"]*)"\s*\)`)
	tfModuleRE     = regexp.MustCompile(`(?m)^\s*source\s*=\s*"(\.\.?/[^"]+)"`)
)

// addLoaders records the policy files a Bicep or Terraform file loads.
func (x *index) addLoaders(file string, src []byte) {
	dir := filepath.Dir(file)
	code := string(src)
	var loadRE, replaceRE, moduleRE *regexp.Regexp
	resolve := func(p string) string { return filepath.Clean(filepath.Join(dir, filepath.FromSlash(p))) }
	if strings.HasSuffix(file, ".tf") {
		loadRE, replaceRE, moduleRE = tfLoadRE, tfReplaceRE, tfModuleRE
		resolve = func(p string) string {
			p = strings.TrimPrefix(strings.TrimPrefix(p, "${path.module}/"), "${path.root}/")
			return filepath.Clean(filepath.Join(dir, filepath.FromSlash(p)))
		}
	} else {
		code = string(maskBicep(src))
		loadRE, replaceRE, moduleRE = bicepLoadRE, bicepReplaceRE, bicepModuleRE
	}
	loads := loadRE.FindAllStringSubmatch(code, -1)
	if len(loads) == 0 {
		return
	}
	l := &loader{file: file, bindings: map[string]string{}}
	for _, m := range moduleRE.FindAllStringSubmatch(code, -1) {
		l.modules = append(l.modules, resolve(m[1]))
	}
	for _, m := range replaceRE.FindAllStringSubmatch(code, -1) {
		l.bindings[resolve(m[1])+"\x00"+m[2]] = m[3]
	}
	for _, m := range loads {
		p := resolve(m[1])
		x.loaders[p] = append(x.loaders[p], l)
	}
}

// Templated implements gateway.Index: what the code that loads the policy file at path says
// of its templated backend id.
func (x *index) Templated(path, id string) (ai, known bool) {
	abs, err := filepath.Abs(filepath.FromSlash(path))
	if err != nil {
		return false, false
	}
	for _, l := range x.loaders[abs] {
		known = true
		if v, ok := l.bindings[abs+"\x00"+id]; ok {
			if b, found := x.Lookup(v); found {
				ai = ai || b.AI
				continue
			}
		}
		ai = ai || x.aiIn(l.file)
		for _, m := range l.modules {
			ai = ai || x.aiIn(m)
		}
	}
	return ai, known
}

// aiIn reports a file (or, for Terraform, a folder) that defines an APIM backend pointing at
// Azure AI.
func (x *index) aiIn(p string) bool {
	if x.aiFiles[p] {
		return true
	}
	if strings.HasSuffix(p, ".tf") {
		p = filepath.Dir(p)
	}
	return x.aiDirs[p]
}

// noteFile records where a file's backends point, for the loaders.
func (x *index) noteFile(file string, decls []backendDecl) {
	for _, d := range decls {
		if d.AI {
			x.aiFiles[file] = true
			if strings.HasSuffix(file, ".tf") {
				x.aiDirs[filepath.Dir(file)] = true
			}
		}
	}
}
