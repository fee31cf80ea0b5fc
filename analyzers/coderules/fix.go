package coderules

import (
	"bytes"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/syntax"
)

// Rewriter proposes the keyless rewrites of one language (RULES.md "Fixes"). Each method
// returns the edits of the rewrite and a verb-phrase message, or no edits when the site has
// no safe automatic rewrite; the finding then carries only its message.
type Rewriter interface {
	// KeyArg replaces the key argument (or property, or dict entry) a of client c (KL102).
	KeyArg(c *Call, a Arg) ([]keylint.Edit, string)
	// KeyCredential replaces the key credential c, AzureKeyCredential(x) (KL101).
	KeyCredential(c *Call) ([]keylint.Edit, string)
	// AddCredential gives client c, built with no credential, a token provider (KL107).
	AddCredential(c *Call) ([]keylint.Edit, string)
}

// declarationKinds are the statements that declare or assign one variable, across the
// grammars: Python and JavaScript expression statements, JavaScript let/const/var, C# and
// Java local declarations.
var declarationKinds = map[string]bool{
	"expression_statement": true, "lexical_declaration": true, "variable_declaration": true,
	"local_declaration_statement": true, "local_variable_declaration": true,
}

// attachFix adds the rewrite to a finding when there is one. The key's value is removed
// together with the rewrite when it was a variable used nowhere else.
func (r *Rules) attachFix(fd *keylint.Finding, edits []keylint.Edit, msg string, key *syntax.Node) {
	if fd == nil || len(edits) == 0 {
		return
	}
	if drop, ok := r.unusedDeclaration(key); ok && !overlapsAny(drop, edits) {
		edits = append(edits, drop)
	}
	for i := range edits {
		edits[i].Path = r.pass.Path
	}
	fd.Fixes = append(fd.Fixes, keylint.Fix{Message: msg, Edits: edits})
}

// unusedDeclaration returns the edit that deletes the declaration of key when key is a
// variable whose only use is the argument being rewritten: it is assigned once, from an
// environment read or a literal, in a statement of its own line(s), and its name appears
// nowhere else in the file. Anything less certain is left alone.
func (r *Rules) unusedDeclaration(key *syntax.Node) (keylint.Edit, bool) {
	if key == nil || key.Kind != "identifier" || !r.f.Syntax.IsVariable(key) {
		return keylint.Edit{}, false
	}
	name := key.Text()
	vals := r.f.Assigns[name]
	if len(vals) != 1 || !r.removableValue(vals[0]) {
		return keylint.Edit{}, false
	}
	stmt := vals[0].Ancestor("expression_statement", "lexical_declaration", "variable_declaration",
		"local_declaration_statement", "local_variable_declaration")
	if stmt == nil || !declarationKinds[stmt.Kind] || stmt.Parent() == nil {
		return keylint.Edit{}, false
	}
	uses := 0
	for i := range r.pass.Tree.Nodes {
		n := &r.pass.Tree.Nodes[i]
		if n.Kind == "identifier" && n.End-n.Start == len(name) && n.Text() == name {
			uses++
		}
	}
	declared, assignments := 0, 0
	for _, d := range stmt.Descendants() {
		switch d.Kind {
		case "identifier":
			if d.Text() == name {
				declared++
			}
		case "assignment", "assignment_expression", "variable_declarator":
			assignments++
		}
	}
	if declared != 1 || assignments != 1 || uses != 2 || key.Start >= stmt.Start && key.End <= stmt.End {
		return keylint.Edit{}, false
	}
	if named := stmt.Parent().NamedChildren(); stmt.Parent().Kind == "block" && countCode(named) == 1 {
		return keylint.Edit{}, false // a Python block cannot be left empty
	}
	start, end, ok := WholeLines(r.pass.Src, stmt.Start, stmt.End)
	if !ok {
		return keylint.Edit{}, false
	}
	return keylint.Edit{Start: start, End: end}, true
}

func countCode(nodes []*syntax.Node) int {
	n := 0
	for _, c := range nodes {
		if c.Kind != "comment" {
			n++
		}
	}
	return n
}

// removableValue reports a value that is safe to delete with its variable: a literal, or an
// expression whose only work is reading the environment or configuration.
func (r *Rules) removableValue(v *syntax.Node) bool {
	if _, ok := r.f.Syntax.StringValue(v); ok || r.f.Syntax.IsNull(v) {
		return true
	}
	if r.reads[v] {
		return true
	}
	for _, e := range r.f.EnvReads {
		if e.Node.Start >= v.Start && e.Node.End <= v.End {
			return true
		}
	}
	return false
}

// WholeLines widens [start, end) to the whole lines it is on, including the final newline, if
// nothing else is on them: whitespace, a trailing semicolon and a trailing comment (which
// speaks of what is deleted) aside.
func WholeLines(src []byte, start, end int) (int, int, bool) {
	ls := bytes.LastIndexByte(src[:start], '\n') + 1
	if len(bytes.TrimSpace(src[ls:start])) != 0 {
		return 0, 0, false
	}
	le := bytes.IndexByte(src[end:], '\n')
	if le < 0 {
		le = len(src)
	} else {
		le += end + 1
	}
	rest := bytes.TrimSpace(bytes.TrimPrefix(bytes.TrimSpace(src[end:le]), []byte(";")))
	if len(rest) != 0 && !bytes.HasPrefix(rest, []byte("#")) && !bytes.HasPrefix(rest, []byte("//")) {
		return 0, 0, false
	}
	return ls, le, true
}

func overlapsAny(e keylint.Edit, edits []keylint.Edit) bool {
	for _, o := range edits {
		if e.Start < o.End && o.Start < e.End || e.Start == o.Start {
			return true
		}
	}
	return false
}

// DeleteListItem returns the edit that removes item from a comma-separated list (arguments,
// object properties), with the comma that joins it to a neighbour and, when the item is on a
// line of its own, the whole line.
func DeleteListItem(src []byte, item *syntax.Node) keylint.Edit {
	if s, e, ok := WholeLines(src, item.Start, afterComma(src, item.End)); ok {
		return keylint.Edit{Start: s, End: e}
	}
	if e := afterComma(src, item.End); e > item.End {
		// "a, KEY, b" -> "a, b": drop the item, its comma and the space after.
		for e < len(src) && (src[e] == ' ' || src[e] == '\t') {
			e++
		}
		return keylint.Edit{Start: item.Start, End: e}
	}
	// The last item: drop the comma before it.
	s := item.Start
	for s > 0 && (src[s-1] == ' ' || src[s-1] == '\t' || src[s-1] == '\n' || src[s-1] == '\r') {
		s--
	}
	if s > 0 && src[s-1] == ',' {
		return keylint.Edit{Start: s - 1, End: item.End}
	}
	return keylint.Edit{Start: item.Start, End: item.End}
}

// afterComma returns the offset after a comma that follows end (whitespace allowed), or end.
func afterComma(src []byte, end int) int {
	i := end
	for i < len(src) && (src[i] == ' ' || src[i] == '\t') {
		i++
	}
	if i < len(src) && src[i] == ',' {
		return i + 1
	}
	return end
}
