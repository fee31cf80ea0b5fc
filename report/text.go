package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/fatih/color"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/scan"
)

// writeText prints one block per finding, in the compiler style editors and terminals link:
//
//	app.py:12:5: KL102 API key passed to AzureOpenAI [error]
//	    client = AzureOpenAI(api_key=os.environ["AZURE_OPENAI_API_KEY"])
//	    fix: Use azure_ad_token_provider with DefaultAzureCredential
//	      - client = AzureOpenAI(api_key=os.environ["AZURE_OPENAI_API_KEY"])
//	      + client = AzureOpenAI(azure_ad_token_provider=get_bearer_token_provider(...))
//
// A finding with no automatic fix gets a "help:" line saying what to do by hand instead.
// then a one-line summary. Nothing is printed when there is nothing to report.
func writeText(w io.Writer, res *scan.Result, opts Options) error {
	paint := func(attrs ...color.Attribute) *color.Color {
		c := color.New(attrs...)
		if opts.Color {
			c.EnableColor()
		} else {
			c.DisableColor()
		}
		return c
	}
	bold, dim := paint(color.Bold), paint(color.Faint)
	sevColor := map[keylint.Severity]*color.Color{
		keylint.Error:   paint(color.FgRed, color.Bold),
		keylint.Warning: paint(color.FgYellow, color.Bold),
		keylint.Info:    paint(color.FgCyan),
	}
	ew := &errWriter{w: w}
	rules := ruleByID(opts.Rules)
	for _, f := range res.Findings {
		sc := sevColor[f.Severity]
		if sc == nil {
			sc = paint()
		}
		ew.printf("%s: %s %s %s\n",
			bold.Sprintf("%s:%d:%d", f.Path, f.Start.Line, f.Start.Column),
			sc.Sprint(f.RuleID), f.Message, dim.Sprintf("[%s]", f.Severity))
		if f.Snippet != "" {
			ew.printf("    %s\n", f.Snippet)
		}
		if r := rules[f.RuleID]; len(f.Fixes) == 0 && r != nil && r.Manual != "" {
			ew.printf("    %s %s\n", paint(color.FgCyan).Sprint("help:"), r.Manual)
		}
		for _, fix := range f.Fixes {
			ew.printf("    %s %s\n", paint(color.FgGreen).Sprint("fix:"), fix.Message)
			for _, line := range strings.Split(fix.Preview, "\n") {
				switch {
				case strings.HasPrefix(line, "- "):
					ew.printf("      %s\n", paint(color.FgRed).Sprint(line))
				case strings.HasPrefix(line, "+ "):
					ew.printf("      %s\n", paint(color.FgGreen).Sprint(line))
				}
			}
		}
	}
	if len(res.Findings) > 0 {
		ew.printf("\n%d finding%s (%s) in %d file%s scanned\n", len(res.Findings), plural(len(res.Findings)),
			countBySeverity(res.Findings), res.Stats.Files, plural(int(res.Stats.Files)))
	}
	return ew.err
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// errWriter keeps the first write error so the printing code stays linear.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}
