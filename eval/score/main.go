// Command score measures keylint on the hand-labelled real-code corpus (eval/corpus/*.tsv):
// precision and recall overall, per language family and per rule, every miss and false alarm,
// and the recall of a plain keyword grep over the same files for comparison.
//
//	go run ./eval/score -root OUT -sarif run.sarif eval/corpus/*.tsv
//
// OUT is the tree written by `scripts/corpus.sh materialize OUT`; run.sarif is keylint's
// `--format sarif` output for it. A finding matches a label when path, rule and line are equal;
// labels marked `?` are left out on both sides (either answer is fine), and findings on files
// that are not in a manifest are ignored.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
)

func main() {
	root := flag.String("root", "", "the materialized corpus (scripts/corpus.sh materialize OUT)")
	sarifPath := flag.String("sarif", "", "keylint's SARIF output for -root")
	base := flag.String("base", "", "directory relative SARIF URIs without a uriBaseId are resolved against (default -root)")
	asJSON := flag.Bool("json", false, "print the report as JSON")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: score -root OUT -sarif run.sarif [-json] MANIFEST.tsv...\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if *root == "" || *sarifPath == "" || flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	if *base == "" {
		*base = *root
	}
	rep, err := run(*root, *base, *sarifPath, flag.Args())
	if err != nil {
		fmt.Fprintln(os.Stderr, "score:", err)
		os.Exit(2)
	}
	if *asJSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		err = enc.Encode(rep)
	} else {
		err = writeText(os.Stdout, rep)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "score:", err)
		os.Exit(2)
	}
}

func run(root, base, sarifPath string, manifests []string) (*Report, error) {
	files, err := loadManifests(manifests)
	if err != nil {
		return nil, err
	}
	findings, err := loadSARIF(sarifPath, root, base)
	if err != nil {
		return nil, err
	}
	return score(files, findings, root)
}

// File is one manifest row: a corpus file and what a perfect keylint reports on it.
type File struct {
	Path   string // OWNER+NAME/PATH, relative to the materialized root
	Family string // the manifest's lang column
	Labels []Label
}

// Label is one expected finding; Unsure labels (`RULE:LINE?`) count neither way.
type Label struct {
	Rule   string
	Line   int
	Unsure bool
}

// Finding is one SARIF result, with its path relative to the corpus root.
type Finding struct {
	Path string
	Rule string
	Line int
}

func loadManifests(paths []string) ([]File, error) {
	var files []File
	seen := map[string]string{}
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		rows, err := readManifest(f, p)
		f.Close()
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			if prev, ok := seen[r.Path]; ok {
				return nil, fmt.Errorf("%s: %s is already listed in %s", p, r.Path, prev)
			}
			seen[r.Path] = p
			files = append(files, r)
		}
	}
	return files, nil
}

// readManifest parses one TSV: a header line, then repo, commit, path, blob, lang, expected, note.
func readManifest(r io.Reader, name string) ([]File, error) {
	var files []File
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if n == 1 && strings.HasPrefix(line, "repo\t") || strings.TrimSpace(line) == "" {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 6 {
			return nil, fmt.Errorf("%s:%d: want at least 6 tab-separated columns, got %d", name, n, len(cols))
		}
		repo, p, lang, expected := cols[0], cols[2], cols[4], cols[5]
		if !strings.Contains(repo, "/") || p == "" || lang == "" {
			return nil, fmt.Errorf("%s:%d: bad repo, path or lang", name, n)
		}
		labels, err := parseLabels(expected)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, n, err)
		}
		files = append(files, File{Path: strings.Replace(repo, "/", "+", 1) + "/" + p, Family: lang, Labels: labels})
	}
	return files, sc.Err()
}

var labelRE = regexp.MustCompile(`^(KL\d{3}):(\d+)(\?)?$`)

func parseLabels(s string) ([]Label, error) {
	s = strings.TrimSpace(s)
	if s == "-" || s == "" {
		return nil, nil
	}
	var labels []Label
	for _, tok := range strings.Fields(s) {
		m := labelRE.FindStringSubmatch(tok)
		if m == nil {
			return nil, fmt.Errorf("bad label %q (want RULE:LINE or RULE:LINE?)", tok)
		}
		line, _ := strconv.Atoi(m[2])
		if line < 1 {
			return nil, fmt.Errorf("bad line in label %q", tok)
		}
		labels = append(labels, Label{Rule: m[1], Line: line, Unsure: m[3] == "?"})
	}
	return labels, nil
}

// sarifLog is the part of SARIF 2.1.0 the scorer reads.
type sarifLog struct {
	Runs []struct {
		OriginalURIBaseIDs map[string]struct {
			URI       string `json:"uri"`
			URIBaseID string `json:"uriBaseId"`
		} `json:"originalUriBaseIds"`
		Tool struct {
			Driver struct {
				Rules []struct {
					ID string `json:"id"`
				} `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		Results []struct {
			RuleID    string `json:"ruleId"`
			RuleIndex *int   `json:"ruleIndex"`
			Locations []struct {
				PhysicalLocation struct {
					ArtifactLocation struct {
						URI       string `json:"uri"`
						URIBaseID string `json:"uriBaseId"`
					} `json:"artifactLocation"`
					Region struct {
						StartLine int `json:"startLine"`
					} `json:"region"`
				} `json:"physicalLocation"`
			} `json:"locations"`
		} `json:"results"`
	} `json:"runs"`
}

// loadSARIF reads the results' rule, file and start line; paths come back relative to root
// ("" for a file outside it, which matches no manifest row).
func loadSARIF(p, root, base string) ([]Finding, error) {
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, err
	}
	var log sarifLog
	if err := json.Unmarshal(data, &log); err != nil {
		return nil, fmt.Errorf("%s: %w", p, err)
	}
	absRoot, err := filepath.Abs(root)
	if err != nil {
		return nil, err
	}
	absBase, err := filepath.Abs(base)
	if err != nil {
		return nil, err
	}
	var out []Finding
	for _, run := range log.Runs {
		bases := map[string]string{}
		for id, b := range run.OriginalURIBaseIDs {
			dir, err := uriToPath(b.URI, absBase)
			if err != nil {
				return nil, fmt.Errorf("%s: originalUriBaseIds[%s]: %w", p, id, err)
			}
			bases[id] = dir
		}
		for i, res := range run.Results {
			rule := res.RuleID
			if rule == "" && res.RuleIndex != nil && *res.RuleIndex >= 0 && *res.RuleIndex < len(run.Tool.Driver.Rules) {
				rule = run.Tool.Driver.Rules[*res.RuleIndex].ID
			}
			if rule == "" || len(res.Locations) == 0 {
				return nil, fmt.Errorf("%s: result %d has no rule or no location", p, i)
			}
			loc := res.Locations[0].PhysicalLocation
			dir := absBase
			if id := loc.ArtifactLocation.URIBaseID; id != "" {
				d, ok := bases[id]
				if !ok {
					return nil, fmt.Errorf("%s: result %d: uriBaseId %q is not in originalUriBaseIds", p, i, id)
				}
				dir = d
			}
			abs, err := uriToPath(loc.ArtifactLocation.URI, dir)
			if err != nil {
				return nil, fmt.Errorf("%s: result %d: %w", p, i, err)
			}
			rel, err := filepath.Rel(absRoot, abs)
			if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
				rel = ""
			}
			out = append(out, Finding{Path: filepath.ToSlash(rel), Rule: rule, Line: loc.Region.StartLine})
		}
	}
	return out, nil
}

// uriToPath turns a SARIF URI (absolute file: URI or %-encoded relative reference) into an
// absolute file path, resolving relative ones against dir.
func uriToPath(uri, dir string) (string, error) {
	if uri == "" {
		return "", errors.New("empty uri")
	}
	u, err := url.Parse(uri)
	if err != nil {
		return "", fmt.Errorf("uri %q: %w", uri, err)
	}
	if u.Scheme != "" {
		if u.Scheme != "file" {
			return "", fmt.Errorf("uri %q: not a file URI", uri)
		}
		return filepath.FromSlash(path.Clean(u.Path)), nil
	}
	p := filepath.FromSlash(u.Path)
	if filepath.IsAbs(p) {
		return filepath.Clean(p), nil
	}
	return filepath.Join(dir, p), nil
}

// grepRE is the keyword baseline: what a reviewer grepping for key use would search.
var grepRE = regexp.MustCompile(`(?i)api_key|apikey|api-key|azurekeycredential|ocp-apim-subscription-key|OPENAI.*KEY`)

// Report is the scorer's output (printed as tables, or as JSON with -json).
type Report struct {
	Files    int       `json:"files"`
	Overall  Row       `json:"overall"`
	Families []Row     `json:"families"`
	Rules    []Row     `json:"rules"`
	Misses   []Miss    `json:"misses"`
	False    []Miss    `json:"false_alarms"`
	Unsure   int       `json:"unsure_labels"`
	Ignored  int       `json:"ignored_findings"`
	Grep     []GrepRow `json:"grep"`
}

// Row is one line of a precision/recall table. Near counts misses that have a finding of the
// same rule on the same file one or two lines away: a line-convention disagreement, not a gap.
type Row struct {
	Name      string  `json:"name"`
	Labels    int     `json:"labels"`
	Findings  int     `json:"findings"`
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
	FN        int     `json:"fn"`
	Near      int     `json:"near"`
	Precision float64 `json:"precision"` // -1 when there are no findings
	Recall    float64 `json:"recall"`    // -1 when there are no labels
}

// Miss is a missed label or a false alarm; Near is the line of the closest same-rule
// counterpart within two lines, 0 if none.
type Miss struct {
	Path string `json:"path"`
	Line int    `json:"line"`
	Rule string `json:"rule"`
	Near int    `json:"near,omitempty"`
}

// GrepRow compares keylint with the keyword grep on one family: the share of labelled lines
// (path, line) the grep matches, keylint's recall on labels, and the grep's hits on lines no
// label is on (what a reviewer would wade through).
type GrepRow struct {
	Family        string  `json:"family"`
	LabelledLines int     `json:"labelled_lines"`
	GrepHit       int     `json:"grep_hit"`
	GrepRecall    float64 `json:"grep_recall"`
	KeylintRecall float64 `json:"keylint_recall"`
	GrepOtherHits int     `json:"grep_other_lines"`
}

type key struct {
	path, rule string
	line       int
}

type counts struct{ labels, findings, tp, fp, fn, near int }

func score(files []File, findings []Finding, root string) (*Report, error) {
	family := map[string]string{}
	want := map[key]bool{}
	unsure := map[key]bool{}
	rep := &Report{Files: len(files)}
	for _, f := range files {
		family[f.Path] = f.Family
		for _, l := range f.Labels {
			k := key{f.Path, l.Rule, l.Line}
			if l.Unsure {
				unsure[k] = true
			} else {
				want[k] = true
			}
		}
	}
	for k := range unsure {
		delete(want, k) // a label both sure and unsure is unsure
	}
	rep.Unsure = len(unsure)

	got := map[key]bool{}
	for _, f := range findings {
		if _, ok := family[f.Path]; !ok {
			rep.Ignored++
			continue
		}
		k := key{f.Path, f.Rule, f.Line}
		if !unsure[k] {
			got[k] = true
		}
	}

	byFamily := map[string]*counts{}
	byRule := map[string]*counts{}
	total := &counts{}
	bump := func(k key, fn func(*counts)) {
		for _, m := range []struct {
			table map[string]*counts
			name  string
		}{{byFamily, family[k.path]}, {byRule, k.rule}} {
			c := m.table[m.name]
			if c == nil {
				c = &counts{}
				m.table[m.name] = c
			}
			fn(c)
		}
		fn(total)
	}
	for k := range want {
		bump(k, func(c *counts) { c.labels++ })
		if got[k] {
			bump(k, func(c *counts) { c.tp++ })
			continue
		}
		near := nearest(k, got, want)
		bump(k, func(c *counts) {
			c.fn++
			if near != 0 {
				c.near++
			}
		})
		rep.Misses = append(rep.Misses, Miss{k.path, k.line, k.rule, near})
	}
	for k := range got {
		bump(k, func(c *counts) { c.findings++ })
		if !want[k] {
			bump(k, func(c *counts) { c.fp++ })
			rep.False = append(rep.False, Miss{k.path, k.line, k.rule, nearest(k, want, got)})
		}
	}
	// Families with files but no labels or findings still get a row (they measure precision).
	for _, f := range files {
		if byFamily[f.Family] == nil {
			byFamily[f.Family] = &counts{}
		}
	}
	rep.Overall = row("all", total)
	rep.Families = rows(byFamily)
	rep.Rules = rows(byRule)
	sortMisses(rep.Misses)
	sortMisses(rep.False)

	grep, err := grepBaseline(files, want, rep.Families, root)
	if err != nil {
		return nil, err
	}
	rep.Grep = grep
	return rep, nil
}

// nearest finds, for k, a same-rule entry of other on the same file one or two lines away that
// is not itself matched exactly (in self), preferring the closest; 0 if none.
func nearest(k key, other, self map[key]bool) int {
	for _, d := range []int{1, -1, 2, -2} {
		c := key{k.path, k.rule, k.line + d}
		if c.line >= 1 && other[c] && !self[c] {
			return c.line
		}
	}
	return 0
}

func row(name string, c *counts) Row {
	r := Row{Name: name, Labels: c.labels, Findings: c.findings, TP: c.tp, FP: c.fp, FN: c.fn, Near: c.near,
		Precision: -1, Recall: -1}
	if c.tp+c.fp > 0 {
		r.Precision = float64(c.tp) / float64(c.tp+c.fp)
	}
	if c.labels > 0 {
		r.Recall = float64(c.tp) / float64(c.labels)
	}
	return r
}

func rows(m map[string]*counts) []Row {
	names := make([]string, 0, len(m))
	for n := range m {
		names = append(names, n)
	}
	sort.Strings(names)
	out := make([]Row, 0, len(names))
	for _, n := range names {
		out = append(out, row(n, m[n]))
	}
	return out
}

func sortMisses(ms []Miss) {
	sort.Slice(ms, func(i, j int) bool {
		a, b := ms[i], ms[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Rule < b.Rule
	})
}

// grepBaseline runs the keyword regex over every materialized file, line by line.
func grepBaseline(files []File, want map[key]bool, families []Row, root string) ([]GrepRow, error) {
	labelled := map[string]map[int]bool{} // path -> lines with a sure label
	for k := range want {
		if labelled[k.path] == nil {
			labelled[k.path] = map[int]bool{}
		}
		labelled[k.path][k.line] = true
	}
	rowsBy := map[string]*GrepRow{}
	for _, f := range files {
		g := rowsBy[f.Family]
		if g == nil {
			g = &GrepRow{Family: f.Family}
			rowsBy[f.Family] = g
		}
		hits, err := grepFile(filepath.Join(root, filepath.FromSlash(f.Path)))
		if err != nil {
			return nil, fmt.Errorf("%w (materialize the corpus first: scripts/corpus.sh materialize %s)", err, root)
		}
		lines := labelled[f.Path]
		g.LabelledLines += len(lines)
		for l := range lines {
			if hits[l] {
				g.GrepHit++
			}
		}
		for l := range hits {
			if !lines[l] {
				g.GrepOtherHits++
			}
		}
	}
	recall := map[string]float64{}
	for _, r := range families {
		recall[r.Name] = r.Recall
	}
	all := &GrepRow{Family: "all"}
	var out []GrepRow
	names := make([]string, 0, len(rowsBy))
	for n := range rowsBy {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		g := rowsBy[n]
		g.GrepRecall = ratio(g.GrepHit, g.LabelledLines)
		g.KeylintRecall = recall[n]
		all.LabelledLines += g.LabelledLines
		all.GrepHit += g.GrepHit
		all.GrepOtherHits += g.GrepOtherHits
		out = append(out, *g)
	}
	all.GrepRecall = ratio(all.GrepHit, all.LabelledLines)
	return append(out, *all), nil
}

func ratio(a, b int) float64 {
	if b == 0 {
		return -1
	}
	return float64(a) / float64(b)
}

func grepFile(p string) (map[int]bool, error) {
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, err
	}
	hits := map[int]bool{}
	for i, line := range strings.Split(string(data), "\n") {
		if grepRE.MatchString(line) {
			hits[i+1] = true
		}
	}
	return hits, nil
}

func pct(f float64) string {
	if f < 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f%%", 100*f)
}

func writeText(w io.Writer, rep *Report) error {
	// One tabwriter per table, so each table gets its own column widths.
	var err error
	flush := func(tw *tabwriter.Writer) {
		if e := tw.Flush(); e != nil && err == nil {
			err = e
		}
		fmt.Fprintln(w)
	}
	newTW := func() *tabwriter.Writer { return tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight) }
	table := func(title string, rs []Row) {
		tw := newTW()
		fmt.Fprintf(tw, "%s\tlabels\tfindings\ttp\tfp\tfn\tnear\tprecision\trecall\t\n", title)
		for _, r := range rs {
			fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%d\t%s\t%s\t\n", r.Name, r.Labels, r.Findings, r.TP, r.FP, r.FN, r.Near, pct(r.Precision), pct(r.Recall))
		}
		flush(tw)
	}
	fmt.Fprintf(w, "%d files, %d unsure labels left out, %d findings on files outside the manifests ignored\n\n", rep.Files, rep.Unsure, rep.Ignored)
	table("overall", []Row{rep.Overall})
	table("family", rep.Families)
	table("rule", rep.Rules)
	tw := newTW()
	fmt.Fprintf(tw, "grep baseline\tlabelled lines\tgrep hits\tgrep recall\tkeylint recall\tgrep hits elsewhere\t\n")
	for _, g := range rep.Grep {
		kr := pct(g.KeylintRecall)
		if g.Family == "all" {
			kr = pct(rep.Overall.Recall)
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%s\t%s\t%d\t\n", g.Family, g.LabelledLines, g.GrepHit, pct(g.GrepRecall), kr, g.GrepOtherHits)
	}
	flush(tw)
	list := func(title string, ms []Miss, other string) {
		fmt.Fprintf(w, "%s (%d):\n", title, len(ms))
		for _, m := range ms {
			near := ""
			if m.Near != 0 {
				near = fmt.Sprintf("  (near: %s on line %d)", other, m.Near)
			}
			fmt.Fprintf(w, "  %s:%d %s%s\n", m.Path, m.Line, m.Rule, near)
		}
		fmt.Fprintln(w)
	}
	list("misses", rep.Misses, "finding")
	list("false alarms", rep.False, "label")
	return err
}
