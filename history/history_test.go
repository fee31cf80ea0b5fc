package history

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash/maphash"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/scan"
)

var seedForTest = maphash.MakeSeed()

func spanAll(src []byte) keylint.Span { return keylint.Span{Start: 0, End: len(src)} }

// hexKey is a made-up 32-hex-digit key, different for each name.
func hexKey(name string) string {
	h := sha256.Sum256([]byte(name))
	return hex.EncodeToString(h[:16])
}

// aiKey is an 84-character Azure OpenAI key with a valid checksum (made up; see keyformat's tests).
const aiKey = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxJQQJ99BCAAAAAAAAAAAAAAABACOGc4Uh"

func dotenv(key string) string {
	return "AZURE_OPENAI_ENDPOINT=https://example.openai.azure.com\nAZURE_OPENAI_API_KEY=" + key + "\n"
}

func clientPy(key string) string {
	return "from openai import AzureOpenAI\n\nclient = AzureOpenAI(api_key=\"" + key + "\", azure_endpoint=\"https://example.openai.azure.com\")\n"
}

const keylessPy = `import os
from azure.identity import DefaultAzureCredential, get_bearer_token_provider
from openai import AzureOpenAI

token_provider = get_bearer_token_provider(DefaultAzureCredential(), "https://cognitiveservices.azure.com/.default")
client = AzureOpenAI(azure_ad_token_provider=token_provider, azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"])
key = os.getenv("AZURE_OPENAI_API_KEY")
`

// step is one thing done to the test repository: files written and removed, then a commit
// with that message (if any), or a git command.
type step struct {
	write  map[string]string
	remove []string
	commit string
	git    []string
}

// newRepo builds a repository from steps; commits get increasing dates so "first" is well defined.
func newRepo(t *testing.T, steps []step) string {
	t.Helper()
	dir := t.TempDir()
	n := 0
	git := func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", append([]string{"-c", "commit.gpgsign=false"}, args...)...)
		cmd.Dir = dir
		date := fmt.Sprintf("2024-01-%02dT10:00:00Z", n+1)
		cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com",
			"GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com",
			"GIT_AUTHOR_DATE="+date, "GIT_COMMITTER_DATE="+date)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	git("init", "-q", "-b", "main")
	for _, s := range steps {
		for name, body := range s.write {
			p := filepath.Join(dir, filepath.FromSlash(name))
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
				t.Fatal(err)
			}
			git("add", "-f", name)
		}
		for _, name := range s.remove {
			git("rm", "-q", name)
		}
		if s.commit != "" {
			git("commit", "-q", "--allow-empty", "-m", s.commit)
			n++
		}
		if s.git != nil {
			git(s.git...)
		}
	}
	return dir
}

// commitsBySubject maps each commit's subject to its id.
func commitsBySubject(t *testing.T, dir string) map[string]string {
	t.Helper()
	out, err := exec.Command("git", "-C", dir, "log", "--all", "--format=%H %s").Output()
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		id, subject, _ := strings.Cut(line, " ")
		m[subject] = id
	}
	return m
}

// want is one expected finding: the subject of the commit that added the key.
type want struct {
	rule, commit, path string
	line               int
	atHead             bool
	reAdded            int
}

func (w want) String() string {
	return fmt.Sprintf("%s %q %s:%d atHead=%v reAdded=%d", w.rule, w.commit, w.path, w.line, w.atHead, w.reAdded)
}

func TestRun(t *testing.T) {
	k1, k2, k3 := hexKey("one"), hexKey("two"), hexKey("three")
	tests := []struct {
		name   string
		steps  []step
		since  string // a tag the steps create
		all    bool
		want   []want
		verify func(t *testing.T, res *Result)
	}{{
		name: "a .env committed, then removed, is reported and not present at HEAD",
		steps: []step{
			{write: map[string]string{"README.md": "# app\n"}, commit: "init"},
			{write: map[string]string{"app/.env": dotenv(k1)}, commit: "add env"},
			{remove: []string{"app/.env"}, commit: "remove env"},
		},
		want: []want{{"KL201", "add env", "app/.env", 2, false, 0}},
		verify: func(t *testing.T, res *Result) {
			f := res.Findings[0]
			for _, s := range []string{"committed in", "not present at HEAD", "rotate the key"} {
				if !strings.Contains(f.Message, s) {
					t.Errorf("message %q lacks %q", f.Message, s)
				}
			}
			if strings.Contains(f.Snippet, k1) || !strings.Contains(f.Snippet, k1[:4]+"…") {
				t.Errorf("snippet not redacted: %q", f.Snippet)
			}
			if f.Date.Format("2006-01-02") != "2024-01-02" {
				t.Errorf("date %v, want the commit's author date 2024-01-02", f.Date)
			}
		},
	}, {
		name: "a key deleted and re-added is reported once, at the first commit, with the re-add counted",
		steps: []step{
			{write: map[string]string{"app.py": clientPy(k1)}, commit: "add client"},
			{remove: []string{"app.py"}, commit: "delete client"},
			{write: map[string]string{"app.py": clientPy(k1)}, commit: "restore client"},
		},
		want: []want{{"KL106", "add client", "app.py", 3, true, 1}},
		verify: func(t *testing.T, res *Result) {
			f := res.Findings[0]
			if !strings.Contains(f.Message, "still present at HEAD in app.py") || !strings.Contains(f.Message, "added again in 1 later commit") {
				t.Errorf("message %q", f.Message)
			}
		},
	}, {
		name: "edits elsewhere and an exact rename add no key; a copy counts as added again",
		steps: []step{
			{write: map[string]string{"app.py": clientPy(k1)}, commit: "add client"},
			{write: map[string]string{"app.py": "# header\n" + clientPy(k1)}, commit: "add a header"},
			{git: []string{"mv", "app.py", "main.py"}},
			{commit: "rename"},
			{write: map[string]string{"copy.py": "# header\n" + clientPy(k1)}, commit: "copy"},
		},
		want: []want{{"KL106", "add client", "app.py", 3, true, 1}},
	}, {
		name: "a key added on a branch is found with --all only",
		steps: []step{
			{write: map[string]string{"app.py": keylessPy}, commit: "keyless app"},
			{git: []string{"checkout", "-q", "-b", "feature"}},
			{write: map[string]string{"feature.py": clientPy(k2)}, commit: "feature with a key"},
			{git: []string{"checkout", "-q", "main"}},
		},
		all:  true,
		want: []want{{"KL106", "feature with a key", "feature.py", 3, false, 0}},
	}, {
		name: "without --all a branch's key is not HEAD's history",
		steps: []step{
			{write: map[string]string{"app.py": keylessPy}, commit: "keyless app"},
			{git: []string{"checkout", "-q", "-b", "feature"}},
			{write: map[string]string{"feature.py": clientPy(k2)}, commit: "feature with a key"},
			{git: []string{"checkout", "-q", "main"}},
		},
		want: nil,
	}, {
		name: "--since skips the keys committed up to the revision",
		steps: []step{
			{write: map[string]string{"old.py": clientPy(k1)}, commit: "old key"},
			{git: []string{"tag", "reviewed"}},
			{write: map[string]string{"new.env": dotenv(k3)}, commit: "new key"},
		},
		since: "reviewed",
		want:  []want{{"KL201", "new key", "new.env", 2, true, 0}},
	}, {
		name: "keyless code and environment reads are no committed key",
		steps: []step{
			{write: map[string]string{"app.py": keylessPy, ".env.example": dotenv("<your-key>")}, commit: "keyless"},
			{write: map[string]string{"client.py": strings.Replace(clientPy(k1), `"`+k1+`"`, `os.environ.get("aoai-api-key-2024")`, 1)}, commit: "env read"},
		},
		want: nil,
	}, {
		name: "an 84-character key is found in any file, a literal non-format key in a client call",
		steps: []step{
			{write: map[string]string{"notes.txt": "try this one: " + aiKey + "\n"}, commit: "notes"},
			{write: map[string]string{"app.py": clientPy("Zq81mPr2Lx5Nw7Tb9Vc3")}, commit: "literal key"},
		},
		want: []want{
			{"KL106", "notes", "notes.txt", 1, true, 0},
			{"KL102", "literal key", "app.py", 3, true, 0},
		},
	}, {
		name: "binary blobs are skipped; over the size cap only the key formats are searched",
		steps: []step{
			{write: map[string]string{"blob.bin": "\x00\x01" + dotenv(k1), "big.py": strings.Repeat("# padding\n", 300<<10) + clientPy(k2)}, commit: "binary and big"},
			{write: map[string]string{"big.log": strings.Repeat("padding\n", 300<<10) + "key " + aiKey + "\n"}, commit: "big log"},
		},
		want: []want{{"KL106", "big log", "big.log", 300<<10 + 1, true, 0}},
		verify: func(t *testing.T, res *Result) {
			if res.Stats.Binary != 1 || res.Stats.TooBig != 2 {
				t.Errorf("stats %+v, want 1 binary and 2 over the cap", res.Stats)
			}
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := newRepo(t, tt.steps)
			res, err := Run(context.Background(), Config{Dir: dir, Since: tt.since, All: tt.all, Scan: scan.Config{Workers: 2}})
			if err != nil {
				t.Fatal(err)
			}
			ids := commitsBySubject(t, dir)
			var got, exp []string
			for _, f := range res.Findings {
				subject := "?"
				for s, id := range ids {
					if id == f.Commit {
						subject = s
					}
				}
				got = append(got, want{f.RuleID, subject, f.Path, f.Start.Line, f.AtHead, f.ReAdded}.String())
			}
			for _, w := range tt.want {
				exp = append(exp, w.String())
			}
			if strings.Join(got, "\n") != strings.Join(exp, "\n") {
				t.Fatalf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(exp, "\n"))
			}
			for _, f := range res.Findings {
				if f.Fingerprint == "" || strings.Contains(f.Message+f.Snippet, k1) || strings.Contains(f.Message+f.Snippet, aiKey) {
					t.Errorf("finding %+v: no fingerprint, or a key in the clear", f)
				}
			}
			if tt.verify != nil {
				tt.verify(t, res)
			}
		})
	}
}

// TestFingerprintIgnoresCommits: the same key committed in two unrelated repositories (other
// commit ids, paths and lines) has one fingerprint, so a baseline written once keeps hiding it.
func TestFingerprintIgnoresCommits(t *testing.T) {
	k := hexKey("baseline")
	a := newRepo(t, []step{{write: map[string]string{".env": dotenv(k)}, commit: "a"}})
	b := newRepo(t, []step{
		{write: map[string]string{"README.md": "x\n"}, commit: "first"},
		{write: map[string]string{".env": "# moved down\n" + dotenv(k)}, commit: "second"},
	})
	var fps []string
	for _, dir := range []string{a, b} {
		res, err := Run(context.Background(), Config{Dir: dir})
		if err != nil || len(res.Findings) != 1 {
			t.Fatalf("%s: %v, %+v", dir, err, res)
		}
		fps = append(fps, res.Findings[0].Fingerprint)
	}
	if fps[0] != fps[1] {
		t.Errorf("fingerprints %v differ", fps)
	}
}

func TestRunBadInput(t *testing.T) {
	if _, err := Run(context.Background(), Config{Dir: t.TempDir()}); err == nil || !strings.Contains(err.Error(), "not a git repository") {
		t.Errorf("plain directory: %v", err)
	}
	empty := newRepo(t, nil)
	if res, err := Run(context.Background(), Config{Dir: empty}); err != nil || len(res.Findings) != 0 {
		t.Errorf("repository without commits: %v, %+v", err, res)
	}
	dir := newRepo(t, []step{{write: map[string]string{"a.txt": "x\n"}, commit: "one"}})
	if _, err := Run(context.Background(), Config{Dir: dir, Since: "no-such-rev"}); err == nil || !strings.Contains(err.Error(), "not a revision") {
		t.Errorf("bad --since: %v", err)
	}
}

// TestShallowClone scans the commits a shallow clone has and says it is shallow.
func TestShallowClone(t *testing.T) {
	src := newRepo(t, []step{
		{write: map[string]string{"old.env": dotenv(hexKey("old"))}, commit: "old"},
		{write: map[string]string{"new.env": dotenv(hexKey("new"))}, commit: "new"},
	})
	dst := filepath.Join(t.TempDir(), "shallow")
	if out, err := exec.Command("git", "clone", "-q", "--depth", "1", "file://"+src, dst).CombinedOutput(); err != nil {
		t.Fatalf("clone: %v\n%s", err, out)
	}
	res, err := Run(context.Background(), Config{Dir: dst})
	if err != nil {
		t.Fatal(err)
	}
	if !res.Shallow || res.Stats.Commits != 1 {
		t.Errorf("shallow %v, %d commits; want a shallow clone of 1 commit", res.Shallow, res.Stats.Commits)
	}
	// The one commit holds both files: both keys are what it added.
	if len(res.Findings) != 2 {
		t.Errorf("findings %+v", res.Findings)
	}
}

func TestAddedLines(t *testing.T) {
	added, text := addedLines([]byte("a\nb\nc\n"), []byte("a\nx\nb\nc\ny"), seedForTest, nil)
	if fmt.Sprint(added[1:]) != "[false true false false true]" || string(text) != "x\ny\n" {
		t.Errorf("added %v, text %q", added, text)
	}
	added, text = addedLines(nil, []byte("a\nb"), seedForTest, nil)
	if !added[1] || !added[2] || string(text) != "a\nb" {
		t.Errorf("new file: added %v, text %q", added, text)
	}
}

func TestLiteralSecrets(t *testing.T) {
	tests := []struct {
		code string
		want []string
	}{
		{`api_key="Zq81mPr2Lx5Nw7Tb9Vc3"`, []string{"Zq81mPr2Lx5Nw7Tb9Vc3"}},
		{`AzureKeyCredential('Zq81mPr2Lx5Nw7Tb9Vc3')`, []string{"Zq81mPr2Lx5Nw7Tb9Vc3"}},
		{`api_key=os.environ.get("aoai-api-key-2024")`, nil},
		{`api_key=os.getenv("AZURE_OPENAI_API_KEY")`, nil},
		{`new AzureKeyCredential(configuration["AzureOpenAI:ApiKey2"])`, nil},
		{`api_key="<your-api-key-here-123>"`, nil},
		{`api_key="short1"`, nil},
		{`api_key="https://example.openai.azure.com/1"`, nil},
		{`api_key=os.getenv("K", "Zq81mPr2Lx5Nw7Tb9Vc3")`, []string{"Zq81mPr2Lx5Nw7Tb9Vc3"}},
	}
	for _, tt := range tests {
		src := []byte(tt.code)
		var got []string
		for _, sp := range literalSecrets(src, spanAll(src)) {
			got = append(got, string(src[sp.Start:sp.End]))
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%s: %v, want %v", tt.code, got, tt.want)
		}
	}
}

func TestParseLog(t *testing.T) {
	a, b, c := strings.Repeat("a", 40), strings.Repeat("b", 40), strings.Repeat("c", 40)
	out := "\x01" + c + " 2024-01-01T10:00:00Z\x00\n" +
		":000000 100644 " + zeroOID + " " + a + " A\x00new.py\x00" +
		":100644 100644 " + a + " " + b + " M\x00new.py\x00" +
		":100644 000000 " + c + " " + zeroOID + " D\x00old.py\x00" +
		":000000 100644 " + zeroOID + " " + c + " A\x00renamed.py\x00" +
		":000000 120000 " + zeroOID + " " + b + " A\x00link\x00" +
		":000000 160000 " + zeroOID + " " + b + " A\x00submodule\x00" +
		"\x01" + a + " 2024-01-02T10:00:00Z\x00"
	var commits []commit
	var changes []string
	err := parseLog(strings.NewReader(out), func(c commit) { commits = append(commits, c) }, func(ch change) {
		changes = append(changes, fmt.Sprintf("%d %d %s %s>%s", ch.seq, ch.commit, ch.path, ch.old[:min(1, len(ch.old))], ch.new[:1]))
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(commits) != 2 || commits[1].date.Day() != 2 {
		t.Errorf("commits %+v", commits)
	}
	if got := strings.Join(changes, ", "); got != "0 0 new.py >a, 1 0 new.py a>b" {
		t.Errorf("changes %s", got)
	}
	if err := parseLog(strings.NewReader("garbage\x00"), func(commit) {}, func(change) {}); err == nil {
		t.Error("garbage parsed")
	}
}
