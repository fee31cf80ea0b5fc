package scan

import (
	"fmt"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/check"
	"github.com/keylint/keylint/parsers"
)

// This file is the engine's interface for callers that read file contents themselves rather than
// from a work tree (keylint history reads blobs from git's object database): the same path
// filter, prefilter and line positions a scan uses.

// PathFilter returns the scan's path filter for a root: it reports whether a root-relative,
// slash-separated path is skipped by the include/exclude globs, the root's .keylintignore or
// the third-party directories skipped by default.
func (c *Config) PathFilter(root string) (skip func(rel string) bool, err error) {
	var ferr error
	f := c.filterFor(root, func(fe FileError) { ferr = fe })
	if ferr != nil {
		return nil, ferr
	}
	return func(rel string) bool { return f.skip(rel) || underSkippedDir(rel, f) }, nil
}

// Prefilter is the scan's keyword prefilter.
type Prefilter struct {
	pre *prefilter
}

// NewPrefilter builds the prefilter a scan with cfg would use.
func NewPrefilter(cfg Config) (*Prefilter, error) {
	pre, err := newPrefilter(cfg.ExtraKeywords)
	if err != nil {
		return nil, fmt.Errorf("azure-markers: %w", err)
	}
	return &Prefilter{pre: pre}, nil
}

// AlwaysChecked reports the files a scan checks whatever their contents (dotenv and settings
// files, whose keys need no keyword). head is the start of the contents, for shebangs.
func AlwaysChecked(path string, head []byte) bool {
	return alwaysChecked(parsers.ForPath(path, head), path)
}

// Candidate reports whether text, a file's contents or a part of them (the lines a commit
// added), may hold a finding in the file at path: the test a scan makes before parsing.
func (p *Prefilter) Candidate(path string, head, text []byte) bool {
	lang := parsers.ForPath(path, head)
	return alwaysChecked(lang, path) || p.pre.candidate(text, keyContext(lang, path))
}

// Locate returns the positions of span in src and the line it starts on with every secret
// redacted, as the engine fills in Finding.Start, End and Snippet.
func Locate(src []byte, span keylint.Span, secrets []keylint.Span) (start, end keylint.Position, snippet string) {
	idx := newLineIndex(src)
	start, end = idx.position(span.Start), idx.position(span.End)
	return start, end, idx.redactedLine(start.Line, secrets)
}

// gitStatus is the git status of a dotenv file: the config's answer when it has one (contents
// read from a commit are committed), else git's for the file on disk.
func (w *worker) gitStatus(path string) check.GitStatus {
	if w.cfg.GitStatus != nil {
		return w.cfg.GitStatus(path)
	}
	return w.git.status(path)
}
