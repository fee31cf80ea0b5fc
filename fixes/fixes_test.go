package fixes

import (
	"fmt"
	"strings"
	"testing"

	"github.com/keylint/keylint"
)

func edit(start, end int, text string) keylint.Edit {
	return keylint.Edit{Path: "f.py", Start: start, End: end, New: text}
}

func finding(edits ...keylint.Edit) keylint.Finding {
	return keylint.Finding{RuleID: "KL102", Fixes: []keylint.Fix{{Message: "m", Edits: edits}}}
}

func TestPlan(t *testing.T) {
	imp := edit(0, 0, "import x\n")
	tests := []struct {
		name             string
		findings         []keylint.Finding
		applied, dropped int
		edits            int
	}{
		{"disjoint fixes both apply", []keylint.Finding{finding(edit(0, 2, "a")), finding(edit(5, 7, "b"))}, 2, 0, 2},
		{"an identical import edit is applied once", []keylint.Finding{finding(imp, edit(3, 4, "a")), finding(imp, edit(8, 9, "b"))}, 2, 0, 3},
		{"overlapping replacements: the second is dropped", []keylint.Finding{finding(edit(0, 5, "a")), finding(edit(3, 8, "b"))}, 1, 1, 1},
		{"two different insertions at one offset clash", []keylint.Finding{finding(edit(4, 4, "a")), finding(edit(4, 4, "b"))}, 1, 1, 1},
		{"an insertion at a replacement's edge fits", []keylint.Finding{finding(edit(2, 4, "a")), finding(edit(4, 4, "b"))}, 2, 0, 2},
		{"an insertion inside a replacement clashes", []keylint.Finding{finding(edit(2, 6, "a")), finding(edit(4, 4, "b"))}, 1, 1, 1},
		{"findings without fixes are skipped", []keylint.Finding{{RuleID: "KL105"}, finding(edit(1, 2, "x"))}, 1, 0, 1},
		{"a fix for another file is skipped", []keylint.Finding{finding(keylint.Edit{Path: "g.py", Start: 0, End: 1})}, 0, 0, 0},
		{"a fix overlapping itself is dropped", []keylint.Finding{finding(edit(0, 4, "a"), edit(2, 6, "b"))}, 0, 1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := NewPlan("f.py", tt.findings)
			if p.Applied != tt.applied || p.Dropped != tt.dropped || len(p.Edits) != tt.edits {
				t.Errorf("applied %d dropped %d edits %d, want %d %d %d", p.Applied, p.Dropped, len(p.Edits), tt.applied, tt.dropped, tt.edits)
			}
			for i := 1; i < len(p.Edits); i++ {
				if p.Edits[i].Start < p.Edits[i-1].End {
					t.Errorf("planned edits overlap: %v", p.Edits)
				}
			}
		})
	}
}

func TestApply(t *testing.T) {
	tests := []struct {
		name, src string
		edits     []keylint.Edit
		want      string
		err       bool
	}{
		{"replace and insert, in any order", "hello world", []keylint.Edit{edit(6, 11, "there"), edit(0, 0, "> ")}, "> hello there", false},
		{"delete", "abc", []keylint.Edit{edit(1, 2, "")}, "ac", false},
		{"no edits", "abc", nil, "abc", false},
		{"out of range", "abc", []keylint.Edit{edit(2, 9, "")}, "", true},
		{"overlapping", "abcdef", []keylint.Edit{edit(0, 3, ""), edit(2, 4, "")}, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Apply([]byte(tt.src), tt.edits)
			if (err != nil) != tt.err {
				t.Fatalf("err = %v, want error %v", err, tt.err)
			}
			if err == nil && string(got) != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestDiff(t *testing.T) {
	if d := Diff("a.py", []byte("x\n"), []byte("x\n")); d != "" {
		t.Errorf("diff of equal files = %q, want empty", d)
	}
	d := Diff("app/a.py", []byte("one\ntwo\nthree\n"), []byte("one\n2\nthree\n"))
	for _, want := range []string{"--- a/app/a.py", "+++ b/app/a.py", "-two", "+2", " one"} {
		if !strings.Contains(d, want) {
			t.Errorf("diff lacks %q:\n%s", want, d)
		}
	}
}

// TestDiffHunkStarts checks the +start of every hunk: after a hunk that adds lines, the next
// hunk starts that many lines further down in the new file (go-udiff before v0.4.2 forgot the
// lines between two edits of one hunk).
func TestDiffHunkStarts(t *testing.T) {
	var before, after strings.Builder
	for i := 1; i <= 60; i++ {
		line := fmt.Sprintf("line %d\n", i)
		before.WriteString(line)
		switch i {
		case 5, 9: // two edits five lines apart: one hunk, two added lines
			after.WriteString(line + "added\n")
		case 40:
			after.WriteString("changed\n")
		default:
			after.WriteString(line)
		}
	}
	d := Diff("f.txt", []byte(before.String()), []byte(after.String()))
	var headers []string
	for _, l := range strings.Split(d, "\n") {
		if strings.HasPrefix(l, "@@") {
			headers = append(headers, l)
		}
	}
	want := []string{"@@ -3,10 +3,12 @@", "@@ -37,7 +39,7 @@"}
	if strings.Join(headers, "|") != strings.Join(want, "|") {
		t.Errorf("hunk headers %q, want %q\n%s", headers, want, d)
	}
}

func TestDiffAbsolutePath(t *testing.T) {
	d := Diff("/tmp/x/a.py", []byte("a\n"), []byte("b\n"))
	if !strings.HasPrefix(d, "--- a/tmp/x/a.py\n+++ b/tmp/x/a.py\n") {
		t.Errorf("labels of an absolute path:\n%s", d)
	}
}

// TestFile checks the round loop: a fix whose import the first round added is merged in the
// next round, and a fix that keeps proposing the same change ends the loop.
func TestFile(t *testing.T) {
	// A toy checker: every "KEY" is a finding whose fix replaces it with "tok" and needs the
	// header line "use tok\n" (added once, at the top).
	check := func(src []byte) ([]keylint.Finding, error) {
		var out []keylint.Finding
		s := string(src)
		for i := strings.Index(s, "KEY"); i >= 0; {
			edits := []keylint.Edit{edit(i, i+3, "tok")}
			if !strings.HasPrefix(s, "use tok\n") {
				edits = append(edits, edit(0, 0, "use tok\n"))
			}
			out = append(out, finding(edits...))
			j := strings.Index(s[i+1:], "KEY")
			if j < 0 {
				break
			}
			i += 1 + j
		}
		return out, nil
	}
	res, err := File("f.py", []byte("a = KEY\nb = KEY\n"), check)
	if err != nil {
		t.Fatal(err)
	}
	if want := "use tok\na = tok\nb = tok\n"; string(res.Src) != want || res.Applied != 2 {
		t.Errorf("got %q (%d applied), want %q (2 applied)", res.Src, res.Applied, want)
	}

	stuck := func(src []byte) ([]keylint.Finding, error) {
		return []keylint.Finding{finding(edit(0, 1, string(src[:1])))}, nil
	}
	if res, err := File("f.py", []byte("same"), stuck); err != nil || string(res.Src) != "same" {
		t.Errorf("a fix that changes nothing: got %q, %v", res.Src, err)
	}
}

func TestMatchLineEndings(t *testing.T) {
	e := []keylint.Edit{edit(0, 0, "import a\nimport b\n")}
	if got := MatchLineEndings([]byte("x = 1\r\ny = 2\r\n"), e)[0].New; got != "import a\r\nimport b\r\n" {
		t.Errorf("CRLF file: got %q", got)
	}
	if got := MatchLineEndings([]byte("x = 1\ny = 2\n"), e)[0].New; got != "import a\nimport b\n" {
		t.Errorf("LF file: got %q", got)
	}
}

func TestIsTestFile(t *testing.T) {
	tests := map[string]bool{
		"app/test_client.py": true, "app/client_test.py": true, "tests/helpers.py": true, "conftest.py": true,
		"pkg/client_test.go": true, "src/chat.test.ts": true, "src/chat.spec.js": true, "web/__tests__/chat.tsx": true,
		"ClientTests.cs": true, "src/AutoGen.Tests/Agent.cs": true, "Connectors.UnitTests/X.cs": true,
		"src/test/java/a/B.java": true, "ClientTest.java": true, "ClientIT.java": true, `dotnet\test\Chat.cs`: true,

		"app/client.py": false, "app/testing.py": false, "contest.py": false, "latest_test_results/a.py": false,
		"pkg/client.go": false, "src/chat.ts": false, "src/latest.ts": false, "Attest.cs": false, "ContestService.java": false,
		"testdata/python/KL102/a.py": false, "src/main/java/a/B.java": false, "samples/Manifest.cs": false,
	}
	for p, want := range tests {
		if got := IsTestFile(p); got != want {
			t.Errorf("IsTestFile(%q) = %v, want %v", p, got, want)
		}
	}
}
