package coderules

import (
	"strings"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/syntax"
)

// Conditions in the C-like grammars (C#, Java): the pieces the key-check rewrites read. ternary
// is the grammar's kind for a ? b : c ("conditional_expression" in C#, "ternary_expression" in
// Java).

// BinaryOperator is the operator of a binary expression (the trees keep no anonymous tokens),
// "" when comments stand between the operands.
func BinaryOperator(n *syntax.Node) string {
	left, right := n.ChildByField("left"), n.ChildByField("right")
	if left == nil || right == nil || left.End > right.Start {
		return ""
	}
	return strings.TrimSpace(string(n.Bytes()[left.End-n.Start : right.Start-n.Start]))
}

// Unparen returns n with the parentheses around it, and the node that holds that.
func Unparen(n *syntax.Node) (operand, parent *syntax.Node) {
	if n == nil {
		return nil, nil
	}
	for n.Parent() != nil && n.Parent().Kind == "parenthesized_expression" {
		n = n.Parent()
	}
	return n, n.Parent()
}

// IsCondition reports a chain of op (|| or &&) that is the condition of an if, a while or a
// ternary.
func IsCondition(n *syntax.Node, op, ternary string) bool {
	for {
		outer, p := Unparen(n)
		if p == nil {
			return false
		}
		switch p.Kind {
		case "if_statement", ternary, "while_statement":
			return outer.Field == "condition"
		case "binary_expression":
			if BinaryOperator(p) != op {
				return false
			}
			n = p
		default:
			return false
		}
	}
}

// SetBranch is the branch of the if or ternary whose whole condition is cond that runs when
// the key is set (set) or missing.
func SetBranch(cond *syntax.Node, set bool, ternary string) *syntax.Node {
	p := cond.Parent()
	if p == nil || cond.Field != "condition" || p.Kind != "if_statement" && p.Kind != ternary {
		return nil
	}
	if set {
		return p.ChildByField("consequence")
	}
	return p.ChildByField("alternative")
}

// DropOperand is the edit that removes operand, one side of the binary chain op, with its
// operator: "a && b" becomes "b" or "a" (the caller has checked the chain).
func DropOperand(op, operand *syntax.Node) keylint.Edit {
	left, right := op.ChildByField("left"), op.ChildByField("right")
	if operand == left {
		return keylint.Edit{Start: left.Start, End: right.Start}
	}
	return keylint.Edit{Start: left.End, End: right.End}
}
