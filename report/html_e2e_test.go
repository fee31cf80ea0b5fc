package report_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/keylint/keylint/analyzers"
	"github.com/keylint/keylint/report"
	"github.com/keylint/keylint/scan"
)

// TestHTMLInChromium opens the HTML report of a real multi-language tree from file:// in
// headless Chromium (Debian's package, scripts/setup-chromium.sh) over the DevTools protocol,
// and checks what a reader sees against the JSON report of the same scan: the totals, the
// counts by severity and rule, the keyless migration numbers; that clicking a rule and choosing
// a severity filter the findings; that the page logs no console error and requests nothing but
// itself. It saves a screenshot (KEYLINT_E2E_SCREENSHOT, e.g. docs/img/report.png).
//
// Opt-in with KEYLINT_E2E=1 (.ci/run). KEYLINT_E2E_TREE picks the tree (default: the
// repository's testdata, every language keylint reads).
func TestHTMLInChromium(t *testing.T) {
	if os.Getenv("KEYLINT_E2E") != "1" {
		t.Skip("end-to-end: set KEYLINT_E2E=1 (after scripts/setup-chromium.sh)")
	}
	browser := ""
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			browser = p
			break
		}
	}
	if browser == "" {
		t.Fatal("chromium not found: run scripts/setup-chromium.sh")
	}
	tree := os.Getenv("KEYLINT_E2E_TREE")
	if tree == "" {
		tree = "../testdata"
	}
	res, err := scan.Run(context.Background(), scan.Config{Paths: []string{tree}})
	if err != nil {
		t.Fatal(err)
	}
	opts := report.Options{Rules: analyzers.All(), Version: "e2e"}
	dir := t.TempDir()
	page := filepath.Join(dir, "report.html")
	var htmlBuf, jsonBuf bytes.Buffer
	if err := report.Write(&htmlBuf, "html", res, opts); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(page, htmlBuf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := report.Write(&jsonBuf, "json", res, opts); err != nil {
		t.Fatal(err)
	}
	var js struct {
		Findings []struct{ Rule, Severity string }
		Clients  []scan.ClientSite
	}
	if err := json.Unmarshal(jsonBuf.Bytes(), &js); err != nil {
		t.Fatal(err)
	}
	if len(js.Findings) < 10 || len(js.Clients) == 0 {
		t.Fatalf("tree %s gave %d findings and %d clients: not a tree worth a report", tree, len(js.Findings), len(js.Clients))
	}
	bySeverity, byRule := map[string]int{}, map[string]int{}
	keyless := 0
	for _, f := range js.Findings {
		bySeverity[f.Severity]++
		byRule[f.Rule]++
	}
	for _, c := range js.Clients {
		if c.Keyless {
			keyless++
		}
	}

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	ctx, cancel = chromedp.NewExecAllocator(ctx,
		chromedp.ExecPath(browser), chromedp.Headless, chromedp.NoSandbox,
		chromedp.Flag("disable-gpu", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.Flag("no-first-run", true), chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1400, 1800))
	defer cancel()
	ctx, cancel = chromedp.NewContext(ctx)
	defer cancel()

	var mu sync.Mutex
	var problems []string
	note := func(format string, a ...any) {
		mu.Lock()
		problems = append(problems, fmt.Sprintf(format, a...))
		mu.Unlock()
	}
	err = chromedp.Listen(ctx, func(ev any) {
		switch ev := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeAssert || ev.Type == runtime.ConsoleAPICalledTypeWarning {
				note("console.%s called", ev.Type)
			}
		case *runtime.EventExceptionThrown:
			note("uncaught exception: %s", ev.ExceptionDetails.Text)
			if ev.ExceptionDetails.Exception != nil {
				note("  %s", ev.ExceptionDetails.Exception.Description)
			}
		case *log.EventEntryAdded:
			if ev.Entry.Level == log.EntryLevelError || ev.Entry.Level == log.EntryLevelWarning {
				note("browser log %s (%s): %s", ev.Entry.Level, ev.Entry.Source, ev.Entry.Text)
			}
		case *network.EventRequestWillBeSent:
			if u := ev.Request.URL; !strings.HasPrefix(u, "file://") && !strings.HasPrefix(u, "data:") {
				note("request to %s", u)
			}
		}
	})
	if err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1400, 1800), chromedp.Navigate("file://"+page),
		chromedp.WaitVisible(chromedp.CSS("#total-findings"))); err != nil {
		t.Fatalf("load the report: %v", err)
	}

	// What the page shows, read from the DOM the reader sees.
	type shown struct {
		Total, Error, Warning, Info, Clients string
		BySeverity, ByRule                   map[string]int
		Shown, Rows                          int
		RowRules, RowSeverities              []string
		MigClients, MigKeyless               int
	}
	read := func() shown {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Evaluate[shown](`(function () {
  function value(id) { return document.querySelector(id + " .value").textContent; }
  function counts(id, prefix) {
    var m = {};
    document.querySelectorAll(id + " tr[data-key]").forEach(function (tr) {
      m[tr.getAttribute("data-key").slice(prefix.length)] = parseInt(tr.querySelector("[data-count]").getAttribute("data-count"), 10);
    });
    return m;
  }
  var mc = 0, mk = 0;
  document.querySelectorAll("#migration tr[data-group]").forEach(function (tr) {
    mc += parseInt(tr.getAttribute("data-clients"), 10); mk += parseInt(tr.getAttribute("data-keyless"), 10);
  });
  var rows = Array.prototype.slice.call(document.querySelectorAll("#findings tr.finding"));
  return {
    Total: value("#total-findings"), Error: value("#total-error"), Warning: value("#total-warning"),
    Info: value("#total-info"), Clients: value("#total-clients"),
    BySeverity: counts("#by-severity", "severity:"), ByRule: counts("#by-rule", "rule:"),
    Shown: parseInt(document.getElementById("shown").getAttribute("data-shown"), 10), Rows: rows.length,
    RowRules: rows.map(function (r) { return r.getAttribute("data-rule"); }),
    RowSeverities: rows.map(function (r) { return r.getAttribute("data-severity"); }),
    MigClients: mc, MigKeyless: mk
  };
})()`))
		if err != nil {
			t.Fatalf("read the page: %v", err)
		}
		return v
	}

	// Unfiltered, every number equals the JSON report's.
	if err := chromedp.Do(ctx, clickIfPresent("#mig-all")); err != nil {
		t.Fatal(err)
	}
	got := read()
	want := fmt.Sprint(len(js.Findings))
	if got.Total != want || got.Error != fmt.Sprint(bySeverity["error"]) || got.Warning != fmt.Sprint(bySeverity["warning"]) || got.Info != fmt.Sprint(bySeverity["info"]) {
		t.Errorf("totals: page %s findings (%s errors, %s warnings, %s info); JSON %s (%v)", got.Total, got.Error, got.Warning, got.Info, want, bySeverity)
	}
	if !equalCounts(got.BySeverity, bySeverity) || !equalCounts(got.ByRule, byRule) {
		t.Errorf("summary: page by severity %v, by rule %v; JSON %v, %v", got.BySeverity, got.ByRule, bySeverity, byRule)
	}
	if wantClients := fmt.Sprintf("%d of %d", keyless, len(js.Clients)); got.Clients != wantClients || got.MigClients != len(js.Clients) || got.MigKeyless != keyless {
		t.Errorf("clients: page card %q, migration rows %d of %d; JSON %s", got.Clients, got.MigKeyless, got.MigClients, wantClients)
	}
	if got.Shown != len(js.Findings) || got.Rows != min(len(js.Findings), 300) {
		t.Errorf("findings list: %d shown, %d rows; want %d", got.Shown, got.Rows, len(js.Findings))
	}
	t.Logf("%s: %s findings, %s clients keyless, shown and counted as in the JSON report", tree, got.Total, got.Clients)

	// Filter: click a rule in the summary, then narrow by severity with the select.
	rule := mostCommon(byRule)
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#by-rule tr[data-key="rule:`+rule+`"]`))); err != nil {
		t.Fatalf("click rule %s: %v", rule, err)
	}
	got = read()
	if got.Shown != byRule[rule] || !all(got.RowRules, rule) {
		t.Errorf("rule filter %s: %d shown, rows %v; want %d", rule, got.Shown, got.RowRules, byRule[rule])
	}
	sev, n := "", 0
	for _, f := range js.Findings {
		if f.Rule == rule && sev == "" {
			sev = f.Severity
		}
		if f.Rule == rule && f.Severity == sev {
			n++
		}
	}
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(function () { var s = document.getElementById("f-severity");
  s.value = "`+sev+`"; s.dispatchEvent(new Event("change")); return true; })()`)); err != nil {
		t.Fatal(err)
	}
	got = read()
	if got.Shown != n || !all(got.RowRules, rule) || !all(got.RowSeverities, sev) {
		t.Errorf("rule %s and severity %s: %d shown; want %d", rule, sev, got.Shown, n)
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#clear")), clickIfPresent("#mig-all")); err != nil {
		t.Fatal(err)
	}
	if got = read(); got.Shown != len(js.Findings) {
		t.Errorf("after Clear filters: %d shown, want %d", got.Shown, len(js.Findings))
	}

	// The docs picture: the top of the page, with no row under the mouse.
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`window.scrollTo(0, 0), true`)); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, 1, 1)); err != nil {
		t.Fatal(err)
	}
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(png, []byte("\x89PNG\r\n\x1a\n")) || len(png) < 10000 {
		t.Errorf("screenshot is not a plausible PNG (%d bytes)", len(png))
	}
	shot := os.Getenv("KEYLINT_E2E_SCREENSHOT")
	if shot == "" {
		shot = filepath.Join(dir, "report.png")
	}
	if err := os.WriteFile(shot, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", shot)

	mu.Lock()
	defer mu.Unlock()
	for _, p := range problems {
		t.Errorf("page: %s", p)
	}
}

// clickIfPresent clicks the element when the page has it (the migration view's "show all"
// appears only with more than 15 directories) and does nothing otherwise.
func clickIfPresent(sel string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		present, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`!!document.querySelector(`+fmt.Sprintf("%q", sel)+`)`))
		if err != nil || !present {
			return err
		}
		return chromedp.Do(ctx, chromedp.Click(chromedp.CSS(sel)))
	})
}

func equalCounts(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// mostCommon is the key with the largest count (ties: the smallest key), for a filter that
// leaves many rows.
func mostCommon(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	best := keys[0]
	for _, k := range keys {
		if m[k] > m[best] {
			best = k
		}
	}
	return best
}

func all(list []string, v string) bool {
	if len(list) == 0 {
		return false
	}
	for _, x := range list {
		if x != v {
			return false
		}
	}
	return true
}
