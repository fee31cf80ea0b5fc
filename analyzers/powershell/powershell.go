// Package powershell checks PowerShell scripts for key-based authentication to Azure AI
// services. No PowerShell grammar is available here, so it works on lines: comments and
// here-strings are masked out first (offsets kept), then header hashtables and .Add calls
// (KL104), $env: and [Environment] reads (KL105), key literals assigned to key-like variables
// (KL106), Get-AzCognitiveServicesAccountKey (KL302) and role assignments of key-reading roles
// (KL303) are picked out, and turned into a small syntax tree so the shared code rules apply.
package powershell

import (
	"bytes"
	"regexp"
	"sort"
	"strings"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/coderules"
	"github.com/keylint/keylint/analyzers/iac"
	"github.com/keylint/keylint/check"
	"github.com/keylint/keylint/syntax"
)

// Checker implements check.Checker for PowerShell.
type Checker struct{}

// Langs returns the languages this checker reads.
func (Checker) Langs() []keylint.Lang { return []keylint.Lang{keylint.PowerShell} }

var (
	envVarRE    = regexp.MustCompile(`(?i)\$(?:env:([A-Za-z_][A-Za-z0-9_]*)|\{env:([^}]+)\})`)
	envMethodRE = regexp.MustCompile(`(?i)\[(?:System\.)?Environment\]::GetEnvironmentVariable\(\s*["']([^"']+)["']`)
	assignRE    = regexp.MustCompile(`(?im)^[ \t]*(\$(?:env:)?[A-Za-z_][A-Za-z0-9_]*)[ \t]*=[ \t]*([^;\r\n]*)`)
	// @{ "api-key" = $k }: the header's whole name, not the end of another ("agent-api-key").
	headerPairRE = regexp.MustCompile(`(?i)(?:^|[^\w-])(["']?)(api-key|ocp-apim-subscription-key)(["']?)[ \t]*=[ \t]*([^;\r\n}]*)`)
	// $h['api-key'] = $k, $headers["Ocp-Apim-Subscription-Key"] = $k
	headerIndexRE = regexp.MustCompile(`(?i)\$[A-Za-z_][A-Za-z0-9_]*\[\s*["'](api-key|ocp-apim-subscription-key)["']\s*\][ \t]*=[ \t]*([^;\r\n]*)`)
	// curl / curl.exe -H "api-key: $k" (a continued line keeps its place in the text)
	curlHeaderRE = regexp.MustCompile(`(?i)(?:-H|--header)[ \t]+["'](api-key|ocp-apim-subscription-key)[ \t]*:[ \t]*([^"'\r\n]*)["']`)
	headerAddRE  = regexp.MustCompile(`(?i)\.(?:Add|TryAdd|Set)\(\s*["'](api-key|ocp-apim-subscription-key)["']\s*,\s*([^)\r\n]*)\)`)
	envByVarRE   = regexp.MustCompile(`(?i)\[(?:System\.)?Environment\]::GetEnvironmentVariable\(\s*\$[\w:]+`)
	keyParamRE   = regexp.MustCompile(`(?i)\s-\w*key\w*\s+(?:\$[\w:]+|"[^"\r\n]*"|'[^'\r\n]*')`)
	listKeysRE   = regexp.MustCompile(`(?i)\bGet-AzCognitiveServicesAccountKey\b|\baz\s+cognitiveservices\s+account\s+keys\s+list\b`)
	roleCmdRE    = regexp.MustCompile(`(?i)\bNew-AzRoleAssignment\b|\baz\s+role\s+assignment\s+create\b`)
	roleParamRE  = regexp.MustCompile(`(?i)(?:^|\s)(-RoleDefinitionName|-RoleDefinitionId|--role)(?:\s+|=)("(?:[^"` + "`" + `]|` + "`" + `.)*"|'(?:[^']|'')*'|[^\s;|]+)`)
	userParamRE  = regexp.MustCompile(`(?i)(?:^|\s)(?:-SignInName\b|--assignee-principal-type\s+["']?User\b)`)
	// dotnet user-secrets set K $k, az webapp config appsettings set --settings K=$k, az
	// keyvault secret set, az appconfig kv set, Set-AzKeyVaultSecret, setx: a key stored as a
	// setting, which is reported where it is read and used. The command runs on over lines
	// continued with a backtick.
	settingWriteRE = regexp.MustCompile(`(?im)(?:^|[;|&{][ \t]*)[ \t]*(?:dotnet[ \t]+user-secrets[ \t]+set|azd[ \t]+env[ \t]+set|gh[ \t]+(?:secret|variable)[ \t]+set|vercel[ \t]+env[ \t]+add|heroku[ \t]+config:set|fly(?:ctl)?[ \t]+secrets[ \t]+set|az[ \t]+(?:webapp|functionapp|containerapp|staticwebapp)[ \t][^\r\n]*?\bappsettings[ \t]+set|az[ \t]+keyvault[ \t]+secret[ \t]+set|az[ \t]+appconfig[ \t]+kv[ \t]+set|Set-AzKeyVaultSecret|setx|(?:Remove|Set|Clear)-Item[ \t]+(?:-(?:Literal)?Path[ \t]+)?['"]?Env:[\\/]?)\b(?:[^\r\n` + "`" + `]|` + "`" + `[^\r\n]|` + "`" + `\r?\n)*`)
	// Invoke-Command { ... } -ArgumentList $a, `<newline> $b: values for the script block's own
	// param(), the program's code.
	argListRE = regexp.MustCompile(`(?i)-ArgumentList(?:[ \t]+|[ \t]*,?[ \t]*` + "`" + `?\r?\n[ \t]*)(?:\$[\w:]+[ \t]*,?[ \t]*(?:` + "`" + `\r?\n[ \t]*)?)+`)
	// A parameter declared alone on its line in a param() block: [string]$ApiKey, or $ApiKey,
	paramDeclRE = regexp.MustCompile(`(?m)^[ \t]*(?:\[[^\]\r\n]*\][ \t]*)*\$[A-Za-z_][A-Za-z0-9_]*[ \t]*,?[ \t]*\)?[ \t]*$`)
	stringRE    = regexp.MustCompile(`"(?:[^"` + "`" + `]|` + "`" + `.)*"|'(?:[^']|'')*'`)
)

// item is a span that becomes a syntax node.
type item struct {
	kind       string
	start, end int
}

// Check runs the rules on one script.
func (Checker) Check(p *check.Pass) {
	src := p.Src
	masked, strs := mask(src)
	defer func() {
		// Text in a here-string or a multi-line string (a file the script writes, a JSON
		// body), after every other outcome: the reads, headers and keys inside are found by the
		// rules. A one-line string's text is told by the line (scan's lineOutcome).
		for _, sp := range strs {
			p.Dismiss(sp, coderules.DismissString)
		}
	}()
	var items []item
	add := func(kind string, start, end int) int {
		items = append(items, item{kind, start, end})
		return len(items) - 1
	}
	type envRead struct {
		name string
		idx  int
	}
	var reads []envRead
	for _, m := range envVarRE.FindAllSubmatchIndex(masked, -1) {
		var name string
		if m[2] >= 0 {
			name = string(src[m[2]:m[3]]) // $env:NAME
		} else {
			name = string(src[m[4]:m[5]]) // ${env:NAME}
		}
		if isWrite(masked, m[1]) {
			continue
		}
		reads = append(reads, envRead{name, add("env", m[0], m[1])})
	}
	for _, m := range envMethodRE.FindAllSubmatchIndex(masked, -1) {
		reads = append(reads, envRead{string(src[m[2]:m[3]]), add("env", m[0], m[1])})
	}
	for _, m := range envByVarRE.FindAllIndex(masked, -1) {
		// GetEnvironmentVariable($name): which setting is read is decided elsewhere.
		p.Dismiss(keylint.Span{Start: m[0], End: m[1]}, "a read of a setting named by a variable")
	}
	for _, m := range settingWriteRE.FindAllIndex(masked, -1) {
		p.Dismiss(keylint.Span{Start: m[0], End: m[1]}, coderules.DismissEnvWrite)
	}
	for _, m := range argListRE.FindAllIndex(masked, -1) {
		p.Dismiss(keylint.Span{Start: m[0], End: m[1]}, coderules.DismissOwnFunc)
	}
	for _, m := range paramDeclRE.FindAllIndex(masked, -1) {
		p.Dismiss(keylint.Span{Start: m[0], End: m[1]}, coderules.DismissDefinition)
	}
	for _, m := range keyParamRE.FindAllSubmatchIndex(masked, -1) {
		// Invoke-Something -ApiKey $k: a function's own parameter; where the function uses it
		// (a header, a client) is where it is reported.
		p.Dismiss(keylint.Span{Start: m[0], End: m[1]}, coderules.DismissOwnFunc)
	}
	type assign struct {
		name          string
		nameIdx, vIdx int
	}
	var assigns []assign
	for _, m := range assignRE.FindAllSubmatchIndex(masked, -1) {
		vStart, vEnd := m[4], trimRight(masked, m[4], m[5])
		if vEnd <= vStart {
			continue
		}
		assigns = append(assigns, assign{string(src[m[2]:m[3]]), add("variable", m[2], m[3]), add(valueKind(src[vStart:vEnd]), vStart, vEnd)})
	}
	type header struct {
		name              string
		siteIdx, valueIdx int
	}
	var headers []header
	for _, m := range headerPairRE.FindAllSubmatchIndex(masked, -1) {
		vStart, vEnd := m[8], trimRight(masked, m[8], m[9])
		if vEnd <= vStart {
			continue
		}
		headers = append(headers, header{string(src[m[4]:m[5]]), add("pair", m[2], vEnd), add(valueKind(src[vStart:vEnd]), vStart, vEnd)})
	}
	for _, re := range []*regexp.Regexp{headerIndexRE, curlHeaderRE} {
		for _, m := range re.FindAllSubmatchIndex(masked, -1) {
			vStart, vEnd := m[4], trimRight(masked, m[4], m[5])
			if vEnd <= vStart {
				continue
			}
			headers = append(headers, header{string(src[m[2]:m[3]]), add("pair", m[0], vEnd), add(valueKind(src[vStart:vEnd]), vStart, vEnd)})
		}
	}
	for _, m := range headerAddRE.FindAllSubmatchIndex(masked, -1) {
		vStart, vEnd := m[4], trimRight(masked, m[4], m[5])
		if vEnd <= vStart {
			continue
		}
		headers = append(headers, header{string(src[m[2]:m[3]]), add("call", m[0], m[1]), add(valueKind(src[vStart:vEnd]), vStart, vEnd)})
	}
	var listKeys []int
	for _, m := range listKeysRE.FindAllIndex(masked, -1) {
		if printedText(masked, m[0]) {
			continue // Write-Host "Get the key with: az cognitiveservices account keys list ...": a hint
		}
		listKeys = append(listKeys, add("command", m[0], m[1]))
	}

	tree, nodes := buildTree(src, items)
	f := &file{}
	facts := &coderules.Facts{Syntax: f, HeaderRewriter: headerRewriter{p.Opts.Scope}, Assigns: map[string][]*syntax.Node{}, Funcs: map[string]bool{}}
	facts.Azure = p.Opts.Markers.In(string(masked))
	for _, r := range reads {
		facts.EnvReads = append(facts.EnvReads, coderules.EnvRead{Name: r.name, Node: nodes[r.idx]})
	}
	for _, a := range assigns {
		v := nodes[a.vIdx]
		if !strings.HasPrefix(strings.ToLower(a.name), "$env:") {
			// Setting $env:X is not what a later read of it returns: that comes from outside.
			facts.Assigns[a.name] = append(facts.Assigns[a.name], v)
		}
		if s, ok := stringValue(v); ok {
			facts.Literals = append(facts.Literals, coderules.Literal{Node: v, Value: s, Content: inner(v), Context: strings.TrimPrefix(strings.TrimPrefix(a.name, "$"), "env:")})
		}
	}
	for _, h := range headers {
		v := nodes[h.valueIdx]
		facts.Headers = append(facts.Headers, coderules.Header{Name: h.name, Value: v, Site: nodes[h.siteIdx]})
		if s, ok := stringValue(v); ok {
			facts.Literals = append(facts.Literals, coderules.Literal{Node: v, Value: s, Content: inner(v), Context: h.name})
		}
	}
	_ = tree // the nodes live in it
	roles(p, src, masked, facts)
	rules := coderules.New(p, facts)
	for _, i := range listKeys {
		rules.Report("KL302", nodes[i], "account key read with "+nodes[i].Text()+": assign \"Cognitive Services OpenAI User\" (5e0bd9bd-7b93-4f28-af87-19fc36ad61bd) to the app's managed identity instead")
	}
	rules.Run()
}

// printLine starts a line that prints its arguments: Write-Host, Write-Output, echo.
var printLine = regexp.MustCompile(`(?i)^[ \t]*(?:Write-(?:Host|Output|Verbose|Information|Warning|Debug)|echo)\b`)

// printedText reports a command at offset i that is text a print command shows: inside a
// quoted string on a Write-Host/echo line, not inside a $( ) subexpression, which runs.
func printedText(src []byte, i int) bool {
	start := bytes.LastIndexByte(src[:i], '\n') + 1
	before := src[start:i]
	if !printLine.Match(before) {
		return false
	}
	q := bytes.IndexAny(before, "\"'")
	return q >= 0 && !bytes.Contains(before[q:], []byte("$("))
}

// roles reports New-AzRoleAssignment -RoleDefinitionName/-RoleDefinitionId and
// az role assignment create --role with a key-reading role (KL303), written there or in a
// variable the script sets; not for a user (-SignInName, --assignee-principal-type User).
func roles(p *check.Pass, src, masked []byte, facts *coderules.Facts) {
	for _, m := range roleCmdRE.FindAllIndex(masked, -1) {
		end := statementEnd(masked, m[1])
		stmt := masked[m[1]:end]
		if userParamRE.Match(stmt) {
			continue
		}
		for _, r := range roleParamRE.FindAllSubmatchIndex(stmt, -1) {
			vs, ve := m[1]+r[4], m[1]+r[5]
			value := string(src[vs:ve])
			for _, v := range facts.Assigns[value] {
				if s, ok := stringValue(v); ok {
					value += " " + s
				}
			}
			if name := iac.KeyReaderRole(value); name != "" {
				p.Reportf("KL303", keylint.Span{Start: vs, End: ve}, iac.RoleMessage(name))
			}
		}
	}
}

// statementEnd returns the end of the statement that goes on from i: the end of the line,
// or of the lines a trailing backtick continues.
func statementEnd(b []byte, i int) int {
	for i < len(b) {
		nl := i
		for nl < len(b) && b[nl] != '\n' {
			nl++
		}
		line := strings.TrimRight(string(b[i:nl]), " \t\r")
		if !strings.HasSuffix(line, "`") || nl == len(b) {
			return nl
		}
		i = nl + 1
	}
	return len(b)
}

// isWrite reports `$env:X = ...` (an assignment, not a read) after a variable ending at end.
func isWrite(masked []byte, end int) bool {
	i := end
	for i < len(masked) && (masked[i] == ' ' || masked[i] == '\t') {
		i++
	}
	return i < len(masked) && masked[i] == '=' && (i+1 >= len(masked) || masked[i+1] != '=')
}

func trimRight(b []byte, start, end int) int {
	for end > start && (b[end-1] == ' ' || b[end-1] == '\t' || b[end-1] == ',') {
		end--
	}
	return end
}

func valueKind(v []byte) string {
	s := strings.TrimSpace(string(v))
	switch {
	case stringRE.MatchString(s) && stringRE.FindString(s) == s:
		return "string"
	case strings.HasPrefix(s, "$") && !strings.ContainsAny(s, " .(["):
		return "variable"
	}
	return "expression"
}

// buildTree turns spans into a syntax tree: a span inside another becomes its child, so the
// env reads inside a header value are that value's descendants. It returns the nodes in the
// order of items.
func buildTree(src []byte, items []item) (*syntax.Tree, []*syntax.Node) {
	order := make([]int, len(items))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		x, y := items[order[a]], items[order[b]]
		if x.start != y.start {
			return x.start < y.start
		}
		if x.end != y.end {
			return x.end > y.end
		}
		// A read spanning a whole value goes under that value, so the value's
		// descendants include it.
		return x.kind != "env" && y.kind == "env"
	})
	t := &syntax.Tree{Src: src}
	t.NewNode(-1, "script", "", 0, len(src), true, false)
	index := make([]int, len(items))
	var stack []int // node indices of open spans
	for _, i := range order {
		it := items[i]
		for len(stack) > 0 && t.Nodes[stack[len(stack)-1]].End <= it.start {
			stack = stack[:len(stack)-1]
		}
		parent := 0
		if len(stack) > 0 && t.Nodes[stack[len(stack)-1]].End >= it.end {
			parent = stack[len(stack)-1]
		}
		index[i] = t.NewNode(parent, it.kind, "", it.start, it.end, true, false)
		stack = append(stack, index[i])
	}
	t.Link()
	nodes := make([]*syntax.Node, len(items))
	for i := range items {
		nodes[i] = &t.Nodes[index[i]]
	}
	return t, nodes
}

// mask blanks comments (# ... and <# ... #>) and here-strings (@" ... "@, @' ... '@) with
// spaces, keeping newlines and every offset, so the line rules never match inside them.
// Quoted strings are left alone: a # inside one is not a comment. It also returns the spans
// of the here-strings and multi-line strings.
func mask(src []byte) ([]byte, []keylint.Span) {
	out := append([]byte(nil), src...)
	var strs []keylint.Span
	blank := func(from, to int) {
		for i := from; i < to && i < len(out); i++ {
			if out[i] != '\n' && out[i] != '\r' {
				out[i] = ' '
			}
		}
	}
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == '<' && i+1 < len(src) && src[i+1] == '#':
			end := bytes.Index(src[i+2:], []byte("#>"))
			// An unclosed <# hides nothing: PowerShell refuses the script, and the code after it
			// is what runs once the comment is closed. Blank just its line.
			stop := bytes.IndexByte(src[i:], '\n')
			if stop < 0 {
				stop = len(src)
			} else {
				stop += i
			}
			if end >= 0 {
				stop = i + 2 + end + 2
			}
			blank(i, stop)
			i = stop
		case c == '#':
			end := i
			for end < len(src) && src[end] != '\n' {
				end++
			}
			blank(i, end)
			i = end
		case c == '@' && i+1 < len(src) && (src[i+1] == '"' || src[i+1] == '\''):
			closer := "\n" + string(src[i+1]) + "@"
			end := strings.Index(string(src[i+2:]), closer)
			stop := len(src)
			if end >= 0 {
				stop = i + 2 + end + len(closer)
			}
			blank(i, stop)
			strs = append(strs, keylint.Span{Start: i, End: stop})
			i = stop
		case c == '"' || c == '\'':
			j := i + 1
			for j < len(src) && src[j] != c {
				if c == '"' && src[j] == '`' {
					j++
				}
				j++
			}
			if bytes.IndexByte(src[i:min(j, len(src))], '\n') >= 0 {
				strs = append(strs, keylint.Span{Start: i, End: min(j+1, len(src))}) // a multi-line string
			}
			i = j + 1
		default:
			i++
		}
	}
	return out, strs
}

type file struct{}

// stringValue returns a quoted value: '...' always, "..." when it expands nothing.
func stringValue(n *syntax.Node) (string, bool) {
	if n.Kind != "string" {
		return "", false
	}
	t := strings.TrimSpace(n.Text())
	if len(t) < 2 {
		return "", false
	}
	if t[0] == '"' && strings.ContainsAny(t, "$`") {
		return "", false
	}
	return t[1 : len(t)-1], true
}

func inner(n *syntax.Node) keylint.Span {
	if n.End-n.Start >= 2 {
		return keylint.Span{Start: n.Start + 1, End: n.End - 1}
	}
	return keylint.Span{Start: n.Start, End: n.End}
}

// StringValue implements coderules.Syntax.
func (f *file) StringValue(n *syntax.Node) (string, bool) { return stringValue(n) }

// IsNull implements coderules.Syntax.
func (f *file) IsNull(n *syntax.Node) bool {
	return strings.EqualFold(strings.TrimSpace(n.Text()), "$null")
}

// IsCallable implements coderules.Syntax.
func (f *file) IsCallable(n *syntax.Node) bool { return false }

// CallName implements coderules.Syntax.
func (f *file) CallName(n *syntax.Node) string { return "" }

// IsVariable implements coderules.Syntax.
func (f *file) IsVariable(n *syntax.Node) bool { return n.Kind == "variable" }
