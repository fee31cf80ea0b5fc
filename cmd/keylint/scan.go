package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"sort"
	"strings"
	"time"

	"github.com/bmatcuk/doublestar/v4"
	"github.com/mattn/go-isatty"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers"
	"github.com/keylint/keylint/analyzers/azurectx"
	"github.com/keylint/keylint/baseline"
	"github.com/keylint/keylint/check"
	"github.com/keylint/keylint/config"
	"github.com/keylint/keylint/gitdiff"
	"github.com/keylint/keylint/parsers"
	"github.com/keylint/keylint/redact"
	"github.com/keylint/keylint/report"
	"github.com/keylint/keylint/scan"
)

// listFlag collects a repeatable flag; commas also separate values.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error {
	for _, s := range strings.Split(v, ",") {
		if s = strings.TrimSpace(s); s != "" {
			*l = append(*l, s)
		}
	}
	return nil
}

type scanFlags struct {
	format, output, failOn, configPath, maxSize, color string
	baseline, writeBaseline, newFromRev, shard         string
	cpuProfile, memProfile, cacheDir                   string
	explainHits                                        bool
	include, exclude                                   listFlag
	workers                                            int
	noConfig, stats, includeGenerated, fix, diff       bool
	strict, fixTests, noCache                          bool
}

// addCacheFlags declares --cache-dir and --no-cache.
func addCacheFlags(fs *flag.FlagSet, f *scanFlags) {
	fs.StringVar(&f.cacheDir, "cache-dir", "", "keep the result cache here (default: $KEYLINT_CACHE_DIR, else the user cache directory's keylint folder)")
	fs.BoolVar(&f.noCache, "no-cache", false, "check every file; neither read nor write the result cache")
}

// cacheDir is where the result cache lives for these flags, "" for none.
func cacheDir(f *scanFlags) string {
	switch {
	case f.noCache:
		return ""
	case f.cacheDir != "":
		return f.cacheDir
	case os.Getenv("KEYLINT_CACHE_DIR") != "":
		return os.Getenv("KEYLINT_CACHE_DIR")
	}
	return scan.DefaultCacheDir()
}

func newScanFlags(stderr io.Writer) (*flag.FlagSet, *scanFlags) {
	f := &scanFlags{}
	fs := flag.NewFlagSet("keylint", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&f.format, "format", "text", "output format: "+strings.Join(report.Formats, ", "))
	fs.StringVar(&f.output, "output", "", "write the report to this file instead of stdout")
	fs.StringVar(&f.failOn, "fail-on", "", "lowest severity that makes the exit code 1: info, warning (default), error, or never")
	fs.StringVar(&f.configPath, "config", "", "config file (default: .keylint.yaml in the scan root or a parent)")
	fs.BoolVar(&f.noConfig, "no-config", false, "ignore .keylint.yaml files")
	fs.Var(&f.include, "include", "only scan files matching this doublestar glob (repeatable)")
	fs.Var(&f.exclude, "exclude", "skip files matching this doublestar glob (repeatable)")
	fs.StringVar(&f.maxSize, "max-file-size", "", "skip files larger than this (default 2MiB)")
	fs.StringVar(&f.color, "color", "auto", "color the text output: auto, always or never")
	fs.IntVar(&f.workers, "workers", 0, "files scanned in parallel (default: GOMAXPROCS)")
	fs.BoolVar(&f.stats, "stats", false, "print files, bytes and time to stderr")
	fs.BoolVar(&f.includeGenerated, "include-generated", false, "also check Go files marked \"Code generated ... DO NOT EDIT.\"")
	fs.BoolVar(&f.fix, "fix", false, "apply the keyless rewrites in place, then report what is left")
	fs.BoolVar(&f.diff, "diff", false, "print the keyless rewrites as a unified diff; change nothing")
	fs.BoolVar(&f.fixTests, "fix-tests", false, "also rewrite test files (test_*.py, *_test.go, *.test.ts, *Tests.cs, src/test/, tests/, ...), which --fix and --diff leave alone")
	fs.BoolVar(&f.strict, "strict", false, "also report keylint:ignore comments that suppress nothing (exit 1)")
	fs.StringVar(&f.baseline, "baseline", "", "hide the findings recorded in this baseline file")
	fs.StringVar(&f.writeBaseline, "write-baseline", "", "record the current findings in this baseline file (and exit 0)")
	fs.StringVar(&f.newFromRev, "new-from-rev", "", "report only findings on lines added since this git revision")
	fs.StringVar(&f.shard, "shard", "", "check only part K of N of the files, split by a hash of their paths (1/4 ... 4/4); merge the parts with `keylint merge`")
	fs.BoolVar(&f.explainHits, "explain-hits", false, "print every keyword hit in code with what became of it (a finding or a named dismissal) instead of the report; exit 1 when any is unexplained")
	fs.StringVar(&f.cpuProfile, "cpuprofile", "", "write a CPU profile of the run to this file (go tool pprof)")
	fs.StringVar(&f.memProfile, "memprofile", "", "write a heap profile at the end of the run to this file (go tool pprof)")
	addCacheFlags(fs, f)
	return fs, f
}

// parseInterspersed lets flags follow paths (`keylint ./... --format sarif`), as users of
// golangci-lint and semgrep type them.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var paths []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return paths, nil
		}
		if rest[0] == "--" {
			return append(paths, rest[1:]...), nil
		}
		paths = append(paths, rest[0])
		args = rest[1:]
	}
}

func runScan(ctx context.Context, args []string, stdout, stderr io.Writer, red *redact.Redactor) int {
	fs, f := newScanFlags(stderr)
	paths, err := parseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitClean
		}
		return exitError // the flag package already printed the problem and usage
	}
	usage := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "keylint: "+format+"\n", a...)
		return exitError
	}
	if !contains(report.Formats, f.format) {
		return usage("unknown --format %q (want %s)", f.format, strings.Join(report.Formats, ", "))
	}
	if f.color != "auto" && f.color != "always" && f.color != "never" {
		return usage("--color must be auto, always or never, not %q", f.color)
	}
	if f.fix && f.diff {
		return usage("--fix and --diff do not go together: --diff shows what --fix would write")
	}

	for _, p := range paths {
		if p == "" {
			return usage("an empty path argument (\"\"): name a file or directory, or give none to scan .")
		}
		if _, err := os.Lstat(rootArg(p)); os.IsNotExist(err) && isBareWord(p) {
			return usage("%q is neither a file nor a command (commands: %s; see keylint help)", p, strings.Join(commands, ", "))
		}
	}
	cfg, failOn, err := buildConfig(f, paths)
	if err != nil {
		return usage("%v", err)
	}
	stopProfiles, err := startProfiles(f.cpuProfile, f.memProfile)
	if err != nil {
		return usage("%v", err)
	}
	defer stopProfiles()
	if !parsers.TreeSitterAvailable {
		fmt.Fprintln(stderr, "keylint: built without cgo: only key formats and non-code files are checked")
	}

	cfg.Strict = f.strict
	cfg.FixTests = f.fixTests
	var added gitdiff.Added
	var untracked func() ([]string, error)
	if f.newFromRev != "" {
		if added, untracked, err = gitdiff.Start(scanRoot(paths), f.newFromRev); err != nil {
			return usage("--new-from-rev: %v", err)
		}
		if !f.fix && !f.diff {
			// Only the changed files can have findings on added lines: read only those. (--fix
			// and --diff rewrite every file's findings, as without --new-from-rev.)
			cfg.Only = added.Files()
		}
	}
	cfg.Hits = f.explainHits || f.stats
	stopProgress := showProgress(&cfg, stderr)
	// The diff's files are scanned while git lists the untracked ones; untracked files are rare
	// in a change, and when there are some the scan is made again with them.
	res, err := scan.Run(ctx, cfg)
	if err == nil && untracked != nil {
		more, uerr := untracked()
		if uerr != nil {
			stopProgress()
			return usage("--new-from-rev: %v", uerr)
		}
		if len(more) > 0 && cfg.Only != nil {
			cfg.Only = added.Files()
			res, err = scan.Run(ctx, cfg)
		}
	}
	stopProgress()
	if err != nil {
		return usage("scan stopped: %v", err)
	}
	red.Add(res.Secrets...)
	for _, fe := range res.Errors {
		fmt.Fprintf(stderr, "keylint: %s\n", fe.Error())
	}
	if res.CacheErr != nil {
		fmt.Fprintf(stderr, "keylint: result cache not written (%v); --no-cache skips it\n", res.CacheErr)
	}
	if f.fix || f.diff {
		// A diff is source text: hide key-shaped values too, not only the secrets found.
		diffOut := red.ForSource().Writer(stdout)
		sum, err := applyFixes(ctx, cfg, res.Findings, f.fix, diffOut, stderr)
		diffOut.Flush()
		if err != nil {
			return usage("fix stopped: %v", err)
		}
		if f.diff {
			fmt.Fprintf(stderr, "keylint: %d fix%s in %d file%s would be applied\n", sum.applied, pluralES(sum.applied), sum.files, pluralS(sum.files))
			return exitCode(res.Findings, failOn)
		}
		fmt.Fprintf(stderr, "keylint: applied %d fix%s in %d file%s\n", sum.applied, pluralES(sum.applied), sum.files, pluralS(sum.files))
		if sum.dropped > 0 {
			fmt.Fprintf(stderr, "keylint: %d fix%s not applied: %s another fix's edits\n", sum.dropped, pluralES(sum.dropped), map[bool]string{true: "it overlaps", false: "they overlap"}[sum.dropped == 1])
		}
		if sum.applied > 0 {
			// Report what is left: findings with no automatic fix, and their advice.
			if res, err = scan.Run(ctx, cfg); err != nil {
				return usage("scan stopped: %v", err)
			}
			red.Add(res.Secrets...)
		}
	}

	if res.Findings, err = filterFindings(f, added, res.Findings, stderr); err != nil {
		return usage("%v", err)
	}
	if f.writeBaseline != "" && res.Unchecked() > 0 {
		return usage("--write-baseline: %d file%s could not be checked; a baseline of an incomplete scan would hide nothing for them", res.Unchecked(), pluralS(res.Unchecked()))
	}
	if f.writeBaseline != "" {
		if err := baseline.New(res.Findings, report.Fingerprint).Write(f.writeBaseline); err != nil {
			return usage("--write-baseline: %v", err)
		}
		fmt.Fprintf(stderr, "keylint: recorded %d finding%s in %s\n", len(res.Findings), pluralS(len(res.Findings)), f.writeBaseline)
		failOn = keylint.Off
	}

	if f.explainHits {
		return explainHits(stdout, stderr, res)
	}
	opts := report.Options{Rules: analyzers.All(), Version: currentVersion(), BaseDir: baseDir(paths)}
	if err := writeReport(f, stdout, res, opts); err != nil {
		return usage("%v", err)
	}
	if f.stats {
		s := res.Stats
		mb := float64(s.Bytes) / 1e6
		fmt.Fprintf(stderr, "keylint: %d files, %.1f MB, %d candidates, %d parsed (%d left unparsed by the second check), %.2fs (%.0f MB/s)\n",
			s.Files, mb, s.Candidates, s.Parsed, s.Unparsed, s.Duration.Seconds(), mb/max(s.Duration.Seconds(), 1e-9))
		fmt.Fprintf(stderr, "keylint: %d keyword hits in code, %d unexplained (keylint --explain-hits lists them)\n", len(res.Hits), countOutcome(res.Hits, scan.OutcomeUnexplained))
		if s.Cached > 0 {
			fmt.Fprintf(stderr, "keylint: %d of those files' results came from the cache (%s)\n", s.Cached, cfg.CacheDir)
		}
	}
	for _, u := range res.Unused {
		fmt.Fprintf(stderr, "keylint: %s:%d: %s suppresses nothing: remove it (--strict)\n", u.Path, u.Line, u.Text)
	}
	if n := res.Stats.Binary; n > 0 {
		fmt.Fprintf(stderr, "keylint: skipped %d binary file%s found by the walk (images, archives, builds: a binary format's extension or NUL bytes)\n", n, pluralS(int(n)))
	}
	if n := res.Unchecked(); n > 0 {
		// A gate that skipped a file must not pass: the findings above are not the whole story.
		fmt.Fprintf(stderr, "keylint: %d file%s could not be checked (see above); the scan is incomplete\n", n, pluralS(n))
		return exitError
	}
	if code := exitCode(res.Findings, failOn); code != exitClean || len(res.Unused) == 0 {
		return code
	}
	return exitFindings
}

// startProfiles starts a CPU profile and arranges a heap profile; the returned func ends both.
func startProfiles(cpu, mem string) (func(), error) {
	var cpuFile *os.File
	if cpu != "" {
		f, err := os.Create(cpu)
		if err != nil {
			return nil, fmt.Errorf("--cpuprofile: %v", err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			f.Close()
			return nil, fmt.Errorf("--cpuprofile: %v", err)
		}
		cpuFile = f
	}
	return func() {
		if cpuFile != nil {
			pprof.StopCPUProfile()
			cpuFile.Close()
		}
		if mem != "" {
			if f, err := os.Create(mem); err == nil {
				runtime.GC()
				pprof.Lookup("allocs").WriteTo(f, 0)
				f.Close()
			}
		}
	}, nil
}

// explainHits prints every keyword hit with its outcome, then a summary by outcome. The exit
// code is 1 when a hit is unexplained: each one is a finding keylint misses or a dismissal it
// has no name for.
func explainHits(stdout, stderr io.Writer, res *scan.Result) int {
	counts := map[string]int{}
	for _, h := range res.Hits {
		fmt.Fprintf(stdout, "%s:%d: %s: %s\n", h.Path, h.Line, h.Keyword, h.Outcome)
		counts[h.Outcome]++
	}
	outcomes := make([]string, 0, len(counts))
	for o := range counts {
		outcomes = append(outcomes, o)
	}
	sort.Slice(outcomes, func(i, j int) bool {
		if counts[outcomes[i]] != counts[outcomes[j]] {
			return counts[outcomes[i]] > counts[outcomes[j]]
		}
		return outcomes[i] < outcomes[j]
	})
	fmt.Fprintf(stdout, "\n%d keyword hits in code:\n", len(res.Hits))
	for _, o := range outcomes {
		fmt.Fprintf(stdout, "%7d  %s\n", counts[o], o)
	}
	if n := counts[scan.OutcomeUnexplained]; n > 0 {
		fmt.Fprintf(stderr, "keylint: %d keyword hit%s unexplained\n", n, pluralS(n))
		return exitFindings
	}
	return exitClean
}

func countOutcome(hits []scan.Hit, outcome string) int {
	n := 0
	for _, h := range hits {
		if h.Outcome == outcome {
			n++
		}
	}
	return n
}

// rootArg is the file or directory a path argument names ("dir/..." names dir).
func rootArg(p string) string {
	if p == "..." || p == "./..." {
		return "."
	}
	if r := strings.TrimSuffix(p, "/..."); r != p {
		return r
	}
	return p
}

// isBareWord reports an argument that reads like a mistyped command rather than a path.
func isBareWord(p string) bool {
	return !strings.ContainsAny(p, `/\.`)
}

// filterFindings applies --new-from-rev (the lines added) and --baseline.
func filterFindings(f *scanFlags, added gitdiff.Added, findings []keylint.Finding, stderr io.Writer) ([]keylint.Finding, error) {
	if f.newFromRev != "" {
		kept := findings[:0:0]
		for _, fd := range findings {
			if added.Contains(filepath.FromSlash(fd.Path), fd.Start.Line) {
				kept = append(kept, fd)
			}
		}
		findings = kept
	}
	if f.baseline != "" {
		b, err := baseline.Load(f.baseline)
		if err != nil {
			return nil, fmt.Errorf("--baseline: %v", err)
		}
		var hidden int
		findings, hidden = b.Filter(findings, report.Fingerprint)
		if hidden > 0 {
			fmt.Fprintf(stderr, "keylint: %d finding%s hidden by the baseline %s\n", hidden, pluralS(hidden), f.baseline)
		}
	}
	return findings, nil
}

// exitCode is 1 when a finding is at or above failOn.
func exitCode(findings []keylint.Finding, failOn keylint.Severity) int {
	for _, fd := range findings {
		if failOn != keylint.Off && fd.Severity >= failOn {
			return exitFindings
		}
	}
	return exitClean
}

func pluralS(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func pluralES(n int) string {
	if n == 1 {
		return ""
	}
	return "es"
}

// buildConfig merges .keylint.yaml with the flags (flags win) into the engine's config.
func buildConfig(f *scanFlags, paths []string) (scan.Config, keylint.Severity, error) {
	cfg := scan.Config{Paths: paths, Workers: f.workers, Severity: map[string]keylint.Severity{}, CacheDir: cacheDir(f)}
	failOn := keylint.Warning
	var file *config.File
	if !f.noConfig {
		path := f.configPath
		if path == "" {
			path = config.Find(scanRoot(paths))
		}
		if path != "" {
			var err error
			if file, err = config.Load(path); err != nil {
				return cfg, 0, err
			}
		}
	}
	opts := check.DefaultOptions()
	if file != nil {
		cfg.Include, cfg.Exclude, cfg.MaxFileSize = file.Include, file.Exclude, file.MaxFileSize
		cfg.Severity = file.Rules
		if file.FailOn != nil {
			failOn = *file.FailOn
		}
		if len(file.KeyNames) > 0 {
			k, err := azurectx.NewKeyNames(file.KeyNames)
			if err != nil {
				return cfg, 0, fmt.Errorf("%s: %v", file.Path, err)
			}
			opts.KeyNames = k
		}
		opts.Markers = azurectx.NewMarkers(file.AzureMarkers)
		cfg.ExtraKeywords = file.AzureMarkers
		if file.Scope != "" {
			opts.Scope = file.Scope
		}
	}
	opts.IncludeGenerated = f.includeGenerated
	cfg.Opts = opts
	if f.shard != "" {
		sh, err := scan.ParseShard(f.shard)
		if err != nil {
			return cfg, 0, fmt.Errorf("--shard: %v", err)
		}
		cfg.Shard = sh
	}
	for _, g := range append(append([]string{}, f.include...), f.exclude...) {
		if !doublestar.ValidatePattern(g) {
			return cfg, 0, fmt.Errorf("invalid glob %q in --include/--exclude (doublestar syntax: *, **, ?, [abc], {a,b})", g)
		}
	}
	cfg.Include = append(cfg.Include, f.include...)
	cfg.Exclude = append(cfg.Exclude, f.exclude...)
	if f.maxSize != "" {
		n, err := config.ParseSize(f.maxSize)
		if err != nil {
			return cfg, 0, fmt.Errorf("--max-file-size %q: %v", f.maxSize, err)
		}
		cfg.MaxFileSize = n
	}
	switch strings.ToLower(f.failOn) {
	case "":
	case "never", "none":
		failOn = keylint.Off
	default:
		s, err := keylint.ParseSeverity(f.failOn)
		if err != nil || s == keylint.Off {
			return cfg, 0, fmt.Errorf("--fail-on %q: want info, warning, error or never", f.failOn)
		}
		failOn = s
	}
	return cfg, failOn, nil
}

// scanRoot is where the config search starts: the first path's directory, or ".".
func scanRoot(paths []string) string {
	if len(paths) == 0 {
		return "."
	}
	p := strings.TrimSuffix(paths[0], "/...")
	if p == "..." || p == "" {
		return "."
	}
	if info, err := os.Stat(p); err == nil && !info.IsDir() {
		return filepath.Dir(p)
	}
	return p
}

// baseDir is what SARIF and GitHub paths are relative to: the top of the git work tree that
// holds the scan root, else the scan root itself, so the same scan gives the same paths from
// any working directory.
func baseDir(paths []string) string {
	root := scanRoot(paths)
	if out, err := exec.Command("git", "-C", root, "rev-parse", "--show-toplevel").Output(); err == nil {
		return strings.TrimSpace(string(out))
	}
	if abs, err := filepath.Abs(root); err == nil {
		return abs
	}
	return root
}

// writeReport writes to stdout or --output (see writeOutput).
func writeReport(f *scanFlags, stdout io.Writer, res *scan.Result, opts report.Options) error {
	toStdout := f.output == "" || f.output == "-" || isStdout(f.output, stdout)
	if toStdout {
		opts.Color = useColor(f.color, stdout)
	} else {
		opts.Color = f.color == "always"
	}
	return writeOutput(f.output, stdout, func(w io.Writer) error { return report.Write(w, f.format, res, opts) })
}

// writeOutput writes to stdout or to output. A plain regular file is replaced atomically (temp
// file and rename), so a reader never sees half a report. Anything else is written in place:
// /dev/stdout and pipes, other special files, symlinks (the link stays, its target gets the
// report) and the file stdout already points at.
func writeOutput(output string, stdout io.Writer, write func(io.Writer) error) error {
	if output == "" || output == "-" || isStdout(output, stdout) {
		return write(stdout)
	}
	if info, err := os.Lstat(output); err == nil && !info.Mode().IsRegular() {
		out, err := os.OpenFile(output, os.O_WRONLY|os.O_TRUNC, 0)
		if err != nil {
			return fmt.Errorf("--output: %v", err)
		}
		werr := write(out)
		if cerr := out.Close(); werr == nil {
			werr = cerr
		}
		return werr
	}
	tmp, err := os.CreateTemp(filepath.Dir(output), ".keylint-report-*")
	if err != nil {
		return fmt.Errorf("--output: %v", err)
	}
	defer os.Remove(tmp.Name()) // no-op after a successful rename
	if err := write(tmp); err != nil {
		tmp.Close()
		return fmt.Errorf("--output: %v", err)
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return fmt.Errorf("--output: %v", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("--output: %v", err)
	}
	if err := os.Rename(tmp.Name(), output); err != nil {
		return fmt.Errorf("--output: %v", err)
	}
	return nil
}

// isStdout reports whether path names the file our stdout already is (--output /dev/stdout
// with stdout redirected to a file).
func isStdout(path string, stdout io.Writer) bool {
	file, ok := rawWriter(stdout).(*os.File)
	if !ok {
		return false
	}
	a, err1 := file.Stat()
	b, err2 := os.Stat(path)
	return err1 == nil && err2 == nil && os.SameFile(a, b)
}

func useColor(mode string, w io.Writer) bool {
	switch mode {
	case "always":
		return true
	case "never":
		return false
	}
	if os.Getenv("NO_COLOR") != "" || os.Getenv("TERM") == "dumb" {
		return false
	}
	file, ok := rawWriter(w).(*os.File)
	return ok && (isatty.IsTerminal(file.Fd()) || isatty.IsCygwinTerminal(file.Fd()))
}

// showProgress prints a self-updating "files scanned, findings" line on stderr while a long
// scan runs, only when stderr is a terminal. The returned func stops it and clears the line.
func showProgress(cfg *scan.Config, stderr io.Writer) func() {
	file, ok := rawWriter(stderr).(*os.File) // counts only: nothing secret goes this way
	if !ok || !isatty.IsTerminal(file.Fd()) || os.Getenv("CI") != "" {
		return func() {}
	}
	cfg.Progress = &scan.Progress{}
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		delay := time.NewTimer(time.Second) // short scans print nothing
		defer delay.Stop()
		select {
		case <-done:
			return
		case <-delay.C:
		}
		tick := time.NewTicker(200 * time.Millisecond)
		defer tick.Stop()
		for {
			fmt.Fprintf(file, "\rkeylint: %d files scanned, %d findings so far", cfg.Progress.Files.Load(), cfg.Progress.Findings.Load())
			select {
			case <-done:
				fmt.Fprint(file, "\r\033[K")
				return
			case <-tick.C:
			}
		}
	}()
	return func() {
		close(done)
		<-finished
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
