package scan

import "testing"

// TestNeedsTree checks the second check: a file is parsed when a word in it names a key or a
// client that may take one, and left unparsed when its only "key" words name no key.
func TestNeedsTree(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      bool
	}{
		{"key-like name", `api_key = os.environ["X"]`, true},
		{"configuration path's last part", `var key = builder.Configuration["CognitiveServices:Key"];`, true},
		{"environment-style section separator", `var k = Environment.GetEnvironmentVariable("Vision__SubscriptionKey");`, true},
		{"key credential", `new AzureKeyCredential(k)`, true},
		{"bare key of a dictionary", `for key in d.keys(): print(key)`, false},
		{"object entry named key", `const o = { key: value, keyboard: true };`, false},
		{"a path's other part", `var v = config["Key:Length"];`, false},
		{"nothing", `print("hello")`, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := needsTree([]byte(tc.src)); got != tc.want {
				t.Errorf("needsTree(%q) = %v, want %v", tc.src, got, tc.want)
			}
		})
	}
}
