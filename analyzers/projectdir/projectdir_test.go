package projectdir

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestUp(t *testing.T) {
	root := t.TempDir()
	repo := filepath.Join(root, "repo")
	deep := filepath.Join(repo, "src", "app", "svc")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(repo, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		dir    string
		levels int
		want   []string
	}{
		{"levels bound the walk", deep, 2, []string{deep, filepath.Join(repo, "src", "app"), filepath.Join(repo, "src")}},
		{"stops at the repository root", deep, 10, []string{deep, filepath.Join(repo, "src", "app"), filepath.Join(repo, "src"), repo}},
		{"zero levels is the directory alone", deep, 0, []string{deep}},
		{"the root itself", repo, 3, []string{repo}},
	}
	for _, tt := range tests {
		if got := Up(tt.dir, tt.levels); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: Up(%q, %d) = %q, want %q", tt.name, tt.dir, tt.levels, got, tt.want)
		}
	}
}

func TestOf(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "app.py")
	if err := os.WriteFile(file, []byte("x = 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got, ok := Of(file); !ok || got != dir {
		t.Errorf("Of(file) = %q, %v; want %q, true", got, ok, dir)
	}
	if _, ok := Of(dir); ok {
		t.Errorf("Of(a directory) = ok, want not a file")
	}
	if _, ok := Of(filepath.Join(dir, "missing.py")); ok {
		t.Errorf("Of(a missing file) = ok, want not a file")
	}
}
