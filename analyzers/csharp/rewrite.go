package csharp

import (
	"bytes"
	"strings"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/coderules"
	"github.com/keylint/keylint/syntax"
)

// The keyless rewrites for C# (RULES.md "Fixes"): a key credential becomes
// DefaultAzureCredential, which every Azure SDK client (AzureOpenAIClient, SearchClient, ...)
// and Semantic Kernel's AddAzureOpenAI* builders accept as a TokenCredential.

// KeyCredential implements coderules.Rewriter: new AzureKeyCredential(key) and new
// ApiKeyCredential(key) given to AzureOpenAIClient become new DefaultAzureCredential(). A
// declaration typed AzureKeyCredential gets the new type too.
func (f *file) KeyCredential(c *coderules.Call) ([]keylint.Edit, string) {
	if c.Node.Kind != "object_creation_expression" {
		return nil, "" // target-typed new(key): the declared type says what it must be
	}
	if c.Name == "ApiKeyCredential" {
		// Only AzureOpenAIClient has a TokenCredential twin of its ApiKeyCredential
		// constructor; OpenAIClient pointed at Azure needs a bearer-token policy instead.
		outer := c.Node.Ancestor("object_creation_expression", "implicit_object_creation_expression")
		if outer == nil {
			return nil, "" // held in a variable: the client that receives it is elsewhere
		}
		if name, _ := f.creationType(outer); name != "AzureOpenAIClient" {
			return nil, ""
		}
	}
	edits := []keylint.Edit{{Start: c.Node.Start, End: c.Node.End, New: "new DefaultAzureCredential()"}}
	if t := declaredType(c.Node); t != nil {
		if name, _ := f.typeName(t); name == c.Name {
			edits = append(edits, keylint.Edit{Start: t.Start, End: t.End, New: "DefaultAzureCredential"})
		}
	}
	if imp, ok := f.usingIdentity(); ok {
		edits = append(edits, imp...)
	}
	return edits, "Use DefaultAzureCredential instead of the key"
}

// declaredType is the type of the local, field or property a value initialises, if written.
func declaredType(value *syntax.Node) *syntax.Node {
	p := value.Parent()
	if p == nil || p.Kind != "variable_declarator" {
		return nil
	}
	decl := p.Parent()
	if decl == nil || decl.Kind != "variable_declaration" {
		return nil
	}
	t := decl.ChildByField("type")
	if t == nil || t.Text() == "var" {
		return nil
	}
	return t
}

// KeyArg implements coderules.Rewriter: the apiKey argument of Semantic Kernel's
// AddAzureOpenAI* builders becomes a TokenCredential (their overloads take
// "TokenCredential credentials" in the same place).
func (f *file) KeyArg(c *coderules.Call, a coderules.Arg) ([]keylint.Edit, string) {
	if !strings.HasPrefix(c.Name, "AddAzureOpenAI") || coderules.Norm(a.Name) != "apikey" || a.Site.Kind != "argument" {
		return nil, ""
	}
	text := "new DefaultAzureCredential()"
	if id := a.Site.ChildByField("name"); id != nil {
		text = "credentials: " + text
	}
	edits := []keylint.Edit{{Start: a.Site.Start, End: a.Site.End, New: text}}
	if imp, ok := f.usingIdentity(); ok {
		edits = append(edits, imp...)
	}
	return edits, "Use a DefaultAzureCredential instead of the key"
}

// AddCredential implements coderules.Rewriter. new AzureOpenAIClient() reads its endpoint and
// key from the environment; the keyless constructor needs the endpoint, which keylint cannot
// know: no automatic rewrite.
func (f *file) AddCredential(*coderules.Call) ([]keylint.Edit, string) { return nil, "" }

// usingIdentity returns the edit adding "using Azure.Identity;" after the file's last using
// directive, or nothing when it is there.
func (f *file) usingIdentity() ([]keylint.Edit, bool) {
	var last *syntax.Node
	desc := f.pass.Tree.Root().Descendants()
	for i := range desc {
		n := &desc[i]
		if n.Kind != "using_directive" {
			continue
		}
		if strings.Contains(n.Text(), "Azure.Identity") && !strings.Contains(n.Text(), "=") {
			return nil, true
		}
		if p := n.Parent(); p != nil && (p.Kind == "compilation_unit" || strings.HasSuffix(p.Kind, "namespace_declaration") || p.Kind == "declaration_list") {
			last = n
		}
	}
	src := f.pass.Src
	at := 0
	if last != nil {
		nl := bytes.IndexByte(src[last.End:], '\n')
		if nl < 0 {
			return []keylint.Edit{{Start: len(src), End: len(src), New: "\nusing Azure.Identity;"}}, true
		}
		at = last.End + nl + 1
	} else if bytes.HasPrefix(src, []byte("\uFEFF")) {
		at = 3
	}
	return []keylint.Edit{{Start: at, End: at, New: "using Azure.Identity;\n"}}, true
}
