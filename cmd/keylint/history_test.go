package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// historyRepo makes a repository whose history holds a key in a .env that was later removed.
func historyRepo(t *testing.T) (dir string, git func(args ...string)) {
	t.Helper()
	dir = t.TempDir()
	git = func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", append([]string{"-c", "commit.gpgsign=false"}, args...)...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	git("init", "-q", "-b", "main")
	writeTree(t, dir, map[string]string{".env": "AZURE_OPENAI_ENDPOINT=https://example.openai.azure.com\nAZURE_OPENAI_API_KEY=" + historyKey + "\n"})
	git("add", "-f", ".env")
	git("commit", "-qm", "add settings")
	git("rm", "-q", ".env")
	git("commit", "-qm", "remove settings")
	return dir, git
}

const historyKey = "0f1e2d3c4b5a69788796a5b4c3d2e1f0"

func TestHistoryCommand(t *testing.T) {
	dir, git := historyRepo(t)

	r := runKeylint(t, "history", "--no-config", dir)
	if r.code != exitFindings || !strings.Contains(r.stdout, ":.env:2:22: KL201") || !strings.Contains(r.stdout, "not present at HEAD") {
		t.Fatalf("text: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if strings.Contains(r.stdout+r.stderr, historyKey) {
		t.Errorf("the key is printed in full:\n%s", r.stdout)
	}

	r = runKeylint(t, "history", "--no-config", "--format", "json", dir)
	var doc struct {
		Mode     string
		Findings []struct {
			Rule, Commit, Path, Fingerprint, Snippet string
			Start                                    struct{ Line int }
			PresentAtHead                            bool `json:"present_at_head"`
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &doc); err != nil || doc.Mode != "history" || len(doc.Findings) != 1 {
		t.Fatalf("json: %v\n%s", err, r.stdout)
	}
	f := doc.Findings[0]
	if f.Rule != "KL201" || f.Path != ".env" || f.Start.Line != 2 || f.PresentAtHead || len(f.Commit) != 40 || strings.Contains(f.Snippet, historyKey) {
		t.Errorf("json finding %+v", f)
	}

	r = runKeylint(t, "history", "--no-config", "--format", "sarif", dir)
	var log struct {
		Runs []struct {
			Results []struct {
				RuleID              string
				PartialFingerprints map[string]string
				Properties          map[string]any
				Locations           []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string }
						Region           struct{ StartLine int }
					}
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &log); err != nil || len(log.Runs) != 1 || len(log.Runs[0].Results) != 1 {
		t.Fatalf("sarif: %v\n%s", err, r.stdout)
	}
	res := log.Runs[0].Results[0]
	loc := res.Locations[0].PhysicalLocation
	if res.RuleID != "KL201" || loc.ArtifactLocation.URI != ".env" || loc.Region.StartLine != 2 ||
		res.PartialFingerprints["commitSha"] != f.Commit || res.PartialFingerprints["keylint/v1"] != f.Fingerprint ||
		res.Properties["commitSha"] != f.Commit || res.Properties["commitDate"] == nil || res.Properties["presentAtHead"] != false {
		t.Errorf("sarif result %+v", res)
	}

	// A baseline hides the key; a key committed later is still reported.
	base := filepath.Join(t.TempDir(), "baseline.json")
	if r := runKeylint(t, "history", "--no-config", "--write-baseline", base, dir); r.code != exitClean || !strings.Contains(r.stderr, "recorded 1 key") {
		t.Fatalf("--write-baseline: exit %d, %s", r.code, r.stderr)
	}
	if r := runKeylint(t, "history", "--no-config", "--baseline", base, dir); r.code != exitClean || r.stdout != "" || !strings.Contains(r.stderr, "1 key hidden") {
		t.Fatalf("--baseline: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	writeTree(t, dir, map[string]string{"app.py": "from openai import AzureOpenAI\n\nclient = AzureOpenAI(api_key=\"" + strings.Repeat("9a", 16) + "\", azure_endpoint=\"https://example.openai.azure.com\")\n"})
	git("add", "app.py")
	git("commit", "-qm", "client")
	r = runKeylint(t, "history", "--no-config", "--baseline", base, dir)
	if r.code != exitFindings || !strings.Contains(r.stdout, ":app.py:3:") || strings.Contains(r.stdout, ".env") {
		t.Errorf("--baseline after a new key: exit %d\n%s", r.code, r.stdout)
	}

	if r := runKeylint(t, "history", "--no-config", "--fail-on", "never", dir); r.code != exitClean {
		t.Errorf("--fail-on never: exit %d", r.code)
	}
}

// TestHistoryIncomplete: a blob that could not be checked fails the run, as a file does in a
// scan, with the keys found elsewhere still reported.
func TestHistoryIncomplete(t *testing.T) {
	dir, git := historyRepo(t)
	writeTree(t, dir, map[string]string{"chat.ipynb": `{"cells": [{"cell_type": "code", "source": ["from openai import AzureOpenAI\\n", "client = AzureOpenAI(api_key=key, azure_endpoint=\\"https://x.openai.azure.com\\")"]}]} trailing`})
	git("add", "chat.ipynb")
	git("commit", "-qm", "notebook")
	r := runKeylint(t, "history", "--no-config", dir)
	if r.code != exitError || !strings.Contains(r.stdout, ":.env:2:22: KL201") ||
		!strings.Contains(r.stderr, "chat.ipynb: malformed notebook") || !strings.Contains(r.stderr, "1 blob could not be checked (see above); the history scan is incomplete") {
		t.Errorf("exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
}

func TestHistoryCommandErrors(t *testing.T) {
	dir, _ := historyRepo(t)
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"not a repository", []string{"history", t.TempDir()}, "not a git repository"},
		{"missing directory", []string{"history", filepath.Join(dir, "missing")}, "no such file"},
		{"a file", []string{"history", filepath.Join(dir, ".git", "HEAD")}, "not a directory"},
		{"bad revision", []string{"history", "--since", "nope", dir}, "not a revision"},
		{"format", []string{"history", "--format", "github", dir}, "unknown --format"},
		{"two paths", []string{"history", dir, dir}, "one repository at a time"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runKeylint(t, append([]string{tt.args[0], "--no-config"}, tt.args[1:]...)...)
			if r.code != exitError || !strings.Contains(r.stderr, tt.want) {
				t.Errorf("exit %d, stderr %q; want exit 2 and %q", r.code, r.stderr, tt.want)
			}
		})
	}
	if r := runKeylint(t, "history", "--help"); r.code != exitClean || !strings.Contains(r.stderr, "keylint history [flags] [path]") {
		t.Errorf("--help: exit %d, %q", r.code, r.stderr)
	}
}
