package gateway

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/parsers/apimpolicy"
)

// Text is policy text as APIM reads it, found in some file, with the way back to that file's
// bytes: a stand-alone policy file, or a string in Bicep, an ARM template or Terraform whose
// escapes are decoded here.
type Text struct {
	Src []byte
	// off[i] is the file offset of Src[i]; off[len(Src)] the offset just after the text. Nil
	// means Src is the file itself.
	off []int
	// encode turns new policy text into the host's syntax at this place (nil: as it is).
	encode func(string) string
	// Templated says the host builds the text with interpolations (${...}), whose values are
	// unknown here.
	Templated bool
}

// File is a whole stand-alone policy file.
func File(src []byte) *Text { return &Text{Src: src} }

// FileOffset maps an offset in the policy text to the file.
func (t *Text) FileOffset(i int) int {
	if t.off == nil {
		return i
	}
	i = min(max(i, 0), len(t.off)-1)
	return t.off[i]
}

// FileSpan maps a span of the policy text to the file.
func (t *Text) FileSpan(s apimpolicy.Span) keylint.Span {
	return keylint.Span{Start: t.FileOffset(s.Start), End: t.FileOffset(s.End)}
}

// Encode writes new policy text in the host's syntax.
func (t *Text) Encode(s string) string {
	if t.encode == nil {
		return s
	}
	return t.encode(s)
}

// builder collects decoded bytes and where each came from.
type builder struct {
	src []byte
	off []int
}

func (b *builder) add(c byte, at int) {
	b.src = append(b.src, c)
	b.off = append(b.off, at)
}

func (b *builder) addString(s string, at int) {
	for i := 0; i < len(s); i++ {
		b.add(s[i], at)
	}
}

func (b *builder) text(end int, encode func(string) string, templated bool) *Text {
	return &Text{Src: b.src, off: append(b.off, end), encode: encode, Templated: templated}
}

// BicepString decodes the Bicep string literal whose opening quote is at src[q]: '...' with
// its escapes (\', \\, \n, \r, \t, \$, \u{...}) and ${...} interpolations (kept as written),
// or ”'...”' (no escapes, no interpolation). It returns nil when no literal starts there, and
// the offset after the literal.
func BicepString(src []byte, q int) (*Text, int) {
	if bytes.HasPrefix(src[q:], []byte("'''")) {
		end := bytes.Index(src[q+3:], []byte("'''"))
		if end < 0 {
			return nil, len(src)
		}
		start := q + 3
		b := &builder{}
		for i := start; i < start+end; i++ {
			b.add(src[i], i)
		}
		return b.text(start+end, nil, false), start + end + 3
	}
	if q >= len(src) || src[q] != '\'' {
		return nil, q + 1
	}
	b := &builder{}
	templated := false
	for i := q + 1; i < len(src); {
		c := src[i]
		switch {
		case c == '\'':
			return b.text(i, encodeBicep, templated), i + 1
		case c == '\n':
			return nil, i // not a string after all
		case c == '\\' && i+1 < len(src):
			n := 2
			switch src[i+1] {
			case 'n':
				b.add('\n', i)
			case 'r':
				b.add('\r', i)
			case 't':
				b.add('\t', i)
			case 'u':
				if end := bytes.IndexByte(src[i:], '}'); end > 0 && i+2 < len(src) && src[i+2] == '{' {
					if r, err := strconv.ParseUint(string(src[i+3:i+end]), 16, 32); err == nil {
						var buf [4]byte
						b.addString(string(buf[:utf8.EncodeRune(buf[:], rune(r))]), i)
						n = end + 1
						break
					}
				}
				b.add('u', i)
			default:
				b.add(src[i+1], i) // \' \\ \$
			}
			i += n
		case c == '$' && i+1 < len(src) && src[i+1] == '{':
			end := interpolationEnd(src, i+2)
			if end < 0 {
				return nil, len(src)
			}
			templated = true
			for k := i; k < end; k++ {
				b.add(src[k], k)
			}
			i = end
		default:
			b.add(c, i)
			i++
		}
	}
	return nil, len(src)
}

// interpolationEnd returns the offset after the '}' that closes a Bicep ${ whose body starts
// at i, skipping nested braces and strings; -1 if it does not close on the line.
func interpolationEnd(src []byte, i int) int {
	depth := 1
	for ; i < len(src) && src[i] != '\n'; i++ {
		switch src[i] {
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				return i + 1
			}
		case '\'':
			for i++; i < len(src) && src[i] != '\'' && src[i] != '\n'; i++ {
				if src[i] == '\\' {
					i++
				}
			}
		}
	}
	return -1
}

func encodeBicep(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `'`, `\'`, "\n", `\n`, "\r", `\r`, "\t", `\t`, "${", `\${`)
	return r.Replace(s)
}

// JSONString decodes the JSON string whose opening quote is at src[q], or returns nil.
func JSONString(src []byte, q int) *Text {
	if q >= len(src) || src[q] != '"' {
		return nil
	}
	b := &builder{}
	for i := q + 1; i < len(src); {
		c := src[i]
		switch {
		case c == '"':
			return b.text(i, encodeJSON, false)
		case c == '\\' && i+1 < len(src):
			n := 2
			switch src[i+1] {
			case 'n':
				b.add('\n', i)
			case 'r':
				b.add('\r', i)
			case 't':
				b.add('\t', i)
			case 'b':
				b.add('\b', i)
			case 'f':
				b.add('\f', i)
			case 'u':
				r, m := jsonRune(src, i)
				if m == 0 {
					return nil
				}
				var buf [4]byte
				b.addString(string(buf[:utf8.EncodeRune(buf[:], r)]), i)
				n = m
			default:
				b.add(src[i+1], i) // \" \\ \/
			}
			i += n
		case c == '\n':
			return nil
		default:
			b.add(c, i)
			i++
		}
	}
	return nil
}

// jsonRune reads \uXXXX (and a following low surrogate) at src[i]; it returns the rune and the
// bytes read, or 0 bytes when malformed.
func jsonRune(src []byte, i int) (rune, int) {
	if i+6 > len(src) {
		return 0, 0
	}
	v, err := strconv.ParseUint(string(src[i+2:i+6]), 16, 32)
	if err != nil {
		return 0, 0
	}
	r := rune(v)
	if r >= 0xD800 && r < 0xDC00 && i+12 <= len(src) && src[i+6] == '\\' && src[i+7] == 'u' {
		if lo, err := strconv.ParseUint(string(src[i+8:i+12]), 16, 32); err == nil && lo >= 0xDC00 && lo < 0xE000 {
			return (r-0xD800)<<10 | (rune(lo) - 0xDC00) + 0x10000, 12
		}
	}
	return r, 6
}

func encodeJSON(s string) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s)
	out := strings.TrimSuffix(buf.String(), "\n")
	return out[1 : len(out)-1]
}

// ARMLiterals returns the single-quoted string literals inside an ARM template expression
// ("[replace('<policies>...', '{id}', parameters('x'))]"), each decoded (” is a quote) and
// mapped through the JSON string that holds the expression. The arguments of a top-level
// concat(...) come back joined as one text, other arguments written as {expr}.
func ARMLiterals(expr *Text) []*Text {
	src := expr.Src
	if len(src) < 2 || src[0] != '[' || src[1] == '[' {
		return nil
	}
	outer := expr.encode
	if outer == nil {
		outer = func(s string) string { return s }
	}
	encode := func(s string) string { return outer(strings.ReplaceAll(s, "'", "''")) }
	var out []*Text
	// concat: literals and placeholders, in argument order.
	body := bytes.TrimSpace(src[1:])
	if bytes.HasPrefix(bytes.ToLower(body), []byte("concat(")) {
		start := len(src) - len(body) + len("concat(")
		b := &builder{}
		depth, argStart := 0, start
		literalArg := false
		for i := start; i < len(src); i++ {
			switch c := src[i]; {
			case c == '\'':
				j := armLiteralEnd(src, i)
				if j < 0 {
					return nil
				}
				if depth == 0 {
					decodeARMLiteral(b, expr, src, i, j)
					literalArg = true
				}
				i = j
			case c == '(':
				depth++
			case c == ')' && depth > 0:
				depth--
			case (c == ',' || c == ')') && depth == 0:
				if !literalArg && len(bytes.TrimSpace(src[argStart:i])) > 0 {
					b.addString("{expr}", expr.FileOffset(argStart))
				}
				literalArg, argStart = false, i+1
				if c == ')' {
					out = append(out, b.text(expr.FileOffset(i), encode, true))
					i = len(src)
				}
			}
		}
	}
	for i := 1; i < len(src); i++ {
		if src[i] != '\'' {
			continue
		}
		j := armLiteralEnd(src, i)
		if j < 0 {
			break
		}
		b := &builder{}
		decodeARMLiteral(b, expr, src, i, j)
		out = append(out, b.text(expr.FileOffset(j), encode, true))
		i = j
	}
	return out
}

// armLiteralEnd returns the offset of the quote closing the ARM literal opened at src[i].
func armLiteralEnd(src []byte, i int) int {
	for j := i + 1; j < len(src); j++ {
		if src[j] == '\'' {
			if j+1 < len(src) && src[j+1] == '\'' {
				j++
				continue
			}
			return j
		}
	}
	return -1
}

// decodeARMLiteral adds the literal between the quotes at src[i] and src[j].
func decodeARMLiteral(b *builder, expr *Text, src []byte, i, j int) {
	for k := i + 1; k < j; k++ {
		b.add(src[k], expr.FileOffset(k))
		if src[k] == '\'' {
			k++ // '' is one quote
		}
	}
}

// HCLTemplate decodes a Terraform string template: a quoted string (with its escapes) or a
// heredoc, given the bytes of the whole expression at [start, end). ${...} and %{...} stay as
// written; $${ and %%{ are their literal selves.
func HCLTemplate(src []byte, start, end int) *Text {
	e := src[start:end]
	b := &builder{}
	templated := false
	literal := func(i, stop int, quoted bool) {
		for i < stop {
			c := src[i]
			switch {
			case (c == '$' || c == '%') && i+2 < stop && src[i+1] == c && src[i+2] == '{':
				b.add(c, i)
				b.add('{', i+2)
				i += 3
			case (c == '$' || c == '%') && i+1 < stop && src[i+1] == '{':
				k := hclInterpolationEnd(src, i+2, stop)
				templated = true
				for ; i < k; i++ {
					b.add(src[i], i)
				}
			case quoted && c == '\\' && i+1 < stop:
				n := 2
				switch src[i+1] {
				case 'n':
					b.add('\n', i)
				case 'r':
					b.add('\r', i)
				case 't':
					b.add('\t', i)
				case 'u', 'U':
					size := 4
					if src[i+1] == 'U' {
						size = 8
					}
					if i+2+size <= stop {
						if r, err := strconv.ParseUint(string(src[i+2:i+2+size]), 16, 32); err == nil {
							var buf [4]byte
							b.addString(string(buf[:utf8.EncodeRune(buf[:], rune(r))]), i)
							n = 2 + size
							break
						}
					}
					b.add(src[i+1], i)
				default:
					b.add(src[i+1], i)
				}
				i += n
			default:
				b.add(c, i)
				i++
			}
		}
	}
	switch {
	case len(e) >= 2 && e[0] == '"' && e[len(e)-1] == '"':
		literal(start+1, end-1, true)
		return b.text(end-1, encodeHCLQuoted, templated)
	case bytes.HasPrefix(e, []byte("<<")):
		nl := bytes.IndexByte(e, '\n')
		if nl < 0 {
			return nil
		}
		bodyStart := start + nl + 1
		// The closing marker is the last line of the expression.
		last := bytes.LastIndexByte(src[bodyStart:end], '\n')
		bodyEnd := bodyStart
		if last >= 0 {
			bodyEnd = bodyStart + last + 1
		}
		literal(bodyStart, bodyEnd, false)
		return b.text(bodyEnd, encodeHCLHeredoc, templated)
	}
	return nil
}

// hclInterpolationEnd returns the offset after the '}' closing an interpolation whose body
// starts at i (nested braces and quoted strings skipped), or stop.
func hclInterpolationEnd(src []byte, i, stop int) int {
	depth := 1
	for ; i < stop; i++ {
		switch src[i] {
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				return i + 1
			}
		case '"':
			for i++; i < stop && src[i] != '"'; i++ {
				if src[i] == '\\' {
					i++
				}
			}
		}
	}
	return stop
}

func encodeHCLQuoted(s string) string {
	return strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\r", `\r`, "\t", `\t`, "${", "$${", "%{", "%%{").Replace(s)
}

func encodeHCLHeredoc(s string) string {
	return strings.NewReplacer("${", "$${", "%{", "%%{").Replace(s)
}
