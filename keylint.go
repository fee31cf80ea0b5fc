// Package keylint holds the types every part of keylint shares: rules, severities, languages,
// findings and fixes. It is pure Go with no dependencies, so the golangci-lint plugin and the
// tree-sitter engine can both import it.
package keylint

import (
	"fmt"
	"strings"
)

// Severity orders how much a finding matters. The zero value is Off, so a rule switched off in
// config needs no separate flag.
type Severity uint8

const (
	Off Severity = iota
	Info
	Warning
	Error
)

var severityNames = [...]string{Off: "off", Info: "info", Warning: "warning", Error: "error"}

func (s Severity) String() string {
	if int(s) < len(severityNames) {
		return severityNames[s]
	}
	return fmt.Sprintf("severity(%d)", uint8(s))
}

// ParseSeverity accepts the names used in config files and flags: off, info (or note), warning
// (or warn) and error.
func ParseSeverity(s string) (Severity, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "off", "none":
		return Off, nil
	case "info", "note":
		return Info, nil
	case "warning", "warn":
		return Warning, nil
	case "error":
		return Error, nil
	}
	return Off, fmt.Errorf("unknown severity %q (want off, info, warning or error)", s)
}

// Lang names a language or file format a checker understands.
type Lang string

const (
	Python     Lang = "python"
	Notebook   Lang = "notebook"
	JavaScript Lang = "javascript"
	TypeScript Lang = "typescript"
	CSharp     Lang = "csharp"
	Java       Lang = "java"
	Go         Lang = "go"
	Shell      Lang = "shell"
	PowerShell Lang = "powershell"
	Dotenv     Lang = "dotenv"
	JSON       Lang = "json"
	YAML       Lang = "yaml"
	Bicep      Lang = "bicep"
	ARM        Lang = "arm"
	Terraform  Lang = "terraform"
	// APIMPolicy is an Azure API Management policy document (XML with a <policies> root).
	APIMPolicy Lang = "apim-policy"
	// Text is any other file: only the context-free key formats of KL106 apply.
	Text Lang = "text"
)

// Example is one bad/good pair in a rule's documentation.
type Example struct {
	Lang Lang
	Bad  string
	Good string
}

// Rule is a rule's identity and documentation. The checks that report it live with the
// language checkers; this type is what every output format and `keylint rules` read.
type Rule struct {
	ID       string // stable id, e.g. KL102
	Name     string // kebab-case name, e.g. client-api-key
	Severity Severity
	Summary  string // one line, lower-case fact
	Doc      string // a paragraph: why it matters and what to do
	// Manual says what to do by hand where a finding has no automatic rewrite.
	Manual   string
	Examples []Example
	Langs    []Lang
	Tags     []string
	// SecuritySeverity is the CVSS-like score GitHub code scanning reads from SARIF.
	SecuritySeverity string
	HelpURI          string
}
