package keyformat

import (
	"encoding/base64"
	"encoding/binary"
	"math/bits"
)

// The 84-character Azure AI services key ends in a checksum of the first 80 characters, so a
// key can be told from random text offline. The layout and the checksum are documented by the
// public microsoft/security-utilities repository (IdentifiableSecrets.cs,
// LegacyCommonAnnotatedSecurityKey.cs, Marvin.NetFramework.cs): Marvin32 of the base64-decoded
// first 80 characters, seeded with the bytes of "Default0".

// checksumSeed is "Default0" read as a big-endian 64-bit number.
const checksumSeed uint64 = 0x44656661756C7430

// Marvin32 is the 32-bit Marvin hash (the one .NET uses for strings) of data with a 64-bit seed:
// the xor of the two 32-bit halves of the state.
func Marvin32(data []byte, seed uint64) uint32 {
	p0, p1 := marvin(data, seed)
	return p0 ^ p1
}

// Marvin64 is the 64-bit form: high half p1, low half p0.
func Marvin64(data []byte, seed uint64) uint64 {
	p0, p1 := marvin(data, seed)
	return uint64(p1)<<32 | uint64(p0)
}

func marvin(data []byte, seed uint64) (uint32, uint32) {
	p0, p1 := uint32(seed), uint32(seed>>32)
	block := func() {
		p1 ^= p0
		p0 = bits.RotateLeft32(p0, 20)
		p0 += p1
		p1 = bits.RotateLeft32(p1, 9)
		p1 ^= p0
		p0 = bits.RotateLeft32(p0, 27)
		p0 += p1
		p1 = bits.RotateLeft32(p1, 19)
	}
	for len(data) >= 4 {
		p0 += binary.LittleEndian.Uint32(data)
		block()
		data = data[4:]
	}
	// The tail is padded with a single 0x80 byte after the remaining bytes.
	final := uint32(0x80) << (8 * uint(len(data)))
	for i, b := range data {
		final |= uint32(b) << (8 * uint(i))
	}
	p0 += final
	block()
	block()
	return p0, p1
}

// ValidChecksum reports whether an 84-character key's last four characters are the checksum of
// the first 80. Two encodings are in use: the raw base64 of the checksum's first three
// little-endian bytes (issued keys) and a base62 form (newer generators); both are accepted.
func ValidChecksum(key []byte) bool {
	if len(key) != azureKeyLen {
		return false
	}
	body := make([]byte, 60)
	if n, err := base64.StdEncoding.Decode(body, key[:80]); err != nil || n != 60 {
		return false
	}
	var le [4]byte
	binary.LittleEndian.PutUint32(le[:], Marvin32(body, checksumSeed))
	want := string(key[80:])
	return base64.StdEncoding.EncodeToString(le[:3]) == want || base62Checksum(le)[:4] == want
}

const base62Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

// base62Checksum encodes the checksum bytes as a big-endian number in base62, one '0' per
// leading zero byte, right-padded with '0' to six characters.
func base62Checksum(le [4]byte) string {
	out := make([]byte, 0, 8)
	for i := 0; i < 3 && le[i] == 0; i++ {
		out = append(out, '0')
	}
	n := binary.BigEndian.Uint32(le[:])
	var digits []byte
	for n > 0 {
		digits = append(digits, base62Alphabet[n%62])
		n /= 62
	}
	for i := len(digits) - 1; i >= 0; i-- {
		out = append(out, digits[i])
	}
	for len(out) < 6 {
		out = append(out, '0')
	}
	return string(out)
}
