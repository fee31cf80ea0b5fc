package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

const reviewToken = "ghs_keylintTestToken0123456789"

// prRepo makes a repository whose main branch has a legacy key use and whose feature branch
// adds a Python client with a key (fixable), a raw REST call with a key header (not
// fixable), and a keyless file. It returns the directory and the feature head's commit.
func prRepo(t *testing.T) (string, string) {
	t.Helper()
	dir := t.TempDir()
	git := func(args ...string) string {
		t.Helper()
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
		return strings.TrimSpace(string(out))
	}
	writeTree(t, dir, map[string]string{"legacy.py": keyClientPy})
	git("init", "-q", "-b", "main")
	git("add", ".")
	git("commit", "-qm", "legacy")
	git("checkout", "-qb", "feature")
	writeTree(t, dir, map[string]string{
		"app/chat.py": "import os\n\nfrom openai import AzureOpenAI\n\n" +
			"client = AzureOpenAI(\n" +
			"    azure_endpoint=os.environ[\"AZURE_OPENAI_ENDPOINT\"],\n" +
			"    api_key=os.environ[\"AZURE_OPENAI_API_KEY\"],\n" +
			"    api_version=\"2024-10-21\",\n" +
			")\n",
		// AI Search takes tokens of another scope, and only once its service allows them: no
		// automatic rewrite of its key header.
		"app/rest.py": "import os\nimport requests\n\n" +
			"r = requests.post(os.environ[\"AZURE_SEARCH_ENDPOINT\"], headers={\"api-key\": os.environ[\"AZURE_SEARCH_KEY\"]})\n",
		"app/clean.py": "print('hello')\n",
	})
	git("add", ".")
	git("commit", "-qm", "feature")
	return dir, git("rev-parse", "HEAD")
}

// fakeGitHub implements the two GitHub endpoints keylint review uses, on loopback, and checks
// every request: path, token, and the review's schema.
type fakeGitHub struct {
	t         *testing.T
	mu        sync.Mutex
	comments  []map[string]any // posted so far, as GitHub lists them
	reviews   []map[string]any
	throttled bool // the first POST is answered 429 with Retry-After
	requests  []string
}

func (g *fakeGitHub) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.requests = append(g.requests, r.Method+" "+r.URL.Path)
	if got := r.Header.Get("Authorization"); got != "Bearer "+reviewToken {
		g.t.Errorf("%s %s: Authorization %q", r.Method, r.URL.Path, got)
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	switch {
	case r.Method == "GET" && r.URL.Path == "/repos/contoso/chat/pulls/7/comments":
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(g.comments)
	case r.Method == "POST" && r.URL.Path == "/repos/contoso/chat/pulls/7/reviews":
		if !g.throttled {
			g.throttled = true
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			io.WriteString(w, `{"message": "You have exceeded a secondary rate limit"}`)
			return
		}
		var review map[string]any
		if err := json.NewDecoder(r.Body).Decode(&review); err != nil {
			g.t.Errorf("review body: %v", err)
		}
		g.reviews = append(g.reviews, review)
		comments, _ := review["comments"].([]any)
		for _, c := range comments {
			g.comments = append(g.comments, c.(map[string]any))
		}
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"id": 1, "html_url": "https://github.example/contoso/chat/pull/7#pullrequestreview-1"}`)
	default:
		g.t.Errorf("unexpected request %s %s", r.Method, r.URL.Path)
		w.WriteHeader(http.StatusNotFound)
	}
}

func TestReviewPostsOnceWithSuggestions(t *testing.T) {
	dir, head := prRepo(t)
	gh := &fakeGitHub{t: t}
	srv := httptest.NewServer(gh) // loopback
	defer srv.Close()
	t.Setenv("GITHUB_TOKEN", reviewToken)
	args := []string{"review", "--no-config", "--base", "main", "--repo", "contoso/chat", "--pr", "7", "--api-url", srv.URL, dir}

	r := runKeylint(t, args...)
	if r.code != exitFindings || !strings.Contains(r.stderr, "posted 2 comments") {
		t.Fatalf("first run: exit %d, stderr %q", r.code, r.stderr)
	}
	if len(gh.reviews) != 1 {
		t.Fatalf("%d reviews posted, want 1 (requests %v)", len(gh.reviews), gh.requests)
	}
	review := gh.reviews[0]
	if review["commit_id"] != head || review["event"] != "COMMENT" || !strings.Contains(fmt.Sprint(review["body"]), "keylint") {
		t.Errorf("review fields: commit_id %v event %v body %v", review["commit_id"], review["event"], review["body"])
	}
	byPath := map[string]map[string]any{}
	for _, c := range review["comments"].([]any) {
		c := c.(map[string]any)
		byPath[fmt.Sprint(c["path"])] = c
		if c["side"] != "RIGHT" || !strings.Contains(fmt.Sprint(c["body"]), "<!-- keylint:v1:") {
			t.Errorf("comment %v: side or marker missing", c)
		}
	}
	chat, rest := byPath["app/chat.py"], byPath["app/rest.py"]
	if chat == nil || rest == nil || len(byPath) != 2 {
		t.Fatalf("comments on %v, want app/chat.py and app/rest.py (the legacy file is not in the diff)", byPath)
	}
	// The key argument is line 7; the suggestion replaces that line, and the import it needs
	// (outside the suggestion) is shown as a diff in the body.
	body := fmt.Sprint(chat["body"])
	if chat["line"] != float64(7) || chat["start_line"] != nil ||
		!strings.Contains(body, "```suggestion\n    azure_ad_token_provider=get_bearer_token_provider(DefaultAzureCredential(), \"https://cognitiveservices.azure.com/.default\"),\n```") ||
		!strings.Contains(body, "+from azure.identity import DefaultAzureCredential, get_bearer_token_provider") {
		t.Errorf("app/chat.py comment: line %v start_line %v\n%s", chat["line"], chat["start_line"], body)
	}
	if rest["line"] != float64(4) || strings.Contains(fmt.Sprint(rest["body"]), "```suggestion") || !strings.Contains(fmt.Sprint(rest["body"]), "Authorization: Bearer") {
		t.Errorf("app/rest.py comment (no automatic fix: advice instead): line %v\n%s", rest["line"], rest["body"])
	}
	for _, out := range []string{r.stdout, r.stderr} {
		if strings.Contains(out, reviewToken) {
			t.Error("the token was printed")
		}
	}

	// A second run finds its comments by their markers and posts nothing.
	r = runKeylint(t, args...)
	if len(gh.reviews) != 1 || !strings.Contains(r.stderr, "nothing new to post") || r.code != exitFindings {
		t.Errorf("second run: %d reviews in all, exit %d, stderr %q", len(gh.reviews), r.code, r.stderr)
	}
	want := []string{"GET /repos/contoso/chat/pulls/7/comments", "POST /repos/contoso/chat/pulls/7/reviews", "POST /repos/contoso/chat/pulls/7/reviews", "GET /repos/contoso/chat/pulls/7/comments"}
	if strings.Join(gh.requests, ",") != strings.Join(want, ",") {
		t.Errorf("requests %v, want %v (one retry after the 429)", gh.requests, want)
	}
}

// TestReviewDryRun prints the review instead of posting it, and caps the line comments.
func TestReviewDryRun(t *testing.T) {
	dir, _ := prRepo(t)
	t.Setenv("GITHUB_TOKEN", "")
	r := runKeylint(t, "review", "--no-config", "--base", "main", "--max-comments", "1", dir)
	var review struct {
		Body     string
		Comments []struct {
			Path string
			Line int
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &review); err != nil {
		t.Fatalf("dry run output is not the review JSON: %v\n%s", err, r.stdout)
	}
	if len(review.Comments) != 1 || review.Comments[0].Path != "app/chat.py" || !strings.Contains(review.Body, "1 more, not commented on line by line") ||
		!strings.Contains(review.Body, "app/rest.py:4") {
		t.Errorf("dry run with --max-comments 1: %+v", review)
	}
	if !strings.Contains(r.stderr, "no GITHUB_TOKEN") {
		t.Errorf("stderr %q", r.stderr)
	}
	if r := runKeylint(t, "review", "--no-config", filepath.Join(dir, "app")); r.code != exitError || !strings.Contains(r.stderr, "no base") {
		t.Errorf("no base: exit %d, %q", r.code, r.stderr)
	}
}
