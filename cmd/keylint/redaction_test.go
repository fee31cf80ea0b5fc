package main

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// plantKinds make a fresh key of each format from a random source.
var plantKinds = []struct {
	name string
	make func(r *rand.Rand) string
}{
	{"hex32", func(r *rand.Rand) string { return randFrom(r, "0123456789abcdef", 32) }},
	{"hex32-upper", func(r *rand.Rand) string { return randFrom(r, "0123456789ABCDEF", 32) }},
	{"azure84", func(r *rand.Rand) string {
		// The 84-character layout: 52 base62, JQQJ99, a year and month character, 12 reserved,
		// AAA + service (B: OpenAI), ACOG, 4 checksum characters (not validated for redaction).
		return randFrom(r, base62, 52) + "JQQJ99" + randFrom(r, base62, 1) + "C" + randFrom(r, base62, 12) + "AAAB" + "ACOG" + randFrom(r, base62, 4)
	}},
	{"openai", func(r *rand.Rand) string {
		return "sk-proj-" + randFrom(r, base62, 20) + "T3BlbkFJ" + randFrom(r, base62, 20)
	}},
}

const base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

func randFrom(r *rand.Rand, alphabet string, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[r.IntN(len(alphabet))]
	}
	return string(b)
}

// plantSites are the places a key shows up, per language and file kind; K is the key. sink
// marks a place where the value reaches a client or header, so that any value there, of any
// shape, is a secret the checkers saw (and an arbitrary one is planted too).
var plantSites = []struct {
	path, text string
	sink       bool
}{
	{"py/direct.py", "from openai import AzureOpenAI\nc = AzureOpenAI(azure_endpoint=\"https://x.openai.azure.com\", api_version=\"2024-10-21\", api_key=\"⟨K⟩\")\n", true},
	{"py/paren.py", "from openai import AzureOpenAI\nc = AzureOpenAI(azure_endpoint=\"https://x.openai.azure.com\", api_key=(\"⟨K⟩\"))\n", true},
	{"py/or.py", "import os\nfrom openai import AzureOpenAI\nc = AzureOpenAI(azure_endpoint=\"https://x.openai.azure.com\", api_key=os.environ.get(\"AZURE_OPENAI_API_KEY\") or \"⟨K⟩\")\n", true},
	{"py/strip.py", "from openai import AzureOpenAI\nc = AzureOpenAI(azure_endpoint=\"https://x.openai.azure.com\", api_key=\"⟨K⟩\".strip())\n", true},
	{"py/decode.py", "from openai import AzureOpenAI\nc = AzureOpenAI(azure_endpoint=\"https://x.openai.azure.com\", api_key=b\"⟨K⟩\".decode())\n", true},
	{"py/var.py", "from openai import AzureOpenAI\nk = \"⟨K⟩\"\nc = AzureOpenAI(azure_endpoint=\"https://x.openai.azure.com\", api_key=k)\n", true},
	{"py/credential.py", "from azure.core.credentials import AzureKeyCredential\nfrom azure.search.documents import SearchClient\ns = SearchClient(\"https://s.search.windows.net\", \"i\", AzureKeyCredential(\"⟨K⟩\"))\n", true},
	{"py/header.py", "import requests\nr = requests.post(\"https://x.openai.azure.com/openai\", headers={\"api-key\": \"⟨K⟩\"})\n", true},
	{"py/comment.py", "# the key for the demo: ⟨K⟩\nprint('hi')\n", false},
	{"nb/walkthrough.ipynb", `{"cells": [{"cell_type": "code", "metadata": {}, "outputs": [], "source": ["from openai import AzureOpenAI\n", "c = AzureOpenAI(azure_endpoint=\"https://x.openai.azure.com\", api_key=\"⟨K⟩\")\n"]}], "metadata": {"kernelspec": {"language": "python", "name": "python3"}}, "nbformat": 4, "nbformat_minor": 5}`, true},
	{"js/direct.ts", "import { AzureOpenAI } from \"openai\";\nconst c = new AzureOpenAI({ endpoint: \"https://x.openai.azure.com\", apiKey: \"⟨K⟩\" });\n", true},
	{"js/nullish.ts", "import { AzureOpenAI } from \"openai\";\nconst c = new AzureOpenAI({ endpoint: \"https://x.openai.azure.com\", apiKey: process.env.AZURE_OPENAI_API_KEY ?? \"⟨K⟩\" });\n", true},
	{"js/or.js", "const { AzureOpenAI } = require(\"openai\");\nconst c = new AzureOpenAI({ endpoint: \"https://x.openai.azure.com\", apiKey: process.env.AZURE_OPENAI_API_KEY || '⟨K⟩' });\n", true},
	{"js/fetch.js", "fetch(\"https://x.openai.azure.com/openai/deployments/d/chat/completions\", { headers: { \"api-key\": \"⟨K⟩\" } });\n", true},
	{"js/bundle.min.js", "var a=1;const o={apiKey:\"⟨K⟩\",endpoint:\"https://x.openai.azure.com\"};\n", false},
	{"cs/Credential.cs", "using Azure;\nusing Azure.AI.OpenAI;\nvar c = new AzureOpenAIClient(new Uri(\"https://x.openai.azure.com\"), new AzureKeyCredential(\"⟨K⟩\"));\n", true},
	{"cs/Coalesce.cs", "using Azure;\nusing Azure.AI.OpenAI;\nvar c = new AzureOpenAIClient(new Uri(\"https://x.openai.azure.com\"), new AzureKeyCredential(Environment.GetEnvironmentVariable(\"AZURE_OPENAI_API_KEY\") ?? \"⟨K⟩\"));\n", true},
	{"cs/TopLevel.cs", "using Azure;\nAzureKeyCredential c = new AzureKeyCredential(\"⟨K⟩\");\n", true},
	{"java/App.java", "import com.azure.ai.openai.OpenAIClientBuilder;\nimport com.azure.core.credential.AzureKeyCredential;\nclass App { void m() { new OpenAIClientBuilder().endpoint(\"https://x.openai.azure.com\").credential(new AzureKeyCredential(\"⟨K⟩\")).buildClient(); } }\n", true},
	{"go/main.go", "package main\n\nimport \"github.com/openai/openai-go/v3/azure\"\n\nvar o = azure.WithAPIKey(\"⟨K⟩\")\n", true},
	{"sh/call.sh", "#!/bin/sh\ncurl -H \"api-key: K\" https://x.openai.azure.com/openai/deployments/d/chat/completions\n", true},
	{"ps/call.ps1", "$headers = @{ \"api-key\" = \"⟨K⟩\" }\nInvoke-RestMethod -Uri \"https://x.openai.azure.com/openai\" -Headers $headers\n", true},
	{"env/.env", "AZURE_OPENAI_API_KEY=⟨K⟩\n", true},
	{"json/local.settings.json", "{\"Values\": {\"AZURE_OPENAI_API_KEY\": \"⟨K⟩\"}}\n", true},
	{"yaml/config.yaml", "azure_openai_api_key: ⟨K⟩\n", true},
	{"tf/main.tfvars", "azure_openai_api_key = \"⟨K⟩\"\n", true},
	{"docs/README.md", "Set `api_key: ⟨K⟩` in your config, or use the 84-character form.\n", false},
}

// TestRedactionProperty plants keys of every format in every language and file kind, runs
// every output format, --diff and a review, and requires that no planted key shows more than
// its first four characters: no eight characters in a row from the rest of it appear anywhere.
func TestRedactionProperty(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 2026))
	dir := t.TempDir()
	var planted []string
	files := map[string]string{}
	where := map[string]string{} // key -> file it was planted in
	for _, site := range plantSites {
		for _, kind := range plantKinds {
			key := kind.make(r)
			planted = append(planted, key)
			where[key] = variant(site.path, kind.name)
			files[where[key]] = strings.ReplaceAll(site.text, "⟨K⟩", key)
		}
		if site.sink {
			// Any value in a key sink is a secret, whatever its shape.
			key := randFrom(r, base62+"-_", 28)
			planted = append(planted, key)
			where[key] = variant(site.path, "arbitrary")
			files[where[key]] = strings.ReplaceAll(site.text, "⟨K⟩", key)
		}
	}
	for name, text := range files {
		if strings.Contains(text, "⟨K⟩") {
			t.Fatalf("%s: a placeholder was left", name)
		}
	}
	writeTree(t, dir, files)

	var outputs []string
	for i, format := range []string{"text", "json", "sarif", "github", "rdjsonl", "html"} {
		res := runKeylint(t, "--no-config", "--stats", "--format", format, dir)
		if res.code != exitFindings {
			t.Errorf("--format %s: exit %d; stderr:\n%s", format, res.code, res.shortStderr())
		}
		if i > 0 && !strings.Contains(res.stderr, "came from the cache") {
			// The property must hold for results replayed from the result cache too.
			t.Errorf("--format %s: the run after the first used no result cache:\n%s", format, res.shortStderr())
		}
		outputs = append(outputs, format+" stdout\x00"+userDataOf(t, format, res.stdout), format+" stderr\x00"+res.stderr)
	}
	diff := runKeylint(t, "--no-config", "--diff", dir)
	outputs = append(outputs, "diff stdout\x00"+diff.stdout, "diff stderr\x00"+diff.stderr)
	if !strings.Contains(diff.stdout, "+++ b/") {
		t.Errorf("--diff printed no diff; the property would prove nothing:\n%s", diff.stderr)
	}
	review := reviewOfTree(t, files)
	outputs = append(outputs, "review\x00"+review)

	for _, out := range outputs {
		name, text, _ := strings.Cut(out, "\x00")
		for _, key := range planted {
			if piece := leakedPiece(text, key); piece != "" {
				t.Errorf("%s shows %q of the key planted in %s", name, piece, where[key])
			}
		}
	}
}

// variant names one planted copy of a site: py/direct.py -> py/direct_hex32.py (a dotenv file
// keeps its name in a directory of its own).
func variant(path, kind string) string {
	dir, base := filepath.Split(path)
	if strings.HasPrefix(base, ".") || !strings.Contains(base, ".") {
		return dir + kind + "/" + base
	}
	if strings.HasPrefix(base, "local.settings") || strings.HasSuffix(base, ".min.js") {
		return dir + kind + "/" + base
	}
	ext := filepath.Ext(base)
	return dir + strings.TrimSuffix(base, ext) + "_" + strings.ReplaceAll(kind, "-", "_") + ext
}

// leakedPiece returns a run of eight characters of key past its kept prefix that text holds.
func leakedPiece(text, key string) string {
	for i := 4; i+8 <= len(key); i++ {
		if strings.Contains(text, key[i:i+8]) {
			return key[i : i+8]
		}
	}
	return ""
}

// userDataOf drops the rule catalog from SARIF output: rule docs quote example keys of their
// own, which are not the user's.
func userDataOf(t *testing.T, format, out string) string {
	if format != "sarif" {
		return out
	}
	var log map[string]any
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatalf("sarif output is not JSON: %v", err)
	}
	for _, run := range log["runs"].([]any) {
		delete(run.(map[string]any), "tool")
	}
	b, _ := json.Marshal(log)
	return string(b)
}

// reviewOfTree commits nothing on main and the planted files on a branch, and returns what
// `keylint review --dry-run` would post.
func reviewOfTree(t *testing.T, files map[string]string) string {
	dir := t.TempDir()
	git := func(args ...string) {
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	writeTree(t, dir, map[string]string{"README.md": "# app\n"})
	git("init", "-q", "-b", "main")
	git("add", ".")
	git("commit", "-qm", "base")
	git("checkout", "-qb", "feature")
	writeTree(t, dir, files)
	git("add", "-f", ".")
	git("commit", "-qm", "keys")
	res := runKeylint(t, "review", "--no-config", "--dry-run", "--base", "main", "--max-comments", "500", dir)
	if !strings.Contains(res.stdout, "\"comments\"") {
		t.Fatalf("review printed no review (exit %d):\n%s", res.code, res.shortStderr())
	}
	return fmt.Sprint(res.stdout, res.stderr)
}

// TestRedactionKeepsNames checks the other side of the property: what is not a secret stays
// readable. A header's name inside a key credential's header map is a name, not the key.
func TestRedactionKeepsNames(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"translate.js": "const msRest = require(\"@azure/ms-rest-js\");\n" +
			"const creds = new msRest.ApiKeyCredentials({ inHeader: { \"Ocp-Apim-Subscription-Key\": process.env.TRANSLATOR_KEY } });\n",
		"search.go": "package main\n\nimport \"net/http\"\n\nfunc call(req *http.Request, key string) {\n\treq.Header.Add(\"Ocp-Apim-Subscription-Key\", key)\n}\n",
		"nb.py": "from openai import AzureOpenAI\nc = AzureOpenAI(azure_endpoint=\"https://x.openai.azure.com\", api_key=\"<your-api-key>\")\n" +
			"d = AzureOpenAI(azure_endpoint=\"https://x.openai.azure.com\", api_key=\"AZURE_OPENAI_API_KEY\")\n",
		// The header's value is one entry of a config object: the object's endpoints are no
		// part of the key, and hiding them would garble every path sharing their words.
		"cognitive-translator-app/check.js": "const CONFIG = {\n  translatorKey: process.env.TRANSLATOR_KEY,\n" +
			"  endpoints: { translation: 'https://api.cognitive.microsofttranslator.com/' },\n};\n" +
			"fetch(`${CONFIG.endpoints.translation}/translate`, { headers: { 'Ocp-Apim-Subscription-Key': CONFIG.translatorKey } });\n",
	})
	res := runKeylint(t, "--no-config", dir)
	for _, want := range []string{"KL104 Ocp-Apim-Subscription-Key header set", "Ocp-Apim-Subscription-Key\": process.env.TRANSLATOR_KEY",
		`req.Header.Add("Ocp-Apim-Subscription-Key", key)`, `api_key="<your-api-key>"`, `api_key="AZURE_OPENAI_API_KEY"`,
		"cognitive-translator-app/check.js:5", "'Ocp-Apim-Subscription-Key': CONFIG.translatorKey"} {
		if !strings.Contains(res.stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, res.stdout)
		}
	}
}
