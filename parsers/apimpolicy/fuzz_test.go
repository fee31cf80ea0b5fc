package apimpolicy

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzParse reads arbitrary text as a policy: no panic, and what comes back is consistent:
// spans inside the text and nested as the tree says, or a SyntaxError inside the text. Seeded
// from the policy files in testdata.
func FuzzParse(f *testing.F) {
	_ = filepath.WalkDir("../../testdata", func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".xml") {
			if src, err := os.ReadFile(p); err == nil && Root(src) != "" {
				f.Add(src)
			}
		}
		return nil
	})
	for _, s := range []string{
		`<policies><inbound><set-header name="x"><value>@($"{(string)context.Variables["a"]}")</value></set-header></inbound></policies>`,
		`<policies><a v='@{ return "'" + '\'' + "}"; }' /></policies>`,
		`<fragment><![CDATA[@(1)]]><!-- @( --></fragment>`,
		"<policies>\n<a b=\"@(&quot;)&quot;)\" c=\"@(/* ) */ 1)\"/>\n</policies>",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		Root(src)
		doc, err := Parse(src)
		if err != nil {
			var se *SyntaxError
			if !errors.As(err, &se) || se.Offset < 0 || se.Offset > len(src) || se.Line < 1 {
				t.Fatalf("error %v is not a SyntaxError inside the %d-byte text", err, len(src))
			}
			return
		}
		in := func(s Span, outer Span) bool { return outer.Start <= s.Start && s.Start <= s.End && s.End <= outer.End }
		all := Span{0, len(src)}
		for i, e := range doc.Elements {
			if !in(e.Span, all) || !in(e.Open, e.Span) || e.Open.Start != e.Span.Start {
				t.Fatalf("element %d %q: span %v, start tag %v", i, e.Name, e.Span, e.Open)
			}
			if e.TextSpan.End > 0 && !in(e.TextSpan, e.Span) {
				t.Fatalf("element %d %q: text %v outside %v", i, e.Name, e.TextSpan, e.Span)
			}
			for _, a := range e.Attrs {
				if !in(a.Span, e.Open) {
					t.Fatalf("element %d %q: attribute %s at %v outside the start tag %v", i, e.Name, a.Name, a.Span, e.Open)
				}
			}
			if i == 0 {
				if e.Parent != -1 || e.Depth != 0 {
					t.Fatalf("root has parent %d, depth %d", e.Parent, e.Depth)
				}
				continue
			}
			p := doc.Elements[e.Parent]
			if e.Parent >= i || e.Depth != p.Depth+1 || !in(e.Span, p.Span) {
				t.Fatalf("element %d %q does not nest in its parent %d %q", i, e.Name, e.Parent, p.Name)
			}
		}
	})
}
