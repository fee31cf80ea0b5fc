package report

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/scan"
)

// maxAnnotations is how many annotations of one level GitHub shows per step; the rest would
// be dropped silently, so they are summed up in a notice instead.
const maxAnnotations = 10

// writeGitHub prints GitHub Actions workflow commands, which annotate the lines of a pull
// request: ::error file=app.py,line=3,col=5,endLine=3,endColumn=40,title=KL102 client-api-key::message
// Errors come first; past ten of a level, one notice counts the rest.
func writeGitHub(w io.Writer, res *scan.Result, opts Options) error {
	rules := ruleByID(opts.Rules)
	ew := &errWriter{w: w}
	findings := append([]keylint.Finding(nil), res.Findings...)
	sort.SliceStable(findings, func(i, j int) bool { return findings[i].Severity > findings[j].Severity })
	shown := map[keylint.Severity]int{}
	var rest []string
	for _, f := range findings {
		if shown[f.Severity] == maxAnnotations {
			rest = append(rest, fmt.Sprintf("%s:%d %s", relPath(f.Path, opts.BaseDir), f.Start.Line, f.RuleID))
			continue
		}
		shown[f.Severity]++
		level := map[keylint.Severity]string{keylint.Error: "error", keylint.Warning: "warning", keylint.Info: "notice"}[f.Severity]
		title := f.RuleID
		msg := f.Message
		if r := rules[f.RuleID]; r != nil {
			title += " " + r.Name
			if len(f.Fixes) > 0 {
				msg += ". Fix: " + f.Fixes[0].Message
			} else if r.Manual != "" {
				msg += ". " + r.Manual
			}
		}
		props := fmt.Sprintf("file=%s,line=%d,col=%d", ghProperty(relPath(f.Path, opts.BaseDir)), f.Start.Line, f.Start.Column)
		if f.End.Line > 0 {
			props += fmt.Sprintf(",endLine=%d", f.End.Line)
			if f.End.Line == f.Start.Line {
				props += fmt.Sprintf(",endColumn=%d", f.End.Column)
			}
		}
		ew.printf("::%s %s,title=%s::%s\n", level, props, ghProperty(title), ghData(msg))
	}
	if len(rest) > 0 {
		ew.printf("::notice title=keylint::%s\n", ghData(fmt.Sprintf("%d more finding%s (GitHub shows %d annotations of each kind): %s",
			len(rest), plural(len(rest)), maxAnnotations, strings.Join(rest, ", "))))
	}
	return ew.err
}

// ghData escapes a workflow command's message; ghProperty also escapes the separators of its
// properties.
func ghData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func ghProperty(s string) string {
	return strings.NewReplacer(":", "%3A", ",", "%2C").Replace(ghData(s))
}
