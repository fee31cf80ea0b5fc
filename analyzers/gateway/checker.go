package gateway

import (
	"sync"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/check"
)

// Checker implements check.Checker for stand-alone policy files. Tree, when set, tells it the
// backends and fragments the code around a file defines.
type Checker struct {
	Tree Tree
}

// Langs returns the languages this checker reads.
func (Checker) Langs() []keylint.Lang { return []keylint.Lang{keylint.APIMPolicy} }

// Check runs KL304 and KL305 on one policy file.
func (c Checker) Check(p *check.Pass) {
	Check(p, File(p.Src), Lazy(c.Tree, p.Path))
}

// Lazy returns the index of a file's tree, built only when a rule asks (most policies never
// need it).
func Lazy(t Tree, path string) Index {
	if t == nil {
		return nil
	}
	return &lazy{tree: t, path: path}
}

type lazy struct {
	tree Tree
	path string
	once sync.Once
	b    Index
}

func (l *lazy) get() Index {
	l.once.Do(func() {
		if l.b = l.tree.Index(l.path); l.b == nil {
			l.b = noBackends{}
		}
	})
	return l.b
}

func (l *lazy) Lookup(id string) (Backend, bool) { return l.get().Lookup(id) }
func (l *lazy) AnyAI() bool                      { return l.get().AnyAI() }
func (l *lazy) Fragment(id string) (bool, bool)  { return l.get().Fragment(id) }
func (l *lazy) Templated(path, id string) (bool, bool) {
	return l.get().Templated(path, id)
}
