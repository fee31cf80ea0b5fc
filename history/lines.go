package history

import (
	"bytes"
	"hash/maphash"
	"sort"
	"strings"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/keyformat"
)

// addedLines compares a file's new contents with its old ones: added[n] is true when line n
// (1-based) of new is not a line of old, and text holds those lines, for the prefilter. A line
// that old also has (moved, or duplicated) is not added: a key on it was committed earlier and
// is reported there. With old nil (a new file) every line is added.
func addedLines(old, new []byte, seed maphash.Seed, text []byte) (added []bool, _ []byte) {
	n := bytes.Count(new, []byte{'\n'}) + 1
	added = make([]bool, n+1)
	if old == nil {
		for i := range added {
			added[i] = true
		}
		return added, append(text[:0], new...)
	}
	have := make(map[uint64]struct{}, bytes.Count(old, []byte{'\n'})+1)
	for rest := old; len(rest) > 0; {
		line, tail, _ := bytes.Cut(rest, []byte{'\n'})
		have[maphash.Bytes(seed, line)] = struct{}{}
		rest = tail
	}
	text = text[:0]
	line := 1
	for rest := new; len(rest) > 0; line++ {
		l, tail, _ := bytes.Cut(rest, []byte{'\n'})
		if _, ok := have[maphash.Bytes(seed, l)]; !ok {
			added[line] = true
			text = append(append(text, l...), '\n')
		}
		rest = tail
	}
	return added, text
}

// lineStarts are the byte offsets where each line of src starts.
type lineStarts []int

func newLineStarts(src []byte) lineStarts {
	starts := lineStarts{0}
	for i, c := range src {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// line is the 1-based line holding byte off.
func (s lineStarts) line(off int) int {
	return sort.Search(len(s), func(i int) bool { return s[i] > off })
}

// literalSecrets returns the string literals inside span that look like a key value, for the
// rules that report a key being used (KL101-KL104) rather than a key format: a committed key
// is a literal value there, not a variable or an environment read.
func literalSecrets(src []byte, span keylint.Span) []keylint.Span {
	var out []keylint.Span
	if span.Start < 0 || span.End > len(src) {
		return nil
	}
	for i := span.Start; i < span.End; i++ {
		q := src[i]
		if q != '"' && q != '\'' && q != '`' {
			continue
		}
		j := i + 1
		for j < span.End && src[j] != q && src[j] != '\n' {
			if src[j] == '\\' {
				j++
			}
			j++
		}
		if j >= span.End || src[j] != q {
			break
		}
		if v := string(src[i+1 : j]); looksLikeKeyValue(v) && !lookupName(src[span.Start:i]) {
			out = append(out, keylint.Span{Start: i + 1, End: j})
		}
		i = j
	}
	return out
}

// looksLikeKeyValue is a literal that could be a key: one token of 16 or more characters with
// letters and digits, not a placeholder, a URL, a path or a setting name (AZURE_OPENAI_KEY).
func looksLikeKeyValue(v string) bool {
	if len(v) < 16 || strings.ContainsAny(v, " \t\\.") || strings.Contains(v, "://") ||
		strings.HasPrefix(v, "/") || keyformat.IsPlaceholder(v) {
		return false
	}
	var letters, digits, lower bool
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c >= '0' && c <= '9':
			digits = true
		case c >= 'a' && c <= 'z':
			letters, lower = true, true
		case c >= 'A' && c <= 'Z':
			letters = true
		}
	}
	upperName := !lower && strings.Contains(v, "_") // an environment variable's name
	return letters && digits && !upperName
}

// lookupName reports a literal that is the name being looked up rather than a value: the first
// argument or index of an environment, config or secret read (os.environ.get("aoai-api-key-2"),
// configuration["AzureOpenAI:Key"]). before is the text in front of the literal's quote.
func lookupName(before []byte) bool {
	b := bytes.TrimRight(before, " \t")
	if len(b) == 0 || b[len(b)-1] != '(' && b[len(b)-1] != '[' {
		return false
	}
	b = bytes.TrimRight(b[:len(b)-1], " \t")
	i := len(b)
	for i > 0 && (isIdentByte(b[i-1]) || b[i-1] == '.') {
		i--
	}
	callee := strings.ToLower(string(b[i:]))
	if callee == "" {
		return false
	}
	for _, w := range []string{"env", "config", "setting", "secret", "vault", "param"} {
		if strings.Contains(callee, w) {
			return true
		}
	}
	return strings.HasSuffix(callee, "get") || strings.HasSuffix(callee, "getvalue")
}

func isIdentByte(c byte) bool {
	return c == '_' || c == '$' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}
