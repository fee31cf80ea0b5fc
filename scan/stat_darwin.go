package scan

import (
	"os"
	"syscall"
)

// statOf is a file's identity for the result cache, as git's index keeps it.
func statOf(info os.FileInfo) fileStat {
	st := fileStat{Size: info.Size(), MTime: info.ModTime().UnixNano(), Mode: uint32(info.Mode())}
	if s, ok := info.Sys().(*syscall.Stat_t); ok {
		st.CTime = s.Ctimespec.Nano()
		st.Ino, st.Dev = s.Ino, uint64(s.Dev)
	}
	return st
}

// statAt is statOf by name in an open directory where the system call is wired up (Linux);
// here the file is stat'ed by path instead.
func statAt(dirFD int, name string) (fileStat, bool) { return fileStat{}, false }
