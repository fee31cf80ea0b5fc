package powershell

import (
	"strings"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/coderules"
)

// headerRewriter rewrites PowerShell key headers: a header hashtable entry or indexer, a
// .Add("api-key", ...) call on an HttpClient's headers, or curl.exe's -H "api-key: ...", gets
// an Authorization header with a token the Azure CLI prints for the scope's resource.
type headerRewriter struct{ scope string }

// KeyHeader implements coderules.HeaderRewriter.
func (r headerRewriter) KeyHeader(h coderules.Header) ([]keylint.Edit, string) {
	bearer := `"Bearer $(az account get-access-token --resource ` + coderules.TokenResource(r.scope) + ` --query accessToken -o tsv)"`
	var text string
	site := h.Site.Text()
	switch {
	case h.Site.Kind == "pair" && strings.HasPrefix(site, "$"): // $headers["api-key"] = $key
		open := strings.IndexByte(site, '[')
		if open < 0 {
			return nil, ""
		}
		text = site[:open] + `["Authorization"] = ` + bearer
	case h.Site.Kind == "pair" && strings.HasPrefix(site, "-"): // curl.exe -H "api-key: $key"
		q := strings.IndexAny(site, `"'`)
		if q < 0 || site[q] != '"' {
			return nil, "" // in '...' the $(...) would not run
		}
		text = site[:q+1] + "Authorization: " + strings.Trim(bearer, `"`)
	case h.Site.Kind == "pair": // "api-key" = $key
		text = `"Authorization" = ` + bearer
	case h.Site.Kind == "call": // .Add("api-key", $key)
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
