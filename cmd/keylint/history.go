package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers"
	"github.com/keylint/keylint/baseline"
	"github.com/keylint/keylint/history"
	"github.com/keylint/keylint/parsers"
	"github.com/keylint/keylint/report"
)

const historyUsage = `Usage: keylint history [flags] [path]

Scans the lines every commit added for keys that were committed: key formats (KL106), keys in
.env and settings files (KL201, KL202), and key credentials, client keys and key headers with a
literal value (KL101-KL104). Each key is reported once, at the first commit that added it, with
its date, the path and line in that commit, and whether HEAD still holds it. A committed key
must be rotated: deleting it leaves it in the history.

path is the repository (default .); a directory inside a work tree limits the scan to it.

Flags:
`

type historyFlags struct {
	scanFlags
	since string
	all   bool
}

func newHistoryFlags(stderr io.Writer) (*flag.FlagSet, *historyFlags) {
	f := &historyFlags{}
	fs := flag.NewFlagSet("keylint history", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), historyUsage)
		fs.PrintDefaults()
	}
	fs.StringVar(&f.since, "since", "", "only the commits after this revision (REV..HEAD)")
	fs.BoolVar(&f.all, "all", false, "the commits of every branch and tag, not only HEAD's")
	fs.StringVar(&f.format, "format", "text", "output format: "+strings.Join(report.HistoryFormats, ", "))
	fs.StringVar(&f.output, "output", "", "write the report to this file instead of stdout")
	fs.StringVar(&f.failOn, "fail-on", "", "lowest severity that makes the exit code 1: info, warning (default), error, or never")
	fs.StringVar(&f.configPath, "config", "", "config file (default: .keylint.yaml in the repository or a parent)")
	fs.BoolVar(&f.noConfig, "no-config", false, "ignore .keylint.yaml files")
	fs.Var(&f.include, "include", "only scan paths matching this doublestar glob (repeatable)")
	fs.Var(&f.exclude, "exclude", "skip paths matching this doublestar glob (repeatable)")
	fs.StringVar(&f.maxSize, "max-file-size", "", "skip blobs larger than this (default 2MiB)")
	fs.StringVar(&f.color, "color", "auto", "color the text output: auto, always or never")
	fs.IntVar(&f.workers, "workers", 0, "blobs checked in parallel (default: GOMAXPROCS)")
	fs.BoolVar(&f.stats, "stats", false, "print commits, blobs, bytes and time to stderr")
	fs.StringVar(&f.baseline, "baseline", "", "hide the keys recorded in this baseline file")
	fs.StringVar(&f.writeBaseline, "write-baseline", "", "record the keys found in this baseline file (and exit 0)")
	return fs, f
}

func runHistory(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs, f := newHistoryFlags(stderr)
	paths, err := parseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitClean
		}
		return exitError
	}
	usage := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "keylint history: "+format+"\n", a...)
		return exitError
	}
	if len(paths) > 1 {
		return usage("one repository at a time, not %d paths", len(paths))
	}
	if !contains(report.HistoryFormats, f.format) {
		return usage("unknown --format %q (want %s)", f.format, strings.Join(report.HistoryFormats, ", "))
	}
	if f.color != "auto" && f.color != "always" && f.color != "never" {
		return usage("--color must be auto, always or never, not %q", f.color)
	}
	dir := "."
	if len(paths) == 1 {
		dir = paths[0]
	}
	if info, err := os.Stat(dir); err != nil {
		return usage("%v", err)
	} else if !info.IsDir() {
		return usage("%s is not a directory: give the repository (or a directory in it)", dir)
	}
	cfg, failOn, err := buildConfig(&f.scanFlags, []string{dir})
	if err != nil {
		return usage("%v", err)
	}
	if !parsers.TreeSitterAvailable {
		fmt.Fprintln(stderr, "keylint: built without cgo: only key formats and non-code files are checked")
	}

	res, err := history.Run(ctx, history.Config{Dir: dir, Since: f.since, All: f.all, Scan: cfg})
	if err != nil {
		return usage("%v", err)
	}
	printHistoryNotes(res, stderr)

	if f.baseline != "" {
		b, err := baseline.Load(f.baseline)
		if err != nil {
			return usage("--baseline: %v", err)
		}
		var hidden int
		res.Findings, hidden = filterHistory(b, res.Findings)
		if hidden > 0 {
			fmt.Fprintf(stderr, "keylint: %d key%s hidden by the baseline %s\n", hidden, pluralS(hidden), f.baseline)
		}
	}
	plain := make([]keylint.Finding, len(res.Findings))
	for i, fd := range res.Findings {
		plain[i] = fd.Finding
	}
	if f.writeBaseline != "" {
		if err := baseline.New(plain, report.Fingerprint).Write(f.writeBaseline); err != nil {
			return usage("--write-baseline: %v", err)
		}
		fmt.Fprintf(stderr, "keylint: recorded %d key%s in %s\n", len(plain), pluralS(len(plain)), f.writeBaseline)
		failOn = keylint.Off
	}

	opts := report.Options{Rules: analyzers.All(), Version: currentVersion()}
	if f.output == "" || f.output == "-" || isStdout(f.output, stdout) {
		opts.Color = useColor(f.color, stdout)
	} else {
		opts.Color = f.color == "always"
	}
	err = writeOutput(f.output, stdout, func(w io.Writer) error { return report.WriteHistory(w, f.format, res, opts) })
	if err != nil {
		return usage("%v", err)
	}
	if f.stats {
		s := res.Stats
		mb := float64(s.Bytes) / 1e6
		fmt.Fprintf(stderr, "keylint: %d commits, %d file changes, %d blobs (%.1f MB), %d candidates, %.2fs\n",
			s.Commits, s.Changes, s.Blobs, mb, s.Candidates, s.Duration.Seconds())
	}
	if n := historyUnchecked(res); n > 0 {
		// As for a scan: a gate that could not read part of the history must not pass.
		fmt.Fprintf(stderr, "keylint: %d blob%s could not be checked (see above); the history scan is incomplete\n", n, pluralS(n))
		return exitError
	}
	return exitCode(plain, failOn)
}

// historyUnchecked counts the blobs that could not be checked at all: a partial clone's missing
// blobs and the blobs whose check failed (not those checked in part or skipped on purpose).
func historyUnchecked(res *history.Result) int {
	n := int(res.Stats.Missing)
	for _, e := range res.Errors {
		if !e.Skipped && !e.Partial {
			n++
		}
	}
	return n
}

// filterHistory hides the keys a baseline records, matching on the fingerprint of the key
// itself: the rule and path of the entry still have to agree, as for a scan.
func filterHistory(b *baseline.File, fs []history.Finding) ([]history.Finding, int) {
	plain := make([]keylint.Finding, len(fs))
	byFP := map[string][]history.Finding{}
	for i, f := range fs {
		plain[i] = f.Finding
		byFP[f.Fingerprint] = append(byFP[f.Fingerprint], f)
	}
	kept, hidden := b.Filter(plain, report.Fingerprint)
	out := make([]history.Finding, 0, len(kept))
	for _, k := range kept {
		list := byFP[k.Fingerprint]
		out = append(out, list[0])
		byFP[k.Fingerprint] = list[1:]
	}
	return out, hidden
}

// printHistoryNotes says on stderr what the scan could not see.
func printHistoryNotes(res *history.Result, stderr io.Writer) {
	s := res.Stats
	if res.Shallow {
		fmt.Fprintf(stderr, "keylint: shallow clone: scanned the %d commit%s present; `git fetch --unshallow` first to scan the whole history\n", s.Commits, pluralS(int(s.Commits)))
	}
	if s.Missing > 0 {
		fmt.Fprintf(stderr, "keylint: %d blob%s not in this repository (a partial clone) could not be checked; a clone without --filter has them\n", s.Missing, pluralS(int(s.Missing)))
	}
	if s.TooBig > 0 {
		fmt.Fprintf(stderr, "keylint: %d blob%s over the size cap searched for key formats only (raise --max-file-size to check them fully)\n", s.TooBig, pluralS(int(s.TooBig)))
	}
	if s.Huge > 0 {
		fmt.Fprintf(stderr, "keylint: %d blob%s over 64 MiB not read\n", s.Huge, pluralS(int(s.Huge)))
	}
	const maxErrors = 20
	for i, fe := range res.Errors {
		if i == maxErrors {
			fmt.Fprintf(stderr, "keylint: ... and %d more blobs checked in part\n", len(res.Errors)-maxErrors)
			break
		}
		fmt.Fprintf(stderr, "keylint: %s\n", fe.Error())
	}
}
