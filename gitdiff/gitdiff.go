// Package gitdiff answers "which lines did this change add?" from git: the lines added since a
// revision (--new-from-rev) or by a pull request (keylint review). Paths are absolute, so
// callers can match them against findings however the scan was invoked.
package gitdiff

import (
	"bufio"
	"bytes"
	"fmt"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// Added maps an absolute file path to the set of its 1-based line numbers that were added.
// A file that is new in full maps to a nil set with All set.
type Added map[string]*Lines

// Lines is the added lines of one file.
type Lines struct {
	All bool // the whole file is new (untracked, or added by the change)
	set map[int]bool
}

// Has reports whether line was added.
func (l *Lines) Has(line int) bool { return l != nil && (l.All || l.set[line]) }

// Count is how many lines were added (0 for a whole new file, whose length git did not say).
func (l *Lines) Count() int { return len(l.set) }

// Files lists the files the change adds lines to, as absolute paths named as git names the
// work tree (symlinks resolved), sorted.
func (a Added) Files() []string {
	files := []string{}
	for p, l := range a {
		if l != nil && (l.All || len(l.set) > 0) {
			files = append(files, p)
		}
	}
	sort.Strings(files)
	return files
}

// Contains reports whether line of the file at path (any form; made absolute) was added.
func (a Added) Contains(path string, line int) bool {
	abs, err := filepath.Abs(path)
	if err != nil {
		return false
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		abs = real // git names files by their real path (a temp dir may be behind a symlink)
	}
	return a[abs].Has(line)
}

// Since returns the lines added in the work tree since rev: committed, staged and unstaged
// changes, and untracked files (which are new in full). dir is any directory in the repository.
func Since(dir, rev string) (Added, error) {
	added, _, untracked, err := Start(dir, rev)
	if err != nil {
		return nil, err
	}
	if _, err := untracked(); err != nil {
		return nil, err
	}
	return added, nil
}

// Start is Since in two steps, for a caller that can begin on the diff's files while git lists
// the untracked ones (the longer of the two: it reads every directory of the work tree). The
// git calls run at once; Start returns when the diff is read, with the lines of tracked files.
// untracked waits for the listing, adds the untracked files to added and returns them; added
// must not be read while it runs. top is the work tree's top level.
func Start(dir, rev string) (added Added, top string, untracked func() ([]string, error), err error) {
	var root, diff, others []byte
	var errRoot, errRev, errDiff, errOthers error
	var wg sync.WaitGroup
	listed := make(chan struct{})
	go func() {
		// ":/" and --full-name list the whole work tree's untracked files by their paths from
		// the top level, as a diff names files, whatever the directory.
		others, errOthers = git(dir, "ls-files", "-z", "--others", "--exclude-standard", "--full-name", "--", ":/")
		close(listed)
	}()
	for _, call := range []func(){
		func() {
			// One process for both: the top level is printed before the revision is checked.
			var out []byte
			out, errRev = git(dir, "rev-parse", "--show-toplevel", "--verify", "--quiet", rev+"^{commit}")
			if errRev == nil {
				root, _, _ = bytes.Cut(out, []byte("\n"))
				return
			}
			root, errRoot = git(dir, "rev-parse", "--show-toplevel") // which failed?
		},
		func() {
			diff, errDiff = git(dir, "diff", "--no-color", "--no-ext-diff", "--no-renames", "-U0", rev, "--")
		},
	} {
		wg.Add(1)
		go func() { defer wg.Done(); call() }()
	}
	wg.Wait()
	switch {
	case errRoot != nil:
		err = fmt.Errorf("not in a git repository: %v", errRoot)
	case errRev != nil:
		err = fmt.Errorf("%q is not a revision of this repository", rev)
	case errDiff != nil:
		err = errDiff
	}
	if err != nil {
		<-listed // no git process outlives the call
		return nil, "", nil, err
	}
	top = strings.TrimSpace(string(root))
	added = Parse(top, diff)
	untracked = func() ([]string, error) {
		<-listed
		if errOthers != nil {
			return nil, errOthers
		}
		var files []string
		for _, p := range bytes.Split(others, []byte{0}) {
			if len(p) > 0 {
				f := filepath.Join(top, filepath.FromSlash(string(p)))
				added[f] = &Lines{All: true}
				files = append(files, f)
			}
		}
		return files, nil
	}
	return added, top, untracked, nil
}

// Between returns the lines a branch adds over base, as a pull request shows them: the diff
// from the merge base of base and head to head.
func Between(dir, base, head string) (Added, error) {
	root, err := topLevel(dir)
	if err != nil {
		return nil, err
	}
	out, err := git(root, "diff", "--no-color", "--no-ext-diff", "--no-renames", "-U0", base+"..."+head, "--")
	if err != nil {
		return nil, err
	}
	return Parse(root, out), nil
}

// Parse reads a unified diff (git's, with -U0 or more context) and returns the added lines of
// each file, joined to root.
func Parse(root string, diff []byte) Added {
	added := Added{}
	var cur *Lines
	next := 0 // the new-side line number of the next line in a hunk
	sc := bufio.NewScanner(bytes.NewReader(diff))
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "+++ "):
			cur = nil
			name := strings.TrimPrefix(line, "+++ ")
			if name == "/dev/null" {
				continue // a deleted file
			}
			name = strings.TrimPrefix(unquote(name), "b/")
			path := filepath.Join(root, filepath.FromSlash(name))
			if added[path] == nil {
				added[path] = &Lines{set: map[int]bool{}}
			}
			cur = added[path]
		case strings.HasPrefix(line, "@@ "):
			next = hunkStart(line)
		case cur == nil || next == 0:
		case strings.HasPrefix(line, "+"):
			cur.set[next] = true
			next++
		case strings.HasPrefix(line, " "):
			next++
		}
	}
	return added
}

// hunkStart reads the new-side start line of "@@ -a,b +c,d @@".
func hunkStart(header string) int {
	i := strings.Index(header, " +")
	if i < 0 {
		return 0
	}
	rest := header[i+2:]
	if j := strings.IndexAny(rest, ", "); j >= 0 {
		rest = rest[:j]
	}
	n, err := strconv.Atoi(rest)
	if err != nil {
		return 0
	}
	return n
}

// unquote undoes git's C-style quoting of unusual file names ("b/sp\303\244ce.py").
func unquote(name string) string {
	if strings.HasPrefix(name, "\"") {
		if s, err := strconv.Unquote(name); err == nil {
			return s
		}
	}
	return name
}

func topLevel(dir string) (string, error) {
	out, err := git(dir, "rev-parse", "--show-toplevel")
	if err != nil {
		return "", fmt.Errorf("not in a git repository: %v", err)
	}
	return strings.TrimSpace(string(out)), nil
}

func git(dir string, args ...string) ([]byte, error) {
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		return nil, fmt.Errorf("git %s: %s", args[0], msg)
	}
	return out, nil
}
