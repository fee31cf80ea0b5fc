// Package scan is the engine every surface calls: it lists files, reads each once, prefilters,
// parses candidates, runs the checkers, applies suppressions and severities, and returns sorted
// findings. It prints nothing.
package scan

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/settings"
	"github.com/keylint/keylint/check"
	"github.com/keylint/keylint/parsers"
)

// DefaultMaxFileSize is the size cap for files found by walking (2 MiB): bigger files are
// generated data, bundles or dumps, and grammars get slow on them.
const DefaultMaxFileSize = 2 << 20

// notebookMaxFileSize is the floor of the cap for notebooks: their size is mostly outputs
// (images), and only the code cells get parsed.
const notebookMaxFileSize = 20 << 20

// Config is everything a scan needs; the CLI builds it from flags and .keylint.yaml.
type Config struct {
	Paths            []string
	Include, Exclude []string // doublestar globs on root-relative paths
	MaxFileSize      int64
	// Severity overrides rule defaults; keylint.Off switches a rule off.
	Severity map[string]keylint.Severity
	Opts     *check.Options
	// ExtraKeywords are added to the prefilter (extra Azure-context markers from config).
	ExtraKeywords []string
	Workers       int
	// Progress, when set, is updated as files are read and findings made, for a caller that
	// shows progress while Run works.
	Progress *Progress
	// Strict lists the keylint:ignore comments that suppress nothing (Result.Unused).
	Strict bool
	// GitStatus, when set, answers for dotenv files instead of git (file contents read from a
	// commit rather than the work tree).
	GitStatus func(path string) check.GitStatus
}

// Suppression is a keylint:ignore comment.
type Suppression struct {
	Path string
	Line int
	Text string // the comment, from the marker on
}

// Progress counts work done so far; safe to read while Run is working.
type Progress struct {
	Files, Findings atomic.Int64
}

// FileError is a file that could not be (fully) checked. It never stops the scan.
type FileError struct {
	Path string
	Err  error
}

func (e FileError) Error() string { return e.Path + ": " + e.Err.Error() }

// Stats describe the work a scan did.
type Stats struct {
	Files      int64 // files read
	Bytes      int64 // bytes read
	Candidates int64 // files that passed the prefilter
	Parsed     int64 // files parsed with a grammar
	Duration   time.Duration
}

// Result is what Run returns.
type Result struct {
	Findings []keylint.Finding
	Errors   []FileError
	Stats    Stats
	// Unused are the suppressions that matched no finding (with Config.Strict), by path and line.
	Unused []Suppression
}

// Run scans. The error is only for a scan that could not start; per-file problems are in
// Result.Errors.
func Run(ctx context.Context, cfg Config) (*Result, error) {
	start := time.Now()
	if cfg.Opts == nil {
		cfg.Opts = check.DefaultOptions()
	}
	if cfg.MaxFileSize <= 0 {
		cfg.MaxFileSize = DefaultMaxFileSize
	}
	workers := cfg.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	keywords := cfg.ExtraKeywords
	if cfg.Strict {
		keywords = append(keywords[:len(keywords):len(keywords)], ignoreMarker) // a file with only a suppression is checked too
	}
	pre, err := newPrefilter(keywords)
	if err != nil {
		return nil, fmt.Errorf("azure-markers: %w", err)
	}
	e := &engine{cfg: &cfg, pre: pre, git: newGitState()}

	jobs := make(chan job, 256)
	var mu sync.Mutex
	res := &Result{}
	reportErr := func(fe FileError) {
		mu.Lock()
		res.Errors = append(res.Errors, fe)
		mu.Unlock()
	}
	go func() {
		defer close(jobs)
		cfg.discover(ctx, jobs, reportErr)
	}()

	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w := &worker{engine: e, parser: parsers.NewParser()}
			defer w.parser.Close()
			for j := range jobs {
				fs, err := w.scanFile(ctx, j)
				if err != nil {
					reportErr(FileError{Path: j.display, Err: err})
				}
				if len(fs) > 0 {
					mu.Lock()
					res.Findings = append(res.Findings, fs...)
					if cfg.Progress != nil {
						cfg.Progress.Findings.Add(int64(len(fs)))
					}
					mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if e.sawAzure.Load() {
		res.Findings = append(res.Findings, e.envNotIgnored(cfg.Paths)...)
	}
	res.Findings = sortAndDedupe(res.Findings)
	res.Unused = e.unused
	sort.Slice(res.Unused, func(i, j int) bool {
		a, b := res.Unused[i], res.Unused[j]
		return a.Path < b.Path || a.Path == b.Path && a.Line < b.Line
	})
	sort.SliceStable(res.Errors, func(i, j int) bool { return res.Errors[i].Path < res.Errors[j].Path })
	res.Stats = e.stats
	res.Stats.Duration = time.Since(start)
	return res, nil
}

type engine struct {
	cfg      *Config
	pre      *prefilter
	git      *gitState
	stats    Stats
	sawAzure atomic.Bool // some file talks to Azure

	mu     sync.Mutex
	unused []Suppression
}

type worker struct {
	*engine
	parser *parsers.Parser
	buf    []byte
}

// scanFile checks one file. A panic anywhere below is turned into a FileError: a bug in one
// checker must not end the scan.
func (w *worker) scanFile(ctx context.Context, j job) (out []keylint.Finding, err error) {
	defer func() {
		if r := recover(); r != nil {
			out = nil
			err = fmt.Errorf("internal error, file skipped (please report this): %v\n%s", r, debug.Stack())
		}
	}()
	src, skipMsg, err := w.read(j)
	if err != nil || src == nil {
		if skipMsg != "" {
			return nil, fmt.Errorf("%s", skipMsg)
		}
		return nil, err
	}
	atomic.AddInt64(&w.stats.Files, 1)
	if w.cfg.Progress != nil {
		w.cfg.Progress.Files.Add(1)
	}
	atomic.AddInt64(&w.stats.Bytes, int64(len(src)))
	lang := parsers.ForPath(j.display, src)
	if !alwaysChecked(lang, j.display) && !w.pre.candidate(src, lang.Lang != keylint.Text) {
		return nil, nil
	}
	atomic.AddInt64(&w.stats.Candidates, 1)
	return w.checkFile(ctx, j, lang, src)
}

// read loads a file into the worker's reusable buffer. It returns nil src for files that are
// skipped quietly (symlinks, directories, binaries found by walking); skipMsg says why a file
// was skipped when the user should hear about it.
//
// Listed files are opened without following symlinks and without a stat call first: on a
// large tree the syscalls per file are a good part of the cost, and open+read already tell
// symlinks (ELOOP), directories (EISDIR) and size (a read past the cap).
func (w *worker) read(j job) (src []byte, skipMsg string, err error) {
	flags := os.O_RDONLY | syscall.O_NONBLOCK // a FIFO must not block the scan
	if !j.explicit {
		flags |= syscall.O_NOFOLLOW
	}
	f, err := os.OpenFile(j.path, flags, 0)
	if err != nil {
		switch {
		case !j.explicit && errors.Is(err, syscall.ELOOP):
			// A symlink: not followed; a link that loops is worth a line.
			if _, err := os.Stat(j.path); err != nil && isLoop(err) {
				return nil, "", describeOpenError(err)
			}
			return nil, "", nil
		case !j.explicit && os.IsNotExist(err):
			return nil, "", nil // listed by git but deleted in the work tree
		}
		return nil, "", describeOpenError(err)
	}
	defer f.Close()
	if j.explicit {
		// Named by the user: may be anything; only regular files are read.
		if info, err := f.Stat(); err != nil || !info.Mode().IsRegular() {
			return nil, "", err
		}
	}
	limit := int(w.cfg.MaxFileSize)
	if strings.EqualFold(filepath.Ext(j.path), ".ipynb") {
		limit = max(limit, notebookMaxFileSize)
	}
	if cap(w.buf) < 64<<10 {
		w.buf = make([]byte, 64<<10)
	}
	total := 0
	for {
		if total == cap(w.buf) {
			if total > limit {
				break
			}
			grown := make([]byte, 2*cap(w.buf))
			copy(grown, w.buf[:total])
			w.buf = grown
		}
		m, err := f.Read(w.buf[total:cap(w.buf)])
		total += m
		if err == io.EOF || (err == nil && m == 0) {
			break
		}
		if err != nil {
			if errors.Is(err, syscall.EISDIR) {
				return nil, "", nil // a directory (git lists submodules as paths)
			}
			return nil, "", describeOpenError(err)
		}
		if total > limit {
			break
		}
	}
	if total > limit {
		if !j.explicit && isBinary(w.buf[:total]) && parsers.ForPath(j.display, nil).Lang == keylint.Text {
			return nil, "", nil // a big image or archive: nothing to say about it
		}
		size := int64(total)
		if info, err := f.Stat(); err == nil {
			size = info.Size()
		}
		return nil, fmt.Sprintf("skipped: %s is over the %s size cap (raise max-file-size in .keylint.yaml)",
			humanSize(size), humanSize(w.cfg.MaxFileSize)), nil
	}
	src = w.buf[:total]
	if isBinary(src) {
		if j.explicit || parsers.ForPath(j.display, nil).Lang != keylint.Text {
			return nil, "skipped: binary content (NUL bytes)", nil
		}
		return nil, "", nil
	}
	return src, "", nil
}

// alwaysChecked are files whose keys need no keyword to be found: in a .env or a settings file
// a value under any key-like name counts. They are few and small.
func alwaysChecked(lang *parsers.Language, path string) bool {
	switch lang.Lang {
	case keylint.Dotenv:
		return true
	case keylint.JSON, keylint.YAML, keylint.Terraform:
		return settings.IsSettingsFile(path)
	}
	return false
}

// isBinary uses git's rule: a NUL byte in the first 8000 bytes.
func isBinary(src []byte) bool {
	head := src
	if len(head) > 8000 {
		head = head[:8000]
	}
	return bytes.IndexByte(head, 0) >= 0
}

func humanSize(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// sortAndDedupe orders findings by path, offset and rule, and drops exact repeats.
func sortAndDedupe(fs []keylint.Finding) []keylint.Finding {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Span.Start != b.Span.Start {
			return a.Span.Start < b.Span.Start
		}
		if a.RuleID != b.RuleID {
			return a.RuleID < b.RuleID
		}
		return a.Span.End < b.Span.End
	})
	out := fs[:0]
	for i, f := range fs {
		if i > 0 {
			p := out[len(out)-1]
			if p.Path == f.Path && p.RuleID == f.RuleID && p.Span == f.Span {
				continue
			}
		}
		out = append(out, f)
	}
	return out
}

// FileChecker checks file contents held in memory with a scan's settings, for callers that
// change a file and look again (--fix). It is not safe for concurrent use; Close frees its
// parser.
type FileChecker struct {
	w *worker
}

// NewFileChecker prepares a checker with cfg's rules, severities and options (its paths are
// not used).
func NewFileChecker(cfg Config) (*FileChecker, error) {
	if cfg.Opts == nil {
		cfg.Opts = check.DefaultOptions()
	}
	pre, err := newPrefilter(cfg.ExtraKeywords)
	if err != nil {
		return nil, fmt.Errorf("azure-markers: %w", err)
	}
	e := &engine{cfg: &cfg, pre: pre, git: newGitState()}
	return &FileChecker{w: &worker{engine: e, parser: parsers.NewParser()}}, nil
}

// Check returns the findings for path with contents src, as a scan would report them (with
// byte offsets into src), without the prefilter: the caller already knows the file matters.
func (c *FileChecker) Check(ctx context.Context, path string, src []byte) (out []keylint.Finding, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("internal error (please report this): %v", r)
		}
	}()
	display := filepath.ToSlash(path)
	fs, err := c.w.checkFile(ctx, job{path: path, display: display, explicit: true}, parsers.ForPath(display, src), src)
	return sortAndDedupe(fs), err
}

// Close frees the parser.
func (c *FileChecker) Close() { c.w.parser.Close() }
