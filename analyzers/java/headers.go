package java

import (
	"strconv"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/coderules"
)

// headerSetters are the header methods whose value is one string: java.net.http's
// header/setHeader, HttpURLConnection's setRequestProperty, OkHttp's header/addHeader, Apache
// HttpClient's setHeader/addHeader, Spring's HttpHeaders set/add.
var headerSetters = map[string]bool{
	"header": true, "setHeader": true, "addHeader": true, "setRequestProperty": true, "addRequestProperty": true,
	"set": true, "add": true,
}

// KeyHeader implements coderules.HeaderRewriter: header("api-key", key) becomes
// header("Authorization", "Bearer " + a DefaultAzureCredential token), fetched where the
// header is set.
func (f *file) KeyHeader(h coderules.Header) ([]keylint.Edit, string) {
	call := h.Site.Parent()
	if call == nil || call.Kind != "method_invocation" || !headerSetters[h.Site.Text()] {
		return nil, ""
	}
	args := argList(call)
	if len(args) != 2 || args[0].Kind != "string_literal" {
		return nil, ""
	}
	token := `"Bearer " + new DefaultAzureCredentialBuilder().build().getTokenSync(new TokenRequestContext().addScopes(` +
		strconv.Quote(f.pass.Opts.Scope) + `)).getToken()`
	edits := []keylint.Edit{{Start: args[0].Start, End: args[0].End, New: `"Authorization"`}, {Start: args[1].Start, End: args[1].End, New: token}}
	edits = append(edits, f.addImports("com.azure.identity.DefaultAzureCredentialBuilder", "com.azure.core.credential.TokenRequestContext")...)
	return edits, "Send a DefaultAzureCredential bearer token instead of the key"
}
