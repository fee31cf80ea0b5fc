package python

import (
	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/coderules"
	"github.com/keylint/keylint/syntax"
)

// Checks of a key variable, rewritten when every credential the key fed becomes a
// DefaultAzureCredential (coderules.KeyCheckRewriter): the key is no longer needed, so a
// check that it is set must not stop the program once it is gone.
//   - assert KEY (with or without a message) goes;
//   - the key's operand of an and-chain that is the whole condition of an if, an elif or a
//     while (if url and key:) goes, the other settings stay checked;
//   - if not KEY: whose body only raises (and prints) goes, when it has no elif or else.

// KeyCheck implements coderules.KeyCheckRewriter.
func (f *file) KeyCheck(use *syntax.Node, _ []*syntax.Node) (keylint.Edit, string, bool) {
	operand, p := coderules.Unparen(use)
	if p == nil {
		return keylint.Edit{}, "", false
	}
	name := use.Text()
	switch p.Kind {
	case "assert_statement":
		if kids := p.NamedChildren(); len(kids) == 0 || kids[0] != operand {
			return keylint.Edit{}, "", false
		}
		return f.deleteStatement(p, "the assert of "+name+" goes")
	case "boolean_operator":
		if coderules.BinaryOperator(p) != "and" || !andCondition(p) {
			return keylint.Edit{}, "", false
		}
		left, right := p.ChildByField("left"), p.ChildByField("right")
		if operand == left {
			return keylint.Edit{Start: left.Start, End: right.Start}, "the check of " + name + " goes", true
		}
		return keylint.Edit{Start: left.End, End: right.End}, "the check of " + name + " goes", true
	case "not_operator":
		cond, ifStmt := coderules.Unparen(p)
		if ifStmt == nil || ifStmt.Kind != "if_statement" || cond.Field != "condition" || ifStmt.ChildByField("alternative") != nil || !onlyRaises(ifStmt.ChildByField("consequence")) {
			return keylint.Edit{}, "", false
		}
		return f.deleteStatement(ifStmt, "the check that "+name+" is set goes")
	}
	return keylint.Edit{}, "", false
}

// andCondition reports an and-chain that is the whole condition of an if, an elif or a while.
func andCondition(n *syntax.Node) bool {
	for {
		outer, p := coderules.Unparen(n)
		if p == nil {
			return false
		}
		switch p.Kind {
		case "if_statement", "elif_clause", "while_statement":
			return outer.Field == "condition"
		case "boolean_operator":
			if coderules.BinaryOperator(p) != "and" {
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
