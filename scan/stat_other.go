//go:build !linux && !darwin

package scan

import "os"

// statOf is a file's identity for the result cache: size, mtime and mode only here, so a file
// whose mtime is restored after a same-size edit is caught by the racy check alone.
func statOf(info os.FileInfo) fileStat {
	return fileStat{Size: info.Size(), MTime: info.ModTime().UnixNano(), Mode: uint32(info.Mode())}
}
