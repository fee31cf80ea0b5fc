//go:build cgo

package keywords

/*
#include <stdlib.h>
#include "search.h"
*/
import "C"

import (
	"strings"
	"unsafe"
)

// cMatcher holds the keyword table in C memory, so C can read it without cgo pointer rules.
// Sets live as long as the process (one per scan configuration), so the table is never freed.
type cMatcher struct {
	table *C.kl_keyword
	n     C.int
}

func newMatcher(words []Keyword) matcher {
	n := len(words)
	table := (*C.kl_keyword)(C.calloc(C.size_t(n), C.size_t(unsafe.Sizeof(C.kl_keyword{}))))
	entries := unsafe.Slice(table, n)
	for i, k := range words {
		at := strings.Index(k.Word, k.Anchor)
		entries[i] = C.kl_keyword{
			word: (*C.uchar)(unsafe.Pointer(C.CString(k.Word))),
			len:  C.uint32_t(len(k.Word)),
			at:   C.uint32_t(at),
			a0:   C.uchar(k.Anchor[0]),
			a1:   C.uchar(k.Anchor[1]),
		}
		if k.Weak {
			entries[i].weak = 1
		}
		if k.Boundary {
			entries[i].boundary = 1
		}
	}
	return &cMatcher{table: table, n: C.int(n)}
}

func (m *cMatcher) scan(src []byte) Result {
	if len(src) == 0 {
		return None
	}
	// C reads src only during the call.
	return Result(C.kl_scan((*C.uchar)(unsafe.Pointer(&src[0])), C.size_t(len(src)), m.table, m.n))
}
