package report

import (
	"encoding/json"
	"io"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/scan"
)

type jsonReport struct {
	Tool     string        `json:"tool"`
	Version  string        `json:"version"`
	Findings []jsonFinding `json:"findings"`
	Errors   []jsonError   `json:"errors"`
	Stats    jsonStats     `json:"stats"`
	// Clients are the Azure clients constructed, keyless or with a key (the HTML report's
	// migration view); omitted when there are none.
	Clients []scan.ClientSite `json:"clients,omitempty"`
}

type jsonFinding struct {
	Rule        string           `json:"rule"`
	Name        string           `json:"name"`
	Severity    string           `json:"severity"`
	Message     string           `json:"message"`
	Path        string           `json:"path"`
	Start       keylint.Position `json:"start"`
	End         keylint.Position `json:"end"`
	Snippet     string           `json:"snippet"`
	Fingerprint string           `json:"fingerprint"`
	Fixes       []jsonFix        `json:"fixes,omitempty"`
}

type jsonFix struct {
	Message string     `json:"message"`
	Edits   []jsonEdit `json:"edits"`
}

type jsonEdit struct {
	Path  string `json:"path"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	New   string `json:"new"`
}

type jsonError struct {
	Path    string `json:"path"`
	Message string `json:"message"`
	// Kind is "skipped" (a documented skip), "partial" (checked another way) or "error"
	// (could not be checked: the run failed).
	Kind string `json:"kind"`
}

type jsonStats struct {
	Files      int64   `json:"files"`
	Bytes      int64   `json:"bytes"`
	Candidates int64   `json:"candidates"`
	Parsed     int64   `json:"parsed"`
	Seconds    float64 `json:"seconds"`
}

// writeJSON writes one JSON document: findings (with byte-offset edits for tools that apply
// fixes), per-file errors and scan statistics.
func writeJSON(w io.Writer, res *scan.Result, opts Options) error {
	rules := ruleByID(opts.Rules)
	out := jsonReport{Tool: "keylint", Version: opts.Version, Findings: []jsonFinding{}, Errors: []jsonError{}}
	for _, f := range res.Findings {
		jf := jsonFinding{
			Rule: f.RuleID, Severity: f.Severity.String(), Message: f.Message, Path: f.Path,
			Start: f.Start, End: f.End, Snippet: f.Snippet, Fingerprint: Fingerprint(f),
		}
		if r := rules[f.RuleID]; r != nil {
			jf.Name = r.Name
		}
		for _, fix := range f.Fixes {
			jx := jsonFix{Message: fix.Message, Edits: []jsonEdit{}}
			for _, e := range fix.Edits {
				jx.Edits = append(jx.Edits, jsonEdit{Path: e.Path, Start: e.Start, End: e.End, New: e.New})
			}
			jf.Fixes = append(jf.Fixes, jx)
		}
		out.Findings = append(out.Findings, jf)
	}
	for _, e := range res.Errors {
		kind := "error"
		switch {
		case e.Skipped:
			kind = "skipped"
		case e.Partial:
			kind = "partial"
		}
		out.Errors = append(out.Errors, jsonError{Path: e.Path, Message: e.Err.Error(), Kind: kind})
	}
	out.Clients = res.Clients
	s := res.Stats
	out.Stats = jsonStats{Files: s.Files, Bytes: s.Bytes, Candidates: s.Candidates, Parsed: s.Parsed, Seconds: s.Duration.Seconds()}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
