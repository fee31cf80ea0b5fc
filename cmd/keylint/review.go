package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers"
	"github.com/keylint/keylint/gitdiff"
	"github.com/keylint/keylint/redact"
	"github.com/keylint/keylint/review"
	"github.com/keylint/keylint/scan"
)

// runReview is `keylint review`: scan, keep the findings on lines the pull request adds, and
// post them as one GitHub review with the keyless rewrites as suggestions. Without a token,
// or with --dry-run, it prints the review it would post.
func runReview(ctx context.Context, args []string, stdout, stderr io.Writer, red *redact.Redactor) int {
	fs := flag.NewFlagSet("keylint review", flag.ContinueOnError)
	fs.SetOutput(stderr)
	sf := &scanFlags{}
	base := fs.String("base", "", "the pull request's base (default: origin/$GITHUB_BASE_REF)")
	head := fs.String("head", "HEAD", "the pull request's head commit")
	repo := fs.String("repo", os.Getenv("GITHUB_REPOSITORY"), "owner/name of the repository (default: $GITHUB_REPOSITORY)")
	pr := fs.Int("pr", 0, "pull request number (default: from $GITHUB_EVENT_PATH)")
	apiURL := fs.String("api-url", os.Getenv("GITHUB_API_URL"), "GitHub API URL (default: $GITHUB_API_URL or https://api.github.com)")
	dryRun := fs.Bool("dry-run", false, "print the review as JSON instead of posting it")
	maxComments := fs.Int("max-comments", review.DefaultMaxComments, "line comments per review; the rest are listed in its body")
	fs.StringVar(&sf.failOn, "fail-on", "", "lowest severity (on added lines) that makes the exit code 1: info, warning (default), error, or never")
	fs.StringVar(&sf.configPath, "config", "", "config file (default: .keylint.yaml in the scan root or a parent)")
	fs.BoolVar(&sf.noConfig, "no-config", false, "ignore .keylint.yaml files")
	fs.Var(&sf.include, "include", "only scan files matching this doublestar glob (repeatable)")
	fs.Var(&sf.exclude, "exclude", "skip files matching this doublestar glob (repeatable)")
	addCacheFlags(fs, sf)
	paths, err := parseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitClean
		}
		return exitError
	}
	fail := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "keylint review: "+format+"\n", a...)
		return exitError
	}
	if *base == "" {
		ref := os.Getenv("GITHUB_BASE_REF")
		if ref == "" {
			return fail("no base: pass --base (a branch or commit) or run on a pull_request event (GITHUB_BASE_REF)")
		}
		*base = "origin/" + ref
	}
	token := os.Getenv("GITHUB_TOKEN")
	post := token != "" && !*dryRun
	if post && (*repo == "" || *pr == 0) {
		if *pr == 0 {
			*pr = prFromEvent(os.Getenv("GITHUB_EVENT_PATH"))
		}
		if *repo == "" || *pr == 0 {
			return fail("posting needs --repo owner/name and --pr N (or GITHUB_REPOSITORY and a pull_request event)")
		}
	}

	cfg, failOn, err := buildConfig(sf, paths)
	if err != nil {
		return fail("%v", err)
	}
	root := scanRoot(paths)
	added, err := gitdiff.Between(root, *base, *head)
	if err != nil {
		return fail("%v", err)
	}
	top, err := gitOutput(root, "rev-parse", "--show-toplevel")
	if err != nil {
		return fail("not in a git repository: %v", err)
	}
	commit, err := gitOutput(root, "rev-parse", *head)
	if err != nil {
		return fail("--head %q: %v", *head, err)
	}
	cfg.Only = added.Files() // only the files the pull request changes can have findings on its lines
	res, err := scan.Run(ctx, cfg)
	if err != nil {
		return fail("scan stopped: %v", err)
	}
	red.Add(res.Secrets...)
	for _, fe := range res.Errors {
		fmt.Fprintf(stderr, "keylint: %s\n", fe.Error())
	}

	inputs, onAdded := reviewInputs(res.Findings, added, top)
	var posted map[string]bool
	var poster *review.Poster
	if post {
		if poster, err = review.NewPoster(*apiURL, token, *repo, *pr); err != nil {
			return fail("%v", err)
		}
		if posted, err = poster.Posted(ctx); err != nil {
			return fail("%v", err)
		}
	}
	source := red.ForSource()
	r := review.Build(inputs, review.Options{CommitID: commit, MaxComments: *maxComments, Posted: posted, Redact: source.String})
	if r != nil {
		// The review leaves the process through GitHub's API, not stdout: the same boundary.
		r.Body = red.String(r.Body)
		for i := range r.Comments {
			r.Comments[i].Body = red.String(r.Comments[i].Body)
		}
	}
	switch {
	case r == nil:
		fmt.Fprintf(stderr, "keylint review: %d finding%s on added lines, nothing new to post\n", len(onAdded), pluralS(len(onAdded)))
	case !post:
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(r); err != nil {
			return fail("%v", err)
		}
		if token == "" && !*dryRun {
			fmt.Fprintln(stderr, "keylint review: no GITHUB_TOKEN: printed the review instead of posting it")
		}
	default:
		url, err := poster.Post(ctx, r)
		if err != nil {
			return fail("%v", err)
		}
		fmt.Fprintf(stderr, "keylint review: posted %d comment%s %s\n", len(r.Comments), pluralS(len(r.Comments)), url)
	}
	return exitCode(onAdded, failOn)
}

// reviewInputs keeps the findings on lines the pull request adds and gives each what the
// review needs: its repository path, the file's text and the secrets known in the file.
func reviewInputs(findings []keylint.Finding, added gitdiff.Added, top string) ([]review.Input, []keylint.Finding) {
	var inputs []review.Input
	var kept []keylint.Finding
	srcs := map[string][]byte{}
	secrets := map[string][]keylint.Span{}
	for _, f := range findings {
		secrets[f.Path] = append(secrets[f.Path], f.Secrets...)
	}
	for _, f := range findings {
		name := filepath.FromSlash(f.Path)
		if !added.Contains(name, f.Start.Line) {
			continue
		}
		kept = append(kept, f)
		abs, _ := filepath.Abs(name)
		if real, err := filepath.EvalSymlinks(abs); err == nil {
			abs = real
		}
		rel, err := filepath.Rel(top, abs)
		if err != nil || strings.HasPrefix(rel, "..") {
			continue
		}
		src, ok := srcs[f.Path]
		if !ok {
			src, _ = os.ReadFile(name)
			srcs[f.Path] = src
		}
		path := f.Path
		inputs = append(inputs, review.Input{
			Finding: f, Path: filepath.ToSlash(rel), Src: src, Rule: analyzers.ByID(f.RuleID),
			Added:   func(line int) bool { return added.Contains(name, line) },
			Secrets: func() []keylint.Span { return secrets[path] },
		})
	}
	return inputs, kept
}

// prFromEvent reads the pull request number from a GitHub Actions event payload.
func prFromEvent(path string) int {
	if path == "" {
		return 0
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return 0
	}
	var ev struct {
		Number      int `json:"number"`
		PullRequest struct {
			Number int `json:"number"`
		} `json:"pull_request"`
	}
	if json.Unmarshal(data, &ev) != nil {
		return 0
	}
	if ev.PullRequest.Number != 0 {
		return ev.PullRequest.Number
	}
	return ev.Number
}

func gitOutput(dir string, args ...string) (string, error) {
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) && len(ee.Stderr) > 0 {
			return "", errors.New(strings.TrimSpace(string(ee.Stderr)))
		}
		return "", err
	}
	return strings.TrimSpace(string(out)), nil
}
