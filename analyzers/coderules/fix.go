package coderules

import (
	"bytes"
	"slices"
	"strings"

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

// ConfigRewriter is a Rewriter that also rewrites the key entry e of a client options object
// built apart from the client (const options = { endpoint, apiKey }; new AzureOpenAI(options)),
// where it can follow the object to the client. Optional: a language without it leaves such
// keys unfixed.
type ConfigRewriter interface {
	ConfigKey(e Entry) ([]keylint.Edit, string)
}

// configFix attaches the rewrite of a client options object's key entry to its finding.
func (r *Rules) configFix(fd *keylint.Finding, e Entry) {
	rw, ok := r.f.Rewriter.(ConfigRewriter)
	if fd == nil || !ok {
		return
	}
	if edits, msg := rw.ConfigKey(e); len(edits) > 0 {
		r.attachFix(fd, edits, msg, e.Value)
		return
	}
	// A settings object whose key only reaches rewritten clients: the entry goes with them.
	if fix := r.entryFix(e.Site); fix != nil && !r.noFix[fd] && !r.deliberatelyBad(e.Value) {
		fd.Fixes = append(fd.Fixes, *fix)
	}
}

// BranchRewriter is what a Rewriter may also do for a key site that is one branch of a
// conditional whose other branch is keyless ({"api-key": k} if k else {"Authorization": ...},
// an On Your Data authentication of "api_key" or a managed identity): the conditional becomes
// the keyless branch. The program's own alternative shows the service takes it, so this
// needs no guess at the target.
type BranchRewriter interface {
	KeylessBranch(site *syntax.Node) ([]keylint.Edit, string)
}

// branchFix attaches the keyless-branch rewrite of site when the language has one; it reports
// whether it did.
func (r *Rules) branchFix(fd *keylint.Finding, site, key *syntax.Node) bool {
	br, ok := r.f.Rewriter.(BranchRewriter)
	if fd == nil || !ok || r.noFix[fd] {
		return false
	}
	edits, msg := br.KeylessBranch(site)
	if len(edits) == 0 {
		return false
	}
	r.attachFix(fd, edits, msg, key)
	return len(fd.Fixes) > 0
}

// declarationKinds are the statements that declare or assign one variable, across the
// grammars: Python and JavaScript expression statements, JavaScript let/const/var, C# and
// Java local declarations.
var declarationKinds = map[string]bool{
	"expression_statement": true, "lexical_declaration": true, "variable_declaration": true,
	"local_declaration_statement": true, "local_variable_declaration": true, "field_declaration": true,
}

// privateField reports a Java or C# field no other file can use: declared private (in C#, also
// with no access modifier, which means private).
func privateField(field *syntax.Node) bool {
	head := field.Text()
	if i := strings.IndexAny(head, "=;"); i >= 0 {
		head = head[:i]
	}
	words := strings.Fields(head)
	for _, w := range words {
		switch w {
		case "private":
			return true
		case "public", "protected", "internal":
			return false
		}
	}
	// No access modifier: private in C# (whose fields hold a variable_declaration), visible
	// to the package in Java.
	return field.ChildOfKind("variable_declaration") != nil
}

// AttachFix adds a language checker's own rewrite to the finding of a rule it reports itself
// (KL103), as the shared rules do: the key's declaration goes when the rewrite was its only
// use.
func (r *Rules) AttachFix(fd *keylint.Finding, edits []keylint.Edit, msg string, key *syntax.Node) {
	r.attachFix(fd, edits, msg, key)
}

// attachFix adds the rewrite to a finding when there is one. The key's value is removed
// together with the rewrite when it was a variable used nowhere else.
func (r *Rules) attachFix(fd *keylint.Finding, edits []keylint.Edit, msg string, key *syntax.Node) {
	if fd == nil || len(edits) == 0 || r.noFix[fd] || r.deliberatelyBad(key) {
		return
	}
	kf := keyFix{key: key}
	if drop, ok := r.unusedDeclaration(key); ok && !Overlaps(drop, edits) {
		edits = append(edits, drop)
		kf.drop = &drop
	}
	for i := range edits {
		edits[i].Path = r.pass.Path
		r.toEntra = r.toEntra || strings.Contains(edits[i].New, "DefaultAzureCredential")
	}
	kf.fix = keylint.Fix{Message: msg, Edits: edits}
	fd.Fixes = append(fd.Fixes, kf.fix)
	if key != nil {
		r.keyFixes = append(r.keyFixes, kf)
	}
}

// deliberatelyBad reports a key literal that says it is meant not to work ("BAD KEY",
// "invalid-key", "fake_key"): a demo of retries or error handling, which a keyless rewrite
// would defeat.
func (r *Rules) deliberatelyBad(key *syntax.Node) bool {
	if key == nil {
		return false
	}
	s, ok := r.f.Syntax.StringValue(key)
	if !ok {
		return false
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(c rune) bool { return !(c >= 'a' && c <= 'z') }) {
		switch w {
		case "bad", "invalid", "wrong", "incorrect", "fake", "dummy", "mock", "expired", "bogus", "test":
			return true
		}
	}
	return false
}

// keyFix is a rewrite that replaced the key value key, and the deletion of key's declaration
// it includes, if any: what the KL105 finding on that declaration's env read shares.
type keyFix struct {
	key  *syntax.Node
	fix  keylint.Fix
	drop *keylint.Edit
}

// readFix is the fix of a KL105 env read: the rewrite that deletes the read along with the
// key argument it fed (the same edits, so either finding applies them once); or, when the
// read's variable fed several rewritten arguments, all those rewrites and the deletion as one
// fix; or the deletion of a variable nothing uses any more.
func (r *Rules) readFix(read *syntax.Node) *keylint.Fix {
	if writesEnv(read) {
		return nil // os.environ.setdefault("K", ""): deleting the read would delete the write
	}
	for _, kf := range r.keyFixes {
		if kf.drop != nil && kf.drop.Start <= read.Start && read.End <= kf.drop.End {
			fix := keylint.Fix{Message: kf.fix.Message + "; the key read goes", Edits: append([]keylint.Edit(nil), kf.fix.Edits...)}
			return &fix
		}
	}
	if fix := r.sharedKeyFix(read); fix != nil {
		return fix
	}
	if fix := r.entryKeyFix(read); fix != nil {
		return fix
	}
	return r.unusedKeyVariable(read)
}

// writesEnv reports a read (the name's node) made by a call that also changes the environment:
// os.environ.setdefault, os.environ.pop.
func writesEnv(read *syntax.Node) bool {
	for p, i := read.Parent(), 0; p != nil && i < 3; p, i = p.Parent(), i+1 {
		if p.ChildByField("function") != nil {
			return changesEnv(p)
		}
	}
	return false
}

// changesEnv reports a call that changes the environment as it reads it.
func changesEnv(call *syntax.Node) bool {
	fn := call.ChildByField("function")
	return fn != nil && (strings.HasSuffix(fn.Text(), ".setdefault") || strings.HasSuffix(fn.Text(), ".pop"))
}

// KeyCheckRewriter is implemented by the languages that can rewrite a test of a key variable
// (key == null in a condition) for code that no longer needs the key: the read of a key whose
// other uses are rewritten credentials then goes with them (sharedKeyFix).
type KeyCheckRewriter interface {
	// KeyCheck returns the edit rewriting the check that use (a reference to a key variable)
	// is part of, given the key's uses that the fix replaces (rewritten), and a phrase saying
	// what it does; ok is false when use is no such check.
	KeyCheck(use *syntax.Node, rewritten []*syntax.Node) (e keylint.Edit, note string, ok bool)
}

// sharedKeyFix combines the rewrites of every use of the variable that holds read, when each
// use is a rewritten key argument or a check of the key the language can rewrite (at least one
// being a rewritten key argument), with the deletion of the variable.
func (r *Rules) sharedKeyFix(read *syntax.Node) *keylint.Fix {
	name := r.holder(read)
	if name == "" {
		return r.attributeKeyFix(read)
	}
	_, start, end := r.scoped(name, read)
	uses := r.references(name, read, start, end)
	edits, msg, notes, others, ok := r.rewriteUses(uses)
	if !ok || others != 1 || len(uses) < 2 {
		return nil
	}
	drop, ok := r.deleteDeclaration(name, read, nil, len(uses))
	if !ok || Overlaps(drop, edits) {
		return nil
	}
	drop.Path = r.pass.Path
	what := "every use of " + name
	if len(notes) > 0 {
		what += "; " + strings.Join(notes, "; ")
	}
	return &keylint.Fix{Message: msg + " (" + what + "); the key read goes", Edits: append(edits, drop)}
}

// rewriteUses combines the rewrites of the uses of a key that are rewritten key arguments with
// the edits of those that are checks the language can rewrite. others counts the uses that are
// neither (a variable's own declaration is one); ok is false when none is a rewritten argument
// or the edits overlap.
func (r *Rules) rewriteUses(uses []*syntax.Node) (edits []keylint.Edit, msg string, notes []string, others int, ok bool) {
	add := func(e keylint.Edit) {
		for _, o := range edits {
			if o == e {
				return
			}
		}
		edits = append(edits, e)
	}
	var rewritten, rest []*syntax.Node
	for _, u := range uses {
		found := r.keyFixOf(u)
		if found == nil {
			found = r.aliasFixOf(u)
		}
		if found == nil {
			rest = append(rest, u)
			continue
		}
		rewritten = append(rewritten, u)
		msg = found.fix.Message
		for _, e := range found.fix.Edits {
			add(e)
		}
	}
	if len(rewritten) == 0 {
		return nil, "", nil, 0, false
	}
	var checkEdits []keylint.Edit
	checks, _ := r.f.Rewriter.(KeyCheckRewriter)
	for _, u := range rest {
		if checks != nil {
			if e, note, ok := checks.KeyCheck(u, rewritten); ok {
				e.Path = r.pass.Path
				checkEdits = append(checkEdits, e)
				if !slices.Contains(notes, note) {
					notes = append(notes, note)
				}
				continue
			}
		}
		others++
	}
	// A check's edit may replace code that holds a rewritten use (the key's branch of a
	// conditional): that rewrite goes with it.
	edits = slices.DeleteFunc(edits, func(e keylint.Edit) bool {
		for _, c := range checkEdits {
			if c.Start < c.End && c.Start <= e.Start && e.End <= c.End {
				return true
			}
		}
		return false
	})
	for _, e := range checkEdits {
		add(e)
	}
	return edits, msg, notes, others, disjointEdits(edits)
}

// AttributeKeyer is implemented by the languages that can follow a key read into an attribute
// of the object that reads it (Python's self.key = os.environ[...] in __init__, used as
// self.key). Optional.
type AttributeKeyer interface {
	// AttributeUses returns the statement assigning read to an attribute and every use of
	// that attribute; ok is false when the attribute may be used where keylint cannot see
	// (outside its class, through another object, assigned twice).
	AttributeUses(read *syntax.Node) (assign *syntax.Node, uses []*syntax.Node, ok bool)
}

// attributeKeyFix is sharedKeyFix for a key read into an attribute: the attribute goes with
// the rewrites of its uses and the checks of it.
func (r *Rules) attributeKeyFix(read *syntax.Node) *keylint.Fix {
	ak, ok := r.f.Syntax.(AttributeKeyer)
	if !ok {
		return nil
	}
	assign, uses, ok := ak.AttributeUses(read)
	if !ok || len(uses) == 0 {
		return nil
	}
	edits, msg, notes, others, ok := r.rewriteUses(uses)
	if !ok || others != 0 {
		return nil
	}
	start, end, ok := WholeLines(r.pass.Src, assign.Start, assign.End)
	if !ok {
		return nil
	}
	drop := keylint.Edit{Path: r.pass.Path, Start: start, End: collapseBlankLine(r.pass.Src, start, end)}
	if Overlaps(drop, edits) {
		return nil
	}
	what := "every use of the attribute"
	if len(notes) > 0 {
		what += "; " + strings.Join(notes, "; ")
	}
	return &keylint.Fix{Message: msg + " (" + what + "); the key read goes", Edits: append(edits, drop)}
}

// EntryRewriter is a Rewriter that can follow a key kept in a settings object held in a
// variable (const config = { key: process.env.K }; ... config.key ...). Optional.
type EntryRewriter interface {
	// EntryOf returns the object entry whose value is read, or nil.
	EntryOf(read *syntax.Node) *syntax.Node
	// EntryUses lists where the entry's key is read (config.key); ok is false when the object
	// goes anywhere keylint cannot follow (passed whole, spread, exported).
	EntryUses(entry *syntax.Node) (uses []*syntax.Node, ok bool)
}

// PairEntryOf returns the key-value pair whose value is read, seen through wrappers of the given
// kinds (parentheses, casts), or nil: EntryOf for languages whose object literals hold pairs.
func PairEntryOf(read *syntax.Node, wrappers ...string) *syntax.Node {
	n, p := read, read.Parent()
	for p != nil && slices.Contains(wrappers, p.Kind) {
		n, p = p, p.Parent()
	}
	if p == nil || p.Kind != "pair" || p.ChildByField("value") != n {
		return nil
	}
	return p
}

// OtherMentions calls visit with each node of the tree spelling name (an identifier, a member
// name, a shorthand property), but name itself; visit returns false to stop (a use the caller
// cannot follow), and OtherMentions then returns false.
func OtherMentions(t *syntax.Tree, name *syntax.Node, visit func(u *syntax.Node) bool) bool {
	for _, u := range t.Leaves(name.Text()) {
		if u == name {
			continue
		}
		if !visit(u) {
			return false
		}
	}
	return true
}

// entryKeyFix is the fix of a key read kept in a settings object entry.
func (r *Rules) entryKeyFix(read *syntax.Node) *keylint.Fix {
	rw, ok := r.f.Rewriter.(EntryRewriter)
	if !ok {
		return nil
	}
	if entry := rw.EntryOf(read); entry != nil {
		return r.entryFix(entry)
	}
	return nil
}

// aliasFixOf is the rewrite that deletes the declaration whose whole value is u (an alias,
// authorization_header = key, whose own use was rewritten), or nil.
func (r *Rules) aliasFixOf(u *syntax.Node) *keyFix {
	for i := range r.keyFixes {
		kf := &r.keyFixes[i]
		if kf.drop != nil && kf.drop.Start <= u.Start && u.End <= kf.drop.End {
			if vals := r.f.Assigns[kf.key.Text()]; len(vals) == 1 && vals[0] == u {
				return kf
			}
		}
	}
	return nil
}

// keyFixOf is the last rewrite recorded for the key argument u, or nil.
func (r *Rules) keyFixOf(u *syntax.Node) *keyFix {
	var found *keyFix
	for i := range r.keyFixes {
		if r.keyFixes[i].key == u {
			found = &r.keyFixes[i]
		}
	}
	return found
}

// entryFix combines the rewrites of every use of a settings object's key entry, when each is
// a rewritten key argument, with the deletion of the entry.
func (r *Rules) entryFix(entry *syntax.Node) *keylint.Fix {
	rw, ok := r.f.Rewriter.(EntryRewriter)
	if !ok {
		return nil
	}
	uses, ok := rw.EntryUses(entry)
	if !ok || len(uses) == 0 {
		return nil
	}
	var edits []keylint.Edit
	var msg string
	for _, u := range uses {
		found := r.keyFixOf(u)
		if found == nil {
			return nil // a use that is not a rewritten key: the entry stays
		}
		msg = found.fix.Message
		for _, e := range found.fix.Edits {
			dup := false
			for _, o := range edits {
				if o == e {
					dup = true
				}
			}
			if !dup {
				edits = append(edits, e)
			}
		}
	}
	drop := DeleteListItem(r.pass.Src, entry)
	if obj := entry.Parent(); obj != nil && countCode(obj.NamedChildren()) == 1 {
		drop = keylint.Edit{Start: obj.Start, End: obj.End, New: "{}"} // its only entry
	}
	if !disjointEdits(edits) || Overlaps(drop, edits) {
		return nil
	}
	drop.Path = r.pass.Path
	return &keylint.Fix{Message: msg + " (every use of " + uses[0].Text() + "); the key entry goes", Edits: append(edits, drop)}
}

// coveringFix is a rewrite already made whose edits replace site whole (a key credential
// rewritten with the header map inside it), or nil.
func (r *Rules) coveringFix(site *syntax.Node) *keylint.Fix {
	for _, kf := range r.keyFixes {
		for _, e := range kf.fix.Edits {
			if e.Start <= site.Start && site.End <= e.End && e.Start < e.End {
				fix := kf.fix
				return &fix
			}
		}
	}
	return nil
}

// holder is the variable assigned once (in its scope) from an expression containing read, or "".
func (r *Rules) holder(read *syntax.Node) string {
	for _, h := range r.holdersOf(read) {
		if vals, _, _ := r.scoped(h.name, read); len(vals) == 1 {
			return h.name
		}
	}
	return ""
}

// assigned is a variable and one value assigned to it.
type assigned struct {
	name  string
	value *syntax.Node
}

// holdersOf returns the variables (plain names, not members) assigned a value that contains
// read, innermost value first. The values are indexed on first use: looking up every read
// of a file then costs its depth, not the file's assignments.
func (r *Rules) holdersOf(read *syntax.Node) []assigned {
	if r.valueOf == nil {
		r.valueOf = map[*syntax.Node][]string{}
		names := make([]string, 0, len(r.f.Assigns))
		for name := range r.f.Assigns {
			if !strings.ContainsAny(name, ".[") {
				names = append(names, name)
			}
		}
		slices.Sort(names) // one order for every run
		for _, name := range names {
			for _, v := range r.f.Assigns[name] {
				r.valueOf[v] = append(r.valueOf[v], name)
			}
		}
	}
	var out []assigned
	for p := read; p != nil; p = p.Parent() {
		for _, name := range r.valueOf[p] {
			out = append(out, assigned{name, p})
		}
	}
	return out
}

// LocalScoper is implemented by the languages whose functions scope the variables assigned in
// them (Python): a key variable of one function is then looked at in that function alone, so
// another function's variable of the same name does not keep it. Optional.
type LocalScoper interface {
	// LocalScope returns the function whose local variable name is where at is, or nil when
	// the name is the file's (or the language cannot tell).
	LocalScope(name string, at *syntax.Node) *syntax.Node
}

// scoped returns the values assigned to name in the scope of the variable at at, and the
// byte range of that scope: the function it is local to, or the whole file.
func (r *Rules) scoped(name string, at *syntax.Node) (vals []*syntax.Node, start, end int) {
	ls, ok := r.f.Syntax.(LocalScoper)
	if !ok || at == nil {
		return r.f.Assigns[name], 0, len(r.pass.Src)
	}
	// A name's scope depends only on the functions around at: the nearest one (of any
	// grammar's function kinds, a superset of each LocalScoper's) is the memo's key.
	key := scopeKey{name, at.Ancestor(scopeKinds...)}
	if got, ok := r.scopes[key]; ok {
		return got.vals, got.start, got.end
	}
	start, end = 0, len(r.pass.Src)
	if fn := ls.LocalScope(name, at); fn != nil {
		start, end = fn.Start, fn.End
	}
	for _, v := range r.f.Assigns[name] {
		if v.Start >= start && v.End <= end {
			vals = append(vals, v)
		}
	}
	if r.scopes == nil {
		r.scopes = map[scopeKey]scopeOf{}
	}
	r.scopes[key] = scopeOf{vals, start, end}
	return vals, start, end
}

type scopeKey struct {
	name string
	fn   *syntax.Node
}

type scopeOf struct {
	vals       []*syntax.Node
	start, end int
}

// scopeKinds are the function-like kinds of every grammar (Python, C#, JavaScript, Java, Go).
var scopeKinds = []string{"function_definition", "lambda", "method_declaration", "constructor_declaration",
	"local_function_statement", "accessor_declaration", "operator_declaration", "lambda_expression",
	"anonymous_method_expression", "function_declaration", "function_expression", "arrow_function",
	"method_definition", "generator_function_declaration", "generator_function", "function", "func_literal"}

// Shadower is implemented by the languages that can tell a name that refers to another
// variable: a parameter of that name in a function below the variable's scope (JavaScript's
// function (key) { ... } inside a module that reads a key). Optional.
type Shadower interface {
	// Shadowed reports that the name at n is not the variable of that name whose
	// declaration (or a use) is at.
	Shadowed(name string, n, at *syntax.Node) bool
}

// references lists the references between start and end to the variable name at at.
func (r *Rules) references(name string, at *syntax.Node, start, end int) []*syntax.Node {
	sh, _ := r.f.Syntax.(Shadower)
	var uses []*syntax.Node
	for _, n := range r.pass.Tree.Leaves(name) {
		if n.Start >= start && n.End <= end && isReference(n) {
			if sh != nil && at != nil && sh.Shadowed(name, n, at) {
				continue
			}
			uses = append(uses, n)
		}
	}
	return uses
}

func disjointEdits(edits []keylint.Edit) bool {
	for i := range edits {
		for j := i + 1; j < len(edits); j++ {
			a, b := edits[i], edits[j]
			if a.Start < b.End && b.Start < a.End || a.Start == b.Start {
				return false
			}
		}
	}
	return true
}

// unusedDeclaration returns the edit that deletes the declaration of key when key is a
// variable whose only use is the argument being rewritten: it is assigned once, from an
// environment read or a literal, in a statement of its own line(s), and its name appears
// nowhere else in the file. Anything less certain is left alone.
func (r *Rules) unusedDeclaration(key *syntax.Node) (keylint.Edit, bool) {
	if key == nil || !isName(key) || !r.f.Syntax.IsVariable(key) {
		return keylint.Edit{}, false
	}
	return r.deleteDeclaration(key.Text(), key, key, 2)
}

// deleteDeclaration returns the edit that deletes the one declaration of name when the name
// occurs wantUses times in its scope (the scope of the variable at at), the declaration
// included (and the use being rewritten, if any: key).
func (r *Rules) deleteDeclaration(name string, at, key *syntax.Node, wantUses int) (keylint.Edit, bool) {
	vals, start, end := r.scoped(name, at)
	if len(vals) != 1 || !r.removableValue(vals[0]) {
		return keylint.Edit{}, false
	}
	if p := vals[0].Parent(); p != nil && p.Kind == "object_pattern" && len(p.NamedChildren()) > 1 {
		return keylint.Edit{}, false // const { KEY: k, ENDPOINT: ep } = process.env declares ep too
	}
	stmt := vals[0].Ancestor("expression_statement", "lexical_declaration", "variable_declaration",
		"local_declaration_statement", "local_variable_declaration", "field_declaration")
	if stmt != nil && stmt.Kind == "variable_declaration" && stmt.Parent() != nil && stmt.Parent().Kind == "field_declaration" {
		stmt = stmt.Parent() // C#: the field holds the declaration
	}
	if stmt == nil || !declarationKinds[stmt.Kind] || stmt.Parent() == nil || stmt.Kind == "field_declaration" && !privateField(stmt) {
		return keylint.Edit{}, false
	}
	uses := len(r.references(name, at, start, end))
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
	if declared != 1 || assignments != 1 || uses != wantUses || key != nil && key.Start >= stmt.Start && key.End <= stmt.End {
		return keylint.Edit{}, false
	}
	if named := stmt.Parent().NamedChildren(); stmt.Parent().Kind == "block" && countCode(named) == 1 {
		return keylint.Edit{}, false // a Python block cannot be left empty
	}
	start, end, ok := WholeLines(r.pass.Src, stmt.Start, stmt.End)
	if !ok {
		return keylint.Edit{}, false
	}
	return keylint.Edit{Start: start, End: collapseBlankLine(r.pass.Src, start, end)}, true
}

// collapseBlankLine extends a deletion of whole lines over one following blank line when a
// blank line also precedes it, so deleting a paragraph of one line leaves one blank line.
func collapseBlankLine(src []byte, start, end int) int {
	if start == 0 || end >= len(src) {
		return end
	}
	prev := bytes.LastIndexByte(src[:start-1], '\n') + 1
	next := bytes.IndexByte(src[end:], '\n')
	if next < 0 || len(bytes.TrimSpace(src[prev:start])) != 0 || len(bytes.TrimSpace(src[end:end+next])) != 0 {
		return end
	}
	return end + next + 1
}

// unusedKeyVariable returns the fix that deletes a variable holding an environment read
// when nothing uses the variable: what is left of a key after its uses were rewritten (two
// uses rewritten in one round each saw the other). Only in a file that already authenticates
// with Entra ID, and never an exported one: a module that only defines settings may be
// imported from elsewhere. A file that one of this run's rewrites turns to Entra ID counts
// too where nothing outside can use the variable: in a notebook or a function (a notebook's
// API_KEY = os.environ[...] that the clients never used: they fell back to the environment).
func (r *Rules) unusedKeyVariable(read *syntax.Node) *keylint.Fix {
	entra := bytes.Contains(r.pass.Src, []byte("DefaultAzureCredential")) ||
		r.toEntra && (strings.HasSuffix(r.pass.Path, ".ipynb") || read.Ancestor("function_definition") != nil)
	if !entra || read.Ancestor("export_statement") != nil {
		return nil
	}
	for _, h := range r.holdersOf(read) {
		if isContainer(h.value.Kind) {
			// keys = {"openai": ..., "azure": read, "anthropic": ...}: a settings bag holds
			// more than the key, and stays.
			continue
		}
		if e, ok := r.deleteDeclaration(h.name, read, nil, 1); ok {
			e.Path = r.pass.Path
			return &keylint.Fix{Message: "Remove the unused key variable " + h.name, Edits: []keylint.Edit{e}}
		}
	}
	return nil
}

// isName reports a variable name: an identifier, or JavaScript's shorthand { apiKey }.
func isName(n *syntax.Node) bool {
	return n.Kind == "identifier" || n.Kind == "shorthand_property_identifier"
}

// isReference reports a name that refers to a variable: not a keyword argument's or named
// argument's name (api_key=...), nor a member name (self.api_key, this.apiKey).
func isReference(n *syntax.Node) bool {
	if !isName(n) {
		return false
	}
	p := n.Parent()
	switch {
	case p == nil:
		return true
	case n.Field == "name" && (p.Kind == "keyword_argument" || p.Kind == "argument" || p.Kind == "member_access_expression"):
		return false
	case n.Field == "attribute" || n.Field == "property" || n.Field == "field":
		return false
	}
	return true
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

// removableValue reports a value that is safe to delete with its variable: a literal, another
// variable's name (an alias), or an expression whose only work is reading the environment or
// configuration.
func (r *Rules) removableValue(v *syntax.Node) bool {
	if changesEnv(v) {
		return false // os.environ.setdefault("K", ""): the environment changes too
	}
	if _, ok := r.f.Syntax.StringValue(v); ok || r.f.Syntax.IsNull(v) || v.Kind == "identifier" {
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

// Overlaps reports whether e overlaps (or inserts where) one of edits does.
func Overlaps(e keylint.Edit, edits []keylint.Edit) bool {
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

// AppendListItem returns the edit that adds item as the last element of a bracketed,
// comma-separated list (arguments, object properties), on a line of its own when the
// elements are laid out one per line.
func AppendListItem(src []byte, args *syntax.Node, arg string) (keylint.Edit, bool) {
	var last *syntax.Node
	for _, a := range args.NamedChildren() {
		if a.Kind != "comment" {
			last = a
		}
	}
	if last == nil {
		if args.End-args.Start < 2 {
			return keylint.Edit{}, false
		}
		return keylint.Edit{Start: args.Start + 1, End: args.Start + 1, New: arg}, true
	}
	lineStart := bytes.LastIndexByte(src[:last.Start], '\n') + 1
	if lineStart <= args.Start {
		return keylint.Edit{Start: last.End, End: last.End, New: ", " + arg}, true
	}
	indent := leadingSpace(src[lineStart:last.Start])
	if comma := afterComma(src, last.End); comma > last.End {
		// After a comment that ends the line, which belongs to the last item.
		if nl := bytes.IndexByte(src[comma:], '\n'); nl >= 0 {
			if rest := bytes.TrimSpace(src[comma : comma+nl]); bytes.HasPrefix(rest, []byte("#")) || bytes.HasPrefix(rest, []byte("//")) {
				end := comma + nl
				if end > 0 && src[end-1] == '\r' {
					end--
				}
				return keylint.Edit{Start: end, End: end, New: "\n" + indent + arg + ","}, true
			}
		}
		return keylint.Edit{Start: comma, End: comma, New: "\n" + indent + arg + ","}, true
	}
	return keylint.Edit{Start: last.End, End: last.End, New: ",\n" + indent + arg}, true
}

func leadingSpace(b []byte) string {
	i := 0
	for i < len(b) && (b[i] == ' ' || b[i] == '\t') {
		i++
	}
	return string(b[:i])
}
