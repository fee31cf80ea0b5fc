package iac

import (
	"bytes"
	"regexp"
	"strings"
	"sync"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/azurectx"
	"github.com/keylint/keylint/check"
)

// BicepChecker implements check.Checker for Bicep.
type BicepChecker struct{}

// Langs returns the languages this checker reads.
func (BicepChecker) Langs() []keylint.Lang { return []keylint.Lang{keylint.Bicep} }

var (
	resourceRE  = newLineRE("resource", `resource[ \t]+([A-Za-z_]\w*)[ \t]+'([^'@]+)@[^']*'[ \t]*(existing)?[ \t]*=`)
	moduleRE    = newLineRE("module", `module[ \t]+([A-Za-z_]\w*)[ \t]+'[^']*'[ \t]*=`)
	paramDeclRE = newLineRE("param", `param[ \t]+([A-Za-z_]\w*)(?:[ \t]+[A-Za-z_][\w.]*)?[ \t]*=[ \t]*([^\r\n]+)`)
	varDeclRE   = newLineRE("var", `var[ \t]+([A-Za-z_]\w*)(?:[ \t]+[A-Za-z_][\w.]*)?[ \t]*=[ \t]*([^\r\n]+)`)
	// Module parameters are named by their authors: roleDefinitionID is as common as roleDefinitionId.
	roleRE       = regexp.MustCompile(`(?m)\b((?i:roleDefinitionId|roleId|roleDefinitionIdOrName|roleDefinitionName|roleDefinitionResourceId))[ \t]*:[ \t]*([^\r\n]+)`)
	propertiesRE = regexp.MustCompile(`(?m)^[ \t]*properties[ \t]*:[ \t]*\{`)
	paramsRE     = regexp.MustCompile(`(?m)^[ \t]*params[ \t]*:[ \t]*\{`)
	identRE      = regexp.MustCompile(`[A-Za-z_]\w*`)
	// idOwnerRE takes the symbol whose id a listKeys(...) call's first argument is:
	// listKeys(account.id, '2023-05-01') names the account declared as `resource account`, and
	// so does the id interpolated into a string: listKeys('${account.id}/listKeys', ver).
	idOwnerRE = regexp.MustCompile(`^\s*(?:'\$\{\s*)?([A-Za-z_]\w*)(?:\[[^\]]*\])?\.id\b`)
	// resourceIdOwnerRE takes the symbol whose type and name a resourceId(...) first argument
	// is built from: listKeys(resourceId(sub, rg, account.type, account.name), ver).
	resourceIdOwnerRE = regexp.MustCompile(`^\s*(?i:resourceId)\s*\(.*?\b([A-Za-z_]\w*)(?:\[[^\]]*\])?\.type\s*,\s*([A-Za-z_]\w*)(?:\[[^\]]*\])?\.name\b`)
	listKeysRE        = regexp.MustCompile(`\b(?:([A-Za-z_]\w*)(?:\[[^\]]*\])?\.)?(?i:listKeys)[ \t]*\(`) // Bicep functions are case-insensitive
)

// propertyREs caches propertyRE's expressions, compiled once per property name.
var propertyREs sync.Map

// propertyRE matches `name: value` at the start of a line.
func propertyRE(name string) *regexp.Regexp {
	if re, ok := propertyREs.Load(name); ok {
		return re.(*regexp.Regexp)
	}
	re := regexp.MustCompile(`(?m)^[ \t]*` + regexp.QuoteMeta(name) + `[ \t]*:[ \t]*([^\r\n]*)`)
	propertyREs.Store(name, re)
	return re
}

// Check runs KL301-KL303 on one Bicep file.
func (BicepChecker) Check(p *check.Pass) {
	b := &bicep{pass: p, src: p.Src, code: maskBicep(p.Src), decls: map[string]string{}}
	b.readDecls()
	accounts := map[string]bool{}
	for _, m := range resourceRE.findAll(b.code) {
		sym, typ := string(b.code[m[2]:m[3]]), string(b.code[m[4]:m[5]])
		if !isCognitiveAccountType(typ) {
			continue
		}
		accounts[sym] = true
		if m[6] < 0 { // not an `existing` reference
			b.account(m[0], m[1])
		}
	}
	for _, m := range moduleRE.findAll(b.code) {
		b.module(m[0]+leadingSpace(b.code[m[0]:m[1]]), m[1])
	}
	if containsFold(b.code, "listkeys") { // the expression tries every byte: most files have none
		for _, m := range listKeysRE.FindAllSubmatchIndex(b.code, -1) {
			b.listKeys(m, accounts)
		}
	}
	if containsFold(b.code, "role") {
		for _, m := range roleRE.FindAllSubmatchIndex(b.code, -1) {
			b.role(m)
		}
	}
	b.customRoles()
	b.apim()
}

type bicep struct {
	pass  *check.Pass
	unit  string // the file's indent unit, once asked for
	src   []byte
	code  []byte            // comments blanked
	decls map[string]string // param and var values (defaults)
}

// account checks one Microsoft.CognitiveServices/accounts resource declared at [start, eq).
func (b *bicep) account(start, eq int) {
	open := indexByteFrom(b.code, eq, '{')
	if open < 0 {
		return
	}
	close := matchBrace(b.code, open)
	if close < 0 {
		return
	}
	body := b.code[open:close]
	props := propertiesRE.FindIndex(body)
	site := keylint.Span{Start: start + leadingSpace(b.code[start:eq]), End: eq}
	if props != nil {
		pOpen := open + props[1] - 1
		pClose := matchBrace(b.code, pOpen)
		if pClose > 0 {
			if v, vStart, vEnd, ok := b.property(pOpen, pClose, "disableLocalAuth"); ok {
				b.localAuthValue(site.Start, v, vStart, vEnd)
				return
			}
			fd := b.pass.Reportf("KL301", site, "Azure AI account created with key authentication enabled: set disableLocalAuth: true in its properties")
			fd.Fixes = append(fd.Fixes, b.insertBefore(pOpen, pClose, "disableLocalAuth: true"))
			return
		}
	}
	fd := b.pass.Reportf("KL301", site, "Azure AI account created with key authentication enabled: set disableLocalAuth: true in its properties")
	unit := b.indentUnit()
	if multiline(b.src, close) {
		indent := lineIndent(b.src, open) + unit
		fd.Fixes = append(fd.Fixes, b.insertBefore(open, close, "properties: {\n"+indent+unit+"disableLocalAuth: true\n"+indent+"}"))
	} else {
		fd.Fixes = append(fd.Fixes, b.insertBefore(open, close, "properties: { disableLocalAuth: true }"))
	}
}

// insertBefore adds a property as the last one of the object at [open, close]: on a line of its
// own, indented one level deeper than the object, or inline with a comma in a one-line object.
func (b *bicep) insertBefore(open, close int, property string) keylint.Fix {
	if multiline(b.src, close) {
		at := lineStart(b.src, close)
		indent := lineIndent(b.src, open) + b.indentUnit()
		return fix(b.pass.Path, localAuthFix, at, at, indent+property+"\n")
	}
	last := close
	for last > open+1 && (b.src[last-1] == ' ' || b.src[last-1] == '\t') {
		last--
	}
	if last == open+1 {
		return fix(b.pass.Path, localAuthFix, open+1, close, " "+property+" ")
	}
	return fix(b.pass.Path, localAuthFix, last, last, ", "+property)
}

// indentUnit is the file's indent unit, found once (it reads the whole file).
func (b *bicep) indentUnit() string {
	if b.unit == "" {
		b.unit = indentUnit(b.src)
	}
	return b.unit
}

// multiline reports a closing brace that starts its line.
func multiline(src []byte, close int) bool {
	return strings.TrimSpace(string(src[lineStart(src, close):close])) == ""
}

// localAuthValue reports disableLocalAuth set to false, directly or through a param or var
// whose default is false.
// The finding starts on the resource's (or module's) declaration line and its region covers the
// offending value, so it sits where KL301's other findings do.
func (b *bicep) localAuthValue(decl int, v string, start, end int) {
	if strings.TrimSpace(b.boolValue(v)) != "false" {
		return
	}
	fd := b.pass.Reportf("KL301", keylint.Span{Start: decl, End: end}, "disableLocalAuth is false, so the account's keys work: set it to true")
	if v == "false" {
		fd.Fixes = append(fd.Fixes, fix(b.pass.Path, localAuthFix, start, end, "true"))
	}
}

// boolValue resolves a value through the file's params and vars, and one negation:
// disableLocalAuth: !enableApiKeyAuth with param enableApiKeyAuth bool = true is false.
func (b *bicep) boolValue(v string) string {
	v = strings.TrimSpace(v)
	inner, negated := strings.CutPrefix(v, "!")
	inner = strings.TrimSpace(inner)
	value := inner
	if d, ok := b.decls[inner]; ok {
		value = strings.TrimSpace(d)
	}
	if !negated {
		return value
	}
	switch value {
	case "true":
		return "false"
	case "false":
		return "true"
	}
	return v
}

// module reports a module call that passes disableLocalAuth: false.
func (b *bicep) module(decl, eq int) {
	open := indexByteFrom(b.code, eq, '{')
	if open < 0 {
		return
	}
	close := matchBrace(b.code, open)
	if close < 0 {
		return
	}
	params := paramsRE.FindIndex(b.code[open:close])
	if params == nil {
		return
	}
	pOpen := open + params[1] - 1
	pClose := matchBrace(b.code, pOpen)
	if pClose < 0 {
		return
	}
	if v, vStart, vEnd, ok := b.property(pOpen, pClose, "disableLocalAuth"); ok {
		b.localAuthValue(decl, v, vStart, vEnd)
	}
}

// property finds `name: value` directly inside the braces at [open, close).
func (b *bicep) property(open, close int, name string) (string, int, int, bool) {
	if open < 0 || close <= open || close > len(b.code) {
		return "", 0, 0, false
	}
	re := propertyRE(name)
	body := b.code[open+1 : close]
	depth := 0
	for _, m := range re.FindAllSubmatchIndex(body, -1) {
		depth = braceDepth(body[:m[0]])
		if depth != 0 {
			continue
		}
		v := strings.TrimSpace(string(body[m[2]:m[3]]))
		start := open + 1 + m[2]
		return v, start, start + len(v), true
	}
	return "", 0, 0, false
}

// listKeys reports account.listKeys() on a Cognitive Services account symbol, or a
// listKeys(...) call whose resource id names Microsoft.CognitiveServices.
func (b *bicep) listKeys(m []int, accounts map[string]bool) {
	sym := ""
	if m[2] >= 0 {
		sym = string(b.code[m[2]:m[3]])
	}
	if sym != "" && !accounts[sym] {
		return // storage.listKeys() and friends are not about AI accounts
	}
	if sym == "" {
		args := b.code[m[1]:]
		if end := matchParen(b.code, m[1]-1); end > 0 {
			args = b.code[m[1]:end]
		}
		if !strings.Contains(strings.ToLower(b.resolveAll(string(args))), "microsoft.cognitiveservices") &&
			!accounts[idOwner(string(args))] && !namesAIAccountID(string(args)) {
			return // listKeys(storage.id, ...) and ids that name no AI account
		}
	}
	b.pass.Reportf("KL302", keylint.Span{Start: m[0], End: m[1] - 1}, listKeysMessage)
}

// namesAIAccountID reports listKeys arguments whose first is a parameter or variable named for
// an AI account's id (listKeys(openaiId, ver), listKeys(aiServicesId, ver)): a module handed the
// account's id. AI Search's keys are read with listAdminKeys/listQueryKeys, not listKeys.
func namesAIAccountID(args string) bool {
	first, _, _ := strings.Cut(args, ",")
	first = strings.TrimSpace(first)
	if first == "" || !bicepIdent(first) {
		return false
	}
	switch azurectx.Service(first) {
	case "", "OpenAI (not Azure)", "AI Search":
		return false
	}
	return true
}

func bicepIdent(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '_' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || i > 0 && c >= '0' && c <= '9') {
			return false
		}
	}
	return s != ""
}

// idOwner is the resource symbol whose id starts a call's arguments, as symbol.id or as
// resourceId(..., symbol.type, symbol.name) ("" for none).
func idOwner(args string) string {
	if m := idOwnerRE.FindStringSubmatch(args); m != nil {
		return m[1]
	}
	if m := resourceIdOwnerRE.FindStringSubmatch(args); m != nil && m[1] == m[2] {
		return m[1]
	}
	return ""
}

// role reports a role id property that resolves to a key-reading role, unless the same object
// says the principal is a user: principalType 'User', or principalId deployer().objectId.
func (b *bicep) role(m []int) {
	value := string(b.code[m[4]:m[5]])
	resolved := b.resolveAll(value)
	role := keyReaderRole(resolved)
	if role == "" && strings.Contains(resolved, ".") {
		role = keyReaderRole(b.jsonMembers(b.resolveAll(resolved)))
	}
	if role == "" {
		return
	}
	if open := enclosingBrace(b.code, m[0]); open >= 0 {
		if close := matchBrace(b.code, open); close > 0 {
			if v, _, _, ok := b.property(open, close, "principalType"); ok {
				if d, ok := b.decls[v]; ok {
					v = d // principalType: principalType, with param principalType string = 'User'
				}
				if strings.Contains(v, "User") && !strings.Contains(v, "Service") {
					return
				}
			}
			if v, _, _, ok := b.property(open, close, "principalId"); ok && strings.HasPrefix(strings.ReplaceAll(v, " ", ""), "deployer().objectId") {
				return // the person (or pipeline) running the deployment, as a developer role
			}
		}
	}
	b.pass.Reportf("KL303", keylint.Span{Start: m[2], End: m[5]}, roleMessage(role))
}

// resolveAll appends the values of params and vars an expression names, one level deep.
func (b *bicep) resolveAll(expr string) string {
	out := expr
	for _, id := range identRE.FindAllString(expr, -1) {
		if v, ok := b.decls[id]; ok {
			out += " " + v
		}
	}
	return out
}

var tripleQuote = []byte("'''")

// maskBicep blanks // and /* */ comments outside strings ('...' and ”'...”'), keeping offsets.
func maskBicep(src []byte) []byte {
	out := append([]byte(nil), src...)
	for i := 0; i < len(out); i++ {
		switch {
		case bytes.HasPrefix(out[i:], tripleQuote):
			// bytes, not strings: converting out[i:] at every byte made this quadratic
			// (an 87 KB main.bicep took 2.3 s, a 420 KB one 24 s).
			end := bytes.Index(out[i+3:], tripleQuote)
			if end < 0 {
				return out
			}
			i += 3 + end + 2
		case out[i] == '\'':
			for i++; i < len(out) && out[i] != '\'' && out[i] != '\n'; i++ {
				if out[i] == '\\' {
					i++
				}
			}
		case out[i] == '/' && i+1 < len(out) && out[i+1] == '/':
			for ; i < len(out) && out[i] != '\n'; i++ {
				out[i] = ' '
			}
		case out[i] == '/' && i+1 < len(out) && out[i+1] == '*':
			for ; i < len(out) && !(out[i] == '*' && i+1 < len(out) && out[i+1] == '/'); i++ {
				if out[i] != '\n' {
					out[i] = ' '
				}
			}
			if i+1 < len(out) {
				out[i], out[i+1] = ' ', ' '
				i++
			}
		}
	}
	return out
}

// matchBrace returns the index of the brace closing the one at open, skipping strings, or -1.
func matchBrace(code []byte, open int) int { return matchPair(code, open, '{', '}') }

func matchParen(code []byte, open int) int { return matchPair(code, open, '(', ')') }

func matchPair(code []byte, open int, o, c byte) int {
	depth := 0
	for i := open; i < len(code); i++ {
		switch code[i] {
		case '\'':
			for i++; i < len(code) && code[i] != '\'' && code[i] != '\n'; i++ {
				if code[i] == '\\' {
					i++
				}
			}
		case o:
			depth++
		case c:
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

// enclosingBrace returns the '{' of the innermost block holding off, or -1.
func enclosingBrace(code []byte, off int) int {
	depth := 0
	for i := off - 1; i >= 0; i-- {
		switch code[i] {
		case '}':
			depth++
		case '{':
			if depth == 0 {
				return i
			}
			depth--
		}
	}
	return -1
}

// braceDepth is the net brace depth of text (strings skipped).
func braceDepth(text []byte) int {
	depth := 0
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\'':
			for i++; i < len(text) && text[i] != '\'' && text[i] != '\n'; i++ {
			}
		case '{', '[':
			depth++
		case '}', ']':
			depth--
		}
	}
	return depth
}

func indexByteFrom(b []byte, from int, c byte) int {
	for i := from; i < len(b); i++ {
		if b[i] == c {
			return i
		}
	}
	return -1
}

func lineStart(src []byte, off int) int {
	for off > 0 && src[off-1] != '\n' {
		off--
	}
	return off
}

func leadingSpace(b []byte) int {
	n := 0
	for n < len(b) && (b[n] == ' ' || b[n] == '\t') {
		n++
	}
	return n
}
