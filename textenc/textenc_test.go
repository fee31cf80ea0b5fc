package textenc

import (
	"bytes"
	"testing"
)

func TestRoundTrip(t *testing.T) {
	le := []byte{0xFF, 0xFE, 'k', 0, '=', 0, 0xE9, 0, '\n', 0} // "k=é\n"
	be := []byte{0xFE, 0xFF, 0, 'k', 0, '=', 0, 0xE9, 0, '\n'} // the same, big-endian
	for _, tc := range []struct {
		name string
		src  []byte
		enc  Encoding
	}{{"little-endian", le, UTF16LE}, {"big-endian", be, UTF16BE}} {
		text, enc, ok := Decode(tc.src)
		if !ok || enc != tc.enc || string(text) != "k=é\n" {
			t.Fatalf("%s: Decode = %q, %v, %v", tc.name, text, enc, ok)
		}
		back, err := Encode(text, enc)
		if err != nil || !bytes.Equal(back, tc.src) {
			t.Errorf("%s: Encode = % x, %v; want % x", tc.name, back, err, tc.src)
		}
	}
}

func TestNotUTF16(t *testing.T) {
	for _, src := range [][]byte{
		[]byte("plain text"),
		{0xFF, 0xFE, 0, 0, 'a', 0, 0, 0}, // UTF-32 LE's mark
		{0xFF, 0xFE, 'a'},                // odd length: not whole code units
		{0x89, 'P', 'N', 'G', 0, 0},      // a binary with NUL bytes
	} {
		if text, enc, ok := Decode(src); ok || enc != UTF8 || !bytes.Equal(text, src) {
			t.Errorf("Decode(% x) = %q, %v, %v; want it unchanged", src, text, enc, ok)
		}
	}
}
