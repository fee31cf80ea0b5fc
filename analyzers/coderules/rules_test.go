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
