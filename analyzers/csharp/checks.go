package csharp

import (
	"strings"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/coderules"
	"github.com/keylint/keylint/syntax"
)

// Checks of a key variable, rewritten when every credential the key fed becomes a
// DefaultAzureCredential (coderules.KeyCheckRewriter): the key is no longer needed, so
//   - a check among the settings that must be there (string.IsNullOrEmpty(endpoint) ||
//     string.IsNullOrEmpty(key), or their negations joined by &&) loses the key's operand;
//   - a check that chooses Azure by the key being set (if (key != null) { Azure client }
//     else { another service }) tests the Azure endpoint instead, when that endpoint is a
//     variable the code only uses where the key is set (so it is Azure's setting alone).

// ternary is the grammar's kind of a ? b : c.
const ternary = "conditional_expression"

// KeyCheck implements coderules.KeyCheckRewriter.
func (f *file) KeyCheck(use *syntax.Node, rewritten []*syntax.Node) (keylint.Edit, string, bool) {
	test, set, ok := keyTest(use)
	if !ok {
		return keylint.Edit{}, "", false
	}
	operand, q := coderules.Unparen(test)
	name := use.Text()
	if q != nil && q.Kind == "binary_expression" {
		// "missing || missing" and "set && set" list required settings; other mixes decide
		// something else.
		want := "||"
		if set {
			want = "&&"
		}
		if coderules.BinaryOperator(q) != want || !coderules.IsCondition(q, want, ternary) {
			return keylint.Edit{}, "", false
		}
		return coderules.DropOperand(q, operand), "the check of " + name + " goes", true
	}
	branch := coderules.SetBranch(operand, set, ternary)
	if branch == nil {
		return keylint.Edit{}, "", false
	}
	if e, ok := f.keylessBranch(operand, set, rewritten); ok {
		return e, "the key's branch goes, the keyless one stays", true
	}
	var endpoint *syntax.Node
	for _, r := range rewritten {
		if within(r, branch) {
			endpoint = clientEndpoint(r)
			break
		}
	}
	if endpoint == nil {
		return keylint.Edit{}, "", false
	}
	if decl, _ := f.declaration(endpoint.Text()); decl == nil || !f.onlyWhereSet(endpoint.Text(), name) {
		return keylint.Edit{}, "", false
	}
	return keylint.Edit{Start: use.Start, End: use.End, New: endpoint.Text()}, "the check of " + name + " tests " + endpoint.Text() + " instead", true
}

// keyTest finds the test a reference to a key is part of: key == null, key != null (either
// way round), string.IsNullOrEmpty(key), string.IsNullOrWhiteSpace(key), or the negation of
// one of the last two. set reports a test that holds when the key is set.
func keyTest(use *syntax.Node) (test *syntax.Node, set, ok bool) {
	p := use.Parent()
	if p == nil {
		return nil, false, false
	}
	switch p.Kind {
	case "binary_expression":
		other := p.ChildByField("right")
		if use == other {
			other = p.ChildByField("left")
		}
		op := coderules.BinaryOperator(p)
		if other == nil || other.Kind != "null_literal" || op != "==" && op != "!=" {
			return nil, false, false
		}
		return p, op == "!=", true
	case "argument":
		args := p.Parent()
		call := args.Parent()
		if p.ChildByField("name") != nil || len(args.NamedChildren()) != 1 || call == nil || call.Kind != "invocation_expression" {
			return nil, false, false
		}
		fn := call.ChildByField("function")
		if fn == nil {
			return nil, false, false
		}
		switch fn.Text() {
		case "string.IsNullOrEmpty", "string.IsNullOrWhiteSpace", "String.IsNullOrEmpty", "String.IsNullOrWhiteSpace":
		default:
			return nil, false, false
		}
		if u := call.Parent(); u != nil && u.Kind == "prefix_unary_expression" && strings.HasPrefix(u.Text(), "!") {
			return u, true, true
		}
		return call, false, true
	}
	return nil, false, false
}

// clientEndpoint is the variable a client is built with as its endpoint, E in
// new XClient(new Uri(E), new ApiKeyCredential(key)), or nil.
func clientEndpoint(key *syntax.Node) *syntax.Node {
	cred := key.Ancestor("object_creation_expression")
	if cred == nil || cred.Parent() == nil || cred.Parent().Kind != "argument" {
		return nil
	}
	client := cred.Parent().Parent().Parent()
	if client == nil || client.Kind != "object_creation_expression" {
		return nil
	}
	args := client.ChildByField("arguments")
	if args == nil || len(args.NamedChildren()) < 2 {
		return nil
	}
	ep := argValue(args.NamedChildren()[0])
	if ep != nil && ep.Kind == "object_creation_expression" && ep.ChildByField("type") != nil && ep.ChildByField("type").Text() == "Uri" {
		if a := ep.ChildByField("arguments"); a != nil && len(a.NamedChildren()) == 1 {
			ep = argValue(a.NamedChildren()[0])
		}
	}
	if ep == nil || ep.Kind != "identifier" {
		return nil
	}
	return ep
}

// onlyWhereSet reports a variable whose every use is in the branch some check of key takes
// when the key is set: a setting of the key's service alone.
func (f *file) onlyWhereSet(name, key string) bool {
	var branches, uses []*syntax.Node
	for i := range f.pass.Tree.Nodes {
		n := &f.pass.Tree.Nodes[i]
		if n.Kind != "identifier" {
			continue
		}
		switch n.Text() {
		case key:
			if test, set, ok := keyTest(n); ok {
				if operand, _ := coderules.Unparen(test); coderules.SetBranch(operand, set, ternary) != nil {
					branches = append(branches, coderules.SetBranch(operand, set, ternary))
				}
			}
		case name:
			if p := n.Parent(); p != nil && p.Kind == "variable_declarator" && n.Field == "name" {
				continue
			}
			uses = append(uses, n)
		}
	}
	for _, u := range uses {
		inside := false
		for _, b := range branches {
			inside = inside || within(u, b)
		}
		if !inside {
			return false
		}
	}
	return len(uses) > 0
}

// keylessBranch returns the edit keeping the keyless branch of
// string.IsNullOrEmpty(key) ? new C(e, new AzureCliCredential()) : new C(e, new ApiKeyCredential(key)):
// the same client built with a token credential and otherwise the same arguments, which is
// what the key's branch becomes anyway.
func (f *file) keylessBranch(cond *syntax.Node, set bool, rewritten []*syntax.Node) (keylint.Edit, bool) {
	p := cond.Parent()
	if p.Kind != "conditional_expression" {
		return keylint.Edit{}, false
	}
	keyed, keyless := p.ChildByField("consequence"), p.ChildByField("alternative")
	if !set {
		keyed, keyless = keyless, keyed
	}
	if keyed == nil || keyless == nil {
		return keylint.Edit{}, false
	}
	keyed, keyless = unwrap(keyed), unwrap(keyless)
	key := f.differingCredential(keyed, keyless)
	if key == nil || !holdsOne(key, rewritten) {
		return keylint.Edit{}, false
	}
	return keylint.Edit{Start: p.Start, End: p.End, New: keyless.Text()}, true
}

// keylessAlternative returns the edit replacing the conditional that chooses between the key
// credential cred and a token credential, test(key) ? C(..., cred, ...) : C(..., new
// AzureCliCredential(), ...), with its keyless branch.
func (f *file) keylessAlternative(cred *syntax.Node) (keylint.Edit, bool) {
	args := cred.ChildByField("arguments")
	if args == nil || len(args.NamedChildren()) != 1 || cred.Parent() == nil || cred.Parent().Kind != "argument" {
		return keylint.Edit{}, false
	}
	key := argValue(args.NamedChildren()[0])
	call := cred.Parent().Parent().Parent() // argument -> argument_list -> the call
	if call == nil {
		return keylint.Edit{}, false // an argument list with no call (broken code)
	}
	branch, _ := coderules.Unparen(call)
	p := branch.Parent()
	if key == nil || p == nil || p.Kind != "conditional_expression" || branch.Field == "condition" {
		return keylint.Edit{}, false
	}
	other := p.ChildByField("alternative")
	if branch.Field == "alternative" {
		other = p.ChildByField("consequence")
	}
	cond := p.ChildByField("condition")
	if other == nil || cond == nil {
		return keylint.Edit{}, false
	}
	if k := f.differingCredential(unwrap(branch), unwrap(other)); k == nil || k.Start != cred.Start || k.End != cred.End {
		return keylint.Edit{}, false
	}
	// The condition tests the key itself, and picks this branch when it is set.
	found := false
	desc := cond.Descendants()
	for i := range desc {
		d := &desc[i]
		if d.Kind != key.Kind || d.Text() != key.Text() {
			continue
		}
		test, set, ok := keyTest(d)
		if outer, _ := coderules.Unparen(test); ok && outer == cond && (branch.Field == "consequence") == set {
			found = true
		}
	}
	if !found {
		return keylint.Edit{}, false
	}
	return keylint.Edit{Start: p.Start, End: p.End, New: unwrap(other).Text()}, true
}

// differingCredential compares two constructions or calls of the same thing whose arguments
// are the same but one: a key credential's creation in keyed, a token credential's in keyless.
// It returns that key credential creation, or nil.
func (f *file) differingCredential(keyed, keyless *syntax.Node) *syntax.Node {
	if keyed.Kind != keyless.Kind {
		return nil
	}
	field := map[string]string{"object_creation_expression": "type", "invocation_expression": "function"}[keyed.Kind]
	if field == "" {
		return nil
	}
	if a, b := keyed.ChildByField(field), keyless.ChildByField(field); a == nil || b == nil || a.Text() != b.Text() {
		return nil
	}
	ka, la := keyed.ChildByField("arguments"), keyless.ChildByField("arguments")
	if ka == nil || la == nil || len(ka.NamedChildren()) != len(la.NamedChildren()) {
		return nil
	}
	var found *syntax.Node
	for i, a := range ka.NamedChildren() {
		b := la.NamedChildren()[i]
		if a.Text() == b.Text() {
			continue
		}
		key, token := argValue(a), argValue(b)
		if found != nil || key == nil || token == nil || key.Kind != "object_creation_expression" || token.Kind != "object_creation_expression" {
			return nil
		}
		if key.ChildByField("type") == nil || token.ChildByField("type") == nil {
			return nil
		}
		kt, _ := f.typeName(key.ChildByField("type"))
		tt, _ := f.typeName(token.ChildByField("type"))
		if kt != "ApiKeyCredential" && kt != "AzureKeyCredential" || !tokenCredentials[tt] {
			return nil
		}
		found = key
	}
	return found
}

// tokenCredentials are Azure.Identity's credentials that a sample picks for its keyless path.
var tokenCredentials = map[string]bool{
	"DefaultAzureCredential": true, "AzureCliCredential": true, "ManagedIdentityCredential": true,
	"ChainedTokenCredential": true, "AzureDeveloperCliCredential": true, "InteractiveBrowserCredential": true,
	"EnvironmentCredential": true, "WorkloadIdentityCredential": true, "VisualStudioCredential": true,
}

func unwrap(n *syntax.Node) *syntax.Node {
	for n.Kind == "parenthesized_expression" && len(n.NamedChildren()) == 1 {
		n = n.NamedChildren()[0]
	}
	return n
}

func holdsOne(n *syntax.Node, nodes []*syntax.Node) bool {
	for _, r := range nodes {
		if within(r, n) {
			return true
		}
	}
	return false
}
