package review

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/google/go-github/v92/github"
)

// Poster talks to the GitHub API for one pull request.
type Poster struct {
	client      *github.Client
	owner, repo string
	number      int
}

// NewPoster makes a client for the pull request owner/repo#number at apiURL (GitHub's, or a
// GitHub Enterprise Server's) authenticated with token. The token only goes into the
// Authorization header.
func NewPoster(apiURL, token, ownerRepo string, number int) (*Poster, error) {
	owner, repo, ok := strings.Cut(ownerRepo, "/")
	if !ok || owner == "" || repo == "" || strings.Contains(repo, "/") {
		return nil, fmt.Errorf("repository %q: want owner/name", ownerRepo)
	}
	if number <= 0 {
		return nil, fmt.Errorf("pull request number %d", number)
	}
	opts := []github.ClientOptionsFunc{
		github.WithHTTPClient(&http.Client{Transport: &retryAfter{next: http.DefaultTransport, maxWait: 2 * time.Minute}, Timeout: 5 * time.Minute}),
		github.WithAuthToken(token),
		github.WithDisableRateLimitCheck(), // retryAfter waits as GitHub asks, once
		github.WithUserAgent("keylint-review"),
	}
	if apiURL != "" {
		if !strings.HasSuffix(apiURL, "/") {
			apiURL += "/"
		}
		opts = append(opts, github.WithURLs(&apiURL, &apiURL))
	}
	c, err := github.NewClient(opts...)
	if err != nil {
		return nil, fmt.Errorf("GitHub client: %v", err)
	}
	return &Poster{client: c, owner: owner, repo: repo, number: number}, nil
}

// Posted returns the fingerprints keylint's earlier comments on the pull request carry.
func (p *Poster) Posted(ctx context.Context) (map[string]bool, error) {
	var bodies []string
	opts := &github.PullRequestListCommentsOptions{ListOptions: github.ListOptions{PerPage: 100}}
	for {
		comments, resp, err := p.client.PullRequests.ListComments(ctx, p.owner, p.repo, p.number, opts)
		if err != nil {
			return nil, fmt.Errorf("listing the pull request's comments: %v", err)
		}
		for _, c := range comments {
			bodies = append(bodies, c.GetBody())
		}
		if resp.NextPage == 0 {
			break
		}
		opts.Page = resp.NextPage
	}
	return Markers(bodies), nil
}

// Post creates the review.
func (p *Poster) Post(ctx context.Context, r *Review) (string, error) {
	req := &github.PullRequestReviewRequest{Body: new(r.Body), Event: new(r.Event)}
	if r.CommitID != "" {
		req.CommitID = new(r.CommitID)
	}
	for _, c := range r.Comments {
		dc := &github.DraftReviewComment{Path: new(c.Path), Line: new(c.Line), Side: new(c.Side), Body: new(c.Body)}
		if c.StartLine > 0 {
			dc.StartLine, dc.StartSide = new(c.StartLine), new(c.StartSide)
		}
		req.Comments = append(req.Comments, dc)
	}
	review, _, err := p.client.PullRequests.CreateReview(ctx, p.owner, p.repo, p.number, req)
	if err != nil {
		return "", fmt.Errorf("posting the review: %v", err)
	}
	return review.GetHTMLURL(), nil
}

// retryAfter retries a request GitHub refused for now (429, or 403 for a secondary rate
// limit) after the Retry-After it gives, at most three times and never waiting longer than
// maxWait in all.
type retryAfter struct {
	next    http.RoundTripper
	maxWait time.Duration
}

func (t *retryAfter) RoundTrip(req *http.Request) (*http.Response, error) {
	var body []byte
	if req.Body != nil {
		var err error
		if body, err = io.ReadAll(req.Body); err != nil {
			return nil, err
		}
		req.Body.Close()
	}
	waited := time.Duration(0)
	for attempt := 0; ; attempt++ {
		if body != nil {
			req.Body = io.NopCloser(bytes.NewReader(body))
		}
		resp, err := t.next.RoundTrip(req)
		if err != nil || attempt == 3 || resp.StatusCode != http.StatusTooManyRequests && resp.StatusCode != http.StatusForbidden {
			return resp, err
		}
		secs, err := strconv.Atoi(resp.Header.Get("Retry-After"))
		if err != nil || secs < 0 || waited+time.Duration(secs)*time.Second > t.maxWait {
			return resp, nil // a plain 403 (no permission), or too long a wait: report it
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		wait := time.Duration(secs) * time.Second
		select {
		case <-req.Context().Done():
			return nil, req.Context().Err()
		case <-time.After(wait):
		}
		waited += wait
	}
}
