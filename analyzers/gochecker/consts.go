package gochecker

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"golang.org/x/mod/modfile"

	"github.com/keylint/keylint/analyzers/goanalyzer"
	"github.com/keylint/keylint/analyzers/projectdir"
	"github.com/keylint/keylint/check"
)

// The scan checks one Go file at a time, without type information. A header name held in a
// constant of another file (AuthHeaderKey = "api-key" in init.go) or of another package of the
// module (constant.API_KEY) is read from the files on disk, as a type checker would: the
// package-level string constants of a directory, parsed once per run and cached.

// Limits keep the lookups cheap on large directories: a header constant lives in a small file.
const (
	maxPackageFiles = 200
	maxConstFile    = 256 << 10
	maxModuleDepth  = 16 // directories climbed to find go.mod
)

// packageConsts caches, per directory and package name, the string constants declared there
// (a name declared twice with different values, under build tags, is left out).
var packageConsts sync.Map // constsKey -> dirConsts

type constsKey struct{ dir, pkg string }

// dirConsts is a directory's constants with the stamp of the files they were read from.
type dirConsts struct {
	stamp  string
	consts map[string]string
}

// moduleRoots caches, per directory, the module root and path its go.mod says ("" when none).
var moduleRoots sync.Map // string -> moduleRoot

type moduleRoot struct{ dir, path string }

// constResolver returns the Options.Consts of one file: its own package is the directory
// holding it; another package of the same module is found through go.mod. A path that is not
// on disk (a test's or fuzzer's source) resolves nothing.
//
// A lookup that reads other files, whether it finds a value or not, makes the file's result
// depend on them (a constant added, removed or changed there changes it): the file's own
// directory goes into p.DependsOn, which the cache stamps; another package's lookup, which
// also depends on go.mod and the directories found, sets p.ReadOthers (not cached).
func constResolver(p *check.Pass, f *ast.File) func(pkg, name string) (string, bool) {
	path, src := p.Path, p.Src
	if st, err := os.Stat(path); err != nil || !st.Mode().IsRegular() || st.Size() != int64(len(src)) {
		return nil
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil
	}
	dir := filepath.Dir(abs)
	own := f.Name.Name
	var declared map[string]bool
	return func(pkg, name string) (v string, ok bool) {
		if pkg == "" {
			if declared == nil {
				declared = declaredNames(f)
			}
			if declared[name] {
				return "", false // the file's own package-level name: no other file's
			}
			// The same package's files: what they declare is a function of the directory's
			// file names and bytes, which the cache stamps.
			if !slices.Contains(p.DependsOn, dir) {
				p.DependsOn = append(p.DependsOn, dir)
			}
			v, ok = constsOf(dir, own)[name]
			return v, ok
		}
		if !ast.IsExported(name) {
			return "", false
		}
		pdir := packageDir(dir, pkg)
		if pdir == "" {
			return "", false // another module's package: not on disk here
		}
		p.ReadOthers = true // found through go.mod and the directories above: not stamped
		v, ok = constsOf(pdir, "")[name]
		return v, ok
	}
}

// packageDir is the directory of an imported package of the module the file belongs to: by
// go.mod's module path, or, in a tree without a go.mod (a copied subtree), the longest tail of
// the import path found under a directory above the file (constant under the module's
// directory for github.com/x/client/constant).
func packageDir(dir, pkg string) string {
	if root := moduleOf(dir); root.path != "" {
		if pkg != root.path && !strings.HasPrefix(pkg, root.path+"/") {
			return ""
		}
		return filepath.Join(root.dir, filepath.FromSlash(strings.TrimPrefix(pkg, root.path)))
	}
	elems := strings.Split(pkg, "/")
	for _, d := range projectdir.Up(dir, maxModuleDepth-1) {
		for i := 1; i < len(elems); i++ {
			cand := filepath.Join(append([]string{d}, elems[i:]...)...)
			if st, err := os.Stat(cand); err == nil && st.IsDir() {
				return cand
			}
		}
	}
	return repositoryDir(dir, elems)
}

// repositoryDir finds a github.com/owner/name/... package under a directory above dir that is
// that repository's checkout under another name: a zip download's name-main, a copy named
// owner+name or owner_name. (The module's root package has no tail to find by itself.)
func repositoryDir(dir string, elems []string) string {
	if len(elems) < 3 || !strings.Contains(elems[0], ".") {
		return ""
	}
	owner, name := strings.ToLower(elems[1]), strings.ToLower(elems[2])
	for _, d := range projectdir.Up(dir, maxModuleDepth-1) {
		base := strings.ToLower(filepath.Base(d))
		if base == name || strings.HasPrefix(base, name+"-") || base == owner+"+"+name || base == owner+"_"+name {
			cand := filepath.Join(append([]string{d}, elems[3:]...)...)
			if st, err := os.Stat(cand); err == nil && st.IsDir() {
				return cand
			}
		}
	}
	return ""
}

// constsOf reads the package-level string constants of a directory's Go files of package pkg
// ("" for whichever package the non-test files declare). A directory read before is parsed
// again only if its Go files' names, sizes or mtimes changed (a process that outlives an
// edit: the tests, an editor's).
func constsOf(dir, pkg string) map[string]string {
	key := constsKey{dir, pkg}
	entries, _ := os.ReadDir(dir)
	var files []os.FileInfo
	var stamp strings.Builder
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		if len(files) == maxPackageFiles {
			break
		}
		info, err := e.Info()
		if err != nil {
			continue
		}
		files = append(files, info)
		fmt.Fprintf(&stamp, "%s\x00%d %d\x00", name, info.Size(), info.ModTime().UnixNano())
	}
	if m, ok := packageConsts.Load(key); ok && m.(dirConsts).stamp == stamp.String() {
		return m.(dirConsts).consts
	}
	out := map[string]string{}
	dup := map[string]bool{}
	for _, info := range files {
		if info.Size() > maxConstFile {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), filepath.Join(dir, info.Name()), nil, parser.SkipObjectResolution)
		if f == nil || err != nil && f.Decls == nil {
			continue
		}
		if pkg != "" && f.Name.Name != pkg {
			continue
		}
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.CONST && g.Tok != token.VAR {
				continue
			}
			for _, spec := range g.Specs {
				vs, ok := spec.(*ast.ValueSpec)
				if !ok || len(vs.Names) != len(vs.Values) {
					continue
				}
				for i, id := range vs.Names {
					v, ok := goanalyzer.StringLit(vs.Values[i])
					if !ok {
						continue
					}
					if old, seen := out[id.Name]; seen && old != v {
						dup[id.Name] = true
					}
					out[id.Name] = v
				}
			}
		}
	}
	for name := range dup {
		delete(out, name)
	}
	packageConsts.Store(key, dirConsts{stamp.String(), out})
	return out
}

// moduleOf finds the go.mod at or above dir and the module path it declares.
func moduleOf(dir string) moduleRoot {
	if r, ok := moduleRoots.Load(dir); ok {
		return r.(moduleRoot)
	}
	var root moduleRoot
	for d, i := dir, 0; i < maxModuleDepth; i++ {
		if data, err := os.ReadFile(filepath.Join(d, "go.mod")); err == nil {
			root = moduleRoot{dir: d, path: modfile.ModulePath(data)}
			break
		}
		parent := filepath.Dir(d)
		if parent == d {
			break
		}
		d = parent
	}
	moduleRoots.Store(dir, root)
	return root
}

// declaredNames are the names the file declares at package level: no other file of the
// package can give one a value (a local of the same name is the checker's to tell, isLocal).
func declaredNames(f *ast.File) map[string]bool {
	names := map[string]bool{}
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv == nil {
				names[d.Name.Name] = true
			}
		case *ast.GenDecl:
			for _, sp := range d.Specs {
				switch sp := sp.(type) {
				case *ast.ValueSpec:
					for _, id := range sp.Names {
						names[id.Name] = true
					}
				case *ast.TypeSpec:
					names[sp.Name.Name] = true
				}
			}
		}
	}
	return names
}

// ownPackage returns the Options.OwnPackage of one file: an import path whose package is a
// directory of the file's module (by go.mod, or under a directory above the file in a tree
// without one). The answer depends on other directories: p.ReadOthers.
func ownPackage(p *check.Pass) func(string) bool {
	abs, err := filepath.Abs(p.Path)
	if err != nil {
		return nil
	}
	if st, err := os.Stat(abs); err != nil || !st.Mode().IsRegular() {
		return nil
	}
	dir := filepath.Dir(abs)
	return func(pkg string) bool {
		if !strings.Contains(pkg, "/") && !strings.Contains(pkg, ".") {
			return false // fmt, os: the standard library
		}
		p.ReadOthers = true
		return packageDir(dir, pkg) != "" || gopathDir(dir, pkg) != ""
	}
}

// gopathDir is an imported package's directory in a GOPATH layout (.../src/<import path>/),
// when it is of the same repository as the file's own package there; "" otherwise (a
// dependency's copy under the same src/).
func gopathDir(dir, pkg string) string {
	for d, up := dir, 0; up < maxModuleDepth; up++ {
		if filepath.Base(d) == "src" {
			own, err := filepath.Rel(d, dir)
			if err != nil || !goanalyzer.SameRepository(filepath.ToSlash(own), pkg) {
				return ""
			}
			cand := filepath.Join(d, filepath.FromSlash(pkg))
			if st, err := os.Stat(cand); err == nil && st.IsDir() {
				return cand
			}
			return ""
		}
		parent := filepath.Dir(d)
		if parent == d {
			break
		}
		d = parent
	}
	return ""
}
