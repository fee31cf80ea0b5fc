package scan

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"

	"github.com/bmatcuk/doublestar/v4"

	"github.com/keylint/keylint/scan/ignore"
)

// defaultSkipDirs are third-party and tool trees nobody wants findings from.
var defaultSkipDirs = map[string]bool{
	".git": true, "node_modules": true, "vendor": true, ".venv": true, "site-packages": true,
	"__pycache__": true,
}

// job is one file to scan.
type job struct {
	path     string // as opened (OS separators)
	display  string // slash-separated, as reported
	explicit bool   // named on the command line: no ignore rules apply
	abs      string // absolute, the root's symlinks resolved; only for Config.Only (absPaths)
	// stat is the file's identity from the walk, when statted is true: with a result cache
	// the walk stats each file by name in its open directory, cheaper than a stat by path.
	stat    fileStat
	statted bool
}

// filter holds the include/exclude globs and .keylintignore patterns of one scan root.
type filter struct {
	include, exclude []string
	ignore           *ignore.Rules // .keylintignore, nil if none
}

// skip reports whether a root-relative, slash-separated file path is filtered out.
func (f *filter) skip(rel string) bool {
	if f.ignore.Match(rel, false) {
		return true
	}
	for _, g := range f.exclude {
		if ok, _ := doublestar.Match(g, rel); ok {
			return true
		}
	}
	if len(f.include) == 0 {
		return false
	}
	for _, g := range f.include {
		if ok, _ := doublestar.Match(g, rel); ok {
			return false
		}
	}
	return true
}

// skipDir reports whether a whole directory is skipped by default or by .keylintignore.
func (f *filter) skipDir(rel string) bool {
	if defaultSkipDirs[filepath.Base(rel)] {
		return true
	}
	return f.ignore.Match(rel, true)
}

// discover sends every file to scan on out. Errors about individual paths go to report and
// never stop the walk.
func (c *Config) discover(ctx context.Context, out chan<- job, report func(FileError)) {
	roots := c.Paths
	if len(roots) == 0 {
		roots = []string{"."}
	}
	var seenMu sync.Mutex     // send is called from the walk's goroutines
	seen := map[string]bool{} // a file under two roots is scanned once; one root lists it once
	send := func(j job) bool {
		if len(roots) > 1 {
			key := filepath.Clean(j.path)
			seenMu.Lock()
			dup := seen[key]
			seen[key] = true
			seenMu.Unlock()
			if dup {
				return true
			}
		}
		select {
		case out <- j:
			return true
		case <-ctx.Done():
			return false
		}
	}
	for _, arg := range roots {
		root := rootOf(arg)
		info, err := os.Stat(root)
		if err != nil {
			report(FileError{Path: toSlash(root), Err: describeOpenError(err)})
			continue
		}
		// absOf gives a file's absolute path for Config.Only: the root resolved once, the
		// relative path joined to it.
		absOf := func(string) string { return "" }
		if c.absPaths {
			real := mustAbs(root)
			absOf = func(rel string) string { return filepath.Join(real, filepath.FromSlash(rel)) }
		}
		if !info.IsDir() {
			if !send(job{path: root, display: toSlash(filepath.Clean(root)), explicit: true, abs: absOf(".")}) {
				return
			}
			continue
		}
		flt := c.filterFor(root, report)
		if files, ok := c.listGit(ctx, root); ok {
			for _, rel := range files {
				if flt.skip(rel) || underSkippedDir(rel, flt) {
					continue
				}
				p := filepath.Join(root, filepath.FromSlash(rel))
				if !send(job{path: p, display: toSlash(p), abs: absOf(rel)}) {
					return
				}
			}
			continue
		}
		if !c.walk(ctx, root, flt, absOf, send, report) {
			return
		}
	}
}

// rootOf turns a path argument into the directory or file to scan: "./..." and "dir/..." (the Go
// pattern) mean the same as "." and "dir", which are recursive anyway.
func rootOf(arg string) string {
	switch {
	case arg == "..." || arg == "./...":
		return "."
	case strings.HasSuffix(arg, "/..."):
		if r := strings.TrimSuffix(arg, "/..."); r != "" {
			return r
		}
		return "/"
	}
	return arg
}

func toSlash(p string) string { return filepath.ToSlash(filepath.Clean(p)) }

func underSkippedDir(rel string, f *filter) bool {
	parts := strings.Split(rel, "/")
	for i := 1; i < len(parts); i++ {
		if f.skipDir(strings.Join(parts[:i], "/")) {
			return true
		}
	}
	return false
}

func (c *Config) filterFor(root string, report func(FileError)) *filter {
	f := &filter{include: c.Include, exclude: c.Exclude}
	ignoreFile := filepath.Join(root, ".keylintignore")
	if lines, err := readIgnoreFile(ignoreFile); err == nil {
		if len(lines) > 0 {
			f.ignore = ignore.New(nil, lines, nil)
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		report(FileError{Path: toSlash(ignoreFile), Err: err})
	}
	return f
}

// maxPathspecs is the most Config.Only files listed by name; a bigger change lists every file.
const maxPathspecs = 2000

// listGit lists a work tree's files as gitFiles does; with Config.Only, only those of its files.
// Config.Only comes from git (the files a diff adds lines to: tracked, or untracked and not
// ignored), which is what gitFiles would list of them, so they are taken as they are: asking
// git again cost a tenth of a --new-from-rev run.
func (c *Config) listGit(ctx context.Context, root string) ([]string, bool) {
	if c.Only == nil || len(c.Only) > maxPathspecs {
		return gitFiles(ctx, root)
	}
	real := mustAbs(root)
	files := []string{}
	for _, p := range c.Only {
		if rel, err := filepath.Rel(real, p); err == nil && rel != "." && !strings.HasPrefix(rel, "..") {
			files = append(files, filepath.ToSlash(rel))
		}
	}
	return files, true
}

// gitFiles lists tracked and untracked-but-not-ignored files with git, the fastest listing and
// the exact .gitignore semantics; pathspecs limit the listing. ok is false outside a work tree
// or without git.
func gitFiles(ctx context.Context, dir string, pathspecs ...string) ([]string, bool) {
	args := []string{"-C", dir, "ls-files", "-z", "--cached", "--others", "--exclude-standard"}
	if len(pathspecs) > 0 {
		args = append(append(args, "--"), pathspecs...)
	}
	cmd := exec.CommandContext(ctx, "git", args...)
	cmd.Stderr = nil
	outb, err := cmd.Output()
	if err != nil {
		return nil, false
	}
	var files []string
	for _, f := range bytes.Split(outb, []byte{0}) {
		if len(f) > 0 {
			files = append(files, string(f))
		}
	}
	return files, true
}

// walk lists files outside a git work tree, honouring .gitignore files on the way down (each
// read once, its rules built once per directory: package ignore). A directory's entries are
// read first, so its .gitignore is opened only when it has one. Subdirectories are walked on
// up to twice --workers (GOMAXPROCS) goroutines at once (a walk that reads no file is all system calls, and one
// goroutine bounded a cached scan's time); send and report must be safe for concurrent use.
func (c *Config) walk(ctx context.Context, root string, flt *filter, absOf func(string) string, send func(job) bool, report func(FileError)) bool {
	var (
		wg      sync.WaitGroup
		stopped atomic.Bool
		walkers = c.Workers
	)
	if walkers <= 0 {
		walkers = runtime.GOMAXPROCS(0)
	}
	// Twice as many walkers as workers: a walker is mostly in system calls (listing a
	// directory, a stat per file), and on a cached run the walk is the whole run; one per core
	// left the cores idle between calls (cached rerun of the benchmark tree 0.53 -> 0.46 s with
	// four walkers on two cores). --workers still bounds it.
	walkers *= 2
	slots := make(chan struct{}, max(1, walkers-1)) // the caller's goroutine walks too
	var visit func(dir, rel string, parent *ignore.Rules)
	statFiles := c.CacheDir != "" // the cache needs every file's stat data
	visit = func(dir, rel string, parent *ignore.Rules) {
		// Its entries come unsorted (findings are sorted at the end). The directory is open only
		// while they are listed and its files stat'ed (statAt), never while the walk goes
		// deeper: a deep tree holds no descriptor per level.
		ents, fd, err := openDir(dir)
		if err != nil {
			report(FileError{Path: toSlash(dir), Err: describeOpenError(err)})
			return
		}
		rules := parent
		for _, d := range ents {
			if d.name == ".gitignore" && d.kind != entDir {
				var domain []string
				if rel != "" {
					domain = strings.Split(rel, "/")
				}
				name := filepath.Join(dir, ".gitignore")
				lines, err := readIgnoreFile(name)
				if err != nil && !errors.Is(err, fs.ErrNotExist) {
					report(FileError{Path: toSlash(name), Err: err})
				}
				rules = ignore.New(parent, lines, domain)
				break
			}
		}
		type subdir struct{ path, rel string }
		var files []job
		var dirs []subdir
		for _, d := range ents {
			p := joinClean(dir, d.name)
			r := d.name
			if rel != "" {
				r = rel + "/" + r
			}
			switch {
			case d.kind == entDir:
				if !flt.skipDir(r) && !rules.Match(r, true) {
					dirs = append(dirs, subdir{p, r})
				}
			case d.kind == entSymlink:
				// Symlinks are not followed (no loops, no files scanned twice), but a loop is
				// worth a line, because the link is broken for everyone else too.
				if _, err := os.Stat(p); err != nil && errors.Is(err, syscall.ELOOP) {
					report(FileError{Path: toSlash(p), Err: errors.New("skipped: symlink loop"), Skipped: true})
				}
			case d.kind != entRegular:
			case rules.Match(r, false) || flt.skip(r):
			default:
				j := job{path: p, display: filepath.ToSlash(p), abs: absOf(r)} // p is clean
				if statFiles && !binaryName(d.name) {                          // a binary format's name is decided without a stat
					j.stat, j.statted = statAt(fd, d.name)
				}
				files = append(files, j)
			}
		}
		closeDir(fd)
		for _, j := range files {
			if stopped.Load() || ctx.Err() != nil || !send(j) {
				stopped.Store(true)
				return
			}
		}
		for _, sd := range dirs {
			if stopped.Load() || ctx.Err() != nil {
				stopped.Store(true)
				return
			}
			select {
			case slots <- struct{}{}:
				wg.Add(1)
				go func() {
					defer func() { <-slots; wg.Done() }()
					visit(sd.path, sd.rel, rules)
				}()
			default: // every goroutine busy: walk it here
				visit(sd.path, sd.rel, rules)
			}
		}
	}
	visit(filepath.Clean(root), "", nil)
	wg.Wait()
	return !stopped.Load() && ctx.Err() == nil
}

// joinClean is filepath.Join for a clean directory and an entry name from it (no separator,
// not "." or ".."), without Join's Clean: the walk joins every entry of the tree.
func joinClean(dir, name string) string {
	switch {
	case dir == ".":
		return name
	case strings.HasSuffix(dir, string(filepath.Separator)):
		return dir + name // the root, "/"
	}
	return dir + string(filepath.Separator) + name
}

func isLoop(err error) bool { return errors.Is(err, syscall.ELOOP) }

// readIgnoreFile reads the lines of a gitignore-syntax file that are rules (not blank, not
// comments).
func readIgnoreFile(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		lines = append(lines, line)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return lines, nil
}

// describeOpenError turns a file-system error into the words a user can act on.
func describeOpenError(err error) error {
	switch {
	case errors.Is(err, fs.ErrPermission):
		return errors.New("permission denied; skipped (check the file's permissions)")
	case errors.Is(err, syscall.ELOOP):
		return errors.New("symlink loop; skipped")
	case errors.Is(err, fs.ErrNotExist):
		return errors.New("no such file or directory")
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
