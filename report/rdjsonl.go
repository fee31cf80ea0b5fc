package report

import (
	"encoding/json"
	"io"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/scan"
)

// The reviewdog diagnostic format (rdjsonl): one JSON object per line. Columns count bytes,
// as reviewdog's Position does; each fix's edits become "suggestions", which reviewdog posts
// as suggested changes on a pull request.

type rdDiagnostic struct {
	Message     string         `json:"message"`
	Location    rdLocation     `json:"location"`
	Severity    string         `json:"severity"`
	Source      rdSource       `json:"source"`
	Code        rdCode         `json:"code"`
	Suggestions []rdSuggestion `json:"suggestions,omitempty"`
}

type rdLocation struct {
	Path  string  `json:"path"`
	Range rdRange `json:"range"`
}

type rdRange struct {
	Start rdPosition `json:"start"`
	End   rdPosition `json:"end"`
}

type rdPosition struct {
	Line   int `json:"line"`
	Column int `json:"column"`
}

type rdSource struct {
	Name string `json:"name"`
	URL  string `json:"url,omitempty"`
}

type rdCode struct {
	Value string `json:"value"`
	URL   string `json:"url,omitempty"`
}

type rdSuggestion struct {
	Range rdRange `json:"range"`
	Text  string  `json:"text"`
}

func rdPos(p keylint.Position) rdPosition { return rdPosition{Line: p.Line, Column: p.ByteColumn} }

func writeRDJSONL(w io.Writer, res *scan.Result, opts Options) error {
	rules := ruleByID(opts.Rules)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, f := range res.Findings {
		d := rdDiagnostic{
			Message:  f.Message,
			Location: rdLocation{Path: f.Path, Range: rdRange{Start: rdPos(f.Start), End: rdPos(f.End)}},
			Severity: map[keylint.Severity]string{keylint.Error: "ERROR", keylint.Warning: "WARNING", keylint.Info: "INFO"}[f.Severity],
			Source:   rdSource{Name: "keylint", URL: "https://github.com/keylint/keylint"},
			Code:     rdCode{Value: f.RuleID},
		}
		if r := rules[f.RuleID]; r != nil {
			d.Code.URL = r.HelpURI
		}
		if len(f.Fixes) > 0 {
			// Suggestions of the first fix only: reviewdog applies every suggestion of a
			// diagnostic together.
			for _, e := range f.Fixes[0].Edits {
				if e.Path != f.Path || e.StartPos.Line == 0 {
					continue
				}
				d.Suggestions = append(d.Suggestions, rdSuggestion{Range: rdRange{Start: rdPos(e.StartPos), End: rdPos(e.EndPos)}, Text: e.New})
			}
		}
		if err := enc.Encode(d); err != nil {
			return err
		}
	}
	return nil
}
