// Package shell checks shell scripts (sh, bash, zsh) for key-based authentication to Azure AI
// services: curl/wget/httpie requests with an api-key or Ocp-Apim-Subscription-Key header
// (KL104), key variables read from the environment (KL105), hard-coded keys (KL106) and
// `az cognitiveservices account keys list` (KL302) and `az role assignment create` with a
// key-reading role (KL303).
package shell

import (
	"regexp"
	"slices"
	"strings"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/coderules"
	"github.com/keylint/keylint/analyzers/iac"
	"github.com/keylint/keylint/check"
	"github.com/keylint/keylint/syntax"
)

// Checker implements check.Checker for shell scripts.
type Checker struct{}

// Langs returns the languages this checker reads.
func (Checker) Langs() []keylint.Lang { return []keylint.Lang{keylint.Shell} }

// Check runs the rules on one script.
func (Checker) Check(p *check.Pass) {
	if p.Tree == nil || p.Tree.Root() == nil {
		return
	}
	f := &file{pass: p}
	f.facts = &coderules.Facts{Syntax: f, HeaderRewriter: f, Assigns: map[string][]*syntax.Node{}, Funcs: map[string]bool{}}
	var listKeys, roles []*syntax.Node
	assigned := map[string]bool{}
	var expansions []*syntax.Node
	markers := p.Opts.Markers
	p.Tree.Walk(func(n *syntax.Node) {
		switch n.Kind {
		case "variable_assignment":
			name, value := n.ChildByField("name"), n.ChildByField("value")
			if name == nil || value == nil {
				return
			}
			assigned[name.Text()] = true
			for _, ref := range []string{"$" + name.Text(), "${" + name.Text() + "}"} {
				f.facts.Assigns[ref] = append(f.facts.Assigns[ref], value)
			}
			if v, ok := stringValue(value); ok {
				f.facts.Literals = append(f.facts.Literals, coderules.Literal{Node: value, Value: v, Content: contentSpan(value), Context: name.Text()})
			}
		case "function_definition":
			if name := n.ChildByField("name"); name != nil {
				f.facts.Funcs[name.Text()] = true
			}
		case "command":
			if isListKeys(n) {
				listKeys = append(listKeys, n)
			}
			if isRoleAssignment(n) {
				roles = append(roles, n)
			}
			if settingWrite(n) {
				f.facts.EnvWrites = append(f.facts.EnvWrites, n)
			}
			f.addHeaders(n)
		case "unset_command": // unset AZURE_OPENAI_API_KEY: the variable removed, not read
			f.facts.EnvWrites = append(f.facts.EnvWrites, n)
		case "simple_expansion", "expansion":
			expansions = append(expansions, n)
		case "word", "string_content", "variable_name":
			if !f.facts.Azure && markers.In(n.Text()) {
				f.facts.Azure = true
			}
		}
	})
	// A variable the script never assigns comes from the environment. One only tested or shown
	// ([ -n "$AZURE_OPENAI_API_KEY" ], echo "${KEY:0:8}...") is handled, not used.
	var handled []*syntax.Node
	for _, e := range expansions {
		if name := expansionName(e); name != "" && !assigned[name] {
			if testedOrShown(e) {
				handled = append(handled, e)
				continue
			}
			f.facts.EnvReads = append(f.facts.EnvReads, coderules.EnvRead{Name: name, Node: e})
		}
	}
	rules := coderules.New(p, f.facts)
	for _, e := range handled {
		rules.Dismiss(e, coderules.DismissHandling)
	}
	for _, n := range roles {
		f.role(n)
	}
	for _, n := range listKeys {
		rules.Report("KL302", n, "account key read with az cognitiveservices account keys list: assign \"Cognitive Services OpenAI User\" (5e0bd9bd-7b93-4f28-af87-19fc36ad61bd) to the app's managed identity instead")
	}
	rules.Run()
}

type file struct {
	pass  *check.Pass
	facts *coderules.Facts
}

// isListKeys matches `az cognitiveservices account keys list`.
func isListKeys(cmd *syntax.Node) bool {
	if name := cmd.ChildByField("name"); name == nil || name.Text() != "az" {
		return false
	}
	var words []string
	for _, a := range cmd.NamedChildren() {
		if a.Field == "argument" {
			words = append(words, a.Text())
		}
	}
	want := []string{"cognitiveservices", "account", "keys", "list"}
	return len(words) >= len(want) && strings.Join(words[:len(want)], " ") == strings.Join(want, " ")
}

// isRoleAssignment matches `az role assignment create`.
func isRoleAssignment(cmd *syntax.Node) bool {
	words := azWords(cmd)
	return len(words) >= 3 && words[0] == "role" && words[1] == "assignment" && words[2] == "create"
}

// settingWrites are commands that store a setting on a host or in a secret store, by their
// first words: the name given is written there, not read.
var settingWrites = [][]string{
	{"vercel", "env", "add"}, {"netlify", "env:set"}, {"heroku", "config:set"}, {"gh", "secret", "set"},
	{"gh", "variable", "set"}, {"azd", "env", "set"}, {"dotnet", "user-secrets", "set"}, {"flyctl", "secrets", "set"},
	{"fly", "secrets", "set"}, {"railway", "variables", "--set"}, {"az", "keyvault", "secret", "set"},
	{"az", "appconfig", "kv", "set"},
}

// settingWrite reports a command of settingWrites: vercel env add AZURE_OPENAI_API_KEY production.
func settingWrite(cmd *syntax.Node) bool {
	name := cmd.ChildByField("name")
	if name == nil {
		return false
	}
	words := []string{name.Text()}
	for _, a := range cmd.NamedChildren() {
		if a.Field == "argument" && len(words) < 4 {
			words = append(words, a.Text())
		}
	}
	for _, w := range settingWrites {
		if len(words) >= len(w) && slices.Equal(words[:len(w)], w) {
			return true
		}
	}
	return false
}

func azWords(cmd *syntax.Node) []string {
	if name := cmd.ChildByField("name"); name == nil || name.Text() != "az" {
		return nil
	}
	var words []string
	for _, a := range cmd.NamedChildren() {
		if a.Field == "argument" {
			words = append(words, a.Text())
		}
	}
	return words
}

// role reports `az role assignment create --role` with a key-reading role (KL303), by name or
// id, written there or in a variable the script sets; not for a user principal.
func (f *file) role(cmd *syntax.Node) {
	var args []*syntax.Node
	for _, a := range cmd.NamedChildren() {
		if a.Field == "argument" {
			args = append(args, a)
		}
	}
	var role *syntax.Node
	value := ""
	for i, a := range args {
		text := unquote(a.Text())
		switch {
		case text == "--role" && i+1 < len(args):
			role, value = args[i+1], f.resolve(args[i+1])
		case strings.HasPrefix(text, "--role="):
			role, value = a, strings.TrimPrefix(text, "--role=")
		case text == "--assignee-principal-type" && i+1 < len(args) && strings.EqualFold(unquote(args[i+1].Text()), "User"):
			return // a developer's own access
		}
	}
	if role == nil {
		return
	}
	if name := iac.KeyReaderRole(value); name != "" {
		f.pass.Reportf("KL303", keylint.Span{Start: role.Start, End: role.End}, iac.RoleMessage(name))
	}
}

// resolve returns a word's text, or for $NAME / "${NAME}" the string the script assigns it.
func (f *file) resolve(n *syntax.Node) string {
	text := n.Text()
	ref := strings.Trim(text, "\"")
	for _, v := range f.facts.Assigns[ref] {
		if s, ok := stringValue(v); ok {
			text += " " + s
		}
	}
	return text
}

// httpClients send headers given as -H "Name: value" (curl), --header="Name: value" (wget) or
// Name:value words (httpie, xh).
var httpClients = map[string]bool{"curl": true, "wget": true, "http": true, "https": true, "xh": true, "xhs": true}

func (f *file) addHeaders(cmd *syntax.Node) {
	name := cmd.ChildByField("name")
	if name == nil {
		return
	}
	var args []*syntax.Node
	for _, a := range cmd.NamedChildren() {
		if a.Field == "argument" {
			args = append(args, a)
		}
	}
	if name.Text() == "az" && len(args) > 0 && wordText(args[0]) == "rest" {
		f.azRestHeaders(args[1:])
		return
	}
	if !httpClients[name.Text()] {
		return
	}
	for i, a := range args {
		switch text := wordText(a); {
		case (text == "-H" || text == "--header") && i+1 < len(args):
			f.header(args[i+1], wordText(args[i+1]))
		case strings.HasPrefix(text, "--header="):
			f.header(a, unquote(strings.TrimPrefix(text, "--header=")))
		case strings.HasPrefix(text, "-H") && len(text) > 2:
			f.header(a, text[2:])
		case name.Text() != "curl" && name.Text() != "wget" && strings.Contains(text, ":") && !strings.Contains(text, "://"):
			f.header(a, text) // httpie: api-key:$KEY
		}
	}
}

// jsonHeader is one "Name": "value" member of a JSON object of headers.
var jsonHeader = regexp.MustCompile(`"([A-Za-z0-9-]+)"\s*:\s*"([^"]*)"`)

// azRestHeaders reads the headers of az rest: --headers Name=value ... (words up to the next
// option) or a JSON object, --headers '{"api-key": "..."}'.
func (f *file) azRestHeaders(args []*syntax.Node) {
	for i := 0; i < len(args); i++ {
		text := wordText(args[i])
		var values []*syntax.Node
		switch {
		case text == "--headers":
			for i+1 < len(args) && !strings.HasPrefix(wordText(args[i+1]), "--") {
				i++
				values = append(values, args[i])
			}
		case strings.HasPrefix(text, "--headers="):
			values = append(values, args[i])
		default:
			continue
		}
		for _, v := range values {
			word := strings.TrimPrefix(wordText(v), "--headers=")
			if strings.HasPrefix(strings.TrimSpace(word), "{") {
				for _, m := range jsonHeader.FindAllStringSubmatch(word, -1) {
					f.headerValue(v, m[1], m[2])
				}
				continue
			}
			if h, value, ok := strings.Cut(word, "="); ok {
				f.headerValue(v, h, value)
			}
		}
	}
}

// header records "Name: value" given in arg.
func (f *file) header(arg *syntax.Node, text string) {
	h, value, ok := strings.Cut(text, ":")
	if ok {
		f.headerValue(arg, h, value)
	}
}

// headerValue records the header h with value given in arg.
func (f *file) headerValue(arg *syntax.Node, h, value string) {
	if !coderules.IsKeyHeader(h) {
		return
	}
	value = strings.TrimSpace(value)
	f.facts.Headers = append(f.facts.Headers, coderules.Header{Name: h, Value: arg, Site: arg})
	if !strings.ContainsAny(value, "$`") {
		// A literal value: a 32-hex key there is in key context.
		i := strings.Index(arg.Text(), value)
		if i >= 0 && value != "" {
			f.facts.Literals = append(f.facts.Literals, coderules.Literal{
				Node: arg, Value: value, Content: keylint.Span{Start: arg.Start + i, End: arg.Start + i + len(value)}, Context: h,
			})
		}
	}
}

// testedOrShown reports an expansion in a test ([ -n "$K" ], [[ -z $K ]], test -n "$K") or an
// argument of echo or printf: the script checks or shows the value, it does not use it.
func testedOrShown(n *syntax.Node) bool {
	for p := n.Parent(); p != nil; p = p.Parent() {
		switch p.Kind {
		case "test_command":
			return true
		case "command":
			name := p.ChildByField("name")
			if name == nil {
				return false
			}
			switch strings.TrimSpace(name.Text()) {
			case "echo", "printf", "test", "[":
				return true
			}
			return false
		}
	}
	return false
}

func expansionName(n *syntax.Node) string {
	if v := n.ChildOfKind("variable_name"); v != nil {
		return v.Text()
	}
	return ""
}

// wordText is a word as the shell passes it, quotes removed: 'api-key: '$KEY, a concatenation of
// a quoted part and an expansion, is "api-key: $KEY".
func wordText(n *syntax.Node) string {
	if n.Kind != "concatenation" {
		return unquote(n.Text())
	}
	var b strings.Builder
	for _, c := range n.NamedChildren() {
		b.WriteString(unquote(c.Text()))
	}
	return b.String()
}

func unquote(s string) string {
	if len(s) >= 2 && (s[0] == '"' && s[len(s)-1] == '"' || s[0] == '\'' && s[len(s)-1] == '\'') {
		return s[1 : len(s)-1]
	}
	return s
}

// stringValue returns the value of a word, a 'raw string' or a "string" without expansions.
func stringValue(n *syntax.Node) (string, bool) {
	switch n.Kind {
	case "word", "raw_string":
		return unquote(n.Text()), true
	case "string":
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			if c.Named && c.Kind != "string_content" {
				return "", false
			}
		}
		return unquote(n.Text()), true
	}
	return "", false
}

func contentSpan(n *syntax.Node) keylint.Span {
	if n.Kind == "string" || n.Kind == "raw_string" {
		if n.End-n.Start >= 2 {
			return keylint.Span{Start: n.Start + 1, End: n.End - 1}
		}
	}
	return keylint.Span{Start: n.Start, End: n.End}
}

// StringValue implements coderules.Syntax.
func (f *file) StringValue(n *syntax.Node) (string, bool) { return stringValue(n) }

// IsNull implements coderules.Syntax.
func (f *file) IsNull(n *syntax.Node) bool { return false }

// IsCallable implements coderules.Syntax.
func (f *file) IsCallable(n *syntax.Node) bool { return false }

// CallName implements coderules.Syntax.
func (f *file) CallName(n *syntax.Node) string { return "" }

// IsVariable implements coderules.Syntax: $NAME and ${NAME}.
func (f *file) IsVariable(n *syntax.Node) bool {
	return n.Kind == "simple_expansion" || n.Kind == "expansion"
}
