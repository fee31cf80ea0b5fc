package scan

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/check"
)

// gitState answers "is this file tracked, ignored, in a repository?" for the few files whose
// rules care (dotenv). One `git ls-files` per repository, cached; ignore checks per file.
type gitState struct {
	mu      sync.Mutex
	roots   map[string]string          // directory -> repository top level ("" if none)
	tracked map[string]map[string]bool // top level -> absolute paths in the index
}

func newGitState() *gitState {
	return &gitState{roots: map[string]string{}, tracked: map[string]map[string]bool{}}
}

func (g *gitState) status(path string) check.GitStatus {
	abs, err := filepath.Abs(path)
	if err != nil {
		return check.GitStatus{}
	}
	if resolved, err := filepath.EvalSymlinks(abs); err == nil {
		abs = resolved // the top level git reports is resolved too
	}
	root := g.root(filepath.Dir(abs))
	if root == "" {
		return check.GitStatus{}
	}
	st := check.GitStatus{InRepo: true, Tracked: g.index(root)[abs]}
	if !st.Tracked {
		// check-ignore exits 0 when the path is ignored.
		st.Ignored = exec.Command("git", "-C", root, "check-ignore", "-q", "--", abs).Run() == nil
	}
	return st
}

func (g *gitState) root(dir string) string {
	g.mu.Lock()
	defer g.mu.Unlock()
	if r, ok := g.roots[dir]; ok {
		return r
	}
	out, err := exec.Command("git", "-C", dir, "rev-parse", "--show-toplevel").Output()
	r := ""
	if err == nil {
		r = filepath.Clean(string(bytes.TrimSpace(out)))
		if resolved, err := filepath.EvalSymlinks(r); err == nil {
			r = resolved
		}
	}
	g.roots[dir] = r
	return r
}

func (g *gitState) index(root string) map[string]bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	if t, ok := g.tracked[root]; ok {
		return t
	}
	t := map[string]bool{}
	if out, err := exec.Command("git", "-C", root, "ls-files", "-z", "--cached").Output(); err == nil {
		for _, f := range bytes.Split(out, []byte{0}) {
			if len(f) > 0 {
				t[filepath.Join(root, string(f))] = true
			}
		}
	}
	g.tracked[root] = t
	return t
}

// envNotIgnored is the repository-wide half of KL201: a repository that talks to Azure but
// whose ignore rules do not cover .env gets one info finding on its .gitignore.
func (e *engine) envNotIgnored(paths []string) []keylint.Finding {
	if len(paths) == 0 {
		paths = []string{"."}
	}
	seen := map[string]bool{}
	var out []keylint.Finding
	for _, p := range paths {
		dir := rootOf(p)
		if info, err := os.Stat(dir); err != nil || !info.IsDir() {
			continue // explicit files (pre-commit) are not a whole repository
		}
		root := e.git.root(mustAbs(dir))
		if root == "" || seen[root] {
			continue
		}
		seen[root] = true
		// --no-index: ask the ignore rules, whether or not a .env exists or is tracked.
		if exec.Command("git", "-C", root, "check-ignore", "-q", "--no-index", ".env").Run() == nil {
			continue
		}
		gitignore := filepath.Join(root, ".gitignore")
		display := gitignore
		if wd, err := os.Getwd(); err == nil {
			if rel, err := filepath.Rel(wd, gitignore); err == nil && !strings.HasPrefix(rel, "..") {
				display = rel
			}
		}
		f := keylint.Finding{
			RuleID: "KL201", Severity: keylint.Info, Path: filepath.ToSlash(display),
			Message: ".env is not ignored by git in a repository that talks to Azure: add .env to .gitignore before a key gets committed",
			Start:   keylint.Position{Line: 1, Column: 1}, End: keylint.Position{Line: 1, Column: 1},
			Snippet: "(no .gitignore)",
		}
		if data, err := os.ReadFile(gitignore); err == nil {
			first, _, _ := strings.Cut(string(data), "\n")
			f.Snippet = strings.TrimRight(first, "\r")
		}
		if sev, ok := e.severity("KL201", keylint.Info); ok {
			f.Severity = sev
			out = append(out, f)
		}
	}
	return out
}

func mustAbs(p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		return p
	}
	if r, err := filepath.EvalSymlinks(abs); err == nil {
		return r
	}
	return abs
}
