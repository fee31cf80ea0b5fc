package scan

import (
	"context"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestWalkDeepTreeFewDescriptors: the walk holds no descriptor per level of depth, so a tree
// deeper than the descriptor limit is walked whole (with the cache, which stats by descriptor).
func TestWalkDeepTreeFewDescriptors(t *testing.T) {
	root := t.TempDir()
	dir := root
	for i := 0; i < 300; i++ {
		dir = filepath.Join(dir, "d")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	writeFiles(t, dir, map[string]string{"app.py": keyPy})
	var old syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &old); err != nil {
		t.Fatal(err)
	}
	low := old
	low.Cur = 128
	if err := syscall.Setrlimit(syscall.RLIMIT_NOFILE, &low); err != nil {
		t.Fatal(err)
	}
	res, err := Run(context.Background(), Config{Paths: []string{root}, CacheDir: t.TempDir(), Workers: 2})
	syscall.Setrlimit(syscall.RLIMIT_NOFILE, &old)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Errors) > 0 || len(res.Findings) == 0 {
		t.Errorf("300 levels deep with 128 descriptors: %d findings, errors %v", len(res.Findings), res.Errors)
	}
}
