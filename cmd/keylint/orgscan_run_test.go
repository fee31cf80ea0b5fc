package main

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// TestOrgScanWorkflowRuns runs the example workflow's own scripts, job by job, the way Actions
// would: the plan (with a stand-in gh that answers the two API reads), every scan shard of the
// matrix it plans (with this keylint on PATH), the merges, and the uploads (the stand-in gh
// keeps the request body). The actions it uses (checkout, artifacts) are played by copying
// files. Each repository's uploaded SARIF must be what one unsharded scan of it writes.
//
// Opt-in with KEYLINT_E2E=1 (.ci/run): it builds keylint and needs bash, jq, gzip and base64.
func TestOrgScanWorkflowRuns(t *testing.T) {
	if os.Getenv("KEYLINT_E2E") != "1" {
		t.Skip("end-to-end: set KEYLINT_E2E=1")
	}
	for _, tool := range []string{"bash", "jq", "gzip", "base64", "git", "go"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("%s is required: install it (Debian: apt-get install %s)", tool, tool)
		}
	}
	work := t.TempDir()
	bin := filepath.Join(work, "bin")
	if out, err := exec.Command("go", "build", "-o", filepath.Join(bin, "keylint"), ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	uploads := filepath.Join(work, "uploads")
	writeTree(t, work, map[string]string{"bin/gh": fakeGH, "uploads/.keep": ""})
	if err := os.Chmod(filepath.Join(bin, "gh"), 0o755); err != nil {
		t.Fatal(err)
	}

	// Two repositories: a small one, and a "monorepo" in three shards.
	repos := map[string]map[string]string{"contoso/app": {}, "contoso/mono": {}}
	for i := 0; i < 4; i++ {
		repos["contoso/app"][fmt.Sprintf("app%d.py", i)] = keyClientPy
	}
	for i := 0; i < 30; i++ {
		repos["contoso/mono"][fmt.Sprintf("svc%02d/main.py", i)] = keyClientPy
		repos["contoso/mono"][fmt.Sprintf("svc%02d/util.py", i)] = envReadPy
	}
	origin := map[string]string{}
	for name, files := range repos {
		dir := filepath.Join(work, "origin", strings.ReplaceAll(name, "/", "+"))
		files[".gitignore"] = "node_modules/\n.env\n"
		writeTree(t, dir, files)
		gitIn(t, dir, "init", "-q")
		gitIn(t, dir, "add", ".")
		origin[name] = dir
	}

	data, err := os.ReadFile(orgScanWorkflow)
	if err != nil {
		t.Fatal(err)
	}
	var wf struct {
		Jobs map[string]struct {
			Steps []struct {
				Name, Uses, Run  string
				WorkingDirectory string `yaml:"working-directory"`
				With             map[string]string
				Env              map[string]string
			}
		}
	}
	if err := yaml.Unmarshal(data, &wf); err != nil {
		t.Fatal(err)
	}
	inputs := map[string]string{"repositories": "# the org's AI apps\ncontoso/app\n\ncontoso/mono 3\n",
		"keylint-version": "latest", "go-version": "1.26", "upload": "true", "max-parallel": "20"}

	// runJob plays one job with one matrix entry; it returns the job's outputs.
	runJob := func(job string, matrix map[string]any) map[string]string {
		t.Helper()
		// Every job gets a fresh workspace at the same path, as every runner has
		// /home/runner/work/<repo>/<repo> (SARIF records where the checkout was).
		jobDir, temp := workspace(t, work)
		expr := regexp.MustCompile(`\$\{\{\s*([^}]+?)\s*\}\}`)
		eval := func(s string) string {
			return expr.ReplaceAllStringFunc(s, func(m string) string {
				e := expr.FindStringSubmatch(m)[1]
				switch {
				case strings.HasPrefix(e, "inputs."):
					return inputs[strings.TrimPrefix(e, "inputs.")]
				case strings.HasPrefix(e, "matrix."):
					return fmt.Sprint(matrix[strings.TrimPrefix(e, "matrix.")])
				case e == "secrets.token":
					return "fake-token"
				case e == "runner.temp":
					return temp
				}
				t.Fatalf("job %s: expression %q not played by this test", job, e)
				return ""
			})
		}
		outputs := filepath.Join(jobDir, "_output")
		for _, s := range wf.Jobs[job].Steps {
			switch {
			case strings.HasPrefix(s.Uses, "actions/setup-go@"), s.Name == "Install keylint":
				continue // keylint is the one built above, on PATH
			case strings.HasPrefix(s.Uses, "actions/checkout@"):
				copyDir(t, origin[eval(s.With["repository"])], filepath.Join(jobDir, eval(s.With["path"])))
				continue
			case strings.HasPrefix(s.Uses, "actions/upload-artifact@"):
				src := eval(s.With["path"])
				if !filepath.IsAbs(src) {
					src = filepath.Join(jobDir, src)
				}
				copyDir(t, src, filepath.Join(work, "artifacts", eval(s.With["name"])))
				continue
			case strings.HasPrefix(s.Uses, "actions/download-artifact@"):
				pattern := eval(s.With["pattern"])
				names, _ := filepath.Glob(filepath.Join(work, "artifacts", pattern))
				for _, n := range names {
					copyDir(t, n, filepath.Join(jobDir, eval(s.With["path"]), filepath.Base(n)))
				}
				continue
			case s.Uses != "":
				t.Fatalf("job %s uses %s, which this test does not play", job, s.Uses)
			}
			cmd := exec.Command("bash", "-e", "-o", "pipefail", "-c", s.Run)
			cmd.Dir = filepath.Join(jobDir, s.WorkingDirectory)
			cmd.Env = append(os.Environ(), "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"),
				"RUNNER_TEMP="+temp, "GITHUB_OUTPUT="+outputs, "GITHUB_STEP_SUMMARY="+filepath.Join(jobDir, "_summary"),
				"GITHUB_PATH="+filepath.Join(jobDir, "_path"), "FAKE_GH_UPLOADS="+uploads, "FAKE_GH_ORIGIN="+filepath.Join(work, "origin"))
			for k, v := range s.Env {
				cmd.Env = append(cmd.Env, k+"="+eval(v))
			}
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("job %s, step %q: %v\n%s", job, s.Name, err, out)
			}
		}
		got := map[string]string{}
		if b, err := os.ReadFile(outputs); err == nil {
			for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
				if k, v, ok := strings.Cut(line, "="); ok {
					got[k] = v
				}
			}
		}
		return got
	}

	plan := runJob("plan", map[string]any{"id": "plan"})
	var shards, repoList []map[string]any
	if err := json.Unmarshal([]byte(plan["shards"]), &shards); err != nil {
		t.Fatalf("plan shards %q: %v", plan["shards"], err)
	}
	if err := json.Unmarshal([]byte(plan["repositories"]), &repoList); err != nil {
		t.Fatalf("plan repositories %q: %v", plan["repositories"], err)
	}
	if len(shards) != 4 || len(repoList) != 2 {
		t.Fatalf("plan: %d shards for %d repositories, want 4 for 2:\n%s", len(shards), len(repoList), plan["shards"])
	}
	for _, sh := range shards {
		runJob("scan", sh)
	}
	for _, r := range repoList {
		runJob("merge", r)
	}

	var names []string
	for _, r := range repoList {
		name := r["repo"].(string)
		names = append(names, name)
		body, err := os.ReadFile(filepath.Join(uploads, strings.ReplaceAll(name, "/", "_")+".json"))
		if err != nil {
			t.Fatalf("%s: no upload: %v", name, err)
		}
		var up struct{ CommitSHA, Ref, Sarif, ToolName string }
		var raw map[string]string
		if err := json.Unmarshal(body, &raw); err != nil {
			t.Fatal(err)
		}
		up.CommitSHA, up.Ref, up.Sarif, up.ToolName = raw["commit_sha"], raw["ref"], raw["sarif"], raw["tool_name"]
		if up.CommitSHA != fakeSHA || up.Ref != "refs/heads/main" || up.ToolName != "keylint" {
			t.Errorf("%s: upload commit %q ref %q tool %q", name, up.CommitSHA, up.Ref, up.ToolName)
		}
		gz, err := base64.StdEncoding.DecodeString(up.Sarif)
		if err != nil {
			t.Fatalf("%s: sarif is not base64: %v", name, err)
		}
		zr, err := gzip.NewReader(bytes.NewReader(gz))
		if err != nil {
			t.Fatalf("%s: sarif is not gzip: %v", name, err)
		}
		uploaded, _ := io.ReadAll(zr)

		// The reference: one unsharded scan of the same checkout, where a job checks it out.
		ws, _ := workspace(t, work)
		copyDir(t, origin[name], filepath.Join(ws, "src"))
		ref := exec.Command(filepath.Join(bin, "keylint"), "--format", "sarif", "--fail-on", "never", ".")
		ref.Dir = filepath.Join(ws, "src")
		want, err := ref.Output()
		if err != nil {
			t.Fatalf("%s: unsharded scan: %v", name, err)
		}
		if !bytes.Equal(uploaded, want) {
			t.Errorf("%s: the uploaded SARIF (%d bytes) is not the unsharded scan's (%d bytes)", name, len(uploaded), len(want))
		}
		if n := bytes.Count(uploaded, []byte(`"ruleId"`)); n == 0 {
			t.Errorf("%s: no results uploaded", name)
		}
	}
	sort.Strings(names)
	if t.Failed() {
		return
	}
	t.Logf("planned %d scan jobs; uploaded one SARIF each for %v, equal to the unsharded scans", len(shards), names)
}

const fakeSHA = "0123456789abcdef0123456789abcdef01234567"

// fakeGH answers the calls the workflow makes to gh, and nothing else.
var fakeGH = `#!/usr/bin/env bash
set -euo pipefail
if [ "$1 $3" = "api --jq" ] && [ "$4" = .default_branch ]; then echo main; exit 0; fi
if [ "$1 $3" = "api --jq" ] && [ "$4" = .sha ]; then echo ` + fakeSHA + `; exit 0; fi
if [ "$1 $2 $3" = "api --method POST" ] && [ "$5" = --input ]; then
  repo=${4#repos/}; repo=${repo%/code-scanning/sarifs}
  cp "$6" "$FAKE_GH_UPLOADS/${repo//\//_}.json"
  echo "uploaded: 1"; exit 0
fi
echo "fake gh: unexpected call: gh $*" >&2
exit 1
`

// workspace empties and returns the job workspace and the runner's temp directory, the same
// paths for every job.
func workspace(t *testing.T, work string) (dir, temp string) {
	t.Helper()
	dir, temp = filepath.Join(work, "workspace"), filepath.Join(work, "runner-temp")
	for _, d := range []string{dir, temp} {
		if err := os.RemoveAll(d); err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	return dir, temp
}

func gitIn(t *testing.T, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
}

// copyDir copies a file or a directory tree (cp -a).
func copyDir(t *testing.T, src, dst string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(src)
	if err != nil {
		t.Fatal(err)
	}
	if !info.IsDir() {
		if err := os.MkdirAll(dst, 0o755); err != nil {
			t.Fatal(err)
		}
		dst = filepath.Join(dst, filepath.Base(src))
	}
	if out, err := exec.Command("cp", "-a", src, dst).CombinedOutput(); err != nil {
		t.Fatalf("cp %s %s: %v\n%s", src, dst, err, out)
	}
}
