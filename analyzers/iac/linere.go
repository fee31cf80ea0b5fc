package iac

import (
	"bytes"
	"regexp"
)

// lineRE is an expression that matches only at the start of a line, after blanks, with a
// given first word: `resource name 'type@version' =`. Go's regexp finds no literal to skip to
// in `(?m)^[ \t]*resource…` and tries it at every byte, a third of a cached scan's time on the
// benchmark tree's Bicep files; lineRE tries it only on the lines whose first word is word.
type lineRE struct {
	word string
	re   *regexp.Regexp // anchored at the start of the text: the line's start
}

// newLineRE compiles rest, which follows the line's leading blanks and must begin with word.
func newLineRE(word, rest string) *lineRE {
	return &lineRE{word: word, re: regexp.MustCompile(`^[ \t]*` + rest)}
}

// findAll returns what (?m)^[ \t]*rest's FindAllSubmatchIndex would: the matches, as offsets
// into code, in order and not overlapping. A match starts at a line's start, so a line holds at
// most one: after an occurrence of word, the search goes on at the next line (which also keeps
// a long line of many occurrences linear).
func (l *lineRE) findAll(code []byte) [][]int {
	var out [][]int
	word := []byte(l.word)
	for from := 0; from < len(code); { // from is always a line's start
		i := bytes.Index(code[from:], word)
		if i < 0 {
			break
		}
		i += from
		lineStart := from
		if nl := bytes.LastIndexByte(code[from:i], '\n'); nl >= 0 {
			lineStart = from + nl + 1
		}
		next := len(code) // the next line's start
		if nl := bytes.IndexByte(code[i:], '\n'); nl >= 0 {
			next = i + nl + 1
		}
		from = next
		if !blank(code[lineStart:i]) {
			continue
		}
		m := l.re.FindSubmatchIndex(code[lineStart:])
		if m == nil {
			continue
		}
		for k := range m {
			if m[k] >= 0 {
				m[k] += lineStart
			}
		}
		out = append(out, m)
		if m[1] > from { // a match may run over lines ('[^']+' holds newlines): go on at the next line start after it
			from = len(code)
			if nl := bytes.IndexByte(code[m[1]-1:], '\n'); nl >= 0 {
				from = m[1] + nl
			}
		}
	}
	return out
}

// blank reports whether b holds only spaces and tabs.
func blank(b []byte) bool {
	for _, c := range b {
		if c != ' ' && c != '\t' {
			return false
		}
	}
	return true
}

// containsFold reports whether code contains the lower-case ASCII word w in any case.
func containsFold(code []byte, w string) bool {
	first := [2]byte{w[0], w[0] - 'a' + 'A'}
	for i := 0; i+len(w) <= len(code); i++ {
		if c := code[i]; c != first[0] && c != first[1] {
			continue
		}
		if bytes.EqualFold(code[i:i+len(w)], []byte(w)) {
			return true
		}
	}
	return false
}
