package coderules

import "github.com/keylint/keylint"

// ImportEdits is what a rewrite needs to import names into a file: the local names to use, the
// edits that add the missing imports, and whether the names can be imported at all.
type ImportEdits struct {
	Names []string
	Edits []keylint.Edit
	OK    bool
}

// ImportMemo remembers ImportEdits per file and request: every finding of a file asks for the
// same imports, and answering means walking the file's top, so without it a file with many
// findings costs findings × size.
type ImportMemo struct{ m map[string]ImportEdits }

// Get returns the memoized answer for key, computing it once; the slices are copies, so the
// caller may append to them.
func (m *ImportMemo) Get(key string, compute func() ImportEdits) ImportEdits {
	if m.m == nil {
		m.m = map[string]ImportEdits{}
	}
	v, ok := m.m[key]
	if !ok {
		v = compute()
		m.m[key] = v
	}
	return ImportEdits{Names: append([]string(nil), v.Names...), Edits: append([]keylint.Edit(nil), v.Edits...), OK: v.OK}
}
