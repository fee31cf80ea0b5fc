package scan

import (
	"bytes"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers"
	"github.com/keylint/keylint/analyzers/keyformat"
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
	return keylint.Position{Line: line + 1, Column: utf8.RuneCount(x.src[start:off]) + 1, ByteColumn: off - x.starts[line] + 1}
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

// maxSnippet keeps a minified line from flooding the output.
const maxSnippet = 240

// redactedLine returns a source line with every secret on it (from any finding in the file, and
// any key format the line itself contains) replaced by its redacted form.
func (x *lineIndex) redactedLine(line int, secrets []keylint.Span) string {
	s, e := x.lineSpan(line)
	return clip(x.redacted(s, e, secrets))
}

// redacted returns src[s:e] with every secret in it, any key format it contains and anything
// key-shaped (keyformat.FindKeyShaped) replaced by its redacted form. The output boundary
// (package redact) hides the same again; doing it here too keeps snippets readable where a
// secret would be cut by clipping.
func (x *lineIndex) redacted(s, e int, secrets []keylint.Span) string {
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
	for _, m := range keyformat.FindKeyShaped(raw) {
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
	return strings.ToValidUTF8(b.String(), "\uFFFD")
}

// clip keeps a minified line from flooding the output.
func clip(out string) string {
	if len(out) > maxSnippet {
		cut := maxSnippet
		for cut > 0 && !utf8.RuneStart(out[cut]) {
			cut--
		}
		out = out[:cut] + "…"
	}
	return out
}

// comments locates comments in a file: from the syntax tree when the file was parsed, else
// from the language's comment markers on the line (a marker inside a string can then fool it).
type comments struct {
	spans   []keylint.Span // sorted; nil without a tree
	markers []string
}

// start returns where the comment holding byte off begins, or false if off is not in one.
func (c *comments) start(x *lineIndex, line, off int) (int, bool) {
	if c.spans != nil {
		i := sort.Search(len(c.spans), func(i int) bool { return c.spans[i].End > off })
		if i < len(c.spans) && c.spans[i].Start <= off {
			return c.spans[i].Start, true
		}
		return 0, false
	}
	ls, _ := x.lineSpan(line)
	before := string(x.src[ls:off])
	best := -1
	for _, m := range c.markers {
		if i := strings.Index(before, m); i >= 0 && (best < 0 || i < best) {
			best = i
		}
	}
	return ls + best, best >= 0
}

// suppressed reports whether a keylint:ignore comment covers the rule on this line: a comment
// on the line itself, or a comment that is the whole of the line above (a trailing comment on
// the line above belongs to that line).
func suppressed(x *lineIndex, c *comments, rule string, line int) (int, bool) {
	for _, l := range []int{line, line - 1} {
		ls, le := x.lineSpan(l)
		text := string(x.src[ls:le])
		for from := 0; ; {
			i, n := findMarker([]byte(text[from:]))
			if i < 0 {
				break
			}
			at := from + i
			from = at + n
			cs, ok := c.start(x, l, ls+at)
			if !ok {
				continue
			}
			// A notebook's raw line starts with the JSON string's quote.
			if l != line && strings.Trim(string(x.src[ls:cs]), " \t\"") != "" {
				continue
			}
			if ids := suppressionIDs(text[from:]); ids == nil || matchesRule(ids, rule) {
				return ls + at, true
			}
		}
	}
	return 0, false
}

// suppressionComments returns the offsets of every keylint:ignore marker inside a comment.
func suppressionComments(x *lineIndex, c *comments) []int {
	var out []int
	for from := 0; ; {
		i, n := findMarker(x.src[from:])
		if i < 0 {
			return out
		}
		at := from + i
		from = at + n
		line := x.position(at).Line
		if _, ok := c.start(x, line, at); ok {
			out = append(out, at)
		}
	}
}

// markerRE also accepts spaces around the colon ("# keylint: ignore"), as people write it after
// "# noqa: E501" and "# type: ignore".
var markerRE = regexp.MustCompile(`keylint[ \t]*:[ \t]*ignore`)

// findMarker returns the offset and length of the first suppression marker in b, or -1.
func findMarker(b []byte) (int, int) {
	i := bytes.Index(b, []byte("keylint"))
	if i < 0 {
		return -1, 0
	}
	loc := markerRE.FindIndex(b[i:])
	if loc == nil {
		return -1, 0
	}
	return i + loc[0], loc[1] - loc[0]
}

// suppressionIDs parses the optional "[KL102, key-env-read]" after the marker; nil means all
// rules.
func suppressionIDs(rest string) []string {
	if !strings.HasPrefix(rest, "[") {
		return nil
	}
	end := strings.IndexByte(rest, ']')
	if end < 0 {
		return nil
	}
	ids := strings.FieldsFunc(rest[1:end], func(r rune) bool { return r == ',' || r == ' ' })
	if len(ids) == 0 {
		return nil
	}
	return ids
}

func matchesRule(ids []string, rule string) bool {
	for _, id := range ids {
		if strings.EqualFold(id, rule) || strings.ToLower(id) == ruleName(rule) {
			return true
		}
	}
	return false
}

func ruleName(id string) string {
	if r := analyzers.ByID(id); r != nil {
		return r.Name
	}
	return ""
}
