package scan

import (
	"sort"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/azurectx"
	"github.com/keylint/keylint/check"
)

// ClientSite is an Azure client constructed in a scanned file, keyless or with a key. Findings
// show only the clients that use keys; the keyless migration view ("12 of 40 clients keyless")
// needs both.
type ClientSite struct {
	Path    string `json:"path"`
	Line    int    `json:"line"`
	Client  string `json:"client"`
	Keyless bool   `json:"keyless"`
	Service string `json:"service"` // azurectx.Service of the client's name, or "AI services"
}

// clientLog holds one file's client sites until the file is done, with spans in the bytes the
// checker saw (a notebook's code cells), so they can be mapped back like findings.
type clientLog struct {
	pending []check.ClientSite
}

func (l *clientLog) note(p *check.Pass) { l.pending = append(l.pending, p.ClientSites()...) }

// mapSince maps the spans noted since index from on, for code extracted from a file.
func (l *clientLog) mapSince(from int, mapSpan func(keylint.Span) keylint.Span) {
	for i := from; i < len(l.pending); i++ {
		l.pending[i].Span = mapSpan(l.pending[i].Span)
	}
}

// flush turns the file's pending sites into lines and hands them to the engine.
func (w *worker) flushClients(path string, src []byte) {
	if len(w.pending) == 0 {
		return
	}
	idx := newLineIndex(src)
	for _, c := range w.pending {
		service := azurectx.Service(c.Client)
		if service == "" {
			service = "AI services"
		}
		w.file.clients = append(w.file.clients, ClientSite{Path: path, Line: idx.position(c.Span.Start).Line,
			Client: c.Client, Keyless: c.Keyless, Service: service})
	}
	w.pending = w.pending[:0]
}

// sortClients orders sites by path, line and client and drops repeats (two checkers of one
// language seeing the same constructor).
func sortClients(cs []ClientSite) []ClientSite {
	sort.Slice(cs, func(i, j int) bool {
		a, b := cs[i], cs[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Client != b.Client {
			return a.Client < b.Client
		}
		return !a.Keyless && b.Keyless
	})
	out := cs[:0]
	for i, c := range cs {
		if i > 0 && out[len(out)-1] == c {
			continue
		}
		out = append(out, c)
	}
	return out
}
