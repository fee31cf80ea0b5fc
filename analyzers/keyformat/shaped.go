package keyformat

import (
	"bytes"
	"regexp"
	"strings"
)

// keyAssignment is a quoted value written after a key-like name: api_key = "…", "apiKey": "…",
// apiKey:"…" in a bundle. Only the value (group 2) is hidden.
var keyAssignment = regexp.MustCompile(`(?i)(api[_-]?key|subscription[_-]?key|access[_-]?key|account[_-]?key|secret|password|token)["']?\s*[:=]+\s*["'` + "`" + `]([^"'` + "`" + `\s]{16,})["'` + "`" + `]`)

// FindKeyShaped returns values that look like keys without proof: 32-hex-character tokens (a
// classic key, or just a digest) and quoted values written after key-like names. Findings never
// come from these; excerpts of source text (snippets, previews, diffs) hide them anyway, since
// a digest shown as "d41d…" costs nothing and a key shown whole costs a rotation.
func FindKeyShaped(text []byte) []Match {
	var out []Match
	n := len(text)
	for i := 0; i+32 <= n; {
		if !isHexByte(text[i]) {
			i++
			continue
		}
		end := i
		for end < n && isHexByte(text[end]) {
			end++
		}
		if end-i == 32 && (i == 0 || !isWordByte(text[i-1])) && (end == n || !isWordByte(text[end])) &&
			IsClassicKey(string(text[i:end])) {
			out = append(out, Match{Start: i, End: end, Kind: Classic})
		}
		i = end
	}
	if !mayAssignKey(text) {
		return out
	}
	for _, m := range keyAssignment.FindAllSubmatchIndex(text, -1) {
		v := string(text[m[4]:m[5]])
		if IsPlaceholder(v) || strings.Contains(v, "://") || isSettingName(v) {
			continue
		}
		out = append(out, Match{Start: m[4], End: m[5]})
	}
	return out
}

// mayAssignKey is keyAssignment's cheap pre-check: every match has a quote and one of the names'
// rarest letters, k (key), c (secret), w (password) or t (token), in either case.
func mayAssignKey(text []byte) bool {
	if !bytes.ContainsAny(text, "\"'`") {
		return false
	}
	return bytes.ContainsAny(text, "kKcCwWtT")
}

// isSettingName reports an environment-variable-style name (AZURE_OPENAI_API_KEY): the name of
// a key, not one.
func isSettingName(v string) bool {
	for i := 0; i < len(v); i++ {
		c := v[i]
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.' || c == ':') {
			return false
		}
	}
	return true
}

func isHexByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func isWordByte(c byte) bool { return isBase62(c) || c == '_' }
