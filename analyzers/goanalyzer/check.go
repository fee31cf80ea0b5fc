package goanalyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	pathpkg "path"
	"slices"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/keylint/keylint/analyzers/azurectx"
	"github.com/keylint/keylint/analyzers/coderules"
	"github.com/keylint/keylint/analyzers/keyformat"
	"github.com/keylint/keylint/fixes"
)

// Package paths the rules know.
const (
	azcorePath   = "github.com/Azure/azure-sdk-for-go/sdk/azcore"
	azopenaiPath = "github.com/Azure/azure-sdk-for-go/sdk/ai/azopenai"
	azidentPath  = "github.com/Azure/azure-sdk-for-go/sdk/azidentity"
)

// isOpenAIGo reports an openai-go package of any major version, with suffix ("azure", "option").
func isOpenAIGo(path, suffix string) bool {
	for _, base := range []string{"github.com/openai/openai-go", "github.com/openai/openai-go/v2", "github.com/openai/openai-go/v3"} {
		if path == base+"/"+suffix {
			return true
		}
	}
	return false
}

// file is one Go file under check.
type file struct {
	pass    *analysis.Pass
	f       *ast.File
	opts    *Options
	imports map[string]string // local name -> import path
	dots    []string          // dot-imported paths
	azure   bool
	assigns map[string][]ast.Expr // variable -> values assigned to it
	diags   []analysis.Diagnostic
	claimed map[ast.Expr]bool // env reads covered by a finding on their line
	flowing map[ast.Expr]bool // env reads whose value reaches a key finding
	// toClient are env reads whose value reaches a key credential or client (KL101, KL102).
	toClient map[ast.Expr]bool
	reads    []envRead
	isRead   map[*ast.CallExpr]bool // the calls in reads
	parents  map[ast.Node]ast.Node  // each node's parent, from one walk of the file
	// selectorUses maps a package name to its uses (packageUses), built on first use.
	selectorUses map[string][]token.Pos
	clients      []ClientSite
	dismissed    []Dismissal // for hit accounting
	// funcs are the file's own package-level functions (no receiver), by name.
	funcs map[string]bool
	// callers maps a function or method name to the top-level functions of the file that call
	// it, built on first use.
	callers map[string][]*ast.FuncDecl
	// removals are the fixes made so far with the declarations they delete.
	removals []removal
	// keyCredentials are KL101 findings without a fix of their own, by diagnostic index: a
	// client rewrite that deletes their declaration lends them its fix.
	keyCredentials []keyCredential
}

type keyCredential struct {
	call *ast.CallExpr
	diag int
}

type envRead struct {
	name string
	call *ast.CallExpr
}

// checkFile returns every diagnostic for one file (each analyzer keeps its own rule's) and the
// Azure clients it constructs.
func checkFile(pass *analysis.Pass, f *ast.File, o *Options) ([]analysis.Diagnostic, []ClientSite, []Dismissal) {
	c := &file{pass: pass, f: f, opts: o, imports: map[string]string{}, assigns: map[string][]ast.Expr{},
		claimed: map[ast.Expr]bool{}, flowing: map[ast.Expr]bool{}, toClient: map[ast.Expr]bool{}, isRead: map[*ast.CallExpr]bool{}}
	c.collect()
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			c.call(n)
		case *ast.CompositeLit:
			c.headerLiteral(n)
			c.keyFieldLiteral(n)
		case *ast.AssignStmt:
			c.headerIndexAssign(n)
		case *ast.BasicLit:
			c.literal(n)
		}
		return true
	})
	c.envReads()
	for _, kc := range c.keyCredentials {
		if fix := c.removalOf(kc.call); fix != nil {
			c.diags[kc.diag].SuggestedFixes = []analysis.SuggestedFix{*fix}
		}
	}
	return c.diags, c.clients, c.dismissed
}

func (c *file) collect() {
	for _, imp := range c.f.Imports {
		path, _ := strconv.Unquote(imp.Path.Value)
		name := path[strings.LastIndexByte(path, '/')+1:]
		if strings.HasPrefix(name, "v") && len(name) <= 3 && strings.Count(path, "/") > 1 {
			// a /vN major suffix: the package name is the element before it
			p := strings.TrimSuffix(path, "/"+name)
			name = p[strings.LastIndexByte(p, '/')+1:]
		}
		name = strings.ReplaceAll(name, "-", "")
		if imp.Name != nil {
			name = imp.Name.Name
		}
		switch name {
		case "_":
			continue
		case ".":
			c.dots = append(c.dots, path)
		default:
			c.imports[name] = path
		}
		if azurectx.IsAzureModule(path) || isOpenAIGo(path, "azure") {
			c.azure = true
		}
	}
	c.funcs = map[string]bool{}
	for _, d := range c.f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil {
			c.funcs[fd.Name.Name] = true
		}
	}
	c.parents = map[ast.Node]ast.Node{}
	var stack []ast.Node
	ast.Inspect(c.f, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		if len(stack) > 0 {
			c.parents[n] = stack[len(stack)-1]
		}
		stack = append(stack, n)
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) == len(n.Rhs) {
				for i, l := range n.Lhs {
					if id, ok := l.(*ast.Ident); ok {
						c.assigns[id.Name] = append(c.assigns[id.Name], n.Rhs[i])
					}
				}
			}
		case *ast.ValueSpec:
			if len(n.Names) == len(n.Values) {
				for i, id := range n.Names {
					c.assigns[id.Name] = append(c.assigns[id.Name], n.Values[i])
				}
			}
		case *ast.BasicLit:
			if !c.azure && n.Kind == token.STRING && c.opts.Markers.In(n.Value) {
				c.azure = true
			}
		case *ast.CallExpr:
			if _, name := c.callee(n); strings.Contains(name, "Azure") {
				c.azure = true // go-openai's DefaultAzureConfig, a wrapper's NewAzureClient
			}
			if path, name := c.callee(n); (path == "os" || path == "syscall") && (name == "Getenv" || name == "LookupEnv") && len(n.Args) > 0 {
				if v, ok := stringLit(n.Args[0]); ok {
					c.reads = append(c.reads, envRead{name: v, call: n})
					c.isRead[n] = true
				}
			}
		}
		return true
	})
}

// callee resolves a call's function to (package path, name): through type information when
// the driver has it, else through the file's imports.
func (c *file) callee(call *ast.CallExpr) (string, string) {
	return c.resolve(call.Fun)
}

func (c *file) resolve(fun ast.Expr) (string, string) {
	switch fn := fun.(type) {
	case *ast.SelectorExpr:
		if c.pass.TypesInfo != nil {
			if obj, ok := c.pass.TypesInfo.Uses[fn.Sel].(*types.Func); ok && obj.Pkg() != nil {
				if sig, ok := obj.Type().(*types.Signature); ok && sig.Recv() == nil {
					return obj.Pkg().Path(), obj.Name() // a package-level function
				}
			}
		}
		if x, ok := fn.X.(*ast.Ident); ok {
			if path, ok := c.imports[x.Name]; ok {
				return path, fn.Sel.Name
			}
		}
		return "", fn.Sel.Name // a method: receiver unknown
	case *ast.Ident:
		if c.pass.TypesInfo != nil {
			if obj, ok := c.pass.TypesInfo.Uses[fn].(*types.Func); ok && obj.Pkg() != nil && obj.Pkg() != c.pass.Pkg {
				return obj.Pkg().Path(), obj.Name()
			}
		}
		for _, path := range c.dots {
			if knownFunc(path, fn.Name) {
				return path, fn.Name
			}
		}
		return "", fn.Name
	case *ast.IndexExpr: // generic instantiation
		return c.resolve(fn.X)
	}
	return "", ""
}

// knownFunc says whether a dot-imported package is where a bare function name comes from.
func knownFunc(path, name string) bool {
	switch {
	case path == azcorePath:
		return name == "NewKeyCredential"
	case path == azopenaiPath:
		return name == "NewClientWithKeyCredential" || name == "NewClient" || name == "NewClientForOpenAI"
	case isOpenAIGo(path, "azure"):
		return name == "WithAPIKey" || name == "WithEndpoint" || name == "WithTokenCredential"
	case isOpenAIGo(path, "option"):
		return name == "WithAPIKey" || name == "WithHeader" || name == "WithBaseURL"
	case path == "os":
		return name == "Getenv" || name == "LookupEnv"
	}
	return false
}

// call checks one call expression.
func (c *file) call(call *ast.CallExpr) {
	path, name := c.callee(call)
	c.noteClient(call, path, name)
	switch {
	case path == azcorePath && name == "NewKeyCredential" && len(call.Args) == 1:
		if outer := c.enclosingCall(call); outer != nil {
			if p, n := c.callee(outer); p == azopenaiPath && n == "NewClientForOpenAI" {
				return // openai.com through azopenai
			}
		}
		if c.notAKey(call.Args[0]) {
			return
		}
		var fix *analysis.SuggestedFix
		if outer := c.enclosingCall(call); outer != nil && len(outer.Args) == 3 && outer.Args[1] == call {
			if p, n := c.callee(outer); p == azopenaiPath && n == "NewClientWithKeyCredential" {
				fix = c.newClientFix(outer) // the client's rewrite replaces the credential too
			}
		}
		c.report("KL101", call, call.Args[0], "azcore.NewKeyCredential wraps an API key for an Azure client: use azidentity.NewDefaultAzureCredential and the client constructor that takes a TokenCredential", fix)
		if fix == nil {
			c.keyCredentials = append(c.keyCredentials, keyCredential{call, len(c.diags) - 1})
		}
	case isOpenAIGo(path, "azure") && name == "WithAPIKey" && len(call.Args) == 1:
		if c.notAKey(call.Args[0]) {
			return
		}
		c.report("KL102", call, call.Args[0], "API key passed to azure.WithAPIKey", c.withTokenCredentialFix(call))
	case path == azopenaiPath && name == "NewClientWithKeyCredential" && len(call.Args) == 3:
		c.report("KL102", call, call.Args[1], "API key credential passed to azopenai.NewClientWithKeyCredential", c.newClientFix(call))
	case isOpenAIGo(path, "option") && name == "WithAPIKey" && len(call.Args) == 1:
		if outer := c.enclosingCall(call); outer != nil && c.azureClient(outer) && !c.notAKey(call.Args[0]) {
			c.report("KL102", call, call.Args[0], "API key passed to an openai-go client configured for Azure", c.optionKeyFix(call, path))
			return
		}
		// openai.com needs its key: a read written into its option is not an Azure key.
		c.claimReads(call)
	case (name == "Set" || name == "Add" || name == "WithHeader" || coderules.HeaderSetterName(name)) && len(call.Args) == 2:
		// (resty's SetHeader, a client's AddHeader: named for setting a header)
		// req.Header.Set("api-key", k), header.Add(...), option.WithHeader("api-key", k)
		h, ok := stringLit(call.Args[0])
		named := false
		if !ok {
			h, ok = c.stringConst(call.Args[0])
			named = ok
		}
		if ok && isKeyHeader(h) && !c.notAKey(call.Args[1]) {
			var fix *analysis.SuggestedFix
			if name != "WithHeader" && !named {
				fix = c.headerFix(call, h, call.Args[0], call.Args[1], "[]string{}")
			}
			c.report("KL104", c.fromHeaderName(call), call.Args[1], h+" header set on an HTTP request", fix)
		}
	case name == "DefaultConfig" && strings.Contains(path, "go-openai"):
		// go-openai's openai.com configuration needs openai.com's key: not an Azure one.
		c.claimReads(call)
	case name == "DefaultAzureConfig" && len(call.Args) >= 1 && !c.notAKey(call.Args[0]):
		// go-openai and its forks: DefaultAzureConfig(apiKey, baseURL), whatever the key's name.
		c.report("KL102", call, call.Args[0], "API key passed to go-openai's DefaultAzureConfig", nil)
	case name == "NewClientWithKeyCredential" && len(call.Args) >= 2 && strings.Contains(path, "azopenai"):
		// The older azopenai packages (sdk/cognitiveservices/azopenai) take a deployment too.
		c.report("KL102", call, call.Args[1], "API key credential passed to azopenai.NewClientWithKeyCredential", nil)
	default:
		c.genericCall(call, path, name)
	}
}

// ownFunc reports a call of a package-level function declared in this file.
func (c *file) ownFunc(call *ast.CallExpr) bool {
	id, ok := call.Fun.(*ast.Ident)
	return ok && c.funcs[id.Name]
}

// isKeySite reports a node that one of the rewrites changes: an azure.WithAPIKey or
// azopenai.NewClientWithKeyCredential call, or a key header (Set/Add call, index assignment,
// http.Header literal entry). The rewrites number their new variables by it.
func (c *file) isKeySite(n ast.Node) bool {
	switch n := n.(type) {
	case *ast.CallExpr:
		path, name := c.callee(n)
		switch {
		case isOpenAIGo(path, "azure") && name == "WithAPIKey", path == azopenaiPath && name == "NewClientWithKeyCredential":
			return true
		case (name == "Set" || name == "Add") && len(n.Args) == 2:
			h, ok := stringLit(n.Args[0])
			return ok && isKeyHeader(h)
		}
	case *ast.AssignStmt:
		if len(n.Lhs) == 1 {
			if idx, ok := n.Lhs[0].(*ast.IndexExpr); ok {
				h, ok := stringLit(idx.Index)
				return ok && isKeyHeader(h)
			}
		}
	case *ast.KeyValueExpr:
		h, ok := stringLit(n.Key)
		return ok && isKeyHeader(h)
	}
	return false
}

// ownPackage reports an import path of the program's own module: by go.mod where the run has
// one (Options.OwnPackage), else one sharing the package's repository root (the first three
// elements of a github.com/owner/repo path, the first of a path without a host).
func (c *file) ownPackage(path string) bool {
	if path == "" || azurectx.IsAzureModule(path) || strings.Contains(path, "/Azure/") {
		return false
	}
	if c.opts.OwnPackage != nil {
		return c.opts.OwnPackage(path)
	}
	if c.pass.Pkg == nil {
		return false
	}
	return SameRepository(c.pass.Pkg.Path(), path)
}

// SameRepository reports two import paths of one repository: the first three elements of a
// github.com/owner/repo path, the first of a path without a host.
func SameRepository(a, b string) bool {
	root := repoRoot(a)
	return root != "" && (b == root || strings.HasPrefix(b, root+"/"))
}

func repoRoot(path string) string {
	elems := strings.Split(path, "/")
	if !strings.Contains(elems[0], ".") {
		if len(elems) < 2 {
			return "" // a one-element path: the standard library's, or a main package's
		}
		return elems[0]
	}
	if len(elems) < 3 {
		return ""
	}
	return strings.Join(elems[:3], "/")
}

// azurePackage reports an import path whose package is named for Azure by its own path,
// whoever publishes it: charm.land/fantasy/providers/azure, github.com/x/llm/azure, a
// program's own .../pkg/azureai, a fork's .../azopenai.
func azurePackage(path string) bool {
	base := pathpkg.Base(path)
	return path != "" && (strings.HasPrefix(base, "azure") || base == "azopenai" || strings.Contains(path, "/azure/"))
}

// ownType reports a type this file declares.
func (c *file) ownType(name string) bool {
	for _, d := range c.f.Decls {
		if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.TYPE {
			for _, s := range gd.Specs {
				if ts, ok := s.(*ast.TypeSpec); ok && ts.Name.Name == name {
					return true
				}
			}
		}
	}
	return false
}

// genericCall is the generic key sink for calls no rule above knows (DESIGN.md, "Detection as
// taint"): in a file that talks to Azure, a key value reaching a constructor, factory or option
// function is KL102 (KL101 for one named like a key credential): go-openai's
// DefaultAzureConfig(key, url), the older azopenai.NewKeyCredential(key), a wrapper's
// NewAzureClient(key).
func (c *file) genericCall(call *ast.CallExpr, path, name string) {
	credential := coderules.IsKeyCredentialName(name)
	// A call into an Azure SDK package is an Azure one whatever its name:
	// speech.NewSpeechConfigFromSubscription(key, region) of the Speech SDK.
	azureCall := credential || strings.Contains(name, "Azure") || strings.Contains(path, "/Azure/") || azurectx.IsAzureModule(path) ||
		azurePackage(path)
	if len(call.Args) == 0 {
		return
	}
	switch {
	case !c.azure && !azureCall:
		c.dismiss(call, coderules.DismissNotAzureFile)
		return
	case coderules.NotASink(name) != "":
		c.dismiss(call, coderules.NotASink(name))
		return
	case coderules.IsEntraCredentialName(name):
		c.dismiss(call, coderules.DismissTokenProvider) // azidentity.NewClientSecretCredential: Entra ID
		return
	case c.ownPackage(path):
		// ttsp.NewAzureTTS(key, region), azure.GenerateCompletion(..., key, ...) of the
		// program's own packages: their bodies, in the same module, are where the key reaches
		// a client or a header, and are reported there (no site in this file for a read to
		// reach).
		c.dismiss(call, coderules.DismissOwnFunc)
		return
	case c.ownFunc(call) && !strings.Contains(name, "Azure"):
		// newConfig(apiKey, endpoint) defined in this file: its body's DefaultAzureConfig is the
		// KL102, as in the other languages (coderules' DismissOwnFunc); a key read handed to a
		// function named for building a client still reaches that client (KL105).
		if coderules.FactoryPrefix(name) {
			for _, a := range call.Args {
				c.visitReads(a, 0, map[string]bool{}, func(read *ast.CallExpr, _ bool) { c.toClient[read] = true })
			}
		}
		c.dismiss(call, coderules.DismissOwnFunc)
		return
	case !azureCall && azurectx.NamesOtherProvider(name):
		// provider.NewAnthropic(apiKey), NewGemini(k) beside an Azure provider: that service's
		// client takes that service's key.
		c.dismiss(call, coderules.DismissNonAzure)
		return
	case !azureCall && strings.Contains(name, "OpenAI"):
		// provider.NewOpenAI(apiKey): openai.com unless pointed at Azure, which the rules
		// above have looked at (as coderules does for OpenAIEmbeddings and friends).
		c.dismiss(call, coderules.DismissOpenAICom)
		return
	case !azureCall && !coderules.SinkShaped(name, false):
		c.dismiss(call, coderules.DismissNotAClient)
		return
	}
	for _, a := range call.Args {
		k := c.strength(a, 0)
		if k == coderules.AzureKey || k == coderules.GenericKey && azureCall {
			if c.notAKey(a) {
				continue
			}
			if credential {
				c.report("KL101", call, a, name+" wraps an API key for an Azure client: use azidentity.NewDefaultAzureCredential and a TokenCredential", nil)
				return
			}
			c.report("KL102", call, a, "API key passed to "+name, nil)
			return
		}
	}
	// openrouter.WithAPIKey(apiKey) beside an Azure provider: a plain key name given to a call
	// that names no Azure service.
	c.dismiss(call, coderules.DismissNotAzure)
}

// keyFieldLiteral is the generic sink for struct literals: T{APIKey: k} in a file that talks to
// Azure (the older azopenai.KeyCredential{APIKey: k} is KL101, a wrapper's AuthOptions{APIKey: k}
// or Authorizer{ApiKey: k} KL102).
func (c *file) keyFieldLiteral(lit *ast.CompositeLit) {
	path, typ := c.typeName(lit.Type)
	credential := coderules.IsKeyCredentialName(typ)
	azureType := credential || strings.Contains(typ, "Azure") || strings.Contains(path, "/Azure/") || azurePackage(path)
	if !c.azure && !azureType || typ == "" {
		return
	}
	if _, local := lit.Type.(*ast.Ident); !local && path != "" && !credential && c.ownPackage(path) {
		// azure.Config{APIKey: k} of the program's own package azure (same module): the
		// package's code is where the key reaches a client or a header, reported there; a read
		// written here is reported as the read.
		c.dismiss(lit, coderules.DismissOwnType)
		return
	}
	if id, local := lit.Type.(*ast.Ident); local && (!azureType || c.ownType(id.Name) || !credential) {
		// The program's own settings struct (AzureCognitiveSearch{apiKey: k} declared here, or
		// &AzureClient{apiKey: k} of another file of the package: an unqualified type is the
		// package's own): holding a key is not authenticating with it; where it is used, that
		// is reported. (An SDK's own package may build its KeyCredential unqualified.)
		return
	}
	if last := path[strings.LastIndexByte(path, '/')+1:]; !azureType && strings.Contains(strings.ToLower(last), "openai") {
		// openai.Config{APIKey: k} of a package named openai that is no Azure SDK: openai.com's
		// client, unless the key says it is Azure's.
		azureKey := false
		for _, e := range lit.Elts {
			if kv, ok := e.(*ast.KeyValueExpr); ok && c.strength(kv.Value, 0) == coderules.AzureKey {
				azureKey = true
			}
		}
		if !azureKey {
			c.dismiss(lit, coderules.DismissOpenAICom)
			return
		}
	}
	if credential && c.forOpenAICom(lit) {
		return // azopenai.KeyCredential handed to NewClientForOpenAI: openai.com's key
	}
	for _, e := range lit.Elts {
		kv, ok := e.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		field, ok := kv.Key.(*ast.Ident)
		if !ok || !coderules.IsKeyParam(field.Name) || c.notAKey(kv.Value) {
			continue
		}
		k := c.strength(kv.Value, 0)
		if k == coderules.OtherKey || k == coderules.NoKey && !azureType {
			continue
		}
		if v, ok := stringLit(kv.Value); ok && k == coderules.NoKey && !keyformat.IsPlaceholder(v) {
			continue // ContentKey: "content", a JSON field's name: no key, no placeholder for one
		}
		if k == coderules.GenericKey && !azureType && !c.keyFlowsFromAzure(kv.Value) {
			continue
		}
		if credential {
			c.report("KL101", lit, kv.Value, typ+" wraps an API key for an Azure client: use azidentity.NewDefaultAzureCredential and a TokenCredential", nil)
			return
		}
		c.report("KL102", kv, kv.Value, "API key set in "+typ+"."+field.Name, nil)
	}
}

// forOpenAICom reports a credential literal assigned to a variable that is passed to
// azopenai.NewClientForOpenAI (the client for openai.com).
func (c *file) forOpenAICom(lit *ast.CompositeLit) bool {
	assign, ok := c.parents[lit].(*ast.AssignStmt)
	if !ok {
		return false
	}
	var names []string
	for i, r := range assign.Rhs {
		if r == lit && i < len(assign.Lhs) {
			if id, ok := assign.Lhs[i].(*ast.Ident); ok {
				names = append(names, id.Name)
			}
		}
	}
	var scope ast.Node = c.f // the function the literal is in: names are reused across functions
	for p := c.parents[lit]; p != nil; p = c.parents[p] {
		if _, ok := p.(*ast.FuncDecl); ok {
			scope = p
			break
		}
		if _, ok := p.(*ast.FuncLit); ok {
			scope = p
			break
		}
	}
	found := false
	ast.Inspect(scope, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || found {
			return !found
		}
		if _, name := c.callee(call); name == "NewClientForOpenAI" {
			for _, a := range call.Args {
				if id, ok := a.(*ast.Ident); ok {
					for _, n := range names {
						found = found || id.Name == n
					}
				}
			}
		}
		return true
	})
	return found
}

// typeName resolves a composite literal's type to (package path, name).
func (c *file) typeName(t ast.Expr) (string, string) {
	switch t := t.(type) {
	case *ast.SelectorExpr:
		if x, ok := t.X.(*ast.Ident); ok {
			return c.imports[x.Name], t.Sel.Name
		}
		return "", t.Sel.Name
	case *ast.Ident:
		return "", t.Name
	case *ast.StarExpr:
		return c.typeName(t.X)
	}
	return "", ""
}

// strength says how surely an expression holds an Azure AI key (coderules.KeyKind): a key
// format, an env read or a name (variable, field) with an Azure AI word, or a plain key name,
// following variables a few assignments deep.
func (c *file) strength(e ast.Expr, depth int) coderules.KeyKind {
	if e == nil || depth > 4 {
		return coderules.NoKey
	}
	switch e := e.(type) {
	case *ast.BasicLit:
		if v, ok := stringLit(e); ok {
			if m, key := keyformat.Classify(v); key && m.Kind != keyformat.OpenAI {
				return coderules.AzureKey
			}
		}
	case *ast.CallExpr:
		if c.isRead[e] {
			if v, ok := stringLit(e.Args[0]); ok {
				return coderules.NameStrength(v, c.opts.KeyNames.Match(v))
			}
		}
	case *ast.Ident:
		best := coderules.NameStrength(e.Name, false)
		if best == coderules.AzureKey || best == coderules.OtherKey {
			return best
		}
		for _, v := range lastValues(c.valuesOf(e)) {
			if k := c.strength(v, depth+1); k > best {
				best = k
			}
		}
		return best
	case *ast.SelectorExpr:
		return coderules.NameStrength(e.Sel.Name, false)
	case *ast.StarExpr:
		return c.strength(e.X, depth)
	case *ast.ParenExpr:
		return c.strength(e.X, depth)
	case *ast.IndexExpr:
		return c.strength(e.X, depth)
	case *ast.BinaryExpr:
		return max(c.strength(e.X, depth), c.strength(e.Y, depth))
	}
	return coderules.NoKey
}

// keyFlowsFromAzure reports a plain key name whose value was read from an AZURE_* or other
// key-named setting in the file (apiKey := os.Getenv("AZURE_OPENAI_API_KEY")).
func (c *file) keyFlowsFromAzure(e ast.Expr) bool {
	found := false
	c.visitReads(e, 0, map[string]bool{}, func(read *ast.CallExpr, direct bool) {
		if v, ok := stringLit(read.Args[0]); ok && coderules.NameStrength(v, c.opts.KeyNames.Match(v)) >= coderules.GenericKey {
			found = true
		}
	})
	return found
}

// claimReads settles the env reads written into an openai.com call's arguments: they are
// openai.com's key, not an Azure one (no KL105).
func (c *file) claimReads(call *ast.CallExpr) {
	c.dismiss(call, coderules.DismissOpenAICom)
	for _, a := range call.Args {
		c.visitReads(a, 0, map[string]bool{}, func(read *ast.CallExpr, direct bool) {
			if direct {
				c.claimed[read] = true
			}
		})
	}
}

// dismiss records why a possible key use at n is not a finding (hit accounting).
func (c *file) dismiss(n ast.Node, why string) {
	c.dismissed = append(c.dismissed, Dismissal{Pos: n.Pos(), End: n.End(), Reason: why})
}

// azureClient reports an openai-go client built with azure.WithEndpoint or an Azure base URL.
func (c *file) azureClient(call *ast.CallExpr) bool {
	for _, a := range call.Args {
		inner, ok := a.(*ast.CallExpr)
		if !ok {
			continue
		}
		path, name := c.callee(inner)
		if isOpenAIGo(path, "azure") && name == "WithEndpoint" {
			return true
		}
		if isOpenAIGo(path, "option") && name == "WithBaseURL" && len(inner.Args) == 1 {
			if s, ok := stringLit(inner.Args[0]); ok && (azurectx.IsAzureHost(s) || azurectx.AzureV1Path(s)) {
				return true
			}
		}
	}
	return false
}

// mapLiteral reports a composite literal of a map type written out: map[K]V{...} or
// http.Header{...}.
func (c *file) mapLiteral(lit *ast.CompositeLit) bool {
	switch t := lit.Type.(type) {
	case *ast.MapType:
		return true
	case *ast.SelectorExpr:
		x, ok := t.X.(*ast.Ident)
		return ok && t.Sel.Name == "Header" && c.imports[x.Name] == "net/http"
	}
	return false
}

// headerLiteral checks http.Header{"Api-Key": {k}} and map[string][]string literals.
func (c *file) headerLiteral(lit *ast.CompositeLit) {
	for _, e := range lit.Elts {
		kv, ok := e.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		h, ok := stringLit(kv.Key)
		named := false
		if !ok && c.mapLiteral(lit) {
			// http.Header{authHeader: {k}}; a struct literal's keys are field names (Role:,
			// Model:), never constants to look up.
			h, ok = c.stringConst(kv.Key)
			named = ok
		}
		if !ok || !isKeyHeader(h) {
			continue
		}
		if c.notAKey(kv.Value) {
			c.dismiss(kv, coderules.DismissNoValue)
			continue
		}
		var fix *analysis.SuggestedFix
		if !named {
			fix = c.headerFix(kv, h, kv.Key, kv.Value, "{}")
		}
		c.report("KL104", kv, kv.Value, h+" header set on an HTTP request", fix)
	}
}

// headerIndexAssign checks req.Header["Api-Key"] = []string{k}.
func (c *file) headerIndexAssign(a *ast.AssignStmt) {
	if len(a.Lhs) != 1 || len(a.Rhs) != 1 {
		return
	}
	idx, ok := a.Lhs[0].(*ast.IndexExpr)
	if !ok {
		return
	}
	h, ok := stringLit(idx.Index)
	named := false
	if !ok {
		h, ok = c.stringConst(idx.Index) // header[constant.API_KEY] = key
		named = ok
	}
	if ok && isKeyHeader(h) && !c.notAKey(a.Rhs[0]) {
		var fix *analysis.SuggestedFix
		if !named {
			fix = c.headerFix(a, h, idx.Index, a.Rhs[0], "[]string{}")
		}
		c.report("KL104", a, a.Rhs[0], h+" header set on an HTTP request", fix)
	}
}

func isKeyHeader(h string) bool {
	switch strings.ToLower(strings.TrimSpace(h)) {
	case "api-key", "ocp-apim-subscription-key":
		return true
	}
	return false
}

// literal reports keys written into string literals (KL106): the context-free formats anywhere,
// a 32-hex value only in key context.
func (c *file) literal(lit *ast.BasicLit) {
	if lit.Kind != token.STRING {
		return
	}
	value, err := strconv.Unquote(lit.Value)
	if err != nil {
		return
	}
	for _, m := range keyformat.Find([]byte(lit.Value)) {
		c.diags = append(c.diags, analysis.Diagnostic{
			Pos: lit.Pos() + token.Pos(m.Start), End: lit.Pos() + token.Pos(m.End), Category: "KL106",
			Message: "KL106: hard-coded " + m.Describe() + " (rotate it, then remove it)",
		})
	}
	if !keyformat.IsClassicKey(value) {
		return
	}
	if ctx := c.literalContext(lit); ctx != "" {
		c.diags = append(c.diags, analysis.Diagnostic{
			Pos: lit.Pos() + 1, End: lit.End() - 1, Category: "KL106",
			Message: "KL106: hard-coded " + keyformat.Classic.String() + " in " + ctx + " (rotate it, then remove it)",
		})
	}
}

// literalContext names the key-like place a literal is used for, or "".
func (c *file) literalContext(lit *ast.BasicLit) string {
	// A literal is a value of its parent node; which parent says what it is used for. (Asking
	// the parent, not inspecting the file, keeps a file with many literals linear.)
	var ctx string
	if n := c.parents[lit]; n != nil {
		switch n := n.(type) {
		case *ast.ValueSpec:
			for i, v := range n.Values {
				if v == lit && i < len(n.Names) && azurectx.IsKeyLikeName(n.Names[i].Name) {
					ctx = n.Names[i].Name
				}
			}
		case *ast.AssignStmt:
			for i, v := range n.Rhs {
				if v == lit && i < len(n.Lhs) {
					if name := exprName(n.Lhs[i]); azurectx.IsKeyLikeName(name) || isKeyHeader(name) {
						ctx = name
					}
				}
			}
		case *ast.KeyValueExpr:
			if n.Value == lit {
				name := exprName(n.Key)
				if s, ok := stringLit(n.Key); ok {
					name = s
				}
				if azurectx.IsKeyLikeName(name) || isKeyHeader(name) {
					ctx = name
				}
			}
		case *ast.CallExpr:
			for _, a := range n.Args {
				if a == lit {
					path, name := c.callee(n)
					if path == azcorePath && name == "NewKeyCredential" || isOpenAIGo(path, "azure") && name == "WithAPIKey" || isOpenAIGo(path, "option") && name == "WithAPIKey" {
						ctx = name
					}
					if (name == "Set" || name == "Add" || name == "WithHeader") && len(n.Args) == 2 && n.Args[1] == lit {
						if h, ok := stringLit(n.Args[0]); ok && isKeyHeader(h) {
							ctx = h
						}
					}
				}
			}
		}
	}
	return ctx
}

func exprName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name
	case *ast.SelectorExpr:
		return e.Sel.Name
	case *ast.IndexExpr:
		s, _ := stringLit(e.Index)
		return s
	}
	return ""
}

// envReads reports key-like env reads (KL105) not covered by a finding on their line: in Azure
// context, when the name says AZURE, or when the value reaches a key credential or client.
func (c *file) envReads() {
	for _, r := range c.reads {
		if !azurectx.IsAIKeyName(r.name) || c.claimed[r.call] {
			continue
		}
		// A name the key-name globs match, in Azure context, naming Azure or reaching a key
		// finding; or any key-like name whose value reaches a key credential or client
		// (API_KEY fed to a client).
		// A name with no Azure word in it (OPENAI_API_KEY) is openai.com's as often as Azure's:
		// in an Azure file it counts when its value reaches a key finding.
		glob := c.opts.KeyNames.Match(r.name)
		azureName := coderules.NameStrength(r.name, glob) == coderules.AzureKey
		if glob && (azureName && c.azure || strings.Contains(strings.ToUpper(r.name), "AZURE") || c.flowing[r.call]) || c.toClient[r.call] {
			d := analysis.Diagnostic{
				Pos: r.call.Pos(), End: r.call.End(), Category: "KL105",
				Message: "KL105: key read from environment variable " + r.name + " (use Microsoft Entra ID instead of a key)",
			}
			if fix := c.removalOf(r.call); fix != nil {
				// The rewrite that removes this read, with its message saying so.
				shared := *fix
				shared.Message += "; the key read goes"
				d.SuggestedFixes = []analysis.SuggestedFix{shared}
			}
			c.diags = append(c.diags, d)
		}
	}
}

// report adds a diagnostic for rule at n, and settles the env reads feeding value.
// fromHeaderName returns a header setter call, or when the call puts the header's name on a
// later line (req.Header.Set(\n "api-key",\n k)) the part from the name on: a setter is
// reported where the header's name is, as a header map's entry is.
func (c *file) fromHeaderName(call *ast.CallExpr) ast.Node {
	if c.pass.Fset.Position(call.Args[0].Pos()).Line > c.pass.Fset.Position(call.Pos()).Line {
		return nodeSpan{call.Args[0].Pos(), call.End()}
	}
	return call
}

// nodeSpan is a range of source reported as one node.
type nodeSpan struct{ pos, end token.Pos }

func (s nodeSpan) Pos() token.Pos { return s.pos }
func (s nodeSpan) End() token.Pos { return s.end }

func (c *file) report(rule string, n ast.Node, value ast.Expr, msg string, fix *analysis.SuggestedFix) {
	if rule != "KL106" && c.madeUpInTest(value) {
		// APIKey: "test-key" in a _test.go file: a fixture no one fills in (a real-looking key
		// there is still KL106, which the key formats report).
		c.dismiss(n, coderules.DismissTestFixture)
		return
	}
	d := analysis.Diagnostic{Pos: n.Pos(), End: n.End(), Category: rule, Message: rule + ": " + msg}
	if fix != nil {
		d.SuggestedFixes = []analysis.SuggestedFix{*fix}
	}
	c.diags = append(c.diags, d)
	line := c.pass.Fset.Position(n.Pos()).Line
	c.visitReads(value, 0, map[string]bool{}, func(read *ast.CallExpr, direct bool) {
		if direct && c.pass.Fset.Position(read.Pos()).Line == line {
			c.claimed[read] = true
		} else {
			c.flowing[read] = true
			c.toClient[read] = c.toClient[read] || rule == "KL101" || rule == "KL102"
		}
	})
}

// visitReads finds env reads in an expression, following variables a few assignments deep.
func (c *file) visitReads(e ast.Expr, depth int, seen map[string]bool, visit func(*ast.CallExpr, bool)) {
	if e == nil || depth > 4 {
		return
	}
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			if c.isRead[n] {
				visit(n, depth == 0)
			}
		case *ast.Ident:
			if !seen[n.Name] {
				seen[n.Name] = true
				for _, v := range lastValues(c.valuesOf(n)) {
					c.visitReads(v, depth+1, seen, visit)
				}
			}
		}
		return true
	})
}

// valuesOf is what a variable may hold where id uses it: the values assigned to its name in
// the same top-level function, or at package level; for a parameter never assigned there, the
// values of that name anywhere in the file. A file that declares apiKey in each of its
// providers' functions (one of them reading AZURE_OPENAI_API_KEY) keeps them apart.
func (c *file) valuesOf(id *ast.Ident) []ast.Expr {
	vals := c.assigns[id.Name]
	if len(vals) == 0 {
		return nil
	}
	fn := c.topFunc(id.Pos())
	scoped := vals[:0:0]
	for _, v := range vals {
		if at := c.topFunc(v.Pos()); at == fn || at == nil {
			scoped = append(scoped, v)
		}
	}
	if len(scoped) == 0 && fn != nil && declares(fn.Type.Params, id.Name) {
		// A parameter its function never assigns: the file's callers pass it, most often by
		// the same name (main reads apiKey and calls Chat(apiKey, ...)). Only callers: a
		// key := os.Getenv("AZURE_OPENAI_API_KEY") in a function that never calls this one
		// says nothing of what SetAPIKey(provider, key string) is given.
		callers := c.callersOf(fn.Name.Name)
		for _, v := range vals {
			if slices.Contains(callers, c.topFunc(v.Pos())) {
				scoped = append(scoped, v)
			}
		}
	}
	return scoped
}

// callersOf returns the top-level functions of the file that call a function or method of
// that name (by the name alone: f(...), x.f(...)).
func (c *file) callersOf(name string) []*ast.FuncDecl {
	if c.callers == nil {
		c.callers = map[string][]*ast.FuncDecl{}
		for _, d := range c.f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			seen := map[string]bool{}
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				var callee string
				switch f := call.Fun.(type) {
				case *ast.Ident:
					callee = f.Name
				case *ast.SelectorExpr:
					callee = f.Sel.Name
				}
				if callee != "" && !seen[callee] {
					seen[callee] = true
					c.callers[callee] = append(c.callers[callee], fd)
				}
				return true
			})
		}
	}
	return c.callers[name]
}

// topFunc is the top-level function declaration holding pos, nil at package level.
func (c *file) topFunc(pos token.Pos) *ast.FuncDecl {
	decls := c.f.Decls
	i := sort.Search(len(decls), func(i int) bool { return decls[i].End() > pos })
	if i < len(decls) && decls[i].Pos() <= pos {
		if fd, ok := decls[i].(*ast.FuncDecl); ok {
			return fd
		}
	}
	return nil
}

// lastValues keeps the last few values assigned to a variable: following all of them costs
// assignments × uses in a file that reassigns one name (err) everywhere.
func lastValues(vals []ast.Expr) []ast.Expr {
	const keep = 8
	if len(vals) > keep {
		return vals[len(vals)-keep:]
	}
	return vals
}

// notAKey reports "", nil, or a variable only ever assigned those. Placeholders count as keys
// here: the code authenticates with a key once someone fills them in.
// madeUpInTest reports a value, in a test file, that is a literal in no key format
// ("test-key", "my-azure-key", "az"), directly or through the variables and constants holding
// it.
func (c *file) madeUpInTest(e ast.Expr) bool {
	if e == nil || !fixes.IsTestFile(c.pass.Fset.Position(c.f.Pos()).Filename) {
		return false
	}
	return c.madeUpDepth(e, 0)
}

func (c *file) madeUpDepth(e ast.Expr, depth int) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.BasicLit:
		s, ok := stringLit(e) // any literal in no key format: "test-key", "az", "old"
		if !ok {
			return false
		}
		_, real := keyformat.Classify(s)
		return !real
	case *ast.Ident:
		return c.everyValue(e, depth, c.madeUpDepth)
	}
	return false
}

// everyValue reports whether every value the variable or constant id may hold (a few
// assignments deep) satisfies holds.
func (c *file) everyValue(id *ast.Ident, depth int, holds func(ast.Expr, int) bool) bool {
	vals := c.valuesOf(id)
	if len(vals) == 0 || depth > 3 {
		return false
	}
	for _, v := range vals {
		if !holds(v, depth+1) {
			return false
		}
	}
	return true
}

func (c *file) notAKey(e ast.Expr) bool {
	return c.notAKeyDepth(e, 0)
}

func (c *file) notAKeyDepth(e ast.Expr, depth int) bool {
	switch e := e.(type) {
	case *ast.BasicLit:
		if e.Kind == token.INT || e.Kind == token.FLOAT {
			return true // map[string]int{"api-key": 1}: a count, never a key
		}
		s, ok := stringLit(e)
		return ok && strings.TrimSpace(s) == ""
	case *ast.Ident:
		if e.Name == "nil" || e.Name == "true" || e.Name == "false" {
			return true // map[string]bool{"api-key": true}: a set of header names to mask
		}
		return c.everyValue(e, depth, c.notAKeyDepth)
	}
	return false
}

// enclosingCall is the call whose arguments contain n.
func (c *file) enclosingCall(n ast.Node) *ast.CallExpr {
	for p := c.parents[n]; p != nil; p = c.parents[p] {
		call, ok := p.(*ast.CallExpr)
		if !ok {
			continue
		}
		for _, a := range call.Args {
			if a.Pos() <= n.Pos() && n.End() <= a.End() {
				return call
			}
		}
	}
	return nil
}

// stringConst is the string a name stands for: const apiKeyHeader = "api-key" in this file (or
// a variable assigned that one literal and nothing else), else a constant the types or
// Options.Consts know, of this package (AuthHeaderKey declared in init.go) or an imported one
// (constant.API_KEY).
func (c *file) stringConst(e ast.Expr) (string, bool) {
	switch e := e.(type) {
	case *ast.Ident:
		if vals := c.valuesOf(e); len(vals) > 0 {
			if len(vals) != 1 {
				return "", false
			}
			return stringLit(vals[0])
		}
		if v, ok := c.typedConst(e); ok {
			return v, true
		}
		if c.opts.Consts != nil && e.Name != "_" && !c.declaredLocally(e) {
			return c.opts.Consts("", e.Name)
		}
	case *ast.SelectorExpr:
		x, ok := e.X.(*ast.Ident)
		if !ok {
			return "", false
		}
		if v, ok := c.typedConst(e.Sel); ok {
			return v, true
		}
		if path, ok := c.imports[x.Name]; ok && c.opts.Consts != nil {
			return c.opts.Consts(path, e.Sel.Name)
		}
	}
	return "", false
}

// declaredLocally reports a name that a function enclosing it declares: a receiver,
// parameter or result, or a :=, range, var or const name in its body. It is not the package's
// (it shadows any constant of the package), so no other file decides its value.
func (c *file) declaredLocally(id *ast.Ident) bool {
	for n := c.parents[id]; n != nil; n = c.parents[n] {
		var ft *ast.FuncType
		var body *ast.BlockStmt
		switch f := n.(type) {
		case *ast.FuncDecl:
			if f.Recv != nil && declares(f.Recv, id.Name) {
				return true
			}
			ft, body = f.Type, f.Body
		case *ast.FuncLit:
			ft, body = f.Type, f.Body
		default:
			continue
		}
		if declares(ft.Params, id.Name) || declares(ft.Results, id.Name) || bodyDeclares(body, id.Name) {
			return true
		}
	}
	return false
}

// bodyDeclares reports a :=, range, var or const name in a function body.
func bodyDeclares(body *ast.BlockStmt, name string) bool {
	found := false
	ast.Inspect(body, func(m ast.Node) bool {
		switch m := m.(type) {
		case *ast.AssignStmt:
			if m.Tok == token.DEFINE {
				for _, l := range m.Lhs {
					if l, ok := l.(*ast.Ident); ok && l.Name == name {
						found = true
					}
				}
			}
		case *ast.RangeStmt:
			if m.Tok == token.DEFINE {
				for _, e := range []ast.Expr{m.Key, m.Value} {
					if e, ok := e.(*ast.Ident); ok && e.Name == name {
						found = true
					}
				}
			}
		case *ast.ValueSpec:
			for _, l := range m.Names {
				if l.Name == name {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

func declares(fl *ast.FieldList, name string) bool {
	if fl == nil {
		return false
	}
	for _, f := range fl.List {
		for _, n := range f.Names {
			if n.Name == name {
				return true
			}
		}
	}
	return false
}

// typedConst is a string constant's value from type information, when the driver has it.
func (c *file) typedConst(id *ast.Ident) (string, bool) {
	if c.pass.TypesInfo == nil {
		return "", false
	}
	k, ok := c.pass.TypesInfo.Uses[id].(*types.Const)
	if !ok || k.Val().Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(k.Val()), true
}

// StringLit is the value of a Go string literal (nothing for any other expression).
func StringLit(e ast.Expr) (string, bool) { return stringLit(e) }

func stringLit(e ast.Expr) (string, bool) {
	lit, ok := e.(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING {
		return "", false
	}
	s, err := strconv.Unquote(lit.Value)
	return s, err == nil
}
