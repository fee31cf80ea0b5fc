package csharp

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"

	"github.com/keylint/keylint/analyzers/projectdir"
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
	dir, ok := projectdir.Of(path)
	if !ok {
		return nil, nil // stdin, or a path that is no file on disk
	}
	for _, d := range projectdir.Up(dir, projectLevels) {
		names = append(names, namespacesOf(d)...)
		dirs = append(dirs, d)
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

// Bounds of the project type index: how deep below its root it looks, and how many
// directories and files it reads at most (a solution's projects, not a monorepo).
const (
	typeIndexDepth    = 4
	typeIndexMaxDirs  = 80
	typeIndexMaxFiles = 600
)

// typeKeywords introduce a type declaration; typeModifiers may precede one on its line.
var (
	typeKeywords  = [][]byte{[]byte("class"), []byte("record"), []byte("struct"), []byte("interface")}
	typeModifiers = map[string]bool{"public": true, "internal": true, "private": true, "protected": true, "static": true,
		"sealed": true, "abstract": true, "partial": true, "readonly": true, "file": true, "unsafe": true, "record": true, "ref": true}
)

// declaredTypes returns the classes, records, structs and interfaces a C# file declares: a
// keyword preceded on its line by modifiers only, then a name. It scans for the keywords
// rather than matching a pattern at every line start: the project index reads many files.
func declaredTypes(src []byte) []string {
	var names []string
	for _, kw := range typeKeywords {
		for off := 0; ; {
			i := bytes.Index(src[off:], kw)
			if i < 0 {
				break
			}
			i += off
			off = i + len(kw)
			if off >= len(src) || (src[off] != ' ' && src[off] != '\t') || i > 0 && isIdentByte(src[i-1]) {
				continue
			}
			if !onlyModifiersBefore(src, i) {
				continue
			}
			j := off
			for j < len(src) && (src[j] == ' ' || src[j] == '\t') {
				j++
			}
			k := j
			for k < len(src) && isIdentByte(src[k]) {
				k++
			}
			if k > j && !(src[j] >= '0' && src[j] <= '9') {
				if name := string(src[j:k]); name != "struct" && name != "class" {
					names = append(names, name) // record struct X, record class X: the next word
				}
			}
		}
	}
	return names
}

// onlyModifiersBefore reports whether the text of the line before offset i is blank or type
// modifiers: public sealed class X, not where T : class or // the class X.
func onlyModifiersBefore(src []byte, i int) bool {
	start := bytes.LastIndexByte(src[:i], '\n') + 1
	for _, w := range strings.Fields(string(src[start:i])) {
		if !typeModifiers[w] {
			return false
		}
	}
	return true
}

func isIdentByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// skippedDirs hold no source of the program: build outputs, packages, editor state.
var skippedDirs = map[string]bool{"bin": true, "obj": true, "node_modules": true, "packages": true, "Library": true, "Temp": true}

// dirTypes caches the types one directory's .cs files declare, by its path and modification
// time: map[string]dirTypeEntry.
var dirTypes sync.Map

// projectTypes returns the types the program declares, each with the namespaces declaring it
// ("" for the global one), in the .cs files of the project a file
// belongs to (the directory of the nearest .csproj at or above it, within the repository; the
// file's own directory when there is none), and the directories it read. A class declared in
// Services/FormRecognizerService.cs is the program's own wherever Program.cs creates it, whatever
// SDK namespaces Program.cs also uses.
func projectTypes(path string) (types map[string][]string, globalUsings, dirs []string) {
	own, ok := projectdir.Of(path)
	if !ok {
		return nil, nil, nil
	}
	types = map[string][]string{}
	files := 0
	root := projectRoot(own)
	inProject := func(dir string) bool {
		// Global usings are a project's: one with a .csproj at its root, and not a nested
		// project's (whose directory has its own).
		e := typesOf(dir)
		return typesOf(root).project && (dir == root || !e.project) && strings.HasPrefix(dir, root)
	}
	read := func(dir string) []string {
		dirs = append(dirs, dir)
		e := typesOf(dir)
		files += e.files
		for _, t := range e.types {
			types[t.name] = append(types[t.name], t.namespace)
		}
		if len(e.usings) > 0 && inProject(dir) {
			globalUsings = append(globalUsings, e.usings...)
		}
		return e.subdirs
	}
	// The file's own directory first, then the project breadth-first: the nearest types are
	// the likeliest to be the ones it creates, and the bounds cut the farthest.
	read(own)
	type queued struct {
		dir   string
		depth int
	}
	queue := []queued{{root, 0}}
	for len(queue) > 0 && len(dirs) < typeIndexMaxDirs && files < typeIndexMaxFiles {
		q := queue[0]
		queue = queue[1:]
		var subdirs []string
		if q.dir == own {
			subdirs = typesOf(own).subdirs // read already
		} else {
			subdirs = read(q.dir)
		}
		if q.depth < typeIndexDepth {
			for _, s := range subdirs {
				queue = append(queue, queued{filepath.Join(q.dir, s), q.depth + 1})
			}
		}
	}
	return types, globalUsings, dirs
}

// projectRoot is the nearest directory at or above dir (up to projectLevels, not above the
// repository's root) holding a .csproj, or dir itself.
func projectRoot(dir string) string {
	for _, d := range projectdir.Up(dir, projectLevels) {
		if m, _ := filepath.Glob(filepath.Join(d, "*.csproj")); len(m) > 0 {
			return d
		}
	}
	return dir
}

// declaredType is a type and the namespace its file declares.
type declaredType struct{ name, namespace string }

// dirTypeEntry is what one directory's .cs and .csproj files declare: types, the namespaces
// of their global using directives (global using Microsoft.CognitiveServices.Speech; in a
// Usings.cs, <Using Include="..." /> in a project file), the subdirectories that may hold
// source, and how many .cs files were read.
type dirTypeEntry struct {
	types   []declaredType
	usings  []string
	subdirs []string
	files   int
	project bool // the directory holds a .csproj
}

// globalUsingDecl and usingItem find a project's global usings.
var (
	globalUsingDecl = regexp.MustCompile(`(?m)^[ \t]*global[ \t]+using[ \t]+(?:static[ \t]+)?([A-Za-z_][A-Za-z0-9_.]*)[ \t]*;`)
	usingItem       = regexp.MustCompile(`<Using[ \t]+Include="([A-Za-z_][A-Za-z0-9_.]*)"`)
)

// typesOf reads the .cs and .csproj files directly in dir (see dirTypeEntry).
func typesOf(dir string) dirTypeEntry {
	key := dir
	if st, err := os.Stat(dir); err == nil {
		key += "\x00" + st.ModTime().String()
	}
	if v, ok := dirTypes.Load(key); ok {
		return v.(dirTypeEntry)
	}
	var e dirTypeEntry
	entries, _ := os.ReadDir(dir)
	for _, d := range entries {
		name := d.Name()
		switch {
		case d.IsDir():
			if !strings.HasPrefix(name, ".") && !skippedDirs[name] {
				e.subdirs = append(e.subdirs, name)
			}
		case d.Type().IsRegular() && strings.EqualFold(filepath.Ext(name), ".cs"):
			e.files++
			src, _ := readUpTo(filepath.Join(dir, name), 256<<10)
			ns := ""
			if m := namespaceDecl.FindSubmatch(src); m != nil {
				ns = string(m[1])
			}
			if libraryNamespace(ns) {
				continue // a vendored SDK's source (Unity projects copy the Speech SDK's in)
			}
			for _, t := range declaredTypes(src) {
				e.types = append(e.types, declaredType{t, ns})
			}
			if bytes.Contains(src, []byte("global")) {
				for _, m := range globalUsingDecl.FindAllSubmatch(src, -1) {
					e.usings = append(e.usings, string(m[1]))
				}
			}
		case d.Type().IsRegular() && strings.EqualFold(filepath.Ext(name), ".csproj"):
			e.project = true
			src, _ := readUpTo(filepath.Join(dir, name), 256<<10)
			for _, m := range usingItem.FindAllSubmatch(src, -1) {
				e.usings = append(e.usings, string(m[1]))
			}
		}
	}
	dirTypes.Store(key, e)
	return e
}

// libraryNamespace reports a namespace of Azure's, Microsoft's or OpenAI's SDKs, whose types
// are no program's own even when their source sits in the project.
func libraryNamespace(ns string) bool {
	for _, p := range []string{"Azure", "Microsoft", "OpenAI", "System"} {
		if ns == p || strings.HasPrefix(ns, p+".") {
			return true
		}
	}
	return false
}

// readUpTo reads at most limit bytes of a file.
func readUpTo(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, limit))
}
