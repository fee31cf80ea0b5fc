package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/keylint/keylint/merge"
)

// runMerge is `keylint merge [--output OUT] IN...`: the reports of one format (the shards of a
// --shard K/N scan, or the runs of several jobs) merged into one of that format.
func runMerge(args []string, stdout, stderr io.Writer) int {
	fs, output := newMergeFlags(stderr)
	paths, err := parseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitClean
		}
		return exitError
	}
	if len(paths) == 0 {
		fmt.Fprintln(stderr, "keylint merge: name the reports to merge (keylint merge --output all.sarif part-*.sarif)")
		return exitError
	}
	var inputs []merge.Input
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			fmt.Fprintf(stderr, "keylint merge: %v\n", err)
			return exitError
		}
		inputs = append(inputs, merge.Input{Name: p, Data: data})
	}
	out, _, err := merge.Merge(inputs)
	if err != nil {
		fmt.Fprintf(stderr, "keylint merge: %v\n", err)
		return exitError
	}
	if err := writeOutput(*output, stdout, func(w io.Writer) error { _, err := w.Write(out); return err }); err != nil {
		fmt.Fprintf(stderr, "keylint merge: %v\n", err)
		return exitError
	}
	return exitClean
}

func newMergeFlags(stderr io.Writer) (*flag.FlagSet, *string) {
	fs := flag.NewFlagSet("keylint merge", flag.ContinueOnError)
	fs.SetOutput(stderr)
	output := fs.String("output", "", "write the merged report to this file instead of stdout")
	fs.Usage = func() {
		fmt.Fprint(stderr, `Usage: keylint merge [--output OUT] IN...

Merges keylint reports of one format, SARIF or JSON, into one of that format: the parts of a
--shard K/N scan, or the scans of several jobs. A finding in more than one input is kept once
(same rule, fingerprint and place), rule metadata is written once, and the order is the scan's,
whatever the order of the inputs. JSON statistics are added up.

Flags:
`)
		fs.PrintDefaults()
	}
	return fs, output
}
