// Package check is the contract between the engine and the language checkers: a Pass carries one
// parsed file and the settings, and collects what the checker reports.
package check

import (
	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/azurectx"
	"github.com/keylint/keylint/syntax"
)

// Options are the settings checkers read; the engine builds them once from config.
type Options struct {
	KeyNames *azurectx.KeyNames
	Markers  *azurectx.Markers
	// Scope is the Entra ID token scope the keyless rewrites use.
	Scope string
}

// DefaultScope is the Azure AI token scope in the public cloud.
const DefaultScope = "https://cognitiveservices.azure.com/.default"

// DefaultOptions are the settings with no config file.
func DefaultOptions() *Options {
	k, _ := azurectx.NewKeyNames(nil)
	return &Options{KeyNames: k, Markers: azurectx.NewMarkers(nil), Scope: DefaultScope}
}

// Pass is one file handed to a checker.
type Pass struct {
	Path string
	Lang keylint.Lang
	Src  []byte
	Tree *syntax.Tree // nil for formats without a grammar
	Opts *Options

	findings []keylint.Finding
}

// Report records a finding. The engine fills in severity from config, positions and snippets.
func (p *Pass) Report(f keylint.Finding) {
	if f.Path == "" {
		f.Path = p.Path
	}
	p.findings = append(p.findings, f)
}

// Reportf records a finding of rule over span with a message.
func (p *Pass) Reportf(rule string, span keylint.Span, msg string) *keylint.Finding {
	p.Report(keylint.Finding{RuleID: rule, Span: span, Message: msg})
	return &p.findings[len(p.findings)-1]
}

// Findings returns what was reported so far.
func (p *Pass) Findings() []keylint.Finding { return p.findings }

// Checker checks files of some languages.
type Checker interface {
	Langs() []keylint.Lang
	Check(p *Pass)
}
