package iac

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/azurectx"
	"github.com/keylint/keylint/analyzers/keyformat"
	"github.com/keylint/keylint/check"
	"github.com/keylint/keylint/syntax"
)

// TerraformChecker implements check.Checker for Terraform (.tf) and variable files (.tfvars).
type TerraformChecker struct{}

// Langs returns the languages this checker reads.
func (TerraformChecker) Langs() []keylint.Lang { return []keylint.Lang{keylint.Terraform} }

// cognitiveResources are the azurerm resources that are Azure AI accounts.
var cognitiveResources = map[string]bool{"azurerm_cognitive_account": true, "azurerm_ai_services": true}

// Check runs KL301-KL303 (and, for .tfvars, KL202) on one file.
func (TerraformChecker) Check(p *check.Pass) {
	if syntax.NestedDeeper(p.Src, syntax.MaxNesting) {
		// The HCL parser recurses per level: deeper input would overflow the stack.
		p.Fail(fmt.Errorf("brackets nest deeper than %d levels: only key formats checked", syntax.MaxNesting))
		return
	}
	file, diags := hclsyntax.ParseConfig(p.Src, p.Path, hcl.Pos{Line: 1, Column: 1, Byte: 0})
	if diags.HasErrors() {
		p.Partial(fmt.Errorf("malformed Terraform, checked what parsed: %s", diags.Errs()[0]))
	}
	if file == nil {
		return
	}
	body, ok := file.Body.(*hclsyntax.Body)
	if !ok {
		return
	}
	t := &terraform{pass: p, vars: map[string]hcl.Expression{}}
	if strings.HasSuffix(p.Path, ".tfvars") {
		t.tfvars(body)
		return
	}
	t.vars = variableDefaults(body)
	t.siblings = func() map[string]hcl.Expression { return siblingDefaults(p.Path) }
	t.varFiles = func() map[string][]hcl.Expression { return tfvarsValues(p.Path) }
	for _, b := range body.Blocks {
		if b.Type != "resource" || len(b.Labels) != 2 {
			continue
		}
		switch {
		case cognitiveResources[b.Labels[0]]:
			t.account(b)
		case b.Labels[0] == "azurerm_role_assignment":
			t.role(b)
		case b.Labels[0] == "azurerm_role_definition":
			t.customRole(b)
		}
	}
	t.accessKeys(body)
	t.apim(body)
}

type terraform struct {
	pass     *check.Pass
	unit     string                    // the file's indent unit, once asked for
	vars     map[string]hcl.Expression // variable defaults in this file
	siblings func() map[string]hcl.Expression
	varFiles func() map[string][]hcl.Expression // values the module's variable files give
}

// indentUnit is the file's indent unit, found once (it reads the whole file).
func (t *terraform) indentUnit() string {
	if t.unit == "" {
		t.unit = indentUnit(t.pass.Src)
	}
	return t.unit
}

// variableDefaults collects `variable "x" { default = ... }` from a body.
func variableDefaults(body *hclsyntax.Body) map[string]hcl.Expression {
	vars := map[string]hcl.Expression{}
	for _, b := range body.Blocks {
		if b.Type == "variable" && len(b.Labels) == 1 {
			if d, ok := b.Body.Attributes["default"]; ok {
				vars[b.Labels[0]] = d.Expr
			}
		}
	}
	return vars
}

// siblingDefaults reads the variable defaults of the other .tf files of a module (a module is a
// directory: variables.tf usually holds them), once per directory.
var siblingCache sync.Map // dir -> map[string]hcl.Expression

func siblingDefaults(path string) map[string]hcl.Expression {
	dir := filepath.Dir(filepath.FromSlash(path))
	if v, ok := siblingCache.Load(dir); ok {
		return v.(map[string]hcl.Expression)
	}
	vars := map[string]hcl.Expression{}
	files, _ := filepath.Glob(filepath.Join(dir, "*.tf"))
	eachBody(files, func(body *hclsyntax.Body) {
		for k, v := range variableDefaults(body) {
			vars[k] = v
		}
	})
	siblingCache.Store(dir, vars)
	return vars
}

// eachBody parses each of the files as HCL and visits its body; a file that cannot be read, is
// over 2 MiB or nested too deep is passed over.
func eachBody(files []string, visit func(*hclsyntax.Body)) {
	for _, name := range files {
		src, err := os.ReadFile(name)
		if err != nil || len(src) > 2<<20 || syntax.NestedDeeper(src, syntax.MaxNesting) {
			continue
		}
		f, _ := hclsyntax.ParseConfig(src, name, hcl.Pos{Line: 1, Column: 1})
		if f == nil {
			continue
		}
		if body, ok := f.Body.(*hclsyntax.Body); ok {
			visit(body)
		}
	}
}

// tfvarsValues reads the values a module's variable files give its variables: terraform.tfvars,
// *.auto.tfvars and each environment's file (dev.tfvars), beside the module or one directory
// down (environments/dev.tfvars, passed with -var-file), once per directory.
var tfvarsCache sync.Map // dir -> map[string][]hcl.Expression

func tfvarsValues(path string) map[string][]hcl.Expression {
	dir := filepath.Dir(filepath.FromSlash(path))
	if v, ok := tfvarsCache.Load(dir); ok {
		return v.(map[string][]hcl.Expression)
	}
	vals := map[string][]hcl.Expression{}
	here, _ := filepath.Glob(filepath.Join(dir, "*.tfvars"))
	below, _ := filepath.Glob(filepath.Join(dir, "*", "*.tfvars"))
	eachBody(append(here, below...), func(body *hclsyntax.Body) {
		for k, a := range body.Attributes {
			vals[k] = append(vals[k], a.Expr)
		}
	})
	tfvarsCache.Store(dir, vals)
	return vals
}

// varDefault finds a variable's default in this file, then in the module's other files.
func (t *terraform) varDefault(name string) (hcl.Expression, bool) {
	if d, ok := t.vars[name]; ok {
		return d, true
	}
	if t.siblings != nil {
		d, ok := t.siblings()[name]
		return d, ok
	}
	return nil, false
}

// account checks local_auth_enabled (default true) on an AI account resource.
func (t *terraform) account(b *hclsyntax.Block) {
	attr, ok := b.Body.Attributes["local_auth_enabled"]
	if !ok {
		// azurerm_ai_services names it local_authentication_enabled.
		attr, ok = b.Body.Attributes["local_authentication_enabled"]
	}
	if !ok {
		r := b.TypeRange
		fd := t.pass.Reportf("KL301", keylint.Span{Start: r.Start.Byte, End: b.LabelRanges[1].End.Byte},
			b.Labels[0]+" keeps key authentication on (local_auth_enabled defaults to true): set local_auth_enabled = false")
		open := b.OpenBraceRange.End.Byte
		close := b.CloseBraceRange.Start.Byte
		indent := lineIndent(t.pass.Src, b.TypeRange.Start.Byte) + t.indentUnit()
		if multiline(t.pass.Src, close) {
			at := lineStart(t.pass.Src, close)
			fd.Fixes = append(fd.Fixes, fix(t.pass.Path, "Set local_auth_enabled = false", at, at, indent+"local_auth_enabled = false\n"))
		} else {
			fd.Fixes = append(fd.Fixes, fix(t.pass.Path, "Set local_auth_enabled = false", open, open, "\n"+indent+"local_auth_enabled = false\n"))
		}
		return
	}
	if t.boolValue(attr.Expr) != "true" {
		return
	}
	r := attr.Expr.Range()
	// On the resource's declaration line, the region covering the attribute.
	fd := t.pass.Reportf("KL301", keylint.Span{Start: b.TypeRange.Start.Byte, End: r.End.Byte},
		"local_auth_enabled is true, so the account's keys work: set it to false")
	if lit, ok := attr.Expr.(*hclsyntax.LiteralValueExpr); ok && lit.Val.True() {
		fd.Fixes = append(fd.Fixes, fix(t.pass.Path, "Set local_auth_enabled = false", r.Start.Byte, r.End.Byte, "false"))
	}
}

// boolValue evaluates a literal or a var.x with a literal default; "" when unknown.
func (t *terraform) boolValue(e hcl.Expression) string {
	if tr, ok := e.(*hclsyntax.ScopeTraversalExpr); ok && len(tr.Traversal) == 2 && tr.Traversal.RootName() == "var" {
		if step, ok := tr.Traversal[1].(hcl.TraverseAttr); ok {
			// An environment whose variables file turns it on has it on, whatever the default.
			if t.varFiles != nil {
				for _, v := range t.varFiles()[step.Name] {
					if literalBool(v) == "true" {
						return "true"
					}
				}
			}
			if d, ok := t.varDefault(step.Name); ok {
				e = d
			}
		}
	}
	return literalBool(e)
}

// literalBool evaluates a constant boolean expression; "" when it is none.
func literalBool(e hcl.Expression) string {
	if v, diags := e.Value(nil); !diags.HasErrors() && v.IsKnown() && !v.IsNull() && v.Type().FriendlyName() == "bool" {
		if v.True() {
			return "true"
		}
		return "false"
	}
	return ""
}

// userPrincipal reports a role assignment whose principal is an Entra ID user, a person
// (principal_id = data.azuread_user.dev.object_id, or each.value.object_id over
// for_each = data.azuread_user.users). Whoever runs Terraform (azurerm_client_config) is often
// a pipeline's service principal: still reported.
func (t *terraform) userPrincipal(b *hclsyntax.Block) bool {
	pid, ok := b.Body.Attributes["principal_id"]
	if !ok {
		return false
	}
	text := string(pid.SrcRange.SliceBytes(t.pass.Src))
	if strings.Contains(text, "azuread_user.") {
		return true
	}
	if fe, ok := b.Body.Attributes["for_each"]; ok && strings.Contains(text, "each.") {
		return strings.Contains(string(fe.SrcRange.SliceBytes(t.pass.Src)), "azuread_user.")
	}
	return false
}

// role reports an azurerm_role_assignment to a key-reading role, unless the principal is a user.
func (t *terraform) role(b *hclsyntax.Block) {
	if pt, ok := b.Body.Attributes["principal_type"]; ok && strings.Contains(string(pt.SrcRange.SliceBytes(t.pass.Src)), `"User"`) {
		return
	}
	if t.userPrincipal(b) {
		return
	}
	for _, name := range []string{"role_definition_name", "role_definition_id"} {
		attr, ok := b.Body.Attributes[name]
		if !ok {
			continue
		}
		text := string(attr.Expr.Range().SliceBytes(t.pass.Src))
		for _, tr := range attr.Expr.Variables() {
			if tr.RootName() == "var" && len(tr) == 2 {
				if step, ok := tr[1].(hcl.TraverseAttr); ok {
					if d, ok := t.varDefault(step.Name); ok {
						if v, diags := d.Value(nil); !diags.HasErrors() && v.IsKnown() && !v.IsNull() && v.Type().FriendlyName() == "string" {
							text += " " + v.AsString() // the default may live in another file
						}
					}
				}
			}
		}
		if role := keyReaderRole(text); role != "" {
			t.pass.Reportf("KL303", keylint.Span{Start: attr.SrcRange.Start.Byte, End: attr.SrcRange.End.Byte}, roleMessage(role))
		}
	}
}

// accessKeys reports every reference to an AI account's primary or secondary access key.
func (t *terraform) accessKeys(body *hclsyntax.Body) {
	_ = hclsyntax.VisitAll(body, func(n hclsyntax.Node) hcl.Diagnostics {
		switch e := n.(type) {
		case *hclsyntax.ForExpr:
			// { for region, c in azurerm_cognitive_account.cga : region => c.primary_access_key }
			if t.cognitiveCollection(e.CollExpr) {
				t.iteratedKeys(e.ValExpr, e.ValVar)
			}
			return nil
		case *hclsyntax.RelativeTraversalExpr:
			// azurerm_cognitive_account.cs[each.key].primary_access_key, indexed by an expression
			if ix, ok := e.Source.(*hclsyntax.IndexExpr); ok && t.cognitiveCollection(ix.Collection) {
				if names := traversalNames(e.Traversal); len(names) > 0 && accessKeyAttr(names[0]) {
					t.keyRead(e.SrcRange)
				}
			}
		case *hclsyntax.SplatExpr:
			// azurerm_cognitive_account.cga[*].primary_access_key
			if rel, ok := e.Each.(*hclsyntax.RelativeTraversalExpr); ok && t.cognitiveCollection(e.Source) {
				if names := traversalNames(rel.Traversal); len(names) > 0 && accessKeyAttr(names[0]) {
					t.keyRead(e.SrcRange)
				}
			}
			return nil
		}
		if names := resourceNames(n); len(names) >= 3 && cognitiveResources[names[0]] && accessKeyAttr(names[2]) {
			t.keyRead(n.Range())
		}
		return nil
	})
}

// keyRead reports an expression reading an AI account's access key.
func (t *terraform) keyRead(r hcl.Range) {
	t.pass.Reportf("KL302", keylint.Span{Start: r.Start.Byte, End: r.End.Byte}, listKeysMessage)
}

// resourceNames returns the names of a reference (azurerm_cognitive_account.x.primary_access_key,
// a data source's without "data"), or nil for any other expression.
func resourceNames(n hclsyntax.Node) []string {
	tr, ok := n.(*hclsyntax.ScopeTraversalExpr)
	if !ok {
		return nil
	}
	names := traversalNames(tr.Traversal)
	if len(names) >= 1 && names[0] == "data" {
		names = names[1:]
	}
	return names
}

// cognitiveCollection reports an expression naming AI accounts as a whole
// (azurerm_cognitive_account.cga, created with for_each or count).
func (t *terraform) cognitiveCollection(e hclsyntax.Expression) bool {
	names := resourceNames(e)
	return len(names) == 2 && cognitiveResources[names[0]]
}

// iteratedKeys reports v.primary_access_key (or secondary) in a for expression's value, v
// being the variable that iterates over AI accounts.
func (t *terraform) iteratedKeys(val hclsyntax.Expression, v string) {
	_ = hclsyntax.VisitAll(val, func(n hclsyntax.Node) hcl.Diagnostics {
		if tr, ok := n.(*hclsyntax.ScopeTraversalExpr); ok {
			if names := traversalNames(tr.Traversal); len(names) == 2 && names[0] == v && accessKeyAttr(names[1]) {
				t.keyRead(tr.SrcRange)
			}
		}
		return nil
	})
}

func accessKeyAttr(name string) bool {
	return name == "primary_access_key" || name == "secondary_access_key"
}

func traversalNames(tr hcl.Traversal) []string {
	var names []string
	for _, step := range tr {
		switch s := step.(type) {
		case hcl.TraverseRoot:
			names = append(names, s.Name)
		case hcl.TraverseAttr:
			names = append(names, s.Name)
		case hcl.TraverseIndex:
			// count/for_each index: skip it, keep the attribute names.
		}
	}
	return names
}

// tfvars reports key-like variables given real values (KL202) and 32-hex keys (KL106).
func (t *terraform) tfvars(body *hclsyntax.Body) {
	for name, attr := range body.Attributes {
		if !azurectx.IsKeyLikeName(name) && !t.pass.Opts.KeyNames.Match(name) {
			continue
		}
		v, diags := attr.Expr.Value(nil)
		if diags.HasErrors() || !v.IsKnown() || v.IsNull() || v.Type().FriendlyName() != "string" {
			continue
		}
		value := v.AsString()
		if keyformat.IsPlaceholder(value) {
			continue
		}
		r := attr.Expr.Range()
		span := keylint.Span{Start: r.Start.Byte, End: r.End.Byte}
		if span.End-span.Start >= 2 {
			span = keylint.Span{Start: span.Start + 1, End: span.End - 1}
		}
		if keyformat.IsClassicKey(value) {
			fd := t.pass.Reportf("KL106", span, "hard-coded "+keyformat.Classic.String()+" in "+name)
			fd.Secrets = append(fd.Secrets, span)
		}
		fd := t.pass.Reportf("KL202", span, name+" holds a key in a Terraform variables file: rotate it if committed, and use Microsoft Entra ID instead")
		fd.Secrets = append(fd.Secrets, span)
	}
}
