package keylint

// Span is a half-open byte range [Start, End) in a file.
type Span struct {
	Start, End int
}

// Position is a 1-based line and column (columns count Unicode code points), computed once at
// the output edge from a byte offset.
type Position struct {
	Line   int `json:"line"`
	Column int `json:"column"`
	// ByteColumn is the 1-based column in bytes, for the formats that count so (reviewdog).
	ByteColumn int `json:"-"`
}

// Finding is one reported problem.
type Finding struct {
	RuleID   string
	Severity Severity
	Message  string
	Path     string // slash-separated, relative to the scan root when possible
	Span     Span
	// Secrets are the spans of key values inside or near the finding; every output redacts them.
	Secrets []Span
	Fixes   []Fix

	// Filled in by the engine at the output edge.
	Start, End Position
	Snippet    string // the first source line of the finding, secrets redacted
	// Fingerprint identifies the finding across line moves and unrelated edits: a hash of
	// the rule, the path and the finding's own text with whitespace collapsed. Baselines and
	// SARIF partialFingerprints use it.
	Fingerprint string
}

// Fix is a set of non-overlapping edits that together resolve one finding.
type Fix struct {
	Message string
	Edits   []Edit
	// Preview shows the rewrite as "- old" and "+ new" lines, secrets redacted; the engine
	// fills it in for the text output.
	Preview string
}

// Edit replaces the bytes [Start, End) of Path with New.
type Edit struct {
	Path       string
	Start, End int
	New        string
	// StartPos and EndPos are filled in by the engine at the output edge, for line-based
	// formats (rdjsonl suggestions).
	StartPos, EndPos Position
}
