package gateway

import (
	"strings"
	"testing"
	"time"

	"github.com/keylint/keylint/check"
	"github.com/keylint/keylint/parsers/apimpolicy"
)

// TestTextMapsBack decodes policy text held in each host and maps a span of it back: the file
// bytes there are the host's spelling of the same text.
func TestTextMapsBack(t *testing.T) {
	for _, c := range []struct {
		name, file, want, span, spelled string
		decode                          func([]byte) *Text
	}{
		{"bicep escapes", `x = 'a\'b\\c\n${x.name}<v>'`, "a'b\\c\n${x.name}<v>", "<v>", "<v>",
			func(f []byte) *Text { t, _ := BicepString(f, 4); return t }},
		{"bicep escaped quote", `x = 'name=\'api-key\''`, "name='api-key'", "'api-key'", `\'api-key\'`,
			func(f []byte) *Text { t, _ := BicepString(f, 4); return t }},
		{"bicep multi-line", "x = '''\n<p a='1'>\n'''", "\n<p a='1'>\n", "a='1'", "a='1'",
			func(f []byte) *Text { t, _ := BicepString(f, 4); return t }},
		{"json", `{"v": "<a n=\"k\">\r\n\u00e9</a>"}`, "<a n=\"k\">\r\né</a>", `n="k"`, `n=\"k\"`,
			func(f []byte) *Text { return JSONString(f, 6) }},
		{"arm literal", `{"v": "[replace('<a n=''k''/>', 'x', 'y')]"}`, "<a n='k'/>", "n='k'", "n=''k''",
			func(f []byte) *Text { return ARMLiterals(JSONString([]byte(f), 6))[0] }},
		{"arm concat", `{"v": "[concat('<a id=''', parameters('p'), '''/>')]"}`, "<a id='{expr}'/>", "'{expr}'", "''', parameters('p'), '''",
			func(f []byte) *Text { return ARMLiterals(JSONString([]byte(f), 6))[0] }},
		{"hcl quoted", `x = "<a n=\"${v}\" m=\"$${lit}\"/>"`, `<a n="${v}" m="${lit}"/>`, `m="${lit}"`, `m=\"$${lit}\"`,
			func(f []byte) *Text { return HCLTemplate(f, 4, len(f)) }},
		{"hcl heredoc", "x = <<-XML\n  <a n=\"1\"/>\n  XML", "  <a n=\"1\"/>\n", `n="1"`, `n="1"`,
			func(f []byte) *Text { return HCLTemplate(f, 4, len(f)) }},
	} {
		file := []byte(c.file)
		text := c.decode(file)
		if text == nil || string(text.Src) != c.want {
			t.Errorf("%s: decoded %q, want %q", c.name, text.Src, c.want)
			continue
		}
		i := strings.Index(c.want, c.span)
		sp := text.FileSpan(apimpolicy.Span{Start: i, End: i + len(c.span)})
		if got := string(file[sp.Start:sp.End]); got != c.spelled {
			t.Errorf("%s: %q maps to %q in the file, want %q", c.name, c.span, got, c.spelled)
		}
	}
}

func TestEncodeRoundTrips(t *testing.T) {
	s := `<a b="c" d='e'>${x} %{y} \ ` + "\n\t</a>"
	for name, enc := range map[string]func(string) string{"bicep": encodeBicep, "json": encodeJSON, "hcl": encodeHCLQuoted} {
		file := map[string]string{"bicep": "x = '" + enc(s) + "'", "json": `{"v": "` + enc(s) + `"}`, "hcl": `x = "` + enc(s) + `"`}[name]
		var text *Text
		switch name {
		case "bicep":
			text, _ = BicepString([]byte(file), 4)
		case "json":
			text = JSONString([]byte(file), 6)
		case "hcl":
			text = HCLTemplate([]byte(file), 4, len(file))
		}
		if text == nil || string(text.Src) != s {
			t.Errorf("%s: %q does not decode back to %q", name, file, s)
		}
	}
}

// TestHostilePolicies: deep nesting and many findings stay linear (and never recurse).
func TestHostilePolicies(t *testing.T) {
	const n = 50000
	deep := "<policies><inbound>" + strings.Repeat(`<set-header name="api-key"><value>{{k}}</value>`, n) +
		strings.Repeat("</set-header>", n) + "</inbound></policies>"
	wide := "<policies><inbound>" + strings.Repeat(`<authentication-managed-identity resource="https://cognitiveservices.azure.com" output-token-variable-name="t" /><set-header name="api-key"><value>{{k}}</value></set-header>`, n) +
		"</inbound><backend>" + strings.Repeat(`<set-header name="api-key"><value>{{k}}</value></set-header>`, n) + "</backend></policies>"
	for name, src := range map[string]string{"deep": deep, "wide": wide} {
		start := time.Now()
		p := &check.Pass{Path: "hostile.xml", Src: []byte(src), Opts: check.DefaultOptions()}
		Check(p, File(p.Src), nil)
		if len(p.Findings()) < n {
			t.Errorf("%s: %d findings, want at least %d", name, len(p.Findings()), n)
		}
		if d := time.Since(start); d > 20*time.Second {
			t.Errorf("%s: %v to check", name, d)
		}
	}
}
