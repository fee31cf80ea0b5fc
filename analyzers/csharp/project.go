package csharp

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
)

// projectLevels is how many directories up from a file the project's own namespaces are looked
// for (a Program.cs in TestConsole/ of a solution whose library is the directory above).
const projectLevels = 3

// namespaceDecl finds a namespace declaration near the top of a C# file.
var namespaceDecl = regexp.MustCompile(`(?m)^\s*namespace\s+([A-Za-z_][A-Za-z0-9_.]*)`)

// rootNamespaceTag is a project file's explicit root namespace.
var rootNamespaceTag = regexp.MustCompile(`<RootNamespace>\s*([A-Za-z_][A-Za-z0-9_.]*)\s*</RootNamespace>`)

// dirNamespaces caches the namespaces one directory declares, by its path and modification
// time: map[string][]string.
var dirNamespaces sync.Map

// projectNamespaces returns the namespaces the program declares around a file that declares
// none itself (top-level statements): the names of the .csproj files in its directory and the
// ones above (a project's default root namespace is its file's name), their RootNamespace, and
// the namespaces declared by the .cs files directly in those directories. It also returns the
// directories it read, on which the file's result depends.
func projectNamespaces(path string) (names, dirs []string) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, nil
	}
	if st, err := os.Stat(abs); err != nil || !st.Mode().IsRegular() {
		return nil, nil // stdin, or a path that is no file on disk
	}
	dir := filepath.Dir(abs)
	for i := 0; i <= projectLevels; i++ {
		names = append(names, namespacesOf(dir)...)
		dirs = append(dirs, dir)
		if _, err := os.Stat(filepath.Join(dir, ".git")); err == nil {
			break // the repository's root: nothing above is the program's
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent
	}
	return names, dirs
}

func namespacesOf(dir string) []string {
	key := dir
	if st, err := os.Stat(dir); err == nil {
		key += "\x00" + st.ModTime().String() // a long-lived process sees files come and go
	}
	if v, ok := dirNamespaces.Load(key); ok {
		return v.([]string)
	}
	var names []string
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if !e.Type().IsRegular() {
			continue
		}
		name := e.Name()
		switch strings.ToLower(filepath.Ext(name)) {
		case ".csproj":
			names = append(names, strings.TrimSuffix(name, filepath.Ext(name)))
			if m := rootNamespaceTag.FindSubmatch(head(filepath.Join(dir, name))); m != nil {
				names = append(names, string(m[1]))
			}
		case ".cs":
			if m := namespaceDecl.FindSubmatch(head(filepath.Join(dir, name))); m != nil {
				names = append(names, string(m[1]))
			}
		}
	}
	dirNamespaces.Store(key, names)
	return names
}

// head is the first few KB of a file: where its namespace or a project's properties are.
func head(path string) []byte {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	buf := make([]byte, 4096)
	n, _ := f.Read(buf)
	return buf[:n]
}
