package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/fixes"
	"github.com/keylint/keylint/scan"
)

// fixSummary is what --fix or --diff did over all files.
type fixSummary struct {
	applied, files, dropped int
}

// applyFixes runs the keyless rewrites on every file a finding offers a fix for. With write
// it replaces the files; otherwise it prints a unified diff per file to stdout. Per-file
// problems are printed to stderr and the other files are still done.
func applyFixes(ctx context.Context, cfg scan.Config, findings []keylint.Finding, write bool, stdout, stderr io.Writer) (fixSummary, error) {
	var sum fixSummary
	var paths []string
	seen := map[string]bool{}
	for _, f := range findings {
		if len(f.Fixes) > 0 && !seen[f.Path] {
			seen[f.Path] = true
			paths = append(paths, f.Path)
		}
	}
	sort.Strings(paths)
	if len(paths) == 0 {
		return sum, nil
	}
	checker, err := scan.NewFileChecker(cfg)
	if err != nil {
		return sum, err
	}
	defer checker.Close()
	for _, path := range paths {
		if err := ctx.Err(); err != nil {
			return sum, err
		}
		name := filepath.FromSlash(path)
		src, mode, err := readRegular(name)
		if err != nil {
			fmt.Fprintf(stderr, "keylint: %s: not fixed: %v\n", path, err)
			continue
		}
		res, err := fixes.File(path, src, func(b []byte) ([]keylint.Finding, error) {
			return checker.Check(ctx, name, b)
		})
		if err != nil {
			fmt.Fprintf(stderr, "keylint: %s: not fixed: the file could not be checked whole (%v)\n", path, err)
			continue
		}
		sum.dropped += res.Dropped
		if res.Applied == 0 {
			continue
		}
		if !write {
			fmt.Fprint(stdout, fixes.Diff(path, src, res.Src))
		} else if err := replaceFile(name, src, res.Src, mode); err != nil {
			fmt.Fprintf(stderr, "keylint: %s: not fixed: %v\n", path, err)
			continue
		}
		sum.applied += res.Applied
		sum.files++
	}
	return sum, nil
}

// readRegular reads a regular file (never through a symlink: the link's target may be
// outside the tree).
func readRegular(name string) ([]byte, os.FileMode, error) {
	info, err := os.Lstat(name)
	if err != nil {
		return nil, 0, err
	}
	if !info.Mode().IsRegular() {
		return nil, 0, fmt.Errorf("not a regular file")
	}
	src, err := os.ReadFile(name)
	return src, info.Mode().Perm(), err
}

// replaceFile writes the fixed contents atomically: a temp file in the same directory, then a
// rename over the original, with its permissions. A file that changed since it was read (an
// editor saved it meanwhile) is left alone.
func replaceFile(name string, was, now []byte, mode os.FileMode) error {
	current, _, err := readRegular(name)
	if err != nil {
		return err
	}
	if !bytes.Equal(current, was) {
		return fmt.Errorf("changed since it was read; run keylint --fix again")
	}
	tmp, err := os.CreateTemp(filepath.Dir(name), ".keylint-fix-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // no-op after the rename
	if _, err := tmp.Write(now); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(mode); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), name)
}
