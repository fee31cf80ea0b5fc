package python

import (
	"strings"

	"github.com/keylint/keylint/syntax"
)

// checkLegacyGlobals reports openai<1.0 module configuration, openai.api_key = ..., in a file
// that points the module at Azure (KL103). api_type "azure_ad" means the "key" is an Entra ID
// token, which is keyless.
func (f *file) checkLegacyGlobals() {
	var keySets []*syntax.Node
	azure, azureAD := false, false
	for _, a := range f.attrAssigns {
		left := a.ChildByField("left")
		if f.qualified(left.ChildByField("object")) != "openai" {
			continue
		}
		right := a.ChildByField("right")
		switch left.ChildByField("attribute").Text() {
		case "api_type":
			v, _ := stringValue(right)
			switch strings.ToLower(v) {
			case "azure":
				azure = true
			case "azure_ad":
				azureAD = true
			}
		case "api_base":
			azure = azure || f.pointsAtAzure(right, newTrace())
		case "api_key":
			keySets = append(keySets, a)
		}
	}
	if !azure || azureAD {
		return
	}
	for _, a := range keySets {
		v := a.ChildByField("right")
		if f.notAKey(v) || f.isTokenProvider(v) {
			continue
		}
		if f.report("KL103", a, "openai.api_key set for the legacy Azure module config (openai.api_type = \"azure\")") != nil {
			f.claimReads(a, v)
		}
	}
}
