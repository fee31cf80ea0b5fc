package csharp

import (
	"strconv"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/coderules"
)

// KeyHeader implements coderules.HeaderRewriter for HttpClient's DefaultRequestHeaders and a
// request's Headers: Add("api-key", key) becomes Add("Authorization", "Bearer " + a
// DefaultAzureCredential token). The token is fetched where the header is set; a client kept
// for longer than the token's hour needs a refreshing handler instead (the fix message says so).
func (f *file) KeyHeader(h coderules.Header) ([]keylint.Edit, string) {
	if h.Site.Kind != "invocation_expression" {
		return nil, ""
	}
	switch methodName(h.Site.ChildByField("function")) {
	case "Add", "TryAddWithoutValidation", "AddHeader", "AddDefaultHeader": // HttpClient's, RestSharp's
	default:
		return nil, "" // IHeaderDictionary.Append and others: a proxy passing headers on
	}
	args := h.Site.ChildByField("arguments")
	if args == nil || len(args.NamedChildren()) != 2 {
		return nil, ""
	}
	name, value := argValue(args.NamedChildren()[0]), argValue(args.NamedChildren()[1])
	if name == nil || value == nil || name.Kind != "string_literal" {
		return nil, ""
	}
	token := `"Bearer " + new DefaultAzureCredential().GetToken(new Azure.Core.TokenRequestContext(new[] { ` +
		strconv.Quote(f.pass.Opts.Scope) + ` })).Token`
	edits := []keylint.Edit{{Start: name.Start, End: name.End, New: `"Authorization"`}, {Start: value.Start, End: value.End, New: token}}
	if imp, ok := f.usingIdentity(h.Site.Start); ok {
		edits = append(edits, imp...)
	}
	return edits, "Send a DefaultAzureCredential bearer token instead of the key (it lasts about an hour: a long-lived HttpClient needs a fresh one per request)"
}
