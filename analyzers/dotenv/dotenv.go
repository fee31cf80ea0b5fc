// Package dotenv checks .env files: a key-like name with a real value is a stored key (KL201),
// reported as an error when git tracks the file and as a warning when it is merely not ignored;
// a 32-hex value under a key-like name is also a hard-coded key (KL106).
package dotenv

import (
	"net/url"
	"path"
	"strings"
	"unicode/utf8"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/azurectx"
	"github.com/keylint/keylint/analyzers/keyformat"
	"github.com/keylint/keylint/check"
)

// Checker implements check.Checker for dotenv files.
type Checker struct{}

// Langs returns the languages this checker reads.
func (Checker) Langs() []keylint.Lang { return []keylint.Lang{keylint.Dotenv} }

// Entry is one NAME=value assignment.
type Entry struct {
	Name       string
	Value      string
	NameStart  int
	ValueStart int // byte offsets into the file
	ValueEnd   int
	Quoted     bool
}

// exampleSuffixes mark templates meant to be committed.
var exampleSuffixes = []string{".example", ".sample", ".template", ".dist", ".tmpl", ".defaults"}

// IsExample reports .env.example-style templates, where values are documentation.
func IsExample(p string) bool {
	base := strings.ToLower(path.Base(p))
	for _, s := range exampleSuffixes {
		if strings.HasSuffix(base, s) || strings.Contains(base, s+".") {
			return true
		}
	}
	return false
}

// Check reports the file's keys.
func (Checker) Check(p *check.Pass) {
	example := IsExample(p.Path)
	var status *check.GitStatus
	for _, e := range Parse(p.Src) {
		// A name the globs match but whose words say it is a plain setting (AZURE_KEYVAULT_URL
		// matches AZURE*KEY*) names no key.
		keyName := (azurectx.IsKeyLikeName(e.Name) && !appSecretName(e.Name)) ||
			p.Opts.KeyNames.Match(e.Name) && !azurectx.NamesPlainSetting(e.Name)
		if !keyName || keyformat.IsPlaceholder(e.Value) && !realKey(e.Value) || tooShortForAKey(e.Value) || plainURL(e.Value) {
			continue
		}
		span := keylint.Span{Start: e.ValueStart, End: e.ValueEnd}
		if keyformat.IsClassicKey(e.Value) {
			fd := p.Reportf("KL106", span, "hard-coded "+keyformat.Classic.String()+" in "+e.Name)
			fd.Secrets = append(fd.Secrets, span)
		}
		if example || azurectx.NamesOtherService(e.Name) {
			continue // AZURE_STORAGE_KEY, REDIS_KEY: another service's key, not an AI key (KL106 above still)
		}
		if status == nil {
			s := check.GitStatus{}
			if p.Git != nil {
				s = p.Git()
			}
			status = &s
		}
		msg, sev := describe(*status)
		fd := p.Reportf("KL201", keylint.Span{Start: e.NameStart, End: e.ValueEnd}, e.Name+" holds a key in a dotenv file: "+msg)
		fd.Severity = sev
		fd.Secrets = append(fd.Secrets, span)
	}
}

// plainURL reports a value that is an address and nothing more (https://x.vault.azure.net/):
// no key, though a key may ride in a URL's query or password.
func plainURL(v string) bool {
	u, err := url.Parse(strings.TrimSpace(v))
	return err == nil && (u.Scheme == "https" || u.Scheme == "http") && u.Host != "" && u.RawQuery == "" && u.User == nil
}

// appSecretName reports a web framework's own signing secret (SECRET_KEY, FLASK_SECRET_KEY,
// DJANGO_SECRET_KEY, APP_SECRET_KEY): every word but "key" says app secret, none a service.
func appSecretName(name string) bool {
	secret := false
	for _, w := range azurectx.Words(name) {
		switch w {
		case "secret":
			secret = true
		case "key", "app", "flask", "django", "rails", "session", "cookie", "signing", "nextauth", "auth":
		default:
			return false
		}
	}
	return secret
}

// tooShortForAKey reports values no key service issues: under eight characters, digits only
// (API_KEY = 23 is a count or a port), or holding non-ASCII letters (keys are ASCII; a filler
// such as "ㅇㅇㅇ" is nine bytes but three letters). A comma-separated list (AZURE_OPENAI_KEYS=k1,k2 for a
// pool of accounts) is judged by its longest item: APP_SECRET_KEY=20030310,MLSA,MSFT is a list of
// short passcodes, not a key.
func tooShortForAKey(v string) bool {
	if items := strings.Split(v, ","); len(items) > 1 {
		for _, it := range items {
			if !tooShortForAKey(it) {
				return false
			}
		}
		return true
	}
	v = strings.TrimSpace(v)
	if len(v) < 8 {
		return true
	}
	for _, r := range v {
		if r >= utf8.RuneSelf {
			return true // KEY="ㅇㅇㅇ" (Hangul filler): keys are ASCII, and nine bytes are three letters
		}
	}
	return strings.Trim(v, "0123456789") == ""
}

// realKey guards the placeholder test: "sk-...here" is a placeholder, a valid key is not.
func realKey(v string) bool {
	m, ok := keyformat.Classify(v)
	return ok && m.Kind != keyformat.Classic
}

// describe picks the message and severity from the file's git status.
func describe(s check.GitStatus) (string, keylint.Severity) {
	switch {
	case s.Tracked:
		return "tracked by git, so the key is in the history: rotate it, then remove it", keylint.Error
	case s.InRepo && s.Ignored:
		return "ignored by git, but the app still authenticates with a key", keylint.Info
	case s.InRepo:
		return "untracked and not ignored, so it will be committed: add it to .gitignore", keylint.Warning
	}
	return "keep it out of version control, and prefer Microsoft Entra ID over keys", keylint.Warning
}

// Parse reads NAME=value lines the way dotenv libraries do: an optional `export`, single,
// double or back quotes (double-quoted values may span lines), inline `# comments` after
// unquoted values. Offsets are exact, so findings point at the right line and column.
func Parse(src []byte) []Entry {
	var out []Entry
	s := string(src)
	i := 0
	for i < len(s) {
		lineEnd := strings.IndexByte(s[i:], '\n')
		if lineEnd < 0 {
			lineEnd = len(s)
		} else {
			lineEnd += i
		}
		j := skipSpace(s, i, lineEnd)
		if strings.HasPrefix(s[j:lineEnd], "export ") || strings.HasPrefix(s[j:lineEnd], "export\t") {
			j = skipSpace(s, j+len("export"), lineEnd)
		}
		nameStart := j
		for j < lineEnd && isNameByte(s[j]) {
			j++
		}
		name := s[nameStart:j]
		j = skipSpace(s, j, lineEnd)
		if name == "" || j >= lineEnd || (s[j] != '=' && s[j] != ':') {
			i = lineEnd + 1
			continue
		}
		afterEq := j + 1
		j = skipSpace(s, afterEq, lineEnd)
		e := Entry{Name: name, NameStart: nameStart, ValueStart: j, ValueEnd: j}
		next := lineEnd + 1
		if j > afterEq && j < lineEnd && s[j] == '#' {
			// KEY= # set in .env.local: an empty value, then a comment.
			out = append(out, e)
			i = next
			continue
		}
		if j < len(s) && (s[j] == '"' || s[j] == '\'' || s[j] == '`') {
			q := s[j]
			end := closingQuote(s, j+1, q)
			if q != '"' && end > lineEnd {
				end = -1 // only double quotes span lines
			}
			if end >= 0 {
				e.Value, e.ValueStart, e.ValueEnd, e.Quoted = s[j+1:end], j+1, end, true
				if end > lineEnd {
					next = strings.IndexByte(s[end:], '\n')
					if next < 0 {
						next = len(s)
					} else {
						next += end + 1
					}
				}
				out = append(out, e)
				i = next
				continue
			}
		}
		end := lineEnd
		if k := strings.Index(s[j:lineEnd], " #"); k >= 0 {
			end = j + k
		} else if k := strings.Index(s[j:lineEnd], "\t#"); k >= 0 {
			end = j + k
		}
		for end > j && (s[end-1] == ' ' || s[end-1] == '\t' || s[end-1] == '\r') {
			end--
		}
		e.Value, e.ValueEnd = s[j:end], end
		out = append(out, e)
		i = next
	}
	return out
}

func closingQuote(s string, from int, q byte) int {
	for k := from; k < len(s); k++ {
		if s[k] == '\\' && q == '"' {
			k++
			continue
		}
		if s[k] == q {
			return k
		}
	}
	return -1
}

func skipSpace(s string, i, end int) int {
	for i < end && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

func isNameByte(c byte) bool {
	return c == '_' || c == '.' || c == '-' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
}
