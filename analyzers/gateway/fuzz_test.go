package gateway

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/keylint/keylint/check"
	"github.com/keylint/keylint/fixes"
	"github.com/keylint/keylint/parsers/apimpolicy"
)

// host is a way to hold policy text in a file: how to write it there and read it back.
type host struct {
	name   string
	wrap   func(policy string) []byte
	decode func(file []byte) *Text
}

var hosts = []host{
	{"policy file", func(p string) []byte { return []byte(p) }, File},
	{"bicep", func(p string) []byte { return []byte("var p = '" + encodeBicep(p) + "'\n") },
		func(f []byte) *Text { t, _ := BicepString(f, bytes.IndexByte(f, '\'')); return t }},
	{"json", func(p string) []byte { return []byte(`{"value": "` + encodeJSON(p) + "\"}\n") },
		func(f []byte) *Text { return JSONString(f, bytes.IndexByte(f, '"')+9) }},
	{"hcl", func(p string) []byte { return []byte("x = \"" + encodeHCLQuoted(p) + "\"\n") },
		func(f []byte) *Text { return HCLTemplate(f, 4, bytes.LastIndexByte(f, '"')+1) }},
}

// FuzzCheck runs the gateway rules on arbitrary policy text held in each host: the host's
// decoding gives the text back, findings and fixes stay inside the file, and a fix leaves a
// file whose policy still reads. Seeded from the policy files in testdata.
func FuzzCheck(f *testing.F) {
	_ = filepath.WalkDir("../../testdata/apim-policy", func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".xml") {
			if src, err := os.ReadFile(p); err == nil {
				f.Add(string(src))
			}
		}
		return nil
	})
	f.Add(`<policies><inbound><set-header name="api-key"><value>{{k}}</value></set-header></inbound></policies>`)
	f.Fuzz(func(t *testing.T, policy string) {
		if strings.Contains(policy, "${") || strings.Contains(policy, "%{") || !utf8.ValidString(policy) {
			return // interpolations are the host's, not text; JSON cannot hold invalid UTF-8
		}
		for _, h := range hosts {
			file := h.wrap(policy)
			text := h.decode(file)
			if text == nil || string(text.Src) != policy {
				t.Fatalf("%s: decoding %q gives back %q", h.name, file, text.Src)
			}
			p := &check.Pass{Path: "fuzz", Src: file, Opts: check.DefaultOptions()}
			Check(p, text, nil)
			_, parseErr := apimpolicy.Parse(text.Src)
			for _, fd := range p.Findings() {
				if fd.Span.Start < 0 || fd.Span.End > len(file) || fd.Span.Start > fd.Span.End {
					t.Fatalf("%s: %s span %v outside the %d-byte file", h.name, fd.RuleID, fd.Span, len(file))
				}
				for _, fx := range fd.Fixes {
					out, err := fixes.Apply(file, fx.Edits)
					if err != nil {
						t.Fatalf("%s: fix %q: %v", h.name, fx.Message, err)
					}
					fixed := h.decode(out)
					if fixed == nil {
						t.Fatalf("%s: the fixed file no longer holds a string:\n%s", h.name, out)
					}
					if _, err := apimpolicy.Parse(fixed.Src); parseErr == nil && err != nil {
						t.Fatalf("%s: the fixed policy does not parse (%v):\n%s", h.name, err, fixed.Src)
					}
				}
			}
		}
	})
}
