package main

import (
	"bytes"
	"context"
	"fmt"
	"github.com/keylint/keylint/textenc"
	"io"
	"os"
	"path/filepath"
	"sort"
	"syscall"

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
		raw, _, err := readRegular(name)
		if err != nil {
			fmt.Fprintf(stderr, "keylint: %s: not fixed: %v\n", path, err)
			continue
		}
		// A UTF-16 file is fixed as its text and written back in UTF-16.
		src, enc, _ := textenc.Decode(raw)
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
		} else if out, err := textenc.Encode(res.Src, enc); err != nil {
			fmt.Fprintf(stderr, "keylint: %s: not fixed: %v\n", path, err)
			continue
		} else if err := replaceFile(name, raw, out); err != nil {
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
func readRegular(name string) ([]byte, os.FileInfo, error) {
	info, err := os.Lstat(name)
	if err != nil {
		return nil, nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, nil, fmt.Errorf("not a regular file")
	}
	src, err := os.ReadFile(name)
	return src, info, err
}

// replaceFile writes the fixed contents. A file that changed since it was read (an editor saved
// it meanwhile) is left alone, and so is one without write permission: --fix never writes what
// the user could not. A plain file is replaced atomically (a temp file in the same directory,
// given the original's owner, group and mode, then renamed over it); a file with other hard
// links is rewritten in place, since a rename would split it from its other names.
func replaceFile(name string, was, now []byte) error {
	current, info, err := readRegular(name)
	if err != nil {
		return err
	}
	if !bytes.Equal(current, was) {
		return fmt.Errorf("changed since it was read; run keylint --fix again")
	}
	if !writable(name, info) {
		return fmt.Errorf("read-only (mode %04o); make it writable to apply the fix", info.Mode().Perm())
	}
	st, _ := info.Sys().(*syscall.Stat_t)
	if st != nil && st.Nlink > 1 {
		return rewriteInPlace(name, now)
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
	if st != nil && (int(st.Uid) != os.Geteuid() || int(st.Gid) != os.Getegid()) {
		if err := tmp.Chown(int(st.Uid), int(st.Gid)); err != nil {
			// Not allowed to give the file its owner back: keep it by writing in place.
			tmp.Close()
			return rewriteInPlace(name, now)
		}
	}
	if err := tmp.Chmod(info.Mode() & (os.ModePerm | os.ModeSetuid | os.ModeSetgid | os.ModeSticky)); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), name)
}

// writable reports whether the user may write the file. Root may write anything, so for root a
// file is writable only when some write bit is set: a read-only file means "do not change".
func writable(name string, info os.FileInfo) bool {
	if os.Geteuid() == 0 {
		return info.Mode().Perm()&0o222 != 0
	}
	return syscall.Access(name, 2 /* W_OK */) == nil
}

// rewriteInPlace writes new contents into the existing file (same inode, links, owner, mode).
func rewriteInPlace(name string, now []byte) error {
	f, err := os.OpenFile(name, os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	if _, err := f.Write(now); err != nil {
		f.Close()
		return err
	}
	if err := f.Truncate(int64(len(now))); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
