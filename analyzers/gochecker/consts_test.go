package gochecker

import (
	"cmp"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/check"
)

// writeTree writes files (path -> content) under a fresh directory and returns it.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for p, content := range files {
		full := filepath.Join(root, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// lines runs the checker on one file of the tree and returns "line rule" per finding.
func lines(t *testing.T, root, rel string) []string {
	t.Helper()
	path := filepath.Join(root, filepath.FromSlash(rel))
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	p := &check.Pass{Path: path, Lang: keylint.Go, Src: src, Opts: check.DefaultOptions()}
	Checker{}.Check(p)
	var out []string
	for _, f := range p.Findings() {
		out = append(out, strconv.Itoa(1+strings.Count(string(src[:f.Span.Start]), "\n"))+" "+f.RuleID)
	}
	sort.Strings(out)
	return out
}

const proxySrc = `package client

import (
	"net/http"

	"example.com/gw/names"
)

func Forward(req *http.Request, key string) {
	req.Header.Set(names.APIKey, key)
	req.Header.Set(localKey, key)
}
`

// TestHeaderConstantsOnDisk checks the names the scan resolves from other files: the file's
// own package, another package of its module (by go.mod, or by the import path's tail when the
// tree has no go.mod), and not another module's package or a name declared twice differently.
func TestHeaderConstantsOnDisk(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  []string
	}{
		{"same package and module package", map[string]string{
			"go.mod":           "module example.com/gw\n\ngo 1.22\n",
			"names/names.go":   "package names\n\nconst APIKey = \"api-key\"\n",
			"client/local.go":  "package client\n\nconst localKey = \"Ocp-Apim-Subscription-Key\"\n",
			"client/client.go": proxySrc,
		}, []string{"10 KL104", "11 KL104"}},
		{"no go.mod: the import path's tail", map[string]string{
			"names/names.go":   "package names\n\nconst APIKey = \"api-key\"\n",
			"client/client.go": proxySrc,
		}, []string{"10 KL104"}},
		{"another module's package", map[string]string{
			"go.mod":           "module example.com/other\n",
			"names/names.go":   "package names\n\nconst APIKey = \"api-key\"\n",
			"client/client.go": proxySrc,
		}, nil},
		{"not a key header, or declared twice with different values", map[string]string{
			"go.mod":             "module example.com/gw\n",
			"names/names.go":     "package names\n\nconst APIKey = \"X-Trace\"\n",
			"client/local.go":    "//go:build prod\n\npackage client\n\nconst localKey = \"api-key\"\n",
			"client/local_de.go": "//go:build !prod\n\npackage client\n\nconst localKey = \"X-Dev\"\n",
			"client/client.go":   proxySrc,
		}, nil},
		{"a test file's constants are not the package's", map[string]string{
			"go.mod":               "module example.com/gw\n",
			"client/names_test.go": "package client\n\nconst localKey = \"api-key\"\n",
			"client/client.go":     proxySrc,
		}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := writeTree(t, tc.files)
			got := lines(t, root, "client/client.go")
			if strings.Join(got, ",") != strings.Join(tc.want, ",") {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

// TestConstResolverNotOnDisk checks that a source not read from its path (a fuzzer's, a test's)
// resolves nothing from the directory it names.
func TestConstResolverNotOnDisk(t *testing.T) {
	root := writeTree(t, map[string]string{"client/local.go": "package client\n\nconst localKey = \"api-key\"\n"})
	p := &check.Pass{Path: filepath.Join(root, "client", "missing.go"), Lang: keylint.Go, Src: []byte(proxySrc), Opts: check.DefaultOptions()}
	Checker{}.Check(p)
	if n := len(p.Findings()); n != 0 {
		t.Errorf("got %d findings for a file not on disk, want 0", n)
	}
}

const speakerSrc = `package main

import (
	"os"

	"example.com/bot/tts"
)

func main() {
	c := tts.NewAzureTTS(os.Getenv("AZURE_TTS_KEY"), "westeurope")
	_ = c
	_ = os.Getenv("AZURE_OPENAI_ENDPOINT")
}
`

// rootSpeakerSrc imports the root package of its repository, github.com/someone/tts.
var rootSpeakerSrc = strings.Replace(speakerSrc, "example.com/bot/tts", "github.com/someone/tts", 1)

// TestOwnPackageCalls checks that a key handed to a function of the program's own module (by
// go.mod, or found under a directory above in a tree without one) is no finding at the call
// (the read, named for Azure, still is), and that another module's function given it is one.
func TestOwnPackageCalls(t *testing.T) {
	const ttsSrc = "package tts\n\ntype Client struct{ key string }\n\nfunc NewAzureTTS(key, region string) *Client { return &Client{key: key} }\n"
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  []string
		file  string // the file checked, cmd/main.go if ""
	}{
		{"own module by go.mod", map[string]string{"go.mod": "module example.com/bot\n", "tts/tts.go": ttsSrc, "cmd/main.go": speakerSrc}, []string{"10 KL105"}, ""},
		{"own module without go.mod", map[string]string{"tts/tts.go": ttsSrc, "cmd/main.go": speakerSrc}, []string{"10 KL105"}, ""},
		{"another module's package", map[string]string{"go.mod": "module example.com/other\n", "cmd/main.go": speakerSrc}, []string{"10 KL102"}, ""},
		// The module's root package, in a zip download's directory and a copy named owner+name.
		{"own root package in name-main", map[string]string{"tts-main/tts.go": ttsSrc, "tts-main/example/main.go": rootSpeakerSrc}, []string{"10 KL105"}, "tts-main/example/main.go"},
		{"own root package in owner+name", map[string]string{"someone+tts/tts.go": ttsSrc, "someone+tts/example/main.go": rootSpeakerSrc}, []string{"10 KL105"}, "someone+tts/example/main.go"},
		{"a root package of another repository", map[string]string{"bot/tts.go": ttsSrc, "bot/example/main.go": rootSpeakerSrc}, []string{"10 KL102"}, "bot/example/main.go"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := writeTree(t, tc.files)
			got := lines(t, root, cmp.Or(tc.file, "cmd/main.go"))
			if strings.Join(got, ",") != strings.Join(tc.want, ",") {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}
