package coderules

import "testing"

func TestHeaderSetterName(t *testing.T) {
	for _, tc := range []struct {
		method string
		want   bool
	}{
		{"AddHeader", true},        // RestSharp
		{"AddDefaultHeader", true}, // RestSharp's client
		{"setRequestHeader", true}, // XMLHttpRequest
		{"WithHeader", true},
		{"header", true},
		{"add_header", true},
		{"GetHeader", false},
		{"RemoveHeader", false},
		{"HasHeader", false},
		{"AddParameter", false},
		{"SetKey", false},
		{"", false},
	} {
		if got := HeaderSetterName(tc.method); got != tc.want {
			t.Errorf("HeaderSetterName(%q) = %v, want %v", tc.method, got, tc.want)
		}
	}
}

func TestNameStrength(t *testing.T) {
	for _, tc := range []struct {
		name string
		want KeyKind
	}{
		{"AZURE_OPENAI_API_KEY", azureKey},
		{"OPENAI_API_KEY", genericKey},
		{"OpenAI:Key", genericKey},
		{"OpenAI:ImageKey", genericKey},      // the key of the image deployment, not another service's
		{"AZURE_REALTIME_API_KEY", azureKey}, // realtime says what for
		{"whisperApiKey", genericKey},
		{"EXA_API_KEY", otherKey}, // another vendor
		{"GITHUB_TOKEN", noKey},
	} {
		if got := NameStrength(tc.name, false); got != tc.want {
			t.Errorf("NameStrength(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}
