// Package coderules holds the code rules (KL101-KL107) once, for every language. A language
// checker turns its syntax tree into Facts (calls with named arguments, dictionary and object
// entries, header settings, environment reads, string literals, assignments) and a Syntax that
// answers small questions about its nodes; Check applies the rules to them.
package coderules

import (
	"strings"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/syntax"
)

// Syntax answers what the rules need to know about a language's nodes.
type Syntax interface {
	// StringValue returns the contents of a plain string literal (no interpolation).
	StringValue(n *syntax.Node) (string, bool)
	// IsNull reports None / null / undefined / nil.
	IsNull(n *syntax.Node) bool
	// IsCallable reports a lambda, arrow function or function expression.
	IsCallable(n *syntax.Node) bool
	// CallName returns the resolved short name of a call or constructor expression, or "".
	CallName(n *syntax.Node) string
	// IsVariable reports a name whose assignments can be followed: an identifier, a member
	// access (self.key, this.key) — not the member name inside a.b.
	IsVariable(n *syntax.Node) bool
}

// Facts is what a language checker learned about one file.
type Facts struct {
	Syntax Syntax
	// Azure is true when the file talks to Azure (see azurectx).
	Azure bool
	// OpenAIKeyAzure is true when the file points the openai SDK's own settings at Azure
	// (OPENAI_API_TYPE=azure in the environment, openai.api_type = "azure"): OPENAI_API_KEY is
	// then the Azure resource's key, not openai.com's.
	OpenAIKeyAzure bool
	Calls          []*Call
	// Configs are dictionary / object literals and dict variables, as key-value entries:
	// autogen's config_list is a client configuration without a client call.
	Configs [][]Entry
	Headers []Header
	// EnvReads are reads of one environment variable or app setting by a literal name.
	EnvReads []EnvRead
	// EnvWrites are environment accesses that set or delete a variable (os.environ["X"] = v,
	// delete process.env.X): never key reads, whatever the name.
	EnvWrites []*syntax.Node
	// Literals are string literals and the name of the place they are used in (a variable,
	// parameter, property or header), for the 32-hex classic key, which needs key context.
	Literals []Literal
	// Assigns maps a variable (or member access, as written) to the values assigned to it.
	Assigns map[string][]*syntax.Node
	// Funcs are names of functions defined in the file (callables: token providers).
	Funcs map[string]bool
	// LocalTypes are the classes, records and structs the file declares: building one of the
	// program's own settings types with a key is not authenticating with it.
	LocalTypes map[string]bool
	// OwnImports are names imported from the program's own modules (a relative path, a path
	// alias): its types and functions in other files.
	OwnImports map[string]bool
	// Rewriter proposes the keyless rewrites; nil for a language without them.
	Rewriter Rewriter
	// HeaderRewriter turns key headers into bearer tokens (KL104); nil for none.
	HeaderRewriter HeaderRewriter
}

// Call is a call or constructor with its arguments by name. Builders count as one call:
// new OpenAIClientBuilder().credential(c).endpoint(e) has arguments credential and endpoint.
type Call struct {
	Node *syntax.Node
	Name string // resolved short name: AzureOpenAI, AzureKeyCredential, OpenAIClientBuilder
	// Azure is true when the callee comes from an Azure SDK package (azure.*, @azure/*,
	// Azure.*, com.azure.*), whatever its name.
	Azure bool
	// NotAI is true when the callee comes from the SDK of an Azure service that is not an AI
	// service (azure.storage.blob, @azure/cosmos): the keys it takes are that service's.
	NotAI bool
	Args  []Arg
	// EnvFallback is true for a client that reads a key from the environment when it is given
	// no credential argument (KL107).
	EnvFallback bool
	// Opaque is true when arguments are spread in (**kwargs, ...opts) or passed in a way the
	// checker cannot name: a credential may be among them.
	Opaque bool
	// Own is true when the callee is the program's own code: imported from its own modules
	// (import { X } from "./x", "@/lib/x"), whose body, in another file, is where a key it is
	// handed reaches a client; or (JavaScript) a function of this file called by its name.
	Own bool
	// OwnProven is true when the language proves the callee is the program's own whatever its
	// name: a C# type in a file whose using directives name only .NET's, the program's own and
	// Azure's non-AI namespaces (new AzureOpenAIService(key, endpoint) there is a class of the
	// program, not an SDK's, as no SDK namespace is in scope).
	OwnProven bool
	// Setter is true for a UI state's setter (setSpeechKey of const [speechKey, setSpeechKey] =
	// useState(...)): it holds the value it is given, it authenticates nothing.
	Setter bool
}

// Arg is one argument. Name is the keyword, named-argument or property name, or the name the
// language checker gives a positional argument it knows; "" otherwise.
type Arg struct {
	Name  string
	Value *syntax.Node
	Site  *syntax.Node // what a finding points at: the keyword argument, property or value
	// Nested is an option of an object inside the options object (configurable: { apiKey }):
	// it counts for a client, it does not make a call one.
	Nested bool
	// Held is an entry of an object literal held in a variable the call is given whole
	// (const options = { endpoint, apiKey }; new AzureOpenAI(options)): its rewrite is the
	// settings object's, which also knows who else reads the variable.
	Held bool
}

// Entry is one key-value pair of a dictionary or object literal, or a subscript assignment.
type Entry struct {
	Key   string
	Value *syntax.Node
	Site  *syntax.Node
}

// Header is one HTTP header set on a request.
type Header struct {
	Name  string
	Value *syntax.Node // nil when the value is not an expression (curl -H "api-key: $K")
	Site  *syntax.Node
	// NameNode is the header's name argument of a setter call (Headers.Add("api-key", k)); a
	// call written over several lines is reported from the name's line, as a header map's
	// entry is.
	NameNode *syntax.Node
	// Query marks a key sent as a URL's query parameter (`wss://…/realtime?api-key=${key}`):
	// the same key authentication as the header, with no header to rewrite.
	Query bool
}

// EnvRead is a read of an environment variable or app setting by name.
type EnvRead struct {
	Name string
	Node *syntax.Node
}

// Literal is a string literal in a named place.
type Literal struct {
	Node    *syntax.Node
	Value   string
	Content keylint.Span // the literal's contents, for redaction
	Context string       // the variable, parameter, property or header it is used for; "" if none
}

// Norm folds a parameter or property name for comparison across languages:
// api_key, apiKey and ApiKey all become "apikey".
func Norm(name string) string {
	return strings.ToLower(strings.ReplaceAll(strings.ReplaceAll(name, "_", ""), "-", ""))
}

// QueryKeys returns the key query parameters of an interpolated string (a JS template literal,
// a Python f-string, a C# interpolated string): an interpolation right after `?api-key=` or
// `&subscription-key=` (`wss://${host}/openai/realtime?api-key=${key}`), as header facts
// marked Query.
func QueryKeys(s *syntax.Node) []Header {
	var out []Header
	prev := ""
	for c := s.FirstChild(); c != nil; c = c.NextSibling() {
		switch c.Kind {
		case "string_fragment", "string_content":
			prev = strings.ToLower(c.Text())
		case "template_substitution", "interpolation":
			for _, name := range []string{"api-key", "subscription-key"} {
				if strings.HasSuffix(prev, "?"+name+"=") || strings.HasSuffix(prev, "&"+name+"=") {
					if v := c.NamedChildren(); len(v) > 0 {
						out = append(out, Header{Name: name, Value: v[0], Site: s, Query: true})
					}
				}
			}
			prev = ""
		default:
			prev = ""
		}
	}
	return out
}
