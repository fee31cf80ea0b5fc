package scan

import (
	"context"
	"fmt"
	"hash/fnv"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/parsers"
)

// Shard is one part of a scan split across jobs: shard K of N (1-based) checks the files whose
// path, relative to the scan root it was found under and slash-separated, hashes (FNV-1a, 64
// bits) to K-1 modulo N. Every job that runs with the same paths agrees on every file whatever
// its checkout directory, so N jobs check each file exactly once. The zero Shard is the whole
// scan.
//
// The repository-wide finding (KL201's ".env is not ignored", reported on .gitignore) belongs,
// like any finding, to the shard that owns its file: the one that owns ".gitignore". Whether
// the repository talks to Azure depends on every file, so that shard, when its own files did
// not show it, also runs the checkers on the other shards' files until one talks to Azure.
// It does so only when the finding is due (.env is not ignored), and stops at the first.
type Shard struct {
	K, N int
}

// ParseShard reads "K/N" with 1 <= K <= N.
func ParseShard(s string) (Shard, error) {
	k, n, ok := strings.Cut(s, "/")
	ki, err1 := strconv.Atoi(strings.TrimSpace(k))
	ni, err2 := strconv.Atoi(strings.TrimSpace(n))
	if !ok || err1 != nil || err2 != nil || ni < 1 || ki < 1 || ki > ni {
		return Shard{}, fmt.Errorf("want K/N with 1 <= K <= N (1/4 is the first of four), not %q", s)
	}
	return Shard{K: ki, N: ni}, nil
}

func (s Shard) String() string { return fmt.Sprintf("%d/%d", s.K, s.N) }

// split reports whether the scan is split at all.
func (s Shard) split() bool { return s.N > 1 }

// Owns reports whether the shard checks the file with this root-relative slash path.
func (s Shard) Owns(rel string) bool {
	if !s.split() {
		return true
	}
	h := fnv.New64a()
	h.Write([]byte(rel))
	return h.Sum64()%uint64(s.N) == uint64(s.K-1)
}

// repoWidePath is the file the repository-wide finding is reported on.
const repoWidePath = ".gitignore"

// shardKey is a listed file's path relative to the scan root it came from (the first root
// that contains it, as discovery visits them), slash-separated. A file named on the command
// line is its own root and keeps its path.
func (c *Config) shardKey(display string) string {
	roots := c.Paths
	if len(roots) == 0 {
		roots = []string{"."}
	}
	for _, arg := range roots {
		r := toSlash(rootOf(arg))
		switch {
		case r == display:
			return display
		case r == ".":
			if !strings.HasPrefix(display, "../") && !strings.HasPrefix(display, "/") {
				return display
			}
		case strings.HasPrefix(display, strings.TrimSuffix(r, "/")+"/"):
			return display[len(strings.TrimSuffix(r, "/"))+1:]
		}
	}
	return display
}

// owns reports whether this run checks the job's file: its shard's, among the files of
// Config.Only.
func (e *engine) owns(j job) bool {
	if e.only != nil && !e.only[j.abs] {
		return false
	}
	return !e.cfg.Shard.split() || e.cfg.Shard.Owns(e.cfg.shardKey(j.display))
}

// repoWide returns the repository-wide findings this run reports (see Shard). A run over part
// of the files (a shard, Config.Only) that owns the finding's file asks the other files whether
// the repository talks to Azure when its own did not say so.
func (e *engine) repoWide(ctx context.Context) []keylint.Finding {
	sh := e.cfg.Shard
	if !sh.Owns(repoWidePath) {
		return nil
	}
	partial := sh.split() || e.only != nil
	if !partial && !e.sawAzure.Load() || e.only != nil && !e.onlyHasIgnoreFile() {
		return nil
	}
	fs := e.envNotIgnored(e.cfg.Paths) // one git call per root: is the finding due at all?
	if e.only != nil {
		kept := fs[:0]
		for _, f := range fs {
			if e.only[mustAbs(filepath.FromSlash(f.Path))] {
				kept = append(kept, f)
			}
		}
		fs = kept
	}
	if len(fs) == 0 || e.sawAzure.Load() {
		return fs
	}
	if !e.azureInOtherShards(ctx) {
		return nil
	}
	return fs
}

// onlyHasIgnoreFile reports whether a .gitignore is among Config.Only, where the repository-wide
// finding could be reported.
func (e *engine) onlyHasIgnoreFile() bool {
	for p := range e.only {
		if filepath.Base(p) == repoWidePath {
			return true
		}
	}
	return false
}

// azureInOtherShards runs the checkers on the files this run does not own (the other shards',
// those outside Config.Only), discarding what they find, until one file talks to Azure.
func (e *engine) azureInOtherShards(ctx context.Context) bool {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	cfg := *e.cfg
	cfg.Progress, cfg.Strict, cfg.CacheDir = nil, false, ""
	cfg.Only = nil // every file is listed; e.owns says which are the others
	probe := &engine{cfg: &cfg, pre: e.pre, git: e.git, budget: e.budget}
	jobs := make(chan job, 256)
	go func() {
		defer close(jobs)
		cfg.discover(ctx, jobs, func(FileError) {}) // their errors are the other shards' to report
	}()
	workers := cfg.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w := &worker{engine: probe, parser: parsers.NewParser()}
			defer w.parser.Close()
			for j := range jobs {
				if probe.sawAzure.Load() {
					cancel() // drain: discovery stops at the next file
					continue
				}
				if !e.owns(j) {
					probe.merge(w.scanFile(ctx, j), nil)
				}
			}
		}()
	}
	wg.Wait()
	return probe.sawAzure.Load()
}
