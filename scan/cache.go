package scan

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/crc32"
	"hash/fnv"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/keylint/keylint"
)

// The result cache. A scan's results per file are a function of the file's path, its bytes,
// keylint's build and the settings that change what a file yields (resultKey). The cache keeps
// them in one index per scan (the tool, the settings, the working directory, the paths and
// filters: indexName), an entry per file:
//
//   - An entry is found by the file's path and checked against its stat data (size, mtime,
//     ctime, inode, device, mode), as git's index does: an unchanged file is not even opened.
//   - The real key is a CRC-32C of the bytes read: when the stat data differ (a touch, a
//     checkout) the file is read and its checksum compared; equal bytes replay the entry.
//   - Racy entries, whose mtime or ctime is not older than the run that recorded them by
//     racyMargin, are always re-read: a same-size edit within the file system's timestamp
//     granularity would otherwise keep the stat data of the bytes recorded.
//   - A file with secrets is always read: the cache holds secret spans, never secret values,
//     and the values for the output boundary are taken from the file.
//   - Files whose results depend on more than their own bytes are never cached: dotenv (git
//     status), Terraform (variable defaults from the module's other files), policy XML, and
//     the files whose checkers read others (check.Pass.ReadOthers: a Bicep or ARM file's API
//     Management policy, whose backends are looked up across the project, a Go file that
//     names a header by another package's constant); see cacheable.
//   - A result that used the other files of a directory (check.Pass.DependsOn: a Go header
//     name that is a constant of another file of the package) is cached with a stamp of that
//     directory's files (names and stat data, stampDir) and replayed only while the stamp holds.
//
// An index is written to a temp file in the cache directory and renamed over the old one, so a
// concurrent run reads a whole index or none, and the last writer wins. After a write the
// directory is trimmed to the maxIndexes most recently used indexes and maxCacheBytes in total.

// cacheFormat changes when the index layout or what an entry means does.
const cacheFormat = "keylint-cache-2"

// racyMargin: an entry whose file changed less than this before the recording run started is
// read again by the next run.
var racyMargin = 2 * time.Second

// The cache directory's bounds: indexes kept, and their bytes in total.
const maxIndexes = 32

var maxCacheBytes int64 = 256 << 20 // a var for the tests

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// fileStat is what the cache compares before it trusts an entry without reading the file.
type fileStat struct {
	Size, MTime, CTime int64
	Ino, Dev           uint64
	Mode               uint32
}

// cacheEntry is one file's recorded result. Most files contribute only their stats (read,
// not a candidate), so what they contribute beyond that is kept apart (R) and the entry stays
// small: an index holds an entry for every file of a tree.
type cacheEntry struct {
	Path string // as reported
	Stat fileStat
	Sum  uint32 // CRC-32C of the bytes read (with entContent)
	// Bytes is how many bytes were read (Stats.Bytes).
	Bytes  int64
	Seen   int64 // start of the run that read the file (Unix ns), for the racy check
	Flags  entFlags
	Parsed uint16 // Stats.Parsed (notebooks parse one tree per cell language)
	// kept marks an entry of the old index carried over by this run (keep); not written.
	kept bool
	R    *cacheResult
}

type entFlags uint8

const (
	entExplicit entFlags = 1 << iota // named on the command line (other skip rules)
	// entContent: Sum and Bytes cover the file's bytes as read. Without it the file was decided
	// from its stat data and first bytes (over the size cap, binary): replayed on equal stat
	// data only.
	entContent
	entAzure     // the file talks to Azure
	entFiles     // Stats.Files (the file was read)
	entBinary    // Stats.Binary
	entCandidate // Stats.Candidates
	entUnparsed  // Stats.Unparsed
	entHits      // recorded with hit accounting (Config.Hits): R.Hits are the file's hits
)

// cacheResult is what a file contributes beyond its stats.
type cacheResult struct {
	Findings    []keylint.Finding
	SecretSpans []keylint.Span
	ErrMsg      string
	ErrKind     errKind
	Clients     []ClientSite
	Unused      []Suppression
	Hits        []Hit
	Deps        []DirStamp // directories the result used, stamped when it was recorded
}

// DirStamp is a directory a cached result depends on, with a hash of its files' names and
// stat data (stampDir) when the result was recorded.
type DirStamp struct {
	Dir string
	Sum uint64
}

func (e *cacheEntry) explicit() bool { return e.Flags&entExplicit != 0 }

// stats are the entry's share of Stats.
func (e *cacheEntry) stats() Stats {
	var s Stats
	bit := func(f entFlags) int64 {
		if e.Flags&f != 0 {
			return 1
		}
		return 0
	}
	s.Files, s.Binary, s.Candidates, s.Unparsed = bit(entFiles), bit(entBinary), bit(entCandidate), bit(entUnparsed)
	s.Bytes = e.Bytes * s.Files
	s.Parsed = int64(e.Parsed)
	return s
}

// flagsOf sets the flags of a file's stats and Azure bit.
func flagsOf(r *fileResult) entFlags {
	var f entFlags
	set := func(on bool, bit entFlags) {
		if on {
			f |= bit
		}
	}
	set(r.azure, entAzure)
	set(r.stats.Files > 0, entFiles)
	set(r.stats.Binary > 0, entBinary)
	set(r.stats.Candidates > 0, entCandidate)
	set(r.stats.Unparsed > 0, entUnparsed)
	return f
}

// resultCache is one scan's view of the cache: the index read at the start (old) and the one
// this run builds (next).
type resultCache struct {
	dir, name string
	tool, key string
	start     int64 // this run's start, Unix ns
	readOnly  bool  // look up, never write (a run over part of the files)
	hits      bool  // Config.Hits

	old    map[string]*cacheEntry // read through index(): set once loaded is closed
	loaded chan struct{}

	stamps sync.Map // directory -> dirStamp, each stamped once a run

	mu    sync.Mutex
	kept  atomic.Int64 // entries of old carried over (keep)
	next  map[string]*cacheEntry
	dirty bool // next differs from old
}

// openCache reads the index for this scan; a missing or unreadable index is an empty one.
func openCache(cfg *Config, start time.Time) *resultCache {
	if cfg.CacheDir == "" {
		return nil
	}
	c := &resultCache{dir: cfg.CacheDir, tool: toolIdentity(), key: cfg.resultKey(), start: start.UnixNano(),
		readOnly: cfg.Only != nil, hits: cfg.Hits, next: map[string]*cacheEntry{}}
	c.name = indexName(cfg, c.tool, c.key)
	// The index is decoded while the walk starts: on a cached run decoding it is a tenth of the
	// work, and nothing but a lookup needs it.
	c.loaded = make(chan struct{})
	go func() {
		c.old = c.load()
		close(c.loaded)
	}()
	return c
}

// index is the index read at the start, once it is decoded.
func (c *resultCache) index() map[string]*cacheEntry {
	<-c.loaded
	return c.old
}

func (c *resultCache) load() map[string]*cacheEntry {
	data, err := os.ReadFile(filepath.Join(c.dir, c.name))
	if err != nil {
		return map[string]*cacheEntry{}
	}
	m, err := decodeIndex(data, c.tool, c.key)
	if err != nil {
		return map[string]*cacheEntry{} // damaged or not ours: start over
	}
	return m
}

// lookup returns the entry recorded for a job's file, if any, and if it holds what this run
// needs (the file's hits, with hit accounting).
func (c *resultCache) lookup(j job) *cacheEntry {
	if c == nil {
		return nil
	}
	e := c.index()[j.display]
	if e == nil || e.explicit() != j.explicit || c.hits && e.Flags&entHits == 0 {
		return nil
	}
	return e
}

// trusted reports whether an entry can be replayed without reading the file: same stat data,
// not racy, no secrets to take from the file.
func (c *resultCache) trusted(e *cacheEntry, st fileStat) bool {
	if e.Stat != st || e.R != nil && len(e.R.SecretSpans) > 0 {
		return false
	}
	limit := e.Seen - racyMargin.Nanoseconds()
	return e.Stat.MTime < limit && e.Stat.CTime < limit
}

// dirStamp is one directory's stamp in this run.
type dirStamp struct {
	sum uint64
	// newest is the latest mtime or ctime of its files: a stamp of files that changed while
	// the run read them is racy.
	newest int64
	ok     bool
}

// stamp stamps a directory once per run.
func (c *resultCache) stamp(dir string) dirStamp {
	if s, ok := c.stamps.Load(dir); ok {
		return s.(dirStamp)
	}
	s := stampDir(dir)
	c.stamps.Store(dir, s)
	return s
}

// stampDir hashes the names and stat data (as the cache compares a file's own: size, mtime,
// ctime, inode, device, mode) of a directory's entries, not what is below them: a file
// added, removed, renamed or written there changes the stamp.
func stampDir(dir string) dirStamp {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return dirStamp{}
	}
	h := fnv.New64a()
	var newest int64
	for _, e := range ents {
		info, err := e.Info()
		if err != nil {
			return dirStamp{}
		}
		st := statOf(info)
		fmt.Fprintf(h, "%s\x00%d %d %d %d %d %d\x00", e.Name(), st.Size, st.MTime, st.CTime, st.Ino, st.Dev, st.Mode)
		newest = max(newest, st.MTime, st.CTime)
	}
	return dirStamp{sum: h.Sum64(), newest: newest, ok: true}
}

// depsHold reports whether the directories an entry depends on are as they were stamped.
func (c *resultCache) depsHold(e *cacheEntry) bool {
	if e.R == nil {
		return true
	}
	for _, d := range e.R.Deps {
		if s := c.stamp(d.Dir); !s.ok || s.sum != d.Sum {
			return false
		}
	}
	return true
}

// keep carries an entry over unchanged into the next index. It only marks the entry: on a
// rerun of an unchanged tree every file is kept, and save then has nothing to build or write.
func (c *resultCache) keep(e *cacheEntry) {
	if c.readOnly || e.kept {
		return
	}
	e.kept = true // each file is one worker's: no other goroutine writes this entry
	c.kept.Add(1)
}

// put records an entry made (or verified) by this run.
func (c *resultCache) put(e *cacheEntry) {
	if c.readOnly {
		return
	}
	c.mu.Lock()
	c.next[e.Path] = e
	c.dirty = true
	c.mu.Unlock()
}

// save writes the next index, if it differs from the old one, and trims the directory. Errors
// are returned for the caller to ignore or print: a cache that cannot be written costs time,
// never results.
func (c *resultCache) save() error {
	if c == nil || c.readOnly {
		return nil
	}
	path := filepath.Join(c.dir, c.name)
	old := c.index()
	if !c.dirty && int(c.kept.Load()) == len(old) {
		now := time.Now()
		os.Chtimes(path, now, now) // used: recent for the trim
		return nil
	}
	entries := make([]*cacheEntry, 0, len(c.next)+int(c.kept.Load()))
	for _, e := range c.next {
		entries = append(entries, e)
	}
	for p, e := range old {
		if e.kept && c.next[p] == nil {
			entries = append(entries, e)
		}
	}
	data, err := encodeIndex(c.tool, c.key, entries)
	if err != nil {
		return err
	}
	if int64(len(data)) > maxCacheBytes {
		return fmt.Errorf("an index of %s is over the cache's %s bound", humanSize(int64(len(data))), humanSize(maxCacheBytes))
	}
	if err := os.MkdirAll(c.dir, 0o755); err != nil {
		return err
	}
	writeCacheTag(c.dir)
	tmp, err := os.CreateTemp(c.dir, ".tmp-index-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // no-op after the rename
	_, werr := tmp.Write(data)
	if cerr := tmp.Close(); werr == nil {
		werr = cerr
	}
	if werr != nil {
		return werr
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	trimCache(c.dir, c.name)
	return nil
}

// trimCache keeps the maxIndexes most recently used indexes within maxCacheBytes (the one just
// written always), and removes temp files a crashed run left behind.
func trimCache(dir, keep string) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	type file struct {
		name string
		size int64
		mod  time.Time
	}
	var idx []file
	for _, d := range ents {
		info, err := d.Info()
		if err != nil {
			continue
		}
		switch name := d.Name(); {
		case strings.HasPrefix(name, ".tmp-index-"):
			if time.Since(info.ModTime()) > time.Hour {
				os.Remove(filepath.Join(dir, name))
			}
		case strings.HasPrefix(name, "index-"):
			idx = append(idx, file{name, info.Size(), info.ModTime()})
		}
	}
	sort.SliceStable(idx, func(a, b int) bool { return idx[a].name == keep || idx[b].name != keep && idx[a].mod.After(idx[b].mod) })
	var total int64
	for i, f := range idx {
		total += f.size
		if f.name != keep && (i >= maxIndexes || total > maxCacheBytes) {
			os.Remove(filepath.Join(dir, f.name)) // another run may have removed it already
		}
	}
}

// writeCacheTag marks the directory as a cache for backup tools (bford.ai/cachedir).
func writeCacheTag(dir string) {
	tag := filepath.Join(dir, "CACHEDIR.TAG")
	if _, err := os.Stat(tag); errors.Is(err, fs.ErrNotExist) {
		os.WriteFile(tag, []byte("Signature: 8a477f597d28d172789f06886806bc55\n# keylint's result cache: safe to delete.\n"), 0o644)
	}
}

// toolIdentity names this build of keylint: its module version and VCS stamp, and the
// executable's size and mtime, so a rebuilt dev binary never reads a stale result.
var toolIdentity = sync.OnceValue(func() string {
	var b strings.Builder
	if bi, ok := debug.ReadBuildInfo(); ok {
		b.WriteString(bi.Main.Path + "@" + bi.Main.Version)
		for _, s := range bi.Settings {
			if strings.HasPrefix(s.Key, "vcs.") {
				b.WriteString(" " + s.Key + "=" + s.Value)
			}
		}
	}
	if exe, err := os.Executable(); err == nil {
		if info, err := os.Stat(exe); err == nil {
			fmt.Fprintf(&b, " exe=%d,%d", info.Size(), info.ModTime().UnixNano())
		}
	}
	return b.String()
})

// resultKey is every setting that changes what a file yields: rule severities, the check
// options (key-name globs, Azure markers, token scope, generated files), the extra prefilter
// keywords, --strict, --fix-tests (test files' fixes are dropped) and the size cap. Hit accounting only adds to a file's results: an entry
// says whether it holds the file's hits (entHits), so runs with and without it share an index.
func (c *Config) resultKey() string {
	o := *c.Opts
	kn, mk := o.KeyNames, o.Markers
	o.KeyNames, o.Markers = nil, nil
	var b strings.Builder
	fmt.Fprintf(&b, "%#v|", o)
	if kn != nil {
		fmt.Fprintf(&b, "%#v", *kn)
	}
	b.WriteString("|")
	if mk != nil {
		fmt.Fprintf(&b, "%#v", *mk)
	}
	fmt.Fprintf(&b, "|%#v|%#v|%v|%v|%d", c.Severity, c.ExtraKeywords, c.Strict, c.FixTests, c.MaxFileSize)
	return b.String()
}

// indexName picks the index for a scan: one per tool, settings, working directory, paths,
// filters and shard, so scans of different trees keep their own.
func indexName(c *Config, tool, key string) string {
	wd, _ := os.Getwd()
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00%s\x00%q\x00%q\x00%q\x00%v", cacheFormat, tool, key, wd, c.Paths, c.Include, c.Exclude, c.Shard)
	return "index-" + hex.EncodeToString(h.Sum(nil)[:16]) + ".bin"
}

// DefaultCacheDir is the user's cache directory for keylint (os.UserCacheDir()/keylint), or ""
// when there is none.
func DefaultCacheDir() string {
	dir, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "keylint")
}

// cacheable reports whether a file's result may be recorded: its result is a function of its
// own bytes (not of git's state or other files), and it was read and checked to the end.
func (w *worker) cacheable(ctx context.Context) bool {
	if w.info == nil || w.panicked || ctx.Err() != nil || kindOf(w.file.err) == errFailed {
		return false
	}
	if w.file.readOthers {
		// API Management policies (in policy XML, Bicep, ARM) look their backends up in the
		// project's other IaC files (iac.APIMTree); a Go file's header names may be constants
		// of the package's other files.
		return false
	}
	if l := w.file.lang; l != nil {
		switch l.Lang {
		case keylint.Dotenv, keylint.Terraform, keylint.APIMPolicy:
			// Dotenv findings depend on the file's git status; Terraform's read the
			// variable defaults of the module's other .tf files; a policy file's rules
			// need its backends, defined elsewhere. Bicep and ARM files are cached unless
			// they held a policy (readOthers).
			return false
		}
	}
	return true
}

// replayUnread replays the entry of a file whose stat data say it has not changed since it was
// recorded, without opening it.
func (w *worker) replayUnread(j job) bool {
	e := w.cache.lookup(j)
	if e == nil {
		return false
	}
	st, ok := j.stat, j.statted
	if !ok {
		var info os.FileInfo
		var err error
		if j.explicit {
			info, err = os.Stat(j.path)
		} else {
			info, err = os.Lstat(j.path)
		}
		if err != nil {
			return false
		}
		st = statOf(info)
	}
	if !w.cache.trusted(e, st) || !w.cache.depsHold(e) {
		return false
	}
	w.replay(j, e, nil)
	w.cache.keep(e)
	return true
}

// replayRead replays the entry of a file read again (stat data changed, racy, or secrets to
// take) when its bytes are the ones recorded, and records the entry again with the new stat
// data.
func (w *worker) replayRead(j job, src []byte) bool {
	e := w.cache.lookup(j)
	if e == nil || e.Flags&entContent == 0 || e.Bytes != int64(len(src)) || e.Sum != crc32.Checksum(src, castagnoli) || w.info == nil || !w.cache.depsHold(e) {
		return false
	}
	w.replay(j, e, src)
	if st := statOf(w.info); w.cache.trusted(&cacheEntry{Stat: e.Stat, Seen: e.Seen}, st) {
		w.cache.keep(e) // read for its secrets only: the entry stands as it is
	} else {
		again := *e
		again.Stat, again.Seen = st, w.cache.start
		w.cache.put(&again)
	}
	return true
}

// replay fills w.file from an entry; src, when read, gives the secret values.
func (w *worker) replay(j job, e *cacheEntry, src []byte) {
	w.replayed = true
	r := &w.file
	if x := e.R; x != nil {
		r.findings = append([]keylint.Finding(nil), x.Findings...)
		r.err = errorOfKind(j.display, x.ErrMsg, x.ErrKind)
		r.addSecrets(src, x.SecretSpans)
		r.clients, r.unused = x.Clients, x.Unused
		if w.cfg.Hits {
			r.hits = x.Hits
		}
	}
	r.azure = e.Flags&entAzure != 0
	r.stats = e.stats()
	r.stats.Cached = 1
	if w.cfg.Progress != nil && r.stats.Files > 0 {
		w.cfg.Progress.Files.Add(1)
	}
}

// record puts a checked file's result into the next index.
func (w *worker) record(ctx context.Context, j job) {
	if w.cache == nil || w.cache.readOnly || !w.cacheable(ctx) {
		return
	}
	r := &w.file
	e := &cacheEntry{Path: j.display, Stat: statOf(w.info), Seen: w.cache.start, Flags: flagsOf(r), Parsed: uint16(min(r.stats.Parsed, 1<<16-1)), Bytes: r.stats.Bytes}
	if j.explicit {
		e.Flags |= entExplicit
	}
	if w.cfg.Hits {
		e.Flags |= entHits
	}
	var deps []DirStamp
	for _, d := range r.dependsOn {
		s := w.cache.stamp(d)
		if !s.ok || s.newest >= w.cache.start-racyMargin.Nanoseconds() {
			return // racy: the files may have changed after the checker read them
		}
		deps = append(deps, DirStamp{Dir: d, Sum: s.sum})
	}
	if len(r.findings)+len(r.secretSpans)+len(r.clients)+len(r.unused)+len(r.hits)+len(deps) > 0 || r.err != nil {
		e.R = &cacheResult{Findings: r.findings, SecretSpans: r.secretSpans, Clients: r.clients, Unused: r.unused, Hits: r.hits, Deps: deps}
		if r.err != nil {
			e.R.ErrMsg, e.R.ErrKind = r.err.Err.Error(), kindOf(r.err)
		}
	}
	if w.src != nil {
		e.Flags |= entContent
		e.Bytes, e.Sum = int64(len(w.src)), crc32.Checksum(w.src, castagnoli)
	} else if len(r.secretSpans) > 0 {
		return
	}
	w.cache.put(e)
}
