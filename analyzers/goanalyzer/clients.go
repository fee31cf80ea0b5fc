package goanalyzer

import (
	"go/ast"
	"go/token"
	"reflect"
	"strconv"
)

// ClientSite is an Azure OpenAI client constructed in a Go file, keyless (a TokenCredential) or
// with a key, for keylint's keyless migration view.
type ClientSite struct {
	Pos, End token.Pos
	Client   string // azopenai.NewClient, openai.NewClient
	Keyless  bool
}

// Clients are the client sites of a package's files.
type Clients []ClientSite

// Dismissal is a possible key use the rules looked at and set aside, with the reason
// (coderules.Dismiss*), for keylint's hit accounting.
type Dismissal struct {
	Pos, End token.Pos
	Reason   string
}

// Result is the result of the all-rules analyzer (NewAll): the client sites of its files and
// the dismissals.
type Result struct {
	Clients    Clients
	Dismissals []Dismissal
}

var clientsType = reflect.TypeOf((*Result)(nil))

// noteClient records call when it constructs an Azure OpenAI client whose authentication the
// call itself shows: azopenai's two constructors, and openai-go's NewClient configured for
// Azure with azure.WithAPIKey / option.WithAPIKey or azure.WithTokenCredential.
func (c *file) noteClient(call *ast.CallExpr, path, name string) {
	site := func(client string, keyless bool) {
		c.clients = append(c.clients, ClientSite{Pos: call.Pos(), End: call.End(), Client: client, Keyless: keyless})
	}
	switch {
	case path == azopenaiPath && name == "NewClientWithKeyCredential":
		site("azopenai.NewClientWithKeyCredential", false)
	case path == azopenaiPath && name == "NewClient":
		site("azopenai.NewClient", true)
	case name == "NewClient" && (isOpenAIGoRoot(path) || c.openAIGoPackage(call.Fun)) && c.azureClient(call):
		key, token := false, false
		for _, a := range call.Args {
			inner, ok := a.(*ast.CallExpr)
			if !ok {
				continue
			}
			p, n := c.callee(inner)
			switch {
			case n == "WithAPIKey" && (isOpenAIGo(p, "azure") || isOpenAIGo(p, "option")):
				key = true
			case n == "WithTokenCredential" && isOpenAIGo(p, "azure"):
				token = true
			}
		}
		if key || token {
			site("openai.NewClient", !key)
		}
	}
}

// openAIGoPackage reports openai.X where the file imports openai-go without a name: the
// package is called openai, not what its /vN path says.
func (c *file) openAIGoPackage(fun ast.Expr) bool {
	sel, ok := fun.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	x, ok := sel.X.(*ast.Ident)
	if !ok || x.Name != "openai" {
		return false
	}
	for _, imp := range c.f.Imports {
		if path, err := strconv.Unquote(imp.Path.Value); err == nil && isOpenAIGoRoot(path) && imp.Name == nil {
			return true
		}
	}
	return false
}

// isOpenAIGoRoot reports the openai-go package itself, of any major version.
func isOpenAIGoRoot(path string) bool {
	switch path {
	case "github.com/openai/openai-go", "github.com/openai/openai-go/v2", "github.com/openai/openai-go/v3":
		return true
	}
	return false
}
