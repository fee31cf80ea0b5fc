package python

import (
	"strconv"
	"strings"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/coderules"
	"github.com/keylint/keylint/syntax"
)

// checkLegacyGlobals reports openai<1.0 module configuration, openai.api_key = ..., that points
// the module at Azure with a key (KL103). Samples often configure both ways in branches, so each
// api_key assignment is judged by the api_type its function sets (the closest before the key,
// else the first after it), or the one set closest before it: "azure_ad" means the
// "key" is an Entra ID token, which is keyless; "azure", or none before it in a file that sets
// "azure" or an Azure api_base, is a key.
func (f *file) checkLegacyGlobals(rules *coderules.Rules) {
	type apiType struct {
		at    int
		value string
		node  *syntax.Node // the assigned value
	}
	var types []apiType // in source order
	var keySets []*syntax.Node
	azureBase := false
	var endpoints []*syntax.Node // openai.azure_endpoint assignments
	for _, a := range f.attrAssigns {
		left := a.ChildByField("left")
		if f.qualified(left.ChildByField("object")) != "openai" {
			continue
		}
		right := a.ChildByField("right")
		switch left.ChildByField("attribute").Text() {
		case "api_type":
			types = append(types, apiType{a.Start, strings.ToLower(f.apiTypeValue(right)), right})
		case "api_base":
			azureBase = azureBase || rules.PointsAtAzure(right)
		case "azure_endpoint":
			endpoints = append(endpoints, a)
		case "api_key":
			keySets = append(keySets, a)
		}
	}
	fileAzure := azureBase
	for _, t := range types {
		fileAzure = fileAzure || t.value == "azure"
	}
	for _, a := range keySets {
		mode := ""
		var typeNode *syntax.Node
		// A function that sets api_type configures the module for itself, before or after
		// the key (generate_embeddings sets api_key, then api_type = "openai"): its own
		// setting decides. Elsewhere the closest one before the key does.
		fn := a.Ancestor("function_definition")
		own := false
		for _, t := range types {
			if fn != nil && t.node.Ancestor("function_definition") == fn && (!own || t.at < a.Start) {
				mode, typeNode, own = t.value, t.node, true
			}
		}
		for _, t := range types {
			if !own && t.at < a.Start {
				mode, typeNode = t.value, t.node
			}
		}
		// openai>=1's module client is Azure's where the same function (or the module's top
		// level) sets openai.azure_endpoint: only Azure has the attribute.
		moduleClient := false
		for _, e := range endpoints {
			moduleClient = moduleClient || e.Ancestor("function_definition") == fn
		}
		if mode == "azure_ad" || mode != "azure" && (mode != "" || !fileAzure && !moduleClient) {
			continue
		}
		v := a.ChildByField("right")
		if rules.NotAKey(v) || rules.IsTokenProvider(v) {
			continue
		}
		if fd := rules.Report("KL103", a, "openai.api_key set for the legacy Azure module config (openai.api_type = \"azure\")"); fd != nil {
			rules.ClaimReads(a, v)
			edits, msg := f.legacyTokenFix(a, typeNode)
			if moduleClient {
				edits, msg = f.moduleClientTokenFix(a)
			}
			rules.AttachFix(fd, edits, msg, v)
		}
	}
}

// apiTypeValue is the api_type a value sets: a literal, or an environment read's literal
// default (os.getenv("OPENAI_API_TYPE", "azure") is Azure unless the environment says
// otherwise, which the file cannot see).
func (f *file) apiTypeValue(v *syntax.Node) string {
	if s, ok := stringValue(v); ok {
		return s
	}
	if v.Kind == "none" {
		return "none" // openai.api_type = None: openai.com unless the environment says otherwise
	}
	if _, _, ok := f.envRead(v); ok && v.Kind == "call" {
		if args := codeChildren(v.ChildByField("arguments")); len(args) == 2 {
			s, _ := stringValue(args[1])
			return s
		}
	}
	return ""
}

// moduleClientTokenFix is the keyless form of openai>=1's module client (openai.azure_endpoint
// set): a token provider in place of the key. api_type stays: that SDK knows only "azure" and
// "openai", and picks Azure by itself once a token provider is set.
func (f *file) moduleClientTokenFix(set *syntax.Node) ([]keylint.Edit, string) {
	provider, imports, ok := f.provider(set.Start, false)
	if !ok {
		return nil, ""
	}
	module := set.ChildByField("left").ChildByField("object").Text()
	edits := []keylint.Edit{replace(set, module+".azure_ad_token_provider = "+provider)}
	return append(edits, imports...), "Give the module client a DefaultAzureCredential token provider instead of the key"
}

// legacyTokenFix is the keyless form of openai<1.0's module config: api_type "azure_ad" and an
// Entra ID token as api_key, which that SDK sends as a bearer token. typeNode is the value of
// the openai.api_type assignment in force, nil when the file sets none (an Azure api_base and
// OPENAI_API_TYPE from the environment): then the assignment is added before the key's.
func (f *file) legacyTokenFix(set, typeNode *syntax.Node) ([]keylint.Edit, string) {
	names, imports, ok := f.ensureImports(set.Start, "azure.identity", "DefaultAzureCredential")
	if !ok {
		return nil, ""
	}
	right := set.ChildByField("right")
	token := names[0] + "().get_token(" + strconv.Quote(f.pass.Opts.Scope) + ").token"
	edits := []keylint.Edit{replace(right, token)}
	if typeNode != nil {
		edits = append(edits, replace(typeNode, requote(typeNode, "azure_ad")))
	} else {
		stmt := set.Parent()
		if stmt == nil || stmt.Kind != "expression_statement" {
			return nil, ""
		}
		start, _, ok := coderules.WholeLines(f.pass.Src, stmt.Start, stmt.End)
		if !ok {
			return nil, ""
		}
		indent := string(f.pass.Src[start:stmt.Start])
		edits = append(edits, keylint.Edit{Start: start, End: start, New: indent + set.ChildByField("left").ChildByField("object").Text() + ".api_type = \"azure_ad\"\n"})
	}
	return append(edits, imports...), "Use openai.api_type = \"azure_ad\" with a DefaultAzureCredential token (it expires after about an hour: get a new one for long runs)"
}
