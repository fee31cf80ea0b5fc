package csharp

import (
	"reflect"
	"testing"
)

func TestDeclaredTypes(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"modifiers", "namespace A;\npublic sealed class RecognizerService\n{\n}\n", []string{"RecognizerService"}},
		{"indented and partial", "namespace A {\n    internal partial class Auth : Base { }\n}\n", []string{"Auth"}},
		{"record struct", "public readonly record struct Point(int X, int Y);\n", []string{"Point"}},
		{"interface and struct", "public interface IStore {}\nstruct Pair {}\n", []string{"Pair", "IStore"}},
		{"a constraint is no declaration", "void F<T>() where T : class { }\n", nil},
		{"a comment is no declaration", "// the class Foo does this\n/* record Bar */\n", nil},
		{"a word containing the keyword", "var subclass Foo = 1; myclass X\n", nil},
	}
	for _, tt := range tests {
		if got := declaredTypes([]byte(tt.src)); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: declaredTypes = %q, want %q", tt.name, got, tt.want)
		}
	}
}
