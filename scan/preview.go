package scan

import (
	"bytes"
	"sort"
	"strings"

	"github.com/keylint/keylint"
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
	sort.Slice(edits, func(i, j int) bool { return edits[i].Start < edits[j].Start })
	var b strings.Builder
	for i := 0; i < len(edits); {
		start, end := x.wholeLines(edits[i])
		j := i + 1
		for ; j < len(edits) && edits[j].Start <= end; j++ {
			_, e := x.wholeLines(edits[j])
			end = max(end, e)
		}
		writeLines(&b, "- ", x.redacted(start, end, secrets))
		var after strings.Builder
		pos := start
		for _, e := range edits[i:j] {
			after.WriteString(x.redacted(pos, e.Start, secrets))
			after.WriteString(e.New)
			pos = e.End
		}
		after.WriteString(x.redacted(pos, end, secrets))
		writeLines(&b, "+ ", after.String())
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

func writeLines(b *strings.Builder, prefix, text string) {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	if text == "" {
		return
	}
	for _, line := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
		b.WriteString(prefix + clip(line) + "\n")
	}
}
