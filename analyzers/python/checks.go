package python

import (
	"strings"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/coderules"
	"github.com/keylint/keylint/syntax"
)

// Checks of a key variable, rewritten when every credential the key fed becomes a
// DefaultAzureCredential (coderules.KeyCheckRewriter): the key is no longer needed, so a
// check that it is set must not stop the program once it is gone.
//   - assert KEY (with or without a message) goes;
//   - the key's operand of an and-chain that is the whole condition of an if, an elif or a
//     while (if url and key:, if url is not None and key is not None:) goes, the other
//     settings stay checked; so does its operand of an or-chain of missing settings that an
//     if whose body only raises refuses (if not url or not key: raise ...);
//   - if not KEY: (if KEY is None:) whose body only raises (and prints) goes, when it has no
//     elif or else.

// KeyCheck implements coderules.KeyCheckRewriter.
func (f *file) KeyCheck(use *syntax.Node, _ []*syntax.Node) (keylint.Edit, string, bool) {
	test, set, ok := keyTest(use)
	if !ok {
		return keylint.Edit{}, "", false
	}
	operand, p := coderules.Unparen(test)
	if p == nil {
		return keylint.Edit{}, "", false
	}
	name := use.Text()
	switch {
	case p.Kind == "assert_statement" && set:
		if kids := p.NamedChildren(); len(kids) == 0 || kids[0] != operand {
			return keylint.Edit{}, "", false
		}
		return f.deleteStatement(p, "the assert of "+name+" goes")
	case p.Kind == "boolean_operator":
		// "set and set" lists what an if needs; "missing or missing" what an if that only
		// raises refuses.
		op := "and"
		if !set {
			op = "or"
		}
		if coderules.BinaryOperator(p) != op || !f.chainCondition(p, op, set) {
			return keylint.Edit{}, "", false
		}
		return coderules.DropOperand(p, operand), "the check of " + name + " goes", true
	case p.Kind == "if_statement" && !set:
		if operand.Field != "condition" || p.ChildByField("alternative") != nil || !onlyRaises(p.ChildByField("consequence")) {
			return keylint.Edit{}, "", false
		}
		return f.deleteStatement(p, "the check that "+name+" is set goes")
	}
	return keylint.Edit{}, "", false
}

// keyTest finds the test a reference to a key is: the key itself, not key, key is None, key
// is not None, key == "" or key != "" (None and "" either side). set reports a test that holds
// when the key is set.
func keyTest(use *syntax.Node) (test *syntax.Node, set, ok bool) {
	n, p := coderules.Unparen(use)
	if p == nil {
		return nil, false, false
	}
	switch p.Kind {
	case "not_operator":
		return p, false, true
	case "comparison_operator":
		kids := p.NamedChildren()
		if len(kids) != 2 {
			return nil, false, false
		}
		other := kids[1]
		if other == n {
			other = kids[0]
		}
		if s, isStr := stringValue(other); !(other.Kind == "none" || isStr && s == "") {
			return nil, false, false
		}
		switch op := strings.Join(strings.Fields(string(p.Bytes()[kids[0].End-p.Start:kids[1].Start-p.Start])), " "); op {
		case "is not", "!=":
			return p, true, true
		case "is", "==":
			return p, false, true
		}
		return nil, false, false
	}
	return n, true, true
}

// chainCondition reports a chain of op that is the whole condition of an if, an elif or a
// while; an or-chain of missing settings only of an if whose body only raises.
func (f *file) chainCondition(n *syntax.Node, op string, set bool) bool {
	for {
		outer, p := coderules.Unparen(n)
		if p == nil {
			return false
		}
		switch p.Kind {
		case "if_statement", "elif_clause", "while_statement":
			if outer.Field != "condition" {
				return false
			}
			return set || p.Kind == "if_statement" && p.ChildByField("alternative") == nil && onlyRaises(p.ChildByField("consequence"))
		case "boolean_operator":
			if coderules.BinaryOperator(p) != op {
				return false
			}
			n = p
		default:
			return false
		}
	}
}

// onlyRaises reports a block of raise statements and print calls that ends in a raise.
func onlyRaises(block *syntax.Node) bool {
	if block == nil {
		return false
	}
	kids := block.NamedChildren()
	raised := false
	for _, s := range kids {
		switch {
		case s.Kind == "comment":
			continue
		case s.Kind == "raise_statement":
			raised = true
		case s.Kind == "expression_statement" && !raised && isPrint(s):
		default:
			return false
		}
	}
	return raised
}

func isPrint(stmt *syntax.Node) bool {
	kids := stmt.NamedChildren()
	if len(kids) != 1 || kids[0].Kind != "call" {
		return false
	}
	fn := kids[0].ChildByField("function")
	return fn != nil && fn.Text() == "print"
}

// deleteStatement deletes a statement on lines of its own, unless that would leave its block
// empty (a Python block needs a statement).
func (f *file) deleteStatement(stmt *syntax.Node, note string) (keylint.Edit, string, bool) {
	if b := stmt.Parent(); b == nil || b.Kind == "block" && countStatements(b) == 1 {
		return keylint.Edit{}, "", false
	}
	start, end, ok := coderules.WholeLines(f.pass.Src, stmt.Start, stmt.End)
	if !ok {
		return keylint.Edit{}, "", false
	}
	return keylint.Edit{Start: start, End: end}, note, true
}

func countStatements(block *syntax.Node) int {
	n := 0
	for _, c := range block.NamedChildren() {
		if c.Kind != "comment" {
			n++
		}
	}
	return n
}
