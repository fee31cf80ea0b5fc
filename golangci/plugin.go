// Package golangci registers keylint as a golangci-lint module plugin: build a custom
// golangci-lint with this module (see the README), then enable "keylint" under
// linters.settings.custom. It reuses the go/analysis analyzers of analyzers/goanalyzer and is
// pure Go: it never links the tree-sitter side of keylint.
package golangci

import (
	"fmt"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/keylint/keylint/analyzers/azurectx"
	"github.com/keylint/keylint/analyzers/goanalyzer"
)

func init() {
	register.Plugin("keylint", New)
}

// Settings are the plugin's settings in .golangci.yml (linters.settings.custom.keylint.settings).
type Settings struct {
	// Rules to run, by id or name (KL101, client-api-key, ...); empty means all Go rules.
	Rules []string `json:"rules"`
	// KeyNames are the KL105 env-var name globs; empty means the defaults.
	KeyNames []string `json:"key-names"`
	// AzureMarkers are extra text that puts a file in Azure context.
	AzureMarkers []string `json:"azure-markers"`
	// Scope is the token scope of the rewrites (informational for Go: azure.WithTokenCredential
	// and azopenai pick the scope themselves).
	Scope string `json:"scope"`
}

type plugin struct {
	settings Settings
}

// New decodes the settings; golangci-lint calls it when the linter is enabled.
func New(settings any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[Settings](settings)
	if err != nil {
		return nil, fmt.Errorf("keylint settings: %w", err)
	}
	return &plugin{settings: s}, nil
}

// BuildAnalyzers returns one analyzer per enabled rule.
func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	names, err := azurectx.NewKeyNames(p.settings.KeyNames)
	if err != nil {
		return nil, fmt.Errorf("keylint settings: %w", err)
	}
	return goanalyzer.New(goanalyzer.Options{
		Rules:    p.settings.Rules,
		KeyNames: names,
		Markers:  azurectx.NewMarkers(p.settings.AzureMarkers),
	}), nil
}

// GetLoadMode asks for syntax only: the analyzers resolve packages from imports, so Go code
// that does not build is still checked, and no type checking is paid for.
func (p *plugin) GetLoadMode() string { return register.LoadModeSyntax }
