package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestBaseline adopts keylint on a project with findings: record them, then move them around
// and add one new key use; only the new one is reported.
func TestBaseline(t *testing.T) {
	dir := newTree(t, map[string]string{"app.py": keyClientPy, "env.py": envReadPy})
	base := filepath.Join(t.TempDir(), "keylint-baseline.json")

	r := runKeylint(t, "--no-config", "--write-baseline", base, dir)
	if r.code != exitClean || !strings.Contains(r.stderr, "recorded 2 findings") {
		t.Fatalf("--write-baseline: exit %d, stderr %q", r.code, r.stderr)
	}
	if r := runKeylint(t, "--no-config", "--baseline", base, dir); r.code != exitClean || r.stdout != "" {
		t.Fatalf("scan with the baseline: exit %d, stdout %q", r.code, r.stdout)
	}

	// Lines move (a comment and blank lines on top), the finding's line is re-indented by an
	// unrelated edit elsewhere, and a second client with a key is added.
	moved := "# header\n\n\n" + keyClientPy + "other = AzureOpenAI(api_key=os.environ[\"AZURE_OPENAI_KEY_2\"], azure_endpoint=e)\n"
	if err := os.WriteFile(filepath.Join(dir, "app.py"), []byte(moved), 0o644); err != nil {
		t.Fatal(err)
	}
	r = runKeylint(t, "--no-config", "--baseline", base, "--format", "json", dir)
	got := jsonFindings(t, r.stdout)
	if r.code != exitFindings || len(got) != 1 || !strings.Contains(got[0], "KL102") || !strings.Contains(got[0], ":7") {
		t.Errorf("after moving lines and adding a client: exit %d, findings %v (stderr %q)", r.code, got, r.stderr)
	}
	if !strings.Contains(r.stderr, "2 findings hidden by the baseline") {
		t.Errorf("stderr %q", r.stderr)
	}

	if r := runKeylint(t, "--no-config", "--baseline", filepath.Join(dir, "missing.json"), dir); r.code != exitError || !strings.Contains(r.stderr, "--baseline") {
		t.Errorf("missing baseline: exit %d, %q", r.code, r.stderr)
	}
}

// TestNewFromRev reports only what a change adds: the committed file's old key use is not
// reported, the line added since the revision and an untracked file are.
func TestNewFromRev(t *testing.T) {
	dir := newTree(t, map[string]string{"app.py": keyClientPy})
	git := func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	git("init", "-q")
	git("add", ".")
	git("commit", "-qm", "legacy")
	added := keyClientPy + "other = AzureOpenAI(api_key=os.environ[\"AZURE_OPENAI_KEY_2\"], azure_endpoint=e)\n"
	if err := os.WriteFile(filepath.Join(dir, "app.py"), []byte(added), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "new.py"), []byte(implicitPy), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runKeylint(t, "--no-config", "--new-from-rev", "HEAD", "--format", "json", dir)
	got := strings.Join(jsonFindings(t, r.stdout), " | ")
	if r.code != exitFindings || !strings.Contains(got, "app.py:4") || !strings.Contains(got, "new.py:2") || strings.Contains(got, "app.py:3") {
		t.Errorf("--new-from-rev HEAD: exit %d, findings %s, stderr %q", r.code, got, r.stderr)
	}
	if r := runKeylint(t, "--no-config", "--new-from-rev", "no-such-rev", dir); r.code != exitError || !strings.Contains(r.stderr, "not a revision") {
		t.Errorf("bad revision: exit %d, %q", r.code, r.stderr)
	}
}
