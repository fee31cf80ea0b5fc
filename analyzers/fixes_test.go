package analyzers_test

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/azurectx"
	"github.com/keylint/keylint/analyzers/settings"
	"github.com/keylint/keylint/fixes"
	"github.com/keylint/keylint/parsers"
	"github.com/keylint/keylint/parsers/apimpolicy"
	"github.com/keylint/keylint/scan"
)

var updateGolden = flag.Bool("update", false, "rewrite the .golden files of the fix tests")

// codeFixRules are the rules whose fixes rewrite code; after fixing, none of them may be left
// with a fix to offer.
var codeFixRules = map[string]bool{"KL101": true, "KL102": true, "KL103": true, "KL104": true, "KL107": true, "KL301": true, "KL304": true}

// TestFixes applies every fix in testdata (Go has its own analysistest goldens) and checks
// what RULES.md promises of a fix: the result matches <file>.golden, still parses with no
// error nodes, offers no further fix, has no finding a fix removed back, and fixing it again
// changes nothing. A file without fixes must not have a golden.
func TestFixes(t *testing.T) {
	ctx := context.Background()
	checker, err := scan.NewFileChecker(scan.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer checker.Close()
	fixedSome := 0
	for _, path := range testdataFiles(t) {
		if strings.Contains(filepath.ToSlash(path), "/go/") {
			continue
		}
		rel, _ := filepath.Rel(testdataDir, path)
		t.Run(filepath.ToSlash(rel), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			check := func(b []byte) ([]keylint.Finding, error) { return checker.Check(ctx, path, b) }
			before, _ := check(src)
			res, err := fixes.File(filepath.ToSlash(path), src, check)
			if hasErrorExpectation(t, path) {
				// A file that could not be checked whole is not rewritten.
				if err == nil || res.Applied != 0 {
					t.Errorf("malformed file: fixing gave error %v and %d fixes, want an error and none", err, res.Applied)
				}
				return
			}
			if err != nil {
				t.Fatalf("fixing: %v", err)
			}
			golden := path + ".golden"
			if res.Applied == 0 {
				if _, err := os.Stat(golden); err == nil {
					t.Errorf("%s exists but no fix applies", golden)
				}
				return
			}
			fixedSome++
			if *updateGolden {
				if err := os.WriteFile(golden, res.Src, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("no golden for a file with fixes (run go test ./analyzers -run TestFixes -update): %v", err)
			}
			if !bytes.Equal(res.Src, want) {
				t.Errorf("fixed file differs from %s:\n%s", golden, fixes.Diff(filepath.ToSlash(rel), want, res.Src))
			}
			lang := parsers.ForPath(filepath.ToSlash(path), res.Src)
			if lang.Lang == keylint.Notebook {
				if _, err := parsers.ReadNotebook(res.Src); err != nil || !json.Valid(res.Src) {
					t.Errorf("fixed notebook is no longer a notebook: %v", err)
				}
			}
			if lang.Grammar != "" && lang.Lang != keylint.Notebook {
				p := parsers.NewParser()
				tree, err := p.Parse(ctx, lang.Grammar, res.Src)
				p.Close()
				if err != nil || tree.HasError {
					t.Errorf("fixed file does not parse cleanly (err %v)", err)
				}
			}
			checkHostParses(t, lang.Lang, src, res.Src)
			after, err := check(res.Src)
			if err != nil {
				// Checking the fixed file must not fail: embedded policies still read as XML,
				// ARM still reads as JSON, Terraform as HCL.
				t.Errorf("the fixed file can no longer be checked: %v", err)
			}
			for _, f := range after {
				if codeFixRules[f.RuleID] && len(f.Fixes) > 0 {
					t.Errorf("a fix is still offered after fixing: %d:%d %s %s", f.Start.Line, f.Start.Column, f.RuleID, f.Message)
				}
			}
			// What may be left: the findings that had no fix to begin with.
			if left, unfixable := count(after, codeFixRules), countUnfixable(before, codeFixRules); left > unfixable+res.Dropped {
				t.Errorf("fixing left %d code findings, of which only %d had no fix:\n%s", left, unfixable, describe(after))
			}
			again, err := fixes.File(filepath.ToSlash(path), res.Src, check)
			if err != nil || !bytes.Equal(again.Src, res.Src) {
				t.Errorf("fixing twice differs from fixing once:\n%s", fixes.Diff(filepath.ToSlash(rel), res.Src, again.Src))
			}
		})
	}
	if fixedSome == 0 {
		t.Error("no testdata file has a fix")
	}
}

// checkHostParses checks what a fix leaves in the formats without a grammar here: a policy
// file must still be read by encoding/xml (plain, when the original was plain XML; else after
// its expressions are set aside), a template must still be JSON, Terraform must still be HCL.
func checkHostParses(t *testing.T, lang keylint.Lang, before, after []byte) {
	t.Helper()
	switch lang {
	case keylint.APIMPolicy:
		if _, err := apimpolicy.Parse(after); err != nil {
			t.Errorf("fixed policy does not parse: %v", err)
		}
		if plainXML(before) && !plainXML(after) {
			t.Errorf("fixed policy is no longer well-formed XML")
		}
	case keylint.ARM:
		if !json.Valid(settings.BlankJSONComments(after)) {
			t.Errorf("fixed template is not JSON")
		}
	case keylint.Terraform:
		if _, diags := hclsyntax.ParseConfig(after, "fixed.tf", hcl.Pos{Line: 1, Column: 1}); diags.HasErrors() {
			t.Errorf("fixed Terraform does not parse: %v", diags)
		}
	}
}

// plainXML reports a document encoding/xml reads to the end as it is.
func plainXML(src []byte) bool {
	d := xml.NewDecoder(bytes.NewReader(src))
	for {
		if _, err := d.Token(); err != nil {
			return err == io.EOF
		}
	}
}

func count(fs []keylint.Finding, rules map[string]bool) int {
	n := 0
	for _, f := range fs {
		if rules[f.RuleID] {
			n++
		}
	}
	return n
}

func countUnfixable(fs []keylint.Finding, rules map[string]bool) int {
	n := 0
	for _, f := range fs {
		if rules[f.RuleID] && len(f.Fixes) == 0 {
			n++
		}
	}
	return n
}

func hasErrorExpectation(t *testing.T, path string) bool {
	return len(readExpectations(t, path).errors) > 0
}

// TestFixesReachKeylessVariants compares a fixed policy with the keyless variant written beside
// it (<name>.keyless.xml): the same policy elements, attributes and text, whitespace and
// comments aside. That is what "the fix yields the policy the keyless sample has" means.
func TestFixesReachKeylessVariants(t *testing.T) {
	variants, _ := filepath.Glob(filepath.Join(testdataDir, "apim-policy", "*", "*.keyless.xml"))
	if len(variants) == 0 {
		t.Fatal("no keyless variants in testdata")
	}
	for _, v := range variants {
		golden := strings.TrimSuffix(v, ".keyless.xml") + ".xml.golden"
		want, err1 := os.ReadFile(v)
		got, err2 := os.ReadFile(golden)
		if err1 != nil || err2 != nil {
			t.Fatalf("%s: %v %v", v, err1, err2)
		}
		if a, b := policyShape(t, got), policyShape(t, want); a != b {
			t.Errorf("%s differs from its keyless variant:\n got: %s\nwant: %s", golden, a, b)
		}
	}
}

// policyShape writes a policy's elements as depth, name, attributes and text, one per line.
func policyShape(t *testing.T, src []byte) string {
	t.Helper()
	doc, err := apimpolicy.Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, e := range doc.Elements {
		fmt.Fprintf(&b, "%d %s", e.Depth, e.Name)
		for _, a := range e.Attrs {
			fmt.Fprintf(&b, " %s=%q", a.Name, a.Value)
		}
		fmt.Fprintf(&b, " %q\n", e.Text)
	}
	return b.String()
}

// TestEndpointSettingFixMessage checks that a key header rewritten on the strength of an
// endpoint setting's name or a request path (no Azure host in the file) says the setting must
// be the resource's custom subdomain, and that one to a named Azure OpenAI host does not.
func TestEndpointSettingFixMessage(t *testing.T) {
	checker, err := scan.NewFileChecker(scan.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer checker.Close()
	for path, wantNote := range map[string]bool{
		"python/KL104/endpoint_setting.py":     true,
		"go/src/KL104/setting/vision.go":       true,
		"csharp/KL104/EndpointSetting.cs":      true,
		"typescript/KL104/endpoint_setting.ts": true,
		"csharp/KL104/http_headers.cs":         false,
	} {
		p := filepath.Join(testdataDir, filepath.FromSlash(path))
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		findings, err := checker.Check(context.Background(), p, src)
		if err != nil {
			t.Fatal(err)
		}
		fixed := 0
		for _, f := range findings {
			if f.RuleID != "KL104" {
				continue
			}
			for _, fx := range f.Fixes {
				fixed++
				if got := strings.Contains(fx.Message, azurectx.SubdomainNote); got != wantNote {
					t.Errorf("%s:%d: fix message %q: subdomain note %v, want %v", path, f.Start.Line, fx.Message, got, wantNote)
				}
			}
		}
		if fixed == 0 {
			t.Errorf("%s: no KL104 fix", path)
		}
	}
}
