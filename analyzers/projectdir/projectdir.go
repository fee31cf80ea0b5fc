// Package projectdir walks from a source file up through the directories of the program it
// belongs to, for the checkers that look beside a file for the program's own modules, types
// and namespaces. It stops at the repository's root: nothing above it is the program's.
package projectdir

import (
	"os"
	"path/filepath"
)

// Of returns the absolute directory holding the file at path, when path is a regular file on
// disk (not stdin, not a test's in-memory source).
func Of(path string) (string, bool) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", false
	}
	if st, err := os.Stat(abs); err != nil || !st.Mode().IsRegular() {
		return "", false
	}
	return filepath.Dir(abs), true
}

// Up returns dir and the directories above it, at most levels of them, ending early at the
// repository's root (the directory holding .git) or the filesystem's.
func Up(dir string, levels int) []string {
	dirs := []string{dir}
	for i := 0; i < levels; i++ {
		if _, err := os.Stat(filepath.Join(dir, ".git")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent
		dirs = append(dirs, dir)
	}
	return dirs
}
