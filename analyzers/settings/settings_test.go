package settings

import (
	"strings"
	"testing"
	"time"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/check"
)

// TestYAMLBomb: aliases are never expanded, so a billion-laughs file costs its own size.
func TestYAMLBomb(t *testing.T) {
	var b strings.Builder
	b.WriteString("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n")
	prev := "a"
	for i := 0; i < 30; i++ {
		name := string(rune('b'+i%24)) + strings.Repeat("x", i/24)
		b.WriteString(name + ": &" + name + " [")
		for k := 0; k < 9; k++ {
			if k > 0 {
				b.WriteString(",")
			}
			b.WriteString("*" + prev)
		}
		b.WriteString("]\n")
		prev = name
	}
	b.WriteString("apiKey: 0123456789abcdef0123456789abcdef\n")
	p := &check.Pass{Path: "config.yaml", Lang: keylint.YAML, Src: []byte(b.String()), Opts: check.DefaultOptions()}
	start := time.Now()
	Checker{}.Check(p)
	if d := time.Since(start); d > 2*time.Second {
		t.Fatalf("took %v on a %d-byte alias bomb", d, b.Len())
	}
	var rules []string
	for _, f := range p.Findings() {
		rules = append(rules, f.RuleID)
	}
	if strings.Join(rules, ",") != "KL106,KL202" {
		t.Errorf("findings %v, want KL106 and KL202 on the key after the bomb", rules)
	}
}

func TestBlankJSONComments(t *testing.T) {
	in := `{"a": "x // not a comment", /* c */ "b": [1, 2,], // trailing
"c": "/* kept */",}`
	out := string(BlankJSONComments([]byte(in)))
	if len(out) != len(in) {
		t.Fatalf("length changed: %d -> %d", len(in), len(out))
	}
	for _, want := range []string{`"x // not a comment"`, `"/* kept */"`, `[1, 2 ]`} {
		if !strings.Contains(out, want) {
			t.Errorf("%q missing from %q", want, out)
		}
	}
	for _, gone := range []string{"/* c */", "// trailing", `",}`} {
		if strings.Contains(out, gone) {
			t.Errorf("%q still in %q", gone, out)
		}
	}
}

func TestIsSettingsFile(t *testing.T) {
	for p, want := range map[string]bool{
		"local.settings.json": true, "src/appsettings.Development.json": true, "OAI_CONFIG_LIST": true,
		"config.yaml": true, "docker-compose.yml": true, ".github/workflows/ci.yml": true,
		"deploy/terraform.tfvars": true, "package.json": false, "tsconfig.json": false, "README.md": false,
	} {
		if got := IsSettingsFile(p); got != want {
			t.Errorf("IsSettingsFile(%q) = %v, want %v", p, got, want)
		}
	}
}
