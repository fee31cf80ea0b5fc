package java

import (
	"bytes"
	"sort"
	"strings"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/coderules"
	"github.com/keylint/keylint/syntax"
)

// The keyless rewrites for Java (RULES.md "Fixes"): a key credential becomes
// new DefaultAzureCredentialBuilder().build(), which the Azure SDK builders' credential(...)
// and LangChain4j's tokenCredential(...) accept.

const credentialExpr = "new DefaultAzureCredentialBuilder().build()"

// openAIJavaBearerExpr is openai-java's keyless credential for Azure OpenAI.
const openAIJavaBearerExpr = `BearerTokenCredential.create(AuthenticationUtil.getBearerTokenSupplier(new DefaultAzureCredentialBuilder().build(), "https://cognitiveservices.azure.com/.default"))`

// KeyCredential implements coderules.Rewriter: new AzureKeyCredential(key) and
// new KeyCredential(key) become a DefaultAzureCredential. A declaration typed with the key
// credential gets the new type.
func (f *file) KeyCredential(c *coderules.Call) ([]keylint.Edit, string) {
	if c.Name == "AzureApiKeyCredential.create" {
		// openai-java takes its own Credential: a bearer token supplied by azure-identity.
		edits := []keylint.Edit{{Start: c.Node.Start, End: c.Node.End, New: openAIJavaBearerExpr}}
		edits = append(edits, f.addImports("com.azure.identity.AuthenticationUtil", "com.azure.identity.DefaultAzureCredentialBuilder", "com.openai.credential.BearerTokenCredential")...)
		return edits, "Use a bearer token from DefaultAzureCredential instead of the key"
	}
	edits := []keylint.Edit{{Start: c.Node.Start, End: c.Node.End, New: credentialExpr}}
	imports := []string{"com.azure.identity.DefaultAzureCredentialBuilder"}
	if t := declaredType(c.Node); t != nil {
		if name, _ := f.typeName(t); name == c.Name {
			edits = append(edits, keylint.Edit{Start: t.Start, End: t.End, New: "DefaultAzureCredential"})
			imports = append(imports, "com.azure.identity.DefaultAzureCredential")
		}
	}
	return append(edits, f.addImports(imports...)...), "Use DefaultAzureCredential instead of the key"
}

func declaredType(value *syntax.Node) *syntax.Node {
	p := value.Parent()
	if p == nil || p.Kind != "variable_declarator" || p.Parent() == nil {
		return nil
	}
	t := p.Parent().ChildByField("type")
	if t == nil || t.Text() == "var" {
		return nil
	}
	return t
}

// KeyArg implements coderules.Rewriter: LangChain4j's Azure OpenAI builders take
// .tokenCredential(credential) where they took .apiKey(key).
func (f *file) KeyArg(c *coderules.Call, a coderules.Arg) ([]keylint.Edit, string) {
	if !strings.HasPrefix(c.Name, "AzureOpenAi") || a.Site.Text() != "apiKey" {
		return nil, ""
	}
	call := a.Site.Parent()
	args := call.ChildByField("arguments")
	if call == nil || args == nil || args.End-args.Start < 2 {
		return nil, ""
	}
	edits := []keylint.Edit{
		{Start: a.Site.Start, End: a.Site.End, New: "tokenCredential"},
		{Start: args.Start + 1, End: args.End - 1, New: credentialExpr},
	}
	return append(edits, f.addImports("com.azure.identity.DefaultAzureCredentialBuilder")...), "Use tokenCredential with DefaultAzureCredential"
}

// AddCredential implements coderules.Rewriter: no Java client falls back to an environment key.
func (f *file) AddCredential(*coderules.Call) ([]keylint.Edit, string) { return nil, "" }

// addImports returns the edit adding the imports the file lacks, after its last import (or
// its package declaration).
func (f *file) addImports(names ...string) []keylint.Edit {
	return f.importMemo.Get(strings.Join(names, ","), func() coderules.ImportEdits {
		return coderules.ImportEdits{Edits: f.computeImports(names...), OK: true}
	}).Edits
}

func (f *file) computeImports(names ...string) []keylint.Edit {
	sort.Strings(names)
	var missing []string
	for _, name := range names {
		simple := name[strings.LastIndexByte(name, '.')+1:]
		pkg := name[:strings.LastIndexByte(name, '.')]
		if f.imports[simple] == name || bytes.Contains(f.pass.Src, []byte("import "+pkg+".*;")) {
			continue
		}
		missing = append(missing, "import "+name+";\n")
	}
	if len(missing) == 0 {
		return nil
	}
	var after *syntax.Node
	for _, n := range f.pass.Tree.TopLevel() {
		if n.Kind == "import_declaration" || n.Kind == "package_declaration" && after == nil {
			after = n
		}
	}
	text := strings.Join(missing, "")
	at := 0
	if after != nil {
		src := f.pass.Src
		nl := bytes.IndexByte(src[after.End:], '\n')
		if nl < 0 {
			return []keylint.Edit{{Start: len(src), End: len(src), New: "\n" + strings.TrimSuffix(text, "\n")}}
		}
		at = after.End + nl + 1
		if after.Kind == "package_declaration" {
			text = "\n" + text
		}
	}
	return []keylint.Edit{{Start: at, End: at, New: text}}
}
