package coderules

import (
	"strconv"
	"strings"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/keyformat"
	"github.com/keylint/keylint/syntax"
)

// valueSecrets finds the string literals a key value is made of and records them as the
// finding's secrets, so every output hides them. A literal in a key format is also a
// hard-coded key (KL106) wherever it sits in the expression: api_key=("…"),
// os.environ.get(...) or "…", "…".strip(), b"…".decode(), process.env.K ?? "…", and in a
// variable the value is read from.
func (r *Rules) valueSecrets(fd *keylint.Finding, value *syntax.Node, where string) {
	if fd == nil || value == nil {
		return
	}
	r.keyLiterals(value, newTrace(), func(l *Literal) {
		if keyformat.IsPlaceholder(l.Value) || keyformat.IsPlainText(l.Value) {
			return // "<your-api-key>", "banana", "EndpointKey ": shown whole, they say what they are
		}
		if l.Content.End > l.Content.Start {
			fd.Secrets = append(fd.Secrets, l.Content)
		}
		if m, ok := keyformat.Classify(l.Value); ok {
			if kd := r.Report("KL106", l.Node, "hard-coded "+m.Describe()+" in "+where); kd != nil {
				kd.Secrets = append(kd.Secrets, l.Content)
			}
		}
	})
}

// keyLiterals visits the literals whose text becomes the value of v: v itself, operands of
// operators and conditionals, receivers of method calls, and the values of variables v reads.
// Arguments of calls inside v (the name in os.environ.get("K")) and subscripts (config["key"])
// are names, not the value.
func (r *Rules) keyLiterals(v *syntax.Node, tr *trace, visit func(*Literal)) {
	if r.literalAt == nil {
		r.literalAt = make(map[*syntax.Node]*Literal, len(r.f.Literals))
		for i := range r.f.Literals {
			r.literalAt[r.f.Literals[i].Node] = &r.f.Literals[i]
		}
	}
	look := func(n *syntax.Node) {
		if l := r.literalAt[n]; l != nil {
			// An entry's name ({"Ocp-Apim-Subscription-Key": k}) is not the value.
			if partOfValue(n, v) && !r.insideRead(n, v) && n.Field != "key" {
				visit(l)
			}
			return
		}
		if r.f.Syntax.IsVariable(n) && partOfValue(n, v) && tr.enter(n) {
			for _, val := range r.ValuesAt(n) {
				r.keyLiterals(val, tr, visit)
			}
			tr.leave()
		}
	}
	// A member access of an object literal of this file (config.translatorKey) is that one
	// entry's value: the object's other entries (its endpoints) are no part of the key.
	member := func(n *syntax.Node) bool {
		found, ok := r.memberValues(n)
		if !ok || !partOfValue(n, v) {
			return false
		}
		if tr.enterKey("literal-member@" + strconv.Itoa(n.Start)) {
			for _, val := range found {
				r.keyLiterals(val, tr, visit)
			}
			tr.leave()
		}
		return true
	}
	if member(v) {
		return
	}
	look(v)
	desc := v.Descendants()
	skipTo := -1
	for i := range desc {
		n := &desc[i]
		if n.Start < skipTo {
			continue
		}
		if member(n) {
			skipTo = n.End
			continue
		}
		look(n)
	}
}

// partOfValue reports whether n, inside v, contributes its own text to v's value: no call's
// argument list, subscript or index lies between them.
func partOfValue(n, v *syntax.Node) bool {
	for p := n; p != nil && p != v; p = p.Parent() {
		k := p.Kind
		if strings.Contains(k, "argument") || strings.Contains(k, "subscript") ||
			strings.Contains(k, "element_access") || strings.Contains(k, "index") || isCondition(p.Parent(), p) ||
			p != n && isTest(p.Parent()) {
			return false
		}
	}
	return n == v || !isTest(v)
}

// isTest reports an expression whose value is a boolean (or a type's name) made from its
// operands, never one of them: !!key, !key, not key, key === "", key != null, typeof key.
func isTest(p *syntax.Node) bool {
	if p == nil {
		return false
	}
	switch p.Kind {
	case "not_operator", "comparison_operator": // Python
		return true
	case "unary_expression", "prefix_unary_expression":
		op := p.ChildByField("operator")
		if op == nil {
			return strings.HasPrefix(p.Text(), "!")
		}
		return op.Text() == "!" || op.Text() == "typeof"
	case "binary_expression":
		if op := p.ChildByField("operator"); op != nil {
			switch op.Text() {
			case "==", "!=", "===", "!==", "<", ">", "<=", ">=", "instanceof", "in":
				return true
			}
		}
	}
	return false
}

// isCondition reports c as the test of the conditional expression p (AzureKeyCredential(k) if
// k else credential, k ? new AzureKeyCredential(k) : cred): the value is one of the branches,
// never the test.
func isCondition(p, c *syntax.Node) bool {
	if p == nil || p.Kind != "conditional_expression" && p.Kind != "ternary_expression" {
		return false
	}
	if cond := p.ChildByField("condition"); cond != nil {
		return cond == c
	}
	kids := p.NamedChildren() // Python: consequence if condition else alternative
	return len(kids) == 3 && kids[1] == c
}

// insideRead reports whether n is part of an environment read within v (its name).
func (r *Rules) insideRead(n, v *syntax.Node) bool {
	for p := n; p != nil; p = p.Parent() {
		if r.reads[p] {
			return true
		}
		if p == v {
			return false
		}
	}
	return false
}
