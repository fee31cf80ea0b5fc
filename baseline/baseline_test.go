package baseline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/keylint/keylint"
)

func fp(f keylint.Finding) string { return f.Fingerprint }

func finding(path, rule, fingerprint string) keylint.Finding {
	return keylint.Finding{Path: path, RuleID: rule, Fingerprint: fingerprint, Message: rule + " here"}
}

func TestWriteLoadFilter(t *testing.T) {
	accepted := []keylint.Finding{
		finding("b.py", "KL102", "f2"),
		finding("a.py", "KL105", "f1"),
		finding("a.py", "KL105", "f1"), // the same text twice in a file
	}
	path := filepath.Join(t.TempDir(), "keylint-baseline.json")
	if err := New(accepted, fp).Write(path); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	if strings.Index(string(data), "a.py") > strings.Index(string(data), "b.py") || !strings.Contains(string(data), `"count": 2`) {
		t.Errorf("baseline not sorted by path, or counts missing:\n%s", data)
	}
	b, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		findings []keylint.Finding
		left     int
		hidden   int
	}{
		{"the accepted findings are hidden", accepted, 0, 3},
		{"a third copy of accepted text is new", append(accepted[:3:3], finding("a.py", "KL105", "f1")), 1, 3},
		{"another fingerprint is new", []keylint.Finding{finding("a.py", "KL105", "f9")}, 1, 0},
		{"another path is new", []keylint.Finding{finding("c.py", "KL102", "f2")}, 1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			left, hidden := b.Filter(tt.findings, fp)
			if len(left) != tt.left || hidden != tt.hidden {
				t.Errorf("left %d hidden %d, want %d %d", len(left), hidden, tt.left, tt.hidden)
			}
		})
	}
}

func TestLoadRejectsOtherFiles(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{"garbage.json": "{not json", "other.json": `{"tool": "gitleaks", "version": 1}`} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := Load(p); err == nil || !strings.Contains(err.Error(), "not a keylint baseline") {
			t.Errorf("Load(%s) = %v", name, err)
		}
	}
}
