// Package parsers turns file bytes into keylint's syntax trees. It is the only package that
// imports the tree-sitter binding; formats without a grammar here (notebooks, dotenv, ...)
// have small readers of their own in this package.
package parsers

import (
	"bytes"
	"path"
	"strings"

	"github.com/keylint/keylint"
)

// Language describes how keylint recognises a file and what its comments look like.
type Language struct {
	Lang  keylint.Lang
	Exts  []string // lower-case, with the dot
	Names []string // exact base names
	// Shebangs are interpreter names that mark an extension-less script.
	Shebangs []string
	// Comments are line-comment markers; suppressions must sit in one.
	Comments []string
	// Grammar reports whether a tree-sitter grammar parses this language here.
	Grammar bool
}

// Languages is the registry, most specific first.
var Languages = []Language{
	{Lang: keylint.Python, Exts: []string{".py", ".pyw", ".pyi"}, Shebangs: []string{"python", "python3"}, Comments: []string{"#"}, Grammar: true},
	{Lang: keylint.Notebook, Exts: []string{".ipynb"}, Comments: []string{"#"}},
}

// ForPath picks the language of a file from its name, then from a shebang in its first bytes.
// Files that match nothing are Text: only the context-free key formats apply to them.
func ForPath(name string, head []byte) *Language {
	base := path.Base(strings.ReplaceAll(name, "\\", "/"))
	ext := strings.ToLower(path.Ext(base))
	for i := range Languages {
		l := &Languages[i]
		for _, n := range l.Names {
			if n == base {
				return l
			}
		}
		for _, e := range l.Exts {
			if e == ext {
				return l
			}
		}
	}
	if interp := shebang(head); interp != "" {
		for i := range Languages {
			for _, s := range Languages[i].Shebangs {
				if s == interp {
					return &Languages[i]
				}
			}
		}
	}
	return &textLanguage
}

var textLanguage = Language{Lang: keylint.Text, Comments: []string{"#", "//"}}

// Get returns the registered language, or the plain-text one.
func Get(lang keylint.Lang) *Language {
	for i := range Languages {
		if Languages[i].Lang == lang {
			return &Languages[i]
		}
	}
	return &textLanguage
}

// shebang returns the interpreter's base name from a "#!" first line ("/usr/bin/env python3"
// gives "python3"), or "".
func shebang(head []byte) string {
	if !bytes.HasPrefix(head, []byte("#!")) {
		return ""
	}
	line := head[2:]
	if i := bytes.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	fields := strings.Fields(string(line))
	if len(fields) == 0 {
		return ""
	}
	interp := path.Base(fields[0])
	if interp == "env" {
		for _, f := range fields[1:] {
			if !strings.HasPrefix(f, "-") {
				return path.Base(f)
			}
		}
		return ""
	}
	return interp
}
