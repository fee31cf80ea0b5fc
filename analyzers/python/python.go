// Package python checks Python source (and the code cells of notebooks) for key-based
// authentication to Azure OpenAI and Azure AI services: rules KL101-KL107.
//
// The checker first collects same-file facts in one pass over the tree (imports, assignments,
// dictionary keys, function names, Azure context), then looks at calls, assignments and
// literals. Dataflow is by name within the file: good enough for the way client setup code is
// written, and it never leaves the file.
package python

import (
	"sort"
	"strings"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/azurectx"
	"github.com/keylint/keylint/check"
	"github.com/keylint/keylint/syntax"
)

// Checker implements check.Checker for Python.
type Checker struct{}

// Langs returns the languages this checker reads.
func (Checker) Langs() []keylint.Lang { return []keylint.Lang{keylint.Python} }

// Check runs every Python rule on one file.
func (Checker) Check(p *check.Pass) {
	if p.Tree == nil || p.Tree.Root() == nil {
		return
	}
	f := newFile(p)
	f.collect()
	f.checkCalls()
	f.checkDicts()
	f.checkSubscriptAssignments()
	f.checkLegacyGlobals()
	f.checkEnvReads()
	f.checkClassicKeys()
}

// file holds what one pass over the tree learned about the file.
type file struct {
	pass  *check.Pass
	tree  *syntax.Tree
	lines []int // byte offset of each line start

	imports map[string]string         // local name -> qualified name
	assigns map[string][]*syntax.Node // variable or attribute (as written) -> values assigned to it
	funcs   map[string]bool           // names of def'd functions (callables: token providers)
	// dictKeys maps a dict variable to the entries it gets: x = {"k": v}, x = dict(k=v), x["k"] = v.
	dictKeys map[string][]dictEntry
	azure    bool

	calls       []*syntax.Node
	subscripts  []*syntax.Node // subscript-target assignments: x["k"] = v
	attrAssigns []*syntax.Node // attribute-target assignments: openai.api_key = v
	dicts       []*syntax.Node
	strings     []*syntax.Node

	// reportedSpans stops two paths to the same site (a dict splatted into a client and the
	// same dict seen as an autogen config) from reporting it twice.
	reportedSpans map[siteKey]bool
	// claimedReads are env reads already covered by a more specific finding on their line.
	claimedReads map[int]bool
	// flowingReads are env reads whose value reaches a KL101/KL102 site.
	flowingReads map[int]bool
}

type dictEntry struct {
	key   string
	site  *syntax.Node // the pair, keyword argument or assignment that sets it
	value *syntax.Node
}

func newFile(p *check.Pass) *file {
	f := &file{
		pass: p, tree: p.Tree,
		imports: map[string]string{}, assigns: map[string][]*syntax.Node{}, funcs: map[string]bool{},
		dictKeys: map[string][]dictEntry{}, reportedSpans: map[siteKey]bool{},
		claimedReads: map[int]bool{}, flowingReads: map[int]bool{},
	}
	f.lines = append(f.lines, 0)
	for i, c := range p.Src {
		if c == '\n' {
			f.lines = append(f.lines, i+1)
		}
	}
	return f
}

// line returns the 0-based line of a byte offset.
func (f *file) line(off int) int {
	return sort.Search(len(f.lines), func(i int) bool { return f.lines[i] > off }) - 1
}

func (f *file) sameLine(a, b *syntax.Node) bool { return f.line(a.Start) == f.line(b.Start) }

// collect makes the single pass that gathers facts and the nodes later steps look at.
func (f *file) collect() {
	markers := f.pass.Opts.Markers
	f.tree.Walk(func(n *syntax.Node) {
		switch n.Kind {
		case "import_statement", "import_from_statement":
			f.addImport(n)
		case "assignment":
			f.addAssignment(n)
		case "function_definition":
			if name := n.ChildByField("name"); name != nil {
				f.funcs[name.Text()] = true
			}
		case "call":
			f.calls = append(f.calls, n)
		case "dictionary":
			f.dicts = append(f.dicts, n)
		case "string":
			f.strings = append(f.strings, n)
		case "identifier", "string_content", "dotted_name":
			if !f.azure && (markers.In(n.Text()) || n.Kind == "dotted_name" && azurectx.IsAzureModule(n.Text())) {
				f.azure = true
			}
		}
	})
}

func (f *file) addImport(n *syntax.Node) {
	module := ""
	if n.Kind == "import_from_statement" {
		module = n.ChildByField("module_name").Text()
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if c.Field != "name" {
			continue
		}
		name, alias := c, (*syntax.Node)(nil)
		if c.Kind == "aliased_import" {
			name, alias = c.ChildByField("name"), c.ChildByField("alias")
		}
		full := name.Text()
		if module != "" {
			full = module + "." + full
		}
		switch {
		case alias != nil:
			f.imports[alias.Text()] = full
		case module != "":
			f.imports[name.Text()] = full
		default:
			// "import a.b" binds "a"; qualified names through it stay as written.
			head, _, _ := strings.Cut(full, ".")
			f.imports[head] = head
		}
	}
}

func (f *file) addAssignment(n *syntax.Node) {
	left, right := n.ChildByField("left"), n.ChildByField("right")
	if left == nil || right == nil {
		return
	}
	switch left.Kind {
	case "identifier":
		name := left.Text()
		f.assigns[name] = append(f.assigns[name], right)
		f.dictKeys[name] = append(f.dictKeys[name], f.dictLiteralEntries(right)...)
	case "subscript":
		f.subscripts = append(f.subscripts, n)
		obj := left.ChildByField("value")
		if key, ok := stringValue(left.ChildByField("subscript")); ok && obj != nil {
			f.dictKeys[obj.Text()] = append(f.dictKeys[obj.Text()], dictEntry{key: key, site: n, value: right})
		}
	case "attribute":
		f.attrAssigns = append(f.attrAssigns, n)
		// self.api_key = key, openai.api_key = token: followed like variables, by their text.
		f.assigns[left.Text()] = append(f.assigns[left.Text()], right)
	}
}

// dictLiteralEntries returns the entries of {"k": v} or dict(k=v).
func (f *file) dictLiteralEntries(n *syntax.Node) []dictEntry {
	var out []dictEntry
	switch n.Kind {
	case "dictionary":
		for _, pair := range n.NamedChildren() {
			if pair.Kind != "pair" {
				continue
			}
			if key, ok := stringValue(pair.ChildByField("key")); ok {
				out = append(out, dictEntry{key: key, site: pair, value: pair.ChildByField("value")})
			}
		}
	case "call":
		if f.qualified(n.ChildByField("function")) == "dict" {
			for _, kw := range keywordArgs(n) {
				out = append(out, dictEntry{key: kw.ChildByField("name").Text(), site: kw, value: kw.ChildByField("value")})
			}
		}
	}
	return out
}

// qualified resolves a callee or attribute chain through the imports: with
// "from openai import AzureOpenAI as AOAI", AOAI gives openai.AzureOpenAI.
func (f *file) qualified(n *syntax.Node) string {
	if n == nil {
		return ""
	}
	switch n.Kind {
	case "identifier":
		if q, ok := f.imports[n.Text()]; ok {
			return q
		}
		return n.Text()
	case "attribute":
		obj := f.qualified(n.ChildByField("object"))
		attr := n.ChildByField("attribute")
		if obj == "" || attr == nil {
			return ""
		}
		return obj + "." + attr.Text()
	}
	return ""
}

// shortName is the last segment of a qualified name.
func shortName(q string) string {
	if i := strings.LastIndexByte(q, '.'); i >= 0 {
		return q[i+1:]
	}
	return q
}

// keywordArgs returns the keyword_argument nodes of a call.
func keywordArgs(call *syntax.Node) []*syntax.Node {
	var out []*syntax.Node
	for _, a := range call.ChildByField("arguments").NamedChildren() {
		if a.Kind == "keyword_argument" {
			out = append(out, a)
		}
	}
	return out
}

// stringValue returns the contents of a plain string literal (or implicitly concatenated ones)
// without interpolation; ok is false for anything else.
func stringValue(n *syntax.Node) (string, bool) {
	if n == nil {
		return "", false
	}
	switch n.Kind {
	case "string":
		var b strings.Builder
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c.Kind {
			case "string_content", "escape_sequence":
				b.Write(c.Bytes())
			case "interpolation":
				return "", false
			}
		}
		return b.String(), true
	case "concatenated_string":
		var b strings.Builder
		for _, part := range n.NamedChildren() {
			s, ok := stringValue(part)
			if !ok {
				return "", false
			}
			b.WriteString(s)
		}
		return b.String(), true
	}
	return "", false
}

// stringContentSpan is the span of a string literal's contents, without quotes and prefix.
func stringContentSpan(n *syntax.Node) keylint.Span {
	start, end := n.Start, n.End
	if s := n.ChildOfKind("string_start"); s != nil {
		start = s.End
	}
	if e := n.ChildOfKind("string_end"); e != nil {
		end = e.Start
	}
	return keylint.Span{Start: start, End: end}
}

func span(n *syntax.Node) keylint.Span { return keylint.Span{Start: n.Start, End: n.End} }

// siteKey identifies one reported site of one rule.
type siteKey struct {
	rule       string
	start, end int
}

// report records a finding once per rule and site.
func (f *file) report(rule string, site *syntax.Node, msg string) *keylint.Finding {
	k := siteKey{rule, site.Start, site.End}
	if f.reportedSpans[k] {
		return nil
	}
	f.reportedSpans[k] = true
	return f.pass.Reportf(rule, span(site), msg)
}

// Following variables through their assignments is bounded three ways, so generated or hostile
// files cannot make it explode: at most maxHops variables deep, each variable visited once per
// question, and only its last maxValues assignments.
const (
	maxHops   = 4
	maxValues = 8
)

// trace guards one walk through variables.
type trace struct {
	seen  map[string]bool
	depth int
}

func newTrace() *trace { return &trace{seen: map[string]bool{}} }

// enter reports whether the walk may follow the variable n; callers pair it with leave.
func (t *trace) enter(n *syntax.Node) bool {
	name := n.Text()
	if t.depth >= maxHops || t.seen[name] {
		return false
	}
	t.seen[name] = true
	t.depth++
	return true
}

func (t *trace) leave() { t.depth-- }

// valuesOf returns the last few values assigned to a variable in the file.
func (f *file) valuesOf(name string) []*syntax.Node {
	vals := f.assigns[name]
	if len(vals) > maxValues {
		vals = vals[len(vals)-maxValues:]
	}
	return vals
}
