package scan

// dirEntry is a directory entry as the walk needs it: its name and what kind of file it is
// (not followed: a symlink is a symlink).
type dirEntry struct {
	name string
	kind entKind
}

type entKind uint8

const (
	entOther entKind = iota // devices, sockets, pipes; also an entry that vanished
	entDir
	entRegular
	entSymlink
)
