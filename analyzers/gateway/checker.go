package gateway

import (
	"sync"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/check"
)

// Checker implements check.Checker for stand-alone policy files. Tree, when set, tells it the
// backends the infrastructure code around a file defines.
type Checker struct {
	Tree Tree
}

// Langs returns the languages this checker reads.
func (Checker) Langs() []keylint.Lang { return []keylint.Lang{keylint.APIMPolicy} }

// Check runs KL304 and KL305 on one policy file.
func (c Checker) Check(p *check.Pass) {
	Check(p, File(p.Src), Lazy(c.Tree, p.Path))
}

// Lazy returns the backends of a file's tree, looked up only when a rule asks (most policies
// never need them).
func Lazy(t Tree, path string) Backends {
	if t == nil {
		return nil
	}
	return &lazy{tree: t, path: path}
}

type lazy struct {
	tree Tree
	path string
	once sync.Once
	b    Backends
}

func (l *lazy) get() Backends {
	l.once.Do(func() {
		if l.b = l.tree.Backends(l.path); l.b == nil {
			l.b = noBackends{}
		}
	})
	return l.b
}

func (l *lazy) Lookup(id string) (Backend, bool) { return l.get().Lookup(id) }
func (l *lazy) AnyAI() bool                      { return l.get().AnyAI() }
