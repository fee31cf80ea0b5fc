package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/keylint/keylint/report"
)

// seconds is the one part of a report that differs between two runs of the same scan.
var seconds = regexp.MustCompile(`"seconds": ?[0-9.e+-]+`)

var hitsLine = regexp.MustCompile(`keylint: \d+ keyword hits in code.*`)

// TestCachedReportsAreIdentical: in every format, a run that fills the cache and a run that
// replays it print byte for byte what a run without the cache prints (the scan time aside),
// on stdout and stderr, with the same exit code: on testdata (files old enough to be replayed
// unread) and on a generated tree (just written, so read again and compared by checksum).
func TestCachedReportsAreIdentical(t *testing.T) {
	gen := t.TempDir()
	generateTree(t, filepath.Join("..", "..", "testdata"), gen)
	for _, tree := range []struct{ name, dir string }{{"testdata", filepath.Join("..", "..", "testdata")}, {"generated", gen}} {
		for _, format := range report.Formats {
			t.Run(tree.name+"/"+format, func(t *testing.T) {
				cache := t.TempDir()
				args := []string{"--no-config", "--strict", "--format", format, "--max-file-size", "64KiB", tree.dir}
				want := runKeylint(t, append([]string{"--no-cache"}, args...)...)
				for _, run := range []string{"filling the cache", "from the cache"} {
					got := runKeylint(t, append([]string{"--cache-dir", cache}, args...)...)
					if got.code != want.code {
						t.Errorf("%s: exit %d, without the cache %d", run, got.code, want.code)
					}
					if g, w := seconds.ReplaceAllString(got.stdout, "S"), seconds.ReplaceAllString(want.stdout, "S"); g != w {
						t.Errorf("%s: stdout differs from the run without the cache:\n%s", run, firstDiff(g, w))
					}
					if got.stderr != want.stderr {
						t.Errorf("%s: stderr differs:\n%s", run, firstDiff(got.stderr, want.stderr))
					}
				}
				if format != "json" {
					return
				}
				// --stats counts keyword hits: the first such run records them, the next replays
				// them, with the same counts as a run without the cache.
				wantStats := runKeylint(t, append([]string{"--no-cache", "--stats"}, args...)...)
				runKeylint(t, append([]string{"--cache-dir", cache, "--stats"}, args...)...)
				stats := runKeylint(t, append([]string{"--cache-dir", cache, "--stats"}, args...)...)
				if !strings.Contains(stats.stderr, "came from the cache") {
					t.Errorf("the second --stats run used no cache:\n%s", stats.shortStderr())
				}
				if g, w := hitsLine.FindString(stats.stderr), hitsLine.FindString(wantStats.stderr); g != w || w == "" {
					t.Errorf("--stats from the cache says %q, without it %q", g, w)
				}
			})
		}
	}
}

// generateTree copies every testdata file into dir (written now: every file is read again and
// compared by checksum) and adds a binary file and a file over the size cap the test sets.
func generateTree(t *testing.T, from, dir string) {
	t.Helper()
	files := map[string]string{}
	err := filepath.WalkDir(from, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Type()&fs.ModeSymlink != 0 {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		if strings.HasPrefix(filepath.ToSlash(rel), "project/") {
			return nil // a whole project with its own config and module
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		files["copy/"+filepath.ToSlash(rel)] = string(data)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	files["assets/logo.png"] = "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
	files["data/big.csv"] = strings.Repeat("a,b,c,api_key\n", 6000) // 84 KB: over a 64 KiB cap
	writeTree(t, dir, files)
}

func firstDiff(got, want string) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	clip := func(s string) string {
		s = s[max(0, i-200):min(len(s), i+200)]
		return s
	}
	return fmt.Sprintf("got:  …%s…\nwant: …%s…", clip(got), clip(want))
}

// TestCacheFlags: the cache lives in $KEYLINT_CACHE_DIR by default, in --cache-dir when given,
// and --no-cache neither reads nor writes one.
func TestCacheFlags(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"app.py": keyClientPy})
	indexes := func(d string) int {
		m, _ := filepath.Glob(filepath.Join(d, "index-*"))
		return len(m)
	}
	env := t.TempDir()
	t.Setenv("KEYLINT_CACHE_DIR", env)
	runKeylint(t, "--no-config", dir)
	if indexes(env) != 1 {
		t.Errorf("no index in $KEYLINT_CACHE_DIR after a default run")
	}
	flagDir := filepath.Join(t.TempDir(), "c")
	runKeylint(t, "--no-config", "--cache-dir", flagDir, dir)
	if indexes(flagDir) != 1 {
		t.Errorf("no index in --cache-dir")
	}
	none := filepath.Join(t.TempDir(), "none")
	res := runKeylint(t, "--no-config", "--no-cache", "--cache-dir", none, "--stats", dir)
	if _, err := os.Stat(none); err == nil || strings.Contains(res.stderr, "from the cache") {
		t.Errorf("--no-cache used a cache:\n%s", res.stderr)
	}
	if res.code != exitFindings {
		t.Errorf("--no-cache: exit %d, want %d", res.code, exitFindings)
	}
}
