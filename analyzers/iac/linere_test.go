package iac

import (
	"bytes"
	"fmt"
	"reflect"
	"regexp"
	"testing"
)

// The line expressions and the (?m) expressions they stand for.
var lineREs = []struct {
	l    *lineRE
	full *regexp.Regexp
}{
	{resourceRE, regexp.MustCompile(`(?m)^[ \t]*resource[ \t]+([A-Za-z_]\w*)[ \t]+'([^'@]+)@[^']*'[ \t]*(existing)?[ \t]*=`)},
	{anyResourceRE, regexp.MustCompile(`(?m)^[ \t]*resource[ \t]+([A-Za-z_]\w*)[ \t]+'([^']+)'[^=\r\n]*=`)},
	{moduleRE, regexp.MustCompile(`(?m)^[ \t]*module[ \t]+([A-Za-z_]\w*)[ \t]+'[^']*'[ \t]*=`)},
	{paramDeclRE, regexp.MustCompile(`(?m)^[ \t]*param[ \t]+([A-Za-z_]\w*)(?:[ \t]+[A-Za-z_][\w.]*)?[ \t]*=[ \t]*([^\r\n]+)`)},
	{varDeclRE, regexp.MustCompile(`(?m)^[ \t]*var[ \t]+([A-Za-z_]\w*)(?:[ \t]+[A-Za-z_][\w.]*)?[ \t]*=[ \t]*([^\r\n]+)`)},
}

const lineSeed = "param location string = resourceGroup().location\nvar name = 'x'\n" +
	"resource acct 'Microsoft.CognitiveServices/accounts@2023-05-01' = {\n  name: name\n}\n" +
	"resource old 'Microsoft.CognitiveServices/accounts@2023-05-01' existing = {\n  name: 'o'\n}\n" +
	"\tresource be 'backends' = {\n}\nmodule m './m.bicep' = {\n  params: {}\n}\n" +
	"x resource no 'a@b' = {}\nresourceGroup().id\r\nresource a 'b@c' = resource c 'd@e' = {}\n"

func TestLineREs(t *testing.T) {
	for _, in := range []string{"", lineSeed, "resource", "\n\n  resource  r  'a@b'  =", "resource r 'a@b' = {}\nresource r 'a@b'\n="} {
		for _, r := range lineREs {
			if got, want := r.l.findAll([]byte(in)), r.full.FindAllSubmatchIndex([]byte(in), -1); !reflect.DeepEqual(got, want) {
				t.Errorf("%s in %q: %v, the expression finds %v", r.l.word, in, got, want)
			}
		}
	}
	if n := len(resourceRE.findAll([]byte(lineSeed))); n != 3 {
		t.Errorf("resourceRE finds %d resources with versions in the seed, want 3", n)
	}
}

func FuzzLineREs(f *testing.F) {
	f.Add([]byte(lineSeed))
	f.Fuzz(func(t *testing.T, in []byte) {
		for _, r := range lineREs {
			if got, want := r.l.findAll(in), r.full.FindAllSubmatchIndex(in, -1); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s in %q: %v, the expression finds %v", r.l.word, in, got, want)
			}
		}
	})
}

func TestContainsFold(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{{"x.listKeys()", true}, {"LISTKEYS(", true}, {"listkey", false}, {"", false}, {"lis tkeys", false}} {
		if got := containsFold([]byte(tc.in), "listkeys"); got != tc.want {
			t.Errorf("containsFold(%q) = %v", tc.in, got)
		}
	}
}

// BenchmarkLineREsLongLine: one long line full of the words (a minified or generated file) costs
// time linear in its length, at n and 4n (compare the ns/byte).
func BenchmarkLineREsLongLine(b *testing.B) {
	for _, size := range []int{256 << 10, 1 << 20} {
		line := bytes.Repeat([]byte("x var resource module param "), size/28)
		b.Run(fmt.Sprintf("%dKiB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(line)))
			for i := 0; i < b.N; i++ {
				for _, r := range lineREs {
					r.l.findAll(line)
				}
			}
		})
	}
}
