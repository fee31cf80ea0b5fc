// Package textenc reads text files that are not UTF-8: UTF-16 with a byte-order mark, what
// Windows PowerShell 5's Out-File and redirection write (a settings JSON, a .ps1, a .psd1).
// keylint checks such a file as the UTF-8 text it holds, and --fix writes it back in its own
// encoding.
package textenc

import (
	"bytes"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
)

// Encoding is a file's text encoding.
type Encoding int

const (
	UTF8 Encoding = iota // UTF-8 or anything without a UTF-16 byte-order mark
	UTF16LE
	UTF16BE
)

// Detect names a file's encoding by its byte-order mark.
func Detect(src []byte) Encoding {
	switch {
	case bytes.HasPrefix(src, []byte{0xFF, 0xFE}) && !bytes.HasPrefix(src, []byte{0xFF, 0xFE, 0, 0}):
		return UTF16LE // (FF FE 00 00 is UTF-32's mark)
	case bytes.HasPrefix(src, []byte{0xFE, 0xFF}):
		return UTF16BE
	}
	return UTF8
}

func codec(e Encoding, bom unicode.BOMPolicy) encoding.Encoding {
	if e == UTF16BE {
		return unicode.UTF16(unicode.BigEndian, bom)
	}
	return unicode.UTF16(unicode.LittleEndian, bom)
}

// Decode returns a UTF-16 file's text as UTF-8, without the byte-order mark, and ok; a file
// without the mark, or whose code units do not decode, is returned as it is with ok false.
func Decode(src []byte) (text []byte, enc Encoding, ok bool) {
	enc = Detect(src)
	if enc == UTF8 || len(src)%2 != 0 {
		return src, UTF8, false
	}
	text, err := codec(enc, unicode.ExpectBOM).NewDecoder().Bytes(src)
	if err != nil {
		return src, UTF8, false
	}
	return text, enc, true
}

// Encode writes UTF-8 text back in enc, with the byte-order mark Decode took off.
func Encode(text []byte, enc Encoding) ([]byte, error) {
	if enc == UTF8 {
		return text, nil
	}
	return codec(enc, unicode.UseBOM).NewEncoder().Bytes(text)
}
