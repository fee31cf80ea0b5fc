// Package hardcoded reports the key formats that need no context (KL106): 84-character Azure AI
// services keys and OpenAI sk- keys, anywhere in any file, comments and outputs included, since
// a committed key is leaked wherever it sits. In files no other checker reads (Java
// .properties, INI, TOML, plain text, Markdown), a setting line with a key-like name gives a
// 32-hex-digit classic key its context: AZURE_OPENAI_KEY=0123...., and so does an XML
// appSettings entry (Web.config, App.config): <add key="SearchKey" value="0123..." />.
package hardcoded

import (
	"bytes"
	"regexp"
	"strings"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/azurectx"
	"github.com/keylint/keylint/analyzers/keyformat"
	"github.com/keylint/keylint/check"
)

// Checker implements check.Checker for every file.
type Checker struct{}

// Langs returns Text: the engine runs this checker on every file regardless.
func (Checker) Langs() []keylint.Lang { return []keylint.Lang{keylint.Text} }

// Check searches the raw bytes of the file.
func (Checker) Check(p *check.Pass) {
	for _, m := range keyformat.Find(p.Src) {
		sp := keylint.Span{Start: m.Start, End: m.End}
		fd := p.Reportf("KL106", sp, "hard-coded "+m.Describe())
		fd.Secrets = append(fd.Secrets, sp)
	}
	if p.Lang == keylint.Text {
		settingLines(p)
	}
}

// settingLines reports classic keys assigned to key-like names on NAME=VALUE and NAME: VALUE
// lines (an optional `export`, quotes and a trailing comment or separator allowed).
func settingLines(p *check.Pass) {
	src := p.Src
	for off := 0; off < len(src); {
		end := bytes.IndexByte(src[off:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += off
		}
		line := src[off:end]
		if name, start, stop, ok := xmlSetting(line); ok && keyName(p, name) {
			sp := keylint.Span{Start: off + start, End: off + stop}
			fd := p.Reportf("KL106", sp, "hard-coded "+keyformat.Classic.String()+" in "+name)
			fd.Secrets = append(fd.Secrets, sp)
		} else if i := bytes.IndexAny(line, "=:"); i > 0 && bytes.Contains(bytes.ToLower(line[:i]), []byte("key")) {
			if name, start, stop, ok := setting(line, i); ok && keyName(p, name) {
				sp := keylint.Span{Start: off + start, End: off + stop}
				fd := p.Reportf("KL106", sp, "hard-coded "+keyformat.Classic.String()+" in "+name)
				fd.Secrets = append(fd.Secrets, sp)
			}
		}
		off = end + 1
	}
}

// setting splits a line at its separator sep into a name and a value span, when the value is
// a classic key.
func setting(line []byte, sep int) (name string, start, end int, ok bool) {
	n := strings.TrimSpace(string(line[:sep]))
	n = strings.TrimSpace(strings.TrimPrefix(n, "export "))
	if n == "" || strings.ContainsAny(n, " \t\"'") {
		return "", 0, 0, false
	}
	start = sep + 1
	for start < len(line) && (line[start] == ' ' || line[start] == '\t') {
		start++
	}
	quoted := start < len(line) && (line[start] == '"' || line[start] == '\'')
	if quoted {
		start++
	}
	end = start
	for end < len(line) && isHex(line[end]) {
		end++
	}
	if end < len(line) {
		switch c := line[end]; {
		case quoted && (c == '"' || c == '\''):
		case !quoted && strings.IndexByte(" \t\r#;,", c) >= 0:
		default:
			return "", 0, 0, false // the value goes on: not a key on its own
		}
	}
	return n, start, end, keyformat.IsClassicKey(string(line[start:end]))
}

// xmlAdd is an appSettings entry of a .NET config file, its attributes in either order.
var xmlAdd = regexp.MustCompile(`<add\s+(?:key\s*=\s*"([^"]*)"\s+value\s*=\s*"([0-9A-Fa-f]*)"|value\s*=\s*"([0-9A-Fa-f]*)"\s+key\s*=\s*"([^"]*)")`)

// xmlSetting finds an <add key="NAME" value="VALUE"/> entry on line whose value is a classic key.
func xmlSetting(line []byte) (name string, start, end int, ok bool) {
	if !bytes.Contains(line, []byte("<add")) {
		return "", 0, 0, false
	}
	m := xmlAdd.FindSubmatchIndex(line)
	switch {
	case m == nil:
		return "", 0, 0, false
	case m[2] >= 0:
		name, start, end = string(line[m[2]:m[3]]), m[4], m[5]
	default:
		name, start, end = string(line[m[8]:m[9]]), m[6], m[7]
	}
	return name, start, end, keyformat.IsClassicKey(string(line[start:end]))
}

func keyName(p *check.Pass, name string) bool {
	return azurectx.IsKeyLikeName(name) || p.Opts != nil && p.Opts.KeyNames != nil && p.Opts.KeyNames.Match(name)
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}
