// Package baseline records the findings a team accepts for now (--write-baseline) and hides
// them from later scans (--baseline), so only new findings fail a build. Entries are matched
// by fingerprint (rule, path and the finding's own text), so they survive line moves and
// edits elsewhere in the file; the same text found twice in a file needs two entries.
package baseline

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/keylint/keylint"
)

// Version is the file format's version.
const Version = 1

// File is a baseline file. Entries are sorted by path, rule and fingerprint, so a baseline
// diffs cleanly in review.
type File struct {
	Tool     string  `json:"tool"`
	Version  int     `json:"version"`
	Findings []Entry `json:"findings"`
}

// Entry is one accepted finding (Count of them, when the same text occurs several times).
type Entry struct {
	Path        string `json:"path"`
	Rule        string `json:"rule"`
	Fingerprint string `json:"fingerprint"`
	Count       int    `json:"count"`
	// Message helps a reviewer see what was accepted; it is not matched.
	Message string `json:"message"`
}

// fingerprintOf is set by the caller (report.Fingerprint) so that baselines and SARIF agree.
type fingerprintOf func(keylint.Finding) string

// New makes a baseline of findings.
func New(findings []keylint.Finding, fp fingerprintOf) *File {
	byKey := map[Entry]*Entry{}
	var keys []Entry
	for _, f := range findings {
		k := Entry{Path: f.Path, Rule: f.RuleID, Fingerprint: fp(f)}
		if e := byKey[k]; e != nil {
			e.Count++
			continue
		}
		e := k
		e.Count, e.Message = 1, f.Message
		byKey[k] = &e
		keys = append(keys, k)
	}
	out := &File{Tool: "keylint", Version: Version, Findings: []Entry{}}
	for _, k := range keys {
		out.Findings = append(out.Findings, *byKey[k])
	}
	sort.Slice(out.Findings, func(i, j int) bool {
		a, b := out.Findings[i], out.Findings[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		return a.Fingerprint < b.Fingerprint
	})
	return out
}

// Write saves the baseline atomically (temp file and rename).
func (b *File) Write(path string) error {
	data, err := json.MarshalIndent(b, "", "  ")
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".keylint-baseline-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(append(data, '\n')); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// Load reads a baseline file.
func Load(path string) (*File, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var b File
	if err := json.Unmarshal(data, &b); err != nil {
		return nil, fmt.Errorf("%s: not a keylint baseline: %v", path, err)
	}
	if b.Tool != "keylint" || b.Version != Version {
		return nil, fmt.Errorf("%s: not a keylint baseline (version %d); write a new one with --write-baseline", path, Version)
	}
	return &b, nil
}

// Filter returns the findings the baseline does not account for, and how many it hid.
func (b *File) Filter(findings []keylint.Finding, fp fingerprintOf) ([]keylint.Finding, int) {
	left := map[Entry]int{}
	for _, e := range b.Findings {
		left[Entry{Path: e.Path, Rule: e.Rule, Fingerprint: e.Fingerprint}] += e.Count
	}
	var out []keylint.Finding
	hidden := 0
	for _, f := range findings {
		k := Entry{Path: f.Path, Rule: f.RuleID, Fingerprint: fp(f)}
		if left[k] > 0 {
			left[k]--
			hidden++
			continue
		}
		out = append(out, f)
	}
	return out, hidden
}
