package scan

import (
	"errors"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/parsers"
)

// fileResult is everything one file contributes to a scan: its finished findings, the problem
// with it, the secret values it showed, its client sites, its unused suppressions, whether it
// talks to Azure, and its share of the stats. A worker fills one per file and the engine merges
// it; the result cache stores and replays the same value, so a cached file contributes exactly
// what a checked one does.
type fileResult struct {
	findings []keylint.Finding
	err      *FileError
	// secrets are the values under the file's secret spans (secretSpans, offsets into the file
	// as read): the output boundary hides them.
	secrets     []string
	secretSpans []keylint.Span
	clients     []ClientSite
	unused      []Suppression
	hits        []Hit // with Config.Hits
	azure       bool
	readOthers  bool     // a checker read other files (check.Pass.ReadOthers): not cached
	dependsOn   []string // directories the result used (check.Pass.DependsOn): cached with their stamps
	stats       Stats
	lang        *parsers.Language // nil until the file was read
}

func (r *fileResult) reset() { *r = fileResult{} }

// addSecrets records the values under secret spans of the file.
func (r *fileResult) addSecrets(src []byte, spans []keylint.Span) {
	for _, sp := range spans {
		if sp.Start >= 0 && sp.End <= len(src) && sp.Start < sp.End {
			r.secrets = append(r.secrets, string(src[sp.Start:sp.End]))
			r.secretSpans = append(r.secretSpans, sp)
		}
	}
}

// merge adds a file's contribution to the scan's result.
func (e *engine) merge(r *fileResult, res *Result) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if res != nil {
		res.Findings = append(res.Findings, r.findings...)
		if r.err != nil {
			res.Errors = append(res.Errors, *r.err)
		}
	}
	if e.cfg.Progress != nil && len(r.findings) > 0 {
		e.cfg.Progress.Findings.Add(int64(len(r.findings)))
	}
	e.addSecretValues(r.secrets)
	e.clients = append(e.clients, r.clients...)
	e.hits.add(r.hits)
	e.unused = append(e.unused, r.unused...)
	if r.azure {
		e.sawAzure.Store(true)
	}
	s := &e.stats
	s.Files += r.stats.Files
	s.Binary += r.stats.Binary
	s.Bytes += r.stats.Bytes
	s.Candidates += r.stats.Candidates
	s.Unparsed += r.stats.Unparsed
	s.Parsed += r.stats.Parsed
	s.Cached += r.stats.Cached
}

// addSecretValues records secret values; the caller holds e.mu.
func (e *engine) addSecretValues(values []string) {
	if len(values) == 0 {
		return
	}
	if e.secrets == nil {
		e.secrets = map[string]bool{}
	}
	for _, v := range values {
		e.secrets[v] = true
	}
}

// fileError turns what went wrong with a file into its FileError (nil for nothing).
func fileErrorOf(path string, err error) *FileError {
	if err == nil {
		return nil
	}
	fe := newFileError(path, err)
	return &fe
}

// errKind is how a FileError is stored in the cache.
type errKind uint8

const (
	errNone errKind = iota
	errFailed
	errSkipped
	errPartial
)

func kindOf(fe *FileError) errKind {
	switch {
	case fe == nil:
		return errNone
	case fe.Skipped:
		return errSkipped
	case fe.Partial:
		return errPartial
	}
	return errFailed
}

func errorOfKind(path, msg string, k errKind) *FileError {
	if k == errNone {
		return nil
	}
	return &FileError{Path: path, Err: errors.New(msg), Skipped: k == errSkipped, Partial: k == errPartial}
}
