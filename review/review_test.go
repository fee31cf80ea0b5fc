package review

import (
	"strings"
	"testing"

	"github.com/keylint/keylint"
)

func TestSuggestion(t *testing.T) {
	const secret = "0123456789abcdef0123456789abcdef"
	src := "import os\nc = AzureOpenAI(api_key=k, x=1)\nd = AzureOpenAI(api_key=k, other=\"" + secret + "\")\n"
	at := func(s string) int { return strings.Index(src, s) }
	fixAt := func(site string, extra ...keylint.Edit) keylint.Finding {
		s := at(site)
		edits := append([]keylint.Edit{{Start: s, End: s + len("api_key=k"), New: "azure_ad_token_provider=p"}}, extra...)
		return keylint.Finding{RuleID: "KL102", Span: keylint.Span{Start: s, End: s + 9}, Start: keylint.Position{Line: 1 + strings.Count(src[:s], "\n")},
			Fingerprint: "f" + site[:1], Fixes: []keylint.Fix{{Message: "Use a token provider", Edits: edits, Preview: "- x\n+ y"}}}
	}
	all := func(int) bool { return true }
	secretSpan := func() []keylint.Span { return []keylint.Span{{Start: at(secret), End: at(secret) + len(secret)}} }
	imp := keylint.Edit{Start: at("\nc ="), End: at("\nc ="), New: "\nfrom azure.identity import p"}
	tests := []struct {
		name       string
		in         Input
		suggestion string // "" when the comment must have none
		diff       bool
	}{
		{"a rewrite on an added line is a suggestion", Input{Finding: fixAt("api_key=k, x"), Src: []byte(src), Added: all},
			"```suggestion\nc = AzureOpenAI(azure_ad_token_provider=p, x=1)\n```", false},
		{"an import elsewhere is shown as a diff too", Input{Finding: fixAt("api_key=k, x", imp), Src: []byte(src), Added: all},
			"```suggestion\nc = AzureOpenAI(azure_ad_token_provider=p, x=1)\n```", true},
		{"a line not added by the pull request gets no suggestion", Input{Finding: fixAt("api_key=k, x"), Src: []byte(src), Added: func(l int) bool { return l != 2 }},
			"", true},
		{"a line that still holds a secret gets no suggestion", Input{Finding: fixAt("api_key=k, other"), Src: []byte(src), Added: all, Secrets: secretSpan},
			"", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.in.Path = "a.py"
			c := comment(tt.in)
			if tt.suggestion != "" && !strings.Contains(c.Body, tt.suggestion) || tt.suggestion == "" && strings.Contains(c.Body, "```suggestion") {
				t.Errorf("body:\n%s\nwant suggestion %q", c.Body, tt.suggestion)
			}
			if strings.Contains(c.Body, "```diff") != tt.diff {
				t.Errorf("diff block present = %v, want %v:\n%s", !tt.diff, tt.diff, c.Body)
			}
			if strings.Contains(c.Body, secret) {
				t.Error("the comment shows the secret")
			}
			if !strings.Contains(c.Body, marker(tt.in.Finding.Fingerprint)) {
				t.Error("no marker")
			}
		})
	}
}

func TestBuildSkipsPostedAndCaps(t *testing.T) {
	var inputs []Input
	for i, fp := range []string{"a", "b", "c"} {
		inputs = append(inputs, Input{Path: "x.py", Src: []byte("x\n"), Added: func(int) bool { return true },
			Finding: keylint.Finding{RuleID: "KL105", Message: "m", Fingerprint: fp, Start: keylint.Position{Line: i + 1}}})
	}
	if r := Build(inputs, Options{Posted: map[string]bool{"a": true, "b": true, "c": true}}); r != nil {
		t.Errorf("everything posted already, yet a review: %+v", r)
	}
	r := Build(inputs, Options{Posted: map[string]bool{"a": true}, MaxComments: 1})
	if r == nil || len(r.Comments) != 1 || !strings.Contains(r.Body, "1 more") || !strings.Contains(r.Body, "found 2 places") {
		t.Fatalf("review: %+v", r)
	}
	if got := Markers([]string{r.Comments[0].Body, "unrelated"}); len(got) != 1 || !got["b"] {
		t.Errorf("Markers = %v", got)
	}
}
