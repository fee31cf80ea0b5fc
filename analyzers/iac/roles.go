package iac

import (
	"regexp"

	"github.com/hashicorp/hcl/v2/hclsyntax"
	"go.yaml.in/yaml/v3"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/gateway"
)

// Custom role definitions (KL303): a role modelled on "Cognitive Services User" that keeps
// Microsoft.CognitiveServices/accounts/listKeys/action, itself or through a wildcard, hands out
// the keys to whoever it is assigned to. Reported on the action that grants it.

// roleAction is one entry of a role's actions or notActions.
type roleAction struct {
	value string
	span  keylint.Span
}

func values(as []roleAction) []string {
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.value
	}
	return out
}

// reportGrant reports KL303 when actions grant listKeys and notActions leave it.
func reportGrant(report func(keylint.Span, string), actions, notActions []roleAction) {
	if i, ok := grantsListKeys(values(actions), values(notActions)); ok {
		report(actions[i].span, customRoleMessage(actions[i].value))
	}
}

var (
	actionsKeyRE    = regexp.MustCompile(`(?:^|[\s{,])actions[ \t]*:[ \t]*\[`)
	notActionsKeyRE = regexp.MustCompile(`(?:^|[\s{,])notActions[ \t]*:[ \t]*\[`)
)

// customRoles reports the Bicep role definitions whose permissions grant listKeys.
func (b *bicep) customRoles() {
	report := func(sp keylint.Span, msg string) { b.pass.Reportf("KL303", sp, msg) }
	for _, m := range anyResourceRE.findAll(b.code) {
		if !isRoleDefinitionType(string(b.code[m[4]:m[5]])) {
			continue
		}
		open := indexByteFrom(b.code, m[1], '{')
		if open < 0 {
			continue
		}
		close := matchBrace(b.code, open)
		if close < 0 {
			continue // an unclosed resource body: nothing to read in it
		}
		_, ps, _, ok := b.property(open, close, "properties")
		if !ok || ps >= len(b.code) || b.code[ps] != '{' {
			continue
		}
		pClose := matchBrace(b.code, ps)
		if pClose < 0 {
			continue
		}
		_, as, _, ok := b.property(ps, pClose, "permissions")
		if !ok || as >= len(b.code) || b.code[as] != '[' {
			continue
		}
		aClose := matchPair(b.code, as, '[', ']')
		for i := as + 1; aClose > 0 && i < aClose; i++ {
			if b.code[i] != '{' {
				continue
			}
			oClose := matchBrace(b.code, i)
			if oClose < 0 {
				break
			}
			reportGrant(report, b.stringList(i, oClose, actionsKeyRE), b.stringList(i, oClose, notActionsKeyRE))
			i = oClose
		}
	}
}

// stringList returns the string literals of the array a key opens directly inside the object
// at [open, close].
func (b *bicep) stringList(open, close int, key *regexp.Regexp) []roleAction {
	body := b.code[open+1 : close]
	for _, m := range key.FindAllIndex(body, -1) {
		if braceDepth(body[:m[0]]) != 0 {
			continue
		}
		as := open + 1 + m[1] - 1
		aClose := matchPair(b.code, as, '[', ']')
		if aClose < 0 {
			return nil
		}
		var out []roleAction
		for i := as + 1; i < aClose; i++ {
			if b.code[i] != '\'' {
				continue
			}
			t, next := gateway.BicepString(b.src, i)
			if t != nil {
				out = append(out, roleAction{string(t.Src), keylint.Span{Start: i + 1, End: next - 1}})
			}
			i = max(next, i+1) - 1
		}
		return out
	}
	return nil
}

// customRole reports an ARM role definition whose permissions grant listKeys.
func (a *arm) customRole(res *yaml.Node) {
	perms := get(get(res, "properties"), "permissions")
	if perms == nil || perms.Kind != yaml.SequenceNode {
		return
	}
	report := func(sp keylint.Span, msg string) { a.pass.Reportf("KL303", sp, msg) }
	list := func(n *yaml.Node) []roleAction {
		if n == nil || n.Kind != yaml.SequenceNode {
			return nil
		}
		var out []roleAction
		for _, v := range n.Content {
			if v.Kind == yaml.ScalarNode {
				out = append(out, roleAction{v.Value, a.span(v)})
			}
		}
		return out
	}
	for _, p := range perms.Content {
		reportGrant(report, list(get(p, "actions")), list(get(p, "notActions")))
	}
}

// customRole reports an azurerm_role_definition whose permissions grant listKeys.
func (t *terraform) customRole(b *hclsyntax.Block) {
	report := func(sp keylint.Span, msg string) { t.pass.Reportf("KL303", sp, msg) }
	list := func(body *hclsyntax.Body, name string) []roleAction {
		attr, ok := body.Attributes[name]
		if !ok {
			return nil
		}
		tuple, ok := attr.Expr.(*hclsyntax.TupleConsExpr)
		if !ok {
			return nil
		}
		var out []roleAction
		for _, e := range tuple.Exprs {
			v, diags := e.Value(nil)
			if diags.HasErrors() || !v.IsKnown() || v.IsNull() || v.Type().FriendlyName() != "string" {
				continue
			}
			r := e.Range()
			sp := keylint.Span{Start: r.Start.Byte, End: r.End.Byte}
			if sp.End-sp.Start >= 2 {
				sp = keylint.Span{Start: sp.Start + 1, End: sp.End - 1}
			}
			out = append(out, roleAction{v.AsString(), sp})
		}
		return out
	}
	for _, p := range b.Body.Blocks {
		if p.Type == "permissions" {
			reportGrant(report, list(p.Body, "actions"), list(p.Body, "not_actions"))
		}
	}
}
