package analyzers_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers"
	"github.com/keylint/keylint/check"
	"github.com/keylint/keylint/fixes"
	"github.com/keylint/keylint/parsers"
	"github.com/keylint/keylint/scan"
)

// FuzzLanguages runs every grammar language's checkers on arbitrary input: no panic, and every
// finding's span inside the file. The first byte picks the language.
func FuzzLanguages(f *testing.F) {
	var langs []*parsers.Language
	for i := range parsers.Languages {
		if l := &parsers.Languages[i]; l.Grammar != "" || len(analyzers.For(l.Lang)) > 1 {
			langs = append(langs, l) // parsed, or checked from its bytes (PowerShell)
		}
	}
	seeds := []string{
		"new AzureOpenAI({ apiKey: process.env.AZURE_OPENAI_API_KEY, ...o });",
		"const h = new Headers([['api-key', k]]); axios.defaults.headers.common['api-key'] = k;",
		"from openai import AzureOpenAI as A\nc = A(api_key=os.getenv('AZURE_OPENAI_API_KEY'))\n",
		"var c = new AzureOpenAIClient(new Uri(e), new AzureKeyCredential(k));",
		"curl -H \"api-key: $AZURE_OPENAI_API_KEY\" https://x.openai.azure.com",
		"Write-Host \"${env:AZURE_OPENAI_ENDPOINT} ${Env:a}:${Env:b}\"",
		"$h = @{ \"api-key\" = $env:AZURE_OPENAI_API_KEY } <# x #> @\"\n$y\n\"@ # c",
		"<policies><inbound><set-header name=\"api-key\"><value>@((string)context.Variables[\"k\"])</value></set-header></inbound></policies>",
		"var p = '<policies><inbound><set-header name=\\'api-key\\'><value>${k}</value></set-header></inbound></policies>'",
	}
	addSeeds(f, seeds, len(langs))
	p := parsers.NewParser()
	defer p.Close()
	f.Fuzz(func(t *testing.T, pick uint8, src string) {
		lang := langs[int(pick)%len(langs)]
		pass := &check.Pass{Path: "fuzz", Lang: lang.Lang, Src: []byte(src), Opts: check.DefaultOptions()}
		if lang.Grammar != "" {
			tree, err := p.Parse(context.Background(), lang.Grammar, []byte(src))
			if err != nil {
				return
			}
			pass.Tree = tree
		}
		for _, c := range analyzers.For(lang.Lang) {
			c.Check(pass)
		}
		for _, fd := range pass.Findings() {
			if fd.Span.Start < 0 || fd.Span.End > len(src) || fd.Span.Start > fd.Span.End {
				t.Fatalf("%s: %s span %v outside a %d-byte file", lang.Lang, fd.RuleID, fd.Span, len(src))
			}
		}
	})
}

// FuzzFixes checks the rewrites on arbitrary input in the code languages: in a file that
// parses cleanly, every fix's edits are in range and disjoint, and the fixed file still parses
// cleanly. The first byte picks the language.
func FuzzFixes(f *testing.F) {
	langs := []*parsers.Language{
		parsers.Get(keylint.Python), parsers.Get(keylint.JavaScript), parsers.Get(keylint.TypeScript),
		parsers.Get(keylint.CSharp), parsers.Get(keylint.Java),
	}
	seeds := []string{
		"from openai import AzureOpenAI\nkey = os.getenv('AZURE_OPENAI_API_KEY')\nc = AzureOpenAI(api_key=key)\n",
		"\"\"\"doc\"\"\"\nfrom __future__ import annotations\nc = AsyncAzureOpenAI(\n    azure_endpoint=e,\n)\n",
		"client_args = {}\nclient_args['api_key'] = os.environ['AZURE_OPENAI_API_KEY']\nc = AzureOpenAI(**client_args)\n",
		"s = SearchClient(e, 'i', AzureKeyCredential(k) if k else DefaultAzureCredential())\n",
		"import { AzureOpenAI } from 'openai'\nconst apiKey = process.env.AZURE_OPENAI_API_KEY\nexport const c = new AzureOpenAI({ apiKey })\n",
		"const { AzureOpenAI } = require(\"openai\");\nconst c = new AzureOpenAI();\n",
		"using Azure;\nvar c = new AzureOpenAIClient(new Uri(e), new AzureKeyCredential(k));\n",
		"package p;\nclass A { Object c() { return new OpenAIClientBuilder().credential(new AzureKeyCredential(k)).buildClient(); } }\n",
	}
	addSeeds(f, seeds, len(langs))
	p := parsers.NewParser()
	defer p.Close()
	f.Fuzz(func(t *testing.T, pick uint8, src string) {
		lang := langs[int(pick)%len(langs)]
		tree, err := p.Parse(context.Background(), lang.Grammar, []byte(src))
		if err != nil || tree.HasError {
			return
		}
		pass := &check.Pass{Path: "fuzz", Lang: lang.Lang, Src: []byte(src), Tree: tree, Opts: check.DefaultOptions()}
		for _, c := range analyzers.For(lang.Lang) {
			c.Check(pass)
		}
		for _, fd := range pass.Findings() {
			for _, fix := range fd.Fixes {
				out, err := fixes.Apply([]byte(src), fix.Edits)
				if err != nil {
					t.Fatalf("%s %s fix %q: %v", lang.Lang, fd.RuleID, fix.Message, err)
				}
				fixed, err := p.Parse(context.Background(), lang.Grammar, out)
				if err != nil || fixed.HasError {
					t.Fatalf("%s %s fix %q leaves a file that does not parse:\n%s\n---\n%s", lang.Lang, fd.RuleID, fix.Message, src, out)
				}
			}
		}
	})
}

// addSeeds adds every seed once per language: the first fuzz argument picks the language.
func addSeeds(f *testing.F, seeds []string, langs int) {
	for i, s := range seeds {
		for j := 0; j < langs; j++ {
			f.Add(uint8(i+j), s)
		}
	}
}

// fuzzEngine is the grammar-aware fuzz target of one file kind: seeded with every testdata
// file of the kind (real shapes of the language, which the fuzzer then mutates), each input is
// checked by the whole engine as a file named name (checkers, suppressions, positions,
// previews, redaction). It must not panic (the engine turns a panic into an "internal error"),
// every finding must lie inside the file with a snippet of valid UTF-8, every fix must apply,
// and no secret a finding names may show in its snippet or preview.
func fuzzEngine(f *testing.F, name string, dirs ...string) {
	for _, dir := range dirs {
		_ = filepath.WalkDir(filepath.Join(testdataDir, dir), func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || strings.HasSuffix(p, ".want") || strings.HasSuffix(p, ".md") {
				return nil
			}
			if src, err := os.ReadFile(p); err == nil && len(src) < 64<<10 {
				f.Add(src)
			}
			return nil
		})
	}
	checker, err := scan.NewFileChecker(scan.Config{})
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(checker.Close)
	f.Fuzz(func(t *testing.T, src []byte) {
		fs, err := checker.Check(context.Background(), name, src)
		if err != nil && strings.Contains(err.Error(), "internal error") {
			t.Fatalf("%s: %v", name, err)
		}
		for _, fd := range fs {
			if fd.Span.Start < 0 || fd.Span.End > len(src) || fd.Span.Start > fd.Span.End {
				t.Fatalf("%s %s span %v outside a %d-byte file", name, fd.RuleID, fd.Span, len(src))
			}
			if !utf8.ValidString(fd.Snippet) {
				t.Fatalf("%s %s snippet is not UTF-8: %q", name, fd.RuleID, fd.Snippet)
			}
			for _, fix := range fd.Fixes {
				if _, err := fixes.Apply(src, fix.Edits); err != nil {
					t.Fatalf("%s %s fix %q: %v", name, fd.RuleID, fix.Message, err)
				}
			}
			for _, sp := range fd.Secrets {
				secret := string(src[sp.Start:sp.End])
				if len(secret) < 12 || strings.ContainsAny(secret, " \t\n") {
					continue
				}
				// What the file says around the secret may repeat its characters (a run of
				// zeros): only a piece found nowhere else in the file counts as shown.
				rest := string(src[:sp.Start]) + "\n" + string(src[sp.End:])
				// The kept prefix after what precedes it (KEY=0000 of KEY=0000KEY=0000) is shown
				// by design; the prefix is four characters, not bytes.
				keptEnd := sp.Start
				for n := 0; n < 4 && keptEnd < sp.End; n++ {
					_, w := utf8.DecodeRune(src[keptEnd:])
					keptEnd += w
				}
				kept := string(src[max(0, sp.Start-8):keptEnd])
				for _, shown := range append([]string{fd.Snippet}, previews(fd)...) {
					for i := 4; i+8 <= len(secret); i++ {
						if piece := secret[i : i+8]; strings.Contains(shown, piece) && !strings.Contains(rest, piece) && !strings.Contains(kept, piece) && !strings.Contains(fixWords, piece) {
							t.Fatalf("%s %s shows %q of its secret %q: %q", name, fd.RuleID, piece, secret, shown)
						}
					}
				}
			}
		}
	})
}

// fixWords is text the rewrites write themselves: a secret that happens to share a piece with
// it (a header value ".CognitiveServices.azure.com") is not shown by the preview that says it.
const fixWords = "https://cognitiveservices.azure.com/.default " +
	"$(az account get-access-token --resource https://cognitiveservices.azure.com --query accessToken -o tsv) " +
	"Authorization: Bearer DefaultAzureCredential get_bearer_token_provider getBearerTokenProvider"

func previews(fd keylint.Finding) []string {
	var out []string
	for _, fix := range fd.Fixes {
		out = append(out, fix.Preview)
	}
	return out
}

func FuzzPython(f *testing.F)     { fuzzEngine(f, "app.py", "python") }
func FuzzNotebook(f *testing.F)   { fuzzEngine(f, "walkthrough.ipynb", "notebook") }
func FuzzJavaScript(f *testing.F) { fuzzEngine(f, "app.js", "javascript") }
func FuzzTypeScript(f *testing.F) { fuzzEngine(f, "app.ts", "typescript") }
func FuzzCSharp(f *testing.F)     { fuzzEngine(f, "Program.cs", "csharp") }
func FuzzJava(f *testing.F)       { fuzzEngine(f, "App.java", "java") }
func FuzzGo(f *testing.F)         { fuzzEngine(f, "main.go", "go") }
func FuzzShell(f *testing.F)      { fuzzEngine(f, "deploy.sh", "shell") }
func FuzzPowerShell(f *testing.F) { fuzzEngine(f, "deploy.ps1", "powershell") }
func FuzzDotenv(f *testing.F)     { fuzzEngine(f, ".env", "dotenv") }
func FuzzSettings(f *testing.F)   { fuzzEngine(f, "local.settings.json", "json") }
func FuzzYAML(f *testing.F)       { fuzzEngine(f, "config.yaml", "yaml") }
func FuzzBicep(f *testing.F)      { fuzzEngine(f, "main.bicep", "bicep") }
func FuzzARM(f *testing.F)        { fuzzEngine(f, "azuredeploy.json", "arm") }
func FuzzTerraform(f *testing.F)  { fuzzEngine(f, "main.tf", "terraform") }
