package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/keylint/keylint/analyzers"
	"github.com/keylint/keylint/gitdiff"
	"github.com/keylint/keylint/report"
	"github.com/keylint/keylint/scan"
)

// TestChangedFilesOnly: --new-from-rev and review read only the files the change touches, and
// report exactly the findings a scan of the whole repository, filtered to the added lines,
// reports. The repository is testdata (every language, dotenv files tracked, untracked and
// ignored, a Terraform module whose variable default sits in an unchanged file) with edits,
// new files, a deletion, a .keylintignore'd edit and, in one change, a .gitignore whose first
// line is new (the repository-wide KL201 finding, due only if some other file talks to Azure).
func TestChangedFilesOnly(t *testing.T) {
	for _, tc := range []struct {
		name   string
		change func(t *testing.T, repo string)
		args   []string // scan path arguments, relative to the repository
	}{
		{"code, notebooks, dotenv, terraform", changeMany, nil},
		{"only .gitignore and a README", changeIgnoreFile, nil},
		{"a subdirectory as the root", changeMany, []string{"python"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			repo := testdataRepo(t)
			tc.change(t, repo)
			paths := []string{repo}
			if tc.args != nil {
				paths = nil
				for _, a := range tc.args {
					paths = append(paths, filepath.Join(repo, a))
				}
			}

			// --new-from-rev HEAD~0: the work tree against the commit.
			got := runKeylint(t, append([]string{"--no-config", "--format", "json", "--fail-on", "never", "--stats", "--new-from-rev", "HEAD"}, paths...)...)
			added, err := gitdiff.Since(paths[0], "HEAD")
			if err != nil {
				t.Fatal(err)
			}
			want := filteredWholeScan(t, paths, added)
			if g, w := findingsJSON(t, got.stdout), want; g != w {
				t.Errorf("--new-from-rev differs from the whole scan filtered:\n%s", firstDiff(g, w))
			}
			if !strings.Contains(want, `"rule"`) {
				t.Errorf("the change adds no finding; the comparison proves little")
			}
			var read int
			if m := filesRead.FindStringSubmatch(got.stderr); m == nil {
				t.Errorf("no --stats line:\n%s", got.stderr)
			} else if read, _ = strconv.Atoi(m[1]); read > len(added.Files()) {
				t.Errorf("%d files read for a change of %d files", read, len(added.Files()))
			}

			// review: the branch against its base.
			commitAll(t, repo)
			rev := runKeylint(t, append([]string{"review", "--no-config", "--dry-run", "--base", "HEAD~1", "--max-comments", "1000"}, paths...)...)
			between, err := gitdiff.Between(paths[0], "HEAD~1", "HEAD")
			if err != nil {
				t.Fatal(err)
			}
			if g, w := reviewPaths(t, rev.stdout), reviewPathsOf(repo, filteredWholeScan(t, paths, between)); g != w {
				t.Errorf("review comments on %s, the whole scan filtered on %s (stderr %s)", g, w, rev.shortStderr())
			}
		})
	}
}

var filesRead = regexp.MustCompile(`keylint: (\d+) files, `)

// filteredWholeScan is the reference: every file scanned, then the findings on added lines
// kept, printed as the JSON report's findings.
func filteredWholeScan(t *testing.T, paths []string, added gitdiff.Added) string {
	t.Helper()
	f := &scanFlags{noConfig: true, noCache: true}
	cfg, _, err := buildConfig(f, paths)
	if err != nil {
		t.Fatal(err)
	}
	res, err := scan.Run(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	kept := res.Findings[:0:0]
	for _, fd := range res.Findings {
		if added.Contains(filepath.FromSlash(fd.Path), fd.Start.Line) {
			kept = append(kept, fd)
		}
	}
	res.Findings = kept
	var out bytes.Buffer
	if err := report.Write(&out, "json", res, report.Options{Rules: analyzers.All(), Version: currentVersion(), BaseDir: baseDir(paths)}); err != nil {
		t.Fatal(err)
	}
	return findingsJSON(t, out.String())
}

func findingsJSON(t *testing.T, doc string) string {
	t.Helper()
	var d struct {
		Findings json.RawMessage `json:"findings"`
	}
	if err := json.Unmarshal([]byte(doc), &d); err != nil {
		t.Fatalf("not a JSON report: %v\n%s", err, doc)
	}
	var buf bytes.Buffer
	json.Indent(&buf, d.Findings, "", " ")
	return buf.String()
}

// reviewPaths lists "path:line rule" of a dry-run review's comments and body, sorted.
func reviewPaths(t *testing.T, out string) string {
	t.Helper()
	if strings.TrimSpace(out) == "" {
		return ""
	}
	var r struct {
		Comments []struct {
			Path string `json:"path"`
			Line int    `json:"line"`
		} `json:"comments"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("review output: %v\n%s", err, out)
	}
	var lines []string
	for _, c := range r.Comments {
		lines = append(lines, c.Path+":"+strconv.Itoa(c.Line))
	}
	return strings.Join(dedupeSorted(lines), " ")
}

// reviewPathsOf lists "path:line" of JSON findings, paths relative to the repository.
func reviewPathsOf(repo, findings string) string {
	var fs []struct {
		Path  string `json:"path"`
		Start struct {
			Line int `json:"line"`
		} `json:"start"`
	}
	json.Unmarshal([]byte(findings), &fs)
	var lines []string
	for _, f := range fs {
		rel, _ := filepath.Rel(repo, f.Path)
		lines = append(lines, filepath.ToSlash(rel)+":"+strconv.Itoa(f.Start.Line))
	}
	return strings.Join(dedupeSorted(lines), " ")
}

func dedupeSorted(s []string) []string {
	m := map[string]bool{}
	var out []string
	for _, x := range s {
		if !m[x] {
			m[x] = true
			out = append(out, x)
		}
	}
	sort.Strings(out)
	return out
}

// testdataRepo commits a copy of testdata (without the sample project) in a new repository
// whose .gitignore ignores one of the .env files.
func testdataRepo(t *testing.T) string {
	t.Helper()
	repo := t.TempDir()
	from := filepath.Join("..", "..", "testdata")
	files := map[string]string{}
	err := filepath.WalkDir(from, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		rel = filepath.ToSlash(rel)
		if strings.HasPrefix(rel, "project/") || strings.HasSuffix(rel, ".want") || strings.HasSuffix(rel, ".golden") {
			return nil
		}
		data, err := os.ReadFile(p)
		files[rel] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	files[".gitignore"] = "*.log\ndotenv/KL106/.env.production\n"
	files[".keylintignore"] = "vendored/\n"
	files["vendored/lib.py"] = "x = 1\n"
	files["README.md"] = "# testdata\n"
	writeTree(t, repo, files)
	gitAs(t, repo, "init", "-q", "-b", "main")
	gitAs(t, repo, "add", "-A")
	gitAs(t, repo, "commit", "-qm", "base")
	return repo
}

func changeMany(t *testing.T, repo string) {
	t.Helper()
	appendTo := func(name, text string) {
		p := filepath.Join(repo, filepath.FromSlash(name))
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, append(data, text...), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	appendTo("python/KL102/azure_openai_clients.py", "\nfrom openai import AzureOpenAI\nc2 = AzureOpenAI(api_key=\"0123456789abcdef0123456789abcdef\", azure_endpoint=\"https://x.openai.azure.com\")\n")
	appendTo("typescript/KL107/implicit_key.ts", "\nexport const again = new AzureOpenAI();\n")
	appendTo("dotenv/KL201/.env", "AZURE_OPENAI_KEY_2=0123456789abcdef0123456789abcdef\n")
	appendTo("dotenv/KL106/.env.production", "OPENAI_KEY_3=fedcba9876543210fedcba9876543210\n")   // ignored, tracked
	appendTo("vendored/lib.py", "k = AzureKeyCredential(\"0123456789abcdef0123456789abcdef\")\n") // .keylintignore'd
	appendTo("terraform/KL301/module_variables/main.tf", "\nresource \"azurerm_cognitive_account\" \"two\" {\n  name = \"b\"\n  kind = \"OpenAI\"\n  local_auth_enabled = var.local_auth_enabled\n}\n")
	// A notebook replaced by another's cells, a deleted file, new untracked files (one ignored).
	data, err := os.ReadFile(filepath.Join(repo, "notebook", "azure_openai_walkthrough.ipynb"))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(repo, "notebook", "keyless_notebook.ipynb"), data, 0o644)
	os.Remove(filepath.Join(repo, "python", "KL105", "same_line_reads.py"))
	writeTree(t, repo, map[string]string{
		"python/new/app.py":    keyClientPy,
		"python/new/.env":      "AZURE_OPENAI_API_KEY=0123456789abcdef0123456789abcdef\n",
		"python/new/debug.log": "api_key=0123456789abcdef0123456789abcdef\n",
	})
}

// changeIgnoreFile gives .gitignore a new first line and edits a README: no changed file talks
// to Azure, the rest of the repository does, and .env is not ignored.
func changeIgnoreFile(t *testing.T, repo string) {
	t.Helper()
	writeTree(t, repo, map[string]string{
		".gitignore": "# build output\n*.log\n",
		"README.md":  "# testdata\n\nMore words.\n",
	})
}

func commitAll(t *testing.T, repo string) {
	t.Helper()
	gitAs(t, repo, "add", "-A")
	gitAs(t, repo, "commit", "-qm", "change", "--allow-empty")
}

// gitAs runs git in dir as a committer named t.
func gitAs(t *testing.T, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
}
