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

func BenchmarkParsePython(b *testing.B) {
	src := []byte(strings.Repeat("def handler(request, context):\n    value = request.get('payload', {})\n    client = AzureOpenAI(api_key=key, azure_endpoint=endpoint)\n    return compute(value) + 1\n", 2000))
	p := NewParser()
	defer p.Close()
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		if _, err := p.Parse(context.Background(), "python", src); err != nil {
			b.Fatal(err)
		}
	}
}
