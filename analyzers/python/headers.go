package python

import (
	"strconv"
	"strings"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/coderules"
	"github.com/keylint/keylint/syntax"
)

// KeyHeader implements coderules.HeaderRewriter for requests, httpx, aiohttp and urllib: the
// key header becomes "Authorization": "Bearer " + a DefaultAzureCredential token, fetched
// where the header is built (per request or session), so it is fresh. Headers given to a
// client as its defaults (default_headers=) would keep one token past its hour: no fix there,
// the client takes a token provider instead.
func (f *file) KeyHeader(h coderules.Header) ([]keylint.Edit, string) {
	var name, value *syntax.Node
	switch h.Site.Kind {
	case "pair": // {"api-key": KEY}
		name, value = h.Site.ChildByField("key"), h.Site.ChildByField("value")
		if dict := h.Site.Parent(); dict == nil || f.hasAuthorization(dict) || isClientDefaults(dict) {
			return nil, ""
		}
	case "assignment": // headers["api-key"] = KEY
		name, value = h.Site.ChildByField("left").ChildByField("subscript"), h.Site.ChildByField("right")
	case "call": // req.add_header("api-key", KEY)
		args := h.Site.ChildByField("arguments").NamedChildren()
		if len(args) != 2 {
			return nil, ""
		}
		name, value = args[0], args[1]
	default:
		return nil, ""
	}
	if name == nil || value == nil || name.Kind != "string" {
		return nil, ""
	}
	names, imports, ok := f.ensureImports(h.Site.Start, "azure.identity", "DefaultAzureCredential")
	if !ok {
		return nil, ""
	}
	q := requote(name, "")[:1]
	token := q + "Bearer " + q + " + " + names[0] + "().get_token(" + strconv.Quote(f.pass.Opts.Scope) + ").token"
	edits := []keylint.Edit{replace(name, requote(name, "Authorization")), replace(value, token)}
	return append(edits, imports...), "Send a DefaultAzureCredential bearer token instead of the key"
}

// hasAuthorization reports a dict literal that already sets an Authorization header.
func (f *file) hasAuthorization(dict *syntax.Node) bool {
	for _, e := range f.dictLiteralEntries(dict) {
		if strings.EqualFold(e.Key, "authorization") {
			return true
		}
	}
	return false
}

// isClientDefaults reports a header dict passed as a client's default_headers.
func isClientDefaults(dict *syntax.Node) bool {
	p := dict.Parent()
	return p != nil && p.Kind == "keyword_argument" && coderules.Norm(p.ChildByField("name").Text()) == "defaultheaders"
}
