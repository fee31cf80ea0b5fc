package gochecker

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"golang.org/x/mod/modfile"

	"github.com/keylint/keylint/analyzers/goanalyzer"
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
var packageConsts sync.Map // constsKey -> map[string]string

type constsKey struct{ dir, pkg string }

// moduleRoots caches, per directory, the module root and path its go.mod says ("" when none).
var moduleRoots sync.Map // string -> moduleRoot

type moduleRoot struct{ dir, path string }

// constResolver returns the Options.Consts of one file: its own package is the directory
// holding it; another package of the same module is found through go.mod. A path that is not
// on disk (a test's or fuzzer's source) resolves nothing.
//
// used is set when a lookup reads other files, whether it finds a value or not: the file's
// result then depends on them (a constant added, removed or changed there changes it).
func constResolver(path string, src []byte, f *ast.File, used *bool) func(pkg, name string) (string, bool) {
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
			*used = true
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
		*used = true // the package found through go.mod is other files
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
	for d, up := dir, 0; up < maxModuleDepth; up++ {
		for i := 1; i < len(elems); i++ {
			cand := filepath.Join(append([]string{d}, elems[i:]...)...)
			if st, err := os.Stat(cand); err == nil && st.IsDir() {
				return cand
			}
		}
		parent := filepath.Dir(d)
		if parent == d {
			break
		}
		d = parent
	}
	return ""
}

// constsOf reads the package-level string constants of a directory's Go files of package pkg
// ("" for whichever package the non-test files declare).
func constsOf(dir, pkg string) map[string]string {
	key := constsKey{dir, pkg}
	if m, ok := packageConsts.Load(key); ok {
		return m.(map[string]string)
	}
	out := map[string]string{}
	dup := map[string]bool{}
	entries, _ := os.ReadDir(dir)
	n := 0
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		if n++; n > maxPackageFiles {
			break
		}
		if info, err := e.Info(); err != nil || info.Size() > maxConstFile {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), filepath.Join(dir, name), nil, parser.SkipObjectResolution)
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
	m, _ := packageConsts.LoadOrStore(key, out)
	return m.(map[string]string)
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
