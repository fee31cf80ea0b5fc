package merge_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers"
	"github.com/keylint/keylint/merge"
	"github.com/keylint/keylint/report"
	"github.com/keylint/keylint/scan"
)

const tree = "../testdata" // every language keylint reads

// reports scans the tree whole and in n shards, in one format; the durations are zeroed, as
// they differ from run to run.
func reports(t *testing.T, format string, n int) (whole []byte, parts []merge.Input) {
	t.Helper()
	base, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	opts := report.Options{Rules: analyzers.All(), Version: "v0.0.0-test", BaseDir: base}
	write := func(sh scan.Shard) []byte {
		res, err := scan.Run(context.Background(), scan.Config{Paths: []string{tree}, Workers: 2, Shard: sh})
		if err != nil {
			t.Fatal(err)
		}
		res.Stats.Duration = 0
		var buf bytes.Buffer
		if err := report.Write(&buf, format, res, opts); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	whole = write(scan.Shard{})
	for k := 1; k <= n; k++ {
		parts = append(parts, merge.Input{Name: fmt.Sprintf("part-%d.%s", k, format), Data: write(scan.Shard{K: k, N: n})})
	}
	return whole, parts
}

func mustMerge(t *testing.T, in ...merge.Input) []byte {
	t.Helper()
	out, _, err := merge.Merge(in)
	if err != nil {
		t.Fatalf("Merge: %v", err)
	}
	return out
}

// TestMergedShardsEqualWholeScan: for SARIF and JSON, the shards merged, in any order, are the
// unsharded report byte for byte; merging is idempotent, and re-merging an input adds nothing.
func TestMergedShardsEqualWholeScan(t *testing.T) {
	for _, format := range []string{"sarif", "json"} {
		t.Run(format, func(t *testing.T) {
			whole, parts := reports(t, format, 3)
			if bytes.Equal(whole, parts[0].Data) {
				t.Fatal("a shard equals the whole scan: the test shows nothing")
			}
			orders := [][]int{{0, 1, 2}, {2, 1, 0}, {1, 0, 2}, {2, 0, 1}}
			for _, order := range orders {
				var in []merge.Input
				for _, i := range order {
					in = append(in, parts[i])
				}
				if got := mustMerge(t, in...); !bytes.Equal(got, whole) {
					t.Errorf("order %v: merged shards differ from the whole scan:\n%s", order, firstDiff(whole, got))
				}
			}
			merged := mustMerge(t, parts...)
			if again := mustMerge(t, merge.Input{Name: "merged", Data: merged}); !bytes.Equal(again, merged) {
				t.Errorf("merging a merged report changed it:\n%s", firstDiff(merged, again))
			}
			if single := mustMerge(t, merge.Input{Name: "whole", Data: whole}); !bytes.Equal(single, whole) {
				t.Errorf("merging one report changed it:\n%s", firstDiff(whole, single))
			}
			again := mustMerge(t, merge.Input{Name: "merged", Data: merged}, parts[1])
			if format == "sarif" && !bytes.Equal(again, merged) {
				t.Errorf("re-merging a shard changed the SARIF:\n%s", firstDiff(merged, again))
			}
			if format == "json" && !sameEntries(t, again, merged) {
				t.Error("re-merging a shard changed the JSON findings, errors or clients")
			}
		})
	}
}

// sameEntries compares two JSON reports without their statistics (which add up).
func sameEntries(t *testing.T, a, b []byte) bool {
	t.Helper()
	var x, y map[string]json.RawMessage
	if err := json.Unmarshal(a, &x); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &y); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"findings", "errors", "clients"} {
		if !bytes.Equal(x[k], y[k]) {
			return false
		}
	}
	return true
}

// TestMergeKeepsIdenticalLines: two findings with one fingerprint (the same line twice in one
// file) are two findings; only the same finding twice is one.
func TestMergeKeepsIdenticalLines(t *testing.T) {
	line := `client = AzureOpenAI(azure_endpoint=ep, api_key=os.environ["AZURE_OPENAI_API_KEY"])`
	mk := func(lines ...int) *scan.Result {
		res := &scan.Result{}
		for _, l := range lines {
			res.Findings = append(res.Findings, keylint.Finding{
				RuleID: "KL102", Severity: keylint.Error, Message: "API key passed to AzureOpenAI", Path: "app.py",
				Span: keylint.Span{Start: 100 * l, End: 100*l + 40}, Start: keylint.Position{Line: l, Column: 10},
				End: keylint.Position{Line: l, Column: 50}, Snippet: line, Fingerprint: "same-text-same-print",
			})
		}
		return res
	}
	for _, format := range []string{"sarif", "json"} {
		var a, b bytes.Buffer
		opts := report.Options{Rules: analyzers.All(), Version: "v1"}
		if err := report.Write(&a, format, mk(3, 7), opts); err != nil {
			t.Fatal(err)
		}
		if err := report.Write(&b, format, mk(7), opts); err != nil {
			t.Fatal(err)
		}
		out := mustMerge(t, merge.Input{Name: "a", Data: a.Bytes()}, merge.Input{Name: "b", Data: b.Bytes()})
		if n := bytes.Count(out, []byte("same-text-same-print")); n != 2 {
			t.Errorf("%s: %d findings with the shared fingerprint after merging, want 2 (lines 3 and 7)", format, n)
		}
	}
}

func TestMergeRefuses(t *testing.T) {
	var sarifLog, jsonReport, other bytes.Buffer
	opts := report.Options{Rules: analyzers.All(), Version: "v1"}
	res := &scan.Result{}
	if err := report.Write(&sarifLog, "sarif", res, opts); err != nil {
		t.Fatal(err)
	}
	if err := report.Write(&jsonReport, "json", res, opts); err != nil {
		t.Fatal(err)
	}
	if err := report.Write(&other, "json", res, report.Options{Version: "v2"}); err != nil {
		t.Fatal(err)
	}
	otherTool := strings.Replace(sarifLog.String(), `"name": "keylint"`, `"name": "gitleaks"`, 1)
	for _, tc := range []struct {
		name string
		in   []merge.Input
		want string
	}{
		{"mixed formats", []merge.Input{{"a.sarif", sarifLog.Bytes()}, {"b.json", jsonReport.Bytes()}}, "a.sarif is sarif but b.json is json"},
		{"another tool", []merge.Input{{"a.sarif", sarifLog.Bytes()}, {"g.sarif", []byte(otherTool)}}, "g.sarif: a run of another tool"},
		{"another version", []merge.Input{{"a.json", jsonReport.Bytes()}, {"b.json", other.Bytes()}}, "one keylint version"},
		{"not JSON", []merge.Input{{"x.txt", []byte("app.py:1:1: KL102")}}, "x.txt: not JSON"},
		{"another JSON", []merge.Input{{"p.json", []byte(`{"name": "pkg"}`)}}, "p.json: neither a SARIF log"},
		{"nothing", nil, "nothing to merge"},
	} {
		_, _, err := merge.Merge(tc.in)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one containing %q", tc.name, err, tc.want)
		}
	}
}

func firstDiff(want, got []byte) string {
	wl, gl := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
	for i := 0; i < max(len(wl), len(gl)); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return fmt.Sprintf("line %d:\n want %q\n  got %q", i+1, w, g)
		}
	}
	return "(equal)"
}
