// Package report writes scan results in each output format: one small file per format, all
// reading the same findings, rule docs and redaction.
package report

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/scan"
)

// Options configure every format.
type Options struct {
	Rules   []*keylint.Rule
	Version string
	// Color turns on terminal colors in the text format.
	Color bool
	// BaseDir is the directory paths are made relative to for SARIF (the repository root).
	BaseDir string
}

// Formats lists the format names Write accepts.
var Formats = []string{"text", "json", "sarif", "github", "rdjsonl", "html"}

// Write renders the result in the named format.
func Write(w io.Writer, format string, res *scan.Result, opts Options) error {
	switch format {
	case "text":
		return writeText(w, res, opts)
	case "json":
		return writeJSON(w, res, opts)
	case "sarif":
		return writeSARIF(w, res, opts)
	case "github":
		return writeGitHub(w, res, opts)
	case "rdjsonl":
		return writeRDJSONL(w, res, opts)
	case "html":
		return writeHTML(w, res, opts)
	}
	return fmt.Errorf("unknown format %q (want %s)", format, strings.Join(Formats, ", "))
}

// Fingerprint is the finding's fingerprint (see keylint.Finding), computed from its snippet
// for a finding made outside the engine.
func Fingerprint(f keylint.Finding) string {
	if f.Fingerprint != "" {
		return f.Fingerprint
	}
	h := sha256.New()
	h.Write([]byte(f.RuleID))
	h.Write([]byte{0})
	h.Write([]byte(f.Path))
	h.Write([]byte{0})
	h.Write([]byte(strings.Join(strings.Fields(f.Snippet), " ")))
	return hex.EncodeToString(h.Sum(nil))[:32]
}

func ruleByID(rules []*keylint.Rule) map[string]*keylint.Rule {
	m := make(map[string]*keylint.Rule, len(rules))
	for _, r := range rules {
		m[r.ID] = r
	}
	return m
}

// countBySeverity returns "2 errors, 1 warning" style text, most severe first.
func countBySeverity(fs []keylint.Finding) string {
	counts := map[keylint.Severity]int{}
	for _, f := range fs {
		counts[f.Severity]++
	}
	sevs := make([]keylint.Severity, 0, len(counts))
	for s := range counts {
		sevs = append(sevs, s)
	}
	sort.Slice(sevs, func(i, j int) bool { return sevs[i] > sevs[j] })
	var parts []string
	for _, s := range sevs {
		name := s.String()
		if counts[s] != 1 {
			name += "s"
		}
		parts = append(parts, fmt.Sprintf("%d %s", counts[s], name))
	}
	return strings.Join(parts, ", ")
}
