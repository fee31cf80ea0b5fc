// Package scan is the engine every surface calls: it lists files, reads each once, prefilters,
// parses candidates, runs the checkers, applies suppressions and severities, and returns sorted
// findings. It prints nothing.
package scan

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"github.com/keylint/keylint/textenc"
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

	"golang.org/x/sync/semaphore"

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
	// FixTests keeps the fixes of findings in test files (fixes.IsTestFile), which are
	// otherwise reported without them.
	FixTests bool
	// Hits accounts for every keyword hit in code (Result.Hits, --explain-hits).
	Hits bool
	// Shard checks only this shard's part of the files (see Shard); the zero value checks all.
	Shard Shard
	// Only, when not nil, checks only these files (absolute paths, symlinks resolved, as git
	// names a work tree's files: a diff's files for --new-from-rev and review), and only those
	// are read. A file is checked when a whole scan would list it (the same ignore rules and
	// filters); the repository-wide finding is made as a whole scan would make it.
	Only []string
	// absPaths: jobs carry their absolute path (for Only; kept by the Azure probe, which lists
	// every file).
	absPaths bool
	// CacheDir holds the result cache (see cache.go); "" scans without one.
	CacheDir string
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

// FileError is a file that was skipped or could not be (fully) checked. It never stops the
// scan.
type FileError struct {
	Path string
	Err  error
	// Skipped marks a documented skip (binary content, over the size cap, not a regular file,
	// a symlink loop): left out on purpose, it does not change the exit code.
	Skipped bool
	// Partial marks a file checked another way where its parser gave up (line by line, or
	// what parsed around a syntax error): documented, it does not change the exit code either.
	// Every other FileError is a file that could not be checked, which fails the run.
	Partial bool
}

func (e FileError) Error() string { return e.Path + ": " + e.Err.Error() }

// Stats describe the work a scan did.
type Stats struct {
	Files int64 // files read
	// Binary counts the binary files the walk found and left unread past their first bytes
	// (images, archives): too many to list one by one, so the CLI gives one line for them all.
	Binary     int64
	Bytes      int64 // bytes read
	Candidates int64 // files that passed the prefilter
	// Unparsed are candidates in a parsed language that the second check (needsTree) found
	// could not hold a finding a grammar shows: no "key", no env-fallback client.
	Unparsed int64
	Parsed   int64 // files parsed with a grammar
	// Cached counts the files whose results came from the result cache (the counts above
	// include what those files contributed when they were checked).
	Cached   int64
	Duration time.Duration
}

// Unchecked counts the files that could not be checked (FileErrors that are not skips).
func (r *Result) Unchecked() int {
	n := 0
	for _, e := range r.Errors {
		if !e.Skipped && !e.Partial {
			n++
		}
	}
	return n
}

// Result is what Run returns.
type Result struct {
	Findings []keylint.Finding
	Errors   []FileError
	Stats    Stats
	// Unused are the suppressions that matched no finding (with Config.Strict), by path and line.
	Unused []Suppression
	// Clients are the Azure clients constructed in the files, keyless or not, by path and line.
	Clients []ClientSite
	// Hits are the keyword hits in code and their outcomes, with Config.Hits.
	Hits []Hit
	// Secrets are the secret values the checkers saw in any file (each finding's Secrets),
	// for the output boundary (package redact) to hide wherever they show up.
	Secrets []string
	// CacheErr is why the result cache could not be written, if it could not (the results are
	// complete either way).
	CacheErr error
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
		keywords = append(keywords[:len(keywords):len(keywords)], "keylint") // a file with only a suppression is checked too
	}
	pre, err := newPrefilter(keywords)
	if err != nil {
		return nil, fmt.Errorf("azure-markers: %w", err)
	}
	e := &engine{cfg: &cfg, pre: pre, git: newGitState(), budget: semaphore.NewWeighted(parseBudget)}
	if cfg.Only != nil {
		cfg.absPaths = true
		e.only = make(map[string]bool, len(cfg.Only))
		for _, p := range cfg.Only {
			e.only[p] = true
		}
	}
	e.cache = openCache(&cfg, start)

	jobs := make(chan job, 256)
	res := &Result{}
	reportErr := func(fe FileError) {
		e.mu.Lock()
		res.Errors = append(res.Errors, fe)
		e.mu.Unlock()
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
			w := &worker{engine: e, parser: parsers.NewParser(), cache: e.cache}
			defer w.parser.Close()
			for j := range jobs {
				if !e.owns(j) {
					continue
				}
				e.merge(w.scanFile(ctx, j), res)
			}
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	res.CacheErr = e.cache.save()
	res.Findings = append(res.Findings, e.repoWide(ctx)...)
	res.Findings = sortAndDedupe(res.Findings)
	res.Unused = e.unused
	res.Clients = sortClients(e.clients)
	res.Secrets = e.secretList()
	res.Hits = e.hits.sorted()
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
	budget   *semaphore.Weighted // parseBudget
	hits     hitLog
	pre      *prefilter
	git      *gitState
	cache    *resultCache    // nil without a cache
	only     map[string]bool // Config.Only
	sawAzure atomic.Bool     // some file talks to Azure

	mu      sync.Mutex // guards what merge adds to
	stats   Stats
	unused  []Suppression
	clients []ClientSite
	secrets map[string]bool
}

// secretList returns the secret values seen so far, sorted.
func (e *engine) secretList() []string {
	e.mu.Lock()
	defer e.mu.Unlock()
	out := make([]string, 0, len(e.secrets))
	for s := range e.secrets {
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

type worker struct {
	*engine
	parser *parsers.Parser
	buf    []byte
	clientLog
	// file is the contribution of the file being scanned (see fileResult).
	file fileResult
	// cache is the result cache this worker reads and records to (nil: none); info is the
	// file's stat data taken after it was opened, src the bytes read, for the record.
	cache    *resultCache
	info     os.FileInfo
	src      []byte
	replayed bool // the file's result came from the cache
	panicked bool
	notes    *hitNotes // the current file's, with Config.Hits
}

// scanFile scans one file and returns its contribution, valid until the next call. Its result
// comes from the cache when an entry holds it.
func (w *worker) scanFile(ctx context.Context, j job) *fileResult {
	r := &w.file
	r.reset()
	w.info, w.src, w.replayed, w.panicked = nil, nil, false, false
	if !j.explicit && binaryName(j.display) {
		r.stats.Binary = 1 // counted with the binaries, not opened
		return r
	}
	if w.replayUnread(j) {
		return r
	}
	fs, err := w.checkJob(ctx, j)
	if !w.replayed {
		r.findings, r.err = fs, fileErrorOf(j.display, err)
		w.record(ctx, j)
	}
	if cap(w.buf) > 8<<20 {
		w.buf = nil // a big file's buffer is not kept for the small ones after it
	}
	return r
}

// checkJob reads and checks one file into w.file. A panic anywhere below is turned into a
// FileError: a bug in one checker must not end the scan.
func (w *worker) checkJob(ctx context.Context, j job) (out []keylint.Finding, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, w.panicked = nil, true
			err = fmt.Errorf("internal error, file skipped (please report this): %v\n%s", r, debug.Stack())
		}
	}()
	src, skipMsg, err := w.read(j)
	if err != nil || src == nil {
		if skipMsg != "" {
			return nil, skip(skipMsg)
		}
		return nil, err
	}
	if w.replayRead(j, src) {
		return nil, nil
	}
	w.src = src
	w.file.stats.Files++
	if w.cfg.Progress != nil {
		w.cfg.Progress.Files.Add(1)
	}
	w.file.stats.Bytes += int64(len(src))
	lang := parsers.ForPath(j.display, src)
	w.file.lang = lang
	if !alwaysChecked(lang, j.display) && !w.pre.candidate(src, keyContext(lang, j.display)) {
		return nil, nil
	}
	w.file.stats.Candidates++
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
				return nil, "skipped: symlink loop", nil
			}
			return nil, "", nil
		case errors.Is(err, syscall.ELOOP):
			return nil, "skipped: symlink loop", nil
		case !j.explicit && os.IsNotExist(err):
			return nil, "", nil // listed by git but deleted in the work tree
		}
		return nil, "", describeOpenError(err)
	}
	defer f.Close()
	if j.explicit {
		// Named by the user: may be anything; only regular files are read.
		info, err := f.Stat()
		if err != nil {
			return nil, "", describeOpenError(err)
		}
		if info.IsDir() {
			return nil, "", nil
		}
		if !info.Mode().IsRegular() {
			return nil, "skipped: not a regular file (" + fileKind(info.Mode()) + ")", nil
		}
		w.info = info
	} else if w.cache != nil {
		// The stat data for the file's cache entry, taken before its bytes are read.
		if info, err := f.Stat(); err == nil && info.Mode().IsRegular() {
			w.info = info
		}
	}
	limit := int(w.cfg.MaxFileSize)
	if strings.EqualFold(filepath.Ext(j.path), ".ipynb") {
		limit = max(limit, notebookMaxFileSize)
	}
	if cap(w.buf) < 64<<10 {
		w.buf = make([]byte, 64<<10)
	}
	// A binary found by walking is known from its first bytes, and a file over the cap from its
	// size once the first chunk fills the buffer: neither is read further.
	quietBinary := !j.explicit && parsers.ForPath(j.display, nil).Lang == keylint.Text
	total, checked, sized := 0, false, false
	for {
		if total == cap(w.buf) {
			if total > limit {
				break
			}
			size := 2 * cap(w.buf)
			if size > 4<<20 {
				// A big file: size the buffer once from the file's size, not by doubling, which
				// held 1.5 to 3 times the file at the last copy.
				if info, err := f.Stat(); err == nil && info.Size() >= int64(total) {
					size = int(min(info.Size(), int64(limit))) + 1
				}
			}
			grown := make([]byte, size)
			copy(grown, w.buf[:total])
			w.buf = grown
		}
		m, err := f.Read(w.buf[total:cap(w.buf)])
		total += m
		eof := err == io.EOF || (err == nil && m == 0)
		if !checked && (total >= binaryProbe || eof) {
			checked = true
			if quietBinary && isBinary(w.buf[:total]) && textenc.Detect(w.buf[:total]) == textenc.UTF8 {
				w.file.stats.Binary++ // an image or archive: counted, not listed
				return nil, "", nil
			}
		}
		if eof {
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
		if total == cap(w.buf) && !sized {
			sized = true
			if info, err := f.Stat(); err == nil && info.Mode().IsRegular() && info.Size() > int64(limit) {
				return nil, overCap(info.Size(), w.cfg.MaxFileSize), nil
			}
		}
	}
	if total > limit {
		if !j.explicit && isBinary(w.buf[:total]) && parsers.ForPath(j.display, nil).Lang == keylint.Text {
			w.file.stats.Binary++ // a big image or archive: counted, not listed
			return nil, "", nil
		}
		size := int64(total)
		if info, err := f.Stat(); err == nil {
			size = info.Size()
		}
		return nil, overCap(size, w.cfg.MaxFileSize), nil
	}
	src = w.buf[:total]
	if text, _, ok := textenc.Decode(src); ok {
		return text, "", nil // UTF-16 with a byte-order mark: checked as the text it holds
	}
	if isBinary(src) {
		if j.explicit || parsers.ForPath(j.display, nil).Lang != keylint.Text {
			return nil, "skipped: binary content (NUL bytes)", nil
		}
		w.file.stats.Binary++
		return nil, "", nil
	}
	return src, "", nil
}

func overCap(size, limit int64) string {
	return fmt.Sprintf("skipped: %s is over the %s size cap (raise max-file-size in .keylint.yaml)", humanSize(size), humanSize(limit))
}

// skipError is a documented skip (FileError.Skipped).
type skipError struct{ msg string }

func (e skipError) Error() string { return e.msg }

func skip(msg string) error { return skipError{msg} }

// partialError is a file checked in part (FileError.Partial).
type partialError struct{ err error }

func (e partialError) Error() string { return e.err.Error() }
func (e partialError) Unwrap() error { return e.err }

// newFileError classifies what went wrong with a file.
func newFileError(path string, err error) FileError {
	var sk skipError
	var pe partialError
	return FileError{Path: path, Err: err, Skipped: errors.As(err, &sk), Partial: errors.As(err, &pe)}
}

// fileKind names a special file for the skip message.
func fileKind(m os.FileMode) string {
	switch {
	case m&os.ModeNamedPipe != 0:
		return "a named pipe"
	case m&os.ModeSocket != 0:
		return "a socket"
	case m&os.ModeDevice != 0:
		return "a device"
	}
	return "mode " + m.String()
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

// binaryExts are formats that are binary by definition (images, audio and video, fonts,
// archives, compiled code, office documents, columnar data): found by walking, they are counted
// as binaries without being opened. A file of this name that holds text is a Git LFS pointer or
// empty. PDF and pickle are not here: both can be text.
var binaryExts = map[string]bool{
	".png": true, ".jpg": true, ".jpeg": true, ".gif": true, ".ico": true, ".webp": true, ".bmp": true, ".tif": true, ".tiff": true,
	".mp3": true, ".mp4": true, ".wav": true, ".flac": true, ".ogg": true, ".webm": true, ".mov": true, ".avi": true, ".m4a": true,
	".woff": true, ".woff2": true, ".ttf": true, ".otf": true, ".eot": true,
	".zip": true, ".gz": true, ".tgz": true, ".bz2": true, ".xz": true, ".7z": true, ".rar": true, ".jar": true, ".war": true, ".whl": true, ".nupkg": true,
	".class": true, ".dll": true, ".exe": true, ".so": true, ".dylib": true, ".o": true, ".a": true, ".pyc": true, ".pyo": true,
	".docx": true, ".xlsx": true, ".pptx": true, ".parquet": true,
}

// binaryName reports a file name with a binary format's extension.
func binaryName(path string) bool {
	i := strings.LastIndexByte(path, '.')
	if i < 0 || strings.IndexByte(path[i:], '/') >= 0 {
		return false
	}
	ext := path[i:]
	return binaryExts[ext] || binaryExts[strings.ToLower(ext)]
}

// binaryProbe is how many first bytes tell a binary file (git's rule).
const binaryProbe = 8000

// isBinary uses git's rule: a NUL byte in the first 8000 bytes.
func isBinary(src []byte) bool {
	head := src
	if len(head) > binaryProbe {
		head = head[:binaryProbe]
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
			if p.Path == f.Path && p.RuleID == "KL106" && f.RuleID == "KL106" && f.Span.Start < p.Span.End {
				// One key, found by the code rules with its quotes ("in api-key") and by the
				// key formats without: one finding, the code rules' (it says where the key goes).
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
	e := &engine{cfg: &cfg, pre: pre, git: newGitState(), budget: semaphore.NewWeighted(parseBudget)}
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
	c.w.file.reset()
	defer c.w.merge(&c.w.file, nil) // the secrets, for Secrets
	fs, err := c.w.checkFile(ctx, job{path: path, display: display, explicit: true}, parsers.ForPath(display, src), src)
	return sortAndDedupe(fs), err
}

// Secrets returns the secret values the checks so far have seen, for the output boundary.
func (c *FileChecker) Secrets() []string { return c.w.secretList() }

// Close frees the parser.
func (c *FileChecker) Close() { c.w.parser.Close() }
