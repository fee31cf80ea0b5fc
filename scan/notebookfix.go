package scan

import (
	"bytes"
	"encoding/json"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/fixes"
	"github.com/keylint/keylint/parsers"
)

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
	fixedFile, err := fixes.Apply(src, out.Edits)
	if err != nil {
		return out, false
	}
	fixedCode, err := fixes.Apply(code.Text, fix.Edits)
	if err != nil {
		return out, false
	}
	parsers.BlankDirectives(fixedCode, lang) // #r "nuget: Azure.Identity" reads back blanked
	nb, err := parsers.ReadNotebook(fixedFile)
	if err != nil {
		return out, false
	}
	got := &nb.Code
	if lang != "python" {
		if got = nb.Others[lang]; got == nil {
			return out, false
		}
	}
	return out, bytes.Equal(got.Text, fixedCode)
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
