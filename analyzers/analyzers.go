// Package analyzers is the registry: the rule catalog (All) and the checkers that report those
// rules for each language (For). Registration is an explicit list, with no init() side effects.
package analyzers

import (
	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/catalog"
	"github.com/keylint/keylint/analyzers/csharp"
	"github.com/keylint/keylint/analyzers/dotenv"
	"github.com/keylint/keylint/analyzers/gateway"
	"github.com/keylint/keylint/analyzers/gochecker"
	"github.com/keylint/keylint/analyzers/hardcoded"
	"github.com/keylint/keylint/analyzers/iac"
	"github.com/keylint/keylint/analyzers/java"
	"github.com/keylint/keylint/analyzers/javascript"
	"github.com/keylint/keylint/analyzers/powershell"
	"github.com/keylint/keylint/analyzers/python"
	"github.com/keylint/keylint/analyzers/settings"
	"github.com/keylint/keylint/analyzers/shell"
	"github.com/keylint/keylint/check"
)

var (
	textChecker = hardcoded.Checker{}
	byLang      = map[keylint.Lang][]check.Checker{
		keylint.Python:     {python.Checker{}},
		keylint.JavaScript: {javascript.Checker{}},
		keylint.TypeScript: {javascript.Checker{}},
		keylint.CSharp:     {csharp.Checker{}},
		keylint.Java:       {java.Checker{}},
		keylint.Shell:      {shell.Checker{}},
		keylint.PowerShell: {powershell.Checker{}},
		keylint.Dotenv:     {dotenv.Checker{}},
		keylint.JSON:       {settings.Checker{}},
		keylint.YAML:       {settings.Checker{}},
		keylint.Bicep:      {iac.BicepChecker{}},
		keylint.ARM:        {iac.ARMChecker{}},
		keylint.Terraform:  {iac.TerraformChecker{}},
		keylint.Go:         {gochecker.Checker{}},
		keylint.APIMPolicy: {gateway.Checker{Tree: iac.APIMTree{}}},
	}
)

// For returns the checkers that run on a file of the language. The context-free key-format
// check runs on every file, whatever its language.
func For(lang keylint.Lang) []check.Checker {
	return append([]check.Checker{textChecker}, byLang[lang]...)
}

// Checkers lists every checker once, for tests and docs.
func Checkers() []check.Checker {
	out := []check.Checker{textChecker}
	seen := map[check.Checker]bool{}
	for _, l := range []keylint.Lang{keylint.Python, keylint.JavaScript, keylint.TypeScript, keylint.CSharp, keylint.Java, keylint.Shell, keylint.PowerShell, keylint.Dotenv, keylint.JSON, keylint.YAML, keylint.Bicep, keylint.ARM, keylint.Terraform, keylint.Go, keylint.APIMPolicy} {
		for _, c := range byLang[l] {
			if !seen[c] {
				seen[c] = true
				out = append(out, c)
			}
		}
	}
	return out
}

// All returns the rule catalog in id order.
func All() []*keylint.Rule { return catalog.All() }

// ByID returns the rule with the id (case-insensitive) or name, or nil.
func ByID(id string) *keylint.Rule { return catalog.ByID(id) }
