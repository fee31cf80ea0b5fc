package report

import (
	"fmt"
	"io"
	"net/url"
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
	if opts.BaseDir != "" {
		run.WithOriginalUriBaseIds(map[string]sarif.ArtifactLocation{srcRoot: *sarif.NewSimpleArtifactLocation(dirURI(opts.BaseDir))})
	}
	// One invocation says whether every file was checked; the files that were not are its
	// notifications (code scanning shows them as tool errors).
	inv := sarif.NewInvocation().WithExecutionSuccessful(res.Unchecked() == 0)
	for _, e := range res.Errors {
		level := "error"
		switch {
		case e.Skipped:
			level = "note"
		case e.Partial:
			level = "warning"
		}
		inv.AddToolExecutionNotification(sarif.NewNotification().WithLevel(level).
			WithMessage(sarif.NewTextMessage(e.Err.Error())).
			AddLocation(sarif.NewLocationWithPhysicalLocation(sarif.NewPhysicalLocation().
				WithArtifactLocation(artifactLocation(e.Path, opts.BaseDir)))))
	}
	run.WithInvocations([]*sarif.Invocation{inv})
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

// srcRoot is the uriBaseId of every repository-relative location; originalUriBaseIds says
// where it was on the machine that ran the scan.
const srcRoot = "%SRCROOT%"

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

// artifactLocation makes a path relative to the base directory (the git work tree's top, or
// the scan root), percent-encoded and based on %SRCROOT%, so the same scan gives the same URIs
// from any working directory; a path outside it becomes an absolute file URI.
func artifactLocation(path, baseDir string) *sarif.ArtifactLocation {
	if baseDir == "" {
		return sarif.NewSimpleArtifactLocation(encodePath(filepath.ToSlash(path)))
	}
	rel, inside := relativeTo(path, baseDir)
	if inside {
		return sarif.NewSimpleArtifactLocation(encodePath(rel)).WithURIBaseID(srcRoot)
	}
	return sarif.NewSimpleArtifactLocation("file://" + encodePath(rel))
}

// relativeTo returns a slash path relative to baseDir and true, or the absolute path and false
// when it lies outside.
func relativeTo(path, baseDir string) (string, bool) {
	abs, err := filepath.Abs(filepath.FromSlash(path))
	if err != nil {
		return filepath.ToSlash(path), false
	}
	if rel, err := filepath.Rel(baseDir, abs); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return filepath.ToSlash(rel), true
	}
	return filepath.ToSlash(abs), false
}

// relPath is a path as GitHub names files: relative to the repository (base directory) when
// it is inside, else as the scan reported it.
func relPath(path, baseDir string) string {
	if baseDir == "" {
		return path
	}
	if rel, ok := relativeTo(path, baseDir); ok {
		return rel
	}
	return path
}

// encodePath percent-encodes each segment of a slash-separated path (a space, %, # or ? in a
// file name must not end up in a URI as is).
func encodePath(p string) string {
	parts := strings.Split(p, "/")
	for i, s := range parts {
		parts[i] = url.PathEscape(s)
	}
	return strings.Join(parts, "/")
}

// dirURI is the file URI of a directory, with the trailing slash SARIF requires.
func dirURI(dir string) string {
	u := "file://" + encodePath(filepath.ToSlash(dir))
	if !strings.HasSuffix(u, "/") {
		u += "/"
	}
	return u
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
