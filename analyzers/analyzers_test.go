package analyzers_test

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"github.com/keylint/keylint/textenc"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers"
	"github.com/keylint/keylint/scan"
)

const testdataDir = "../testdata"

// wantRE finds inline expectations: # want "KL102" "KL105" (quotes may be JSON-escaped inside
// notebooks).
var (
	wantRE   = regexp.MustCompile(`\bwant((?:\s+\\?"KL\d{3}\\?")+)`)
	wantIDRE = regexp.MustCompile(`KL\d{3}`)
)

// expectation is what one testdata file should produce.
type expectation struct {
	findings []string // "line RULE", sorted
	errors   []string // substrings of expected file errors
}

func readExpectations(t *testing.T, path string) expectation {
	t.Helper()
	var exp expectation
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	src, _, _ = textenc.Decode(src) // a UTF-16 case holds its want comments in UTF-16
	for i, line := range strings.Split(string(src), "\n") {
		for _, m := range wantRE.FindAllStringSubmatch(line, -1) {
			for _, id := range wantIDRE.FindAllString(m[1], -1) {
				exp.findings = append(exp.findings, fmt.Sprintf("%d %s", i+1, id))
			}
		}
	}
	// A sidecar holds expectations for formats without comments, and for places a comment
	// cannot go: "<line> <RULE>" or "error <message part>".
	if f, err := os.Open(path + ".want"); err == nil {
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			line := strings.TrimSpace(sc.Text())
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			first, rest, _ := strings.Cut(line, " ")
			if first == "error" {
				exp.errors = append(exp.errors, rest)
				continue
			}
			if _, err := strconv.Atoi(first); err != nil || !wantIDRE.MatchString(rest) {
				t.Fatalf("%s.want: bad line %q (want \"<line> <RULE>\" or \"error <text>\")", path, line)
			}
			exp.findings = append(exp.findings, first+" "+strings.TrimSpace(rest))
		}
	}
	sort.Strings(exp.findings)
	return exp
}

// testdataFiles lists every case file (not sidecars or goldens).
func testdataFiles(t *testing.T) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(testdataDir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && filepath.Base(p) == "project" {
			return filepath.SkipDir // the sample project is checked whole, by cmd/keylint's tests
		}
		if d.IsDir() || strings.HasSuffix(p, ".want") || strings.HasSuffix(p, ".golden") || strings.HasSuffix(p, ".md") {
			return nil
		}
		files = append(files, p)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// TestTestdata runs the engine on every case file and compares the findings with the inline
// expectations: a missing finding and an unexpected one both fail.
func TestTestdata(t *testing.T) {
	files := testdataFiles(t)
	if len(files) == 0 {
		t.Fatal("no testdata found")
	}
	for _, path := range files {
		rel, _ := filepath.Rel(testdataDir, path)
		t.Run(filepath.ToSlash(rel), func(t *testing.T) {
			exp := readExpectations(t, path)
			res, err := scan.Run(context.Background(), scan.Config{Paths: []string{path}})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range res.Findings {
				got = append(got, fmt.Sprintf("%d %s", f.Start.Line, f.RuleID))
			}
			sort.Strings(got)
			if strings.Join(got, "\n") != strings.Join(exp.findings, "\n") {
				t.Errorf("findings differ\n got: %v\nwant: %v\n%s", got, exp.findings, describe(res.Findings))
			}
			if len(res.Errors) != len(exp.errors) {
				t.Errorf("file errors: got %v, want %d matching %q", res.Errors, len(exp.errors), exp.errors)
			}
			for i := 0; i < len(res.Errors) && i < len(exp.errors); i++ {
				if !strings.Contains(res.Errors[i].Err.Error(), exp.errors[i]) {
					t.Errorf("file error %q does not contain %q", res.Errors[i].Err, exp.errors[i])
				}
			}
		})
	}
}

func describe(fs []keylint.Finding) string {
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "  %d:%d %s %s\n", f.Start.Line, f.Start.Column, f.RuleID, f.Message)
	}
	return b.String()
}

// TestRegistry checks the catalog: unique ids and names, docs and examples present, and for
// every language a rule declares, testdata with a positive and a negative case.
func TestRegistry(t *testing.T) {
	ids, names := map[string]bool{}, map[string]bool{}
	idRE := regexp.MustCompile(`^KL[1-3]\d\d$`)
	nameRE := regexp.MustCompile(`^[a-z]+(-[a-z]+)*$`)
	for _, r := range analyzers.All() {
		if !idRE.MatchString(r.ID) || ids[r.ID] {
			t.Errorf("rule id %q is malformed or repeated", r.ID)
		}
		if !nameRE.MatchString(r.Name) || names[r.Name] {
			t.Errorf("rule name %q is not unique kebab-case", r.Name)
		}
		ids[r.ID], names[r.Name] = true, true
		if r.Summary == "" || len(r.Doc) < 100 || r.Manual == "" || len(r.Examples) == 0 || r.HelpURI == "" || r.SecuritySeverity == "" {
			t.Errorf("%s: summary, doc, examples, help URI and security severity are all required", r.ID)
		}
		if r.Severity == keylint.Off {
			t.Errorf("%s: default severity must not be off", r.ID)
		}
		if analyzers.ByID(r.ID) != r || analyzers.ByID(r.Name) != r {
			t.Errorf("%s: ByID does not find it by id and name", r.ID)
		}
	}

	wanted := map[string]map[string]int{} // lang dir -> rule -> files with a want of it
	negatives := map[string]map[string]int{}
	for _, path := range testdataFiles(t) {
		rel, _ := filepath.Rel(testdataDir, path)
		parts := strings.Split(filepath.ToSlash(rel), "/")
		lang := parts[0]
		exp := readExpectations(t, path)
		has := map[string]bool{}
		for _, f := range exp.findings {
			has[strings.Fields(f)[1]] = true
		}
		if wanted[lang] == nil {
			wanted[lang], negatives[lang] = map[string]int{}, map[string]int{}
		}
		ruleDir := ""
		for _, p := range parts[1 : len(parts)-1] {
			if analyzers.ByID(p) != nil {
				ruleDir = p // testdata/<lang>/<RULE>/..., or testdata/go/src/<RULE>/...
			}
		}
		for _, r := range analyzers.All() {
			// Per-rule folders hold that rule's cases; files elsewhere count for every rule.
			if ruleDir != "" && ruleDir != r.ID {
				continue
			}
			if has[r.ID] {
				wanted[lang][r.ID]++
			} else {
				negatives[lang][r.ID]++
			}
		}
	}
	for _, r := range analyzers.All() {
		for _, lang := range r.Langs {
			if lang == keylint.Text {
				continue
			}
			l := string(lang)
			if wanted[l][r.ID] == 0 || negatives[l][r.ID] == 0 {
				t.Errorf("%s declares %s but testdata/%s has %d positive and %d negative files for it",
					r.ID, l, l, wanted[l][r.ID], negatives[l][r.ID])
			}
		}
	}
}

var updateReadme = flag.Bool("update-readme", false, "rewrite the README's rule table rows")

// TestReadmeRuleTable keeps the README's rule table in step with the catalog
// (go test ./analyzers -run TestReadmeRuleTable -update-readme rewrites the rows).
func TestReadmeRuleTable(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(readme)
	for _, r := range analyzers.All() {
		langs := make([]string, len(r.Langs))
		for i, l := range r.Langs {
			langs[i] = string(l)
		}
		row := fmt.Sprintf("| %s | %s | %s | %s | %s |", r.ID, r.Name, r.Severity, r.Summary, strings.Join(langs, ", "))
		if strings.Contains(text, row) {
			continue
		}
		old := regexp.MustCompile(`(?m)^\| ` + r.ID + ` \|.*\|$`)
		if *updateReadme && old.MatchString(text) {
			text = old.ReplaceAllLiteralString(text, row)
			continue
		}
		t.Errorf("README.md lacks the current row for %s:\n%s", r.ID, row)
	}
	if *updateReadme && text != string(readme) {
		if err := os.WriteFile("../README.md", []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
