//go:build !cgo

package keywords

import (
	"bytes"
	"strings"
)

// goMatcher lower-cases a copy and searches each anchor, checking the whole word around hits.
type goMatcher struct {
	words []Keyword
}

func newMatcher(words []Keyword) matcher { return &goMatcher{words: words} }

func (m *goMatcher) scan(src []byte) Result {
	low := bytes.ToLower(src)
	found := None
	for _, k := range m.words {
		if k.Weak && found == Weak {
			continue
		}
		at := strings.Index(k.Word, k.Anchor)
		for from := 0; ; {
			i := bytes.Index(low[from:], []byte(k.Anchor))
			if i < 0 {
				break
			}
			start := from + i - at
			if start >= 0 && start+len(k.Word) <= len(low) && string(low[start:start+len(k.Word)]) == k.Word &&
				(!k.Boundary || start == 0 || !isWordByte(low[start-1])) {
				if !k.Weak {
					return Strong
				}
				found = Weak
				break
			}
			from += i + 1
		}
	}
	return found
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_'
}
