package redact

import (
	"bytes"
	"strings"
	"testing"

	"github.com/keylint/keylint/analyzers/keyformat"
)

const (
	hex32   = "0123456789abcdef0123456789abcdef"
	azure84 = "1kz3RS3HDAHuDGdqNR5MsazT47rpOC5RUPwVhmxQYGgRjNuWKYsbJQQJ99BGACYeBjFXJ3w3AAABACOGbTw1"
	openAI  = "sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAB7CD0EF3GH6IJ9KL2MN5OP8T3BlbkFJ"
	custom  = "Zq7v-my-s3cret-value-99"
)

func TestRedactor(t *testing.T) {
	r := New(custom, "Bearer "+hex32, "short", "<your-api-key-here>", "Ypur credential", "explicit-credential-key", "{subscription key}", "{your-description}", "AZURE_OPENAI_API_KEY", "capabilities.",
		"https://api.cognitive.microsofttranslator.com/", "https://westeurope.api.cognitive.microsoft.com/sts/v1.0/issueToken?Subscription-Key="+custom[:4]+"Qw8rTy2uIo")
	src := r.ForSource()
	for _, tc := range []struct {
		name, in, want string
		source         bool
	}{
		{"known secret", `api_key="` + custom + `"`, `api_key="Zq7v…"`, false},
		{"token of a header value", `h = "` + hex32 + `"`, `h = "0123…"`, false},
		{"azure key anywhere", "x " + azure84 + " y", "x 1kz3… y", false},
		{"openai key anywhere", "k=" + openAI, "k=sk-p…", false},
		{"clipped secret", `api_key="` + custom[:14] + "…", `api_key="Zq7v……`, false},
		{"short values are left", `x = "short"`, `x = "short"`, false},
		{"placeholders are left", `key = "<your-api-key-here>"`, `key = "<your-api-key-here>"`, false},
		{"words of a registered value are left", `new AzureKeyCredential(credential)`, `new AzureKeyCredential(credential)`, false},
		{"words of a bracketed placeholder are left", `-H "Ocp-Apim-Subscription-Key: $2" ad-product-description.ipynb`, `-H "Ocp-Apim-Subscription-Key: $2" ad-product-description.ipynb`, false},
		{"a setting's name is no key", `api_key=os.environ["AZURE_OPENAI_API_KEY"] # model capabilities.`, `api_key=os.environ["AZURE_OPENAI_API_KEY"] # model capabilities.`, false},
		{"words joined by hyphens are no key", `AzureKeyCredentialExample.java: Credential c`, `AzureKeyCredentialExample.java: Credential c`, false},
		{"digest in a report field is left", `"fingerprint": "9f86d081884c7d659a2feaa0c55ad015"`, `"fingerprint": "9f86d081884c7d659a2feaa0c55ad015"`, false},
		{"digest in source is hidden", `md5 = "9f86d081884c7d659a2feaa0c55ad015"`, `md5 = "9f86…"`, true},
		{"quoted value after a key name in source", `o={apiKey:"AbCdEfGhIjKlMnOpQrSt"}`, `o={apiKey:"AbCd…"}`, true},
		{"env name after a key name stays", `key_env = "AZURE_OPENAI_API_KEY"`, `key_env = "AZURE_OPENAI_API_KEY"`, true},
		{"an endpoint registered as a value is no key", `AzureCognitiveServices/translator.js: translatorKey`, `AzureCognitiveServices/translator.js: translatorKey`, false},
		{"a key in a registered URL's query is", `k = "` + custom[:4] + `Qw8rTy2uIo"`, `k = "Zq7v…"`, false},
		{"nothing to hide", "plain text", "plain text", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			red := r
			if tc.source {
				red = src
			}
			if got := red.String(tc.in); got != tc.want {
				t.Errorf("String(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestWriterHoldsPartialLines(t *testing.T) {
	var out bytes.Buffer
	w := New(custom).Writer(&out)
	// The secret arrives in two writes; nothing may leave before the line is whole.
	half := len(custom) / 2
	w.Write([]byte("one " + custom[:half]))
	if strings.Contains(out.String(), custom[:half]) {
		t.Fatalf("partial line written early: %q", out.String())
	}
	w.Write([]byte(custom[half:] + " two\nthree"))
	w.Close()
	if got, want := out.String(), "one Zq7v… two\nthree"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestAddWhileWriting(t *testing.T) {
	var out bytes.Buffer
	r := New()
	w := r.Writer(&out)
	r.Add(custom) // found by the scan after the writer was made
	w.Write([]byte(custom + "\n"))
	if strings.Contains(out.String(), custom[4:12]) {
		t.Errorf("secret added late was printed: %q", out.String())
	}
}

// FuzzRedactor is the redaction property on arbitrary text: a registered secret of any shape,
// planted anywhere in any text, never shows eight characters past its kept prefix, in either
// mode; nor does any key of a context-free format, registered or not, when it stands alone.
func FuzzRedactor(f *testing.F) {
	f.Add("api_key = \"", "\"\n", custom)
	f.Add("# ", " in a comment", hex32)
	f.Add("x=", "", azure84)
	f.Add("Bearer ", "\r\n", openAI)
	f.Add("…", "…", "ÄÖÜäöüß-é-secret-value")
	f.Fuzz(func(t *testing.T, before, after, secret string) {
		if len(secret) < 12 || strings.ContainsAny(secret, " \t\n\r\v\f\u0085\u00a0") || keyformat.IsPlaceholder(secret) ||
			isWord(strings.Trim(secret, "{}[]<>()\"'`$.,;:")) || settingName(secret) {
			// Split at white space into several secrets; placeholders, words and setting names
			// are no secrets (TestRedactionKeepsNames says why).
			return
		}
		for _, r := range []*Redactor{New(secret), New(secret).ForSource()} {
			// The marker's own bytes are no secret's: "…" ends in 0xa6, which a secret of
			// invalid UTF-8 may hold; nor are those of U+FFFD, which stands in for an invalid
			// byte of the kept prefix. A line break stands in for both: no secret here holds one.
			out := strings.NewReplacer("…", "\n", "\uFFFD", "\n").Replace(r.String(before + secret + after))
			kept := secret[:prefixBytes(secret)] // shown on purpose; a later piece may repeat it
			for i := 4; i+8 <= len(secret); i++ {
				if piece := secret[i : i+8]; strings.Contains(out, piece) && !strings.Contains(before+after+"\n"+kept, piece) {
					t.Fatalf("%q shows %q of the secret %q", out, piece, secret)
				}
			}
		}
	})
}
