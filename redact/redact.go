// Package redact is keylint's output boundary: every byte the CLI writes (reports in every
// format, diffs, fix previews, errors on stderr, review comments) passes a Redactor, which hides
// the key formats that need no context and every secret value the checkers saw during the scan.
// Formats never redact on their own, so a new format or message cannot leak by forgetting to.
package redact

import (
	"bytes"
	"io"
	"net/url"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/keylint/keylint/analyzers/keyformat"
)

const (
	// keep is how many characters of a secret stay visible (keyformat.Redact keeps as many).
	keep = 4
	// window is the length of the pieces of a secret that are looked for on their own: a
	// clipped snippet or a wrapped line may show part of a secret, and any eight characters
	// past the kept prefix are too many.
	window = 8
	// minSecret is the shortest value worth registering: shorter ones show at most three
	// characters past the prefix even when printed whole.
	minSecret = 8
)

// Redactor hides secrets in text. The zero value is not usable; call New. It is safe for
// concurrent use, and secrets can be added while it is in use (the scan finds them as it goes).
type Redactor struct {
	mu sync.RWMutex
	// full maps the first window bytes of each secret to the secrets that start so.
	full map[string][]string
	// pieces maps every window-byte piece of a secret past its kept prefix to true.
	pieces map[string]bool
	// source also hides classic-key-shaped tokens and textual key assignments: for excerpts of
	// source files, where a 32-hex value may be a key no checker recognised.
	source bool
}

// New returns a Redactor that knows the context-free key formats and the given secrets.
func New(secrets ...string) *Redactor {
	r := &Redactor{full: map[string][]string{}, pieces: map[string]bool{}}
	r.Add(secrets...)
	return r
}

// ForSource returns a Redactor sharing r's secrets that also hides classic-key-shaped tokens
// (32 hex characters) and values written after key-like names: the mode for source excerpts
// (snippets, previews, diffs).
func (r *Redactor) ForSource() *Redactor {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return &Redactor{full: r.full, pieces: r.pieces, source: true}
}

// Add registers secret values. Each whitespace-separated token of minSecret bytes or more is a
// secret of its own (a header value "Bearer <key>" registers the key); placeholders are not.
func (r *Redactor) Add(secrets ...string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, s := range secrets {
		if keyformat.IsPlaceholder(strings.TrimSpace(s)) {
			continue // "{subscription key}": hiding its words would garble every header name
		}
		for _, tok := range strings.Fields(s) {
			if parts, ok := urlSecrets(tok); ok {
				r.addTokens(parts)
				continue
			}
			r.addTokens([]string{tok})
		}
	}
}

// addTokens registers single tokens; r.mu is held.
func (r *Redactor) addTokens(toks []string) {
	for _, tok := range toks {
		if len(tok) < minSecret || keyformat.IsPlaceholder(tok) || isWord(strings.Trim(tok, "{}[]<>()\"'`$.,;:")) || settingName(tok) {
			continue
		}
		head := tok[:window]
		if !contains(r.full[head], tok) {
			r.full[head] = append(r.full[head], tok)
		}
		for i := prefixBytes(tok); i+window <= len(tok); i++ {
			r.pieces[tok[i:i+window]] = true
		}
	}
}

// urlSecrets splits a URL (an endpoint a checker took for part of a key value) into what in
// it can be secret: its query values (?api-key=...) and its password. The scheme, host and
// path are no key, and hiding every eight characters of them would garble every path and
// message that shares a word with the host ("cognitive", "translator").
func urlSecrets(tok string) ([]string, bool) {
	if !strings.Contains(tok, "://") {
		return nil, false
	}
	u, err := url.Parse(strings.Trim(tok, "\"'`,;()"))
	if err != nil || u.Host == "" {
		return nil, false
	}
	var parts []string
	if p, ok := u.User.Password(); ok {
		parts = append(parts, p)
	}
	for _, vs := range u.Query() {
		parts = append(parts, vs...)
	}
	return parts, true
}

// isWord reports a token of words, not a key: letters only and shorter than any key issued
// so ("credential" of "Your credential here"), or words joined by hyphens or underscores
// ("explicit-credential-key"), each lower case, Capitalized or a short acronym. Hiding such a
// token, and every eight characters of it, everywhere would garble the output: "Credential"
// in every path and message.
func isWord(tok string) bool {
	letters := true
	for _, c := range tok {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-' || c == '_') {
			letters = false
			break
		}
	}
	if !letters {
		return false
	}
	if len(tok) < 20 {
		return true
	}
	parts := strings.FieldsFunc(tok, func(c rune) bool { return c == '-' || c == '_' })
	if len(parts) < 2 {
		return false // a long run of letters alone may be a key
	}
	for _, p := range parts {
		if !plainWord(p) {
			return false
		}
	}
	return true
}

// settingName reports an environment variable's or setting's name (AZURE_OPENAI_API_KEY): a
// value set to it by mistake is no key, and hiding it would hide every read of that setting.
func settingName(tok string) bool {
	if !strings.Contains(tok, "_") {
		return false // 32 upper-case hex digits have none
	}
	for _, c := range tok {
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// plainWord is lower case (credential), Capitalized (Credential) or a short acronym (API).
func plainWord(p string) bool {
	rest := p[1:]
	if strings.ToUpper(p) == p {
		return len(p) <= 5
	}
	return strings.ToLower(rest) == rest
}

// prefixBytes is the byte length of the kept prefix of s.
func prefixBytes(s string) int {
	n := 0
	for i := range s {
		if n == keep {
			return i
		}
		n++
	}
	return len(s)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// String returns s with every secret in it redacted.
func (r *Redactor) String(s string) string {
	if !strings.ContainsAny(s, "\n") {
		return string(r.line([]byte(s)))
	}
	return string(r.Bytes([]byte(s)))
}

// Bytes returns b with every secret in it redacted, line by line (no secret spans a line).
func (r *Redactor) Bytes(b []byte) []byte {
	var out []byte
	for len(b) > 0 {
		i := bytes.IndexByte(b, '\n')
		if i < 0 {
			return append(out, r.line(b)...)
		}
		out = append(out, r.line(b[:i])...)
		out = append(out, '\n')
		b = b[i+1:]
	}
	return out
}

// span is a part of a line to hide: whole secrets keep their prefix, pieces vanish.
type span struct {
	start, end int
	whole      bool
}

// line redacts one line (no newline in it). It returns the input slice when nothing is hidden.
func (r *Redactor) line(b []byte) []byte {
	var spans []span
	for _, m := range keyformat.Find(b) {
		spans = append(spans, span{m.Start, m.End, true})
	}
	if r.source {
		for _, m := range keyformat.FindKeyShaped(b) {
			spans = append(spans, span{m.Start, m.End, true})
		}
	}
	r.mu.RLock()
	if len(r.full) > 0 {
		for i := 0; i+window <= len(b); i++ {
			for _, s := range r.full[string(b[i:i+window])] {
				if bytes.HasPrefix(b[i:], []byte(s)) {
					spans = append(spans, span{i, i + len(s), true})
				}
			}
			if r.pieces[string(b[i:i+window])] {
				spans = append(spans, span{i, i + window, false})
			}
		}
	}
	r.mu.RUnlock()
	if len(spans) == 0 {
		return b
	}
	// Longest first at each start, so a whole secret wins over its own pieces.
	sort.Slice(spans, func(i, j int) bool {
		if spans[i].start != spans[j].start {
			return spans[i].start < spans[j].start
		}
		return spans[i].end > spans[j].end
	})
	var out []byte
	pos := 0
	for _, sp := range spans {
		if sp.end <= pos {
			continue // inside what is already hidden
		}
		start := max(sp.start, pos)
		out = append(out, b[pos:start]...)
		if sp.whole && start == sp.start {
			out = append(out, keyformat.Redact(string(b[sp.start:sp.end]))...)
		} else if !bytes.HasSuffix(out, []byte("…")) {
			out = append(out, "…"...)
		}
		pos = sp.end
	}
	out = append(out, b[pos:]...)
	if !utf8.Valid(out) {
		out = bytes.ToValidUTF8(out, []byte("\uFFFD"))
	}
	return out
}

// Writer redacts what passes through it, a line at a time. Close (or Flush) writes a last
// line that has no newline.
type Writer struct {
	r   *Redactor
	w   io.Writer
	buf []byte
}

// Writer returns a line-buffered redacting writer over w.
func (r *Redactor) Writer(w io.Writer) *Writer { return &Writer{r: r, w: w} }

// Unwrap returns the writer underneath, for callers that ask whether it is a terminal.
func (w *Writer) Unwrap() io.Writer { return w.w }

// Write buffers p and writes every complete line, redacted.
func (w *Writer) Write(p []byte) (int, error) {
	w.buf = append(w.buf, p...)
	i := bytes.LastIndexByte(w.buf, '\n')
	if i < 0 {
		if len(w.buf) > 1<<20 {
			// A megabyte without a newline: write it now rather than hold it (a secret cut
			// in two here is still caught by its pieces).
			return len(p), w.Flush()
		}
		return len(p), nil
	}
	out := w.r.Bytes(w.buf[:i+1])
	rest := copy(w.buf, w.buf[i+1:])
	w.buf = w.buf[:rest]
	if _, err := w.w.Write(out); err != nil {
		return 0, err
	}
	return len(p), nil
}

// Flush writes whatever is buffered, redacted.
func (w *Writer) Flush() error {
	if len(w.buf) == 0 {
		return nil
	}
	out := w.r.line(w.buf)
	w.buf = w.buf[:0]
	_, err := w.w.Write(out)
	return err
}

// Close flushes.
func (w *Writer) Close() error { return w.Flush() }
