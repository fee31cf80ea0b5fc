package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers"
)

// runRules lists the catalog, or prints one rule's doc with its examples; both read the same
// rule definitions as the SARIF metadata.
func runRules(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tNAME\tSEVERITY\tSUMMARY")
		for _, r := range analyzers.All() {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.ID, r.Name, r.Severity, r.Summary)
		}
		tw.Flush()
		fmt.Fprintln(stdout, "\n`keylint rules KL102` prints one rule's documentation.")
		return exitClean
	}
	status := exitClean
	for i, id := range args {
		r := analyzers.ByID(id)
		if r == nil {
			fmt.Fprintf(stderr, "keylint: unknown rule %q (`keylint rules` lists them)\n", id)
			status = exitError
			continue
		}
		if i > 0 {
			fmt.Fprintln(stdout)
		}
		printRule(stdout, r)
	}
	return status
}

func printRule(w io.Writer, r *keylint.Rule) {
	fmt.Fprintf(w, "%s %s (%s)\n%s\n\n", r.ID, r.Name, r.Severity, r.Summary)
	fmt.Fprintln(w, wrap(r.Doc, 90))
	for _, ex := range r.Examples {
		fmt.Fprintf(w, "\nBad (%s):\n%s\n", ex.Lang, indent(ex.Bad))
		fmt.Fprintf(w, "\nGood:\n%s\n", indent(ex.Good))
	}
	langs := make([]string, len(r.Langs))
	for i, l := range r.Langs {
		langs[i] = string(l)
	}
	fmt.Fprintf(w, "\nLanguages: %s\nMore: %s\n", strings.Join(langs, ", "), r.HelpURI)
}

func indent(s string) string {
	return "    " + strings.ReplaceAll(s, "\n", "\n    ")
}

// wrap breaks prose at word boundaries for a terminal.
func wrap(s string, width int) string {
	var b strings.Builder
	col := 0
	for _, word := range strings.Fields(s) {
		if col > 0 && col+1+len(word) > width {
			b.WriteByte('\n')
			col = 0
		} else if col > 0 {
			b.WriteByte(' ')
			col++
		}
		b.WriteString(word)
		col += len(word)
	}
	return b.String()
}
