// Package keywords answers one question fast: does a buffer contain any of a few keywords,
// ignoring ASCII case? It is keylint's prefilter, the one pass every file of a scan gets, so it
// runs at close to memory speed: with cgo, an SSE2 loop tests two anchor bytes of every keyword
// at 16 positions at a time; without cgo, a lower-cased copy and substring search.
package keywords

import (
	"fmt"
	"strings"
)

// Keyword is a word to find and its anchor: a substring of at least two bytes, chosen to be
// rare in ordinary text, that the search looks for before checking the whole word. A weak
// keyword is only noted: the scan goes on looking for a strong one. A boundary keyword must
// not follow a letter, digit or underscore ("sk-" but not "task-").
type Keyword struct {
	Word     string
	Anchor   string
	Weak     bool
	Boundary bool
}

// Result says what a scan found.
type Result uint8

const (
	None   Result = iota // no keyword
	Weak                 // only weak keywords
	Strong               // a strong keyword
)

// Set is a compiled keyword set. It is safe for concurrent use.
type Set struct {
	words []Keyword // lower case
	impl  matcher
}

type matcher interface {
	scan(src []byte) Result
}

// New compiles keywords. A keyword without an anchor is anchored on its first two bytes.
func New(words []Keyword) (*Set, error) {
	s := &Set{}
	for _, k := range words {
		k.Word, k.Anchor = strings.ToLower(k.Word), strings.ToLower(k.Anchor)
		if k.Anchor == "" {
			k.Anchor = k.Word
		}
		if len(k.Anchor) < 2 || !strings.Contains(k.Word, k.Anchor) {
			return nil, fmt.Errorf("keyword %q: anchor %q must be a substring of at least two bytes", k.Word, k.Anchor)
		}
		s.words = append(s.words, k)
	}
	s.impl = newMatcher(s.words)
	return s, nil
}

// Scan reports the strongest kind of keyword in src, ignoring ASCII case. It stops at the first
// strong keyword.
func (s *Set) Scan(src []byte) Result {
	if len(s.words) == 0 {
		return None
	}
	return s.impl.scan(src)
}
