package scan

import (
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"testing"
)

// TestOpenDir: the walk's directory listing names every entry os.ReadDir does, with the same
// kind, and statAt gives the identity statOf gives from os.Lstat.
func TestOpenDir(t *testing.T) {
	dir := t.TempDir()
	files := map[string]fs.FileMode{"a.py": 0o644, "run.sh": 0o755, "setuid": 0o755 | fs.ModeSetuid, "sticky": 0o644 | fs.ModeSticky, ".env": 0o600}
	for name, mode := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(name), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(p, mode); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("a.py", filepath.Join(dir, "link")); err != nil {
		t.Fatal(err)
	}
	ents, fd, err := openDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer closeDir(fd)
	want, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	sort.Slice(ents, func(i, j int) bool { return ents[i].name < ents[j].name })
	if len(ents) != len(want) {
		t.Fatalf("openDir listed %d entries, os.ReadDir %d", len(ents), len(want))
	}
	for i, w := range want {
		kind := entOther
		switch {
		case w.IsDir():
			kind = entDir
		case w.Type()&fs.ModeSymlink != 0:
			kind = entSymlink
		case w.Type().IsRegular():
			kind = entRegular
		}
		if ents[i].name != w.Name() || ents[i].kind != kind {
			t.Errorf("entry %d: got %q kind %d, want %q kind %d", i, ents[i].name, ents[i].kind, w.Name(), kind)
		}
		info, err := os.Lstat(filepath.Join(dir, w.Name()))
		if err != nil {
			t.Fatal(err)
		}
		st, ok := statAt(fd, w.Name())
		switch {
		case runtime.GOOS != "linux" || kind != entRegular:
			if ok {
				t.Errorf("%s: statAt answered for a %s", w.Name(), info.Mode().Type())
			}
		case !ok:
			t.Errorf("%s: statAt failed on a regular file", w.Name())
		case st != statOf(info):
			t.Errorf("%s: statAt %+v, statOf(os.Lstat) %+v", w.Name(), st, statOf(info))
		}
	}
	if _, _, err := openDir(filepath.Join(dir, "missing")); err == nil || !os.IsNotExist(err) {
		t.Errorf("a missing directory: err %v, want not-exist", err)
	}
	if _, _, err := openDir(filepath.Join(dir, "a.py")); err == nil {
		t.Error("a file listed as a directory")
	}
}

func TestJoinClean(t *testing.T) {
	for _, tc := range [][2]string{{".", "a.py"}, {"dir", "a.py"}, {"a/b", ".env"}, {string(filepath.Separator), "etc"}, {"..", "x"}} {
		if got, want := joinClean(tc[0], tc[1]), filepath.Join(tc[0], tc[1]); got != want {
			t.Errorf("joinClean(%q, %q) = %q, want %q", tc[0], tc[1], got, want)
		}
	}
}
