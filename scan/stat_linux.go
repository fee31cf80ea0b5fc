package scan

import (
	"io/fs"
	"os"
	"syscall"

	"golang.org/x/sys/unix"
)

// statOf is a file's identity for the result cache, as git's index keeps it.
func statOf(info os.FileInfo) fileStat {
	st := fileStat{Size: info.Size(), MTime: info.ModTime().UnixNano(), Mode: uint32(info.Mode())}
	if s, ok := info.Sys().(*syscall.Stat_t); ok {
		st.CTime = s.Ctim.Nano()
		st.Ino, st.Dev = s.Ino, uint64(s.Dev)
	}
	return st
}

// statAt stats a regular file by its name in an open directory (no path lookup from the
// root, which on a cached run is most of a stat's cost) with the same identity statOf gives
// from os.Lstat. ok is false for anything but a regular file, or on an error: the file is then
// stat'ed by path as before.
func statAt(dirFD int, name string) (st fileStat, ok bool) {
	var s unix.Stat_t
	if dirFD < 0 || unix.Fstatat(dirFD, name, &s, unix.AT_SYMLINK_NOFOLLOW) != nil || s.Mode&unix.S_IFMT != unix.S_IFREG {
		return fileStat{}, false
	}
	mode := fs.FileMode(s.Mode & 0o777) // as os.Lstat builds a regular file's mode
	if s.Mode&unix.S_ISUID != 0 {
		mode |= fs.ModeSetuid
	}
	if s.Mode&unix.S_ISGID != 0 {
		mode |= fs.ModeSetgid
	}
	if s.Mode&unix.S_ISVTX != 0 {
		mode |= fs.ModeSticky
	}
	return fileStat{Size: s.Size, MTime: s.Mtim.Nano(), CTime: s.Ctim.Nano(), Ino: s.Ino, Dev: uint64(s.Dev), Mode: uint32(mode)}, true
}
