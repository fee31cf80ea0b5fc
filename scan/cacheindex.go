package scan

import (
	"bytes"
	"encoding/binary"
	"encoding/gob"
	"errors"
	"hash/crc32"
	"sort"
)

// The index file: a table of every file's entry in a compact binary form (paths sorted and
// prefix-compressed, numbers as varints), then the few entries' results in one gob stream,
// then a CRC-32C of everything before it. Decoding a 58,000-file index takes milliseconds;
// a damaged or truncated file fails its checksum and is read as an empty index.
//
//	magic "KLCI" | str tool | str key | uvarint n | uvarint path bytes | n × entry | bytes gob([]cacheResult) | crc32c
//	entry: uvarint shared-prefix | str suffix | varint size mtime ctime | uvarint ino dev mode
//	       sum bytes | varint seen | byte flags | uvarint parsed | uvarint result (0: none, else i+1)

var indexMagic = []byte("KLCI")

var errBadIndex = errors.New("cache index damaged")

// maxIndexPath bounds a path's length in a sound index (PATH_MAX), so a damaged length cannot
// ask for an absurd allocation.
const maxIndexPath = 4096

// encodeIndex writes entries (in any order) as an index file's bytes.
func encodeIndex(tool, key string, entries []*cacheEntry) ([]byte, error) {
	sort.Slice(entries, func(a, b int) bool { return entries[a].Path < entries[b].Path })
	var results []*cacheResult
	b := append([]byte(nil), indexMagic...)
	b = appendString(b, tool)
	b = appendString(b, key)
	b = binary.AppendUvarint(b, uint64(len(entries)))
	pathBytes := 0
	for _, e := range entries {
		pathBytes += len(e.Path)
	}
	// The decoder allocates the paths at once: grown by appends, they were most of its time.
	b = binary.AppendUvarint(b, uint64(pathBytes))
	prev := ""
	for _, e := range entries {
		n := 0
		for n < len(prev) && n < len(e.Path) && prev[n] == e.Path[n] {
			n++
		}
		b = binary.AppendUvarint(b, uint64(n))
		b = appendString(b, e.Path[n:])
		prev = e.Path
		st := e.Stat
		b = binary.AppendVarint(b, st.Size)
		b = binary.AppendVarint(b, st.MTime)
		b = binary.AppendVarint(b, st.CTime)
		b = binary.AppendUvarint(b, st.Ino)
		b = binary.AppendUvarint(b, st.Dev)
		b = binary.AppendUvarint(b, uint64(st.Mode))
		b = binary.AppendUvarint(b, uint64(e.Sum))
		b = binary.AppendVarint(b, e.Bytes)
		b = binary.AppendVarint(b, e.Seen)
		b = append(b, byte(e.Flags))
		b = binary.AppendUvarint(b, uint64(e.Parsed))
		ref := 0
		if e.R != nil {
			results = append(results, e.R)
			ref = len(results)
		}
		b = binary.AppendUvarint(b, uint64(ref))
	}
	var gb bytes.Buffer
	if err := gob.NewEncoder(&gb).Encode(results); err != nil {
		return nil, err
	}
	b = appendString(b, gb.String())
	return binary.LittleEndian.AppendUint32(b, crc32.Checksum(b, castagnoli)), nil
}

// decodeIndex reads an index file's bytes; tool and key must be the ones it was written with.
func decodeIndex(data []byte, tool, key string) (map[string]*cacheEntry, error) {
	if len(data) < len(indexMagic)+4 || !bytes.HasPrefix(data, indexMagic) {
		return nil, errBadIndex
	}
	body := data[:len(data)-4]
	if binary.LittleEndian.Uint32(data[len(body):]) != crc32.Checksum(body, castagnoli) {
		return nil, errBadIndex
	}
	d := &decoder{b: body[len(indexMagic):]}
	if d.str() != tool || d.str() != key {
		return nil, errBadIndex // another build or settings (a name collision): not ours
	}
	n := d.uvarint()
	pathBytes := d.uvarint()
	if d.err != nil || n > uint64(len(d.b)) || pathBytes > n*maxIndexPath {
		return nil, errBadIndex
	}
	entries := make([]cacheEntry, n)
	refs := make([]uint64, n)
	// Every path, once; the entries' Path strings are cut from one string. The allocation is
	// bounded by the file's size too (prefix compression saves far less than 16x), so a
	// damaged count costs no more memory than a sound index would.
	paths := make([]byte, 0, min(pathBytes, 16*uint64(len(data))))
	ends := make([]int, n)
	prev := 0 // start of the previous path in paths
	for i := range entries {
		shared := d.uvarint()
		suffix := d.bytes()
		if shared > uint64(len(paths)-prev) {
			return nil, errBadIndex
		}
		start := len(paths)
		paths = append(paths, paths[prev:prev+int(shared)]...)
		paths = append(paths, suffix...)
		prev, ends[i] = start, len(paths)
		e := &entries[i]
		e.Stat.Size = d.varint()
		e.Stat.MTime = d.varint()
		e.Stat.CTime = d.varint()
		e.Stat.Ino = d.uvarint()
		e.Stat.Dev = d.uvarint()
		e.Stat.Mode = uint32(d.uvarint())
		e.Sum = uint32(d.uvarint())
		e.Bytes = d.varint()
		e.Seen = d.varint()
		e.Flags = entFlags(d.byte())
		e.Parsed = uint16(d.uvarint())
		refs[i] = d.uvarint()
	}
	var results []*cacheResult
	if gb := d.bytes(); d.err == nil {
		if err := gob.NewDecoder(bytes.NewReader(gb)).Decode(&results); err != nil {
			return nil, errBadIndex
		}
	}
	if d.err != nil || len(d.b) != 0 {
		return nil, errBadIndex
	}
	all := string(paths)
	m := make(map[string]*cacheEntry, n)
	start := 0
	for i := range entries {
		e := &entries[i]
		e.Path = all[start:ends[i]]
		start = ends[i]
		if r := refs[i]; r > 0 {
			if r > uint64(len(results)) {
				return nil, errBadIndex
			}
			e.R = results[r-1]
		}
		m[e.Path] = e
	}
	return m, nil
}

func appendString(b []byte, s string) []byte {
	return append(binary.AppendUvarint(b, uint64(len(s))), s...)
}

// decoder reads the table; the first error sticks and every later read returns zero.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.err = errBadIndex
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) varint() int64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.err = errBadIndex
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) byte() byte {
	if d.err != nil || len(d.b) == 0 {
		d.err = errBadIndex
		return 0
	}
	c := d.b[0]
	d.b = d.b[1:]
	return c
}

func (d *decoder) bytes() []byte {
	n := d.uvarint()
	if d.err != nil || n > uint64(len(d.b)) {
		d.err = errBadIndex
		return nil
	}
	v := d.b[:n]
	d.b = d.b[n:]
	return v
}

func (d *decoder) str() string { return string(d.bytes()) }
