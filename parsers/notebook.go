package parsers

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/go-json-experiment/json/jsontext"
)

// Notebook is the checkable code of a Jupyter notebook: the code cells joined into one virtual
// source with a map from each of its bytes back to the byte of the .ipynb file it came from, so
// findings point at real lines of the notebook. Outputs and markdown need no reader: the
// context-free key formats are searched in the raw file bytes.
type Notebook struct {
	// Language is the kernel's language from the metadata ("python" when unstated).
	Language string
	Code     Mapped
	// Others holds the cells of other languages (polyglot / .NET Interactive notebooks), joined
	// per language: "csharp", "javascript", "powershell".
	Others map[string]*Mapped
}

// Mapped is decoded text with the file offset of every byte (plus one entry for the end).
type Mapped struct {
	Text   []byte
	Offset []int32
}

// FileOffset maps an offset in Text to an offset in the notebook file.
func (m *Mapped) FileOffset(i int) int {
	if len(m.Offset) == 0 {
		return 0
	}
	if i < 0 {
		i = 0
	}
	if i >= len(m.Offset) {
		i = len(m.Offset) - 1
	}
	return int(m.Offset[i])
}

func (m *Mapped) appendByte(b byte, at int) {
	m.Text = append(m.Text, b)
	m.Offset = append(m.Offset, int32(at))
}

func (m *Mapped) finish(at int) {
	m.Offset = append(m.Offset, int32(at))
}

// jsonString is one string value of the notebook with its raw position.
type jsonString struct {
	raw   []byte // including quotes
	start int    // file offset of the opening quote
}

type cell struct {
	kind   string
	lang   string // from polyglot / .NET Interactive cell metadata, "" when unstated
	source []jsonString
}

// ReadNotebook extracts the code cells of an nbformat 4 notebook. A file that is
// not a JSON object with a "cells" array is an error, so the caller can report and skip it.
func ReadNotebook(src []byte) (*Notebook, error) {
	// jsontext reads tokens without decoding them (outputs hold megabytes of base64 that are
	// skipped), as leniently as encoding/json: invalid UTF-8 and repeated names are accepted.
	r := &nbReader{src: src, dec: jsontext.NewDecoder(bytes.NewReader(src), jsontext.AllowInvalidUTF8(true), jsontext.AllowDuplicateNames(true))}
	if err := r.top(); err != nil {
		return nil, fmt.Errorf("malformed notebook: %w", err)
	}
	if _, err := r.dec.ReadToken(); err != io.EOF {
		return nil, errors.New("malformed notebook: text after the top-level object")
	}
	if !r.sawCells {
		return nil, errors.New("malformed notebook: no \"cells\" array (only nbformat 4 is read)")
	}
	nb := &Notebook{Language: normalizeKernel(r.language), Others: map[string]*Mapped{}}
	if nb.Language == "" {
		nb.Language = "python"
	}
	for _, c := range r.cells {
		if c.kind != "code" || len(c.source) == 0 {
			continue
		}
		lang := cellLanguage(c, nb.Language)
		code := &nb.Code
		if lang != "python" {
			if lang == "" {
				continue
			}
			if nb.Others[lang] == nil {
				nb.Others[lang] = &Mapped{}
			}
			code = nb.Others[lang]
		}
		start := len(code.Text)
		for _, s := range c.source {
			decodeInto(code, s)
		}
		blankMagics(code.Text[start:], lang)
		if n := len(code.Text); n > start && code.Text[n-1] != '\n' {
			code.appendByte('\n', int(code.Offset[n-1]))
		}
	}
	finish := func(m *Mapped) {
		end := len(src)
		if n := len(m.Offset); n > 0 {
			end = int(m.Offset[n-1]) + 1
		}
		m.finish(end)
	}
	finish(&nb.Code)
	for _, m := range nb.Others {
		finish(m)
	}
	return nb, nil
}

// normalizeKernel maps kernel and cell language names to the languages keylint checks:
// python, csharp, javascript, powershell; "" for anything else (F#, SQL, HTML, ...).
func normalizeKernel(name string) string {
	switch strings.ToLower(strings.TrimSpace(name)) {
	case "python", "python3", "ipython", "ipython3":
		return "python"
	case "csharp", "c#", ".net-csharp", "cs":
		return "csharp"
	case "javascript", "js", ".net-javascript", "typescript", "ts":
		return "javascript"
	case "pwsh", "powershell", ".net-pwsh", ".net-powershell":
		return "powershell"
	case "":
		return ""
	}
	return "other"
}

type nbReader struct {
	src      []byte
	dec      *jsontext.Decoder
	cells    []cell
	sawCells bool
	language string
}

// token reads the next token and, for strings, where its opening quote is. The token is valid
// until the next read.
func (r *nbReader) token() (jsontext.Token, int, error) {
	from := int(r.dec.InputOffset())
	tok, err := r.dec.ReadToken()
	if err != nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return jsontext.Token{}, 0, err
	}
	if tok.Kind() == '"' {
		for from < len(r.src) && r.src[from] != '"' {
			from++
		}
	}
	return tok, from, nil
}

// more reports whether the open object or array has another member.
func (r *nbReader) more() bool {
	k := r.dec.PeekKind()
	return k != '}' && k != ']' && k != 0 // 0: an error, which the next read returns
}

func (r *nbReader) top() error {
	tok, _, err := r.token()
	if err != nil {
		return err
	}
	if tok.Kind() != '{' {
		return errors.New("not a JSON object")
	}
	return r.object(func(key string) error {
		switch key {
		case "cells":
			r.sawCells = true
			return r.array(func() error {
				var c cell
				err := r.cell(&c)
				r.cells = append(r.cells, c)
				return err
			})
		case "metadata":
			return r.metadata()
		}
		return r.skip()
	})
}

// metadata reads the kernel's language: metadata.kernelspec.language or
// metadata.language_info.name.
func (r *nbReader) metadata() error {
	return r.inObject(func(key string) error {
		want := map[string]string{"kernelspec": "language", "language_info": "name"}[key]
		if want == "" {
			return r.skip()
		}
		return r.inObject(func(k string) error {
			return r.stringField(k == want, &r.language)
		})
	})
}

func (r *nbReader) cell(c *cell) error {
	return r.inObject(func(key string) error {
		switch key {
		case "cell_type":
			return r.stringField(true, &c.kind)
		case "source":
			return r.strings(&c.source)
		case "metadata":
			return r.cellMetadata(c)
		}
		return r.skip()
	})
}

// cellMetadata reads the cell language that polyglot notebooks (.NET Interactive) record:
// metadata.polyglot_notebook.kernelName or metadata.dotnet_interactive.language.
func (r *nbReader) cellMetadata(c *cell) error {
	return r.inObject(func(key string) error {
		want := map[string]string{"polyglot_notebook": "kernelName", "dotnet_interactive": "language"}[key]
		if want == "" {
			return r.skip()
		}
		return r.inObject(func(k string) error {
			return r.stringField(k == want, &c.lang)
		})
	})
}

// inObject reads one value: an object's keys go to each, anything else is skipped.
func (r *nbReader) inObject(each func(key string) error) error {
	tok, _, err := r.token()
	if err != nil {
		return err
	}
	if tok.Kind() != '{' {
		return r.skipRest(tok.Kind())
	}
	return r.object(each)
}

// stringField reads one value and, when wanted, stores it in *into if it is a string and
// *into is still empty (the first of several places wins).
func (r *nbReader) stringField(wanted bool, into *string) error {
	tok, _, err := r.token()
	if err != nil {
		return err
	}
	if tok.Kind() == '"' {
		if wanted && *into == "" {
			*into = tok.String()
		}
		return nil
	}
	return r.skipRest(tok.Kind())
}

// strings reads a string or an array of strings (nbformat allows both for multi-line text).
func (r *nbReader) strings(into *[]jsonString) error {
	tok, at, err := r.token()
	if err != nil {
		return err
	}
	switch tok.Kind() {
	case '"':
		*into = append(*into, r.rawString(at))
		return nil
	case '[':
		for r.more() {
			tok, at, err := r.token()
			if err != nil {
				return err
			}
			if tok.Kind() == '"' {
				*into = append(*into, r.rawString(at))
			} else if err := r.skipRest(tok.Kind()); err != nil {
				return err
			}
		}
		_, _, err := r.token() // ']'
		return err
	}
	return r.skipRest(tok.Kind())
}

func (r *nbReader) rawString(at int) jsonString {
	end := int(r.dec.InputOffset())
	if end > len(r.src) || at > end {
		end = at
	}
	return jsonString{raw: r.src[at:end], start: at}
}

func (r *nbReader) object(each func(key string) error) error {
	for r.more() {
		tok, _, err := r.token()
		if err != nil {
			return err
		}
		if tok.Kind() != '"' {
			return errors.New("object key is not a string")
		}
		if err := each(tok.String()); err != nil {
			return err
		}
	}
	_, _, err := r.token() // '}'
	return err
}

func (r *nbReader) array(each func() error) error {
	tok, _, err := r.token()
	if err != nil {
		return err
	}
	if tok.Kind() != '[' {
		return r.skipRest(tok.Kind())
	}
	for r.more() {
		if err := each(); err != nil {
			return err
		}
	}
	_, _, err = r.token() // ']'
	return err
}

// skip reads and discards one whole value without decoding it.
func (r *nbReader) skip() error {
	err := r.dec.SkipValue()
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	return err
}

// skipRest discards the rest of a value whose first token, of kind k, was already read.
func (r *nbReader) skipRest(k jsontext.Kind) error {
	if k != '{' && k != '[' {
		return nil
	}
	for r.more() {
		if err := r.skip(); err != nil {
			return err
		}
	}
	_, _, err := r.token() // the closing '}' or ']'
	return err
}

// decodeInto appends the decoded contents of a JSON string literal, mapping every output byte
// to the file offset of the character (or escape sequence) it came from.
func decodeInto(m *Mapped, s jsonString) {
	raw := s.raw
	if len(raw) < 2 {
		return
	}
	for i := 1; i < len(raw)-1; {
		at := s.start + i
		c := raw[i]
		if c != '\\' || i+1 >= len(raw)-1 {
			m.appendByte(c, at)
			i++
			continue
		}
		esc := raw[i+1]
		switch esc {
		case 'n':
			m.appendByte('\n', at)
		case 't':
			m.appendByte('\t', at)
		case 'r':
			m.appendByte('\r', at)
		case 'b':
			m.appendByte('\b', at)
		case 'f':
			m.appendByte('\f', at)
		case 'u':
			r, n := decodeUnicodeEscape(raw[i : len(raw)-1])
			var buf [utf8.UTFMax]byte
			for _, b := range buf[:utf8.EncodeRune(buf[:], r)] {
				m.appendByte(b, at)
			}
			i += n
			continue
		default: // \" \\ \/
			m.appendByte(esc, at)
		}
		i += 2
	}
}

// decodeUnicodeEscape decodes \uXXXX (and a following low surrogate) and returns the rune and
// how many bytes it used.
func decodeUnicodeEscape(b []byte) (rune, int) {
	hex := func(b []byte) (rune, bool) {
		if len(b) < 6 || b[0] != '\\' || b[1] != 'u' {
			return 0, false
		}
		var r rune
		for _, c := range b[2:6] {
			switch {
			case c >= '0' && c <= '9':
				r = r<<4 | rune(c-'0')
			case c >= 'a' && c <= 'f':
				r = r<<4 | rune(c-'a'+10)
			case c >= 'A' && c <= 'F':
				r = r<<4 | rune(c-'A'+10)
			default:
				return 0, false
			}
		}
		return r, true
	}
	r, ok := hex(b)
	if !ok {
		return utf8.RuneError, 2
	}
	if utf16.IsSurrogate(r) {
		if r2, ok := hex(b[6:]); ok {
			if d := utf16.DecodeRune(r, r2); d != utf8.RuneError {
				return d, 12
			}
		}
		return utf8.RuneError, 6
	}
	return r, 6
}

// cellLanguage is a code cell's language: its own when a polyglot notebook records one or it
// starts with a "#!csharp"-style kernel magic, else the notebook's. "" means not checked.
func cellLanguage(c cell, notebookLang string) string {
	lang := normalizeKernel(c.lang)
	if lang == "" && len(c.source) > 0 {
		first := c.source[0].raw
		if len(first) > 3 && string(first[1:3]) == "#!" {
			name := first[3:]
			end := 0
			for end < len(name) && (name[end] >= 'a' && name[end] <= 'z' || name[end] >= 'A' && name[end] <= 'Z' || name[end] == '-') {
				end++
			}
			lang = normalizeKernel(string(name[:end]))
		}
	}
	if lang == "" {
		lang = notebookLang
	}
	if lang == "other" {
		return ""
	}
	return lang
}

// BlankDirectives blanks, in place, the #! kernel magics and #r references of code from the
// .NET cells of lang, as ReadNotebook does: a fix that adds #r "nuget: ..." can then be
// compared with the notebook read back.
func BlankDirectives(code []byte, lang string) {
	if lang != "python" {
		blankMagics(code, lang)
	}
}

// blankMagics comments out IPython magics and shell escapes (%pip, !ls, %%bash cells) in Python
// cells, and #!kernel magics and #r directives in .NET ones, in place, so the cell parses and
// every offset stays the same.
func blankMagics(code []byte, lang string) {
	if lang != "python" {
		for i := 0; i+1 < len(code); i++ {
			lineStart := i == 0 || code[i-1] == '\n'
			if lineStart && code[i] == '#' && (code[i+1] == '!' || code[i+1] == 'r') && lang != "powershell" {
				code[i], code[i+1] = '/', '/'
			}
		}
		return
	}
	cellMagic := false
	first := true
	for i := 0; i < len(code); {
		end := bytes.IndexByte(code[i:], '\n')
		if end < 0 {
			end = len(code)
		} else {
			end += i
		}
		line := code[i:end]
		j := 0
		for j < len(line) && (line[j] == ' ' || line[j] == '\t') {
			j++
		}
		if j < len(line) {
			if first && bytes.HasPrefix(line[j:], []byte("%%")) {
				cellMagic = true
			}
			first = false
			if cellMagic || line[j] == '%' || line[j] == '!' {
				line[j] = '#'
			}
		}
		i = end + 1
	}
}
