package iac

import (
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/gateway"
)

// terraformPolicies returns the policy documents among the file's string templates (quoted or
// heredoc): xml_content of azurerm_api_management_*_policy, azapi bodies, locals.
func terraformPolicies(src []byte, body *hclsyntax.Body) []*gateway.Text {
	var out []*gateway.Text
	var done []hcl.Range
	_ = hclsyntax.VisitAll(body, func(n hclsyntax.Node) hcl.Diagnostics {
		e, ok := n.(*hclsyntax.TemplateExpr)
		if !ok {
			return nil
		}
		r := e.Range()
		for _, d := range done {
			if d.Start.Byte <= r.Start.Byte && r.End.Byte <= d.End.Byte {
				return nil
			}
		}
		if r.End.Byte > len(src) || r.Start.Byte >= r.End.Byte {
			return nil
		}
		if t := gateway.HCLTemplate(src, r.Start.Byte, r.End.Byte); isPolicyText(t) {
			out = append(out, t)
			done = append(done, r)
		}
		return nil
	})
	return out
}

// terraformBackendsIn reads azurerm_api_management_backend resources (and azapi_resource ones of
// the ARM type), and the keys of their credential headers named api-key.
func terraformBackendsIn(src []byte, body *hclsyntax.Body) ([]backendDecl, []keylint.Span) {
	var decls []backendDecl
	var keys []keylint.Span
	for _, b := range body.Blocks {
		if b.Type != "resource" || len(b.Labels) != 2 {
			continue
		}
		var d backendDecl
		what := ""
		switch {
		case b.Labels[0] == "azurerm_api_management_backend":
			d.names = append(d.names, "azurerm_api_management_backend."+strings.ToLower(b.Labels[1]))
			if name := literalAttr(b.Body, "name"); name != "" {
				d.names = append(d.names, strings.ToLower(name))
			}
			if u, ok := b.Body.Attributes["url"]; ok {
				what += " " + string(u.Expr.Range().SliceBytes(src))
			}
			for _, c := range b.Body.Blocks {
				if c.Type != "credentials" {
					continue
				}
				if h, ok := c.Body.Attributes["header"]; ok {
					if k := objectKeys(src, h.Expr, "api-key"); len(k) > 0 {
						keys = append(keys, k...)
						what += " api-key"
					}
				}
			}
		case b.Labels[0] == "azapi_resource" && isBackendType(literalAttr(b.Body, "type")):
			d.names = append(d.names, "azapi_resource."+strings.ToLower(b.Labels[1]))
			if name := literalAttr(b.Body, "name"); name != "" {
				d.names = append(d.names, strings.ToLower(name))
			}
			if a, ok := b.Body.Attributes["body"]; ok {
				props := objectItem(a.Expr, "properties")
				if u := objectItem(props, "url"); u != nil {
					what += " " + string(u.Range().SliceBytes(src))
				}
				if cred := objectItem(props, "credentials"); cred != nil {
					what += " " + string(cred.Range().SliceBytes(src))
					keys = append(keys, objectKeys(src, objectItem(cred, "header"), "api-key")...)
				}
			}
		default:
			continue
		}
		if strings.Contains(what, "azurerm_cognitive_account") || strings.Contains(what, "azurerm_ai_services") {
			what += " cognitiveservices"
		}
		d.AI, d.Search = backendAI(what)
		decls = append(decls, d)
	}
	return decls, keys
}

// terraformBackends reads the APIM backends a Terraform file declares.
func terraformBackends(src []byte) []backendDecl {
	file, _ := hclsyntax.ParseConfig(src, "tree.tf", hcl.Pos{Line: 1, Column: 1})
	if file == nil {
		return nil
	}
	body, ok := file.Body.(*hclsyntax.Body)
	if !ok {
		return nil
	}
	decls, _ := terraformBackendsIn(src, body)
	return decls
}

// literalAttr returns an attribute's value when it is a literal string.
func literalAttr(body *hclsyntax.Body, name string) string {
	a, ok := body.Attributes[name]
	if !ok {
		return ""
	}
	v, diags := a.Expr.Value(nil)
	if diags.HasErrors() || !v.IsKnown() || v.IsNull() || v.Type().FriendlyName() != "string" {
		return ""
	}
	return v.AsString()
}

// object unwraps jsonencode({...}) to the object constructor inside.
func object(e hclsyntax.Expression) *hclsyntax.ObjectConsExpr {
	for e != nil {
		switch x := e.(type) {
		case *hclsyntax.ObjectConsExpr:
			return x
		case *hclsyntax.FunctionCallExpr:
			if x.Name != "jsonencode" || len(x.Args) != 1 {
				return nil
			}
			e = x.Args[0]
		case *hclsyntax.ParenthesesExpr:
			e = x.Expression
		default:
			return nil
		}
	}
	return nil
}

// objectItem returns the value of key in an object constructor.
func objectItem(e hclsyntax.Expression, key string) hclsyntax.Expression {
	o := object(e)
	if o == nil {
		return nil
	}
	for _, it := range o.Items {
		if objectKey(it.KeyExpr) == key {
			return it.ValueExpr
		}
	}
	return nil
}

// objectKeys returns the spans of the keys named key (case-insensitive) in an object constructor.
func objectKeys(src []byte, e hclsyntax.Expression, key string) []keylint.Span {
	o := object(e)
	if o == nil {
		return nil
	}
	var out []keylint.Span
	for _, it := range o.Items {
		if strings.EqualFold(objectKey(it.KeyExpr), key) {
			r := it.KeyExpr.Range()
			out = append(out, keylint.Span{Start: r.Start.Byte, End: r.End.Byte})
		}
	}
	return out
}

func objectKey(k hclsyntax.Expression) string {
	if w, ok := k.(*hclsyntax.ObjectConsKeyExpr); ok {
		if name := hcl.ExprAsKeyword(w.Wrapped); name != "" {
			return name
		}
		k = w.Wrapped
	}
	v, diags := k.Value(nil)
	if diags.HasErrors() || !v.IsKnown() || v.IsNull() || v.Type().FriendlyName() != "string" {
		return ""
	}
	return v.AsString()
}

// apim runs the gateway rules on the file's policies and reports backend key credentials.
func (t *terraform) apim(body *hclsyntax.Body) {
	decls, keys := terraformBackendsIn(t.pass.Src, body)
	for _, k := range keys {
		reportBackendKey(t.pass, k)
	}
	checkPolicies(t.pass, terraformPolicies(t.pass.Src, body), newIndex(decls))
}
