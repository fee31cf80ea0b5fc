package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/keylint/keylint/analyzers"
)

const sampleProject = "../../testdata/project/contoso-chat"

// TestSampleProjectFix is issue #6's "done when" on the sample project: keylint --fix ./...
// turns every key-based client into a keyless one, and a second scan finds only what has no
// safe automatic fix, each finding with its advice for doing it by hand. With
// KEYLINT_INTEGRATION=1 (.ci/run) the fixed project is also compiled: py_compile for the
// Python and the notebook, tsc for the TypeScript, go build for the Go gateway.
func TestSampleProjectFix(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "contoso-chat")
	if err := os.CopyFS(dir, os.DirFS(sampleProject)); err != nil {
		t.Fatal(err)
	}

	before := runKeylint(t, "--no-config", "--format", "json", dir+"/...")
	r := runKeylint(t, "--fix", "--no-config", "--format", "json", dir+"/...")
	if r.code != exitFindings {
		t.Fatalf("--fix: exit %d, stderr %s", r.code, r.stderr)
	}
	// 12 rewrites, and the 3 KL105 reads they remove (the same edits, counted for each finding).
	if !strings.Contains(r.stderr, "applied 15 fixes in 9 files") {
		t.Errorf("--fix summary: %q (before: %v)", r.stderr, jsonFindings(t, before.stdout))
	}

	// What is left: the .env key (KL201, and KL106 for its value) and the Bicep listKeys
	// (KL302). No key-based client or key header remains.
	var doc struct {
		Findings []struct {
			Rule, Path string
			Fixes      []any
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &doc); err != nil {
		t.Fatal(err)
	}
	var left []string
	for _, f := range doc.Findings {
		left = append(left, f.Rule+" "+filepath.Base(f.Path))
		if len(f.Fixes) > 0 {
			t.Errorf("%s in %s still offers a fix after --fix", f.Rule, f.Path)
		}
		if r := analyzers.ByID(f.Rule); r == nil || r.Manual == "" {
			t.Errorf("%s has no advice for doing it by hand", f.Rule)
		}
	}
	sort.Strings(left)
	want := []string{"KL106 .env", "KL201 .env", "KL302 main.bicep"}
	if strings.Join(left, ",") != strings.Join(want, ",") {
		t.Errorf("after --fix: %v, want %v", left, want)
	}
	// Each fixed file is its golden.
	err := filepath.WalkDir(sampleProject, func(p string, d os.DirEntry, err error) error {
		if err != nil || !strings.HasSuffix(p, ".golden") {
			return err
		}
		rel, _ := filepath.Rel(sampleProject, strings.TrimSuffix(p, ".golden"))
		want, _ := os.ReadFile(p)
		if got, _ := os.ReadFile(filepath.Join(dir, rel)); string(got) != string(want) {
			t.Errorf("%s after --fix differs from its golden", rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	text := runKeylint(t, "--no-config", dir+"/...")
	if n := strings.Count(text.stdout, "    help: "); n != len(want) {
		t.Errorf("%d help lines for %d findings without a fix:\n%s", n, len(want), text.stdout)
	}

	if os.Getenv("KEYLINT_INTEGRATION") != "1" {
		return
	}
	t.Run("python compiles", func(t *testing.T) {
		var files []string
		matches, _ := filepath.Glob(filepath.Join(dir, "app", "*.py"))
		files = append(files, matches...)
		out, err := exec.Command("python3", append([]string{"-m", "py_compile"}, files...)...).CombinedOutput()
		if err != nil {
			t.Fatalf("py_compile: %v\n%s", err, out)
		}
	})
	t.Run("typescript type-checks", func(t *testing.T) {
		root, _ := filepath.Abs("../../.cache/tsc")
		tsc := filepath.Join(root, "node_modules", ".bin", "tsc")
		cases, err := os.MkdirTemp(root, "project-")
		if err != nil {
			t.Fatal(err)
		}
		defer os.RemoveAll(cases)
		if err := os.CopyFS(filepath.Join(cases, "src"), os.DirFS(filepath.Join(dir, "web", "src"))); err != nil {
			t.Fatal(err)
		}
		cfg := `{"compilerOptions": {"noEmit": true, "strict": true, "skipLibCheck": true, "module": "nodenext",
			"moduleResolution": "nodenext", "target": "es2022", "types": ["node"]}, "include": ["src"]}`
		if err := os.WriteFile(filepath.Join(cases, "tsconfig.json"), []byte(cfg), 0o644); err != nil {
			t.Fatal(err)
		}
		if out, err := exec.Command(tsc, "-p", cases).CombinedOutput(); err != nil {
			t.Fatalf("tsc: %v\n%s", err, out)
		}
	})
	t.Run("go builds", func(t *testing.T) {
		gw := filepath.Join(dir, "gateway")
		for _, args := range [][]string{
			{"get", "github.com/openai/openai-go/v3@v3.96.0", "github.com/Azure/azure-sdk-for-go/sdk/azidentity@v1.15.0"},
			{"build", "./..."},
			{"vet", "./..."},
		} {
			cmd := exec.Command("go", args...)
			cmd.Dir = gw
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, out)
			}
		}
	})
}
