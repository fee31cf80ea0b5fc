// Package syntax is keylint's own, read-only copy of a parsed file: a flat array of nodes with
// kinds, field names and byte ranges. Checkers walk it instead of tree-sitter's types, so they
// stay pure Go, and the C tree can be freed as soon as it is copied.
package syntax

// Tree is a parsed file. Nodes[0] is the root.
type Tree struct {
	Src   []byte
	Nodes []Node
	// HasError reports whether the parser had to recover from a syntax error somewhere.
	HasError bool

	topLevel []*Node // the root's named children, once asked for
	leaves   map[string][]*Node
}

// Leaves returns the nodes without children whose text is text (every identifier spelling a
// name), in source order; the index is built on the first call, so finding a name's uses costs
// its uses, not the file's size, however many names are looked up.
func (t *Tree) Leaves(text string) []*Node {
	if t.leaves == nil {
		t.leaves = map[string][]*Node{}
		for i := range t.Nodes {
			n := &t.Nodes[i]
			if n.firstChild == none && n.End > n.Start && n.End-n.Start <= 128 {
				k := string(t.Src[n.Start:n.End])
				t.leaves[k] = append(t.leaves[k], n)
			}
		}
	}
	return t.leaves[text]
}

// TopLevel returns the root's named children (a module's statements), computed once: rewrites
// look for imports at the top of a file once per finding, and a file can have thousands of each.
func (t *Tree) TopLevel() []*Node {
	if t.topLevel == nil {
		t.topLevel = append([]*Node{}, t.Root().NamedChildren()...)
	}
	return t.topLevel
}

// Node is one syntax node. Kinds and field names are the grammar's own (tree-sitter's).
type Node struct {
	Kind       string
	Field      string // this node's field name in its parent, "" if none
	Start, End int    // byte range in Tree.Src
	Named      bool
	IsError    bool

	parent, firstChild, nextSibling int32
	index, lastDescendant           int32
	tree                            *Tree
}

const none = -1

// NewNode appends a node under parent (-1 for the root) and returns its index. Children must be
// added in source order. Used by parsers while copying a tree.
func (t *Tree) NewNode(parent int, kind, field string, start, end int, named, isError bool) int {
	idx := len(t.Nodes)
	t.Nodes = append(t.Nodes, Node{
		Kind: kind, Field: field, Start: start, End: end, Named: named, IsError: isError,
		parent: int32(parent), firstChild: none, nextSibling: none,
	})
	return idx
}

// Link sets the parent/child/sibling links; parsers call it once after the last NewNode, because
// appending may move the slice. It also points each node back at the tree.
func (t *Tree) Link() {
	last := make([]int32, len(t.Nodes)) // last child seen per node
	for i := range last {
		last[i] = none
	}
	for i := range t.Nodes {
		n := &t.Nodes[i]
		n.tree = t
		n.index = int32(i)
		n.lastDescendant = int32(i)
		p := n.parent
		if p < 0 {
			continue
		}
		if last[p] == none {
			t.Nodes[p].firstChild = int32(i)
		} else {
			t.Nodes[last[p]].nextSibling = int32(i)
		}
		last[p] = int32(i)
	}
	// Pre-order means a subtree is a contiguous run; children come after parents, so a reverse
	// sweep finds each subtree's last node.
	for i := len(t.Nodes) - 1; i >= 0; i-- {
		if p := t.Nodes[i].parent; p >= 0 && t.Nodes[i].lastDescendant > t.Nodes[p].lastDescendant {
			t.Nodes[p].lastDescendant = t.Nodes[i].lastDescendant
		}
	}
}

// Root returns the root node, or nil for an empty tree.
func (t *Tree) Root() *Node {
	if len(t.Nodes) == 0 {
		return nil
	}
	return &t.Nodes[0]
}

func (n *Node) at(i int32) *Node {
	if n == nil || i < 0 {
		return nil
	}
	return &n.tree.Nodes[i]
}

// Parent returns the enclosing node, or nil at the root.
func (n *Node) Parent() *Node { return n.at(n.parent) }

// FirstChild returns the first child (named or not), or nil.
func (n *Node) FirstChild() *Node { return n.at(n.firstChild) }

// NextSibling returns the next node under the same parent, or nil.
func (n *Node) NextSibling() *Node { return n.at(n.nextSibling) }

// Text is the node's source text.
func (n *Node) Text() string {
	if n == nil {
		return ""
	}
	return string(n.tree.Src[n.Start:n.End])
}

// Bytes is the node's source text without copying.
func (n *Node) Bytes() []byte {
	if n == nil {
		return nil
	}
	return n.tree.Src[n.Start:n.End]
}

// Children returns all children, named and anonymous, in order.
func (n *Node) Children() []*Node {
	var out []*Node
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		out = append(out, c)
	}
	return out
}

// NamedChildren returns the named children in order (no punctuation or keywords).
func (n *Node) NamedChildren() []*Node {
	var out []*Node
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if c.Named {
			out = append(out, c)
		}
	}
	return out
}

// ChildByField returns the first child with the given field name, or nil.
func (n *Node) ChildByField(field string) *Node {
	if n == nil {
		return nil
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if c.Field == field {
			return c
		}
	}
	return nil
}

// ChildOfKind returns the first child of the given kind, or nil.
func (n *Node) ChildOfKind(kind string) *Node {
	if n == nil {
		return nil
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if c.Kind == kind {
			return c
		}
	}
	return nil
}

// Ancestor returns the nearest enclosing node of one of the kinds, or nil.
func (n *Node) Ancestor(kinds ...string) *Node {
	for p := n.Parent(); p != nil; p = p.Parent() {
		for _, k := range kinds {
			if p.Kind == k {
				return p
			}
		}
	}
	return nil
}

// Descendants returns the nodes below n in pre-order, without n itself.
func (n *Node) Descendants() []Node {
	if n == nil {
		return nil
	}
	return n.tree.Nodes[n.index+1 : n.lastDescendant+1]
}

// Walk calls visit for every node in the tree in source order (pre-order). It is iterative, so
// deeply nested input cannot overflow the stack.
func (t *Tree) Walk(visit func(*Node)) {
	// Nodes are appended in pre-order by the parsers, so the array order is the walk order.
	for i := range t.Nodes {
		visit(&t.Nodes[i])
	}
}
