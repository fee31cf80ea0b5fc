package scan

import (
	"bytes"
	"github.com/keylint/keylint/parsers"
	"regexp"
	"sort"
	"strings"
	"sync"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/azurectx"
	"github.com/keylint/keylint/analyzers/coderules"
	"github.com/keylint/keylint/check"
	"github.com/keylint/keylint/syntax"
)

// Hit accounting (--explain-hits): every keyword hit in code, in a file that passes the
// prefilter, ends in exactly one outcome, a finding or a named dismissal, so a miss cannot hide
// in what the checkers never looked at. A hit with no outcome is unexplained, and a defect to
// fix: a finding keylint misses, or a dismissal to name and test.

// The keyword list a grep for key use would start from (the recall bar's, plus the key
// credential and header words), as the regular expression a grep would take:
//
//	(?i)api_key|apikey|api-key|keycredential|ocp-apim-subscription-key|subscription-key|openai[\w.-]*key
//
// findHits finds its matches (leftmost first, the first alternative at a start, not overlapping)
// by hand, ASCII case folding only: Go's regexp ran at a few MB/s here and took two thirds of a
// --stats run. hits_test.go checks the two agree.
var hitWords = []string{"api_key", "apikey", "api-key", "keycredential", "ocp-apim-subscription-key", "subscription-key"}

// hitFirst marks the bytes a hit can start with.
var hitFirst = func() (t [256]bool) {
	for _, c := range []byte("aAkKoOsS") {
		t[c] = true
	}
	return t
}()

// findHits returns the [start, end) of every keyword hit in src.
func findHits(src []byte) [][]int {
	var out [][]int
	var run openaiRun
	for i := 0; i < len(src); i++ {
		if !hitFirst[src[i]] {
			continue
		}
		if end := hitAt(src, i, &run); end > i {
			out = append(out, []int{i, end})
			i = end - 1
		}
	}
	return out
}

// openaiRun remembers the last run of word characters, dots and dashes after an "openai": an
// "openai" inside it ends in the same run, so the run is not scanned again (a line of
// "openaiopenai…" would be quadratic).
type openaiRun struct {
	from, end int // the run is src[from:end]
	lastKey   int // the start of its last "key", or -1
}

// hitAt returns the end of the hit starting at i, or -1.
func hitAt(src []byte, i int, run *openaiRun) int {
	rest := src[i:]
	for _, w := range hitWords {
		if len(rest) >= len(w) && asciiEqualFold(rest[:len(w)], w) {
			return i + len(w)
		}
	}
	// openai[\w.-]*key: the run of word characters, dots and dashes after "openai", up to its
	// last "key".
	const openai = "openai"
	if len(rest) < len(openai)+3 || !asciiEqualFold(rest[:len(openai)], openai) {
		return -1
	}
	from := i + len(openai)
	if !(run.end > 0 && run.from <= from && from <= run.end) {
		end := from
		for end < len(src) && (isWordByte(src[end]) || src[end] == '.' || src[end] == '-') {
			end++
		}
		*run = openaiRun{from: from, end: end, lastKey: -1}
		for k := end - 3; k >= from; k-- {
			if asciiEqualFold(src[k:k+3], "key") {
				run.lastKey = k
				break
			}
		}
	}
	if run.lastKey >= from {
		return run.lastKey + 3
	}
	return -1
}

// asciiEqualFold reports whether b equals the lower-case ASCII word w, ignoring ASCII case.
func asciiEqualFold(b []byte, w string) bool {
	for k := 0; k < len(w); k++ {
		c := b[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[k] {
			return false
		}
	}
	return true
}

// Hit is one keyword hit and what became of it.
type Hit struct {
	Path    string
	Line    int
	Keyword string
	Outcome string
}

// The outcomes the engine gives itself; the checkers' dismissals are coderules.Dismiss*.
const (
	OutcomeFinding      = "finding"
	OutcomeSuppressed   = "finding suppressed by keylint:ignore"
	OutcomeComment      = "comment (not code)"
	OutcomeProse        = "prose or data (a file kind with no code rules)"
	OutcomeMarkup       = "markup of a component or page, outside its scripts (not code)"
	OutcomeNotAzure     = coderules.DismissNotAzureFile
	OutcomeString       = coderules.DismissString
	OutcomeDefinition   = coderules.DismissDefinition
	OutcomeHandling     = coderules.DismissHandling
	OutcomeNotebookOut  = "notebook output or metadata (not code)"
	OutcomeCopy         = "copied to another name (reported where it reaches a client)"
	OutcomeImport       = "an import or export (a type's, module's or variable's name)"
	OutcomeAttribute    = "an attribute, annotation or decorator (metadata, not a call)"
	OutcomeLookupKey    = "a lookup key's name (metadata, cache, partition), not a credential"
	OutcomeReceiver     = "a method called on a key-named value (its result is accounted where it goes)"
	OutcomeAskingCall   = "the name of a function that asks for, reads or checks a key (AskApiKey, getApiKey)"
	OutcomeComputedName = "a read of a setting named by a variable"
	OutcomeHeaderRead   = "a header read from a received request"
	OutcomeHookDeps     = "a UI hook's dependency list (re-run when it changes; no client)"
	OutcomeTypeName     = "a type's name (a cast, a declaration, a type argument)"
	OutcomeCommand      = "a command or function's name"
	OutcomeCommandLine  = "passed on another program's command line (reported where that program uses it)"
	OutcomeBundle       = "bundle (minified: key formats only)"
	OutcomeParseCap     = "over the parse cap (key formats only)"
	OutcomeGenerated    = "generated code (key formats only; --include-generated checks it)"
	OutcomeUnexplained  = "unexplained"
)

// hitNotes is what the checkers of one file left for hit accounting.
type hitNotes struct {
	dismissals []check.Dismissal
	azure      bool
	tree       *syntax.Tree
	skip       string // why the code rules did not run on the file, if they did not
	// markup is a Vue/Svelte/Astro/HTML file's script code; a hit outside it is markup.
	markup *parsers.Embedded
}

// hitLog collects the hits of a scan.
type hitLog struct {
	mu   sync.Mutex
	hits []Hit
}

func (l *hitLog) add(hs []Hit) {
	if len(hs) == 0 {
		return
	}
	l.mu.Lock()
	l.hits = append(l.hits, hs...)
	l.mu.Unlock()
}

// sorted returns the hits by path and line.
func (l *hitLog) sorted() []Hit {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := append([]Hit(nil), l.hits...)
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Path != out[j].Path {
			return out[i].Path < out[j].Path
		}
		return out[i].Line < out[j].Line
	})
	return out
}

// accountHits gives every keyword hit in src its outcome. found are the file's findings before
// suppression and severities (with suppressed marking the ones a keylint:ignore hides), cm its
// comments, lineOf maps an offset in src to the line reported.
func accountHits(path string, src []byte, lang keylint.Lang, found []keylint.Finding, suppressed map[int]bool,
	notes *hitNotes, inComment func(off int) bool, lineOf func(off int) int) []Hit {
	locs := findHits(src)
	if len(locs) == 0 {
		return nil
	}
	findingLines := map[int]int{} // line -> index of a finding on it
	for i, f := range found {
		findingLines[lineOf(f.Span.Start)] = i
	}
	var out []Hit
	seen := map[[2]int]bool{} // one outcome per line and keyword start
	for _, loc := range locs {
		line := lineOf(loc[0])
		h := Hit{Path: path, Line: line, Keyword: strings.ToLower(string(src[loc[0]:loc[1]]))}
		if seen[[2]int{line, loc[0]}] {
			continue
		}
		seen[[2]int{line, loc[0]}] = true
		h.Outcome = outcome(src, lang, loc, line, found, findingLines, suppressed, notes, inComment, lineOf)
		out = append(out, h)
	}
	return out
}

func outcome(src []byte, lang keylint.Lang, loc []int, line int, found []keylint.Finding, findingLines map[int]int,
	suppressed map[int]bool, notes *hitNotes, inComment func(int) bool, lineOf func(int) int) string {
	for i, f := range found {
		if f.Span.Start <= loc[0] && loc[1] <= f.Span.End {
			return findingOutcome(i, suppressed)
		}
	}
	if i, ok := findingLines[line]; ok {
		return findingOutcome(i, suppressed)
	}
	if inComment != nil && inComment(loc[0]) {
		return OutcomeComment
	}
	if notes.markup != nil && !notes.markup.In(loc[0]) {
		return OutcomeMarkup // <input v-model="apiKey">, the page's text
	}
	for _, d := range notes.dismissals {
		if d.Span.Start <= loc[0] && loc[1] <= d.Span.End {
			return d.Reason
		}
	}
	for _, d := range notes.dismissals {
		if lineOf(d.Span.Start) == line {
			return d.Reason
		}
	}
	switch {
	case lang == keylint.Text:
		return OutcomeProse
	case notes.skip != "":
		return notes.skip
	}
	if lookupKeyName(strings.ToLower(string(src[loc[0]:loc[1]]))) {
		return OutcomeLookupKey // never a credential, in any context
	}
	if !notes.azure {
		return OutcomeNotAzure
	}
	if notes.tree != nil {
		if o := syntaxOutcome(notes.tree, loc[0]); o != "" {
			return o
		}
	}
	if o := lineOutcome(src, loc[0]); o != "" {
		return o // a language read line by line (PowerShell), or a line the grammar did not parse
	}
	return OutcomeUnexplained
}

// firstOf returns the first child with one of the field names.
func firstOf(n *syntax.Node, fields ...string) *syntax.Node {
	for _, f := range fields {
		if c := n.ChildByField(f); c != nil {
			return c
		}
	}
	return nil
}

var (
	declRE     = regexp.MustCompile(`^\s*(?:(?:public|private|protected|internal|static|readonly|required|final|const|let|var|val|export|override|virtual)\s+)+[\w<>?,\[\]. ]*$`)
	verbNounRE = regexp.MustCompile(`\b[A-Z][a-z]+-[A-Za-z]\w*$`)
	shouldRE   = regexp.MustCompile(`\|\s*Should\s+-`)
	cliArgRE   = regexp.MustCompile(`["']--?[\w-]*[Kk][Ee][Yy][\w-]*["']\s*,\s*\$[\w:]+`)
	psParamRE  = regexp.MustCompile(`(?i)^\s*(?:\[[^\]]+\]\s*)+\$[\w:]+|^\s*param\s*\(`)
	plainVarRE = regexp.MustCompile(`^\s*\$[\w:]+(?:\.\w+)*\s*(?:#.*)?$`) // $k, $secrets.properties.apiKey
	entryRE    = regexp.MustCompile(`^\s*[A-Za-z_][\w]*\s*=`)
	// copyEntryRE is a named entry whose value is a plain variable, at a line's start or after
	// a hashtable's "@{" or ";": group 1 is the variable.
	copyEntryRE = regexp.MustCompile(`(?:^|@\{|;)\s*(?:[A-Za-z_]\w*|"[^"]*"|'[^']*')\s*=\s*(\$[\w:]+)\s*(?:;|\}|#.*$|$)`)
	assignToRE  = regexp.MustCompile(`^\s*\$[\w:.\[\]'"$-]+\s*=`)
	// varIndexRE is an index by a variable's value: $settings[$json.OPENAI_KEY].
	varIndexRE = regexp.MustCompile(`\[\s*\$[\w:.]+\s*\]`)
	checkRE    = regexp.MustCompile(`(?i)^\s*(?:}\s*)?(?:if|elseif|while|until|return|throw)\b`)
)

// lineOutcome is syntaxOutcome for the languages checked line by line: a typed parameter, an
// assignment's target, a condition or return, or text between quotes.
func lineOutcome(src []byte, off int) string {
	ls := bytes.LastIndexByte(src[:off], '\n') + 1
	le := bytes.IndexByte(src[off:], '\n')
	if le < 0 {
		le = len(src)
	} else {
		le += off
	}
	line := src[ls:le]
	at := off - ls
	wordEnd := at
	for wordEnd < len(line) && (isIdentOrDash(line[wordEnd]) || line[wordEnd] == ':') {
		wordEnd++
	}
	switch {
	case psParamRE.Match(line):
		return OutcomeDefinition
	case checkRE.Match(line):
		return OutcomeHandling
	case shouldRE.Match(line):
		return coderules.DismissTestAssertion // Pester: ... | Should -Be ...
	case declRE.Match(line[:at]):
		return OutcomeDefinition // public required string ApiKey { get; set; } on a line the grammar missed
	case verbNounRE.Match(line[:wordEnd]):
		return OutcomeCommand // Initialize-APIKey, Get-OpenAIAPIKey
	case cliArgRE.Match(line):
		return OutcomeCommandLine // "--openAIKey", $key handed to another program
	}
	if rest := bytes.TrimLeft(line[wordEnd:], " \t"); len(rest) > 0 && rest[0] == '=' && (len(rest) == 1 || rest[1] != '=') {
		return OutcomeDefinition // a target of a chained assignment: $a = $b = $null
	}
	if m := assignToRE.FindIndex(line); m != nil {
		if at < m[1] {
			return OutcomeDefinition
		}
		if plainVarRE.Match(line[m[1]:]) {
			return OutcomeCopy // $backup = $env:OPENAI_API_KEY
		}
	}
	if m := entryRE.FindIndex(line); m != nil && at < m[1] {
		return OutcomeDefinition // a hashtable's or object's entry: ApiKey = '...'
	}
	for pos := 0; pos < len(line); {
		m := copyEntryRE.FindSubmatchIndex(line[pos:])
		if m == nil {
			break
		}
		start, end := pos+m[2], pos+m[3]
		pos = end // the next entry may start at the ";" that ended this one
		if start <= at && at < end {
			// @{ Endpoint = $endpoint; ApiKey = $apiKey }, or ApiKey=$apiKey on a continued
			// command line: the variable is copied into a named entry, which is accounted
			// where it is used.
			return OutcomeCopy
		}
	}
	for _, m := range varIndexRE.FindAllIndex(line, -1) {
		if m[0] <= at && at < m[1] {
			return OutcomeComputedName // $appSettings[$json.OPENAI_KEY]: the setting's name is data
		}
	}
	if unescapedQuotes(line[:at], '"')%2 == 1 || bytes.Count(line[:at], []byte(`'`))%2 == 1 {
		return OutcomeString
	}
	return ""
}

// unescapedQuotes counts the quote characters of a line that no backtick (PowerShell) or
// backslash (shell) escapes: "model = `"gpt`"`r`nenv_key = `"OPENAI_API_KEY`"" is one string.
func unescapedQuotes(line []byte, q byte) int {
	n := 0
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '`', '\\':
			i++ // the escaped character
		case q:
			n++
		}
	}
	return n
}

func findingOutcome(i int, suppressed map[int]bool) string {
	if suppressed[i] {
		return OutcomeSuppressed
	}
	return OutcomeFinding
}

// syntaxOutcome explains a hit by where it sits in the tree, for the places no rule needs to
// look at: text in a string that is not a key value or setting name (those are findings or
// dismissals already), a name being defined, and a value being checked or returned rather than
// handed to a client. A hit used as a call's argument is not explained here: a sink that no
// rule looked at is exactly what accounting is for.
func syntaxOutcome(t *syntax.Tree, off int) string {
	var n *syntax.Node
	for i := range t.Nodes {
		c := &t.Nodes[i]
		if c.Start <= off && off < c.End {
			n = c // pre-order: the last one containing off is the innermost
		} else if c.Start > off {
			break
		}
	}
	if n == nil {
		return ""
	}
	for p := n; p != nil; p = p.Parent() {
		switch p.Kind {
		case "attribute", "annotation", "marker_annotation", "decorator":
			// [InlineData(InitializationType.ApiKey)], @pytest.mark.skip_if_no_api_key(...): an
			// annotation's arguments are metadata (Spring's @Value reads are findings already).
			return OutcomeAttribute
		}
		if headerRead(p, off) {
			return OutcomeHeaderRead
		}
		if hookDeps(p) {
			return OutcomeHookDeps
		}
		if receiver(p) {
			return OutcomeReceiver
		}
		if askingCallee(p) {
			return OutcomeAskingCall
		}
		if computedLookup(p, off) {
			return OutcomeComputedName
		}
	}
	for p := n; p != nil; p = p.Parent() {
		k := p.Kind
		switch {
		case strings.Contains(k, "string") || k == "template_substitution" || k == "heredoc_body" || k == "regex":
			// A string that is a key value or a setting's name in a read is a finding or a
			// dismissal already; any other is text.
			return OutcomeString
		case importKinds[k]: // before declarations: Java's import_declaration
			return OutcomeImport
		case typePosition(p):
			return OutcomeTypeName
		case strings.Contains(k, "parameter") || strings.HasSuffix(k, "_declaration") && p != n ||
			k == "property_signature" || k == "public_field_definition" || k == "field_definition" ||
			k == "property_identifier" && p.Parent() != nil && p.Parent().Kind == "pair" ||
			strings.HasSuffix(k, "_definition") || k == "declaration_expression":
			// declaration_expression: C#'s TryGetValue("ApiKey", out var apiKeyValue)
			return OutcomeDefinition
		case k == "command_name":
			return OutcomeCommand // a shell function the script calls: load_api_key
		case k == "word" && p.Field == "argument" && p.Parent() != nil && p.Parent().Kind == "command":
			// A bare word given to a command: read -s -p "Key: " AZURE_OPENAI_KEY names the
			// variable read assigns; terraform output -raw azure_openai_key names another
			// program's value (the key's findings are where that program reads it).
			if name := p.Parent().ChildByField("name"); name != nil && name.Text() == "read" {
				return OutcomeDefinition
			}
			return OutcomeCommandLine
		case k == "concatenation" && p.Field == "argument" && p.Parent() != nil && p.Parent().Kind == "command":
			// --env-vars AZURE_OPENAI_API_KEY=$AZURE_OPENAI_API_KEY: the name another program
			// sets; the expansion beside it is a read, reported or dismissed as one.
			return OutcomeCommandLine
		case k == "word" && p.Parent() != nil && (p.Field == "value" && p.Parent().Kind == "for_statement" || p.Parent().Kind == "array"):
			// for key in AZURE_OPENAI_ENDPOINT AZURE_OPENAI_KEY; do, VARS=(AZURE_OPENAI_API_KEY
			// ...): a list of settings' names.
			return OutcomeString
		case k == "assignment" || k == "assignment_expression" || k == "augmented_assignment" || k == "variable_declarator" ||
			k == "variable_assignment":
			if left := p.ChildByField("left"); left != nil && left.Start <= off && off < left.End {
				return OutcomeDefinition
			}
			if name := p.ChildByField("name"); name != nil && name.Start <= off && off < name.End {
				return OutcomeDefinition
			}
			if right := firstOf(p, "right", "value"); right != nil && right.Start <= off && off < right.End &&
				(right.Kind == "identifier" || strings.Contains(right.Kind, "member") || right.Kind == "attribute" || strings.Contains(right.Kind, "field_access")) {
				return OutcomeCopy // self.api_key = api_key: reported where it reaches a client
			}
		case isArgumentish(k):
			if strings.Contains(n.Kind, "identifier") && !azurectx.IsKeyLikeName(n.Text()) {
				return coderules.DismissNotKeyName // GetSecretAsync(options.ApiKeySecretName)
			}
			if inCondition(p) {
				return OutcomeHandling // if not all([endpoint, api_key]): a check of what is set
			}
			return ""
		case handlingKinds[k] || strings.HasPrefix(k, "if_"):
			return OutcomeHandling
		}
	}
	return ""
}

// inCondition reports an argument list whose call is part of a condition or check (if not
// all([...]):, while any(...)), up to the statement it is in; a client built there is a finding
// before this is asked.
func inCondition(args *syntax.Node) bool {
	for q := args.Parent(); q != nil; q = q.Parent() {
		k := q.Kind
		if handlingKinds[k] || strings.HasPrefix(k, "if_") {
			return true
		}
		if strings.HasSuffix(k, "statement") || k == "block" || strings.Contains(k, "assignment") || k == "variable_declarator" {
			return false
		}
	}
	return false
}

// importKinds bring a name into scope: an import names a type or a module, never a key.
var importKinds = map[string]bool{
	"import_statement": true, "import_from_statement": true, "import_declaration": true,
	"using_directive": true, "import_clause": true, "namespace_import": true,
	// export { azureOpenAiKey, openAiApiKey }: names handed to other modules, no value here.
	"export_clause": true,
}

// handlingKinds check, compare or return a value (across the grammars).
var handlingKinds = map[string]bool{
	"elif_clause": true, "while_statement": true, "conditional_expression": true, "ternary_expression": true,
	"comparison_operator": true, "binary_expression": true, "binary_operator": true, "return_statement": true,
	"not_operator": true, "unary_expression": true, "unary_operator": true, "boolean_operator": true,
	"assert_statement": true, "prefix_unary_expression": true, "switch_statement": true, "case_clause": true,
	"throw_statement": true, "raise_statement": true,
}

// lookupKeyName reports a keyword hit that names a lookup key, not a credential:
// OpenAIAssistantAgent.CodeInterpreterMetadataKey, a cache or partition key.
func lookupKeyName(hit string) bool {
	for _, w := range []string{"metadatakey", "cachekey", "partitionkey", "sortkey", "rowkey", "foreignkey", "lookupkey", "idempotencykey", "dictionarykey", "mapkey", "statekey", "sessionkey", "routingkey", "hashkey"} {
		if strings.HasSuffix(hit, w) {
			return true
		}
	}
	return false
}

// receiver reports a hit in the object a method is called on (disclosedAPIKeys.push(x),
// apiKey.trim()): the call's result, not the receiver, is what reaches anything.
func receiver(p *syntax.Node) bool {
	if p.Field != "object" && p.Field != "expression" {
		return false
	}
	m := p.Parent()
	if m == nil || !strings.Contains(m.Kind, "member") || m.Field != "function" {
		return false
	}
	return m.Parent() != nil && strings.Contains(m.Parent().Kind, "call") || m.Parent() != nil && strings.Contains(m.Parent().Kind, "invocation")
}

// askingCallee reports a hit in the name of a called function that asks for, reads or checks a
// key (Settings.AskApiKey(useAzure), getApiKey(), validateApiKey(k)): its arguments and result
// are accounted where they are. A setter's name (setApiKey(k), .apiKey(k)) is not one: where it
// takes a key, that is a sink.
func askingCallee(p *syntax.Node) bool {
	if p.Kind != "identifier" && p.Kind != "property_identifier" && p.Kind != "field_identifier" {
		return false
	}
	fn := p
	if par := p.Parent(); par != nil && strings.Contains(par.Kind, "member") && p.Field != "object" && p.Field != "expression" {
		fn = par
	}
	if fn.Field != "function" && fn.Field != "name" {
		return false
	}
	if call := fn.Parent(); call == nil || !strings.Contains(call.Kind, "call") && !strings.Contains(call.Kind, "invocation") {
		return false
	}
	name := strings.ToLower(p.Text())
	for _, v := range []string{"get", "ask", "read", "load", "fetch", "has", "is", "validate", "check", "print", "log", "mask", "prompt", "show", "display", "resolve"} {
		if strings.HasPrefix(name, v) {
			return true
		}
	}
	return false
}

// dependencyHooks take a dependency list as their last argument: React's, Preact's, Solid's.
var dependencyHooks = map[string]bool{
	"useEffect": true, "useLayoutEffect": true, "useInsertionEffect": true, "useCallback": true,
	"useMemo": true, "useImperativeHandle": true,
}

// hookDeps reports the dependency list of a UI hook (useCallback(fn, [apiKey, region])): the
// values whose change re-runs the hook, not arguments of any client.
func hookDeps(p *syntax.Node) bool {
	args := p.Parent()
	if p.Kind != "array" || args == nil || args.Kind != "arguments" {
		return false
	}
	if kids := args.NamedChildren(); len(kids) == 0 || kids[len(kids)-1] != p {
		return false
	}
	call := args.Parent()
	if call == nil || call.Kind != "call_expression" {
		return false
	}
	fn := call.ChildByField("function")
	if fn == nil {
		return false
	}
	name := fn.Text()
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		name = name[i+1:] // React.useEffect
	}
	return dependencyHooks[name]
}

// computedLookup reports a hit in the index of a subscript that is not a literal
// (configuration[settings.AccessKeySecretName]): a setting named by a variable.
func computedLookup(p *syntax.Node, off int) bool {
	if p.Kind != "subscript_expression" && p.Kind != "subscript" && p.Kind != "element_access_expression" && p.Kind != "index_expression" {
		return false
	}
	obj := firstOf(p, "object", "value", "expression", "operand")
	if obj == nil || off < obj.End {
		return false
	}
	idx := p.Text()[obj.End-p.Start:]
	return !strings.ContainsAny(idx, "\"'`")
}

// headerRead reports a lookup in a received request's headers (request.headers['api-key']):
// reading what a caller sent. Setting one is KL104's (an assignment, found before this).
func headerRead(p *syntax.Node, off int) bool {
	if p.Kind != "subscript_expression" && p.Kind != "subscript" && p.Kind != "element_access_expression" {
		return false
	}
	obj := firstOf(p, "object", "value", "expression")
	return obj != nil && off >= obj.End && strings.HasSuffix(strings.ToLower(obj.Text()), "headers")
}

// typePosition reports a node that names a type: a cast's, a declaration's or a parameter's
// type, a type argument, a Python typing subscript (Union[AzureKeyCredential, ...]). The type
// of a creation (new AzureKeyCredential(k)) is not one: creations are the checkers' to explain.
func typePosition(p *syntax.Node) bool {
	parent := p.Parent()
	if parent != nil && (strings.Contains(parent.Kind, "creation") || strings.Contains(parent.Kind, "new_expression") ||
		strings.Contains(parent.Kind, "call") || strings.Contains(parent.Kind, "invocation")) {
		return false
	}
	switch {
	case p.Field == "type" || strings.Contains(p.Kind, "type_argument") || p.Kind == "generic_type" || p.Kind == "type_annotation":
		return true
	case p.Kind == "subscript":
		switch v := p.ChildByField("value"); {
		case v == nil:
			return false
		default:
			switch strings.TrimPrefix(strings.TrimPrefix(v.Text(), "typing."), "t.") {
			case "Union", "Optional", "List", "Type", "Tuple", "Sequence", "Dict", "Mapping", "Literal", "Annotated":
				return true
			}
		}
	}
	return false
}

func isArgumentish(kind string) bool {
	return strings.Contains(kind, "argument") || kind == "arguments"
}

// lineStarts is a small line index for hit accounting.
func lineStarts(src []byte) []int {
	starts := []int{0}
	for i := bytes.IndexByte(src, '\n'); i >= 0; {
		starts = append(starts, i+1)
		j := bytes.IndexByte(src[i+1:], '\n')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return starts
}

func lineAt(starts []int, off int) int {
	return sort.Search(len(starts), func(i int) bool { return starts[i] > off })
}
