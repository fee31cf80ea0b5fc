package keyformat

import (
	"strings"
)

// placeholderWords are values people write where a key will go. A value equal to one of them
// (ignoring case and separators) is never a key.
var placeholderWords = map[string]bool{
	"changeme": true, "test": true, "testing": true, "dummy": true, "fake": true, "example": true,
	"sample": true, "placeholder": true, "replaceme": true, "todo": true, "tbd": true, "none": true,
	"null": true, "nil": true, "undefined": true, "redacted": true, "secret": true, "key": true,
	"apikey": true, "yourkey": true, "yourapikey": true, "mykey": true, "myapikey": true,
	"password": true, "notset": true, "unset": true, "empty": true, "xxx": true, "default": true,
	"foo": true, "bar": true, "foobar": true, "insertkeyhere": true, "keyhere": true, "apikeyhere": true,
	"secretkey": true, "token": true, "dev": true, "local": true, "string": true,
}

// placeholderMarks appear inside values that are clearly not keys: "your-key-here",
// "<api key>", "fake-key-for-tests".
var placeholderMarks = []string{
	"your", "fake", "dummy", "example", "sample", "placeholder", "changeme", "change-me",
	"change_me", "replace", "insert", "enter-", "enter_", "redacted", "mock", "xxxx", "****", "...",
	"…", "<", ">", "here",
}

// IsPlaceholder reports whether a value is a stand-in rather than a key: empty, a template or
// variable reference (${VAR}, $(VAR), %VAR%, {{ var }}, $VAR), angle-bracketed text, a run of
// one repeated character, or words such as changeme, test, dummy, your-key-here.
func IsPlaceholder(v string) bool {
	v = strings.TrimSpace(v)
	if v == "" {
		return true
	}
	switch {
	case strings.HasPrefix(v, "${"), strings.HasPrefix(v, "$("), strings.HasPrefix(v, "{{"),
		strings.HasPrefix(v, "#{"), strings.HasPrefix(v, "@Microsoft.KeyVault("):
		return true
	case len(v) > 2 && v[0] == '%' && v[len(v)-1] == '%':
		return true
	case len(v) > 1 && v[0] == '$' && isIdent(v[1:]):
		return true
	case len(v) > 2 && v[0] == '{' && v[len(v)-1] == '}':
		return true // str.format / f-string fields
	case len(v) > 2 && v[0] == '[' && v[len(v)-1] == ']' && strings.ContainsAny(v, " \t"):
		return true // [openexchangerates.org api key]: words to replace, never a key
	}
	if oneRepeatedChar(v) {
		return true
	}
	lower := strings.ToLower(v)
	if placeholderWords[squash(lower)] {
		return true
	}
	for _, m := range placeholderMarks {
		if strings.Contains(lower, m) {
			return true
		}
	}
	return strings.HasPrefix(lower, "fake") || strings.HasPrefix(lower, "test") || namesItself(lower)
}

// selfNames are the words a made-up value uses to say what it stands for.
var selfNames = map[string]bool{"key": true, "apikey": true, "secret": true, "password": true, "pass": true, "token": true}

// namesItself reports a value written as words that say what it stands for, with at most
// numbers beside them: dev-secret-key-123, my-super-secret-token. No issued key is made of
// dictionary words joined by separators.
func namesItself(lower string) bool {
	parts := strings.FieldsFunc(lower, func(r rune) bool { return r == '-' || r == '_' || r == ' ' || r == '.' })
	if len(parts) < 2 {
		return false
	}
	named := false
	for _, p := range parts {
		switch {
		case strings.Trim(p, "0123456789") == "":
		case strings.Trim(p, "abcdefghijklmnopqrstuvwxyz") == "" && len(p) <= 14: // subscription_key
			named = named || selfNames[p]
		default:
			return false
		}
	}
	return named
}

// squash drops separators so "your-api-key", "YOUR_API_KEY" and "your api key" compare equal.
func squash(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '-' || c == '_' || c == ' ' || c == '.' {
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

func oneRepeatedChar(v string) bool {
	for i := 1; i < len(v); i++ {
		if v[i] != v[0] {
			return false
		}
	}
	return true
}

func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '_' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || i > 0 && c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// IsPlainText reports a value no key is made of: words (letters, spaces, hyphens,
// underscores, no digit, under 20 bytes: "banana", "EndpointKey ", "BAD KEY"), a header's name
// (Ocp-Apim-Subscription-Key) or a setting's name (AZURE_OPENAI_API_KEY). Keys are issued as
// random strings, and a random string of 16 characters or more has a digit in it. A snippet
// shows such a value whole.
func IsPlainText(v string) bool {
	if v == "" {
		return true
	}
	upperSnake := true
	letters := true
	for _, c := range v {
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
			upperSnake = false
		}
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == ' ' || c == '-' || c == '_') {
			letters = false
		}
	}
	switch lower := strings.ToLower(strings.TrimSpace(v)); {
	case upperSnake && strings.Contains(v, "_"):
		return true
	case lower == "api-key" || lower == "ocp-apim-subscription-key" || strings.HasPrefix(lower, "x-") && letters:
		return true
	}
	return letters && len(v) < 20
}
