package python

import (
	"strings"

	"github.com/keylint/keylint/analyzers/azurectx"
	"github.com/keylint/keylint/syntax"
)

// keyHeaders are the HTTP headers that carry an Azure AI key (lower case).
var keyHeaders = map[string]bool{"api-key": true, "ocp-apim-subscription-key": true}

func isKeyHeader(s string) bool { return keyHeaders[strings.ToLower(strings.TrimSpace(s))] }

// headerSetters are methods that set one header: req.add_header("api-key", key).
var headerSetters = map[string]bool{"add_header": true, "putheader": true, "add_unredirected_header": true}

func isHeaderSetter(name string) bool { return headerSetters[name] }

func (f *file) checkHeaderCall(call *syntax.Node) {
	args := call.ChildByField("arguments").NamedChildren()
	if len(args) < 2 {
		return
	}
	if h, ok := stringValue(args[0]); ok && isKeyHeader(h) && !f.notAKey(args[1]) {
		if f.report("KL104", call, h+" header set on an HTTP request") != nil {
			f.claimReads(call, args[1])
		}
	}
}

// checkDicts looks at dictionary literals: key headers (KL104) and client configs that carry a
// key next to Azure settings, as autogen's config_list does (KL102).
func (f *file) checkDicts() {
	for _, d := range f.dicts {
		entries := f.dictLiteralEntries(d)
		for _, e := range entries {
			if isKeyHeader(e.key) && !f.notAKey(e.value) {
				if f.report("KL104", e.site, e.key+" header set on an HTTP request") != nil {
					f.claimReads(e.site, e.value)
				}
			}
		}
		f.checkConfigEntries(entries)
	}
	for _, entries := range f.dictKeys {
		f.checkConfigEntries(entries)
	}
}

// checkConfigEntries reports the api_key entry of a dict that also says it is for Azure.
func (f *file) checkConfigEntries(entries []dictEntry) {
	azure := false
	for _, e := range entries {
		switch e.key {
		case "api_type":
			v, _ := stringValue(e.value)
			azure = azure || strings.EqualFold(v, "azure")
		case "azure_endpoint", "azure_deployment":
			azure = true
		case "base_url", "endpoint", "api_base":
			azure = azure || f.pointsAtAzure(e.value, newTrace())
		}
		if v, ok := stringValue(e.value); ok && azurectx.IsAzureHost(v) {
			azure = true
		}
	}
	if !azure {
		return
	}
	for _, e := range entries {
		if keyParams[e.key] {
			f.checkKeyValue(e.site, e.value, "an Azure OpenAI client config")
		}
	}
}

// checkSubscriptAssignments reports headers["api-key"] = key (KL104).
func (f *file) checkSubscriptAssignments() {
	for _, a := range f.subscripts {
		left := a.ChildByField("left")
		key, ok := stringValue(left.ChildByField("subscript"))
		if !ok || !isKeyHeader(key) {
			continue
		}
		if v := a.ChildByField("right"); !f.notAKey(v) {
			if f.report("KL104", a, key+" header set on an HTTP request") != nil {
				f.claimReads(a, v)
			}
		}
	}
}
