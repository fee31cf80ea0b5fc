package parsers

import (
	"bytes"
	"regexp"
	"strings"
)

// Embedded is a markup file's script code, as a file of the same length: the bytes of every
// <script> block (and an Astro component's frontmatter) where they are, everything else blanked
// to spaces with the line breaks kept, so offsets, lines and columns are the markup file's own.
type Embedded struct {
	Code    []byte
	Grammar string // "javascript", or "typescript" when a block says lang="ts"
	Ranges  [][2]int
}

// scriptOpen matches a <script ...> start tag; group 1 is its attributes.
var scriptOpen = regexp.MustCompile(`(?is)<script\b([^>]*)>`)

// nonCodeType matches script types that hold data or templates, not code.
var nonCodeType = regexp.MustCompile(`(?i)\btype\s*=\s*["']?(?:application/(?:ld\+)?json|importmap|text/(?:template|x-template|html|markdown|x-handlebars-template))`)

var tsLang = regexp.MustCompile(`(?i)\blang\s*=\s*["']?(?:ts|typescript|tsx)\b`)

// EmbeddedScripts extracts the script code of a Vue, Svelte or Astro component or an HTML page
// (ext is the file's lower-case extension). ok is false when the file holds no script code.
func EmbeddedScripts(src []byte, ext string) (e Embedded, ok bool) {
	e.Grammar = "javascript"
	if ext == ".astro" && bytes.HasPrefix(src, []byte("---")) {
		// The frontmatter between the --- fences is TypeScript that runs on the server.
		if end := bytes.Index(src[3:], []byte("\n---")); end >= 0 {
			e.Ranges = append(e.Ranges, [2]int{3, 3 + end})
			e.Grammar = "typescript"
		}
	}
	lower := asciiLower(src) // byte for byte: bytes.ToLower may change a length (İ, invalid UTF-8)
	for _, m := range scriptOpen.FindAllSubmatchIndex(src, -1) {
		attrs := string(src[m[2]:m[3]])
		start := m[1]
		end := bytes.Index(lower[start:], []byte("</script"))
		if end < 0 {
			end = len(src) - start // an unclosed block runs to the end
		}
		if nonCodeType.MatchString(attrs) || strings.Contains(strings.ToLower(attrs), "src=") && bytes.TrimSpace(src[start:start+end]) == nil {
			continue
		}
		if tsLang.MatchString(attrs) {
			e.Grammar = "typescript"
		}
		e.Ranges = append(e.Ranges, [2]int{start, start + end})
	}
	if len(e.Ranges) == 0 {
		return e, false
	}
	e.Code = bytes.Repeat([]byte{' '}, len(src))
	for i, c := range src {
		if c == '\n' || c == '\r' {
			e.Code[i] = c
		}
	}
	for _, r := range e.Ranges {
		copy(e.Code[r[0]:r[1]], src[r[0]:r[1]])
	}
	return e, true
}

func asciiLower(b []byte) []byte {
	out := make([]byte, len(b))
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		out[i] = c
	}
	return out
}

// In reports whether offset off is inside script code.
func (e Embedded) In(off int) bool {
	for _, r := range e.Ranges {
		if r[0] <= off && off < r[1] {
			return true
		}
	}
	return false
}
