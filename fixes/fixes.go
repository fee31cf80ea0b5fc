// Package fixes holds the mechanics of applying keyless rewrites: choosing which fixes of a
// file can go together (Plan), applying their edits (Apply), repeating that until a file is
// settled (File) and showing the result (Diff). The replacement text itself lives with the
// rules; writing files is the caller's job.
package fixes

import (
	"bytes"
	"fmt"
	"sort"
	"strings"

	udiff "github.com/aymanbagabas/go-udiff"

	"github.com/keylint/keylint"
)

// Plan picks the edits to apply to one file: the first fix of each finding, in the order
// given (the engine's order: offset, then rule), skipping a fix whose edits overlap an edit
// already taken. Identical edits (two fixes adding the same import) are applied once. Edits
// for other paths are ignored.
type Plan struct {
	Edits   []keylint.Edit
	Applied int // fixes taken
	Dropped int // fixes left out because they overlap one taken
}

// NewPlan plans the fixes of findings on path.
func NewPlan(path string, findings []keylint.Finding) *Plan {
	p := &Plan{}
	for _, f := range findings {
		if len(f.Fixes) == 0 {
			continue
		}
		fix := f.Fixes[0]
		if !onlyPath(fix, path) {
			continue
		}
		var add []keylint.Edit
		ok := true
		for _, e := range fix.Edits {
			dup, clash := p.conflict(e)
			if clash {
				ok = false
				break
			}
			if !dup {
				add = append(add, e)
			}
		}
		if !ok || !disjoint(add) {
			p.Dropped++
			continue
		}
		p.Edits = append(p.Edits, add...)
		p.Applied++
	}
	SortEdits(p.Edits)
	return p
}

func onlyPath(fix keylint.Fix, path string) bool {
	for _, e := range fix.Edits {
		if e.Path != path {
			return false
		}
	}
	return len(fix.Edits) > 0
}

// conflict reports whether e repeats an edit already planned (dup) or overlaps one (clash).
// Two insertions at one offset clash unless identical: their order would be a guess.
func (p *Plan) conflict(e keylint.Edit) (dup, clash bool) {
	for _, o := range p.Edits {
		if o == e {
			return true, false
		}
		if overlap(o, e) {
			return false, true
		}
	}
	return false, false
}

func overlap(a, b keylint.Edit) bool {
	if a.Start == a.End && b.Start == b.End {
		return a.Start == b.Start
	}
	if a.Start == a.End {
		return b.Start < a.Start && a.Start < b.End
	}
	if b.Start == b.End {
		return a.Start < b.Start && b.Start < a.End
	}
	return a.Start < b.End && b.Start < a.End
}

// disjoint reports whether the edits of one fix are non-overlapping among themselves.
func disjoint(edits []keylint.Edit) bool {
	for i := range edits {
		for j := i + 1; j < len(edits); j++ {
			if overlap(edits[i], edits[j]) {
				return false
			}
		}
	}
	return true
}

// SortEdits orders edits by start, then end, so an insertion comes before a replacement at
// the same offset; Apply and the previews use this order.
func SortEdits(edits []keylint.Edit) {
	sort.SliceStable(edits, func(i, j int) bool {
		if edits[i].Start != edits[j].Start {
			return edits[i].Start < edits[j].Start
		}
		return edits[i].End < edits[j].End
	})
}

// Apply returns src with the edits applied. The edits must be in range and must not overlap.
func Apply(src []byte, edits []keylint.Edit) ([]byte, error) {
	sorted := append([]keylint.Edit(nil), edits...)
	SortEdits(sorted)
	var out bytes.Buffer
	out.Grow(len(src))
	at := 0
	for _, e := range sorted {
		if e.Start < at || e.End < e.Start || e.End > len(src) {
			return nil, fmt.Errorf("edit [%d,%d) out of range or overlapping (file has %d bytes)", e.Start, e.End, len(src))
		}
		out.Write(src[at:e.Start])
		out.WriteString(e.New)
		at = e.End
	}
	out.Write(src[at:])
	return out.Bytes(), nil
}

// Diff is a unified diff of a file before and after, labelled a/path and b/path as git does
// (an absolute path without its leading slash, so that patch -p1 and git apply read it the
// same); "" when nothing changed.
func Diff(path string, before, after []byte) string {
	if bytes.Equal(before, after) {
		return ""
	}
	path = strings.TrimLeft(path, "/")
	return udiff.Unified("a/"+path, "b/"+path, string(before), string(after))
}

// Check re-checks a file's current contents and returns its findings (with fixes).
type Check func(src []byte) ([]keylint.Finding, error)

// Result is what File did to one file.
type Result struct {
	Src     []byte // the fixed contents
	Applied int    // fixes applied over all rounds
	Dropped int    // fixes that overlapped another in the last round and were not applied
}

// maxRounds bounds File: each round applies every fix that fits, so real files settle in two
// or three (the second fix of a file merges into the import the first added).
const maxRounds = 8

// File applies fixes to src until none is left or none fits: each round checks the current
// contents, plans, and applies. Re-checking between rounds is what lets two fixes that both
// add an import work together: the second sees the import the first added and merges into it.
func File(path string, src []byte, check Check) (*Result, error) {
	res := &Result{Src: src}
	for round := 0; round < maxRounds; round++ {
		findings, err := check(res.Src)
		if err != nil {
			return res, err
		}
		p := NewPlan(path, findings)
		res.Dropped = p.Dropped
		if p.Applied == 0 {
			break
		}
		out, err := Apply(res.Src, MatchLineEndings(res.Src, p.Edits))
		if err != nil {
			return res, err
		}
		if bytes.Equal(out, res.Src) {
			break // a fix that changes nothing would loop forever
		}
		res.Src, res.Applied = out, res.Applied+p.Applied
	}
	return res, nil
}

// MatchLineEndings rewrites the newlines an edit inserts to the file's own: a CRLF file stays
// CRLF.
func MatchLineEndings(src []byte, edits []keylint.Edit) []keylint.Edit {
	i := bytes.IndexByte(src, '\n')
	if i <= 0 || src[i-1] != '\r' {
		return edits
	}
	out := make([]keylint.Edit, len(edits))
	for k, e := range edits {
		e.New = string(bytes.ReplaceAll(bytes.ReplaceAll([]byte(e.New), []byte("\r\n"), []byte("\n")), []byte("\n"), []byte("\r\n")))
		out[k] = e
	}
	return out
}
