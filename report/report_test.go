package report_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers"
	"github.com/keylint/keylint/report"
	"github.com/keylint/keylint/scan"
)

var update = flag.Bool("update", false, "rewrite testdata/golden.* from the current output")

// fixtureDir holds the Python files the goldens are made from; the goldens sit next to it (not
// inside, so they are never scanned themselves).
const fixtureDir = "testdata/src"

const testVersion = "v0.0.0-test"

// Full secrets written in testdata/src/settings.py: no format may print them.
var fixtureSecrets = []string{
	"9f8e7d6c5b4a39281706f5e4d3c2b1a0",
	"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJQQJ99BCAAAAAAAAAAAAAAAAACOG3iHz",
	"sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zT3BlbkFJAb3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z",
}

// scanFixture runs the real engine on testdata/src and removes what depends on the machine.
func scanFixture(t *testing.T) *scan.Result {
	t.Helper()
	res, err := scan.Run(context.Background(), scan.Config{Paths: []string{fixtureDir}, Workers: 2})
	if err != nil {
		t.Fatalf("scan.Run: %v", err)
	}
	if len(res.Errors) > 0 {
		t.Fatalf("scan.Run file errors: %v", res.Errors)
	}
	res.Stats.Duration = 0
	return res
}

func options(t *testing.T, color bool) report.Options {
	t.Helper()
	base, err := filepath.Abs("testdata")
	if err != nil {
		t.Fatal(err)
	}
	return report.Options{Rules: analyzers.All(), Version: testVersion, BaseDir: base, Color: color}
}

// render writes one format; a panic in a writer is a test failure, not a crashed test binary.
func render(t *testing.T, format string, res *scan.Result, opts report.Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	err := func() (err error) {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("panic: %v", r)
			}
		}()
		return report.Write(&buf, format, res, opts)
	}()
	if err != nil {
		t.Fatalf("report.Write(%s): %v", format, err)
	}
	return buf.Bytes()
}

// TestFixtureFindings pins what the goldens are made of, so a golden regenerated from a broken
// scan cannot pass unnoticed.
func TestFixtureFindings(t *testing.T) {
	res := scanFixture(t)
	var got []string
	for _, f := range res.Findings {
		got = append(got, fmt.Sprintf("%s:%d:%d %s %s", f.Path, f.Start.Line, f.Start.Column, f.RuleID, f.Severity))
	}
	want := []string{
		"testdata/src/app.py:10:7 KL105 warning",
		"testdata/src/app.py:11:73 KL102 error",
		"testdata/src/app.py:12:12 KL107 warning",
		"testdata/src/app.py:13:62 KL101 error",
		"testdata/src/app.py:14:89 KL104 error",
		// line 16's KL105 is suppressed by the keylint:ignore[KL105] comment on line 15
		"testdata/src/settings.py:2:11 KL106 error",
		"testdata/src/settings.py:3:42 KL106 error",
		"testdata/src/settings.py:4:15 KL106 error",
		// line 5's "<your-api-key>" is a placeholder, not a key
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("findings:\n got %s\nwant %s", strings.Join(got, "\n     "), strings.Join(want, "\n     "))
	}
	if res.Stats.Files != 2 {
		t.Errorf("Stats.Files = %d, want 2", res.Stats.Files)
	}
	for _, f := range res.Findings {
		if f.Snippet == "" {
			t.Errorf("%s:%d %s: empty snippet", f.Path, f.Start.Line, f.RuleID)
		}
		if f.Path == "testdata/src/settings.py" && !strings.Contains(f.Snippet, "…") {
			t.Errorf("%s:%d %s: snippet %q is not redacted", f.Path, f.Start.Line, f.RuleID, f.Snippet)
		}
	}
}

func TestGolden(t *testing.T) {
	res := scanFixture(t)
	for _, tc := range []struct {
		format, golden string
		snippets       bool // the format shows source lines, so the redacted forms appear
	}{
		{"text", "golden.text", true},
		{"json", "golden.json", true},
		{"sarif", "golden.sarif", true},
		{"github", "golden.github", false},
		{"rdjsonl", "golden.rdjsonl", false},
	} {
		t.Run(tc.format, func(t *testing.T) {
			opts := options(t, false)
			got := render(t, tc.format, res, opts)
			// The base directory's place on this machine is in originalUriBaseIds; the golden
			// holds a stand-in.
			got = bytes.ReplaceAll(got, []byte(`"file://`+filepath.ToSlash(opts.BaseDir)+`/"`), []byte(`"file:///BASE/"`))
			golden := filepath.Join("testdata", tc.golden)
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run `go test ./report -update` to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from the output (run `go test ./report -update` and review the diff):\n%s",
					golden, firstDiff(string(want), string(got)))
			}
			for _, s := range fixtureSecrets {
				if bytes.Contains(got, []byte(s)) {
					t.Errorf("output contains the full secret %q", s)
				}
				if tc.snippets && !bytes.Contains(got, []byte(s[:4]+"…")) {
					t.Errorf("output lacks the redacted form %q", s[:4]+"…")
				}
			}
		})
	}
}

// firstDiff shows the first differing line of two texts.
func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(wl), len(gl)); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g || i >= len(wl) || i >= len(gl) {
			return fmt.Sprintf("line %d:\nwant %q\n got %q", i+1, w, g)
		}
	}
	return "(no line differs)"
}

func TestTextColor(t *testing.T) {
	res := scanFixture(t)
	for _, tc := range []struct {
		color    bool
		wantANSI bool
	}{
		{color: false, wantANSI: false},
		{color: true, wantANSI: true},
	} {
		t.Run(fmt.Sprintf("color=%v", tc.color), func(t *testing.T) {
			out := render(t, "text", res, options(t, tc.color))
			if len(out) == 0 {
				t.Fatal("no text output")
			}
			if got := bytes.Contains(out, []byte("\x1b[")); got != tc.wantANSI {
				t.Errorf("ANSI escapes present = %v, want %v:\n%s", got, tc.wantANSI, out)
			}
			// The words are the same either way.
			plain := stripANSI(string(out))
			for _, want := range []string{"testdata/src/app.py:11:73:", "KL102", "[error]", "8 findings (6 errors, 2 warnings) in 2 files scanned"} {
				if !strings.Contains(plain, want) {
					t.Errorf("text output lacks %q:\n%s", want, plain)
				}
			}
		})
	}
}

func stripANSI(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == 0x1b && i+1 < len(s) && s[i+1] == '[' {
			j := i + 2
			for j < len(s) && (s[j] < '@' || s[j] > '~') {
				j++
			}
			i = j
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func TestEmptyResult(t *testing.T) {
	res := &scan.Result{Stats: scan.Stats{Files: 3}}
	for _, tc := range []struct {
		format string
		check  func(t *testing.T, out []byte)
	}{
		{"text", func(t *testing.T, out []byte) {
			if len(out) != 0 {
				t.Errorf("text output for no findings = %q, want nothing", out)
			}
		}},
		{"json", func(t *testing.T, out []byte) {
			var doc map[string]any
			if err := json.Unmarshal(out, &doc); err != nil {
				t.Fatalf("invalid JSON: %v\n%s", err, out)
			}
			for _, key := range []string{"findings", "errors"} {
				if l, ok := doc[key].([]any); !ok || len(l) != 0 {
					t.Errorf("%s = %#v, want an empty array", key, doc[key])
				}
			}
			if doc["tool"] != "keylint" || doc["version"] != testVersion {
				t.Errorf("tool/version = %v/%v", doc["tool"], doc["version"])
			}
		}},
		{"sarif", func(t *testing.T, out []byte) {
			validateSARIF(t, out)
			doc := decode(t, out)
			results, ok := at(doc, "runs", 0, "results").([]any)
			if !ok || len(results) != 0 {
				t.Errorf("runs[0].results = %#v, want an empty array (code scanning needs the key)", at(doc, "runs", 0, "results"))
			}
		}},
	} {
		t.Run(tc.format, func(t *testing.T) {
			tc.check(t, render(t, tc.format, res, options(t, false)))
		})
	}
}

func TestJSONFields(t *testing.T) {
	res := scanFixture(t)
	doc := decode(t, render(t, "json", res, options(t, false)))
	findings, _ := doc["findings"].([]any)
	if len(findings) != len(res.Findings) {
		t.Fatalf("%d JSON findings, want %d", len(findings), len(res.Findings))
	}
	for i, f := range res.Findings {
		jf := findings[i].(map[string]any)
		r := analyzers.ByID(f.RuleID)
		for key, want := range map[string]any{
			"rule": f.RuleID, "name": r.Name, "severity": f.Severity.String(), "message": f.Message,
			"path": f.Path, "snippet": f.Snippet, "fingerprint": report.Fingerprint(f),
		} {
			if jf[key] != want {
				t.Errorf("findings[%d].%s = %v, want %v", i, key, jf[key], want)
			}
		}
		if jf["start"] == nil || jf["end"] == nil {
			t.Errorf("findings[%d]: start/end missing: %v", i, jf)
		}
	}
	if got := at(doc, "stats", "files"); got != float64(2) {
		t.Errorf("stats.files = %v, want 2", got)
	}
}

// --- SARIF ---

func decode(t *testing.T, b []byte) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("invalid JSON: %v\n%s", err, b)
	}
	return m
}

// at walks a decoded JSON document by keys and indexes; nil when a step is missing.
func at(v any, path ...any) any {
	for _, p := range path {
		switch k := p.(type) {
		case string:
			m, ok := v.(map[string]any)
			if !ok {
				return nil
			}
			v = m[k]
		case int:
			l, ok := v.([]any)
			if !ok || k >= len(l) {
				return nil
			}
			v = l[k]
		}
	}
	return v
}

// validateSARIF parses with the schema model (strictly) and validates against the SARIF 2.1.0
// schema; it returns the parsed report.
func validateSARIF(t *testing.T, b []byte) *sarif.Report {
	t.Helper()
	rep, err := sarif.FromBytes(b, sarif.WithStrictValidation())
	if err != nil {
		t.Fatalf("sarif.FromBytes: %v", err)
	}
	if err := rep.Validate(); err != nil {
		t.Fatalf("SARIF schema validation: %v", err)
	}
	return rep
}

// assertRoundTrip fails when the schema model drops or changes anything we wrote: a field it
// does not know is a field GitHub's SARIF reader may not know either.
func assertRoundTrip(t *testing.T, b []byte, rep *sarif.Report) {
	t.Helper()
	ours := decode(t, b)
	again, err := json.Marshal(rep)
	if err != nil {
		t.Fatalf("re-marshal parsed report: %v", err)
	}
	theirs := decode(t, again)
	if !reflect.DeepEqual(ours, theirs) {
		var diffs []string
		jsonDiff("$", ours, theirs, &diffs)
		t.Errorf("SARIF does not survive a round trip through the schema model:\n%s", strings.Join(diffs, "\n"))
	}
}

func jsonDiff(path string, a, b any, out *[]string) {
	if len(*out) > 20 {
		return
	}
	switch av := a.(type) {
	case map[string]any:
		bv, ok := b.(map[string]any)
		if !ok {
			*out = append(*out, fmt.Sprintf("%s: %T vs %T", path, a, b))
			return
		}
		keys := map[string]bool{}
		for k := range av {
			keys[k] = true
		}
		for k := range bv {
			keys[k] = true
		}
		sorted := make([]string, 0, len(keys))
		for k := range keys {
			sorted = append(sorted, k)
		}
		sort.Strings(sorted)
		for _, k := range sorted {
			x, inA := av[k]
			y, inB := bv[k]
			switch {
			case !inA:
				*out = append(*out, fmt.Sprintf("%s.%s: added by the model: %v", path, k, y))
			case !inB:
				*out = append(*out, fmt.Sprintf("%s.%s: dropped by the model: %v", path, k, x))
			default:
				jsonDiff(path+"."+k, x, y, out)
			}
		}
	case []any:
		bv, ok := b.([]any)
		if !ok || len(av) != len(bv) {
			*out = append(*out, fmt.Sprintf("%s: %v vs %v", path, a, b))
			return
		}
		for i := range av {
			jsonDiff(fmt.Sprintf("%s[%d]", path, i), av[i], bv[i], out)
		}
	default:
		if !reflect.DeepEqual(a, b) {
			*out = append(*out, fmt.Sprintf("%s: %v vs %v", path, a, b))
		}
	}
}

func TestSARIFValidates(t *testing.T) {
	res := scanFixture(t)
	b := render(t, "sarif", res, options(t, false))
	rep := validateSARIF(t, b)
	assertRoundTrip(t, b, rep)
	if rep.Version != "2.1.0" || len(rep.Runs) != 1 {
		t.Fatalf("version %q with %d runs, want 2.1.0 with 1", rep.Version, len(rep.Runs))
	}
}

// TestSARIFCodeScanningFields checks what GitHub code scanning reads, field by field.
func TestSARIFCodeScanningFields(t *testing.T) {
	res := scanFixture(t)
	doc := decode(t, render(t, "sarif", res, options(t, false)))
	run := at(doc, "runs", 0)
	if run == nil {
		t.Fatal("no runs[0]")
	}
	if at(run, "tool", "driver", "name") != "keylint" {
		t.Errorf("tool.driver.name = %v", at(run, "tool", "driver", "name"))
	}
	if at(run, "tool", "driver", "semanticVersion") != "0.0.0-test" {
		t.Errorf("tool.driver.semanticVersion = %v, want 0.0.0-test", at(run, "tool", "driver", "semanticVersion"))
	}
	if ck, _ := at(run, "columnKind").(string); ck == "" {
		t.Errorf("run.columnKind is not set")
	}

	rules, _ := at(run, "tool", "driver", "rules").([]any)
	all := analyzers.All()
	if len(rules) != len(all) {
		t.Fatalf("%d rules in tool.driver.rules, want %d", len(rules), len(all))
	}
	ruleIndex := map[string]int{}
	for i, r := range all {
		rule := rules[i]
		ruleIndex[r.ID] = i
		nonEmpty := map[string][]any{
			"id":                           {"id"},
			"name":                         {"name"},
			"shortDescription.text":        {"shortDescription", "text"},
			"fullDescription.text":         {"fullDescription", "text"},
			"help.text":                    {"help", "text"},
			"help.markdown":                {"help", "markdown"},
			"helpUri":                      {"helpUri"},
			"defaultConfiguration.level":   {"defaultConfiguration", "level"},
			"properties.security-severity": {"properties", "security-severity"},
		}
		for name, path := range nonEmpty {
			if s, _ := at(rule, path...).(string); s == "" {
				t.Errorf("rules[%d] (%s): %s is missing or empty", i, r.ID, name)
			}
		}
		if at(rule, "id") != r.ID || at(rule, "name") != r.Name {
			t.Errorf("rules[%d] = %v/%v, want %s/%s", i, at(rule, "id"), at(rule, "name"), r.ID, r.Name)
		}
		if want := map[keylint.Severity]string{keylint.Error: "error", keylint.Warning: "warning", keylint.Info: "note"}[r.Severity]; at(rule, "defaultConfiguration", "level") != want {
			t.Errorf("%s defaultConfiguration.level = %v, want %s", r.ID, at(rule, "defaultConfiguration", "level"), want)
		}
		if tags, _ := at(rule, "properties", "tags").([]any); len(tags) == 0 {
			t.Errorf("%s properties.tags is missing or empty", r.ID)
		}
		// GitHub wants security-severity as a string holding a number in 0.0..10.0.
		ss, _ := at(rule, "properties", "security-severity").(string)
		if v, err := strconv.ParseFloat(ss, 64); err != nil || v < 0 || v > 10 {
			t.Errorf("%s security-severity %q is not a number in 0..10", r.ID, ss)
		}
		if uri, _ := at(rule, "helpUri").(string); !strings.HasPrefix(uri, "https://") {
			t.Errorf("%s helpUri %q is not an https URL", r.ID, uri)
		}
	}

	results, _ := at(run, "results").([]any)
	if len(results) != len(res.Findings) {
		t.Fatalf("%d results, want %d", len(results), len(res.Findings))
	}
	for i, f := range res.Findings {
		r := results[i]
		if at(r, "ruleId") != f.RuleID {
			t.Errorf("results[%d].ruleId = %v, want %s", i, at(r, "ruleId"), f.RuleID)
		}
		if idx, ok := at(r, "ruleIndex").(float64); ok && int(idx) != ruleIndex[f.RuleID] {
			t.Errorf("results[%d].ruleIndex = %v, want %d (%s)", i, idx, ruleIndex[f.RuleID], f.RuleID)
		}
		wantLevel := map[keylint.Severity]string{keylint.Error: "error", keylint.Warning: "warning", keylint.Info: "note"}[f.Severity]
		if at(r, "level") != wantLevel {
			t.Errorf("results[%d].level = %v, want %s", i, at(r, "level"), wantLevel)
		}
		if at(r, "message", "text") != f.Message {
			t.Errorf("results[%d].message.text = %v, want %q", i, at(r, "message", "text"), f.Message)
		}
		loc := at(r, "locations", 0, "physicalLocation")
		uri, _ := at(loc, "artifactLocation", "uri").(string)
		wantURI := strings.TrimPrefix(f.Path, "testdata/")
		if uri != wantURI {
			t.Errorf("results[%d] uri = %q, want %q (relative to BaseDir)", i, uri, wantURI)
		}
		if strings.Contains(uri, "://") || strings.HasPrefix(uri, "/") || strings.HasPrefix(uri, "..") {
			t.Errorf("results[%d] uri %q is not repository-relative", i, uri)
		}
		for name, want := range map[string]int{
			"startLine": f.Start.Line, "startColumn": f.Start.Column, "endLine": f.End.Line, "endColumn": f.End.Column,
		} {
			if got, ok := at(loc, "region", name).(float64); !ok || int(got) != want || got < 1 {
				t.Errorf("results[%d].region.%s = %v, want %d", i, name, at(loc, "region", name), want)
			}
		}
		if at(loc, "region", "snippet", "text") != f.Snippet {
			t.Errorf("results[%d].region.snippet.text = %v, want the redacted %q", i, at(loc, "region", "snippet", "text"), f.Snippet)
		}
		fps, _ := at(r, "partialFingerprints").(map[string]any)
		if len(fps) == 0 {
			t.Errorf("results[%d].partialFingerprints is missing or empty", i)
		}
		for k, v := range fps {
			if s, _ := v.(string); s == "" {
				t.Errorf("results[%d].partialFingerprints[%s] is empty", i, k)
			}
		}
		if fps["keylint/v1"] != report.Fingerprint(f) {
			t.Errorf("results[%d].partialFingerprints[keylint/v1] = %v, want %s", i, fps["keylint/v1"], report.Fingerprint(f))
		}
	}
}

// TestSARIFFix writes a finding that carries a fix (no checker emits one yet) and checks it is
// valid SARIF, survives the model, and points at a relative artifact.
func TestSARIFFix(t *testing.T) {
	res := scanFixture(t)
	f := res.Findings[1] // app.py:11 KL102
	if f.RuleID != "KL102" {
		t.Fatalf("fixture changed: findings[1] is %s", f.RuleID)
	}
	f.Fixes = []keylint.Fix{{
		Message: "Use azure_ad_token_provider with DefaultAzureCredential",
		Edits: []keylint.Edit{
			{Path: f.Path, Start: f.Span.Start, End: f.Span.End, New: "azure_ad_token_provider=token_provider"},
			{Path: f.Path, Start: 0, End: 0, New: "from azure.identity import DefaultAzureCredential\n"},
		},
	}}
	res = &scan.Result{Findings: []keylint.Finding{f}, Stats: res.Stats}
	b := render(t, "sarif", res, options(t, false))
	rep := validateSARIF(t, b)
	assertRoundTrip(t, b, rep)
	doc := decode(t, b)
	fix := at(doc, "runs", 0, "results", 0, "fixes", 0)
	if at(fix, "description", "text") != f.Fixes[0].Message {
		t.Errorf("fix description = %v", at(fix, "description", "text"))
	}
	changes, _ := at(fix, "artifactChanges").([]any)
	if len(changes) != 1 {
		t.Fatalf("%d artifactChanges, want 1 (both edits are in one file)", len(changes))
	}
	if uri := at(changes[0], "artifactLocation", "uri"); uri != "src/app.py" {
		t.Errorf("artifactChanges[0] uri = %v, want src/app.py", uri)
	}
	reps, _ := at(changes[0], "replacements").([]any)
	if len(reps) != 2 {
		t.Fatalf("%d replacements, want 2", len(reps))
	}
	if got := at(reps[0], "deletedRegion", "byteOffset"); got != float64(f.Span.Start) {
		t.Errorf("replacements[0].deletedRegion.byteOffset = %v, want %d", got, f.Span.Start)
	}
	if got := at(reps[0], "insertedContent", "text"); got != "azure_ad_token_provider=token_provider" {
		t.Errorf("replacements[0].insertedContent.text = %v", got)
	}

	// The JSON format carries the same fix with byte offsets.
	jdoc := decode(t, render(t, "json", res, options(t, false)))
	if got := at(jdoc, "findings", 0, "fixes", 0, "edits", 0, "new"); got != "azure_ad_token_provider=token_provider" {
		t.Errorf("json fixes[0].edits[0].new = %v", got)
	}
	// And the text format names it.
	if out := render(t, "text", res, options(t, false)); !bytes.Contains(out, []byte("fix: Use azure_ad_token_provider")) {
		t.Errorf("text output lacks the fix line:\n%s", out)
	}
}

func TestUnknownFormat(t *testing.T) {
	var buf bytes.Buffer
	err := report.Write(&buf, "xml", &scan.Result{}, report.Options{})
	if err == nil || !strings.Contains(err.Error(), "xml") {
		t.Errorf("Write(xml) error = %v, want one naming the format", err)
	}
	if buf.Len() != 0 {
		t.Errorf("Write(xml) wrote %q", buf.String())
	}
}

// TestRDJSONLSuggestions reads the rdjsonl output back as reviewdog would: every line is a
// diagnostic, and every suggestion's line and byte column land on the bytes its edit replaces.
func TestRDJSONLSuggestions(t *testing.T) {
	res := scanFixture(t)
	out := render(t, "rdjsonl", res, options(t, false))
	lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if len(lines) != len(res.Findings) {
		t.Fatalf("%d lines for %d findings", len(lines), len(res.Findings))
	}
	type pos struct{ Line, Column int }
	suggestions := 0
	for i, line := range lines {
		var d struct {
			Location struct {
				Path string
			}
			Code        struct{ Value string }
			Suggestions []struct {
				Range struct{ Start, End pos }
				Text  string
			}
		}
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		f := res.Findings[i]
		if d.Code.Value != f.RuleID || d.Location.Path != f.Path {
			t.Errorf("line %d is %s %s, want %s %s", i+1, d.Code.Value, d.Location.Path, f.RuleID, f.Path)
		}
		if len(d.Suggestions) == 0 {
			continue
		}
		src, err := os.ReadFile(filepath.FromSlash(f.Path))
		if err != nil {
			t.Fatal(err)
		}
		offset := func(p pos) int {
			line := 1
			for i, c := range src {
				if line == p.Line {
					return i + p.Column - 1
				}
				if c == '\n' {
					line++
				}
			}
			return len(src)
		}
		for k, s := range d.Suggestions {
			e := f.Fixes[0].Edits[k]
			if offset(s.Range.Start) != e.Start || offset(s.Range.End) != e.End || s.Text != e.New {
				t.Errorf("%s suggestion %d: [%d,%d) %q, want [%d,%d) %q", f.RuleID, k, offset(s.Range.Start), offset(s.Range.End), s.Text, e.Start, e.End, e.New)
			}
			suggestions++
		}
	}
	if suggestions == 0 {
		t.Error("no suggestions in the fixture's rdjsonl")
	}
}

// TestGitHubAnnotationLimit: GitHub shows ten annotations of a kind per step, so errors come
// first and the rest are counted in one notice.
func TestGitHubAnnotationLimit(t *testing.T) {
	res := &scan.Result{}
	for i := 1; i <= 12; i++ {
		res.Findings = append(res.Findings,
			keylint.Finding{RuleID: "KL105", Severity: keylint.Warning, Message: "w", Path: "a.py", Start: keylint.Position{Line: i, Column: 1}},
			keylint.Finding{RuleID: "KL102", Severity: keylint.Error, Message: "e", Path: "a.py", Start: keylint.Position{Line: i, Column: 1}})
	}
	out := string(render(t, "github", res, options(t, false)))
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 21 || strings.Count(out, "::error ") != 10 || strings.Count(out, "::warning ") != 10 {
		t.Fatalf("want 10 errors, 10 warnings and a notice, got %d lines:\n%s", len(lines), out)
	}
	if !strings.HasPrefix(lines[0], "::error ") || !strings.HasPrefix(lines[20], "::notice title=keylint::4 more findings") {
		t.Errorf("order or notice wrong:\n%s", out)
	}
}
