// Package check is the contract between the engine and the language checkers: a Pass carries one
// parsed file and the settings, and collects what the checker reports.
package check

import (
	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/azurectx"
	"github.com/keylint/keylint/syntax"
	"sort"
)

// Options are the settings checkers read; the engine builds them once from config.
type Options struct {
	KeyNames *azurectx.KeyNames
	Markers  *azurectx.Markers
	// Scope is the Entra ID token scope the keyless rewrites use.
	Scope string
	// IncludeGenerated checks generated files ("Code generated ... DO NOT EDIT.") too.
	IncludeGenerated bool
}

// DefaultScope is the Azure AI token scope in the public cloud.
const DefaultScope = "https://cognitiveservices.azure.com/.default"

// DefaultOptions are the settings with no config file.
func DefaultOptions() *Options {
	k, _ := azurectx.NewKeyNames(nil)
	return &Options{KeyNames: k, Markers: azurectx.NewMarkers(nil), Scope: DefaultScope}
}

// GitStatus says how git sees a file.
type GitStatus struct {
	InRepo  bool
	Tracked bool // in the index: committed or staged
	Ignored bool
}

// Pass is one file handed to a checker.
type Pass struct {
	Path string
	Lang keylint.Lang
	Src  []byte
	Tree *syntax.Tree // nil for formats without a grammar
	Opts *Options
	// Git reports the file's git status; only set for the formats whose rules depend on it
	// (dotenv), since asking git costs a process.
	Git func() GitStatus
	// Azure is set by a checker that finds the file talks to Azure; the engine uses it for
	// repository-wide checks (is .env ignored?).
	Azure bool
	// ReadOthers is set by a checker whose result for this file used other files of the tree
	// (API Management backends looked up in the project's IaC, a Go header name declared in
	// another file of the package): the engine does not cache such a result, which the
	// file's bytes alone do not determine.
	ReadOthers bool
	// DependsOn lists directories whose files the result used, all of it decided by the
	// files' names and bytes (a Go header name that is a constant of another file of the
	// package): the engine caches such a result with a stamp of each directory's files and
	// checks the file again when a stamp changes.
	DependsOn []string

	// findings are pointers so that the one Reportf returns stays valid while later reports
	// are made (a checker often reports a related finding before it finishes the first).
	findings   []*keylint.Finding
	clients    []ClientSite
	dismissals []Dismissal
	err        error
	partial    error
}

// Dismissal is a place a checker looked at as a possible key use and set aside, with the named
// reason (coderules.Dismiss*): what --explain-hits tells about a keyword hit that is no finding.
type Dismissal struct {
	Span   keylint.Span
	Reason string
}

// Dismiss records that the code at span was considered and is not a finding, and why.
func (p *Pass) Dismiss(span keylint.Span, reason string) {
	p.dismissals = append(p.dismissals, Dismissal{Span: p.clamp(span), Reason: reason})
}

// editsApply reports edits of this file that lie inside it, in order, none overlapping.
func (p *Pass) editsApply(edits []keylint.Edit) bool {
	spans := make([]keylint.Span, 0, len(edits))
	for _, e := range edits {
		if e.Path != "" && e.Path != p.Path {
			continue // another file's edit is checked when that file is written
		}
		if e.Start < 0 || e.End < e.Start || e.End > len(p.Src) {
			return false
		}
		spans = append(spans, keylint.Span{Start: e.Start, End: e.End})
	}
	sort.Slice(spans, func(i, j int) bool {
		return spans[i].Start < spans[j].Start || spans[i].Start == spans[j].Start && spans[i].End < spans[j].End
	})
	for i := 1; i < len(spans); i++ {
		if spans[i].Start < spans[i-1].End {
			return false
		}
	}
	return true
}

// clamp keeps a span within the file and in order.
func (p *Pass) clamp(s keylint.Span) keylint.Span {
	n := len(p.Src)
	s.Start = min(max(s.Start, 0), n)
	s.End = min(max(s.End, s.Start), n)
	return s
}

// Dismissals returns what Dismiss recorded.
func (p *Pass) Dismissals() []Dismissal { return p.dismissals }

// ClientSite is an Azure client constructed in the file, with a key or keyless: the keyless
// migration view counts both (findings only show the first kind).
type ClientSite struct {
	Span    keylint.Span // the constructor call
	Client  string       // the client's name, as written (AzureOpenAI, azopenai.NewClient)
	Keyless bool         // built with a token credential or provider, not a key
}

// ClientSite records an Azure client construction.
func (p *Pass) ClientSite(span keylint.Span, client string, keyless bool) {
	p.clients = append(p.clients, ClientSite{Span: span, Client: client, Keyless: keyless})
}

// ClientSites returns what ClientSite recorded.
func (p *Pass) ClientSites() []ClientSite { return p.clients }

// Fail records that the file could not be checked (malformed input with no fallback); the
// engine reports it as one line on stderr, keeps the findings made, and fails the run.
func (p *Pass) Fail(err error) {
	if p.err == nil {
		p.err = err
	}
}

// Err returns what Fail recorded.
func (p *Pass) Err() error { return p.err }

// Partial records that part of the file was checked another way (line by line, or what
// parsed around a syntax error): reported on stderr as a documented degradation, it does not
// fail the run the way Fail does.
func (p *Pass) Partial(err error) {
	if p.partial == nil {
		p.partial = err
	}
}

// PartialErr returns what Partial recorded.
func (p *Pass) PartialErr() error { return p.partial }

// Report records a finding. The engine fills in severity from config, positions and snippets.
func (p *Pass) Report(f keylint.Finding) {
	if f.Path == "" {
		f.Path = p.Path
	}
	// A parser recovering from broken input can give positions out of order or past the end
	// (go/parser on a truncated file): keep every span inside the file, whatever the checker.
	f.Span = p.clamp(f.Span)
	for i := range f.Secrets {
		f.Secrets[i] = p.clamp(f.Secrets[i])
	}
	p.findings = append(p.findings, &f)
}

// Reportf records a finding of rule over span with a message.
func (p *Pass) Reportf(rule string, span keylint.Span, msg string) *keylint.Finding {
	p.Report(keylint.Finding{RuleID: rule, Span: span, Message: msg})
	return p.findings[len(p.findings)-1]
}

// Count is how many findings were reported so far.
func (p *Pass) Count() int { return len(p.findings) }

// Findings returns what was reported so far. A fix with an edit outside the file, reversed or
// overlapping another would not apply (a parser recovering from broken input can put an import
// inside the call being rewritten): it is dropped and the finding kept. This runs here, not in
// Report, because checkers attach fixes to a finding after reporting it.
func (p *Pass) Findings() []keylint.Finding {
	out := make([]keylint.Finding, len(p.findings))
	for i, f := range p.findings {
		out[i] = *f
		var kept []keylint.Fix
		for _, fx := range f.Fixes {
			if p.editsApply(fx.Edits) {
				kept = append(kept, fx)
			}
		}
		out[i].Fixes = kept
	}
	return out
}

// Checker checks files of some languages.
type Checker interface {
	Langs() []keylint.Lang
	Check(p *Pass)
}
