package report

import (
	"crypto/sha256"
	"encoding/base64"
	"html/template"
	"io"

	"github.com/keylint/keylint/analyzers/azurectx"
	"github.com/keylint/keylint/scan"
)

// The HTML report is one self-contained page for the people who track a migration to keyless
// authentication, not for the engineer fixing one file: a summary by rule, severity, service and
// directory, how many clients of each directory are keyless already, and every finding with
// its redacted line and proposed rewrite, filtered and sorted in the page.
//
// It works from file:// and fetches nothing: CSS and script are inline, and a
// Content-Security-Policy with their hashes forbids every other source. The data is JSON in a
// <script type="application/json"> block, escaped by html/template, and the script builds the
// page with textContent only, so the attacker-controlled text findings carry (paths, snippets,
// rewrites) is never parsed as HTML. It shows only what the engine already redacted: messages,
// snippets and fix previews, never the fixes' raw edits.

type htmlReport struct {
	Tool     string            `json:"tool"`
	Version  string            `json:"version"`
	Rules    []htmlRule        `json:"rules"`
	Findings []htmlFinding     `json:"findings"`
	Clients  []scan.ClientSite `json:"clients"`
	Errors   []jsonError       `json:"errors"`
	Stats    jsonStats         `json:"stats"`
}

type htmlRule struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Summary  string `json:"summary"`
	Severity string `json:"severity"`
	HelpURI  string `json:"helpUri,omitempty"`
}

type htmlFinding struct {
	Rule        string    `json:"rule"`
	Severity    string    `json:"severity"`
	Message     string    `json:"message"`
	Path        string    `json:"path"`
	Line        int       `json:"line"`
	Column      int       `json:"column"`
	Snippet     string    `json:"snippet"`
	Service     string    `json:"service"`
	Fingerprint string    `json:"fingerprint"`
	Fixes       []htmlFix `json:"fixes,omitempty"`
}

type htmlFix struct {
	Message string `json:"message"`
	Preview string `json:"preview"`
}

// unknownService is the service of a finding or client whose text names none.
const unknownService = "AI services"

func writeHTML(w io.Writer, res *scan.Result, opts Options) error {
	data := htmlReport{Tool: "keylint", Version: opts.Version, Rules: []htmlRule{}, Findings: []htmlFinding{},
		Clients: res.Clients, Errors: []jsonError{}}
	if data.Clients == nil {
		data.Clients = []scan.ClientSite{}
	}
	for _, r := range opts.Rules {
		data.Rules = append(data.Rules, htmlRule{ID: r.ID, Name: r.Name, Summary: r.Summary, Severity: r.Severity.String(), HelpURI: r.HelpURI})
	}
	for _, f := range res.Findings {
		hf := htmlFinding{Rule: f.RuleID, Severity: f.Severity.String(), Message: f.Message, Path: f.Path,
			Line: f.Start.Line, Column: f.Start.Column, Snippet: f.Snippet, Fingerprint: Fingerprint(f)}
		// The message names the client or setting (API key passed to AzureOpenAI); the line
		// may name it when the message does not (a header, a key literal).
		if hf.Service = azurectx.Service(f.Message); hf.Service == "" {
			if hf.Service = azurectx.Service(f.Snippet); hf.Service == "" {
				hf.Service = unknownService
			}
		}
		for _, fix := range f.Fixes {
			hf.Fixes = append(hf.Fixes, htmlFix{Message: fix.Message, Preview: fix.Preview})
		}
		data.Findings = append(data.Findings, hf)
	}
	for _, e := range res.Errors {
		data.Errors = append(data.Errors, jsonError{Path: e.Path, Message: e.Err.Error()})
	}
	s := res.Stats
	data.Stats = jsonStats{Files: s.Files, Bytes: s.Bytes, Candidates: s.Candidates, Parsed: s.Parsed, Seconds: s.Duration.Seconds()}
	return htmlPage.Execute(w, struct {
		CSP    string
		Style  template.CSS
		Script template.JS
		Data   htmlReport
	}{htmlCSP, template.CSS(htmlStyle), template.JS(htmlScript), data})
}

// htmlCSP allows the page's own inline style and script, by hash, and nothing else: no fetch,
// no image, no frame, no form target, whatever a finding's text holds.
var htmlCSP = "default-src 'none'; img-src data:; base-uri 'none'; form-action 'none'; " +
	"style-src '" + cspHash(htmlStyle) + "'; script-src '" + cspHash(htmlScript) + "'"

func cspHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
}

var htmlPage = template.Must(template.New("report").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{{.CSP}}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="keylint {{.Data.Version}}">
<link rel="icon" href="data:,">
<title>keylint report</title>
<style>{{.Style}}</style>
</head>
<body>
<noscript><p class="noscript">This report is drawn by its inline script; allow JavaScript for this file to see it. The data is in the JSON block of the page source.</p></noscript>
<div id="app"></div>
<script type="application/json" id="keylint-data">{{.Data}}</script>
<script>{{.Script}}</script>
</body>
</html>
`))

const htmlStyle = `
:root { --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #ffffff; --panel: #f6f8fa;
  --error: #cf222e; --warning: #9a6700; --info: #0969da; --ok: #1a7f37; --accent: #0969da; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: var(--fg); background: var(--bg); }
#app { max-width: 1400px; margin: 0 auto; padding: 20px 28px 48px; }
h1 { font-size: 22px; margin: 0; }
h2 { font-size: 16px; margin: 28px 0 10px; }
header { display: flex; justify-content: space-between; align-items: baseline; gap: 16px; flex-wrap: wrap; border-bottom: 1px solid var(--line); padding-bottom: 12px; }
.muted { color: var(--muted); }
.cards { display: flex; gap: 12px; flex-wrap: wrap; margin-top: 16px; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 16px; min-width: 150px; background: var(--panel); }
.card .value { font-size: 26px; font-weight: 600; }
.card.error .value { color: var(--error); } .card.warning .value { color: var(--warning); }
.card.info .value { color: var(--info); } .card.keyless .value { color: var(--ok); }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(280px, 1fr)); gap: 16px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-weight: 600; background: var(--panel); white-space: nowrap; }
th.sortable { cursor: pointer; user-select: none; }
th.sortable:hover { color: var(--accent); }
th .arrow { color: var(--muted); font-size: 11px; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.pick { cursor: pointer; } tr.pick:hover td { background: #eef4fb; }
tr.picked td { background: #ddf4ff; }
.panel { border: 1px solid var(--line); border-radius: 8px; overflow: hidden; }
.panel h3 { margin: 0; font-size: 13px; padding: 6px 8px; background: var(--panel); border-bottom: 1px solid var(--line); }
.bar { position: relative; height: 10px; width: 160px; background: #ffebe9; border-radius: 5px; overflow: hidden; display: inline-block; vertical-align: middle; }
.bar > span { position: absolute; left: 0; top: 0; bottom: 0; background: var(--ok); }
.sev { display: inline-block; font-size: 11px; font-weight: 600; padding: 1px 7px; border-radius: 10px; color: #fff; text-transform: uppercase; }
.sev.error { background: var(--error); } .sev.warning { background: var(--warning); } .sev.info { background: var(--info); }
.controls { display: flex; gap: 8px; flex-wrap: wrap; align-items: center; margin-bottom: 10px; }
.controls input, .controls select, .controls button { font: inherit; padding: 4px 8px; border: 1px solid var(--line); border-radius: 6px; background: var(--bg); }
.controls input { min-width: 240px; }
.controls select { max-width: 240px; }
.controls button { cursor: pointer; }
code, pre, .path { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12.5px; }
.path { overflow-wrap: anywhere; }
#findings { table-layout: fixed; }
#findings th:nth-child(1) { width: 92px; } #findings th:nth-child(2) { width: 70px; }
#findings th:nth-child(3) { width: 26%; } #findings th:nth-child(4) { width: 130px; }
pre { margin: 4px 0 0; padding: 6px 8px; background: var(--panel); border-radius: 6px; overflow-x: auto; white-space: pre; }
pre .del { color: var(--error); } pre .add { color: var(--ok); }
details summary { cursor: pointer; color: var(--accent); margin-top: 4px; }
.message { font-weight: 500; }
.more { margin: 10px 0; }
.noscript { padding: 20px; }
.empty { padding: 16px; color: var(--muted); }
`

// htmlScript draws the page from the JSON block. It builds every element with createElement
// and textContent: nothing from the data is ever parsed as HTML.
const htmlScript = `
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("keylint-data").textContent);
  var SEV = { error: 3, warning: 2, info: 1 };
  var rules = {};
  data.rules.forEach(function (r) { rules[r.id] = r; });

  function el(tag, attrs) {
    var e = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === undefined || v === null) { return; }
        if (k === "text") { e.textContent = String(v); }
        else if (k === "class") { e.className = v; }
        else if (k.slice(0, 2) === "on") { e.addEventListener(k.slice(2), v); }
        else { e.setAttribute(k, String(v)); }
      });
    }
    for (var i = 2; i < arguments.length; i++) {
      var c = arguments[i];
      if (c === undefined || c === null) { continue; }
      e.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
    }
    return e;
  }
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  // Directories are counted below the deepest directory every path shares (the scan root).
  var allPaths = data.findings.map(function (f) { return f.path; }).concat(data.clients.map(function (c) { return c.path; }));
  function dirParts(p) { var parts = p.split("/"); parts.pop(); return parts; }
  var common = allPaths.length ? dirParts(allPaths[0]) : [];
  allPaths.forEach(function (p) {
    var d = dirParts(p), i = 0;
    while (i < common.length && i < d.length && common[i] === d[i]) { i++; }
    common = common.slice(0, i);
  });
  var rootLabel = common.length ? common.join("/") + "/" : "";
  var state = { depth: 1, severity: "", rule: "", service: "", dir: "", q: "", sort: "severity", desc: true, limit: 300, migAll: false, expand: {} };
  function groupOf(p) {
    var d = dirParts(p).slice(common.length);
    return d.length ? d.slice(0, state.depth).join("/") : "(root)";
  }

  function countBy(list, key) {
    var m = {};
    list.forEach(function (x) { var k = key(x); m[k] = (m[k] || 0) + 1; });
    return m;
  }

  function readHash() {
    var h = location.hash.replace(/^#/, "");
    h.split("&").forEach(function (kv) {
      var i = kv.indexOf("=");
      if (i < 0) { return; }
      var k = decodeURIComponent(kv.slice(0, i)), v = decodeURIComponent(kv.slice(i + 1));
      if (k === "depth") { state.depth = Math.max(1, Math.min(4, parseInt(v, 10) || 1)); }
      else if (k === "severity" || k === "rule" || k === "service" || k === "dir" || k === "q") { state[k] = v; }
    });
  }
  function writeHash() {
    var parts = [];
    ["severity", "rule", "service", "dir", "q"].forEach(function (k) {
      if (state[k]) { parts.push(encodeURIComponent(k) + "=" + encodeURIComponent(state[k])); }
    });
    if (state.depth !== 1) { parts.push("depth=" + state.depth); }
    var h = parts.join("&");
    if (h === location.hash.replace(/^#/, "")) { return; }
    try { history.replaceState(null, "", h ? "#" + h : location.pathname + location.search); } catch (e) { /* some browsers refuse it on file:// */ }
  }

  function matches(f, except) {
    if (except !== "severity" && state.severity && f.severity !== state.severity) { return false; }
    if (except !== "rule" && state.rule && f.rule !== state.rule) { return false; }
    if (except !== "service" && state.service && f.service !== state.service) { return false; }
    if (except !== "dir" && state.dir && groupOf(f.path) !== state.dir) { return false; }
    if (state.q) {
      var q = state.q.toLowerCase();
      var hay = (f.rule + " " + f.message + " " + f.path + " " + f.snippet + " " + f.service).toLowerCase();
      if (hay.indexOf(q) < 0) { return false; }
    }
    return true;
  }

  var app = document.getElementById("app");
  function render() {
    writeHash();
    app.textContent = "";
    var findings = data.findings;
    var sev = countBy(findings, function (f) { return f.severity; });
    var keyless = data.clients.filter(function (c) { return c.keyless; }).length;
    var files = Object.keys(countBy(findings, function (f) { return f.path; })).length;

    app.appendChild(el("header", null,
      el("div", null, el("h1", { text: "keylint report" }),
        el("div", { class: "muted", text: "API-key authentication to Azure OpenAI and Azure AI services" + (rootLabel ? " under " + rootLabel : "") })),
      el("div", { class: "muted", text: "keylint " + (data.version || "") + " \u00b7 " + plural(data.stats.files, "file") + " scanned" +
        (data.errors.length ? " \u00b7 " + plural(data.errors.length, "file") + " not fully checked" : "") })));

    function card(cls, id, value, label) {
      return el("div", { class: "card " + cls, id: id }, el("div", { class: "value", text: value }), el("div", { class: "muted", text: label }));
    }
    app.appendChild(el("div", { class: "cards" },
      card("", "total-findings", findings.length, "findings in " + plural(files, "file")),
      card("error", "total-error", sev.error || 0, "errors"),
      card("warning", "total-warning", sev.warning || 0, "warnings"),
      card("info", "total-info", sev.info || 0, "info"),
      card("keyless", "total-clients", keyless + " of " + data.clients.length, "clients keyless" +
        (data.clients.length ? " (" + Math.round(100 * keyless / data.clients.length) + "%)" : ""))));

    renderMigration();
    renderSummary();
    renderFindings();
  }

  function renderMigration() {
    var groups = {};
    function g(name) { return groups[name] || (groups[name] = { name: name, clients: 0, keyless: 0, findings: 0 }); }
    data.clients.forEach(function (c) { var x = g(groupOf(c.path)); x.clients++; if (c.keyless) { x.keyless++; } });
    data.findings.forEach(function (f) { g(groupOf(f.path)).findings++; });
    var list = Object.keys(groups).map(function (k) { return groups[k]; });
    list.sort(function (a, b) {
      var ra = a.clients ? a.keyless / a.clients : 2, rb = b.clients ? b.keyless / b.clients : 2;
      return ra - rb || b.clients - a.clients || b.findings - a.findings || (a.name < b.name ? -1 : 1);
    });
    var depth = el("select", { id: "depth", onchange: function (e) { state.depth = parseInt(e.target.value, 10); state.dir = ""; render(); } });
    [1, 2, 3, 4].forEach(function (d) {
      var o = el("option", { value: d, text: d === 1 ? "top-level directory" : d + " levels" });
      if (d === state.depth) { o.selected = true; }
      depth.appendChild(o);
    });
    app.appendChild(el("h2", null, "Keyless migration ", el("span", { class: "muted" }, "by ", depth)));
    var body = el("tbody");
    var cut = state.migAll ? list.length : Math.min(list.length, 15);
    list.slice(0, cut).forEach(function (x) {
      var pct = x.clients ? Math.round(100 * x.keyless / x.clients) : null;
      var bar = el("span", { class: "bar" }, el("span"));
      bar.firstChild.style.width = (pct === null ? 0 : pct) + "%";
      var tr = el("tr", { class: "pick" + (state.dir === x.name ? " picked" : ""), "data-group": x.name, "data-keyless": x.keyless, "data-clients": x.clients,
        onclick: function () { state.dir = state.dir === x.name ? "" : x.name; render(); } },
        el("td", { class: "path", text: x.name }),
        el("td", { class: "num", text: x.clients ? x.keyless + " of " + x.clients + " clients keyless" : "no clients seen" }),
        el("td", null, x.clients ? bar : null, x.clients ? el("span", { class: "muted", text: " " + pct + "%" }) : null),
        el("td", { class: "num", text: plural(x.findings, "finding") }));
      body.appendChild(tr);
    });
    var t = el("table", { id: "migration" }, el("thead", null, el("tr", null,
      el("th", { text: "Directory" }), el("th", { class: "num", text: "Clients" }), el("th", { text: "Keyless" }), el("th", { class: "num", text: "Findings" }))), body);
    app.appendChild(list.length ? el("div", { class: "panel" }, t) : el("div", { class: "empty", text: "No Azure clients or findings." }));
    if (list.length > cut || state.migAll && list.length > 15) {
      app.appendChild(el("div", { class: "more" }, el("button", { id: "mig-all", type: "button",
        text: state.migAll ? "Show the 15 least keyless" : "Show all " + list.length + " directories",
        onclick: function () { state.migAll = !state.migAll; render(); } })));
    }
  }

  function renderSummary() {
    app.appendChild(el("h2", { text: "Summary" }));
    var grid = el("div", { class: "grid" });
    function panel(title, field, key, label, order) {
      var counts = countBy(data.findings.filter(function (f) { return matches(f, field); }), key);
      var keys = Object.keys(counts);
      keys.sort(order || function (a, b) { return counts[b] - counts[a] || (a < b ? -1 : 1); });
      var body = el("tbody");
      // Every rule is shown (there are under 20); long lists (directories, services) are cut.
      var max = field === "rule" ? keys.length : 12;
      var cut = state.expand[field] ? keys.length : Math.min(keys.length, max);
      keys.slice(0, cut).forEach(function (k) {
        body.appendChild(el("tr", { class: "pick" + (state[field] === k ? " picked" : ""), "data-key": field + ":" + k,
          onclick: function () { state[field] = state[field] === k ? "" : k; render(); } },
          el("td", null, label ? label(k) : k), el("td", { class: "num", "data-count": counts[k], text: counts[k] })));
      });
      if (!keys.length) { body.appendChild(el("tr", null, el("td", { class: "muted", text: "none" }), el("td"))); }
      if (keys.length > max) {
        body.appendChild(el("tr", { class: "pick", onclick: function () { state.expand[field] = !state.expand[field]; render(); } },
          el("td", { class: "muted", colspan: 2, text: state.expand[field] ? "show the first " + max : "and " + (keys.length - cut) + " more\u2026" })));
      }
      grid.appendChild(el("div", { class: "panel", id: "by-" + field }, el("h3", { text: title }), el("table", null, body)));
    }
    panel("By rule", "rule", function (f) { return f.rule; }, function (k) {
      var r = rules[k];
      return el("span", null, el("code", { text: k }), r ? " " + r.name : "");
    }, function (a, b) { return a < b ? -1 : 1; });
    panel("By severity", "severity", function (f) { return f.severity; }, function (k) {
      return el("span", { class: "sev " + k, text: k });
    }, function (a, b) { return (SEV[b] || 0) - (SEV[a] || 0); });
    panel("By service", "service", function (f) { return f.service; });
    panel("By directory", "dir", function (f) { return groupOf(f.path); }, function (k) { return el("span", { class: "path", text: k }); });
    app.appendChild(grid);
  }

  function options(id, field, all, values, label) {
    var s = el("select", { id: id, "aria-label": label, onchange: function (e) { state[field] = e.target.value; render(); } });
    s.appendChild(el("option", { value: "", text: all }));
    values.forEach(function (v) {
      var o = el("option", { value: v, text: v });
      if (state[field] === v) { o.selected = true; }
      s.appendChild(o);
    });
    return s;
  }
  function uniq(key) {
    var m = countBy(data.findings, key);
    return Object.keys(m).sort();
  }

  function renderFindings() {
    var shown = data.findings.filter(function (f) { return matches(f); });
    var dir = state.desc ? -1 : 1;
    var cmp = {
      severity: function (a, b) { return (SEV[a.severity] || 0) - (SEV[b.severity] || 0); },
      rule: function (a, b) { return a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0; },
      location: function (a, b) { return a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line; },
      service: function (a, b) { return a.service < b.service ? -1 : a.service > b.service ? 1 : 0; }
    };
    shown.sort(function (a, b) {
      return dir * cmp[state.sort](a, b) || cmp.location(a, b) || cmp.rule(a, b);
    });
    app.appendChild(el("h2", { text: "Findings" }));
    var q = el("input", { id: "q", type: "search", placeholder: "Filter: text in message, path, code", value: state.q, "aria-label": "Filter text" });
    q.addEventListener("input", function () {
      state.q = q.value;
      clearTimeout(q.timer);
      q.timer = setTimeout(function () { render(); var n = document.getElementById("q"); n.focus(); n.setSelectionRange(n.value.length, n.value.length); }, 150);
    });
    var sevs = uniq(function (f) { return f.severity; }).sort(function (a, b) { return (SEV[b] || 0) - (SEV[a] || 0); });
    app.appendChild(el("div", { class: "controls" }, q,
      options("f-severity", "severity", "all severities", sevs, "Severity"),
      options("f-rule", "rule", "all rules", uniq(function (f) { return f.rule; }), "Rule"),
      options("f-service", "service", "all services", uniq(function (f) { return f.service; }), "Service"),
      options("f-dir", "dir", "all directories", uniq(function (f) { return groupOf(f.path); }), "Directory"),
      el("button", { id: "clear", type: "button", text: "Clear filters", onclick: function () {
        state.severity = state.rule = state.service = state.dir = state.q = ""; render(); } }),
      el("span", { id: "shown", class: "muted", "data-shown": shown.length, "data-total": data.findings.length,
        text: "showing " + shown.length + " of " + plural(data.findings.length, "finding") })));

    function th(label, key) {
      var arrow = state.sort === key ? (state.desc ? " \u25bc" : " \u25b2") : "";
      return el("th", { class: "sortable", "data-sort": key, onclick: function () {
        if (state.sort === key) { state.desc = !state.desc; } else { state.sort = key; state.desc = key === "severity"; }
        render(); } }, label, el("span", { class: "arrow", text: arrow }));
    }
    var body = el("tbody");
    shown.slice(0, state.limit).forEach(function (f) {
      var r = rules[f.rule];
      var detail = el("td", null, el("div", { class: "message", text: f.message }));
      if (f.snippet) { detail.appendChild(el("pre", { class: "snippet", text: f.snippet })); }
      (f.fixes || []).forEach(function (fix) {
        var pre = el("pre", { class: "preview" });
        (fix.preview || "").split("\n").forEach(function (line, i) {
          if (i > 0) { pre.appendChild(document.createTextNode("\n")); }
          var c = line.charAt(0) === "-" ? "del" : line.charAt(0) === "+" ? "add" : null;
          pre.appendChild(el("span", { class: c, text: line }));
        });
        detail.appendChild(el("details", null, el("summary", { text: "Proposed rewrite: " + fix.message }), pre));
      });
      if (!(f.fixes || []).length && r) {
        detail.appendChild(el("div", { class: "muted", text: r.summary }));
      }
      body.appendChild(el("tr", { class: "finding", "data-rule": f.rule, "data-severity": f.severity },
        el("td", null, el("span", { class: "sev " + f.severity, text: f.severity })),
        el("td", null, r && r.helpUri ? el("a", { href: r.helpUri, target: "_blank", rel: "noopener noreferrer", text: f.rule }) : el("code", { text: f.rule })),
        el("td", { class: "path", text: f.path + ":" + f.line + ":" + f.column }),
        el("td", { text: f.service }),
        detail));
    });
    var table = el("table", { id: "findings" }, el("thead", null, el("tr", null,
      th("Severity", "severity"), th("Rule", "rule"), th("Location", "location"), th("Service", "service"), el("th", { text: "Finding" }))), body);
    app.appendChild(shown.length ? el("div", { class: "panel" }, table) : el("div", { class: "empty", text: "No findings match." }));
    if (shown.length > state.limit) {
      app.appendChild(el("div", { class: "more" }, el("button", { id: "more", type: "button", text: "Show " + Math.min(300, shown.length - state.limit) + " more",
        onclick: function () { state.limit += 300; render(); } })));
    }
    if (data.errors.length) {
      app.appendChild(el("h2", { text: "Files not fully checked" }));
      var eb = el("tbody");
      data.errors.forEach(function (e) { eb.appendChild(el("tr", null, el("td", { class: "path", text: e.path }), el("td", { text: e.message }))); });
      app.appendChild(el("div", { class: "panel" }, el("table", { id: "errors" }, eb)));
    }
  }

  readHash();
  render();
})();
`
