package scan

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers"
	"github.com/keylint/keylint/analyzers/keyformat"
	"github.com/keylint/keylint/parsers"
)

// lineIndex turns byte offsets into lines and columns. Built once per file with findings.
type lineIndex struct {
	src    []byte
	starts []int // byte offset of each line start
}

func newLineIndex(src []byte) *lineIndex {
	starts := []int{0}
	for i, c := range src {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return &lineIndex{src: src, starts: starts}
}

// position is 1-based; columns count code points (invalid UTF-8 bytes count one each). A BOM
// at the start of the file is not a column.
func (x *lineIndex) position(off int) keylint.Position {
	if off > len(x.src) {
		off = len(x.src)
	}
	line := sort.Search(len(x.starts), func(i int) bool { return x.starts[i] > off }) - 1
	start := x.starts[line]
	if line == 0 && len(x.src) >= 3 && string(x.src[:3]) == "\uFEFF" && off >= 3 {
		start = 3
	}
	return keylint.Position{Line: line + 1, Column: utf8.RuneCount(x.src[start:off]) + 1}
}

// lineSpan returns the byte range of a 1-based line without its line ending.
func (x *lineIndex) lineSpan(line int) (int, int) {
	if line < 1 || line > len(x.starts) {
		return 0, 0
	}
	start := x.starts[line-1]
	end := len(x.src)
	if line < len(x.starts) {
		end = x.starts[line] - 1
	}
	if end > start && x.src[end-1] == '\r' {
		end--
	}
	return start, end
}

func (x *lineIndex) line(line int) string {
	s, e := x.lineSpan(line)
	return string(x.src[s:e])
}

// maxSnippet keeps a minified line from flooding the output.
const maxSnippet = 240

// redactedLine returns a source line with every secret on it (from any finding in the file, and
// any key format the line itself contains) replaced by its redacted form.
func (x *lineIndex) redactedLine(line int, secrets []keylint.Span) string {
	s, e := x.lineSpan(line)
	raw := x.src[s:e]
	var spans []keylint.Span
	for _, sp := range secrets {
		if sp.End > s && sp.Start < e {
			spans = append(spans, keylint.Span{Start: max(sp.Start, s) - s, End: min(sp.End, e) - s})
		}
	}
	for _, m := range keyformat.Find(raw) {
		spans = append(spans, keylint.Span{Start: m.Start, End: m.End})
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	var b strings.Builder
	pos := 0
	for _, sp := range spans {
		if sp.Start < pos {
			if sp.End > pos {
				pos = sp.End // overlapping spans: already redacted up to pos
			}
			continue
		}
		b.Write(raw[pos:sp.Start])
		b.WriteString(keyformat.Redact(string(raw[sp.Start:sp.End])))
		pos = sp.End
	}
	b.Write(raw[pos:])
	out := strings.ToValidUTF8(b.String(), "\uFFFD")
	if len(out) > maxSnippet {
		cut := maxSnippet
		for cut > 0 && !utf8.RuneStart(out[cut]) {
			cut--
		}
		out = out[:cut] + "…"
	}
	return out
}

// suppressed reports whether the finding's line, or the line above, carries a keylint:ignore
// comment that names this rule (or names none).
func suppressed(x *lineIndex, lang *parsers.Language, rule string, line int) bool {
	for _, l := range []int{line, line - 1} {
		if ids, ok := suppression(x.line(l), lang.Comments); ok {
			if len(ids) == 0 {
				return true
			}
			for _, id := range ids {
				if strings.EqualFold(id, rule) || ruleName(rule) == strings.ToLower(id) {
					return true
				}
			}
		}
	}
	return false
}

const ignoreMarker = "keylint:ignore"

// suppression parses "keylint:ignore[KL102,KL105] reason" inside a comment on the line and
// returns the listed ids (none means all rules).
func suppression(line string, comments []string) ([]string, bool) {
	i := strings.Index(line, ignoreMarker)
	if i < 0 {
		return nil, false
	}
	before := line[:i]
	inComment := false
	for _, c := range append(comments, "/*") {
		if strings.Contains(before, c) {
			inComment = true
			break
		}
	}
	if !inComment {
		return nil, false
	}
	rest := line[i+len(ignoreMarker):]
	if !strings.HasPrefix(rest, "[") {
		return nil, true
	}
	end := strings.IndexByte(rest, ']')
	if end < 0 {
		return nil, true
	}
	return strings.FieldsFunc(rest[1:end], func(r rune) bool { return r == ',' || r == ' ' }), true
}

func ruleName(id string) string {
	if r := analyzers.ByID(id); r != nil {
		return r.Name
	}
	return ""
}
