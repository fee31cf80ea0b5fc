package scan

import (
	"strings"
	"testing"

	"github.com/keylint/keylint"
)

func TestPreview(t *testing.T) {
	const secret = "0123456789abcdef0123456789abcdef"
	src := "import os\nc = Client(api_key=k, other=\"" + secret + "\")\nkey = os.getenv(\"K\")\nprint(c)\n"
	at := func(s string) int { return strings.Index(src, s) }
	secretSpan := keylint.Span{Start: at(secret), End: at(secret) + len(secret)}
	tests := []struct {
		name  string
		edits []keylint.Edit
		want  string
	}{
		{"a replacement shows the line before and after, secrets redacted on both sides",
			[]keylint.Edit{{Path: "a.py", Start: at("api_key=k"), End: at("api_key=k") + 9, New: "token=t"}},
			"- c = Client(api_key=k, other=\"0123…\")\n+ c = Client(token=t, other=\"0123…\")"},
		{"an import appended to a line shows only the new line",
			[]keylint.Edit{{Path: "a.py", Start: at("\nc ="), End: at("\nc ="), New: "\nfrom x import y"}},
			"+ from x import y"},
		{"a deleted line shows only as removed",
			[]keylint.Edit{{Path: "a.py", Start: at("key ="), End: at("print"), New: ""}},
			"- key = os.getenv(\"K\")"},
		{"an edit of another file is not shown",
			[]keylint.Edit{{Path: "b.py", Start: 0, End: 1}}, ""},
	}
	x := newLineIndex([]byte(src))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := x.preview(keylint.Fix{Edits: tt.edits}, "a.py", []keylint.Span{secretSpan})
			if got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
			if strings.Contains(got, secret) {
				t.Error("the preview shows the full secret")
			}
		})
	}
}
