package keywords

import (
	"bytes"
	"strings"
	"testing"
)

var testWords = []Keyword{{Word: "azure", Anchor: "zure"}, {Word: "api-key", Anchor: "-key"}, {Word: "jqqj99", Anchor: "jqqj"}, {Word: "sk-", Anchor: "k-"}, {Word: "openai/v1", Anchor: "/v1"}}

func TestAny(t *testing.T) {
	s, err := New(testWords)
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("plain code without the words; ", 100)
	tests := []struct {
		src  string
		want bool
	}{
		{"AzureOpenAI", true},
		{"AZURE_OPENAI_API_KEY", true},
		{"aZuRe", true},
		{long + "x-API-Key: y" + long, true},
		{long + "sk-proj", true},
		{"https://x.openai.azure.com/openai/v1/", true},
		{"JQQJ99", true},
		{long, false},
		{"azur", false},
		{"zure", false},      // anchor without the word
		{"api\r-key", false}, // \r folds onto '-' in the vector test; the exact check rejects it
		{"", false},
		{"a", false},
		{"azure"[:4] + "E", true},
	}
	for _, tt := range tests {
		if got := s.Scan([]byte(tt.src)) == Strong; got != tt.want {
			t.Errorf("Any(%.40q) = %v, want %v", tt.src, got, tt.want)
		}
	}
}

// TestAnyEveryOffset puts a keyword at every offset of a buffer and at both ends, so the vector
// loop's block edges and the scalar tail are all covered.
func TestAnyEveryOffset(t *testing.T) {
	s, _ := New(testWords)
	base := bytes.Repeat([]byte("x"), 70)
	for _, w := range []string{"Azure", "api-KEY", "sk-", "jqqj99"} {
		for at := 0; at+len(w) <= len(base); at++ {
			buf := append([]byte(nil), base...)
			copy(buf[at:], w)
			if s.Scan(buf) != Strong {
				t.Fatalf("%q at offset %d not found", w, at)
			}
			if s.Scan(buf[:at+len(w)-1]) == Strong && at+len(w)-1 >= 0 && !strings.Contains(strings.ToLower(string(buf[:at+len(w)-1])), "sk-") {
				t.Fatalf("%q cut short at offset %d still found", w, at)
			}
		}
	}
}

func TestWeakKeywords(t *testing.T) {
	words := append([]Keyword{{Word: "key", Anchor: "ke", Weak: true}}, testWords...)
	s, err := New(words)
	if err != nil {
		t.Fatal(err)
	}
	for src, want := range map[string]Result{
		"cache_key = 1":          Weak,
		"KEY then later azure":   Strong,
		"azure then a later key": Strong,
		"nothing here":           None,
		strings.Repeat("k", 40):  None,
	} {
		if got := s.Scan([]byte(src)); got != want {
			t.Errorf("Scan(%q) = %v, want %v", src, got, want)
		}
	}
}

func TestBoundaryKeywords(t *testing.T) {
	s, err := New([]Keyword{{Word: "sk-", Anchor: "k-", Boundary: true}})
	if err != nil {
		t.Fatal(err)
	}
	for src, want := range map[string]Result{
		"sk-proj-abc": Strong, `"sk-abc"`: Strong, "x=sk-a": Strong,
		"task-list": None, "disk-2": None, "my_sk-x": None, "9sk-": None,
	} {
		if got := s.Scan([]byte(src)); got != want {
			t.Errorf("Scan(%q) = %v, want %v", src, got, want)
		}
	}
}

func TestNewRejectsBadAnchors(t *testing.T) {
	for _, k := range []Keyword{{Word: "azure", Anchor: "z"}, {Word: "azure", Anchor: "xyz"}, {Word: "a"}} {
		if _, err := New([]Keyword{k}); err == nil {
			t.Errorf("New(%+v) accepted", k)
		}
	}
}

func FuzzAny(f *testing.F) {
	s, _ := New(testWords)
	f.Add([]byte("AzureOpenAI api-key sk-x"))
	f.Fuzz(func(t *testing.T, src []byte) {
		low := strings.ToLower(string(src))
		want := false
		for _, k := range testWords {
			want = want || strings.Contains(low, k.Word)
		}
		if got := s.Scan(src) == Strong; got != want {
			t.Fatalf("Any(%q) = %v, want %v", src, got, want)
		}
	})
}

func BenchmarkAnyMiss(b *testing.B) {
	s, _ := New(testWords)
	src := bytes.Repeat([]byte("def handler(request, context):\n    value = request.get('payload', {})\n    return compute(value) + 1\n"), 10000)
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		if s.Scan(src) != None {
			b.Fatal("hit")
		}
	}
}
