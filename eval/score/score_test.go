package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// A tiny synthetic corpus: two files of one repository (one with a space in its path, to
// exercise %-encoded URIs) and one keyless file.
const manifest = "repo\tcommit\tpath\tblob\tlang\texpected\tnote\n" +
	"me/app\tc0\tsrc/client.py\tb1\tpython\tKL102:3 KL105:2 KL106:5?\tkey in client\n" +
	"me/app\tc0\tweb/my app.ts\tb2\ttypescript\tKL101:2\t\n" +
	"me/app\tc0\tkeyless.py\tb3\tpython\t-\tkeyless\n"

var sources = map[string]string{
	"me+app/src/client.py":   "import os\nkey = os.getenv(\"AZURE_OPENAI_API_KEY\")\nc = AzureOpenAI(api_key=key)\n\nx = \"0123\"\n",
	"me+app/web/my app.ts":   "import { AzureKeyCredential } from \"@azure/core-auth\";\nconst c = new AzureKeyCredential(k);\n",
	"me+app/keyless.py":      "# api_key is never used here\ncred = DefaultAzureCredential()\n",
	"elsewhere/untracked.py": "api_key = 1\n",
}

type result struct {
	uri, base, rule string
	line            int
}

func sarifFor(t *testing.T, bases map[string]string, results []result) []byte {
	t.Helper()
	type loc = map[string]any
	var rs []any
	for _, r := range results {
		al := loc{"uri": r.uri}
		if r.base != "" {
			al["uriBaseId"] = r.base
		}
		rs = append(rs, loc{"ruleId": r.rule, "locations": []any{loc{"physicalLocation": loc{
			"artifactLocation": al, "region": loc{"startLine": r.line}}}}})
	}
	run := loc{"tool": loc{"driver": loc{"name": "keylint"}}, "results": rs}
	if bases != nil {
		ob := loc{}
		for k, v := range bases {
			ob[k] = loc{"uri": v}
		}
		run["originalUriBaseIds"] = ob
	}
	data, err := json.Marshal(loc{"version": "2.1.0", "runs": []any{run}})
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestScore(t *testing.T) {
	root := t.TempDir()
	for p, src := range sources {
		full := filepath.Join(root, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	mf := filepath.Join(t.TempDir(), "set.tsv")
	if err := os.WriteFile(mf, []byte(manifest), 0o644); err != nil {
		t.Fatal(err)
	}
	rootURI := "file://" + filepath.ToSlash(root) + "/"

	tests := []struct {
		name           string
		bases          map[string]string
		results        []result
		tp, fp, fn     int
		near, ignored  int
		misses, alarms []string // "path:line rule"
	}{
		{
			name: "relative URIs, all found",
			results: []result{
				{uri: "me+app/src/client.py", rule: "KL102", line: 3},
				{uri: "me+app/src/client.py", rule: "KL105", line: 2},
				{uri: "me%2Bapp/web/my%20app.ts", rule: "KL101", line: 2},
			},
			tp: 3,
		},
		{
			name:  "uriBaseId and file URIs; unsure label and untracked file ignored",
			bases: map[string]string{"SRCROOT": rootURI},
			results: []result{
				{uri: "me+app/src/client.py", base: "SRCROOT", rule: "KL102", line: 3},
				{uri: rootURI + "me%2Bapp/web/my%20app.ts", rule: "KL101", line: 2},
				{uri: "me+app/src/client.py", base: "SRCROOT", rule: "KL106", line: 5},
				{uri: "elsewhere/untracked.py", base: "SRCROOT", rule: "KL102", line: 1},
			},
			tp: 2, fn: 1, ignored: 1,
			misses: []string{"me+app/src/client.py:2 KL105"},
		},
		{
			name: "off by one is near; keyless finding is a false alarm",
			results: []result{
				{uri: "me+app/src/client.py", rule: "KL102", line: 4},
				{uri: "me+app/src/client.py", rule: "KL105", line: 2},
				{uri: "me+app/keyless.py", rule: "KL102", line: 1},
			},
			tp: 1, fp: 2, fn: 2, near: 1,
			misses: []string{"me+app/src/client.py:3 KL102", "me+app/web/my app.ts:2 KL101"},
			alarms: []string{"me+app/keyless.py:1 KL102", "me+app/src/client.py:4 KL102"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sf := filepath.Join(t.TempDir(), "run.sarif")
			if err := os.WriteFile(sf, sarifFor(t, tc.bases, tc.results), 0o644); err != nil {
				t.Fatal(err)
			}
			rep, err := run(root, root, sf, []string{mf})
			if err != nil {
				t.Fatal(err)
			}
			o := rep.Overall
			if o.TP != tc.tp || o.FP != tc.fp || o.FN != tc.fn || o.Near != tc.near || rep.Ignored != tc.ignored {
				t.Errorf("tp/fp/fn/near/ignored = %d/%d/%d/%d/%d, want %d/%d/%d/%d/%d",
					o.TP, o.FP, o.FN, o.Near, rep.Ignored, tc.tp, tc.fp, tc.fn, tc.near, tc.ignored)
			}
			if got := names(rep.Misses); strings.Join(got, ";") != strings.Join(tc.misses, ";") {
				t.Errorf("misses = %q, want %q", got, tc.misses)
			}
			if got := names(rep.False); strings.Join(got, ";") != strings.Join(tc.alarms, ";") {
				t.Errorf("false alarms = %q, want %q", got, tc.alarms)
			}
			if rep.Unsure != 1 || rep.Files != 3 {
				t.Errorf("unsure/files = %d/%d, want 1/3", rep.Unsure, rep.Files)
			}
			var sb strings.Builder
			if err := writeText(&sb, rep); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(sb.String(), "grep baseline") {
				t.Errorf("text report lacks the grep table:\n%s", sb.String())
			}
		})
	}
}

// The grep baseline matches both sure labelled lines of client.py (the AZURE_OPENAI_API_KEY read
// and api_key=) and the .ts constructor; the keyless comment and the import are hits elsewhere.
func TestGrepBaseline(t *testing.T) {
	root := t.TempDir()
	for p, src := range sources {
		full := filepath.Join(root, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	files, err := readManifest(strings.NewReader(manifest), "set.tsv")
	if err != nil {
		t.Fatal(err)
	}
	rep, err := score(files, nil, root)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]GrepRow{
		"python":     {LabelledLines: 2, GrepHit: 2, GrepOtherHits: 1}, // keyless.py line 1 comment
		"typescript": {LabelledLines: 1, GrepHit: 1, GrepOtherHits: 1}, // the import line
		"all":        {LabelledLines: 3, GrepHit: 3, GrepOtherHits: 2},
	}
	for _, g := range rep.Grep {
		w, ok := want[g.Family]
		if !ok {
			t.Errorf("unexpected grep row %q", g.Family)
			continue
		}
		if g.LabelledLines != w.LabelledLines || g.GrepHit != w.GrepHit || g.GrepOtherHits != w.GrepOtherHits {
			t.Errorf("%s: labelled/hit/other = %d/%d/%d, want %d/%d/%d", g.Family,
				g.LabelledLines, g.GrepHit, g.GrepOtherHits, w.LabelledLines, w.GrepHit, w.GrepOtherHits)
		}
	}
	if _, err := score(append(files, File{Path: "me+app/missing.py", Family: "python"}), nil, root); err == nil {
		t.Error("a manifest file missing from the tree should be an error")
	}
}

func TestParseLabels(t *testing.T) {
	tests := []struct {
		in      string
		want    []Label
		wantErr bool
	}{
		{in: "-"},
		{in: "KL102:14 KL105:9?", want: []Label{{"KL102", 14, false}, {"KL105", 9, true}}},
		{in: "KL102", wantErr: true},
		{in: "KL102:0", wantErr: true},
		{in: "kl102:3", wantErr: true},
	}
	for _, tc := range tests {
		got, err := parseLabels(tc.in)
		if (err != nil) != tc.wantErr {
			t.Errorf("parseLabels(%q) error = %v, want error %v", tc.in, err, tc.wantErr)
			continue
		}
		if len(got) != len(tc.want) {
			t.Errorf("parseLabels(%q) = %v, want %v", tc.in, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("parseLabels(%q)[%d] = %v, want %v", tc.in, i, got[i], tc.want[i])
			}
		}
	}
}

func names(ms []Miss) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Path+":"+strconv.Itoa(m.Line)+" "+m.Rule)
	}
	return out
}
