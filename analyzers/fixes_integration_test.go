package analyzers_test

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// These tests run the real checkers on the fixed testdata (the .golden files): Python's
// compiler and TypeScript's type checker against the real openai and @azure/identity packages.
// They need python3 and the packages scripts/setup-tsc.sh installs, so they run with
// KEYLINT_INTEGRATION=1, which .ci/run sets after running that script; there a missing tool
// fails the test.

func integration(t *testing.T) {
	t.Helper()
	if os.Getenv("KEYLINT_INTEGRATION") != "1" {
		t.Skip("set KEYLINT_INTEGRATION=1 (after scripts/setup-tsc.sh) to check the rewrites with python3 and tsc")
	}
}

// goldens lists the fixed versions of testdata files under the given language directories.
func goldens(t *testing.T, langs ...string) []string {
	t.Helper()
	var out []string
	for _, lang := range langs {
		for _, pattern := range []string{"*.golden", filepath.Join("*", "*.golden")} {
			m, err := filepath.Glob(filepath.Join(testdataDir, lang, pattern))
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, m...)
		}
	}
	if len(out) == 0 {
		t.Fatalf("no goldens for %v", langs)
	}
	return out
}

// TestFixedPythonCompiles byte-compiles every fixed Python file, and the code cells of every
// fixed notebook.
func TestFixedPythonCompiles(t *testing.T) {
	integration(t)
	dir := t.TempDir()
	var files []string
	for i, g := range goldens(t, "python", "notebook") {
		body, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasSuffix(g, ".ipynb.golden") {
			body = notebookPython(t, g, body)
		}
		name := filepath.Join(dir, strings.NewReplacer(".py.golden", "", ".ipynb.golden", "").Replace(filepath.Base(g))+"_"+string(rune('a'+i%26))+".py")
		if err := os.WriteFile(name, body, 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, name)
	}
	out, err := exec.Command("python3", append([]string{"-m", "py_compile"}, files...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("python3 -m py_compile on %d fixed files: %v\n%s", len(files), err, out)
	}
	t.Logf("%d fixed Python files compile", len(files))
}

// TestFixedPythonDefinesItsNames runs pyflakes (Debian's python3-pyflakes, installed by
// scripts/setup-checkers.sh) on every Python file and notebook before and after fixing: a fix
// may leave no name undefined that was defined before (a missing import, a removed variable
// still in use). Testdata leaves some names undefined on purpose; those must stay the same.
func TestFixedPythonDefinesItsNames(t *testing.T) {
	integration(t)
	pyflakes, err := exec.LookPath("pyflakes3")
	if err != nil {
		t.Fatalf("pyflakes3 is not installed: run scripts/setup-checkers.sh (%v)", err)
	}
	dir := t.TempDir()
	gs := goldens(t, "python", "notebook")
	var files []string
	for i, g := range gs {
		orig := strings.TrimSuffix(g, ".golden")
		before, err := os.ReadFile(orig)
		if err != nil {
			t.Fatal(err)
		}
		after, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasSuffix(orig, ".ipynb") {
			before, after = notebookPython(t, orig, before), notebookPython(t, g, after)
		}
		for side, body := range map[string][]byte{"before": before, "after": after} {
			p := filepath.Join(dir, fmt.Sprintf("%s_%d.py", side, i))
			if err := os.WriteFile(p, body, 0o644); err != nil {
				t.Fatal(err)
			}
			files = append(files, p)
		}
	}
	out, _ := exec.Command(pyflakes, files...).CombinedOutput() // exit 1 when it reports anything
	undefined := map[string]map[string]bool{}                   // file -> names
	for _, line := range strings.Split(string(out), "\n") {
		file, _, _ := strings.Cut(line, ":")
		if i := strings.Index(line, "undefined name '"); i >= 0 {
			if undefined[filepath.Base(file)] == nil {
				undefined[filepath.Base(file)] = map[string]bool{}
			}
			undefined[filepath.Base(file)][strings.TrimSuffix(line[i+len("undefined name '"):], "'")] = true
		}
	}
	n := 0
	for i, g := range gs {
		was := undefined[fmt.Sprintf("before_%d.py", i)]
		for name := range undefined[fmt.Sprintf("after_%d.py", i)] {
			if !was[name] {
				t.Errorf("%s: the fix leaves %q undefined", g, name)
			}
		}
		n++
	}
	t.Logf("%d fixed Python files define every name they did", n)
}

// notebookPython joins a notebook's Python code cells, with IPython magics commented out.
func notebookPython(t *testing.T, path string, body []byte) []byte {
	var nb struct {
		Cells []struct {
			CellType string          `json:"cell_type"`
			Source   json.RawMessage `json:"source"`
			Metadata json.RawMessage `json:"metadata"`
		} `json:"cells"`
	}
	if err := json.Unmarshal(body, &nb); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var b strings.Builder
	for _, c := range nb.Cells {
		if c.CellType != "code" {
			continue
		}
		var lines []string
		if err := json.Unmarshal(c.Source, &lines); err != nil {
			var one string
			if err := json.Unmarshal(c.Source, &one); err != nil {
				t.Fatalf("%s: cell source: %v", path, err)
			}
			lines = []string{one}
		}
		src := strings.Join(lines, "")
		if strings.HasPrefix(src, "#!") && !strings.HasPrefix(src, "#!python") || strings.Contains(string(c.Metadata), "dotnet_interactive") {
			continue // another kernel's cell
		}
		for _, line := range strings.Split(src, "\n") {
			if t := strings.TrimSpace(line); strings.HasPrefix(t, "%") || strings.HasPrefix(t, "!") {
				line = "# " + line
			}
			b.WriteString(line + "\n")
		}
	}
	return []byte(b.String())
}

// TestFixedTypeScriptTypeChecks type-checks every fixed JavaScript and TypeScript file with
// tsc --noEmit (strict, checkJs) against the pinned real packages.
func TestFixedTypeScriptTypeChecks(t *testing.T) {
	integration(t)
	root, err := filepath.Abs("../.cache/tsc")
	if err != nil {
		t.Fatal(err)
	}
	tsc := filepath.Join(root, "node_modules", ".bin", "tsc")
	if _, err := os.Stat(tsc); err != nil {
		t.Fatalf("tsc is not installed: run scripts/setup-tsc.sh (%v)", err)
	}
	// The cases live inside the install so that module resolution finds node_modules.
	cases, err := os.MkdirTemp(root, "cases-")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(cases)
	var files []string
	for _, g := range goldens(t, "javascript", "typescript") {
		body, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(filepath.Dir(g)) + "_" + strings.TrimSuffix(filepath.Base(g), ".golden")
		if err := os.WriteFile(filepath.Join(cases, name), body, 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, name)
	}
	config := map[string]any{
		"compilerOptions": map[string]any{
			"noEmit": true, "allowJs": true, "checkJs": true, "strict": true, "skipLibCheck": true,
			"module": "nodenext", "moduleResolution": "nodenext", "target": "es2022", "types": []string{"node"},
		},
		"files": files,
	}
	cfg, _ := json.Marshal(config)
	if err := os.WriteFile(filepath.Join(cases, "tsconfig.json"), cfg, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(tsc, "-p", cases)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("tsc --noEmit on %d fixed files: %v\n%s", len(files), err, out)
	}
	t.Logf("%d fixed JavaScript/TypeScript files type-check", len(files))
}

// TestFixedJavaCompiles compiles every fixed Java file with javac against stub classes of the
// SDK types the rewrites use (analyzers/testdata/stubs/java: the signatures, with the
// credential overloads the rewrites rely on), beside its original: the fix may add no error.
// (Testdata may use classes without a stub; javac still checks everything else, so an error
// the original does not have is the fix's.) Maven Central is not reachable here, so the stubs
// stand in for the real jars; they are kept to the real signatures.
func TestFixedJavaCompiles(t *testing.T) {
	integration(t)
	javac, err := exec.LookPath("javac")
	if err != nil {
		t.Fatalf("javac is not installed (Debian: apt-get install default-jdk-headless): %v", err)
	}
	stubs, err := filepath.Abs(filepath.Join("testdata", "stubs", "java"))
	if err != nil {
		t.Fatal(err)
	}
	errRE := regexp.MustCompile(`(?m)^.*?:\d+: error: (.*)$`)
	compile := func(name string, body []byte) map[string]int {
		dir := t.TempDir()
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, body, 0o644); err != nil {
			t.Fatal(err)
		}
		out, _ := exec.Command(javac, "-proc:none", "-Xlint:none", "-Xmaxerrs", "10000", "-d", filepath.Join(dir, "classes"), "-sourcepath", stubs, p).CombinedOutput()
		errs := map[string]int{}
		for _, m := range errRE.FindAllStringSubmatch(string(out), -1) {
			errs[m[1]]++
		}
		return errs
	}
	n, clean := 0, 0
	for _, g := range goldens(t, "java") {
		before, err := os.ReadFile(strings.TrimSuffix(g, ".golden"))
		if err != nil {
			t.Fatal(err)
		}
		after, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(g), ".golden")
		was, now := compile(name, before), compile(name, after)
		for e, k := range now {
			if k > was[e] {
				t.Errorf("javac %s: the fix adds: %s", g, e)
			}
		}
		if len(now) == 0 {
			clean++
		}
		n++
	}
	if clean == 0 {
		t.Fatal("no fixed Java file compiles cleanly: the stubs no longer cover the testdata")
	}
	t.Logf("%d fixed Java files add no javac error (%d compile cleanly)", n, clean)
}

// TestFixedCSharpCompiles compiles every fixed C# file with mcs (Debian's mono-mcs, installed by
// scripts/setup-checkers.sh) against stub types of the Azure SDK (analyzers/testdata/stubs/
// csharp): where the original compiles cleanly, so must the fix. (mcs stops before checking
// method bodies once a type does not resolve, so only a clean original proves anything; and it
// reads C# up to about 7: top-level statements and target-typed new are out.) At least one
// file must be checked.
func TestFixedCSharpCompiles(t *testing.T) {
	integration(t)
	mcs, err := exec.LookPath("mcs")
	if err != nil {
		t.Fatalf("mcs is not installed: run scripts/setup-checkers.sh (%v)", err)
	}
	dir := t.TempDir()
	stubs := filepath.Join(dir, "stubs.dll")
	if out, err := exec.Command(mcs, "-target:library", "-out:"+stubs, filepath.Join("testdata", "stubs", "csharp", "Azure.cs")).CombinedOutput(); err != nil {
		t.Fatalf("stubs: %v\n%s", err, out)
	}
	errRE := regexp.MustCompile(`(?m)^.*?\(\d+,\d+\): error (CS\d+): (.*)$`)
	compile := func(name string, body []byte) (map[string]int, bool) {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, body, 0o644); err != nil {
			t.Fatal(err)
		}
		out, _ := exec.Command(mcs, "-target:library", "-out:"+p+".dll", "-r:"+stubs, p).CombinedOutput()
		errs := map[string]int{}
		for _, m := range errRE.FindAllStringSubmatch(string(out), -1) {
			errs[m[1]+" "+m[2]]++
		}
		return errs, len(errs) == 0
	}
	checked := 0
	for i, g := range goldens(t, "csharp") {
		before, err := os.ReadFile(strings.TrimSuffix(g, ".golden"))
		if err != nil {
			t.Fatal(err)
		}
		after, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		if was, _ := compile(fmt.Sprintf("before%d.cs", i), before); len(was) > 0 {
			continue
		}
		if now, _ := compile(fmt.Sprintf("after%d.cs", i), after); len(now) > 0 {
			t.Errorf("%s: the original compiles, the fixed file does not: %v", g, now)
		}
		checked++
	}
	if checked == 0 {
		t.Fatal("mcs could read none of the C# originals")
	}
	t.Logf("%d fixed C# files add no mcs error", checked)
}
