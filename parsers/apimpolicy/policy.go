// Package apimpolicy reads Azure API Management policy documents: XML whose attribute values
// and text may be C# policy expressions (@(...), @{...}) or name named values ({{name}}).
// Expressions are not XML (APIM lets them hold unescaped <, > and quotes), so a small C# lexer
// finds them first and blanks them, keeping every offset; encoding/xml's tokenizer then reads
// the document. Nothing here recurses: hostile nesting costs memory, never stack.
package apimpolicy

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Span is a half-open byte range in the policy text.
type Span struct{ Start, End int }

// Attr is one attribute of an element.
type Attr struct {
	Name  string
	Value string // entities decoded; an expression as written, entities decoded
	Span  Span   // the value between its quotes
	Expr  bool   // the value is a policy expression
}

// Element is one element of a policy document.
type Element struct {
	Name   string // local name as written
	Parent int    // index into Doc.Elements; -1 for the root
	Depth  int    // 0 for the root
	Span   Span   // from '<' of the start tag to the end of the end tag (or of "/>")
	Open   Span   // the start tag
	Attrs  []Attr
	// Text is the element's own character data, trimmed (an expression as written); TextSpan
	// locates it.
	Text     string
	TextSpan Span
	TextExpr bool
}

// Attr returns the value of the attribute (names compare case-insensitively).
func (e *Element) Attr(name string) (Attr, bool) {
	for _, a := range e.Attrs {
		if strings.EqualFold(a.Name, name) {
			return a, true
		}
	}
	return Attr{}, false
}

// Doc is a parsed policy document.
type Doc struct {
	Src      []byte
	Elements []Element // document order; Elements[0] is the root
}

// Root returns the root element's name, or "".
func (d *Doc) Root() string {
	if len(d.Elements) == 0 {
		return ""
	}
	return d.Elements[0].Name
}

// SyntaxError says where a policy stopped being readable.
type SyntaxError struct {
	Offset int // byte offset in the policy text
	Line   int // 1-based line in the policy text
	Msg    string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

// maxElements bounds what one document may hold; a policy is a few hundred elements at most.
const maxElements = 1 << 20

// Parse reads a policy document. The error, if any, is a *SyntaxError.
func Parse(src []byte) (*Doc, error) {
	masked, exprs := mask(src)
	doc := &Doc{Src: src}
	d := xml.NewDecoder(bytes.NewReader(masked))
	d.Strict = true
	d.Entity = xml.HTMLEntity
	d.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil } // bytes are read as they are
	var stack []int
	for {
		before := int(d.InputOffset())
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return doc, syntaxError(src, int(d.InputOffset()), err)
		}
		after := int(d.InputOffset())
		switch t := tok.(type) {
		case xml.StartElement:
			if len(doc.Elements) >= maxElements {
				return doc, syntaxError(src, before, errors.New("too many elements"))
			}
			parent := -1
			if len(stack) > 0 {
				parent = stack[len(stack)-1]
			} else if len(doc.Elements) > 0 {
				return doc, syntaxError(src, before, errors.New("more than one root element"))
			}
			e := Element{Name: t.Name.Local, Parent: parent, Depth: len(stack), Span: Span{before, after}, Open: Span{before, after}}
			e.Attrs = attrs(src, masked, before, after, t.Attr, exprs)
			doc.Elements = append(doc.Elements, e)
			stack = append(stack, len(doc.Elements)-1)
		case xml.EndElement:
			if len(stack) == 0 {
				break
			}
			doc.Elements[stack[len(stack)-1]].Span.End = after
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) > 0 {
				addText(&doc.Elements[stack[len(stack)-1]], src, before, after, t, exprs)
			} else if len(doc.Elements) > 0 && len(bytes.TrimSpace(t)) > 0 {
				return doc, syntaxError(src, before, errors.New("text after the root element"))
			}
		}
	}
	if len(doc.Elements) == 0 {
		return doc, syntaxError(src, len(src), errors.New("no root element"))
	}
	return doc, nil
}

func syntaxError(src []byte, off int, err error) error {
	off = min(max(off, 0), len(src))
	msg := err.Error()
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		msg = se.Msg
	}
	return &SyntaxError{Offset: off, Line: bytes.Count(src[:off], []byte("\n")) + 1, Msg: msg}
}

// attrs locates the attribute values of the start tag at [start, end) of the masked text, and
// takes each value from the decoder (or, for an expression, from the source).
func attrs(src, masked []byte, start, end int, decoded []xml.Attr, exprs map[int]int) []Attr {
	var out []Attr
	tag := masked[start:end]
	i := 1
	for i < len(tag) && !isSpace(tag[i]) && tag[i] != '/' && tag[i] != '>' {
		i++ // the element's name
	}
	for k := 0; i < len(tag); {
		for i < len(tag) && isSpace(tag[i]) {
			i++
		}
		if i >= len(tag) || tag[i] == '/' || tag[i] == '>' {
			break
		}
		nameStart := i
		for i < len(tag) && tag[i] != '=' && !isSpace(tag[i]) && tag[i] != '>' {
			i++
		}
		name := string(tag[nameStart:i])
		for i < len(tag) && isSpace(tag[i]) {
			i++
		}
		if i >= len(tag) || tag[i] != '=' {
			break
		}
		i++
		for i < len(tag) && isSpace(tag[i]) {
			i++
		}
		if i >= len(tag) || tag[i] != '"' && tag[i] != '\'' {
			break
		}
		q := tag[i]
		vs := i + 1
		ve := bytes.IndexByte(tag[vs:], q)
		if ve < 0 {
			break
		}
		ve += vs
		a := Attr{Name: name, Span: Span{start + vs, start + ve}}
		if _, ok := exprs[start+vs]; ok {
			a.Expr = true
			a.Value = unescape(src[start+vs : start+ve])
		} else if k < len(decoded) && decoded[k].Name.Local == localName(name) {
			a.Value = decoded[k].Value
		} else {
			a.Value = unescape(src[start+vs : start+ve])
		}
		out = append(out, a)
		k++
		i = ve + 1
	}
	return out
}

func localName(name string) string {
	if i := strings.IndexByte(name, ':'); i >= 0 {
		return name[i+1:]
	}
	return name
}

// addText extends an element's own text with one run of character data at [start, end).
func addText(e *Element, src []byte, start, end int, data []byte, exprs map[int]int) {
	raw := src[start:end]
	lead := len(raw) - len(bytes.TrimLeft(raw, " \t\r\n"))
	trail := len(raw) - len(bytes.TrimRight(raw, " \t\r\n"))
	if lead == len(raw) {
		return
	}
	s, t := start+lead, end-trail
	if e.TextSpan.End == 0 {
		e.TextSpan = Span{s, t}
		if _, ok := exprs[s]; ok {
			e.TextExpr = true
		}
	} else {
		e.TextSpan.End = t
	}
	if e.TextExpr {
		e.Text = unescape(src[e.TextSpan.Start:e.TextSpan.End])
		return
	}
	e.Text = strings.TrimSpace(e.Text + string(data))
	if IsExpression(e.Text) {
		e.TextExpr = true // an expression in a CDATA section
	}
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// mask blanks every policy expression that starts an attribute value or a run of text, keeping
// offsets and line breaks, so encoding/xml reads what is left. It returns the expressions'
// start offsets mapped to their ends.
func mask(src []byte) ([]byte, map[int]int) {
	out := append([]byte(nil), src...)
	exprs := map[int]int{}
	blank := func(s, e int) {
		exprs[s] = e
		for k := s; k < e; k++ {
			if out[k] != '\n' && out[k] != '\r' {
				out[k] = 'x'
			}
		}
	}
	skipTo := func(i int, end string) int {
		j := bytes.Index(src[i:], []byte(end))
		if j < 0 {
			return len(src)
		}
		return i + j + len(end)
	}
	i := 0
	textStart := true // at the start of a run of text
	for i < len(src) {
		c := src[i]
		switch {
		case c == '<':
			switch {
			case bytes.HasPrefix(src[i:], []byte("<!--")):
				i = skipTo(i+4, "-->")
			case bytes.HasPrefix(src[i:], []byte("<![CDATA[")):
				i = skipTo(i+9, "]]>")
			case bytes.HasPrefix(src[i:], []byte("<?")):
				i = skipTo(i+2, "?>")
			case bytes.HasPrefix(src[i:], []byte("<!")):
				i = skipTo(i+2, ">")
			default:
				i = maskTag(src, i+1, blank)
			}
			textStart = true
		case textStart && isSpace(c):
			i++
		case textStart && c == '@':
			textStart = false
			if e := exprEnd(src, i); e > 0 {
				blank(i, e)
				i = e
			} else {
				i++
			}
		default:
			textStart = false
			i++
		}
	}
	return out, exprs
}

// maskTag scans a start or end tag from just after its '<' and blanks the expressions that
// open attribute values; it returns the offset after the tag's '>'.
func maskTag(src []byte, i int, blank func(s, e int)) int {
	for i < len(src) {
		switch c := src[i]; c {
		case '>':
			return i + 1
		case '"', '\'':
			vs := i + 1
			if e := exprEnd(src, vs); e > 0 {
				blank(vs, e)
				vs = e
			}
			j := bytes.IndexByte(src[vs:], c)
			if j < 0 {
				return len(src)
			}
			i = vs + j + 1
		default:
			i++
		}
	}
	return i
}
