package parsers

import (
	"strings"
	"testing"
)

func TestEmbeddedScripts(t *testing.T) {
	for _, tc := range []struct {
		name, ext, src string
		want           []string // the code kept, in order
		grammar        string
		ok             bool
	}{
		{"vue ts", ".vue", "<template><b>x</b></template>\n<script setup lang=\"ts\">\nconst a = 1;\n</script>\n", []string{"\nconst a = 1;\n"}, "typescript", true},
		{"html two blocks and a data island", ".html", "<script type=\"application/json\">{\"k\":1}</script><p>hi</p><script>f()</script><SCRIPT>g()</SCRIPT>", []string{"f()", "g()"}, "javascript", true},
		{"unclosed", ".html", "<p>a</p><script>let k = 2;", []string{"let k = 2;"}, "javascript", true},
		{"astro frontmatter", ".astro", "---\nconst key = import.meta.env.KEY;\n---\n<h1>{key}</h1>", []string{"\nconst key = import.meta.env.KEY;"}, "typescript", true},
		{"no script", ".html", "<p>api-key</p>", nil, "javascript", false},
		{"external script only", ".html", "<script src=\"app.js\"></script>", nil, "javascript", false},
	} {
		e, ok := EmbeddedScripts([]byte(tc.src), tc.ext)
		if ok != tc.ok {
			t.Fatalf("%s: ok = %v", tc.name, ok)
		}
		if !ok {
			continue
		}
		if len(e.Code) != len(tc.src) || strings.Count(string(e.Code), "\n") != strings.Count(tc.src, "\n") {
			t.Errorf("%s: code is %d bytes, %d lines; the file %d, %d", tc.name, len(e.Code), strings.Count(string(e.Code), "\n"), len(tc.src), strings.Count(tc.src, "\n"))
		}
		var got []string
		for _, r := range e.Ranges {
			got = append(got, string(e.Code[r[0]:r[1]]))
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") || e.Grammar != tc.grammar {
			t.Errorf("%s: kept %q (%s), want %q (%s)", tc.name, got, e.Grammar, tc.want, tc.grammar)
		}
		if strings.TrimSpace(strings.ReplaceAll(string(e.Code), strings.Join(got, ""), "")) != "" && len(got) == 1 {
			t.Errorf("%s: markup left in the code: %q", tc.name, e.Code)
		}
	}
}

// FuzzEmbeddedScripts checks that any markup gives code of the file's own length and lines.
func FuzzEmbeddedScripts(f *testing.F) {
	f.Add([]byte("<script>let a = 1</script>"), ".html")
	f.Add([]byte("---\nx\n---\n<script lang=ts>y</script"), ".astro")
	f.Fuzz(func(t *testing.T, src []byte, ext string) {
		e, ok := EmbeddedScripts(src, ext)
		if !ok {
			return
		}
		if len(e.Code) != len(src) {
			t.Fatalf("code is %d bytes, the file %d", len(e.Code), len(src))
		}
		for i, c := range src {
			if (c == '\n') != (e.Code[i] == '\n') {
				t.Fatalf("line break moved at %d", i)
			}
		}
	})
}
