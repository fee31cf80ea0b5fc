package python

import (
	"strings"

	"github.com/keylint/keylint/syntax"
)

// envReaders are the calls that read one environment variable by name.
var envReaders = map[string]bool{
	"os.getenv": true, "os.environ.get": true, "os.environ.setdefault": true, "os.environ.pop": true,
	"os.getenvb": true,
}

// envRead recognises os.getenv("X"), os.environ.get("X"), os.environ["X"] (also through
// "from os import environ, getenv") and returns the variable name and the name's node.
func (f *file) envRead(n *syntax.Node) (string, *syntax.Node, bool) {
	switch n.Kind {
	case "call":
		if !envReaders[f.qualified(n.ChildByField("function"))] {
			return "", nil, false
		}
		args := n.ChildByField("arguments").NamedChildren()
		if len(args) == 0 {
			return "", nil, false
		}
		name, ok := stringValue(args[0])
		return name, args[0], ok
	case "subscript":
		if f.qualified(n.ChildByField("value")) != "os.environ" {
			return "", nil, false
		}
		if p := n.Parent(); n.Field == "left" && p != nil && (p.Kind == "assignment" || p.Kind == "augmented_assignment") {
			return "", nil, false // os.environ["X"] = ...: a write
		}
		idx := n.ChildByField("subscript")
		name, ok := stringValue(idx)
		return name, idx, ok
	}
	return "", nil, false
}

// claimReads is called when value feeds a finding at site. Env reads written inside value on
// the site's line are covered by that finding (KL105 stays quiet); reads reached through
// variables flow into it (KL105 reports them wherever they are).
func (f *file) claimReads(site, value *syntax.Node) {
	f.visitReads(value, newTrace(), func(read *syntax.Node, direct bool) {
		if direct && f.sameLine(read, site) {
			f.claimedReads[read.Start] = true
		} else {
			f.flowingReads[read.Start] = true
		}
	})
}

// visitReads finds env reads inside an expression, following variables a few assignments deep.
func (f *file) visitReads(v *syntax.Node, tr *trace, visit func(read *syntax.Node, direct bool)) {
	if v == nil {
		return
	}
	direct := tr.depth == 0
	check := func(n *syntax.Node) {
		if _, _, ok := f.envRead(n); ok {
			visit(n, direct)
		} else if isVariable(n) && tr.enter(n) {
			for _, val := range f.valuesOf(n.Text()) {
				f.visitReads(val, tr, visit)
			}
			tr.leave()
		}
	}
	check(v)
	desc := v.Descendants()
	for i := range desc {
		check(&desc[i])
	}
}

// checkEnvReads reports reads of key-like settings (KL105): in Azure context, when the name says
// AZURE, or when the value flows into a key credential or client.
func (f *file) checkEnvReads() {
	keyNames := f.pass.Opts.KeyNames
	for i := range f.tree.Nodes {
		n := &f.tree.Nodes[i]
		if n.Kind != "call" && n.Kind != "subscript" {
			continue
		}
		name, _, ok := f.envRead(n)
		if !ok || !keyNames.Match(name) || f.claimedReads[n.Start] {
			continue
		}
		if f.azure || strings.Contains(strings.ToUpper(name), "AZURE") || f.flowingReads[n.Start] {
			f.report("KL105", n, "key read from environment variable "+name)
		}
	}
}

// isVariable reports whether n names a value that assignments can be followed to: an
// identifier (not the member name in a.b) or an attribute chain.
func isVariable(n *syntax.Node) bool {
	switch n.Kind {
	case "identifier":
		return n.Field != "attribute"
	case "attribute":
		return true
	}
	return false
}
