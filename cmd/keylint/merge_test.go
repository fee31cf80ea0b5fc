package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestShardAndMerge runs the commands a CI matrix runs: two shards to SARIF files, then keylint
// merge, whose output is the unsharded SARIF.
func TestShardAndMerge(t *testing.T) {
	files := map[string]string{}
	for i := 0; i < 12; i++ {
		files["svc"+string(rune('a'+i))+"/app.py"] = keyClientPy
	}
	dir := newTree(t, files)
	out := t.TempDir()
	whole := runKeylint(t, "--no-config", "--format", "sarif", "--fail-on", "never", dir)
	if whole.code != exitClean {
		t.Fatalf("whole scan: exit %d: %s", whole.code, whole.stderr)
	}
	var parts []string
	for _, k := range []string{"1/2", "2/2"} {
		p := filepath.Join(out, "part-"+k[:1]+".sarif")
		if r := runKeylint(t, "--no-config", "--shard", k, "--format", "sarif", "--output", p, "--fail-on", "never", dir); r.code != exitClean {
			t.Fatalf("shard %s: exit %d: %s", k, r.code, r.stderr)
		}
		parts = append(parts, p)
	}
	a, _ := os.ReadFile(parts[0])
	b, _ := os.ReadFile(parts[1])
	if strings.Count(string(a), `"ruleId"`) == 0 || strings.Count(string(b), `"ruleId"`) == 0 {
		t.Fatal("a shard found nothing: twelve files should split between two shards")
	}
	merged := filepath.Join(out, "merged.sarif")
	if r := runKeylint(t, "merge", "--output", merged, parts[1], parts[0]); r.code != exitClean {
		t.Fatalf("merge: exit %d: %s", r.code, r.stderr)
	}
	got, err := os.ReadFile(merged)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != whole.stdout {
		t.Errorf("merged shards differ from the whole scan's SARIF (%d vs %d bytes)", len(got), len(whole.stdout))
	}

	js := filepath.Join(out, "part.json")
	if r := runKeylint(t, "--no-config", "--format", "json", "--output", js, "--fail-on", "never", dir); r.code != exitClean {
		t.Fatal(r.stderr)
	}
	if r := runKeylint(t, "merge", parts[0], js); r.code != exitError || !strings.Contains(r.stderr, "merge reports of one format") {
		t.Errorf("merging SARIF with JSON: exit %d, stderr %q", r.code, r.stderr)
	}
	if r := runKeylint(t, "merge"); r.code != exitError || !strings.Contains(r.stderr, "name the reports") {
		t.Errorf("merge with no inputs: exit %d, stderr %q", r.code, r.stderr)
	}
	if r := runKeylint(t, "merge", filepath.Join(out, "missing.sarif")); r.code != exitError || !strings.Contains(r.stderr, "missing.sarif") {
		t.Errorf("merge of a missing file: exit %d, stderr %q", r.code, r.stderr)
	}
}
