package shell

import (
	"strings"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/coderules"
)

// KeyHeader implements coderules.HeaderRewriter for curl, wget and httpie: the key header
// word becomes an Authorization header with a token the Azure CLI prints for the scope's
// resource, fetched when the command runs.
func (f *file) KeyHeader(h coderules.Header) ([]keylint.Edit, string) {
	text := h.Site.Text()
	i := strings.Index(strings.ToLower(text), strings.ToLower(strings.TrimSpace(h.Name)))
	if i < 0 {
		return nil, ""
	}
	prefix := strings.TrimRight(text[:i], `"'`) // -H, --header=, -H" or nothing
	rest := text[i+len(strings.TrimSpace(h.Name)):]
	sep := ": "
	if strings.HasPrefix(strings.TrimLeft(rest, " \t"), ":") && !strings.HasPrefix(strings.TrimLeft(rest, " \t"), ": ") && !strings.Contains(prefix, "-") {
		sep = ":" // httpie's Name:value
	}
	token := `$(az account get-access-token --resource ` + coderules.TokenResource(f.pass.Opts.Scope) + ` --query accessToken -o tsv)`
	word := prefix + `"Authorization` + sep + `Bearer ` + token + `"`
	return []keylint.Edit{{Start: h.Site.Start, End: h.Site.End, New: word}}, "Send a bearer token from the Azure CLI (az login) instead of the key"
}
