package report_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/report"
	"github.com/keylint/keylint/scan"
)

// htmlData is the part of the HTML report's embedded JSON the tests read.
type htmlData struct {
	Findings []struct {
		Rule, Severity, Message, Path, Snippet, Service string
		Line                                            int
		Fixes                                           []struct{ Message, Preview string }
	}
	Clients []scan.ClientSite
}

var dataBlockRE = regexp.MustCompile(`(?s)<script type="application/json" id="keylint-data">(.*?)</script>`)

// embeddedData returns the JSON block of an HTML report, parsed.
func embeddedData(t *testing.T, page []byte) htmlData {
	t.Helper()
	m := dataBlockRE.FindSubmatch(page)
	if m == nil {
		t.Fatal("no keylint-data block in the page")
	}
	var d htmlData
	if err := json.Unmarshal(m[1], &d); err != nil {
		t.Fatalf("data block is not JSON: %v", err)
	}
	return d
}

// TestHTMLMatchesJSON: the page carries the same findings and clients as the JSON report, with
// a service for each, and never a full secret.
func TestHTMLMatchesJSON(t *testing.T) {
	res := scanFixture(t)
	page := render(t, "html", res, options(t, false))
	var js struct {
		Findings []struct{ Rule, Severity, Path, Snippet string }
		Clients  []scan.ClientSite
	}
	if err := json.Unmarshal(render(t, "json", res, options(t, false)), &js); err != nil {
		t.Fatal(err)
	}
	d := embeddedData(t, page)
	if len(d.Findings) != len(js.Findings) || len(d.Findings) == 0 {
		t.Fatalf("%d findings in the page, %d in the JSON report", len(d.Findings), len(js.Findings))
	}
	for i, f := range d.Findings {
		j := js.Findings[i]
		if f.Rule != j.Rule || f.Severity != j.Severity || f.Path != j.Path || f.Snippet != j.Snippet {
			t.Errorf("finding %d: page %+v, JSON %+v", i, f, j)
		}
		if f.Service == "" {
			t.Errorf("finding %d has no service", i)
		}
	}
	if len(d.Clients) != len(js.Clients) || len(d.Clients) == 0 {
		t.Errorf("%d clients in the page, %d in the JSON report", len(d.Clients), len(js.Clients))
	}
	for _, s := range fixtureSecrets {
		if bytes.Contains(page, []byte(s)) {
			t.Errorf("page contains the full secret %q", s)
		}
	}
}

// TestHTMLHostileText: findings carry text an attacker wrote (paths, lines, rewrites). It must
// come back out of the data block exactly, and never close the script or open markup.
func TestHTMLHostileText(t *testing.T) {
	hostile := []string{
		`</script><script>alert(1)</script>`,
		`<img src=x onerror=alert(1)>`,
		`<!-- <script>`,
		"line\u2028separator\u2029and \"quotes\" & 'apostrophes' `ticks` ${x}",
		`]]></style><style>*{display:none}`,
	}
	var fs []keylint.Finding
	for i, h := range hostile {
		fs = append(fs, keylint.Finding{
			RuleID: "KL102", Severity: keylint.Error, Message: "API key passed to " + h, Path: "dir/" + h + ".py",
			Start: keylint.Position{Line: i + 1, Column: 1}, Snippet: h,
			Fixes: []keylint.Fix{{Message: "Use " + h, Preview: "- " + h + "\n+ " + h,
				Edits: []keylint.Edit{{Path: "x.py", New: "RAW-EDIT-TEXT"}}}},
		})
	}
	res := &scan.Result{Findings: fs, Clients: []scan.ClientSite{{Path: "dir/" + hostile[0], Line: 1, Client: hostile[1], Service: hostile[2]}}}
	page := render(t, "html", res, options(t, false))
	for _, h := range hostile[:2] {
		if bytes.Contains(page, []byte(h)) {
			t.Errorf("page contains %q unescaped", h)
		}
	}
	if n := bytes.Count(page, []byte("<script")); n != 2 {
		t.Errorf("%d <script tags, want 2 (data and code)", n)
	}
	if bytes.Contains(page, []byte("RAW-EDIT-TEXT")) {
		t.Error("page shows a fix's raw edit; only the redacted preview may appear")
	}
	d := embeddedData(t, page)
	for i, h := range hostile {
		f := d.Findings[i]
		if f.Snippet != h || f.Path != "dir/"+h+".py" || f.Fixes[0].Preview != "- "+h+"\n+ "+h {
			t.Errorf("finding %d did not survive the round trip: %+v", i, f)
		}
	}
	if d.Clients[0].Client != hostile[1] {
		t.Errorf("client %q did not survive the round trip", d.Clients[0].Client)
	}
}

// TestHTMLSelfContained: nothing is loaded from anywhere, and the page's CSP allows exactly its
// own inline style and script.
func TestHTMLSelfContained(t *testing.T) {
	page := render(t, "html", scanFixture(t), options(t, false))
	markup := dataBlockRE.ReplaceAll(page, nil) // the data holds help URLs, which are text
	for _, re := range []string{`(?i)\bsrc\s*=`, `(?i)<link[^>]+href="[^d]`, `(?i)@import`, `(?i)url\(`, `(?i)\bfetch\(`, `XMLHttpRequest`, `(?i)https?://`} {
		if loc := regexp.MustCompile(re).FindIndex(markup); loc != nil {
			t.Errorf("page markup matches %s: %q", re, markup[max(0, loc[0]-40):min(len(markup), loc[1]+40)])
		}
	}
	csp := regexp.MustCompile(`<meta http-equiv="Content-Security-Policy" content="([^"]+)">`).FindSubmatch(page)
	if csp == nil {
		t.Fatal("no Content-Security-Policy")
	}
	policy := html.UnescapeString(string(csp[1])) // what the browser reads
	if !strings.HasPrefix(policy, "default-src 'none';") {
		t.Errorf("CSP %q does not start with default-src 'none'", policy)
	}
	for _, tag := range []string{"style", "script"} {
		m := regexp.MustCompile(`(?s)<` + tag + `>(.*?)</` + tag + `>`).FindSubmatch(page)
		if m == nil {
			t.Fatalf("no inline <%s>", tag)
		}
		sum := sha256.Sum256(m[1])
		if hash := "sha256-" + base64.StdEncoding.EncodeToString(sum[:]); !strings.Contains(policy, "'"+hash+"'") {
			t.Errorf("CSP lacks the hash of the inline %s (%s)", tag, hash)
		}
	}
}

// TestHTMLEmpty: a clean scan is a page too, with no findings and no clients.
func TestHTMLEmpty(t *testing.T) {
	page := render(t, "html", &scan.Result{}, report.Options{})
	d := embeddedData(t, page)
	if len(d.Findings) != 0 || len(d.Clients) != 0 {
		t.Errorf("empty result rendered as %+v", d)
	}
	if !bytes.Contains(page, []byte(`"findings":[]`)) || !bytes.Contains(page, []byte(`"clients":[]`)) {
		t.Error("empty lists must be [] for the script, not null")
	}
}
