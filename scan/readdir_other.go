//go:build !linux

package scan

import (
	"io/fs"
	"os"
)

// openDir lists a directory; the descriptor is -1 here (statAt is Linux's).
func openDir(dir string) ([]dirEntry, int, error) {
	des, err := os.ReadDir(dir)
	if err != nil {
		return nil, -1, err
	}
	ents := make([]dirEntry, 0, len(des))
	for _, d := range des {
		e := dirEntry{name: d.Name()}
		switch t := d.Type(); {
		case t.IsDir():
			e.kind = entDir
		case t&fs.ModeSymlink != 0:
			e.kind = entSymlink
		case t.IsRegular():
			e.kind = entRegular
		}
		ents = append(ents, e)
	}
	return ents, -1, nil
}

func closeDir(int) {}
