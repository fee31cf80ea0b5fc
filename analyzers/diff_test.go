package analyzers_test

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/keylint/keylint/fixes"
)

// TestDiffsApply checks that what --diff prints is a patch the usual tools take: for every
// golden in testdata, the diff of the original against it is accepted by `patch --dry-run
// -p1` and `git apply --check`, and applying it with patch gives the golden byte for byte.
func TestDiffsApply(t *testing.T) {
	patchTool, err := exec.LookPath("patch")
	if err != nil {
		t.Skip("patch is not installed (apt-get install patch)")
	}
	gitTool, err := exec.LookPath("git")
	if err != nil {
		t.Skip("git is not installed")
	}
	var goldens []string
	err = filepath.WalkDir(testdataDir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".golden") {
			goldens = append(goldens, p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(goldens) == 0 {
		t.Fatal("no goldens")
	}
	for _, golden := range goldens {
		orig := strings.TrimSuffix(golden, ".golden")
		rel, _ := filepath.Rel(testdataDir, orig)
		rel = filepath.ToSlash(rel)
		t.Run(rel, func(t *testing.T) {
			before, err := os.ReadFile(orig)
			if err != nil {
				t.Fatal(err)
			}
			after, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			diff := fixes.Diff(rel, before, after)
			if diff == "" {
				t.Fatal("golden equals the original")
			}
			if err := checkHunkHeaders(diff); err != "" {
				t.Errorf("%s\n%s", err, diff)
			}
			dir := t.TempDir()
			work := filepath.Join(dir, filepath.FromSlash(rel))
			if err := os.MkdirAll(filepath.Dir(work), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(work, before, 0o644); err != nil {
				t.Fatal(err)
			}
			patchFile := filepath.Join(t.TempDir(), "fix.diff")
			if err := os.WriteFile(patchFile, []byte(diff), 0o644); err != nil {
				t.Fatal(err)
			}
			run := func(name string, args ...string) {
				t.Helper()
				cmd := exec.Command(name, args...)
				cmd.Dir = dir
				out, err := cmd.CombinedOutput()
				if err != nil {
					t.Fatalf("%s %s: %v\n%s\n%s", filepath.Base(name), strings.Join(args, " "), err, out, diff)
				}
				// A hunk found elsewhere than its header says is a wrong header, even if it applies.
				if bytes.Contains(out, []byte("offset")) || bytes.Contains(out, []byte("fuzz")) {
					t.Fatalf("%s %s: hunks applied only with offset or fuzz:\n%s\n%s", filepath.Base(name), strings.Join(args, " "), out, diff)
				}
			}
			run(gitTool, "apply", "--check", patchFile)
			run(patchTool, "--dry-run", "-p1", "-F0", "-i", patchFile)
			run(patchTool, "-p1", "-F0", "--no-backup-if-mismatch", "-i", patchFile)
			got, err := os.ReadFile(work)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, after) {
				t.Errorf("patch applied the diff to something other than the golden:\n%s", fixes.Diff(rel, after, got))
			}
		})
	}
}

var hunkRE = regexp.MustCompile(`^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@`)

// checkHunkHeaders recomputes every hunk's +start from its -start and the lines the hunks
// before it added, and its counts from its body; it returns what disagrees.
func checkHunkHeaders(diff string) string {
	lines := strings.Split(diff, "\n")
	delta := 0
	atoi := func(s string, def int) int {
		if s == "" {
			return def
		}
		n, _ := strconv.Atoi(s)
		return n
	}
	for i, l := range lines {
		m := hunkRE.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		from, fromN, to, toN := atoi(m[1], 0), atoi(m[2], 1), atoi(m[3], 0), atoi(m[4], 1)
		want := from + delta
		if fromN == 0 {
			want++
		}
		if toN == 0 {
			want--
		}
		if to != want {
			return fmt.Sprintf("hunk %q: +start %d, want %d", l, to, want)
		}
		gotFrom, gotTo := 0, 0
		for _, b := range lines[i+1:] {
			if strings.HasPrefix(b, "@@") || strings.HasPrefix(b, "--- ") {
				break
			}
			switch {
			case strings.HasPrefix(b, "-"):
				gotFrom++
			case strings.HasPrefix(b, "+"):
				gotTo++
			case strings.HasPrefix(b, " "):
				gotFrom++
				gotTo++
			}
		}
		if gotFrom != fromN || gotTo != toN {
			return fmt.Sprintf("hunk %q: body has %d old and %d new lines", l, gotFrom, gotTo)
		}
		delta += toN - fromN
	}
	return ""
}
