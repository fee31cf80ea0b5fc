package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"unicode/utf8"

	"github.com/keylint/keylint/analyzers"
)

// helperEnv makes the test binary act as keylint (see TestMain): tests that need a real
// process, with its own standard output, run themselves with the arguments JSON-encoded here.
const helperEnv = "KEYLINT_TEST_RUN_ARGS"

func TestMain(m *testing.M) {
	if enc := os.Getenv(helperEnv); enc != "" {
		var args []string
		if err := json.Unmarshal([]byte(enc), &args); err != nil {
			os.Stderr.WriteString("bad " + helperEnv + ": " + err.Error() + "\n")
			os.Exit(99)
		}
		os.Exit(run(context.Background(), args, os.Stdout, os.Stderr))
	}
	// The result cache is on by default: the tests share a fresh one, never the user's.
	cache, err := os.MkdirTemp("", "keylint-test-cache-")
	if err != nil {
		os.Stderr.WriteString(err.Error() + "\n")
		os.Exit(99)
	}
	os.Setenv("KEYLINT_CACHE_DIR", cache)
	code := m.Run()
	os.RemoveAll(cache)
	os.Exit(code)
}

// Python sources the tests reuse.
const (
	// KL102 on line 3.
	keyClientPy = "import os\nfrom openai import AzureOpenAI\n" +
		"client = AzureOpenAI(api_key=os.environ[\"AZURE_OPENAI_API_KEY\"], azure_endpoint=e)\n"
	// KL107 (a warning) on line 2, and nothing else.
	implicitPy = "from openai import AzureOpenAI\nclient = AzureOpenAI(api_version=\"x\")\n"
	// KL105 (a warning) on line 2.
	envReadPy = "import os\nkey = os.getenv(\"AZURE_OPENAI_API_KEY\")\n"
	cleanPy   = "import os\n\nprint(os.getcwd())\n"
)

type result struct {
	code           int
	stdout, stderr string
}

func runKeylint(t *testing.T, args ...string) result {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), args, &stdout, &stderr)
	r := result{code: code, stdout: stdout.String(), stderr: stderr.String()}
	if strings.Contains(r.stderr, "internal error") {
		t.Errorf("keylint %q panicked: %s", args, r.shortStderr())
		r.stderr = r.shortStderr() // keep later messages readable
	}
	return r
}

// shortStderr is stderr without a panic's stack trace.
func (r result) shortStderr() string {
	if i := strings.Index(r.stderr, "\ngoroutine "); i >= 0 {
		return r.stderr[:i] + " [stack trimmed]"
	}
	return r.stderr
}

// writeTree creates files (slash-separated relative paths) under dir.
func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func newTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	writeTree(t, dir, files)
	return dir
}

// jsonFindings parses a json-format report into "file:line RULE severity" per finding,
// with file the base name.
func jsonFindings(t *testing.T, out string) []string {
	t.Helper()
	var doc struct {
		Findings []struct {
			Rule, Severity, Path string
			Start                struct{ Line int }
		}
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("stdout is not a JSON report: %v\n%s", err, out)
	}
	got := []string{}
	for _, f := range doc.Findings {
		got = append(got, filepath.Base(f.Path)+":"+strconv.Itoa(f.Start.Line)+" "+f.Rule+" "+f.Severity)
	}
	sort.Strings(got)
	return got
}

func TestExitCodes(t *testing.T) {
	for _, tc := range []struct {
		name       string
		files      map[string]string
		flags      []string
		want       int
		wantStdout string // substring; "" means stdout must be empty
	}{
		{"clean tree", map[string]string{"ok.py": cleanPy, "README.md": "# hello\n"}, nil, exitClean, ""},
		{"api key", map[string]string{"app.py": keyClientPy}, nil, exitFindings, "KL102"},
		{"warning only, default fail-on", map[string]string{"app.py": implicitPy}, nil, exitFindings, "KL107"},
		{"warning only, fail-on error", map[string]string{"app.py": implicitPy}, []string{"--fail-on", "error"}, exitClean, "KL107"},
		{"error, fail-on error", map[string]string{"app.py": keyClientPy}, []string{"--fail-on", "error"}, exitFindings, "KL102"},
		{"fail-on never", map[string]string{"app.py": keyClientPy}, []string{"--fail-on", "never"}, exitClean, "KL102"},
		{"fail-on info", map[string]string{"app.py": implicitPy}, []string{"--fail-on", "info"}, exitFindings, "KL107"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := newTree(t, tc.files)
			r := runKeylint(t, append(append([]string{"--no-config"}, tc.flags...), dir)...)
			if r.code != tc.want {
				t.Errorf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", r.code, tc.want, r.stdout, r.stderr)
			}
			if tc.wantStdout == "" && r.stdout != "" {
				t.Errorf("stdout = %q, want nothing", r.stdout)
			}
			if !strings.Contains(r.stdout, tc.wantStdout) {
				t.Errorf("stdout lacks %q:\n%s", tc.wantStdout, r.stdout)
			}
			if r.stderr != "" {
				t.Errorf("stderr = %q, want nothing", r.stderr)
			}
		})
	}
}

func TestUsageErrors(t *testing.T) {
	dir := newTree(t, map[string]string{"app.py": keyClientPy})
	for _, tc := range []struct {
		name       string
		args       []string
		wantStderr string
	}{
		{"unknown flag", []string{"--bogus", dir}, "bogus"},
		{"unknown flag after path", []string{dir, "--bogus"}, "bogus"},
		{"bad format", []string{"--format", "xml", dir}, "--format"},
		{"bad fail-on", []string{"--fail-on", "sometimes", dir}, "--fail-on"},
		{"fail-on off is not a threshold", []string{"--fail-on", "off", dir}, "--fail-on"},
		{"bad color", []string{"--color", "rainbow", dir}, "--color"},
		{"bad max-file-size", []string{"--max-file-size", "huge", dir}, "--max-file-size"},
		{"missing flag value", []string{dir, "--format"}, "format"},
		{"bad shard", []string{"--shard", "3/2", dir}, "--shard"},
		{"shard zero", []string{"--shard", "0/2", dir}, "--shard"},
		{"empty path", []string{""}, `empty path argument ("")`},
		{"mistyped command", []string{"histroy"}, `"histroy" is neither a file nor a command`},
		{"bad exclude glob", []string{"--exclude", "[", dir}, `invalid glob "["`},
		{"bad include glob", []string{"--include", "src/[a-", dir}, `invalid glob "src/[a-"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := runKeylint(t, append([]string{"--no-config"}, tc.args...)...)
			if r.code != exitError {
				t.Errorf("exit %d, want %d (stderr %q)", r.code, exitError, r.stderr)
			}
			if !strings.Contains(r.stderr, tc.wantStderr) {
				t.Errorf("stderr %q does not mention %q", r.stderr, tc.wantStderr)
			}
			if r.stdout != "" {
				t.Errorf("stdout = %q, want nothing on a usage error", r.stdout)
			}
		})
	}
}

func TestHelpAndVersion(t *testing.T) {
	for _, tc := range []struct {
		args       []string
		wantStdout string
	}{
		{[]string{"help"}, "Usage:"},
		{[]string{"--help"}, "Usage:"},
		{[]string{"version"}, "keylint "},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			r := runKeylint(t, tc.args...)
			if r.code != exitClean || !strings.Contains(r.stdout, tc.wantStdout) {
				t.Errorf("exit %d, stdout %q; want 0 and %q", r.code, r.stdout, tc.wantStdout)
			}
		})
	}
}

func TestFlagsAfterPaths(t *testing.T) {
	dir := newTree(t, map[string]string{"app.py": keyClientPy})
	for _, args := range [][]string{
		{dir, "--format", "json", "--no-config"},
		{"--no-config", dir, "--format=json"},
		{"--format", "json", "--no-config", "--", dir},
	} {
		t.Run(strings.Join(args[1:], " "), func(t *testing.T) {
			r := runKeylint(t, args...)
			if r.code != exitFindings {
				t.Fatalf("exit %d, want 1; stderr %q", r.code, r.stderr)
			}
			got := jsonFindings(t, r.stdout)
			if want := []string{"app.py:3 KL102 error"}; !equal(got, want) {
				t.Errorf("findings %q, want %q", got, want)
			}
		})
	}
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestConfig(t *testing.T) {
	files := map[string]string{
		"sub/deep/implicit.py": implicitPy,
		"sub/deep/env.py":      envReadPy,
	}
	defaults := []string{"env.py:2 KL105 warning", "implicit.py:2 KL107 warning"}
	for _, tc := range []struct {
		name string
		// config is written to <root>/.keylint.yaml unless elsewhere is set, then to a separate
		// directory and passed with --config.
		config    string
		elsewhere bool
		// scan is the path scanned, relative to the tree root.
		scan  string
		extra []string
		want  int
		// wantFindings is checked when the exit code is not 2.
		wantFindings []string
		// wantStderr are substrings; "$CONFIG" is the config file's path.
		wantStderr []string
	}{
		{
			name: "no config", scan: "sub", want: exitFindings, wantFindings: defaults,
		},
		{
			name: "unknown key", config: "rules:\n  KL107: off\nbogus: true\n", scan: "sub",
			want: exitError, wantStderr: []string{"$CONFIG:3:", "bogus"},
		},
		{
			name: "bad severity", config: "rules:\n  KL102: error\n  KL105: loud\n", scan: "sub",
			want: exitError, wantStderr: []string{"$CONFIG:3:", "loud"},
		},
		{
			name: "unknown rule", config: "# comment\nrules:\n  KL999: error\n", scan: "sub",
			want: exitError, wantStderr: []string{"$CONFIG:3:", "KL999"},
		},
		{
			name: "invalid yaml", config: "rules:\n  KL105: [error\n", scan: "sub",
			want: exitError, wantStderr: []string{"$CONFIG:"},
		},
		{
			name: "rule off", config: "rules: {KL107: off}\n", scan: "sub",
			want: exitFindings, wantFindings: []string{"env.py:2 KL105 warning"},
		},
		{
			name: "rule off by name", config: "rules:\n  implicit-env-key: off\n", scan: "sub",
			want: exitFindings, wantFindings: []string{"env.py:2 KL105 warning"},
		},
		{
			name: "severity raised", config: "rules: {KL105: error}\n", scan: "sub",
			want: exitFindings, wantFindings: []string{"env.py:2 KL105 error", "implicit.py:2 KL107 warning"},
		},
		{
			name: "severity lowered below fail-on", config: "rules: {KL105: info, KL107: info}\n", scan: "sub",
			want: exitClean, wantFindings: []string{"env.py:2 KL105 info", "implicit.py:2 KL107 info"},
		},
		{
			name: "fail-on in config", config: "fail-on: error\n", scan: "sub",
			want: exitClean, wantFindings: defaults,
		},
		{
			name: "flag overrides config fail-on", config: "fail-on: error\n", scan: "sub", extra: []string{"--fail-on", "warning"},
			want: exitFindings, wantFindings: defaults,
		},
		{
			name: "found from the scan root upward", config: "rules: {KL107: off}\n", scan: "sub/deep",
			want: exitFindings, wantFindings: []string{"env.py:2 KL105 warning"},
		},
		{
			name: "found upward from a file argument", config: "rules: {KL107: off}\n", scan: "sub/deep/implicit.py",
			want: exitClean, wantFindings: []string{},
		},
		{
			name: "explicit --config", config: "rules: {KL105: off}\n", elsewhere: true, scan: "sub",
			want: exitFindings, wantFindings: []string{"implicit.py:2 KL107 warning"},
		},
		{
			name: "explicit --config with an error", config: "fail-on: sometimes\n", elsewhere: true, scan: "sub",
			want: exitError, wantStderr: []string{"$CONFIG:1:", "sometimes"},
		},
		{
			name: "--no-config ignores a broken config", config: "bogus: true\n", scan: "sub", extra: []string{"--no-config"},
			want: exitFindings, wantFindings: defaults,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := newTree(t, files)
			args := []string{"--format", "json"}
			var cfgPath string
			if tc.config != "" {
				if tc.elsewhere {
					cfgPath = filepath.Join(t.TempDir(), "keylint-config.yaml")
					args = append(args, "--config", cfgPath)
				} else {
					cfgPath = filepath.Join(root, ".keylint.yaml")
				}
				if err := os.WriteFile(cfgPath, []byte(tc.config), 0o644); err != nil {
					t.Fatal(err)
				}
			} else {
				args = append(args, "--no-config")
			}
			args = append(append(args, tc.extra...), filepath.Join(root, filepath.FromSlash(tc.scan)))
			r := runKeylint(t, args...)
			if r.code != tc.want {
				t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", r.code, tc.want, r.stdout, r.stderr)
			}
			for _, w := range tc.wantStderr {
				w = strings.ReplaceAll(w, "$CONFIG", cfgPath)
				if !strings.Contains(r.stderr, w) {
					t.Errorf("stderr %q lacks %q", r.stderr, w)
				}
			}
			if tc.want == exitError {
				if r.stdout != "" {
					t.Errorf("stdout = %q on a config error", r.stdout)
				}
				return
			}
			if got := jsonFindings(t, r.stdout); !equal(got, tc.wantFindings) {
				t.Errorf("findings %q, want %q", got, tc.wantFindings)
			}
		})
	}
}

func TestConfigMissingExplicit(t *testing.T) {
	dir := newTree(t, map[string]string{"app.py": keyClientPy})
	missing := filepath.Join(t.TempDir(), "nope.yaml")
	r := runKeylint(t, "--config", missing, dir)
	if r.code != exitError || !strings.Contains(r.stderr, missing) {
		t.Errorf("exit %d, stderr %q; want 2 naming %s", r.code, r.stderr, missing)
	}
}

func TestSuppressions(t *testing.T) {
	const head = "import os\nfrom openai import AzureOpenAI\n"
	const client = `client = AzureOpenAI(api_key=os.environ["AZURE_OPENAI_API_KEY"], azure_endpoint=e)`
	for _, tc := range []struct {
		name string
		src  string
		want []string
	}{
		{"none", head + client + "\n", []string{"app.py:3 KL102 error"}},
		{"same line", head + client + "  # keylint:ignore[KL102] local docker dev only\n", []string{}},
		{"line above", head + "# keylint:ignore[KL102] local docker dev only\n" + client + "\n", []string{}},
		{"two lines above is too far", head + "# keylint:ignore[KL102]\n\n" + client + "\n", []string{"app.py:5 KL102 error"}},
		{"other rule", head + client + "  # keylint:ignore[KL105]\n", []string{"app.py:3 KL102 error"}},
		{"other rule above", head + "# keylint:ignore[KL105] not this one\n" + client + "\n", []string{"app.py:4 KL102 error"}},
		{"list of rules", head + client + "  # keylint:ignore[KL105,KL102]\n", []string{}},
		{"rule name", head + client + "  # keylint:ignore[client-api-key]\n", []string{}},
		{"bare marker", head + client + "  # keylint:ignore\n", []string{}},
		{"bare marker with reason", head + "# keylint:ignore generated sample\n" + client + "\n", []string{}},
		{"spaces around the colon", head + client + "  # keylint: ignore[KL102] written like # type: ignore\n", []string{}},
		{"space before the colon, line above", head + "# keylint : ignore\n" + client + "\n", []string{}},
		{"marker in a string", head + `client = AzureOpenAI(api_key=os.environ["AZURE_OPENAI_API_KEY"], azure_endpoint="keylint:ignore")` + "\n",
			[]string{"app.py:3 KL102 error"}},
		{"marker in a string after a hash", head + `client = AzureOpenAI(api_key=os.environ["AZURE_OPENAI_API_KEY"], azure_endpoint="#keylint:ignore")` + "\n",
			[]string{"app.py:3 KL102 error"}},
		{"marker in a string on the line above", head + `note = "# keylint:ignore"` + "\n" + client + "\n",
			[]string{"app.py:4 KL102 error"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := newTree(t, map[string]string{"app.py": tc.src})
			r := runKeylint(t, "--no-config", "--format", "json", dir)
			got := jsonFindings(t, r.stdout)
			if !equal(got, tc.want) {
				t.Errorf("findings %q, want %q\nsource:\n%s", got, tc.want, tc.src)
			}
			wantCode := exitClean
			if len(tc.want) > 0 {
				wantCode = exitFindings
			}
			if r.code != wantCode {
				t.Errorf("exit %d, want %d", r.code, wantCode)
			}
		})
	}
}

func TestOutputFile(t *testing.T) {
	tree := newTree(t, map[string]string{"app.py": keyClientPy})
	for _, format := range []string{"text", "json"} {
		t.Run(format, func(t *testing.T) {
			// What stdout gets, to compare the file with.
			direct := runKeylint(t, "--no-config", "--format", format, tree)

			outDir := t.TempDir()
			out := filepath.Join(outDir, "report."+format)
			// An existing file is replaced, not appended to or partly overwritten.
			if err := os.WriteFile(out, bytes.Repeat([]byte("stale report\n"), 500), 0o600); err != nil {
				t.Fatal(err)
			}
			r := runKeylint(t, "--no-config", "--format", format, "--output", out, tree)
			if r.code != exitFindings {
				t.Fatalf("exit %d, want 1; stderr %q", r.code, r.stderr)
			}
			if r.stdout != "" {
				t.Errorf("stdout = %q with --output, want nothing", r.stdout)
			}
			got, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			if a, b := normalizeReport(t, format, string(got)), normalizeReport(t, format, direct.stdout); a != b {
				t.Errorf("file content differs from the stdout report:\nfile:\n%s\nstdout:\n%s", a, b)
			}
			if !strings.Contains(string(got), "KL102") {
				t.Errorf("report file lacks the finding:\n%s", got)
			}
			info, err := os.Stat(out)
			if err != nil {
				t.Fatal(err)
			}
			if !info.Mode().IsRegular() || info.Mode().Perm()&0o044 != 0o044 {
				t.Errorf("report file mode %v, want a regular, readable file", info.Mode())
			}
			entries, err := os.ReadDir(outDir)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range entries {
				if strings.HasPrefix(e.Name(), ".keylint-report-") {
					t.Errorf("temporary file %s left behind", e.Name())
				}
			}
			if len(entries) != 1 {
				var names []string
				for _, e := range entries {
					names = append(names, e.Name())
				}
				t.Errorf("output directory holds %q, want only %s", names, filepath.Base(out))
			}
		})
	}
	t.Run("missing directory", func(t *testing.T) {
		out := filepath.Join(t.TempDir(), "no", "such", "dir", "report.json")
		r := runKeylint(t, "--no-config", "--format", "json", "--output", out, tree)
		if r.code != exitError || !strings.Contains(r.stderr, "--output") {
			t.Errorf("exit %d, stderr %q; want 2 and an --output error", r.code, r.stderr)
		}
	})
}

// normalizeReport removes what differs between two runs (the JSON report's scan time).
func normalizeReport(t *testing.T, format, out string) string {
	t.Helper()
	if format != "json" {
		return out
	}
	var doc map[string]any
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("not a JSON report: %v\n%s", err, out)
	}
	stats, ok := doc["stats"].(map[string]any)
	if !ok {
		t.Fatalf("JSON report without stats:\n%s", out)
	}
	stats["seconds"] = 0
	b, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestOutputDevStdout runs keylint as its own process and checks that --output naming its
// standard output writes the report there, whether stdout is a pipe (CI logs, `| tee`) or a
// file (`> report.sarif`).
//
// The file case uses /dev/fd/1, not /dev/stdout: when that is mishandled as a regular file, the
// temp-file-and-rename path is tried in the link's directory, and in /dev a root user could
// replace /dev/stdout itself; /dev/fd cannot hold new files, so the test stays harmless.
func TestOutputDevStdout(t *testing.T) {
	tree := newTree(t, map[string]string{"app.py": keyClientPy})
	for _, tc := range []struct {
		name, target string
		toFile       bool
	}{
		{"dev-stdout to a pipe", "/dev/stdout", false},
		{"dev-fd-1 to a pipe", "/dev/fd/1", false},
		{"dev-fd-1 to a file", "/dev/fd/1", true},
	} {
		for _, format := range []string{"text", "json"} {
			t.Run(tc.name+"/"+format, func(t *testing.T) {
				if _, err := os.Stat(tc.target); err != nil {
					t.Fatalf("this test needs %s: %v", tc.target, err)
				}
				args, _ := json.Marshal([]string{"--no-config", "--format", format, "--output", tc.target, tree})
				cmd := exec.Command(os.Args[0], "-test.run=^$")
				cmd.Env = append(os.Environ(), helperEnv+"="+string(args))
				var stdout, stderr bytes.Buffer
				cmd.Stdout, cmd.Stderr = &stdout, &stderr // exec connects a pipe
				var outFile string
				if tc.toFile {
					outFile = filepath.Join(t.TempDir(), "report.out")
					f, err := os.Create(outFile)
					if err != nil {
						t.Fatal(err)
					}
					defer f.Close()
					cmd.Stdout = f // the child's fd 1 is the file itself
				}
				err := cmd.Run()
				code := 0
				var exitErr *exec.ExitError
				if errors.As(err, &exitErr) {
					code = exitErr.ExitCode()
				} else if err != nil {
					t.Fatal(err)
				}
				got := stdout.Bytes()
				if tc.toFile {
					if got, err = os.ReadFile(outFile); err != nil {
						t.Fatal(err)
					}
				}
				if code != exitFindings {
					t.Errorf("exit %d, want 1; stderr %q", code, stderr.String())
				}
				if !bytes.Contains(got, []byte("KL102")) {
					t.Errorf("standard output lacks the report: %q", got)
				}
				if format == "json" && !json.Valid(got) {
					t.Errorf("standard output is not one JSON document: %q", got)
				}
			})
		}
	}
}

func TestRules(t *testing.T) {
	markdown, err := os.ReadFile("../../docs/RULES.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name       string
		args       []string
		want       int
		check      func(t *testing.T, stdout string)
		wantStderr string
	}{
		{name: "list", args: []string{"rules"}, want: exitClean, check: func(t *testing.T, out string) {
			for _, id := range []string{"KL101", "KL102", "KL103", "KL104", "KL105", "KL106", "KL107"} {
				if !strings.Contains(out, "\n"+id+" ") {
					t.Errorf("rule list lacks a row for %s:\n%s", id, out)
				}
			}
			for _, r := range analyzers.All() {
				if !strings.Contains(out, r.Name) || !strings.Contains(out, r.Summary) {
					t.Errorf("rule list lacks %s's name or summary", r.ID)
				}
			}
		}},
		{name: "one rule", args: []string{"rules", "KL102"}, want: exitClean, check: func(t *testing.T, out string) {
			for _, w := range []string{"KL102 client-api-key (error)", "Bad", "Good", "api_key=", "azure_ad_token_provider", "More: https://"} {
				if !strings.Contains(out, w) {
					t.Errorf("KL102 doc lacks %q:\n%s", w, out)
				}
			}
		}},
		{name: "unknown rule", args: []string{"rules", "KL999"}, want: exitError, wantStderr: "KL999", check: func(t *testing.T, out string) {
			if out != "" {
				t.Errorf("stdout = %q for an unknown rule", out)
			}
		}},
		{name: "markdown is docs/RULES.md", args: []string{"rules", "--markdown"}, want: exitClean, check: func(t *testing.T, out string) {
			if out != string(markdown) {
				t.Errorf("docs/RULES.md is stale: regenerate it with `go run ./cmd/keylint rules --markdown > docs/RULES.md`")
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := runKeylint(t, tc.args...)
			if r.code != tc.want {
				t.Errorf("exit %d, want %d; stderr %q", r.code, tc.want, r.stderr)
			}
			if tc.wantStderr != "" && !strings.Contains(r.stderr, tc.wantStderr) {
				t.Errorf("stderr %q lacks %q", r.stderr, tc.wantStderr)
			}
			tc.check(t, r.stdout)
		})
	}
	// Every rule's page has its summary and a bad and a good example.
	for _, rule := range analyzers.All() {
		t.Run("doc "+rule.ID, func(t *testing.T) {
			r := runKeylint(t, "rules", rule.ID)
			if r.code != exitClean {
				t.Fatalf("exit %d; stderr %q", r.code, r.stderr)
			}
			for _, w := range []string{rule.ID + " " + rule.Name, rule.Summary, "\nBad (", "\nGood:", rule.HelpURI} {
				if !strings.Contains(r.stdout, w) {
					t.Errorf("`keylint rules %s` lacks %q", rule.ID, w)
				}
			}
		})
	}
}

// TestMissingPathFails: a path that does not exist (a typo in CI) is reported and fails the
// run, while the other paths are still scanned and reported.
func TestMissingPathFails(t *testing.T) {
	dir := newTree(t, map[string]string{"app.py": keyClientPy})
	missing := filepath.Join(dir, "no", "such", "path")
	r := runKeylint(t, "--no-config", missing, dir)
	if r.code != exitError {
		t.Errorf("exit %d, want 2\nstderr:\n%s", r.code, r.stderr)
	}
	if !strings.Contains(r.stderr, filepath.ToSlash(missing)+": no such file or directory") {
		t.Errorf("stderr does not name the missing path:\n%s", r.stderr)
	}
	if !strings.Contains(r.stdout, "KL102") {
		t.Errorf("the existing path was not scanned:\n%s", r.stdout)
	}
}

// TestSpecialFilesNamedAreSkippedAloud: a FIFO named on the command line is not read (it would
// block) and says so on stderr; it is a documented skip, so the exit code is the findings'.
func TestSpecialFilesNamedAreSkippedAloud(t *testing.T) {
	dir := newTree(t, map[string]string{"app.py": keyClientPy})
	fifo := filepath.Join(dir, "pipe.py")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	r := runKeylint(t, "--no-config", fifo, filepath.Join(dir, "app.py"))
	if r.code != exitFindings {
		t.Errorf("exit %d, want 1\nstderr:\n%s", r.code, r.stderr)
	}
	if want := filepath.ToSlash(fifo) + ": skipped: not a regular file (a named pipe)"; !strings.Contains(r.stderr, want) {
		t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
	}
}

// TestBinarySkipsSummarized: binary files found by the walk are counted in one stderr line,
// not listed one by one, and do not change the exit code.
func TestBinarySkipsSummarized(t *testing.T) {
	dir := newTree(t, map[string]string{"app.py": keyClientPy, "logo.png": "\x89PNG\x00\x00", "blob.bin": "a\x00b"})
	r := runKeylint(t, "--no-config", dir)
	if r.code != exitFindings {
		t.Errorf("exit %d, want 1\nstderr:\n%s", r.code, r.stderr)
	}
	if want := "keylint: skipped 2 binary files found by the walk"; !strings.HasPrefix(r.stderr, want) || strings.Count(r.stderr, "\n") != 1 {
		t.Errorf("stderr = %q, want one line starting %q", r.stderr, want)
	}
}

// TestBadInputKeepsGoing scans a tree full of files that cannot be checked next to one real
// finding: the scan goes on, each problem is one stderr line naming its file, the finding is
// still reported, and the truncated notebook (the one file that could not be checked, the
// others being documented skips) makes the run fail with exit 2 and a summary line.
func TestBadInputKeepsGoing(t *testing.T) {
	dir := t.TempDir()
	const pad = "x = 1  # padding padding padding padding padding\n"
	big := "# generated\n" + strings.Repeat(pad, 3<<20/len(pad)+1) +
		"client = AzureOpenAI(api_key=os.environ[\"AZURE_OPENAI_API_KEY\"])\n"
	if len(big) <= 3<<20 {
		t.Fatalf("big file is %d bytes, want over 3 MiB", len(big))
	}
	writeTree(t, dir, map[string]string{
		// NUL bytes: binary, even though it is named .py and would have a finding.
		"binary.py": "import os\x00\x01\x02\nfrom openai import AzureOpenAI\n" +
			"client = AzureOpenAI(api_key=os.environ[\"AZURE_OPENAI_API_KEY\"])\n",
		// Invalid UTF-8 on and around the line of a real finding.
		"latin1.py": "# caf\xe9 \xff\xfe\nimport os\nfrom openai import AzureOpenAI\n" +
			"client = AzureOpenAI(api_key=os.environ[\"AZURE_OPENAI_API_KEY\"], azure_endpoint=e)  # r\xe9sum\xe9\n",
		"big.py": big,
		// A notebook cut off mid-file; whole, it would have a KL102.
		"truncated.ipynb": `{"cells": [{"cell_type": "code", "metadata": {}, "outputs": [], "source": ["from openai import AzureOpenAI\n", "c = AzureOpenAI(api_key=\"x\"`,
	})
	if err := os.Symlink("loop_b", filepath.Join(dir, "loop_a")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("loop_a", filepath.Join(dir, "loop_b")); err != nil {
		t.Fatal(err)
	}

	for _, format := range []string{"text", "json"} {
		t.Run(format, func(t *testing.T) {
			r := runKeylint(t, "--no-config", "--format", format, dir)
			if r.code != exitError {
				t.Errorf("exit %d, want 2\nstderr:\n%s", r.code, r.stderr)
			}
			if !utf8.ValidString(r.stdout) {
				t.Errorf("stdout is not valid UTF-8: %q", r.stdout)
			}
			if format == "json" {
				if got, want := jsonFindings(t, r.stdout), []string{"latin1.py:4 KL102 error"}; !equal(got, want) {
					t.Errorf("findings %q, want %q", got, want)
				}
			} else if !strings.Contains(r.stdout, "latin1.py:4:") || !strings.Contains(r.stdout, "1 finding (1 error)") {
				t.Errorf("text report lacks the latin1.py finding:\n%s", r.stdout)
			}

			lines := strings.Split(strings.TrimRight(r.stderr, "\n"), "\n")
			problems := []struct{ file, what string }{
				{"binary.py", "binary"},
				{"big.py", "size cap"},
				{"truncated.ipynb", "notebook"},
				{"loop_a", "symlink loop"},
				{"loop_b", "symlink loop"},
			}
			for _, p := range problems {
				name := filepath.ToSlash(filepath.Join(dir, p.file)) + ":"
				var hits []string
				for _, l := range lines {
					if strings.Contains(l, name) {
						hits = append(hits, l)
					}
				}
				if len(hits) != 1 {
					t.Errorf("%s: %d stderr lines, want exactly 1:\n%s", p.file, len(hits), r.stderr)
					continue
				}
				if !strings.HasPrefix(hits[0], "keylint: ") || !strings.Contains(hits[0], p.what) {
					t.Errorf("%s: stderr line %q, want \"keylint: <path>: ...%s...\"", p.file, hits[0], p.what)
				}
			}
			if len(lines) != len(problems)+1 {
				t.Errorf("%d stderr lines, want %d (one per problem and the summary):\n%s", len(lines), len(problems)+1, r.stderr)
			} else if last := lines[len(lines)-1]; last != "keylint: 1 file could not be checked (see above); the scan is incomplete" {
				t.Errorf("last stderr line %q, want the could-not-be-checked summary", last)
			}
			if strings.Contains(r.stderr, "latin1.py") {
				t.Errorf("latin1.py is readable and must not be reported as a problem:\n%s", r.stderr)
			}
		})
	}
}

// TestSecretsNeverPrinted checks every format for full secrets; each may show only the first
// four characters and "…".
func TestSecretsNeverPrinted(t *testing.T) {
	const (
		hexKey    = "0123456789abcdef0123456789abcdef"
		otherHex  = "9f8e7d6c5b4a39281706f5e4d3c2b1a0" // a hex key no rule doc quotes
		aiKey     = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJQQJ99BCAAAAAAAAAAAAAAAAACOG3iHz"
		openAIKey = "sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zT3BlbkFJAb3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z"
	)
	secrets := []string{hexKey, otherHex, aiKey, openAIKey}
	dir := newTree(t, map[string]string{
		"settings.py": "from openai import AzureOpenAI\n" +
			"api_key = \"" + hexKey + "\"\n" +
			"client = AzureOpenAI(api_key=\"" + otherHex + "\", azure_endpoint=e)\n" +
			"# Azure AI services key for the demo: " + aiKey + "\n" +
			"OPENAI_KEY = \"" + openAIKey + "\"\n",
		"deploy.txt": "AZURE_OPENAI_API_KEY=" + aiKey + "\nOPENAI_API_KEY=" + openAIKey + "\n",
	})
	for _, format := range []string{"text", "json", "sarif"} {
		t.Run(format, func(t *testing.T) {
			r := runKeylint(t, "--no-config", "--format", format, dir)
			if r.code != exitFindings {
				t.Errorf("exit %d, want 1; stderr %q", r.code, r.stderr)
			}
			out := r.stdout
			// The user's data is everything but the rule catalog: in SARIF, the KL106 help quotes
			// the synthetic key 0123456789abcdef0123456789abcdef as its "Bad" example.
			userData := out
			if format == "sarif" {
				userData = withoutSARIFTool(t, out)
			}
			for _, s := range secrets {
				if strings.Contains(userData, s) {
					t.Errorf("%s output prints the full secret %s", format, s)
				}
				if s != hexKey && strings.Contains(out, s) {
					t.Errorf("%s output prints the full secret %s", format, s)
				}
				if !strings.Contains(out, s[:4]+"…") {
					t.Errorf("%s output lacks the redacted form %q", format, s[:4]+"…")
				}
			}
			// Not even a long piece of a secret.
			for _, s := range []string{aiKey[40:72], openAIKey[20:52]} {
				if strings.Contains(userData, s) {
					t.Errorf("%s output prints part of a secret (%s)", format, s)
				}
			}
			if err := rejectStderrSecrets(r.stderr, secrets); err != nil {
				t.Error(err)
			}
		})
	}
}

func rejectStderrSecrets(stderr string, secrets []string) error {
	for _, s := range secrets {
		if strings.Contains(stderr, s) {
			return errors.New("stderr prints the full secret " + s)
		}
	}
	return nil
}

// withoutSARIFTool returns the SARIF log without runs[*].tool (the static rule catalog).
func withoutSARIFTool(t *testing.T, out string) string {
	t.Helper()
	var doc map[string]any
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("stdout is not JSON: %v\n%.2000s", err, out)
	}
	runs, _ := doc["runs"].([]any)
	if len(runs) == 0 {
		t.Fatalf("SARIF log without runs:\n%.2000s", out)
	}
	for _, run := range runs {
		if m, ok := run.(map[string]any); ok {
			delete(m, "tool")
		}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(doc); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}
