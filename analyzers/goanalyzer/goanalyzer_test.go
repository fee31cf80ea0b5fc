package goanalyzer_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/keylint/keylint/analyzers/goanalyzer"
)

// testdata is shared with the rest of keylint: testdata/go/src holds one package per case,
// laid out by rule, with stubs of the SDKs under github.com/.
var testdata, _ = filepath.Abs("../../testdata/go")

// TestAnalyzers checks every rule's diagnostics (// want "KLxxx") and, against the .golden
// files, the suggested fixes, with the all-rules analyzer.
func TestAnalyzers(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata, goanalyzer.All, "KL101/...", "KL102/...", "KL104/...", "KL105/...", "KL106/...")
}

// TestPerRuleAnalyzers checks that each rule's analyzer reports only its rule.
func TestPerRuleAnalyzers(t *testing.T) {
	if len(goanalyzer.Analyzers) != len(goanalyzer.RuleIDs) {
		t.Fatalf("%d analyzers for %d rules", len(goanalyzer.Analyzers), len(goanalyzer.RuleIDs))
	}
	for i, a := range goanalyzer.Analyzers {
		res := analysistest.Run(silent{t}, testdata, a, "KL101/...", "KL102/...", "KL104/...", "KL105/...", "KL106/...")
		n := 0
		for _, r := range res {
			for _, d := range r.Diagnostics {
				if d.Category != goanalyzer.RuleIDs[i] {
					t.Errorf("%s reported %s: %s", a.Name, d.Category, d.Message)
				}
				n++
			}
		}
		if n == 0 {
			t.Errorf("%s reported nothing", a.Name)
		}
	}
}

// silent swallows analysistest's "no diagnostic matching" complaints about other rules' wants.
type silent struct{ *testing.T }

func (silent) Errorf(string, ...any) {}
