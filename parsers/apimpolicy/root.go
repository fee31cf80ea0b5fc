package apimpolicy

import "bytes"

// Root names the root element a text starts with, read cheaply before any real parse: it
// skips a byte-order mark, white space, the XML declaration, comments and a doctype, and
// returns "policies" or "fragment" (the two roots APIM policy documents have), or "" for
// anything else. Only the first rootScanLimit bytes are looked at.
func Root(text []byte) string {
	if len(text) > rootScanLimit {
		text = text[:rootScanLimit]
	}
	text = bytes.TrimPrefix(text, []byte("\xef\xbb\xbf"))
	for {
		text = bytes.TrimLeft(text, " \t\r\n")
		var end []byte
		switch {
		case bytes.HasPrefix(text, []byte("<?")):
			end = []byte("?>")
		case bytes.HasPrefix(text, []byte("<!--")):
			end = []byte("-->")
		case bytes.HasPrefix(text, []byte("<!")):
			end = []byte(">")
		}
		if end == nil {
			break
		}
		i := bytes.Index(text[2:], end)
		if i < 0 {
			return ""
		}
		text = text[2+i+len(end):]
	}
	for _, root := range []string{"policies", "fragment"} {
		if bytes.HasPrefix(text, []byte("<"+root)) && len(text) > len(root)+1 {
			switch text[len(root)+1] {
			case '>', '/', ' ', '\t', '\r', '\n':
				return root
			}
		}
	}
	return ""
}

const rootScanLimit = 1 << 20
