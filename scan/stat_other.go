//go:build !linux && !darwin

package scan

import "os"

// statOf is a file's identity for the result cache: size, mtime and mode only here, so a file
// whose mtime is restored after a same-size edit is caught by the racy check alone.
func statOf(info os.FileInfo) fileStat {
	return fileStat{Size: info.Size(), MTime: info.ModTime().UnixNano(), Mode: uint32(info.Mode())}
}

// statAt is statOf by name in an open directory where the system call is wired up (Linux);
// here the file is stat'ed by path instead.
func statAt(dirFD int, name string) (fileStat, bool) { return fileStat{}, false }
