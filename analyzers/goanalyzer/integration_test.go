package goanalyzer_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// Pinned versions of the real SDKs the rewrites must compile against.
var realModules = []string{
	"github.com/openai/openai-go/v3@v3.96.0",
	"github.com/Azure/azure-sdk-for-go/sdk/azidentity@v1.15.0",
	"github.com/Azure/azure-sdk-for-go/sdk/ai/azopenai@v0.7.2",
}

// TestFixesBuildAgainstRealModules copies every test package that has a fix, with each file
// replaced by its .golden (the fixed version) where there is one, into a module that depends on the real
// openai-go v3, azidentity and azopenai, and runs go build: every keyless rewrite must compile.
// It downloads modules from the Go module proxy, so it runs only with KEYLINT_INTEGRATION=1
// (.ci/run sets it).
func TestFixesBuildAgainstRealModules(t *testing.T) {
	if os.Getenv("KEYLINT_INTEGRATION") != "1" {
		t.Skip("set KEYLINT_INTEGRATION=1 to build the rewrites against the real SDKs (needs the Go module proxy)")
	}
	mod := t.TempDir()
	write := func(name, content string) {
		p := filepath.Join(mod, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("go.mod", "module example.com/fixed\n\ngo 1.26\n")
	goldens := 0
	src := filepath.Join(testdata, "src")
	for _, rule := range []string{"KL101", "KL102", "KL104", "KL105", "KL106"} {
		err := filepath.WalkDir(filepath.Join(src, rule), func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(p, ".go") {
				return err
			}
			// Only the packages a fix rewrites: the others may import stubs of modules that do
			// not exist (example.com/azwrap), which the module proxy cannot serve.
			if goldens, _ := filepath.Glob(filepath.Join(filepath.Dir(p), "*.golden")); len(goldens) == 0 {
				return nil
			}
			body, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			if golden, err := os.ReadFile(p + ".golden"); err == nil {
				body = golden
				goldens++
			}
			rel, _ := filepath.Rel(src, p)
			write(rel, string(body))
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if goldens == 0 {
		t.Fatal("no .golden files found: nothing to build")
	}
	run := func(args ...string) {
		cmd := exec.Command("go", args...)
		cmd.Dir = mod
		cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	run(append([]string{"get"}, realModules...)...)
	run("mod", "tidy")
	run("build", "./...")
	run("vet", "./...")
	t.Logf("%d fixed files built and vetted against %s", goldens, strings.Join(realModules, ", "))
}
