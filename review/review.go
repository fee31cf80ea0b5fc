// Package review turns the findings on a pull request's added lines into one GitHub
// pull-request review: a line comment per finding, carrying the keyless rewrite as a
// ```suggestion block a reviewer accepts with one click. It builds the review (Build) and
// posts it (Poster); scanning and diffing are the caller's.
package review

import (
	"bytes"
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/keyformat"
	"github.com/keylint/keylint/fixes"
)

// DefaultMaxComments caps the line comments of one review; the rest are listed in its body.
const DefaultMaxComments = 50

// Comment is one line comment of the review. Lines are 1-based lines of the new file; a
// comment over several lines has StartLine < Line.
type Comment struct {
	Path        string `json:"path"`
	StartLine   int    `json:"start_line,omitempty"`
	Line        int    `json:"line"`
	Side        string `json:"side"`
	StartSide   string `json:"start_side,omitempty"`
	Body        string `json:"body"`
	Fingerprint string `json:"-"`
}

// Review is what keylint posts: GitHub's "create a review" request.
type Review struct {
	CommitID string    `json:"commit_id,omitempty"`
	Body     string    `json:"body"`
	Event    string    `json:"event"`
	Comments []Comment `json:"comments"`
}

// marker hides a finding's fingerprint in a comment, so a re-run finds its own comments.
func marker(fingerprint string) string { return "<!-- keylint:v1:" + fingerprint + " -->" }

var markerRE = regexp.MustCompile(`<!-- keylint:v1:([0-9a-f]+) -->`)

// Markers returns the fingerprints of keylint comments in bodies.
func Markers(bodies []string) map[string]bool {
	seen := map[string]bool{}
	for _, b := range bodies {
		for _, m := range markerRE.FindAllStringSubmatch(b, -1) {
			seen[m[1]] = true
		}
	}
	return seen
}

// Input is one finding to review with what Build needs to know about it.
type Input struct {
	Finding keylint.Finding
	Path    string                // repository-relative, slash-separated
	Src     []byte                // the file as the pull request's head has it
	Added   func(line int) bool   // whether a line of the file is added by the pull request
	Rule    *keylint.Rule         // for the advice when there is no fix
	Secrets func() []keylint.Span // every secret span known in the file

	redact func(string) string // Options.Redact, set by Build
}

// Options shape the review.
type Options struct {
	CommitID    string
	MaxComments int
	// Posted are fingerprints already commented on by an earlier run.
	Posted map[string]bool
	// Redact is the output boundary's redaction of source text: a suggestion it would change
	// is not offered (accepting it would write the redacted text into the code).
	Redact func(string) string
}

// Build makes the review of the inputs (already limited to added lines). It returns nil when
// there is nothing new to say.
func Build(inputs []Input, opts Options) *Review {
	if opts.MaxComments <= 0 {
		opts.MaxComments = DefaultMaxComments
	}
	sort.SliceStable(inputs, func(i, j int) bool {
		a, b := inputs[i], inputs[j]
		if a.Finding.Severity != b.Finding.Severity {
			return a.Finding.Severity > b.Finding.Severity // errors get the comments first
		}
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		return a.Finding.Start.Line < b.Finding.Start.Line
	})
	r := &Review{CommitID: opts.CommitID, Event: "COMMENT", Comments: []Comment{}}
	var rest []string
	fresh := 0
	for _, in := range inputs {
		if opts.Posted[in.Finding.Fingerprint] {
			continue
		}
		fresh++
		if len(r.Comments) == opts.MaxComments {
			rest = append(rest, fmt.Sprintf("- `%s:%d` %s %s", in.Path, in.Finding.Start.Line, in.Finding.RuleID, in.Finding.Message))
			continue
		}
		in.redact = opts.Redact
		r.Comments = append(r.Comments, comment(in))
	}
	if fresh == 0 {
		return nil
	}
	var b strings.Builder
	fmt.Fprintf(&b, "**keylint** found %d place%s where this pull request authenticates to Azure OpenAI / Azure AI with an API key.", fresh, plural(fresh))
	b.WriteString(" Keys leak, are shared, and cannot be traced to a caller; the suggestions switch to Microsoft Entra ID (`DefaultAzureCredential`), with the app's identity granted *Cognitive Services OpenAI User*.")
	if len(rest) > 0 {
		fmt.Fprintf(&b, "\n\n%d more, not commented on line by line:\n%s", len(rest), strings.Join(rest, "\n"))
	}
	b.WriteString("\n\n<!-- keylint-review -->")
	r.Body = b.String()
	return r
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// comment writes one finding's comment: the finding, then the rewrite as a suggestion over
// the lines it replaces when those lines are all added by the pull request and hold no secret;
// otherwise (and for the parts outside those lines, such as an import) as a redacted diff.
func comment(in Input) Comment {
	f := in.Finding
	c := Comment{Path: in.Path, Line: f.Start.Line, Side: "RIGHT", Fingerprint: f.Fingerprint}
	var b strings.Builder
	fmt.Fprintf(&b, "**keylint %s** (%s): %s\n\n", f.RuleID, f.Severity, f.Message)
	switch {
	case len(f.Fixes) > 0:
		fix := f.Fixes[0]
		first, last, text, whole, ok := suggestion(in, fix)
		if ok {
			c.Line = last
			if first < last {
				c.StartLine, c.StartSide = first, "RIGHT"
			}
			fmt.Fprintf(&b, "%s:\n\n```suggestion\n%s```\n", fix.Message, text)
			if !whole && fix.Preview != "" {
				fmt.Fprintf(&b, "\nThe rewrite also changes lines outside this suggestion (apply them too, or run `keylint --fix`):\n\n```diff\n%s\n```\n", diffLines(fix.Preview))
			}
		} else {
			fmt.Fprintf(&b, "%s (run `keylint --fix` to apply):\n\n```diff\n%s\n```\n", fix.Message, diffLines(fix.Preview))
		}
	case in.Rule != nil && in.Rule.Manual != "":
		b.WriteString(in.Rule.Manual + "\n")
	}
	if in.Rule != nil && in.Rule.HelpURI != "" {
		fmt.Fprintf(&b, "\n[%s %s](%s)\n", in.Rule.ID, in.Rule.Name, in.Rule.HelpURI)
	}
	b.WriteString(marker(f.Fingerprint))
	c.Body = b.String()
	return c
}

// diffLines turns a preview's "- " / "+ " lines into diff syntax.
func diffLines(preview string) string {
	lines := strings.Split(preview, "\n")
	for i, l := range lines {
		if len(l) >= 2 && (l[0] == '-' || l[0] == '+') && l[1] == ' ' {
			lines[i] = l[:1] + l[2:]
		}
	}
	return strings.Join(lines, "\n")
}

// suggestion returns the lines [first, last] that the fix's edits at the finding replace and
// their new text (whole lines, ending in a newline). whole is false when the fix has edits
// elsewhere too. ok is false when there is no safe suggestion: the lines are not all added by
// the pull request, or the new text would show a secret.
func suggestion(in Input, fix keylint.Fix) (first, last int, text string, whole, ok bool) {
	src := in.Src
	edits := append([]keylint.Edit(nil), fix.Edits...)
	fixes.SortEdits(edits) // Apply's order: an insertion before a replacement at the same offset
	for i, e := range edits {
		if e.Start < 0 || e.End > len(src) || e.End < e.Start || i > 0 && e.Start < edits[i-1].End {
			return 0, 0, "", false, false
		}
	}
	// The edits on the finding's lines, widened to whole lines.
	ls := bytes.LastIndexByte(src[:min(in.Finding.Span.Start, len(src))], '\n') + 1
	le := lineEnd(src, in.Finding.Span.Start)
	var group []keylint.Edit
	for _, e := range edits {
		if e.End >= ls && e.Start <= le {
			group = append(group, e)
			ls = min(ls, bytes.LastIndexByte(src[:e.Start], '\n')+1)
			end := lineEnd(src, e.End)
			if e.End > e.Start && src[e.End-1] == '\n' {
				end = e.End // a deleted line: the next line is not part of it
			}
			le = max(le, end)
		}
	}
	if len(group) == 0 {
		return 0, 0, "", false, false
	}
	var out bytes.Buffer
	pos := ls
	for _, e := range group {
		out.Write(src[pos:e.Start])
		out.WriteString(e.New)
		pos = e.End
	}
	out.Write(src[pos:le])
	first = 1 + bytes.Count(src[:ls], []byte("\n"))
	last = first + bytes.Count(src[ls:le], []byte("\n")) - 1
	if le == len(src) && (le == 0 || src[le-1] != '\n') {
		last++
		out.WriteByte('\n')
	}
	for l := first; l <= last; l++ {
		if !in.Added(l) {
			return 0, 0, "", false, false
		}
	}
	text = out.String()
	if len(keyformat.Find([]byte(text))) > 0 || in.redact != nil && in.redact(text) != text {
		return 0, 0, "", false, false // accepting it would write a redacted value into the code
	}
	if in.Secrets != nil {
		for _, s := range in.Secrets() {
			if s.End <= len(src) && s.Start < s.End && strings.Contains(text, string(src[s.Start:s.End])) {
				return 0, 0, "", false, false
			}
		}
	}
	return first, last, text, len(group) == len(edits), true
}

// lineEnd is the offset just past the newline ending the line that holds off (or the end).
func lineEnd(src []byte, off int) int {
	if off > len(src) {
		return len(src)
	}
	i := bytes.IndexByte(src[off:], '\n')
	if i < 0 {
		return len(src)
	}
	return off + i + 1
}
