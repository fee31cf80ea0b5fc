package scan

import (
	"context"
	"fmt"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

func TestParseShard(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Shard
		ok   bool
	}{
		{"1/1", Shard{1, 1}, true},
		{"1/4", Shard{1, 4}, true},
		{"4/4", Shard{4, 4}, true},
		{" 2 / 3 ", Shard{2, 3}, true},
		{"0/4", Shard{}, false},
		{"5/4", Shard{}, false},
		{"1/0", Shard{}, false},
		{"-1/2", Shard{}, false},
		{"1", Shard{}, false},
		{"a/b", Shard{}, false},
		{"", Shard{}, false},
	} {
		got, err := ParseShard(tc.in)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("ParseShard(%q) = %v, %v; want %v, ok=%v", tc.in, got, err, tc.want, tc.ok)
		}
	}
}

// TestShardOwnsEachPathOnce: for every N, each path belongs to exactly one of the N shards, and
// the split is not lopsided.
func TestShardOwnsEachPathOnce(t *testing.T) {
	for n := 1; n <= 7; n++ {
		counts := make([]int, n)
		for i := 0; i < 2000; i++ {
			p := fmt.Sprintf("pkg%d/sub/file_%d.py", i%13, i)
			owners := 0
			for k := 1; k <= n; k++ {
				if (Shard{k, n}).Owns(p) {
					owners++
					counts[k-1]++
				}
			}
			if owners != 1 {
				t.Fatalf("N=%d: %s owned by %d shards", n, p, owners)
			}
		}
		for k, c := range counts {
			if c < 2000/n/2 {
				t.Errorf("N=%d: shard %d has %d of 2000 paths", n, k+1, c)
			}
		}
	}
	if !(Shard{}).Owns("anything") {
		t.Error("the zero Shard must own every file")
	}
}

// TestShardKey: every job must agree on a file's key whatever its checkout directory is called,
// so the key is relative to the scan root the file was found under.
func TestShardKey(t *testing.T) {
	for _, tc := range []struct {
		paths         []string
		display, want string
	}{
		{nil, "src/app.py", "src/app.py"},
		{[]string{"."}, "src/app.py", "src/app.py"},
		{[]string{"./..."}, "src/app.py", "src/app.py"},
		{[]string{"/home/runner/work/repo"}, "/home/runner/work/repo/src/app.py", "src/app.py"},
		{[]string{"/tmp/checkout-2/"}, "/tmp/checkout-2/src/app.py", "src/app.py"},
		{[]string{"repo/..."}, "repo/src/app.py", "src/app.py"},
		{[]string{"../repo"}, "../repo/src/app.py", "src/app.py"},
		{[]string{"a", "b"}, "b/x.py", "x.py"},
		{[]string{"app.py"}, "app.py", "app.py"}, // a file named on the command line
		{[]string{"/"}, "/etc/app.py", "etc/app.py"},
		{[]string{"."}, "../elsewhere/app.py", "../elsewhere/app.py"},
	} {
		c := &Config{Paths: tc.paths}
		if got := c.shardKey(tc.display); got != tc.want {
			t.Errorf("paths %v: shardKey(%q) = %q, want %q", tc.paths, tc.display, got, tc.want)
		}
	}
}

// describeResult lists findings, clients and errors one per line, for comparing scans.
func describeResult(r *Result) (findings, clients, errs []string) {
	for _, f := range r.Findings {
		findings = append(findings, fmt.Sprintf("%s:%d:%d %s %s", f.Path, f.Start.Line, f.Start.Column, f.RuleID, f.Fingerprint))
	}
	for _, c := range r.Clients {
		clients = append(clients, fmt.Sprintf("%s:%d %s %t", c.Path, c.Line, c.Client, c.Keyless))
	}
	for _, e := range r.Errors {
		errs = append(errs, e.Error())
	}
	return
}

// checkShards scans paths whole and in n shards: the shards' files are disjoint, and together
// they give exactly the whole scan's findings, clients, errors and file count.
func checkShards(t *testing.T, paths []string, n int) (perShard [][]string) {
	t.Helper()
	ctx := context.Background()
	whole, err := Run(ctx, Config{Paths: paths, Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	wf, wc, we := describeResult(whole)
	var uf, uc, ue []string
	var files int64
	owner := map[string]int{}
	for k := 1; k <= n; k++ {
		part, err := Run(ctx, Config{Paths: paths, Workers: 2, Shard: Shard{k, n}})
		if err != nil {
			t.Fatal(err)
		}
		f, c, e := describeResult(part)
		uf, uc, ue = append(uf, f...), append(uc, c...), append(ue, e...)
		files += part.Stats.Files
		perShard = append(perShard, f)
		for _, fd := range part.Findings {
			if o, ok := owner[fd.Path]; ok && o != k {
				t.Errorf("%d/%d: %s has findings in shards %d and %d", k, n, fd.Path, o, k)
			}
			owner[fd.Path] = k
		}
	}
	for _, l := range [][]string{uf, uc, ue} {
		sort.Strings(l)
	}
	for _, l := range [][]string{wf, wc, we} {
		sort.Strings(l)
	}
	for _, cmp := range []struct {
		what        string
		union, full []string
	}{{"findings", uf, wf}, {"clients", uc, wc}, {"errors", ue, we}} {
		if strings.Join(cmp.union, "\n") != strings.Join(cmp.full, "\n") {
			t.Errorf("N=%d: the shards' %s (%d) are not the whole scan's (%d):\n%s", n, cmp.what, len(cmp.union), len(cmp.full), firstDifference(cmp.union, cmp.full))
		}
	}
	if files != whole.Stats.Files {
		t.Errorf("N=%d: shards read %d files, the whole scan %d", n, files, whole.Stats.Files)
	}
	if len(wf) == 0 {
		t.Fatal("the whole scan found nothing: the comparison shows nothing")
	}
	return perShard
}

func firstDifference(a, b []string) string {
	for i := 0; i < max(len(a), len(b)); i++ {
		var x, y string
		if i < len(a) {
			x = a[i]
		}
		if i < len(b) {
			y = b[i]
		}
		if x != y {
			return fmt.Sprintf("  shards: %q\n  whole:  %q", x, y)
		}
	}
	return ""
}

// TestShardsPartitionTestdata: on every language's testdata.
func TestShardsPartitionTestdata(t *testing.T) {
	for _, n := range []int{2, 3} {
		checkShards(t, []string{"../testdata"}, n)
	}
}

// TestShardsRepositoryWideFinding: a generated repository whose one Azure file and .gitignore
// land in different shards. ".env is not ignored" is reported once, by the shard that owns
// .gitignore, for every N; and not at all when .env is ignored.
func TestShardsRepositoryWideFinding(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Fatal("git is required for this test: install it")
	}
	dir := t.TempDir()
	files := map[string]string{".gitignore": "node_modules/\n"}
	for i := 0; i < 120; i++ {
		files[fmt.Sprintf("lib/m%03d/util.py", i)] = fmt.Sprintf("def f%d(x):\n    return x + %d\n", i, i)
	}
	for i := 0; i < 40; i++ {
		files[fmt.Sprintf("web/c%02d.js", i)] = fmt.Sprintf("export const k%d = process.env.OPENAI_API_KEY;\n", i)
	}
	// The only file that talks to Azure.
	files["svc/chat/client.py"] = "from openai import AzureOpenAI\nclient = AzureOpenAI(azure_endpoint=\"https://x.openai.azure.com\", api_key=open(\"k\").read())\n"
	writeTree(t, dir, files)
	for _, args := range [][]string{{"init", "-q"}, {"add", "."}} {
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	isRepoWide := func(s string) bool { return strings.Contains(s, ".gitignore:1:1 KL201") }
	tested := 0
	for n := 2; n <= 4; n++ {
		perShard := checkShards(t, []string{dir}, n)
		var reporters []int
		for k, fs := range perShard {
			for _, f := range fs {
				if isRepoWide(f) {
					reporters = append(reporters, k+1)
				}
			}
		}
		owner, azure := 0, 0
		for k := 1; k <= n; k++ {
			if (Shard{k, n}).Owns(repoWidePath) {
				owner = k
			}
			if (Shard{k, n}).Owns("svc/chat/client.py") {
				azure = k
			}
		}
		if len(reporters) != 1 || reporters[0] != owner {
			t.Errorf("N=%d: .env-not-ignored reported by shards %v, want only %d (the owner of .gitignore)", n, reporters, owner)
		}
		if owner != azure {
			tested++ // the owner had to look at the other shards' files
		}
	}
	if tested == 0 {
		t.Error("in no split did the Azure file and .gitignore fall in different shards: the probe was not exercised")
	}

	writeTree(t, dir, map[string]string{".gitignore": "node_modules/\n.env\n"})
	for k := 1; k <= 3; k++ {
		res, err := Run(context.Background(), Config{Paths: []string{dir}, Shard: Shard{k, 3}})
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range res.Findings {
			if f.RuleID == "KL201" && filepath.Base(f.Path) == ".gitignore" {
				t.Errorf("shard %d/3 reports %s although .env is ignored", k, f.Message)
			}
		}
	}
}
