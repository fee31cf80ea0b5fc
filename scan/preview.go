package scan

import (
	"bytes"
	"strings"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/fixes"
)

// preview shows a fix to people: the lines it changes as "- old" lines and "+ new" lines,
// edits on touching lines shown together. Secrets are redacted on both sides: the unchanged
// rest of a rewritten line may still hold one.
func (x *lineIndex) preview(fix keylint.Fix, path string, secrets []keylint.Span) string {
	var edits []keylint.Edit
	for _, e := range fix.Edits {
		if e.Path != path || e.Start < 0 || e.End > len(x.src) || e.End < e.Start {
			return "" // an edit elsewhere, or one the engine cannot show
		}
		edits = append(edits, e)
	}
	fixes.SortEdits(edits) // the order Apply uses: an insertion before a replacement at the same offset
	for i := 1; i < len(edits); i++ {
		if edits[i].Start < edits[i-1].End {
			return "" // overlapping edits: Apply refuses them, so there is nothing to show
		}
	}
	var b strings.Builder
	for i := 0; i < len(edits); {
		start, end := x.wholeLines(edits[i])
		j := i + 1
		for ; j < len(edits) && edits[j].Start <= end; j++ {
			_, e := x.wholeLines(edits[j])
			end = max(end, e)
		}
		before := x.redacted(start, end, secrets)
		var after strings.Builder
		pos := start
		for _, e := range edits[i:j] {
			after.WriteString(x.redacted(pos, e.Start, secrets))
			after.WriteString(e.New)
			pos = e.End
		}
		after.WriteString(x.redacted(pos, end, secrets))
		oldLines, newLines := trimCommon(splitLines(before), splitLines(after.String()))
		writeLines(&b, "- ", oldLines)
		writeLines(&b, "+ ", newLines)
		i = j
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// wholeLines widens an edit to the lines it touches, with their line endings. An edit that
// ends at a line start (an inserted or deleted line) takes no part of that line.
func (x *lineIndex) wholeLines(e keylint.Edit) (int, int) {
	start := bytes.LastIndexByte(x.src[:e.Start], '\n') + 1
	atLineStart := e.End == 0 || x.src[e.End-1] == '\n'
	if atLineStart && (e.End > e.Start || strings.HasSuffix(e.New, "\n")) {
		return start, e.End
	}
	end := bytes.IndexByte(x.src[e.End:], '\n')
	if end < 0 {
		return start, len(x.src)
	}
	return start, e.End + end + 1
}

func splitLines(text string) []string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	if text == "" {
		return nil
	}
	return strings.Split(strings.TrimSuffix(text, "\n"), "\n")
}

// trimCommon drops the lines both sides start and end with: an import appended after a line
// leaves that line as it was.
func trimCommon(a, b []string) ([]string, []string) {
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	return a, b
}

func writeLines(b *strings.Builder, prefix string, lines []string) {
	for _, line := range lines {
		b.WriteString(prefix + clip(line) + "\n")
	}
}
