package scan

import (
	"bytes"
	"encoding/json"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/fixes"
	"github.com/keylint/keylint/parsers"
)

// moveNotebookFixes moves every fix of the findings (made on the extracted code) into the .ipynb
// file. Proving each fix by reading the whole notebook back costs fixes × size, so the fixes that
// can be applied together (most: they differ in their own lines and share the same import) are
// proven together, in one read: when the notebook with all of them applied reads back as the
// code with all of them applied, each is offered as mapped. The others (an import placed where
// another fix places a different one, an insertion at a cell boundary that needs the other side)
// are proven one by one.
func moveNotebookFixes(src []byte, code *parsers.Mapped, lang string, fs []keylint.Finding, path string) {
	type ref struct{ finding, fix int }
	var pending []ref
	for i := range fs {
		for k := range fs[i].Fixes {
			pending = append(pending, ref{i, k})
		}
	}
	proven := map[ref]keylint.Fix{}
	// Rounds: each proves, in one read, the fixes that fit together with each other; a round
	// that proves nothing leaves the rest to be proven alone.
	for len(pending) > 1 {
		var group, rest []ref
		var mapped []keylint.Fix
		var fileEdits, codeEdits []keylint.Edit
		for _, r := range pending {
			fix := fs[r.finding].Fixes[r.fix]
			m, ok := mapEdits(src, code, fix, path, true)
			if !ok {
				continue // cannot be moved at all
			}
			if conflicts(fileEdits, m.Edits) || conflicts(codeEdits, fix.Edits) {
				rest = append(rest, r)
				continue
			}
			group = append(group, r)
			mapped = append(mapped, m)
			fileEdits = appendNew(fileEdits, m.Edits)
			codeEdits = appendNew(codeEdits, fix.Edits)
		}
		if len(group) < 2 || !readsBack(src, code, lang, fileEdits, codeEdits) {
			break
		}
		for n, r := range group {
			proven[r] = mapped[n]
		}
		pending = rest
	}
	for i := range fs {
		var moved []keylint.Fix
		for k, fix := range fs[i].Fixes {
			if m, ok := proven[ref{i, k}]; ok {
				moved = append(moved, m)
			} else if m, ok := notebookFix(src, code, lang, fix, path); ok {
				moved = append(moved, m)
			}
		}
		fs[i].Fixes = moved
	}
}

// conflicts reports whether an edit overlaps one already taken (a repeat of the same edit does
// not), or inserts at the same place as a different one.
func conflicts(taken, edits []keylint.Edit) bool {
	for _, e := range edits {
		for _, t := range taken {
			if t == e {
				continue
			}
			if e.Start < t.End && t.Start < e.End || e.Start == t.Start && (e.Start == e.End || t.Start == t.End) {
				return true
			}
		}
	}
	return false
}

// appendNew adds the edits not already in taken.
func appendNew(taken, edits []keylint.Edit) []keylint.Edit {
	for _, e := range edits {
		dup := false
		for _, t := range taken {
			if t == e {
				dup = true
				break
			}
		}
		if !dup {
			taken = append(taken, e)
		}
	}
	return taken
}

// readsBack applies the edits to the notebook and to its code, and reports whether the edited
// notebook's code is exactly the edited code.
func readsBack(src []byte, code *parsers.Mapped, lang string, fileEdits, codeEdits []keylint.Edit) bool {
	fixedFile, err := fixes.Apply(src, fileEdits)
	if err != nil {
		return false
	}
	fixedCode, err := fixes.Apply(code.Text, codeEdits)
	if err != nil {
		return false
	}
	parsers.BlankDirectives(fixedCode, lang) // #r "nuget: Azure.Identity" reads back blanked
	nb, err := parsers.ReadNotebook(fixedFile)
	if err != nil {
		return false
	}
	got := &nb.Code
	if lang != "python" {
		if got = nb.Others[lang]; got == nil {
			return false
		}
	}
	return bytes.Equal(got.Text, fixedCode)
}

// notebookFix moves a fix made on a notebook's extracted code into the .ipynb file: every
// edit is mapped onto the JSON string it falls in and its new text JSON-escaped. The result is
// proven before it is offered: the edited notebook must read back as a notebook whose code is
// exactly the fixed code. ok is false for a fix that cannot be moved (one that spans cells, or
// touches a line keylint blanked, such as a %pip magic).
func notebookFix(src []byte, code *parsers.Mapped, lang string, fix keylint.Fix, path string) (keylint.Fix, bool) {
	// An insertion where two cells meet can go at the end of the first cell or the start of
	// the second; which one reads back right depends on the newline that joins them, so both
	// are tried.
	for _, afterPrevious := range []bool{true, false} {
		if out, ok := mapNotebookFix(src, code, lang, fix, path, afterPrevious); ok {
			return out, true
		}
	}
	return keylint.Fix{}, false
}

func mapNotebookFix(src []byte, code *parsers.Mapped, lang string, fix keylint.Fix, path string, afterPrevious bool) (keylint.Fix, bool) {
	out, ok := mapEdits(src, code, fix, path, afterPrevious)
	if !ok {
		return out, false
	}
	return out, readsBack(src, code, lang, out.Edits, fix.Edits)
}

// mapEdits maps a fix's edits from code offsets to file offsets, JSON-escaping the new text.
func mapEdits(src []byte, code *parsers.Mapped, fix keylint.Fix, path string, afterPrevious bool) (keylint.Fix, bool) {
	out := keylint.Fix{Message: fix.Message}
	for _, e := range fix.Edits {
		if e.Start < 0 || e.End < e.Start || e.End > len(code.Text) {
			return out, false
		}
		start := code.FileOffset(e.Start)
		if e.Start > 0 && e.End == e.Start && (afterPrevious || e.Start == len(code.Text)) {
			// Right after the character before it: at the end of a cell's last line, that is
			// inside the cell's string, not before its last character.
			start = rawEnd(src, code.FileOffset(e.Start-1))
		}
		end := start
		if e.End > e.Start {
			end = rawEnd(src, code.FileOffset(e.End-1))
		}
		out.Edits = append(out.Edits, keylint.Edit{Path: path, Start: start, End: end, New: jsonEscape(e.New)})
	}
	return out, true
}

// rawEnd is the file offset just after the JSON string character (or escape) starting at off.
func rawEnd(src []byte, off int) int {
	if off >= len(src) || src[off] != '\\' || off+1 >= len(src) {
		return off + 1
	}
	if src[off+1] != 'u' {
		return off + 2
	}
	end := off + 6
	// A surrogate pair is two escapes for one character.
	if end+6 <= len(src) && src[end] == '\\' && src[end+1] == 'u' && (src[off+2] == 'd' || src[off+2] == 'D') {
		if c := src[off+3] | 0x20; c >= '8' && c <= 'b' {
			end += 6
		}
	}
	return min(end, len(src))
}

// jsonEscape writes s as the inside of a JSON string.
func jsonEscape(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		return s
	}
	out := bytes.TrimSuffix(b.Bytes(), []byte("\n"))
	return string(out[1 : len(out)-1])
}
