package apimpolicy

import (
	"errors"
	"strings"
	"testing"
)

func TestParseExpressions(t *testing.T) {
	src := `<policies>
    <inbound>
        <set-variable name="key" value="@(context.Request.Headers.GetValueOrDefault("api-key",""))" />
        <set-variable name="n" value="@{ var b = context.Request.Body?.As&lt;JObject&gt;(true); return b[&quot;model&quot;].ToString(); }" />
        <set-header name="X-Model" exists-action="override">
            <value>@(context.Variables.GetValueOrDefault<string>("n"))</value>
        </set-header>
        <set-url>@($"https://graph/{(string)context.Variables["oid"]}?x={{y}}")</set-url>
        <set-body>@{
            var d = new Dictionary<string, int>() { { "a", 1 } }; // a ) in a comment
            /* and } here */
            return d.Count > 0 ? "(" : ')'.ToString();
        }</set-body>
        <set-header name="api-key"><value>{{openai-key}}</value></set-header>
    </inbound>
</policies>`
	doc, err := Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]*Element{}
	for i := range doc.Elements {
		e := &doc.Elements[i]
		if byName[e.Name] == nil {
			byName[e.Name] = e
		}
	}
	v, _ := byName["set-variable"].Attr("value")
	if !v.Expr || v.Value != `@(context.Request.Headers.GetValueOrDefault("api-key",""))` || src[v.Span.Start:v.Span.End] != v.Value {
		t.Errorf("expression attribute: %+v", v)
	}
	val := byName["value"]
	if !val.TextExpr || !strings.Contains(val.Text, "<string>") || src[val.TextSpan.Start:val.TextSpan.End] != val.Text {
		t.Errorf("expression text: %+v", val)
	}
	if body := byName["set-body"]; !body.TextExpr || !strings.HasSuffix(body.Text, "}") {
		t.Errorf("multi-statement body: %q", body.Text)
	}
	last := doc.Elements[len(doc.Elements)-1]
	if last.Name != "value" || last.Text != "{{openai-key}}" || last.TextExpr {
		t.Errorf("named value: %+v", last)
	}
	if got := NamedValues(last.Text); len(got) != 1 || got[0] != "openai-key" {
		t.Errorf("NamedValues = %v", got)
	}
	h := doc.Elements[last.Parent]
	if h.Name != "set-header" || src[h.Span.Start:h.Span.End] != `<set-header name="api-key"><value>{{openai-key}}</value></set-header>` {
		t.Errorf("element span: %q", src[h.Span.Start:h.Span.End])
	}
	if doc.Elements[1].Depth != 1 || doc.Elements[0].Parent != -1 {
		t.Errorf("tree shape wrong: %+v", doc.Elements[:2])
	}
}

func TestParseErrors(t *testing.T) {
	for _, src := range []string{
		"",
		"<policies><inbound></outbound></policies>",
		"<policies>\n<inbound>\n<a x=\"@(unclosed\" />",
		"<policies></policies><policies></policies>",
	} {
		_, err := Parse([]byte(src))
		var se *SyntaxError
		if !errors.As(err, &se) || se.Offset < 0 || se.Offset > len(src) {
			t.Errorf("Parse(%q) = %v, want a SyntaxError inside the text", src, err)
		}
	}
}

func TestDeepNesting(t *testing.T) {
	const n = 100000
	src := "<policies>" + strings.Repeat("<a>", n) + strings.Repeat("</a>", n) + "</policies>"
	doc, err := Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Elements) != n+1 || doc.Elements[n].Depth != n {
		t.Fatalf("got %d elements", len(doc.Elements))
	}
	deep := "@(" + strings.Repeat("(", 5000) + strings.Repeat(")", 5000) + ")"
	doc, err = Parse([]byte(`<policies><a v="` + deep + `"/></policies>`))
	if err != nil {
		t.Fatal(err)
	}
	if a, _ := doc.Elements[1].Attr("v"); a.Expr {
		t.Error("an expression nested past the frame bound was read as one")
	}
}

func TestRoot(t *testing.T) {
	for src, want := range map[string]string{
		"<policies>": "policies",
		"\ufeff<?xml version=\"1.0\"?>\n<policies>":    "policies",
		"<!--\n - a <policies> note\n-->\n<policies >": "policies",
		"<fragment>\n<set-header/>":                    "fragment",
		"<project xmlns=\"http://maven\">":             "",
		"<policiesX>":                                  "",
		"<!-- unterminated":                            "",
		"<Project Sdk=\"Microsoft.NET.Sdk\">":          "",
		"<LinearLayout android:id=\"x\">":              "",
	} {
		if got := Root([]byte(src)); got != want {
			t.Errorf("Root(%q) = %q, want %q", src, got, want)
		}
	}
}

func TestStringLiterals(t *testing.T) {
	got := StringLiterals(`@("Bearer " + (string)context.Variables["tok"] + @"x""y")`)
	want := []string{"Bearer ", "tok", `x""y`}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("StringLiterals = %q, want %q", got, want)
	}
}
