package report

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/scan"
)

const informationURI = "https://github.com/keylint/keylint"

// sarifLevel maps severities to SARIF result levels.
func sarifLevel(s keylint.Severity) string {
	switch s {
	case keylint.Error:
		return "error"
	case keylint.Warning:
		return "warning"
	}
	return "note"
}

// writeSARIF writes a SARIF 2.1.0 log that GitHub code scanning accepts: rule metadata with
// help and security-severity, results with repository-relative locations, redacted snippets,
// partial fingerprints and fixes.
func writeSARIF(w io.Writer, res *scan.Result, opts Options) error {
	run := newSARIFRun(opts)
	for _, f := range res.Findings {
		region := sarif.NewRegion().
			WithStartLine(f.Start.Line).WithStartColumn(f.Start.Column).
			WithEndLine(f.End.Line).WithEndColumn(f.End.Column).
			WithByteOffset(f.Span.Start).WithByteLength(f.Span.End - f.Span.Start)
		if f.Snippet != "" {
			region.WithSnippet(sarif.NewArtifactContent().WithText(f.Snippet))
		}
		loc := sarif.NewPhysicalLocation().
			WithArtifactLocation(artifactLocation(f.Path, opts.BaseDir)).
			WithRegion(region)
		result := run.CreateResultForRule(f.RuleID).
			WithLevel(sarifLevel(f.Severity)).
			WithMessage(sarif.NewTextMessage(f.Message)).
			AddLocation(sarif.NewLocationWithPhysicalLocation(loc)).
			WithPartialFingerprints(map[string]string{"keylint/v1": Fingerprint(f)})
		for _, fix := range f.Fixes {
			result.AddFixe(sarifFix(fix, opts.BaseDir))
		}
	}
	return writeSARIFLog(w, run)
}

// newSARIFRun starts a run with the tool and the rules' metadata.
func newSARIFRun(opts Options) *sarif.Run {
	run := sarif.NewRunWithInformationURI("keylint", informationURI)
	driver := run.Tool.Driver
	if opts.Version != "" {
		driver.WithSemanticVersion(strings.TrimPrefix(opts.Version, "v"))
	}
	run.WithColumnKind("unicodeCodePoints")
	for _, r := range opts.Rules {
		props := sarif.NewPropertyBag().WithTags(r.Tags)
		props.Add("security-severity", r.SecuritySeverity)
		props.Add("precision", "high")
		run.AddRule(r.ID).
			WithName(r.Name).
			WithDescription(r.Summary).
			WithFullDescription(sarif.NewMultiformatMessageString().WithText(r.Doc)).
			WithHelp(sarif.NewMultiformatMessageString().WithText(helpText(r)).WithMarkdown(helpMarkdown(r))).
			WithHelpURI(r.HelpURI).
			WithDefaultConfiguration(sarif.NewReportingConfiguration().WithLevel(sarifLevel(r.Severity))).
			WithProperties(props)
	}
	return run
}

// writeSARIFLog writes a SARIF log of one run.
func writeSARIFLog(w io.Writer, run *sarif.Run) error {
	log := sarif.NewReport()
	log.AddRun(run)
	return log.PrettyWrite(w)
}

func sarifFix(fix keylint.Fix, baseDir string) *sarif.Fix {
	byPath := map[string]*sarif.ArtifactChange{}
	var order []string
	for _, e := range fix.Edits {
		ch := byPath[e.Path]
		if ch == nil {
			ch = sarif.NewArtifactChange().WithArtifactLocation(artifactLocation(e.Path, baseDir))
			byPath[e.Path] = ch
			order = append(order, e.Path)
		}
		ch.AddReplacement(sarif.NewReplacement().
			WithDeletedRegion(sarif.NewRegion().WithByteOffset(e.Start).WithByteLength(e.End - e.Start)).
			WithInsertedContent(sarif.NewArtifactContent().WithText(e.New)))
	}
	out := sarif.NewFix().WithDescription(sarif.NewTextMessage(fix.Message))
	for _, p := range order {
		out.AddArtifactChange(byPath[p])
	}
	return out
}

// artifactLocation makes a path relative to the repository root when it can, as code scanning
// expects; anything outside becomes an absolute file URI.
func artifactLocation(path, baseDir string) *sarif.ArtifactLocation {
	p := filepath.FromSlash(path)
	if baseDir != "" {
		abs, err := filepath.Abs(p)
		if err == nil {
			if rel, err := filepath.Rel(baseDir, abs); err == nil && !strings.HasPrefix(rel, "..") {
				return sarif.NewSimpleArtifactLocation(filepath.ToSlash(rel))
			}
			return sarif.NewSimpleArtifactLocation("file://" + filepath.ToSlash(abs))
		}
	}
	return sarif.NewSimpleArtifactLocation(filepath.ToSlash(path))
}

func helpText(r *keylint.Rule) string {
	var b strings.Builder
	b.WriteString(r.Doc)
	for _, ex := range r.Examples {
		fmt.Fprintf(&b, "\n\nBad (%s):\n%s\n\nGood:\n%s", ex.Lang, ex.Bad, ex.Good)
	}
	return b.String()
}

func helpMarkdown(r *keylint.Rule) string {
	var b strings.Builder
	fmt.Fprintf(&b, "**%s %s**: %s\n\n%s", r.ID, r.Name, r.Summary, r.Doc)
	for _, ex := range r.Examples {
		fmt.Fprintf(&b, "\n\nBad:\n```%s\n%s\n```\n\nGood:\n```%s\n%s\n```", ex.Lang, ex.Bad, ex.Lang, ex.Good)
	}
	return b.String()
}
