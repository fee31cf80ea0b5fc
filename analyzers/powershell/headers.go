package powershell

import (
	"strings"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/coderules"
)

// headerRewriter rewrites PowerShell key headers: a header hashtable entry, or a
// .Add("api-key", ...) call on an HttpClient's headers, gets an Authorization header with a
// token the Azure CLI prints for the scope's resource.
type headerRewriter struct{ scope string }

// KeyHeader implements coderules.HeaderRewriter.
func (r headerRewriter) KeyHeader(h coderules.Header) ([]keylint.Edit, string) {
	bearer := `"Bearer $(az account get-access-token --resource ` + coderules.TokenResource(r.scope) + ` --query accessToken -o tsv)"`
	var text string
	switch h.Site.Kind {
	case "pair": // "api-key" = $key
		text = `"Authorization" = ` + bearer
	case "call": // .Add("api-key", $key)
		open := strings.IndexByte(h.Site.Text(), '(')
		if open < 0 {
			return nil, ""
		}
		text = h.Site.Text()[:open] + `("Authorization", ` + bearer + ")"
	default:
		return nil, ""
	}
	return []keylint.Edit{{Start: h.Site.Start, End: h.Site.End, New: text}}, "Send a bearer token from the Azure CLI (az login) instead of the key"
}
