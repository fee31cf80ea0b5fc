//go:build cgo

package parsers

import (
	"context"
	"strings"
	"testing"

	"github.com/keylint/keylint/syntax"
)

// TestParseCopiesTree checks the flat copy against what the grammar must produce: kinds, fields,
// ranges, parents and the error flag. A layout mismatch with the C runtime shows up here.
func TestParseCopiesTree(t *testing.T) {
	p := NewParser()
	defer p.Close()
	src := "c = AzureOpenAI(api_key=k)\n"
	tree, err := p.Parse(context.Background(), "python", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	root := tree.Root()
	if root.Kind != "module" || root.Start != 0 || root.End != len(src) || tree.HasError {
		t.Fatalf("root = %s [%d,%d) error=%v", root.Kind, root.Start, root.End, tree.HasError)
	}
	var kw string
	tree.Walk(func(n *syntax.Node) {
		if n.Kind == "keyword_argument" {
			kw = n.ChildByField("name").Text() + "=" + n.ChildByField("value").Text()
			if n.Parent().Kind != "argument_list" || !n.Named {
				t.Errorf("keyword_argument parent %s named %v", n.Parent().Kind, n.Named)
			}
		}
	})
	if kw != "api_key=k" {
		t.Errorf("keyword argument = %q", kw)
	}

	broken, err := p.Parse(context.Background(), "python", []byte("def f(:\n"))
	if err != nil || !broken.HasError {
		t.Fatalf("broken source: err %v, HasError %v", err, broken != nil && broken.HasError)
	}
	empty, err := p.Parse(context.Background(), "python", nil)
	if err != nil || empty.Root() == nil {
		t.Fatalf("empty source: %v", err)
	}
}

// benchmarkSources are typical lines of each grammar's language, repeated to ~300 KB.
var benchmarkSources = map[string]string{
	"python":     "def handler(request, context):\n    value = request.get('payload', {})\n    client = AzureOpenAI(api_key=key, azure_endpoint=endpoint)\n    return compute(value) + 1\n",
	"javascript": "export function handler(req, ctx) {\n  const value = req.body?.payload ?? {};\n  const client = new AzureOpenAI({ apiKey, endpoint });\n  return compute(value) + 1;\n}\n",
	"typescript": "export function handler(req: Request, ctx: Ctx): number {\n  const value: Payload = req.body ?? {};\n  const client = new AzureOpenAI({ apiKey, endpoint });\n  return compute(value) + 1;\n}\n",
	"tsx":        "export const View = ({ items }: Props) => <ul>{items.map((i) => <li key={i.id}>{i.name}</li>)}</ul>;\n",
	"csharp":     "public int Handler(Request req) {\n    var value = req.Payload ?? new Payload();\n    var client = new AzureOpenAIClient(new Uri(endpoint), new AzureKeyCredential(key));\n    return Compute(value) + 1;\n}\n",
	"java":       "public int handler(Request req) {\n    var value = req.payload() == null ? new Payload() : req.payload();\n    var client = new OpenAIClientBuilder().credential(new AzureKeyCredential(key)).buildClient();\n    return compute(value) + 1;\n}\n",
	"bash":       "for f in \"$DIR\"/*.json; do\n  curl -sS -H \"api-key: $KEY\" -d @\"$f\" \"$URL\" | jq .result\ndone\n",
}

// BenchmarkParse measures parse plus copy per grammar; docs/BENCHMARKS.md records the rates.
func BenchmarkParse(b *testing.B) {
	p := NewParser()
	defer p.Close()
	for _, grammar := range []string{"python", "javascript", "typescript", "tsx", "csharp", "java", "bash"} {
		chunk := benchmarkSources[grammar]
		src := []byte(strings.Repeat(chunk, 300000/len(chunk)+1))
		b.Run(grammar, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for i := 0; i < b.N; i++ {
				if _, err := p.Parse(context.Background(), grammar, src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestCancelThenClose cancels parses while they run and closes each parser right after: the
// cancellation must not touch the parser's flag once Parse has returned (it did, intermittently,
// through a context.AfterFunc still running when Close freed the flag).
func TestCancelThenClose(t *testing.T) {
	src := []byte(strings.Repeat("x = f(a, b, [c, {d: e}])\n", 20000))
	for i := 0; i < 50; i++ {
		p := NewParser()
		ctx, cancel := context.WithCancel(context.Background())
		go cancel()
		if _, err := p.Parse(ctx, "python", src); err != nil && ctx.Err() == nil {
			t.Fatalf("parse %d: %v", i, err)
		}
		p.Close()
	}
}
