package gitdiff

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	diff := `diff --git a/app.py b/app.py
index 1111111..2222222 100644
--- a/app.py
+++ b/app.py
@@ -3,0 +4,2 @@ import os
+key = os.getenv("AZURE_OPENAI_API_KEY")
+client = AzureOpenAI(api_key=key)
@@ -10 +12 @@ def main():
-    old()
+    new()
diff --git a/gone.py b/gone.py
deleted file mode 100644
--- a/gone.py
+++ /dev/null
@@ -1 +0,0 @@
-x = 1
diff --git "a/sp\303\244ce.py" "b/sp\303\244ce.py"
--- "a/sp\303\244ce.py"
+++ "b/sp\303\244ce.py"
@@ -1,2 +1,3 @@
 context
+added
 context
`
	added := Parse("/repo", []byte(diff))
	tests := []struct {
		path string
		line int
		want bool
	}{
		{"/repo/app.py", 3, false},
		{"/repo/app.py", 4, true},
		{"/repo/app.py", 5, true},
		{"/repo/app.py", 6, false},
		{"/repo/app.py", 12, true},
		{"/repo/app.py", 13, false},
		{"/repo/gone.py", 1, false},
		{"/repo/späce.py", 2, true},
		{"/repo/späce.py", 1, false},
		{"/repo/späce.py", 3, false},
	}
	for _, tt := range tests {
		if got := added[tt.path].Has(tt.line); got != tt.want {
			t.Errorf("%s:%d added = %v, want %v", tt.path, tt.line, got, tt.want)
		}
	}
}

// TestSinceAndBetween runs real git: changes since a revision include uncommitted edits and
// untracked files; a branch's changes over its base exclude what the base gained meanwhile.
func TestSinceAndBetween(t *testing.T) {
	dir := t.TempDir()
	run := func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com",
			"GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	write := func(name, body string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	run("init", "-q", "-b", "main")
	write("a.py", "one\ntwo\n")
	run("add", ".")
	run("commit", "-qm", "base")
	run("checkout", "-qb", "feature")
	write("a.py", "one\ninserted\ntwo\n")
	run("commit", "-qam", "feature")
	write("a.py", "one\ninserted\ntwo\nuncommitted\n")
	write("new.py", "x\n")

	since, err := Since(dir, "main")
	if err != nil {
		t.Fatal(err)
	}
	a := filepath.Join(dir, "a.py")
	if !since.Contains(a, 2) || !since.Contains(a, 4) || since.Contains(a, 1) || !since.Contains(filepath.Join(dir, "new.py"), 1) {
		t.Errorf("Since(main) = %+v", since)
	}
	if _, err := Since(dir, "no-such-rev"); err == nil {
		t.Error("Since(no-such-rev) gave no error")
	}
	// Start: the tracked changes first, the untracked files when listed.
	started, top, untracked, err := Start(dir, "main")
	if err != nil {
		t.Fatal(err)
	}
	if real, _ := filepath.EvalSymlinks(dir); top != real && top != dir {
		t.Errorf("Start(main) top = %q, want %q", top, dir)
	}
	newPy := filepath.Join(dir, "new.py")
	if !started.Contains(a, 4) || started.Contains(newPy, 1) {
		t.Errorf("Start(main) before the listing = %+v", started)
	}
	if more, err := untracked(); err != nil || len(more) != 1 || !started.Contains(newPy, 1) {
		t.Errorf("untracked() = %v, %v; added %+v", more, err, started)
	}
	if _, err := Since(t.TempDir(), "main"); err == nil || !strings.Contains(err.Error(), "not in a git repository") {
		t.Errorf("Since outside a repository: %v", err)
	}

	run("checkout", "-q", "--", "a.py")
	run("checkout", "-q", "main")
	write("base.py", "base gained this\n")
	run("add", ".")
	run("commit", "-qm", "main moves on")
	between, err := Between(dir, "main", "feature")
	if err != nil {
		t.Fatal(err)
	}
	if !between.Contains(a, 2) || between.Contains(a, 4) || between.Contains(filepath.Join(dir, "base.py"), 1) {
		t.Errorf("Between(main, feature) = %+v", between)
	}
}
