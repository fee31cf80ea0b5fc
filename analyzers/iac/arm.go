package iac

import (
	"bytes"
	"fmt"
	"io"
	"regexp"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/gateway"
	"github.com/keylint/keylint/analyzers/settings"
	"github.com/keylint/keylint/check"
)

// ARMChecker implements check.Checker for ARM JSON deployment templates.
type ARMChecker struct{}

// Langs returns the languages this checker reads.
func (ARMChecker) Langs() []keylint.Lang { return []keylint.Lang{keylint.ARM} }

var armParamRE = regexp.MustCompile(`(?i)^\[\s*(parameters|variables)\(\s*'([^']+)'\s*\)\s*\]$`)

// Check runs KL301-KL303 on one template.
func (ARMChecker) Check(p *check.Pass) {
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(settings.BlankJSONComments(p.Src)))
	if err := dec.Decode(&doc); err != nil {
		if err != io.EOF {
			p.Fail(fmt.Errorf("malformed ARM template: %s", strings.TrimPrefix(err.Error(), "yaml: ")))
		}
		return
	}
	if len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return
	}
	a := &arm{pass: p, root: doc.Content[0], lines: lineStarts(p.Src)}
	a.walk(a.root, 0)
	checkPolicies(p, a.policies, newIndex(a.backends))
}

type arm struct {
	pass  *check.Pass
	root  *yaml.Node
	lines []int

	policies []*gateway.Text
	backends []backendDecl
}

func (a *arm) walk(n *yaml.Node, depth int) {
	if n == nil || depth > 100 || n.Kind == yaml.AliasNode {
		return
	}
	if n.Kind == yaml.MappingNode {
		if t := get(n, "type"); t != nil && isCognitiveAccountType(t.Value) && !isTrue(get(n, "existing")) {
			a.account(n, t)
		}
		for _, key := range []string{"roleDefinitionId", "roleDefinitionIdOrName", "roleDefinitionName"} {
			if id := get(n, key); id != nil && id.Kind == yaml.ScalarNode {
				a.role(n, id)
			}
		}
		if t := get(n, "type"); t != nil && isRoleDefinitionType(t.Value) {
			a.customRole(n)
		}
		if t := get(n, "type"); t != nil && isBackendType(t.Value) {
			d, keys := a.armBackend(n)
			a.backends = append(a.backends, d)
			for _, k := range keys {
				reportBackendKey(a.pass, a.keySpan(k))
			}
		}
	}
	if n.Kind == yaml.ScalarNode && strings.Contains(strings.ToLower(n.Value), "listkeys(") {
		a.listKeys(n)
	}
	if n.Kind == yaml.ScalarNode {
		a.policies = append(a.policies, a.armPolicies(n)...)
	}
	for _, c := range n.Content {
		a.walk(c, depth+1)
	}
}

// account checks properties.disableLocalAuth of one Microsoft.CognitiveServices/accounts.
func (a *arm) account(res, typ *yaml.Node) {
	props := get(res, "properties")
	var v *yaml.Node
	if props != nil && props.Kind == yaml.MappingNode {
		v = get(props, "disableLocalAuth")
	}
	if v == nil {
		fd := a.pass.Reportf("KL301", a.span(typ), "Azure AI account created with key authentication enabled: set \"disableLocalAuth\": true in its properties")
		if props != nil && props.Kind == yaml.MappingNode && props.Style&yaml.FlowStyle != 0 && len(props.Content) > 0 {
			// Insert after the opening brace of "properties": { ...
			open := a.offset(props.Line, props.Column)
			text := " \"disableLocalAuth\": true,"
			if first := props.Content[0]; first.Line > props.Line {
				text = "\n" + lineIndent(a.pass.Src, a.offset(first.Line, first.Column)) + "\"disableLocalAuth\": true,"
			}
			fd.Fixes = append(fd.Fixes, fix(a.pass.Path, localAuthFix, open+1, open+1, text))
		}
		return
	}
	value := v.Value
	if m := armParamRE.FindStringSubmatch(value); m != nil {
		value = a.defaultOf(m[1], m[2])
	}
	if value == "false" {
		// On the resource's "type" line (where the account is declared), covering the value.
		fd := a.pass.Reportf("KL301", keylint.Span{Start: a.span(typ).Start, End: a.span(v).End}, "disableLocalAuth is false, so the account's keys work: set it to true")
		if v.Value == "false" {
			sp := a.span(v)
			fd.Fixes = append(fd.Fixes, fix(a.pass.Path, localAuthFix, sp.Start, sp.End, "true"))
		}
	}
}

// defaultOf returns the default of a parameter or the value of a variable, as text.
func (a *arm) defaultOf(kind, name string) string {
	section := get(a.root, strings.ToLower(kind))
	if section == nil {
		section = get(a.root, kind)
	}
	if section == nil {
		return ""
	}
	item := get(section, name)
	if item == nil {
		return ""
	}
	if strings.EqualFold(kind, "parameters") {
		if d := get(item, "defaultValue"); d != nil {
			return d.Value
		}
		return ""
	}
	return item.Value
}

// listKeys reports a listKeys(...) expression whose resource is a Cognitive Services account.
func (a *arm) listKeys(n *yaml.Node) {
	text := n.Value
	for _, m := range armRefRE.FindAllStringSubmatch(text, -1) {
		text += " " + a.defaultOf(m[1], m[2])
	}
	if !strings.Contains(strings.ToLower(text), "microsoft.cognitiveservices") {
		return
	}
	a.pass.Reportf("KL302", a.span(n), listKeysMessage)
}

var armRefRE = regexp.MustCompile(`(?i)(parameters|variables)\(\s*'([^']+)'\s*\)`)

// role reports a role assignment to a key-reading role, unless the principal is a user
// (principalType User, or the deployer).
func (a *arm) role(n, id *yaml.Node) {
	text := id.Value
	for _, m := range armRefRE.FindAllStringSubmatch(text, -1) {
		text += " " + a.defaultOf(m[1], m[2])
	}
	role := keyReaderRole(text)
	if role == "" {
		return
	}
	if pt := get(n, "principalType"); pt != nil && pt.Value == "User" {
		return
	}
	if p := get(n, "principalId"); p != nil && strings.HasPrefix(strings.ReplaceAll(p.Value, " ", ""), "[deployer().objectId") {
		return // the person (or pipeline) running the deployment, as a developer role
	}
	a.pass.Reportf("KL303", a.span(id), roleMessage(role))
}

// get returns the value of key in a mapping, or nil.
func get(m *yaml.Node, key string) *yaml.Node {
	if m == nil || m.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

func isTrue(n *yaml.Node) bool { return n != nil && n.Value == "true" }

// span is a scalar's bytes in the file (quotes excluded).
func (a *arm) span(n *yaml.Node) keylint.Span {
	start := a.offset(n.Line, n.Column)
	if n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 {
		start++
	}
	end := start + len(n.Value)
	if end > len(a.pass.Src) {
		end = len(a.pass.Src)
	}
	return keylint.Span{Start: start, End: end}
}

func (a *arm) offset(line, col int) int {
	if line < 1 || line > len(a.lines) {
		return 0
	}
	off := a.lines[line-1]
	for c := 1; c < col && off < len(a.pass.Src) && a.pass.Src[off] != '\n'; c++ {
		_, size := utf8.DecodeRune(a.pass.Src[off:])
		off += size
	}
	return off
}

func lineStarts(src []byte) []int {
	starts := []int{0}
	for i, c := range src {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}
