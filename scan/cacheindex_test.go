package scan

import (
	"encoding/binary"
	"hash/crc32"
	"testing"
)

// FuzzDecodeIndex: any index body (checksummed, so the decoder itself is reached) decodes to
// an index or to errBadIndex, never a panic; a decoded index encodes and decodes to the same
// entries.
func FuzzDecodeIndex(f *testing.F) {
	entries := []*cacheEntry{
		{Path: "a/b.py", Stat: fileStat{Size: 3, MTime: 5}, Flags: entContent | entFiles, Bytes: 3, Sum: 7},
		{Path: "a/c.py", R: &cacheResult{ErrMsg: "x"}},
	}
	sound, err := encodeIndex("tool", "key", entries)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(sound[:len(sound)-4])
	f.Add([]byte("KLCI"))
	f.Fuzz(func(t *testing.T, body []byte) {
		data := binary.LittleEndian.AppendUint32(append([]byte(nil), body...), crc32.Checksum(body, castagnoli))
		m, err := decodeIndex(data, "tool", "key")
		if err != nil {
			if err != errBadIndex {
				t.Fatalf("error %v, want errBadIndex", err)
			}
			return
		}
		var list []*cacheEntry
		for _, e := range m {
			list = append(list, e)
		}
		again, err := encodeIndex("tool", "key", list)
		if err != nil {
			t.Fatal(err)
		}
		m2, err := decodeIndex(again, "tool", "key")
		if err != nil || len(m2) != len(m) {
			t.Fatalf("re-encoded index: %d entries, %v; want %d", len(m2), err, len(m))
		}
		for p, e := range m {
			if e2 := m2[p]; e2 == nil || e2.Stat != e.Stat || e2.Flags != e.Flags || e2.Sum != e.Sum || (e2.R == nil) != (e.R == nil) {
				t.Fatalf("%q changed in a round trip", p)
			}
		}
	})
}
