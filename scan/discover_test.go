package scan

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

// writeTree creates files (slash paths relative to dir) with the given contents.
func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// listed runs discovery and returns the root-relative slash paths it would scan.
func listed(t *testing.T, cfg Config, root string) []string {
	t.Helper()
	out := make(chan job, 1024)
	var mu sync.Mutex // the walk reports from several goroutines
	var errs []FileError
	go func() {
		defer close(out)
		cfg.discover(context.Background(), out, func(fe FileError) { mu.Lock(); errs = append(errs, fe); mu.Unlock() })
	}()
	var got []string
	for j := range out {
		rel, err := filepath.Rel(root, j.path)
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, filepath.ToSlash(rel))
	}
	sort.Strings(got)
	mu.Lock()
	defer mu.Unlock()
	if len(errs) > 0 {
		t.Errorf("unexpected discovery errors: %v", errs)
	}
	return got
}

var treeFiles = map[string]string{
	"app.py":                     "x",
	"src/lib.py":                 "x",
	"src/gen/out.py":             "x",
	"build/artifact.py":          "x",
	"node_modules/pkg/index.py":  "x",
	"vendor/dep/dep.py":          "x",
	".venv/lib/site.py":          "x",
	"lib/site-packages/mod/m.py": "x",
	"docs/notes.md":              "x",
	"tests/fixtures/sample.py":   "x",
	".gitignore":                 "build/\n*.log\nsrc/gen/\n",
	".keylintignore":             "tests/fixtures/\n",
	"debug.log":                  "x",
}

var wantListed = []string{".gitignore", ".keylintignore", "app.py", "docs/notes.md", "src/lib.py"}

// nestedIgnores adds a .gitignore below the top to treeFiles.
var nestedIgnores = map[string]string{
	"src/.gitignore":      "*.tmp\n/local/\n",
	"src/x.tmp":           "x",
	"src/local/l.py":      "x",
	"src/deep/local/d.py": "x",
	"docs/x.tmp":          "x",
}

var wantNested = []string{".gitignore", ".keylintignore", "app.py", "docs/notes.md", "docs/x.tmp", "src/.gitignore", "src/deep/local/d.py", "src/lib.py"}

// TestDiscoverWalkHonoursIgnores: the walk applies each directory's .gitignore to what is
// below it, whether the root is written with a trailing slash or as ".".
func TestDiscoverWalkHonoursIgnores(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, treeFiles)
	got := listed(t, Config{Paths: []string{dir}}, dir)
	if strings.Join(got, " ") != strings.Join(wantListed, " ") {
		t.Errorf("walk listed %v\nwant %v", got, wantListed)
	}
	writeTree(t, dir, nestedIgnores)
	t.Chdir(dir)
	for _, root := range []string{dir, dir + "/", ".", "./"} {
		base := "."
		if strings.HasPrefix(root, dir) {
			base = dir
		}
		got = listed(t, Config{Paths: []string{root}}, base)
		if strings.Join(got, " ") != strings.Join(wantNested, " ") {
			t.Errorf("walk of %q listed %v\nwant %v", root, got, wantNested)
		}
	}
}

func TestDiscoverGitHonoursIgnores(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Fatal("git is required for this test: install it")
	}
	dir := t.TempDir()
	writeTree(t, dir, treeFiles)
	for _, args := range [][]string{{"init", "-q"}, {"add", "app.py"}} {
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	got := listed(t, Config{Paths: []string{dir}}, dir)
	if strings.Join(got, " ") != strings.Join(wantListed, " ") {
		t.Errorf("git listed %v\nwant %v", got, wantListed)
	}
}

func TestDiscoverGlobsAndExplicitFiles(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, treeFiles)
	tests := []struct {
		name string
		cfg  Config
		want []string
	}{
		{"include", Config{Paths: []string{dir}, Include: []string{"src/**"}}, []string{"src/lib.py"}},
		{"exclude", Config{Paths: []string{dir}, Exclude: []string{"**/*.md", ".*"}}, []string{"app.py", "src/lib.py"}},
		{"explicit ignored file is scanned", Config{Paths: []string{filepath.Join(dir, "build/artifact.py")}}, []string{"build/artifact.py"}},
		{"explicit file under node_modules", Config{Paths: []string{filepath.Join(dir, "node_modules/pkg/index.py")}}, []string{"node_modules/pkg/index.py"}},
		{"dot-dot-dot pattern", Config{Paths: []string{dir + "/...", filepath.Join(dir, "app.py")}}, wantListed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := listed(t, tt.cfg, dir)
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestRootOf(t *testing.T) {
	for arg, want := range map[string]string{
		".": ".", "./...": ".", "...": ".", "src/...": "src", "/...": "/", "src": "src", "a/b/...": "a/b",
	} {
		if got := rootOf(arg); got != want {
			t.Errorf("rootOf(%q) = %q, want %q", arg, got, want)
		}
	}
}

func TestSuppressionIDs(t *testing.T) {
	tests := map[string][]string{
		"[KL102] local dev":         {"KL102"},
		"[KL102, key-env-read] why": {"KL102", "key-env-read"},
		" reason":                   nil,
		"":                          nil,
		"[]":                        nil,
		"[KL102":                    nil,
	}
	for rest, want := range tests {
		if got := suppressionIDs(rest); strings.Join(got, ",") != strings.Join(want, ",") {
			t.Errorf("suppressionIDs(%q) = %v, want %v", rest, got, want)
		}
	}
}

func TestBundle(t *testing.T) {
	long := strings.Repeat("a", bundleLineLength+1)
	logo := `logo = "data:image/png;base64,` + strings.Repeat("iVBORw0KGgo", 20000/11) + `"`
	for name, tt := range map[string]struct {
		path, src string
		want      bool
	}{
		"min name":            {"dist/app.min.js", "x", true},
		"next build output":   {"web/.next/server/chunks/8cf11_openai._.js", "x", true},
		"nuxt build output":   {".nuxt/dist/server/server.mjs", "x", true},
		"a dot dir of source": {"web/.github/scripts/check.js", "x", false},
		"bundle line":         {"app.js", "a\n" + long + "\n", true},
		"bundle last line":    {"app.js", long, true},
		"normal":              {"app.js", strings.Repeat("const x = 1;\n", 5000), false},
		"exactly max":         {"app.js", strings.Repeat("a", bundleLineLength) + "\n", false},
		"embedded logo line":  {"app.py", "import os\n" + logo + "\nclient = 1\n", false},
	} {
		if got := bundle(tt.path, []byte(tt.src)); got != tt.want {
			t.Errorf("%s: bundle = %v, want %v", name, got, tt.want)
		}
	}
}

// TestParallelWalk: the walk over many directories on several goroutines lists every file once,
// and a scan cancelled mid-walk ends (no goroutine left blocked on the channel).
func TestParallelWalk(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(8))
	root := t.TempDir()
	var want []string
	files := map[string]string{}
	for d := 0; d < 60; d++ {
		for f := 0; f < 5; f++ {
			rel := fmt.Sprintf("d%02d/sub%d/f%d.py", d, f%2, f)
			files[rel] = "x = 1\n"
			want = append(want, rel)
		}
	}
	writeFiles(t, root, files)
	sort.Strings(want)
	for range 3 {
		if got := listed(t, Config{Paths: []string{root}}, root); !reflect.DeepEqual(got, want) {
			t.Fatalf("the walk listed %d files, want %d", len(got), len(want))
		}
	}

	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan job) // unbuffered: the walkers block on it until cancelled
	done := make(chan struct{})
	go func() {
		defer close(done)
		cfg := Config{Paths: []string{root}}
		cfg.discover(ctx, out, func(FileError) {})
	}()
	for range 10 {
		<-out
	}
	cancel()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("discover did not return after the scan was cancelled")
	}
}
