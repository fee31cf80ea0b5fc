package syntax

import (
	"strings"
	"testing"
)

func TestNestedDeeper(t *testing.T) {
	for _, tc := range []struct {
		name string
		src  string
		want bool
	}{
		{"flat", `a = [1, 2, {b = "c"}]`, false},
		{"at the limit", strings.Repeat("[", 3) + strings.Repeat("]", 3), false},
		{"over the limit", strings.Repeat("(", 4), true},
		{"siblings do not add up", strings.Repeat("[]", 100), false},
		{"stray closers", "]]]" + strings.Repeat("{", 3), false},
	} {
		if got := NestedDeeper([]byte(tc.src), 3); got != tc.want {
			t.Errorf("%s: NestedDeeper = %v, want %v", tc.name, got, tc.want)
		}
	}
}
