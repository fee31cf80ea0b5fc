package analyzers_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/keylint/keylint/scan"
)

// linearInputs are, per file kind, a testdata file to repeat and the name the engine sees.
// Repeating a real case keeps the input in the shapes the checkers handle; the size grows, the
// shapes do not.
var linearInputs = []struct {
	kind, name, case_ string
}{
	{"python", "app.py", "python/KL102/azure_openai_clients.py"},
	{"notebook", "nb.ipynb", "notebook/azure_openai_walkthrough.ipynb"},
	{"javascript", "app.js", "javascript/KL102/commonjs_client.cjs"},
	{"typescript", "app.ts", "typescript/KL102/azure_openai_client.ts"},
	{"settings-objects", "config.ts", "typescript/KL102/settings_not_client_options.ts"},
	{"settings-dicts", "settings.py", "python/KL105/settings_holder.py"},
	{"returned-settings", "creds.js", "javascript/KL102/returned_credentials.js"},
	{"env-mirror", "env.ts", "typescript/KL105/env_settings_mirror.ts"},
	{"csharp", "Program.cs", "csharp/KL101/key_credentials.cs"},
	{"java", "App.java", "java/KL101/OpenAIClientBuilderKey.java"},
	{"go", "main.go", "go/src/KL102/keycredclient/client.go"},
	{"shell", "deploy.sh", "shell/KL104/curl_headers.sh"},
	{"powershell", "deploy.ps1", "powershell/KL104/headers.ps1"},
	{"dotenv", ".env", "dotenv/KL201/multiline.env"},
	{"json", "local.settings.json", "json/KL202/local.settings.json"},
	{"yaml", "config.yaml", "yaml/KL106/pipeline.yaml"},
	{"bicep", "main.bicep", "bicep/KL301/openai_account.bicep"},
	{"arm", "azuredeploy.json", "arm/KL301/azuredeploy.json"},
	{"terraform", "main.tf", "terraform/KL301/main.tf"},
}

// BenchmarkLinear checks every file kind at n and 4n bytes: the ns/byte metric must stay about
// the same (a checker quadratic in its input shows 4x at 4n). n is about 64 KiB. Run with
//
//	go test ./analyzers -run '^$' -bench Linear
func BenchmarkLinear(b *testing.B) {
	checker, err := scan.NewFileChecker(scan.Config{})
	if err != nil {
		b.Fatal(err)
	}
	defer checker.Close()
	for _, in := range linearInputs {
		one, err := os.ReadFile(filepath.Join(testdataDir, filepath.FromSlash(in.case_)))
		if err != nil {
			b.Fatalf("%s: %v", in.kind, err)
		}
		for _, scale := range []int{1, 4} {
			src := repeatTo(in.name, one, scale*64<<10)
			b.Run(fmt.Sprintf("%s/%dx", in.kind, scale), func(b *testing.B) {
				b.SetBytes(int64(len(src)))
				for i := 0; i < b.N; i++ {
					if _, err := checker.Check(context.Background(), in.name, src); err != nil {
						b.Fatalf("%s: %v", in.kind, err)
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(src)), "ns/byte")
			})
		}
	}
}

// repeatTo repeats a file's text to at least size bytes, keeping the result one valid file of
// its kind where plain repetition would not be (JSON documents, notebooks).
func repeatTo(name string, one []byte, size int) []byte {
	n := size/len(one) + 1
	switch filepath.Ext(name) {
	case ".ipynb":
		// One notebook with the cells repeated.
		var nb map[string]any
		if err := json.Unmarshal(one, &nb); err != nil {
			panic(err)
		}
		cells, _ := nb["cells"].([]any)
		var many []any
		for i := 0; i < n; i++ {
			many = append(many, cells...)
		}
		nb["cells"] = many
		out, _ := json.MarshalIndent(nb, "", " ")
		return out
	case ".go":
		// One package clause and import block, the declarations repeated.
		at := bytes.Index(one, []byte("\nfunc "))
		if i := bytes.Index(one, []byte("\nvar ")); i >= 0 && (at < 0 || i < at) {
			at = i
		}
		head, body := one[:at+1], one[at+1:]
		return append(append([]byte(nil), head...), bytes.Repeat(append(body, '\n'), n)...)
	case ".json":
		// A JSON array of copies is still one document (and an ARM template keeps its schema
		// line inside the first element, which is what the engine sniffs).
		var b bytes.Buffer
		b.WriteString("[")
		for i := 0; i < n; i++ {
			if i > 0 {
				b.WriteString(",\n")
			}
			b.Write(one)
		}
		b.WriteString("]")
		return b.Bytes()
	}
	return bytes.Repeat(append(one, '\n'), n)
}
