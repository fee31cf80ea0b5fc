package report

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/fatih/color"
	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/history"
)

// HistoryFormats lists the formats WriteHistory accepts.
var HistoryFormats = []string{"text", "json", "sarif"}

// WriteHistory renders a history scan: each committed key with the commit that added it.
func WriteHistory(w io.Writer, format string, res *history.Result, opts Options) error {
	switch format {
	case "text":
		return writeHistoryText(w, res, opts)
	case "json":
		return writeHistoryJSON(w, res, opts)
	case "sarif":
		return writeHistorySARIF(w, res, opts)
	}
	return fmt.Errorf("unknown format %q for history (want %s)", format, strings.Join(HistoryFormats, ", "))
}

// writeHistoryText prints one block per key, located the way `git show COMMIT:PATH` reads it:
//
//	1a2b3c4d5e6f:app/.env:3:18: KL201 AZURE_OPENAI_KEY holds a key in a dotenv file, committed in ... [error]
//	    AZURE_OPENAI_KEY=0123…
func writeHistoryText(w io.Writer, res *history.Result, opts Options) error {
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
	atHead := 0
	commits := map[string]bool{}
	for _, f := range res.Findings {
		sc := sevColor[f.Severity]
		if sc == nil {
			sc = paint()
		}
		ew.printf("%s: %s %s %s\n",
			bold.Sprintf("%s:%s:%d:%d", history.ShortID(f.Commit), f.Path, f.Start.Line, f.Start.Column),
			sc.Sprint(f.RuleID), f.Message, dim.Sprintf("[%s]", f.Severity))
		if f.Snippet != "" {
			ew.printf("    %s\n", f.Snippet)
		}
		if f.AtHead {
			atHead++
		}
		commits[f.Commit] = true
	}
	if n := len(res.Findings); n > 0 {
		ew.printf("\n%d committed key%s (%s) in %d commit%s, %d still present at HEAD; %d commit%s scanned\n",
			n, plural(n), countBySeverity(findingsOf(res)), len(commits), plural(len(commits)), atHead,
			res.Stats.Commits, plural(int(res.Stats.Commits)))
	}
	return ew.err
}

func findingsOf(res *history.Result) []keylint.Finding {
	out := make([]keylint.Finding, len(res.Findings))
	for i, f := range res.Findings {
		out[i] = f.Finding
	}
	return out
}

type jsonHistoryReport struct {
	Tool     string               `json:"tool"`
	Version  string               `json:"version"`
	Mode     string               `json:"mode"`
	Findings []jsonHistoryFinding `json:"findings"`
	Errors   []jsonError          `json:"errors"`
	Stats    jsonHistoryStats     `json:"stats"`
}

type jsonHistoryFinding struct {
	Rule        string           `json:"rule"`
	Name        string           `json:"name"`
	Severity    string           `json:"severity"`
	Message     string           `json:"message"`
	Commit      string           `json:"commit"`
	Date        string           `json:"date"`
	Path        string           `json:"path"`
	Start       keylint.Position `json:"start"`
	End         keylint.Position `json:"end"`
	Snippet     string           `json:"snippet"`
	Fingerprint string           `json:"fingerprint"`
	AtHead      bool             `json:"present_at_head"`
	HeadPath    string           `json:"head_path,omitempty"`
	ReAdded     int              `json:"added_again"`
}

type jsonHistoryStats struct {
	Commits    int64   `json:"commits"`
	Changes    int64   `json:"changes"`
	Blobs      int64   `json:"blobs"`
	Bytes      int64   `json:"bytes"`
	Candidates int64   `json:"candidates"`
	Binary     int64   `json:"binary_skipped"`
	TooBig     int64   `json:"over_size_cap"`
	Huge       int64   `json:"over_64mib"`
	Missing    int64   `json:"missing"`
	Shallow    bool    `json:"shallow"`
	Seconds    float64 `json:"seconds"`
}

func writeHistoryJSON(w io.Writer, res *history.Result, opts Options) error {
	rules := ruleByID(opts.Rules)
	out := jsonHistoryReport{Tool: "keylint", Version: opts.Version, Mode: "history",
		Findings: []jsonHistoryFinding{}, Errors: []jsonError{}}
	for _, f := range res.Findings {
		jf := jsonHistoryFinding{
			Rule: f.RuleID, Severity: f.Severity.String(), Message: f.Message, Commit: f.Commit,
			Date: f.Date.Format(time.RFC3339), Path: f.Path, Start: f.Start, End: f.End,
			Snippet: f.Snippet, Fingerprint: Fingerprint(f.Finding), AtHead: f.AtHead,
			HeadPath: f.HeadPath, ReAdded: f.ReAdded,
		}
		if r := rules[f.RuleID]; r != nil {
			jf.Name = r.Name
		}
		out.Findings = append(out.Findings, jf)
	}
	for _, e := range res.Errors {
		out.Errors = append(out.Errors, jsonError{Path: e.Path, Message: e.Err.Error()})
	}
	s := res.Stats
	out.Stats = jsonHistoryStats{Commits: s.Commits, Changes: s.Changes, Blobs: s.Blobs, Bytes: s.Bytes,
		Candidates: s.Candidates, Binary: s.Binary, TooBig: s.TooBig, Huge: s.Huge, Missing: s.Missing,
		Shallow: res.Shallow, Seconds: s.Duration.Seconds()}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// writeHistorySARIF locates each result at the path and line in the commit that added the key
// (the file may no longer exist); the commit and its date are in the result's properties and
// partialFingerprints, the commit-independent fingerprint under keylint/v1 as for a scan.
func writeHistorySARIF(w io.Writer, res *history.Result, opts Options) error {
	run := newSARIFRun(opts)
	for _, f := range res.Findings {
		region := sarif.NewRegion().
			WithStartLine(f.Start.Line).WithStartColumn(f.Start.Column).
			WithEndLine(f.End.Line).WithEndColumn(f.End.Column)
		if f.Snippet != "" {
			region.WithSnippet(sarif.NewArtifactContent().WithText(f.Snippet))
		}
		loc := sarif.NewPhysicalLocation().
			WithArtifactLocation(sarif.NewSimpleArtifactLocation(f.Path)).
			WithRegion(region)
		props := sarif.NewPropertyBag()
		props.Add("commitSha", f.Commit)
		props.Add("commitDate", f.Date.Format(time.RFC3339))
		props.Add("presentAtHead", f.AtHead)
		if f.HeadPath != "" {
			props.Add("headPath", f.HeadPath)
		}
		props.Add("addedAgain", f.ReAdded)
		run.CreateResultForRule(f.RuleID).
			WithLevel(sarifLevel(f.Severity)).
			WithMessage(sarif.NewTextMessage(f.Message)).
			AddLocation(sarif.NewLocationWithPhysicalLocation(loc)).
			WithPartialFingerprints(map[string]string{
				"keylint/v1": Fingerprint(f.Finding),
				"commitSha":  f.Commit,
				"commitDate": f.Date.Format(time.RFC3339),
			}).
			WithProperties(props)
	}
	return writeSARIFLog(w, run)
}
