// Package parsers turns file bytes into keylint's syntax trees. It is the only package that
// imports the tree-sitter binding; formats without a grammar here (notebooks, dotenv, ...)
// have small readers of their own in this package.
package parsers

import (
	"bytes"
	"path"
	"regexp"
	"strings"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/parsers/apimpolicy"
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
	// Grammar names the tree-sitter grammar that parses this language, "" for none.
	Grammar string
	// Embedded marks markup whose <script> blocks are code (EmbeddedScripts): Vue, Svelte and
	// Astro components, HTML pages.
	Embedded bool
}

// Languages is the registry, most specific first.
var Languages = []Language{
	{Lang: keylint.Python, Exts: []string{".py", ".pyw", ".pyi"}, Shebangs: []string{"python", "python3"}, Comments: []string{"#"}, Grammar: "python"},
	{Lang: keylint.Notebook, Exts: []string{".ipynb"}, Comments: []string{"#"}},
	{Lang: keylint.JavaScript, Exts: []string{".js", ".mjs", ".cjs", ".jsx"}, Shebangs: []string{"node", "nodejs"}, Comments: []string{"//", "/*"}, Grammar: "javascript"},
	{Lang: keylint.TypeScript, Exts: []string{".ts", ".mts", ".cts"}, Shebangs: []string{"ts-node", "tsx", "deno", "bun"}, Comments: []string{"//", "/*"}, Grammar: "typescript"},
	{Lang: keylint.TypeScript, Exts: []string{".tsx"}, Comments: []string{"//", "/*"}, Grammar: "tsx"},
	{Lang: keylint.JavaScript, Exts: []string{".vue", ".svelte", ".astro", ".html", ".htm"}, Comments: []string{"//", "/*", "<!--"}, Grammar: "javascript", Embedded: true},
	{Lang: keylint.CSharp, Exts: []string{".cs", ".csx"}, Comments: []string{"//", "/*"}, Grammar: "csharp"},
	{Lang: keylint.Java, Exts: []string{".java"}, Comments: []string{"//", "/*"}, Grammar: "java"},
	{Lang: keylint.Shell, Exts: []string{".sh", ".bash", ".zsh", ".ksh"}, Names: []string{".bashrc", ".bash_profile", ".profile", ".zshrc"}, Shebangs: []string{"sh", "bash", "zsh", "ksh", "dash"}, Comments: []string{"#"}, Grammar: "bash"},
	{Lang: keylint.PowerShell, Exts: []string{".ps1", ".psm1", ".psd1"}, Shebangs: []string{"pwsh", "powershell"}, Comments: []string{"#", "<#"}},
	{Lang: keylint.Go, Exts: []string{".go"}, Comments: []string{"//", "/*"}},
	{Lang: keylint.JSON, Exts: []string{".json", ".jsonc", ".json5", ".dialog", ".code-workspace", ".webmanifest"}, Names: []string{"OAI_CONFIG_LIST", ".babelrc", ".eslintrc"}, Comments: []string{"//", "/*"}},
	{Lang: keylint.YAML, Exts: []string{".yaml", ".yml"}, Comments: []string{"#"}},
	{Lang: keylint.Bicep, Exts: []string{".bicep", ".bicepparam"}, Comments: []string{"//", "/*"}},
	{Lang: keylint.Terraform, Exts: []string{".tf", ".tfvars"}, Comments: []string{"#", "//", "/*"}},
	{Lang: keylint.Dotenv, Exts: []string{".env"}, Comments: []string{"#"}},
	{Lang: keylint.ARM, Comments: []string{"//", "/*"}},    // JSON recognised by its $schema
	{Lang: keylint.APIMPolicy, Comments: []string{"<!--"}}, // XML recognised by its <policies> root
}

// ForPath picks the language of a file from its name, then from a shebang in its first bytes.
// Files that match nothing are Text: only the context-free key formats apply to them.
func ForPath(name string, head []byte) *Language {
	base := path.Base(strings.ReplaceAll(name, "\\", "/"))
	ext := strings.ToLower(path.Ext(base))
	if base == ".env" || strings.HasPrefix(base, ".env.") && ext != ".json" && ext != ".yaml" && ext != ".yml" {
		return Get(keylint.Dotenv) // .env, .env.local, .env.production, .env.example
	}
	if ext == ".json" && isARMTemplate(head) {
		return Get(keylint.ARM)
	}
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
	if isPolicy(name, ext, head) {
		return Get(keylint.APIMPolicy)
	}
	if ext == "" && pythonImportsFirst(head) {
		return Get(keylint.Python) // a script saved without its extension (a file named "py")
	}
	return &textLanguage
}

// pythonImportRE is a Python import line: import os, import a.b as c, from x import y. (A
// JavaScript import names what it takes before from: import React from "react".)
var pythonImportRE = regexp.MustCompile(`^(?:import [\w.]+(?: as \w+)?(?:, *[\w.]+(?: as \w+)?)*|from [\w.]+ import [\w*(, ]+)\s*$`)

// pythonImportsFirst reports an extensionless file whose first code line (after comments,
// blank lines and a docstring-free header) is a Python import.
func pythonImportsFirst(head []byte) bool {
	for _, line := range strings.SplitN(string(head), "\n", 40) {
		line = strings.TrimRight(line, "\r")
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		return line == t && pythonImportRE.MatchString(t)
	}
	return false
}

// policyExts are the extensions a policy file has: XML, and the templates Terraform's
// templatefile() renders into one.
var policyExts = map[string]bool{".xml": true, ".tpl": true, ".tftpl": true, ".tmpl": true}

// isPolicy recognises an API Management policy file: XML (a .xml file, a .tpl/.tftpl/.tmpl template,
// or any file under a
// policies/ folder) whose root is <policies>, or <fragment> in a policy or fragments folder or
// a file named for a policy. Other XML (pom.xml, .csproj, Android layouts) stays text; the root is read without
// parsing the file.
func isPolicy(name, ext string, head []byte) bool {
	lower := strings.ToLower(strings.ReplaceAll(name, "\\", "/"))
	inPolicies := strings.HasPrefix(lower, "policies/") || strings.Contains(lower, "/policies/")
	if !policyExts[ext] && !inPolicies || len(head) == 0 {
		return false
	}
	switch apimpolicy.Root(head) {
	case "policies":
		return true
	case "fragment":
		// Android layouts have <fragment> roots too: only policy folders and names count.
		dir := "/" + path.Dir(lower) + "/"
		return inPolicies || strings.Contains(path.Base(lower), "polic") ||
			strings.Contains(dir, "/fragments/") || strings.Contains(dir, "/policy-fragments/")
	}
	return false
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

// isARMTemplate recognises an ARM deployment template by the $schema near its top.
func isARMTemplate(head []byte) bool {
	if len(head) > 4096 {
		head = head[:4096]
	}
	// deploymentTemplate.json#, and subscription-, managementGroup- and tenantDeploymentTemplate.json#.
	return bytes.Contains(bytes.ToLower(head), []byte("deploymenttemplate.json#"))
}
