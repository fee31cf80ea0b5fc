package scan

import (
	"encoding/binary"
	"io/fs"

	"golang.org/x/sys/unix"
)

// openDir lists a directory with one open and a few getdents calls and leaves it open for
// statAt: the walk of a cached run is mostly these system calls, and os.ReadDir adds a poller
// registration, an fstat and a sort per directory. close must be called when done.
func openDir(dir string) (ents []dirEntry, fd int, err error) {
	fd, err = unix.Open(dir, unix.O_RDONLY|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
	if err != nil {
		return nil, -1, &fs.PathError{Op: "open", Path: dir, Err: err}
	}
	buf := make([]byte, 32<<10)
	for {
		n, err := unix.Getdents(fd, buf)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			unix.Close(fd)
			return nil, -1, &fs.PathError{Op: "readdirent", Path: dir, Err: err}
		}
		if n <= 0 {
			break
		}
		ents = appendDirents(ents, fd, buf[:n])
	}
	return ents, fd, nil
}

func closeDir(fd int) {
	if fd >= 0 {
		unix.Close(fd)
	}
}

// direntHeader is the fixed part of struct linux_dirent64: d_ino, d_off, d_reclen, d_type.
const direntHeader = 8 + 8 + 2 + 1

// appendDirents decodes a getdents64 buffer. An entry whose type the file system does not
// report (DT_UNKNOWN) is stat'ed.
func appendDirents(ents []dirEntry, fd int, b []byte) []dirEntry {
	for len(b) >= direntHeader {
		reclen := int(binary.NativeEndian.Uint16(b[16:18]))
		if reclen < direntHeader || reclen > len(b) {
			break // not a record: the rest of the buffer cannot be trusted
		}
		typ, name := b[18], b[direntHeader:reclen]
		for i, c := range name {
			if c == 0 {
				name = name[:i]
				break
			}
		}
		b = b[reclen:]
		if len(name) == 0 || string(name) == "." || string(name) == ".." {
			continue
		}
		e := dirEntry{name: string(name)}
		switch typ {
		case unix.DT_DIR:
			e.kind = entDir
		case unix.DT_REG:
			e.kind = entRegular
		case unix.DT_LNK:
			e.kind = entSymlink
		case unix.DT_UNKNOWN:
			var st unix.Stat_t
			if unix.Fstatat(fd, e.name, &st, unix.AT_SYMLINK_NOFOLLOW) == nil {
				e.kind = kindOfMode(st.Mode)
			}
		}
		ents = append(ents, e)
	}
	return ents
}

func kindOfMode(m uint32) entKind {
	switch m & unix.S_IFMT {
	case unix.S_IFDIR:
		return entDir
	case unix.S_IFREG:
		return entRegular
	case unix.S_IFLNK:
		return entSymlink
	}
	return entOther
}
