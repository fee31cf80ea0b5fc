package java

import (
	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/coderules"
	"github.com/keylint/keylint/syntax"
)

// Checks of a key variable, rewritten when every credential the key fed becomes a
// DefaultAzureCredential (coderules.KeyCheckRewriter): the key is no longer needed, so
//   - a check among the settings that must be there (endpoint == null || key == null, or
//     endpoint != null && key != null) loses the key's operand;
//   - a check that chooses Azure by the key being set (if (key != null) { Azure client }
//     else { another service }) tests the Azure endpoint instead, when that endpoint is a
//     variable the code only uses where the key is set (so it is Azure's setting alone).

// ternary is the grammar's kind of a ? b : c.
const ternary = "ternary_expression"

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
		left, right := q.ChildByField("left"), q.ChildByField("right")
		if left == nil || right == nil {
			return keylint.Edit{}, "", false
		}
		if operand == left {
			return keylint.Edit{Start: left.Start, End: right.Start}, "the check of " + name + " goes", true
		}
		return keylint.Edit{Start: left.End, End: right.End}, "the check of " + name + " goes", true
	}
	branch := coderules.SetBranch(operand, set, ternary)
	if branch == nil {
		return keylint.Edit{}, "", false
	}
	var endpoint *syntax.Node
	for _, r := range rewritten {
		if within(r, branch) {
			endpoint = builderEndpoint(r)
			break
		}
	}
	if endpoint == nil || f.declaration(endpoint.Text()) == nil || !f.onlyWhereSet(endpoint.Text(), name) {
		return keylint.Edit{}, "", false
	}
	return keylint.Edit{Start: use.Start, End: use.End, New: endpoint.Text()}, "the check of " + name + " tests " + endpoint.Text() + " instead", true
}

// keyTest finds the test a reference to a key is part of: key == null, key != null (either
// way round), key.isEmpty(), key.isBlank(), or the negation of one of the last two. set
// reports a test that holds when the key is set.
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
	case "method_invocation":
		name := p.ChildByField("name")
		if use.Field != "object" || name == nil || name.Text() != "isEmpty" && name.Text() != "isBlank" || len(argList(p)) != 0 {
			return nil, false, false
		}
		if u := p.Parent(); u != nil && u.Kind == "unary_expression" && u.Start+1 == p.Start && u.Text()[0] == '!' {
			return u, true, true
		}
		return p, false, true
	}
	return nil, false, false
}

func within(n, outer *syntax.Node) bool { return outer.Start <= n.Start && n.End <= outer.End }

// builderEndpoint is the variable given to .endpoint(...) of the builder chain whose
// credential(new AzureKeyCredential(key)) holds key, or nil.
func builderEndpoint(key *syntax.Node) *syntax.Node {
	cred := key.Ancestor("object_creation_expression")
	if cred == nil || cred.Parent() == nil || cred.Parent().Kind != "argument_list" {
		return nil
	}
	call := cred.Parent().Parent()
	if call == nil || call.Kind != "method_invocation" {
		return nil
	}
	for call.Parent() != nil && call.Parent().Kind == "method_invocation" && call.Field == "object" {
		call = call.Parent()
	}
	var endpoint *syntax.Node
	for n := call; n != nil && n.Kind == "method_invocation"; n = n.ChildByField("object") {
		if name := n.ChildByField("name"); name != nil && name.Text() == "endpoint" {
			if args := argList(n); len(args) == 1 && args[0].Kind == "identifier" {
				if endpoint != nil {
					return nil
				}
				endpoint = args[0]
			}
		}
	}
	return endpoint
}

// onlyWhereSet reports a variable whose every use is in the branch some check of key takes
// when the key is set: a setting of the key's service alone.
func (f *file) onlyWhereSet(name, key string) bool {
	var branches []*syntax.Node
	var uses []*syntax.Node
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
