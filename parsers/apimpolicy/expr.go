package apimpolicy

import (
	"bytes"
	"html"
	"strings"
)

// maxFrames bounds the nesting of brackets and interpolated strings inside one expression; an
// expression nested deeper is not masked, and the XML reader then reports what it finds there.
const maxFrames = 1000

// exprEnd returns the end (exclusive) of the policy expression whose '@' is at src[at] and
// which opens with '(' or '{', or -1 when it does not close. It lexes just enough C# to skip
// strings, characters and comments, where brackets do not count. XML entities stand for their
// characters, since an attribute value may write a quote as &quot;.
func exprEnd(src []byte, at int) int {
	if at+1 >= len(src) || src[at] != '@' || (src[at+1] != '(' && src[at+1] != '{') {
		return -1
	}
	type frame struct {
		closer   byte // for code: the bracket that closes it
		interp   bool // an interpolated string ($"..."), its holes are code frames
		verbatim bool // @"..." rules for the interpolated string
	}
	closers := map[byte]byte{'(': ')', '[': ']', '{': '}'}
	stack := []frame{{closer: closers[src[at+1]]}}
	i := at + 2
	for i < len(src) {
		top := &stack[len(stack)-1]
		c, n := char(src, i)
		if top.interp {
			switch {
			case c == '{' && peek(src, i+n) == '{':
				i += n + 1
			case c == '{':
				if len(stack) >= maxFrames {
					return -1
				}
				stack = append(stack, frame{closer: '}'})
				i += n
			case c == '"' && top.verbatim && peek(src, i+n) == '"':
				i += n + 1
			case c == '"':
				stack = stack[:len(stack)-1]
				i += n
			case c == '\\' && !top.verbatim:
				_, m := char(src, i+n)
				i += n + m
			default:
				i += n
			}
			continue
		}
		switch {
		case c == '(' || c == '[' || c == '{':
			if len(stack) >= maxFrames {
				return -1
			}
			stack = append(stack, frame{closer: closers[c]})
			i += n
		case c == ')' || c == ']' || c == '}':
			if c != top.closer {
				return -1
			}
			stack = stack[:len(stack)-1]
			i += n
			if len(stack) == 0 {
				return i
			}
		case c == '"':
			i = stringEnd(src, i+n, false)
		case c == '@' && peek(src, i+1) == '"':
			i = stringEnd(src, i+2, true)
		case c == '$' || c == '@' && peek(src, i+1) == '$':
			// $"...", $@"...", @$"..."
			j := i + 1
			verbatim := c == '@'
			if peek(src, j) == '@' || peek(src, j) == '$' {
				verbatim = true
				j++
			}
			if q, m := char(src, j); q == '"' {
				if len(stack) >= maxFrames {
					return -1
				}
				stack = append(stack, frame{interp: true, verbatim: verbatim})
				i = j + m
			} else {
				i++
			}
		case c == '\'':
			i = charEnd(src, i+n)
		case c == '/' && peek(src, i+1) == '/':
			for i < len(src) && src[i] != '\n' {
				i++
			}
		case c == '/' && peek(src, i+1) == '*':
			end := bytes.Index(src[i+2:], []byte("*/"))
			if end < 0 {
				return -1
			}
			i += 2 + end + 2
		default:
			i += n
		}
		if i < 0 {
			return -1
		}
	}
	return -1
}

// stringEnd returns the offset after the closing quote of a C# string whose body starts at i.
func stringEnd(src []byte, i int, verbatim bool) int {
	for i < len(src) {
		c, n := char(src, i)
		switch {
		case c == '"' && verbatim && peek(src, i+n) == '"':
			i += n + 1
		case c == '"':
			return i + n
		case c == '\\' && !verbatim:
			_, m := char(src, i+n)
			i += n + m
		case c == '\n' && !verbatim:
			return -1
		default:
			i += n
		}
	}
	return -1
}

// charEnd returns the offset after a C# character literal whose body starts at i.
func charEnd(src []byte, i int) int {
	for k := 0; i < len(src) && k < 12; k++ {
		c, n := char(src, i)
		switch c {
		case '\\':
			_, m := char(src, i+n)
			i += n + m
			continue
		case '\'':
			return i + n
		case '\n':
			return -1
		}
		i += n
	}
	return -1
}

// entities are the XML entities that can stand for C# syntax inside an attribute value.
var entities = []struct {
	text string
	c    byte
}{{"&quot;", '"'}, {"&apos;", '\''}, {"&lt;", '<'}, {"&gt;", '>'}, {"&amp;", '&'}}

// char returns the C# character at src[i] and how many bytes it takes (an entity is one
// character).
func char(src []byte, i int) (byte, int) {
	if i >= len(src) {
		return 0, 1
	}
	if src[i] == '&' {
		for _, e := range entities {
			if bytes.HasPrefix(src[i:], []byte(e.text)) {
				return e.c, len(e.text)
			}
		}
	}
	return src[i], 1
}

func peek(src []byte, i int) byte {
	c, _ := char(src, i)
	return c
}

// IsExpression reports whether a value is a policy expression: @(...) or @{...}.
func IsExpression(v string) bool {
	v = strings.TrimSpace(v)
	return strings.HasPrefix(v, "@(") || strings.HasPrefix(v, "@{")
}

// NamedValues returns the names of the {{named values}} a value refers to, in order.
func NamedValues(v string) []string {
	var names []string
	for {
		i := strings.Index(v, "{{")
		if i < 0 {
			return names
		}
		end := strings.Index(v[i+2:], "}}")
		if end < 0 {
			return names
		}
		if name := strings.TrimSpace(v[i+2 : i+2+end]); name != "" && !strings.ContainsAny(name, "{}\"'") {
			names = append(names, name)
		}
		v = v[i+2+end+2:]
	}
}

// StringLiterals returns the contents of the C# string literals in an expression ("..." and
// @"..."; interpolated strings give their literal parts).
func StringLiterals(code string) []string {
	var out []string
	src := []byte(code)
	for i := 0; i < len(src); i++ {
		if src[i] != '"' {
			continue
		}
		verbatim := i > 0 && src[i-1] == '@'
		end := stringEnd(src, i+1, verbatim)
		if end < 0 {
			break
		}
		out = append(out, string(src[i+1:end-1]))
		i = end - 1
	}
	return out
}

// unescape decodes the entities of an XML value.
func unescape(b []byte) string {
	if bytes.IndexByte(b, '&') < 0 {
		return string(b)
	}
	return html.UnescapeString(string(b))
}
