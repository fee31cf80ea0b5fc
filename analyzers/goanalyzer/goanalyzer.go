// Package goanalyzer is keylint for Go, as golang.org/x/tools/go/analysis analyzers: one per
// rule (KL101, KL102, KL104, KL105, KL106), sharing ids, names and docs with the rest of keylint.
// They work in syntax-only mode (packages are resolved from each file's imports, renamed and dot
// imports included) and use type information when the driver provides it. The same analyzers
// run in the golangci-lint module plugin, in `go vet -vettool`, and inside `keylint ./...`.
//
// This package is pure Go: it must not import the tree-sitter side.
package goanalyzer

import (
	"go/ast"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/keylint/keylint/analyzers/azurectx"
	"github.com/keylint/keylint/analyzers/catalog"
)

// Options configure the analyzers.
type Options struct {
	// Rules enables rules by id or name; empty means all Go rules.
	Rules []string
	// KeyNames are the KL105 key-name globs; nil means the defaults.
	KeyNames *azurectx.KeyNames
	// Markers put a file in Azure context; nil means the defaults.
	Markers *azurectx.Markers
	// IncludeGenerated checks files marked "Code generated ... DO NOT EDIT." too.
	IncludeGenerated bool
	// Scope is the Entra ID token scope of the header rewrites; "" means DefaultScope.
	Scope string
	// NoFixes reports findings without rewrites: for a file go/parser could only recover from
	// (keylint's own scan of broken code), whose positions are guesses.
	NoFixes bool
	// Consts resolves a string constant (or a variable assigned one literal) that the file
	// uses but does not declare, for a run without type information: pkg is the import path
	// of the package declaring it, "" for the file's own package. nil resolves nothing beyond
	// the file; with type information (golangci-lint, go vet) the types say it instead.
	Consts func(pkg, name string) (string, bool)
	// OwnPackage reports an import path of the file's own module (found through go.mod), for a
	// run without the module's packages loaded; nil compares the path with the package's own.
	OwnPackage func(path string) bool
}

// DefaultScope is the Azure AI token scope in the public cloud.
const DefaultScope = "https://cognitiveservices.azure.com/.default"

// RuleIDs are the rules the Go analyzers report.
var RuleIDs = []string{"KL101", "KL102", "KL104", "KL105", "KL106"}

// Analyzers are the analyzers with default options, one per rule.
var Analyzers = New(Options{})

// All is one analyzer that reports every Go rule, for `go vet -vettool` (keylint-vet) and
// tests; golangci-lint gets the per-rule analyzers.
var All = NewAll(Options{})

// NewAll returns the all-rules analyzer with options.
func NewAll(o Options) *analysis.Analyzer {
	o = withDefaults(o)
	return &analysis.Analyzer{
		Name: "keylint",
		Doc:  "keylint: API-key authentication to Azure OpenAI and Azure AI services (rules " + strings.Join(RuleIDs, ", ") + ")",
		URL:  "https://github.com/keylint/keylint",
		Run:  run(&o, ""),
		// The Azure clients constructed (keyless or not), for keylint's migration view, and
		// the dismissals, for its hit accounting.
		ResultType: clientsType,
	}
}

func withDefaults(o Options) Options {
	if o.KeyNames == nil {
		o.KeyNames, _ = azurectx.NewKeyNames(nil)
	}
	if o.Markers == nil {
		o.Markers = azurectx.NewMarkers(nil)
	}
	return o
}

// run reports rule's diagnostics, or every rule's when rule is "".
func run(o *Options, rule string) func(*analysis.Pass) (any, error) {
	return func(pass *analysis.Pass) (any, error) {
		res := &Result{}
		for _, f := range pass.Files {
			if !o.IncludeGenerated && ast.IsGenerated(f) {
				continue
			}
			diags, sites, dismissed := checkFile(pass, f, o)
			for _, d := range diags {
				if rule == "" || d.Category == rule {
					pass.Report(d)
				}
			}
			res.Clients = append(res.Clients, sites...)
			res.Dismissals = append(res.Dismissals, dismissed...)
		}
		if rule != "" {
			return nil, nil // the per-rule analyzers declare no result
		}
		return res, nil
	}
}

// New returns one analyzer per enabled rule. Each is named after its rule (key-credential,
// client-api-key, ...) and documented from the catalog.
func New(o Options) []*analysis.Analyzer {
	o = withDefaults(o)
	enabled := map[string]bool{}
	for _, r := range o.Rules {
		if rule := catalog.ByID(r); rule != nil {
			enabled[rule.ID] = true
		}
	}
	var out []*analysis.Analyzer
	for _, id := range RuleIDs {
		if len(enabled) > 0 && !enabled[id] {
			continue
		}
		rule := catalog.ByID(id)
		out = append(out, &analysis.Analyzer{
			Name: strings.ReplaceAll(rule.Name, "-", ""),
			Doc:  id + " " + rule.Name + ": " + rule.Summary + "\n\n" + rule.Doc,
			URL:  rule.HelpURI,
			Run:  run(&o, id),
		})
	}
	return out
}
