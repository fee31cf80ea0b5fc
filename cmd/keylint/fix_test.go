package main

import (
	"github.com/keylint/keylint/textenc"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestFixAndDiff runs --diff and --fix as a user would: --diff shows the rewrite and changes
// nothing, --fix rewrites in place keeping permissions and CRLF line endings, and the report
// afterwards holds only what has no automatic fix.
func TestFixAndDiff(t *testing.T) {
	crlf := strings.ReplaceAll(keyClientPy, "\n", "\r\n")
	dir := newTree(t, map[string]string{"app.py": keyClientPy, "win.py": crlf, "env.py": envReadPy})
	app, win := filepath.Join(dir, "app.py"), filepath.Join(dir, "win.py")
	if err := os.Chmod(app, 0o600); err != nil {
		t.Fatal(err)
	}

	r := runKeylint(t, "--diff", "--no-config", dir)
	if r.code != exitFindings || !strings.Contains(r.stdout, "+client = AzureOpenAI(azure_ad_token_provider=get_bearer_token_provider(") ||
		!strings.Contains(r.stdout, "+from azure.identity import DefaultAzureCredential, get_bearer_token_provider") {
		t.Fatalf("--diff: exit %d, stdout:\n%s\nstderr: %s", r.code, r.stdout, r.stderr)
	}
	if got, _ := os.ReadFile(app); string(got) != keyClientPy {
		t.Fatalf("--diff changed the file:\n%s", got)
	}
	if !strings.Contains(r.stderr, "2 fixes in 2 files would be applied") {
		t.Errorf("--diff summary: %q", r.stderr)
	}

	r = runKeylint(t, "--fix", "--no-config", "--format", "json", dir)
	if !strings.Contains(r.stderr, "applied 2 fixes in 2 files") {
		t.Errorf("--fix summary: %q", r.stderr)
	}
	// Left: the KL105 env read in env.py, which has no automatic fix.
	if got := jsonFindings(t, r.stdout); len(got) != 1 || !strings.Contains(got[0], "KL105") {
		t.Errorf("after --fix the report holds %v, want only env.py's KL105", got)
	}
	fixed, _ := os.ReadFile(app)
	want := "from azure.identity import DefaultAzureCredential, get_bearer_token_provider\n"
	if !strings.Contains(string(fixed), "azure_ad_token_provider=") || !strings.Contains(string(fixed), want) || strings.Contains(string(fixed), "api_key") {
		t.Errorf("app.py after --fix:\n%s", fixed)
	}
	if info, _ := os.Stat(app); info.Mode().Perm() != 0o600 {
		t.Errorf("permissions changed to %v", info.Mode().Perm())
	}
	winFixed, _ := os.ReadFile(win)
	if strings.Count(string(winFixed), "\r\n") != strings.Count(string(winFixed), "\n") {
		t.Errorf("win.py lost its CRLF line endings:\n%q", winFixed)
	}
	leftovers, _ := filepath.Glob(filepath.Join(dir, ".keylint-fix-*"))
	if len(leftovers) > 0 {
		t.Errorf("temp files left behind: %v", leftovers)
	}

	// Fixing again finds nothing to do.
	r = runKeylint(t, "--fix", "--no-config", dir)
	if !strings.Contains(r.stderr, "applied 0 fixes in 0 files") {
		t.Errorf("second --fix: %q", r.stderr)
	}

	if r := runKeylint(t, "--fix", "--diff", dir); r.code != exitError || !strings.Contains(r.stderr, "do not go together") {
		t.Errorf("--fix --diff: exit %d, %q", r.code, r.stderr)
	}
}

// TestFixLeavesTestsAlone: findings in test files are reported without fixes, so --fix keeps
// them as they are, unless --fix-tests.
func TestFixLeavesTestsAlone(t *testing.T) {
	dir := newTree(t, map[string]string{"tests/conftest_client.py": keyClientPy, "app/test_chat.py": keyClientPy})
	r := runKeylint(t, "--fix", "--no-config", dir)
	if r.code != exitFindings || !strings.Contains(r.stderr, "applied 0 fixes in 0 files") {
		t.Fatalf("--fix on test files: exit %d, %q", r.code, r.stderr)
	}
	for _, name := range []string{"tests/conftest_client.py", "app/test_chat.py"} {
		if got, _ := os.ReadFile(filepath.Join(dir, name)); string(got) != keyClientPy {
			t.Errorf("%s changed:\n%s", name, got)
		}
	}
	r = runKeylint(t, "--fix", "--fix-tests", "--no-config", dir)
	if !strings.Contains(r.stderr, "applied 2 fixes in 2 files") {
		t.Errorf("--fix --fix-tests: %q", r.stderr)
	}
}

// TestReplaceFileRefusesAChangedFile covers the race --fix guards against: the file changed
// between reading it and writing the fix.
func TestReplaceFileRefusesAChangedFile(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "app.py")
	if err := os.WriteFile(name, []byte("edited by someone else\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := replaceFile(name, []byte("what keylint read\n"), []byte("fixed\n"))
	if err == nil || !strings.Contains(err.Error(), "changed since it was read") {
		t.Errorf("replaceFile over a changed file: %v", err)
	}
	if got, _ := os.ReadFile(name); string(got) != "edited by someone else\n" {
		t.Errorf("the changed file was overwritten: %q", got)
	}
	link := filepath.Join(dir, "link.py")
	if err := os.Symlink(name, link); err != nil {
		t.Fatal(err)
	}
	if _, _, err := readRegular(link); err == nil {
		t.Error("a symlink was read for fixing")
	}
}

// TestStrictUnusedSuppressions: with --strict, a keylint:ignore that suppresses nothing is
// reported and fails the run; one that suppresses a finding is fine.
func TestStrictUnusedSuppressions(t *testing.T) {
	dir := newTree(t, map[string]string{
		"used.py":   "from openai import AzureOpenAI\nclient = AzureOpenAI(api_version=\"x\")  # keylint:ignore[KL107] tests only\n",
		"stale.py":  "import os\nprint(os.getcwd())  # keylint:ignore[KL102] the key is gone\n",
		"string.py": "s = \"keylint:ignore is how you suppress\"\n",
	})
	r := runKeylint(t, "--no-config", "--strict", dir)
	if r.code != exitFindings || !strings.Contains(r.stderr, "stale.py:2: keylint:ignore[KL102] the key is gone suppresses nothing") ||
		strings.Contains(r.stderr, "used.py") || strings.Contains(r.stderr, "string.py") {
		t.Errorf("--strict: exit %d, stderr %q", r.code, r.stderr)
	}
	if r := runKeylint(t, "--no-config", dir); r.code != exitClean || strings.Contains(r.stderr, "suppresses nothing") {
		t.Errorf("without --strict: exit %d, stderr %q", r.code, r.stderr)
	}
}

// TestFixKeepsFiles: --fix never changes what a file is, only what it says: a read-only file is
// reported and left alone (even for root), a file with another hard link is rewritten in place
// so both names see the fix, and a file owned by someone else keeps its owner and group.
func TestFixKeepsFiles(t *testing.T) {
	t.Run("read-only", func(t *testing.T) {
		dir := newTree(t, map[string]string{"app.py": keyClientPy})
		app := filepath.Join(dir, "app.py")
		if err := os.Chmod(app, 0o444); err != nil {
			t.Fatal(err)
		}
		r := runKeylint(t, "--fix", "--no-config", dir)
		if got, _ := os.ReadFile(app); string(got) != keyClientPy {
			t.Errorf("a read-only file was rewritten:\n%s", got)
		}
		if !strings.Contains(r.stderr, "app.py: not fixed: read-only (mode 0444)") {
			t.Errorf("stderr does not report the read-only file: %q", r.stderr)
		}
	})
	t.Run("hard link", func(t *testing.T) {
		dir := newTree(t, map[string]string{"app.py": keyClientPy})
		app, other := filepath.Join(dir, "app.py"), filepath.Join(t.TempDir(), "same.py")
		if err := os.Link(app, other); err != nil {
			t.Fatal(err)
		}
		before, _ := os.Stat(app)
		runKeylint(t, "--fix", "--no-config", dir)
		after, _ := os.Stat(app)
		if !os.SameFile(before, after) {
			t.Errorf("app.py was replaced by a new file: its hard link is broken")
		}
		if got, _ := os.ReadFile(other); !strings.Contains(string(got), "azure_ad_token_provider=") {
			t.Errorf("the other name of the file does not see the fix:\n%s", got)
		}
	})
	t.Run("owner and group", func(t *testing.T) {
		if os.Geteuid() != 0 {
			t.Skip("making a file owned by another user needs root")
		}
		dir := newTree(t, map[string]string{"app.py": keyClientPy})
		app := filepath.Join(dir, "app.py")
		if err := os.Chown(app, 4321, 8765); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(app, 0o640); err != nil {
			t.Fatal(err)
		}
		runKeylint(t, "--fix", "--no-config", dir)
		info, _ := os.Stat(app)
		st := info.Sys().(*syscall.Stat_t)
		if st.Uid != 4321 || st.Gid != 8765 || info.Mode().Perm() != 0o640 {
			t.Errorf("after --fix: uid %d gid %d mode %v, want 4321 8765 0640", st.Uid, st.Gid, info.Mode().Perm())
		}
		if got, _ := os.ReadFile(app); !strings.Contains(string(got), "azure_ad_token_provider=") {
			t.Errorf("not fixed:\n%s", got)
		}
	})
}

// TestFixUTF16 checks a UTF-16 file (what Windows PowerShell 5 writes): reported as the text it
// holds, and fixed in its own encoding, byte-order mark and CRLF line endings kept.
func TestFixUTF16(t *testing.T) {
	text, err := textenc.Encode([]byte(strings.ReplaceAll(keyClientPy, "\n", "\r\n")), textenc.UTF16LE)
	if err != nil {
		t.Fatal(err)
	}
	dir := newTree(t, map[string]string{"app.py": string(text)})
	app := filepath.Join(dir, "app.py")
	r := runKeylint(t, "--no-config", "--format", "json", dir)
	if got := jsonFindings(t, r.stdout); r.code != exitFindings || len(got) != 1 || !strings.Contains(got[0], "KL102") {
		t.Fatalf("UTF-16 app.py: exit %d, findings %v, stderr %s", r.code, got, r.stderr)
	}
	r = runKeylint(t, "--fix", "--no-config", dir)
	if !strings.Contains(r.stderr, "applied 1 fix in 1 file") {
		t.Fatalf("--fix: %q", r.stderr)
	}
	raw, _ := os.ReadFile(app)
	fixed, enc, ok := textenc.Decode(raw)
	if !ok || enc != textenc.UTF16LE || !strings.Contains(string(fixed), "azure_ad_token_provider=") || strings.Contains(string(fixed), "api_key") {
		t.Errorf("app.py after --fix (%v, %v):\n%s", enc, ok, fixed)
	}
	if strings.Count(string(fixed), "\r\n") != strings.Count(string(fixed), "\n") {
		t.Errorf("app.py lost its CRLF line endings:\n%q", fixed)
	}
}
