package python

import (
	"strings"

	"github.com/keylint/keylint/analyzers/coderules"
	"github.com/keylint/keylint/syntax"
)

// checkLegacyGlobals reports openai<1.0 module configuration, openai.api_key = ..., that points
// the module at Azure with a key (KL103). Samples often configure both ways in branches, so each
// api_key assignment is judged by the api_type set closest before it: "azure_ad" means the
// "key" is an Entra ID token, which is keyless; "azure", or none before it in a file that sets
// "azure" or an Azure api_base, is a key.
func (f *file) checkLegacyGlobals(rules *coderules.Rules) {
	type apiType struct {
		at    int
		value string
	}
	var types []apiType // in source order
	var keySets []*syntax.Node
	azureBase := false
	for _, a := range f.attrAssigns {
		left := a.ChildByField("left")
		if f.qualified(left.ChildByField("object")) != "openai" {
			continue
		}
		right := a.ChildByField("right")
		switch left.ChildByField("attribute").Text() {
		case "api_type":
			v, _ := stringValue(right)
			types = append(types, apiType{a.Start, strings.ToLower(v)})
		case "api_base":
			azureBase = azureBase || rules.PointsAtAzure(right)
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
		for _, t := range types {
			if t.at < a.Start {
				mode = t.value
			}
		}
		if mode == "azure_ad" || mode != "azure" && (mode != "" || !fileAzure) {
			continue
		}
		v := a.ChildByField("right")
		if rules.NotAKey(v) || rules.IsTokenProvider(v) {
			continue
		}
		if rules.Report("KL103", a, "openai.api_key set for the legacy Azure module config (openai.api_type = \"azure\")") != nil {
			rules.ClaimReads(a, v)
		}
	}
}
