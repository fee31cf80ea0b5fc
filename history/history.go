// Package history finds keys that were ever committed to a git repository: the lines every
// commit added are checked with the same engine and rules as a scan, and each key is reported
// once, at the first commit that added it, with whether HEAD still holds it. A committed key
// is exposed for good, deleted or not: the only remedy is to rotate it.
//
// `git log --raw` lists the blobs each commit added or modified (git compares trees only, no
// diffs); workers, each with its own `git cat-file --batch`, read the new blobs, skip those
// without a prefilter keyword, find the lines the commit added (a line the old blob lacks), and
// run the engine only on blobs whose added lines pass the prefilter. Findings are kept when the
// key they hold sits on an added line. It prints nothing.
package history

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"github.com/keylint/keylint/textenc"
	"hash/maphash"
	"io"
	"os/exec"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/keyformat"
	"github.com/keylint/keylint/check"
	"github.com/keylint/keylint/scan"
)

// Config is what Run needs.
type Config struct {
	// Dir is a directory of the repository (default "."); below the top of a work tree only the
	// files under it are scanned.
	Dir string
	// Since limits the scan to the commits after this revision (REV..HEAD).
	Since string
	// All scans the commits of every branch and tag (git log --all), not only HEAD's.
	All bool
	// Scan holds the rules, severities, options, include/exclude globs, size cap and workers.
	Scan scan.Config
}

// Finding is a key that a commit added.
type Finding struct {
	keylint.Finding
	Commit string    // full id of the first commit that added the key
	Date   time.Time // its author date
	// AtHead is true when the key is still in HEAD's tree (HeadPath is one file holding it).
	AtHead   bool
	HeadPath string
	// ReAdded counts the later commits that added the same key again (copies, reverts, other
	// branches).
	ReAdded int

	secret string
}

// Stats describe the work a history scan did.
type Stats struct {
	Commits    int64
	Changes    int64 // file versions the commits added or modified
	Blobs      int64 // blobs read
	Bytes      int64
	Candidates int64 // blobs whose added lines passed the prefilter: checked with the engine
	Binary     int64 // blobs skipped as binary
	TooBig     int64 // blobs over the size cap: searched only for the key formats that need no context
	Huge       int64 // blobs over 64 MiB: not read
	Missing    int64 // blobs not in the repository (a partial clone)
	Duration   time.Duration
}

// Result is what Run returns.
type Result struct {
	Findings []Finding
	// Errors are blobs that could only be checked in part (the path is COMMIT:PATH).
	Errors  []scan.FileError
	Stats   Stats
	Shallow bool // the repository is a shallow clone: only the commits present were scanned
}

// rulePriority lists the rules whose findings are committed keys, and which one reports a key
// that several find (a .env line is KL201 and KL106; a literal api_key= is KL102 and KL106):
// the key file rules, then the key formats (the message names the format), then key
// credentials, client keys, key headers and legacy globals, which need a literal value.
var rulePriority = map[string]int{"KL201": 1, "KL202": 2, "KL106": 3, "KL101": 4, "KL102": 5, "KL104": 6, "KL103": 7}

var literalRules = map[string]bool{"KL101": true, "KL102": true, "KL103": true, "KL104": true}

// notebookMaxSize mirrors the scan: notebooks are mostly outputs, only their code is checked.
const notebookMaxSize = 20 << 20

// Run scans the history. The error is for a scan that could not run (not a repository, a bad
// revision, git failing); blobs that could only be checked in part are in Result.Errors.
func Run(ctx context.Context, cfg Config) (*Result, error) {
	start := time.Now()
	if cfg.Dir == "" {
		cfg.Dir = "."
	}
	r, err := openRepo(ctx, cfg.Dir)
	if err != nil {
		return nil, err
	}
	res := &Result{Shallow: r.shallow}
	if cfg.Since != "" {
		if _, err := gitOutput(ctx, r.dir, "rev-parse", "--verify", "--quiet", cfg.Since+"^{commit}"); err != nil {
			return nil, fmt.Errorf("--since %q is not a revision of this repository", cfg.Since)
		}
	}
	if !r.hasHead && !cfg.All {
		return res, nil // no commits yet
	}

	sc := cfg.Scan
	if sc.Opts == nil {
		sc.Opts = check.DefaultOptions()
	}
	if sc.MaxFileSize <= 0 {
		sc.MaxFileSize = scan.DefaultMaxFileSize
	}
	// A blob read from a commit is committed: dotenv keys are reported as tracked.
	sc.GitStatus = func(string) check.GitStatus { return check.GitStatus{InRepo: true, Tracked: true} }
	workers := sc.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	skip, err := sc.PathFilter(r.top)
	if err != nil {
		return nil, err
	}
	pre, err := scan.NewPrefilter(sc)
	if err != nil {
		return nil, err
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	logCmd := gitCmd(ctx, r.dir, r.logArgs(cfg.Since, cfg.All)...)
	var logErr bytes.Buffer
	logCmd.Stderr = &logErr
	stdout, err := logCmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := logCmd.Start(); err != nil {
		return nil, fmt.Errorf("git log: %w", err)
	}

	s := &state{cfg: &sc, pre: pre, seed: maphash.MakeSeed(), cache: map[uint64][]found{}}
	changes := make(chan change, 1024)
	var commits []commit
	parseErr := make(chan error, 1)
	go func() {
		defer close(changes)
		err := parseLog(stdout, func(c commit) { commits = append(commits, c) }, func(c change) {
			if skip(c.path) {
				return
			}
			select {
			case changes <- c:
			case <-ctx.Done():
			}
		})
		_, _ = io.Copy(io.Discard, stdout) // let git finish if parsing stopped early
		parseErr <- err
	}()

	var wg sync.WaitGroup
	var firstErr error
	var errOnce sync.Once
	fail := func(err error) {
		errOnce.Do(func() { firstErr = err; cancel() })
	}
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := s.work(ctx, r.dir, changes); err != nil {
				fail(err)
			}
			for range changes { // drain after a failure so the parser is not blocked
			}
		}()
	}
	wg.Wait()
	perr := <-parseErr
	werr := logCmd.Wait()
	switch {
	case firstErr != nil:
		return nil, firstErr
	case ctx.Err() != nil:
		return nil, ctx.Err()
	case werr != nil:
		msg := strings.TrimSpace(logErr.String())
		if msg == "" {
			msg = werr.Error()
		}
		return nil, fmt.Errorf("git log: %s", msg)
	case perr != nil:
		return nil, perr
	}

	res.Findings = s.dedupe(commits)
	if r.hasHead {
		if err := markAtHead(ctx, r.dir, res.Findings); err != nil {
			return nil, err
		}
	}
	for i := range res.Findings {
		describe(&res.Findings[i])
	}
	res.Errors = s.errors
	sort.SliceStable(res.Errors, func(i, j int) bool { return res.Errors[i].Path < res.Errors[j].Path })
	res.Stats = s.stats
	res.Stats.Commits = int64(len(commits))
	res.Stats.Duration = time.Since(start)
	return res, nil
}

// state is shared by the workers.
type state struct {
	cfg  *scan.Config
	pre  *scan.Prefilter
	seed maphash.Seed

	stats Stats

	mu     sync.Mutex
	cache  map[uint64][]found // by (old, new, path): a change seen before has the same findings
	seen   []occurrence
	errors []scan.FileError
}

// found is a key in one blob, on a line the change added.
type found struct {
	finding keylint.Finding // positions and snippet in that blob
	secret  string
}

// occurrence is a key found in one change.
type occurrence struct {
	found
	seq, commit int
}

func (s *state) work(ctx context.Context, dir string, changes <-chan change) error {
	cat, err := startCatFile(ctx, dir)
	if err != nil {
		return err
	}
	defer cat.close()
	checker, err := scan.NewFileChecker(*s.cfg)
	if err != nil {
		return err
	}
	defer checker.Close()
	w := &worker{state: s, cat: cat, checker: checker}
	for c := range changes {
		if err := w.change(ctx, c); err != nil {
			return err
		}
		if ctx.Err() != nil {
			return nil
		}
	}
	return nil
}

type worker struct {
	*state
	cat            *catFile
	checker        *scan.FileChecker
	newBuf, oldBuf []byte
	text           []byte
}

func (w *worker) change(ctx context.Context, c change) error {
	atomic.AddInt64(&w.stats.Changes, 1)
	key := w.changeKey(c)
	w.mu.Lock()
	fs, seen := w.cache[key]
	w.mu.Unlock()
	if !seen {
		var err error
		if fs, err = w.check(ctx, c); err != nil {
			return err
		}
		w.mu.Lock()
		w.cache[key] = fs
		w.mu.Unlock()
	}
	if len(fs) > 0 {
		w.mu.Lock()
		for _, f := range fs {
			w.seen = append(w.seen, occurrence{found: f, seq: c.seq, commit: c.commit})
		}
		w.mu.Unlock()
	}
	return nil
}

func (w *worker) changeKey(c change) uint64 {
	var h maphash.Hash
	h.SetSeed(w.seed)
	h.WriteString(c.old)
	h.WriteByte(0)
	h.WriteString(c.new)
	h.WriteByte(0)
	h.WriteString(c.path)
	return h.Sum64()
}

// check reads the change's blobs and returns the keys on the lines it added.
func (w *worker) check(ctx context.Context, c change) ([]found, error) {
	limit := w.cfg.MaxFileSize
	if strings.HasSuffix(strings.ToLower(c.path), ".ipynb") {
		limit = max(limit, notebookMaxSize)
	}
	// Over the cap but under bigBlobMax, a blob is still searched for the key formats that
	// need no context (KL106), which costs what reading it costs; the engine is not run.
	readLimit := max(limit, bigBlobMax)
	src, status, size, err := w.cat.read(c.new, readLimit, &w.newBuf)
	if err != nil {
		return nil, err
	}
	switch status {
	case blobMissing:
		atomic.AddInt64(&w.stats.Missing, 1)
		return nil, nil
	case blobTooBig:
		atomic.AddInt64(&w.stats.Huge, 1)
		return nil, nil
	}
	atomic.AddInt64(&w.stats.Blobs, 1)
	atomic.AddInt64(&w.stats.Bytes, size)
	if text, _, ok := textenc.Decode(src); ok {
		src = text // UTF-16 with a byte-order mark
	}
	if isBinary(src) {
		atomic.AddInt64(&w.stats.Binary, 1)
		return nil, nil
	}
	big := size > limit
	head := src[:min(len(src), 256)]
	// The whole blob first: without a keyword in it, no added line has one.
	if !w.pre.Candidate(c.path, head, src) {
		if big {
			atomic.AddInt64(&w.stats.TooBig, 1)
		}
		return nil, nil
	}
	var old []byte
	if c.old != "" {
		o, st, _, err := w.cat.read(c.old, readLimit, &w.oldBuf)
		if err != nil {
			return nil, err
		}
		if text, _, ok := textenc.Decode(o); st == blobOK && ok {
			o = text
		}
		if st == blobOK && !isBinary(o) {
			old = o
		}
	}
	var added []bool
	added, w.text = addedLines(old, src, w.seed, w.text)
	if !w.pre.Candidate(c.path, head, w.text) {
		if big {
			atomic.AddInt64(&w.stats.TooBig, 1)
		}
		return nil, nil
	}
	if big {
		atomic.AddInt64(&w.stats.TooBig, 1)
		return committedKeys(w.keyFormats(c.path, src), src, added), nil
	}
	atomic.AddInt64(&w.stats.Candidates, 1)
	fs, err := w.checker.Check(ctx, c.path, src)
	if err != nil {
		w.mu.Lock()
		w.errors = append(w.errors, scan.FileError{Path: ShortID(c.commitID) + ":" + c.path, Err: err})
		w.mu.Unlock()
	}
	return committedKeys(fs, src, added), nil
}

// bigBlobMax bounds the blobs read at all (64 MiB): past the size cap only the key formats are
// searched in them, past this nothing.
const bigBlobMax = 64 << 20

// keyFormats finds the context-free key formats in a blob too big for the engine, as the
// hardcoded-key check would.
func (w *worker) keyFormats(path string, src []byte) []keylint.Finding {
	sev, set := w.cfg.Severity["KL106"]
	if set && sev == keylint.Off {
		return nil
	}
	if !set {
		sev = keylint.Error
	}
	var out []keylint.Finding
	for _, m := range keyformat.Find(src) {
		sp := keylint.Span{Start: m.Start, End: m.End}
		out = append(out, keylint.Finding{RuleID: "KL106", Severity: sev, Message: "hard-coded " + m.Describe(),
			Path: path, Span: sp, Secrets: []keylint.Span{sp}})
	}
	return out
}

// committedKeys keeps the findings that are a key on an added line, one per key, moved onto
// the key itself with every key of the blob redacted in the snippet.
func committedKeys(fs []keylint.Finding, src []byte, added []bool) []found {
	var secrets []keylint.Span
	for i := range fs {
		if literalRules[fs[i].RuleID] {
			fs[i].Secrets = append(fs[i].Secrets, literalSecrets(src, fs[i].Span)...)
		}
		secrets = append(secrets, fs[i].Secrets...)
	}
	var lines lineStarts
	var out []found
	at := map[keylint.Span]int{} // the key's span -> its finding in out
	for _, f := range fs {
		if rulePriority[f.RuleID] == 0 {
			continue
		}
		if lines == nil {
			lines = newLineStarts(src)
		}
		for _, sp := range f.Secrets {
			if sp.Start < 0 || sp.End > len(src) || sp.End <= sp.Start {
				continue
			}
			if l := lines.line(sp.Start); l >= len(added) || !added[l] {
				continue
			}
			if i, ok := at[sp]; ok {
				if rulePriority[f.RuleID] < rulePriority[out[i].finding.RuleID] {
					out[i].finding = relocate(f, sp, src, secrets)
				}
				break
			}
			at[sp] = len(out)
			out = append(out, found{finding: relocate(f, sp, src, secrets), secret: string(src[sp.Start:sp.End])})
			break
		}
	}
	return out
}

// relocate moves a finding onto the key it holds: its line is the one the commit added.
func relocate(f keylint.Finding, key keylint.Span, src []byte, secrets []keylint.Span) keylint.Finding {
	f.Span = key
	f.Start, f.End, f.Snippet = scan.Locate(src, key, secrets)
	f.Fixes = nil // a rewrite of an old version of the file means nothing now
	return f
}

// dedupe reports each key once: at the first commit that added it, counting the later commits
// that added it again.
func (s *state) dedupe(commits []commit) []Finding {
	sort.Slice(s.seen, func(i, j int) bool {
		a, b := s.seen[i], s.seen[j]
		if a.seq != b.seq {
			return a.seq < b.seq
		}
		return a.finding.Span.Start < b.finding.Span.Start
	})
	index := map[string]int{}
	later := map[string]map[int]bool{}
	var out []Finding
	var first []int // the commit index of each of out
	for _, o := range s.seen {
		k := o.secret
		if i, ok := index[k]; ok {
			if o.commit != first[i] {
				if later[k] == nil {
					later[k] = map[int]bool{}
				}
				later[k][o.commit] = true
				out[i].ReAdded = len(later[k])
			}
			continue
		}
		index[k] = len(out)
		c := commits[o.commit]
		f := Finding{Finding: o.finding, Commit: c.id, Date: c.date, secret: o.secret}
		f.Fingerprint = fingerprint(o.secret)
		out = append(out, f)
		first = append(first, o.commit)
	}
	return out
}

// fingerprint identifies a committed key whatever commit, path, line or rule it was found
// with, so a baseline keeps hiding it as the history grows. The hash never shows the key.
func fingerprint(secret string) string {
	h := sha256.New()
	h.Write([]byte("keylint history\x00"))
	h.Write([]byte(secret))
	return hex.EncodeToString(h.Sum(nil))[:32]
}

// markAtHead asks git, in one pass over HEAD's tree, which of the keys it still holds.
func markAtHead(ctx context.Context, dir string, fs []Finding) error {
	var patterns bytes.Buffer
	for _, f := range fs {
		if f.secret != "" && !strings.ContainsAny(f.secret, "\n\r") {
			patterns.WriteString(f.secret)
			patterns.WriteByte('\n')
		}
	}
	if patterns.Len() == 0 {
		return nil
	}
	// The keys go to git on stdin, never on a command line or in a file.
	cmd := gitCmd(ctx, dir, "grep", "-z", "-o", "-I", "-F", "--full-name", "--no-color", "-f", "-", "HEAD", "--", ":/")
	cmd.Stdin = &patterns
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	var exit *exec.ExitError
	if errors.As(err, &exit) && exit.ExitCode() == 1 {
		return nil // no key is left at HEAD
	}
	if err != nil {
		return fmt.Errorf("git grep HEAD: %s", strings.TrimSpace(stderr.String()))
	}
	at := map[string]string{}
	for _, line := range bytes.Split(out, []byte{'\n'}) {
		name, match, ok := bytes.Cut(line, []byte{0})
		if !ok {
			continue
		}
		p := strings.TrimPrefix(string(name), "HEAD:")
		if prev, ok := at[string(match)]; !ok || p < prev {
			at[string(match)] = p
		}
	}
	for i := range fs {
		if p, ok := at[fs[i].secret]; ok {
			fs[i].AtHead, fs[i].HeadPath = true, p
		}
	}
	return nil
}

// describe turns the engine's message into the history's: what the key is, the commit that
// added it, whether HEAD still has it, and that it must be rotated.
func describe(f *Finding) {
	msg := f.Message
	if f.RuleID == "KL201" || f.RuleID == "KL202" {
		// Their advice is about the work tree ("tracked by git ..."); the history's follows.
		msg, _, _ = strings.Cut(msg, ": ")
	}
	msg += fmt.Sprintf(", committed in %s (%s)", ShortID(f.Commit), f.Date.Format("2006-01-02"))
	if f.ReAdded > 0 {
		msg += fmt.Sprintf(" and added again in %d later commit%s", f.ReAdded, map[bool]string{true: "", false: "s"}[f.ReAdded == 1])
	}
	if f.AtHead {
		msg += "; still present at HEAD in " + f.HeadPath + ": rotate the key, then remove it"
	} else {
		msg += "; not present at HEAD, but the history keeps it: rotate the key"
	}
	f.Message = msg
}

// ShortID is the abbreviated commit id the output shows.
func ShortID(id string) string {
	if len(id) > 12 {
		return id[:12]
	}
	return id
}

// isBinary uses git's rule: a NUL byte in the first 8000 bytes.
func isBinary(src []byte) bool {
	return bytes.IndexByte(src[:min(len(src), 8000)], 0) >= 0
}
