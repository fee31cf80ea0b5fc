package scan

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/keylint/keylint/analyzers/coderules"
)

// TestHitOutcomes: each outcome of hit accounting, one case each, on the line of the hit
// marked "<-".
func TestHitOutcomes(t *testing.T) {
	const azure = "from openai import AzureOpenAI\nendpoint = \"https://contoso.openai.azure.com\"\n"
	for _, tc := range []struct {
		name, file, src, want string
	}{
		{"finding", "app.py", azure + "c = AzureOpenAI(azure_endpoint=endpoint, api_key=os.environ['AZURE_OPENAI_API_KEY'])  # <-\n", OutcomeFinding},
		{"suppressed finding", "app.py", azure + "c = AzureOpenAI(azure_endpoint=endpoint, api_key=k)  # keylint:ignore <-\n", OutcomeSuppressed},
		{"comment", "app.py", azure + "# set api_key in the portal <-\n", OutcomeComment},
		{"prose", "notes.txt", "azure: put the api_key here <-\n", OutcomeProse},
		{"not Azure context", "app.py", "# cognitive load demo\nr = requests.get(url, params={'api_key': k})  # <-\n", OutcomeNotAzure},
		{"token provider", "app.py", azure + "c = AzureOpenAI(azure_endpoint=endpoint, api_key=get_bearer_token_provider(cred, scope))  # <-\n", coderules.DismissTokenProvider},
		{"openai.com client", "app.py", azure + "o = OpenAI(api_key=os.environ['OPENAI_API_KEY'])  # <-\n", coderules.DismissOpenAICom},
		{"not a client call", "app.py", azure + "print('key', azure_openai_api_key)  # <-\n", coderules.DismissNotAClient},
		{"another service's key", "app.py", azure + "maps = make_client(os.environ['GOOGLE_MAPS_API_KEY'])  # <-\n", coderules.DismissNotAIKey},
		{"the program's own type", "app.py", azure + "class Settings:\n    pass\ns = Settings(api_key=azure_key)  # <-\n", coderules.DismissOwnType},
		{"test assertion", "test_app.py", azure + "mock.assert_called_once_with(api_key='x')  # <-\n", coderules.DismissTestAssertion},
		{"text in a string", "app.py", azure + "msg = 'set AZURE_OPENAI_API_KEY first'  # <-\n", OutcomeString},
		{"a name being defined", "app.py", azure + "def connect(api_key):  # <-\n    return 1\n", OutcomeDefinition},
		{"handled", "app.py", azure + "def check(api_key):\n    if not api_key:  # <-\n        raise ValueError()\n", OutcomeHandling},
		{"copied", "app.py", azure + "class C:\n    def __init__(self, api_key):\n        self.key = api_key  # <-\n", OutcomeCopy},
		{"PowerShell command name", "run.ps1", "$e = 'https://contoso.openai.azure.com'\nInitialize-APIKey -Name x # <-\n", OutcomeCommand},
		{"PowerShell Pester assertion", "run.tests.ps1", "$e = 'https://contoso.openai.azure.com'\n$ret.ApiKey | Should -Be 'X' # <-\n", coderules.DismissTestAssertion},
		{"bundle", "app.min.js", "var a={azure:1,apiKey:k};// <-\n", OutcomeBundle},
		{"the program's own function", "app.py", azure + "def authenticate(endpoint, key):\n    return AzureOpenAI(azure_endpoint=endpoint, api_key=key)\nc = authenticate(endpoint, azure_api_key)  # <-\n", coderules.DismissOwnFunc},
		{"a credential object", "Store.java", "import com.azure.search.documents.SearchClientBuilder;\nclass Store {\n  Object c(String endpoint, Object keyCredential) {\n    return new SearchClientBuilder().endpoint(endpoint).credential(keyCredential).buildClient(); // <-\n  }\n}\n", coderules.DismissCredentialObject},
		{"another service's key header", "app.ts", "const url = 'https://contoso.services.ai.azure.com/anthropic/v1/files';\nfetch(url, { headers: { 'x-api-key': anthropicApiKey } }); // <-\n", coderules.DismissOtherHeader},
		{"an Authorization header", "client.ts", "import { AzureOpenAI } from 'openai';\nexport function make(apiKey: string) {\n  const token = apiKey.replace('Bearer ', '');\n  return new AzureOpenAI({ azureADTokenProvider: () => Promise.resolve(token),\n    defaultHeaders: { Authorization: apiKey } }); // <-\n}\n", coderules.DismissOtherHeader},
		{"a parameter that takes no key", "app.py", azure + "c = AzureOpenAI(azure_endpoint=endpoint, azure_ad_token_provider=p,\n    service_id=AZURE_OPENAI_SERVICE_KEY)  # <-\n", coderules.DismissNotKeyParam},
		{"a type's name", "Helper.java", "import com.azure.core.credential.TokenCredential;\nclass Helper {\n  void set(com.azure.ai.openai.OpenAIClientBuilder b, Object credential) {\n    b.endpoint(\"https://x.openai.azure.com\");\n    Object o = (KeyCredential) credential; // <-\n  }\n}\n", OutcomeTypeName},
		{"a header read from a request", "server.ts", "const endpoint = 'https://contoso.openai.azure.com';\nfunction handle(request) {\n  seen.add(request.headers['api-key']); // <-\n}\n", OutcomeHeaderRead},
		{"an attribute", "Tests.cs", "using Azure.AI.OpenAI;\npublic class Tests {\n  [InlineData(InitializationType.ApiKey)] // <-\n  public void Builds(InitializationType t) { }\n}\n", OutcomeAttribute},
		{"a helper named for Azure", "T.java", "import com.azure.ai.openai.OpenAIClient;\nclass T {\n  OpenAIClient t(String endpoint, String apiKey) {\n    return InternalAzureOpenAiHelper.setupSyncClient(endpoint, apiKey); // <-\n  }\n}\n", coderules.DismissHelper},
		{"a lookup key's name", "Agent.cs", "using Azure.AI.OpenAI;\nclass A {\n  void M(System.Collections.Generic.Dictionary<string, object> metadata) {\n    metadata[OpenAIAssistantAgent.CodeInterpreterMetadataKey] = true; // <-\n  }\n}\n", OutcomeLookupKey},
		{"a method on a key-named value", "redirect.test.ts", "const endpoint = 'https://contoso.openai.azure.com';\nconst seenApiKeys = [];\nfunction reset() {\n  seenApiKeys.clear(); // <-\n}\n", OutcomeReceiver},
		{"a function that asks for a key", "Settings.cs", "using Azure.AI.OpenAI;\nclass S {\n  async System.Threading.Tasks.Task M(bool useAzureOpenAI) {\n    await Settings.AskApiKey(useAzureOpenAI); // <-\n  }\n}\n", OutcomeAskingCall},
		{"a setting named by a variable", "AiService.cs", "using Azure.AI.OpenAI;\nclass S {\n  AzureOpenAIClient c = new AzureOpenAIClient(new Uri(\"https://x.openai.azure.com\"), new DefaultAzureCredential());\n  string M(Microsoft.Extensions.Configuration.IConfiguration configuration, Settings azureOpenAiConfiguration) {\n    return configuration[azureOpenAiConfiguration.OpenAIKeySecretName]!; // <-\n  }\n}\n", OutcomeComputedName},
		{"a key credential with no arguments", "Home.cs", "using Microsoft.Azure.CognitiveServices.Language.TextAnalytics;\nclass H {\n  object M() {\n    return new TextAnalyticsClient(new ApiKeyServiceClientCredentials()); // <-\n  }\n}\n", coderules.DismissNoValue},
		{"a Java import", "App.java", "import com.azure.core.credential.AzureKeyCredential; // <-\nclass App {}\n", OutcomeImport},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, tc.file)
			if err := os.WriteFile(path, []byte(tc.src), 0o644); err != nil {
				t.Fatal(err)
			}
			res, err := Run(context.Background(), Config{Paths: []string{path}, Hits: true})
			if err != nil {
				t.Fatal(err)
			}
			line := 0
			for i, l := range strings.Split(tc.src, "\n") {
				if strings.Contains(l, "<-") {
					line = i + 1
				}
			}
			var got []string
			for _, h := range res.Hits {
				if h.Line == line {
					got = append(got, h.Outcome)
				}
			}
			if len(got) == 0 {
				t.Fatalf("no hit on line %d; hits: %+v", line, res.Hits)
			}
			for _, o := range got {
				if o != tc.want {
					t.Errorf("line %d: outcome %q, want %q", line, o, tc.want)
				}
			}
		})
	}
}

// hitRE is the regular expression findHits stands for (see hitWords).
var hitRE = regexp.MustCompile(`(?i)api_key|apikey|api-key|keycredential|ocp-apim-subscription-key|subscription-key|openai[\w.-]*key`)

func TestFindHits(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want [][]int
	}{
		{"", nil},
		{"api_key = 1", [][]int{{0, 7}}},
		{"x.ApiKey, API-KEY", [][]int{{2, 8}, {10, 17}}},
		{"new AzureKeyCredential(k)", [][]int{{9, 22}}},
		{"Ocp-Apim-Subscription-Key: k", [][]int{{0, 25}}},              // the longer word, not the one inside it
		{"AZURE_OPENAI_API_KEY", [][]int{{6, 20}}},                      // openai…key, not the api_key inside it
		{"openai_key_vault.key_name x", [][]int{{0, 20}}},               // up to the run's last "key"
		{"openai.api_base openai", nil},                                 // "openai" with no key after it
		{"openaikey apikeyapikey", [][]int{{0, 9}, {10, 16}, {16, 22}}}, // back to back
		{"keyboard subscription keycred", nil},
	} {
		if got := findHits([]byte(tc.src)); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("findHits(%q) = %v, want %v", tc.src, got, tc.want)
		}
		if re := hitRE.FindAllIndex([]byte(tc.src), -1); !reflect.DeepEqual(re, tc.want) {
			t.Errorf("the regexp finds %v in %q, the table says %v", re, tc.src, tc.want)
		}
	}
}

// FuzzFindHits: findHits finds what the regexp does, on any input without the two non-ASCII
// letters (U+212A Kelvin sign, U+017F long s) Go's case folding maps to k and s.
func FuzzFindHits(f *testing.F) {
	for _, s := range []string{"api_key apiKey API-KEY", "AzureKeyCredential Ocp-Apim-Subscription-Key", "AZURE_OPENAI_API_KEY openai.key-x.KEY"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		if bytes.Contains(src, []byte("\u212a")) || bytes.Contains(src, []byte("\u017f")) {
			return
		}
		got, want := findHits(src), hitRE.FindAllIndex(src, -1)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("findHits(%q) = %v, the regexp finds %v", src, got, want)
		}
	})
}

// BenchmarkFindHitsRepeated: a line of back-to-back "openai" (and of other hit words) costs time
// linear in its length, at n and 4n (compare the ns/byte).
func BenchmarkFindHitsRepeated(b *testing.B) {
	for _, size := range []int{256 << 10, 1 << 20} {
		for _, word := range []string{"openai", "openai-key.", "apikey"} {
			src := bytes.Repeat([]byte(word), size/len(word))
			b.Run(fmt.Sprintf("%s/%dKiB", word, size>>10), func(b *testing.B) {
				b.SetBytes(int64(len(src)))
				for i := 0; i < b.N; i++ {
					findHits(src)
				}
			})
		}
	}
}
