// Package hardcoded reports the key formats that need no context (KL106): 84-character Azure AI
// services keys and OpenAI sk- keys, anywhere in any file, comments and outputs included, since
// a committed key is leaked wherever it sits.
package hardcoded

import (
	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/keyformat"
	"github.com/keylint/keylint/check"
)

// Checker implements check.Checker for every file.
type Checker struct{}

// Langs returns Text: the engine runs this checker on every file regardless.
func (Checker) Langs() []keylint.Lang { return []keylint.Lang{keylint.Text} }

// Check searches the raw bytes of the file.
func (Checker) Check(p *check.Pass) {
	for _, m := range keyformat.Find(p.Src) {
		sp := keylint.Span{Start: m.Start, End: m.End}
		fd := p.Reportf("KL106", sp, "hard-coded "+m.Describe())
		fd.Secrets = append(fd.Secrets, sp)
	}
}
