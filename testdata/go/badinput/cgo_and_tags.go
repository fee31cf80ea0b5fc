//go:build linux && cgo

package badinput

/*
#include <stdlib.h>
*/
import "C"

import (
	"net/http"
	"os"
)

func request(req *http.Request) {
	req.Header.Set("api-key", os.Getenv("AZURE_OPENAI_API_KEY")) // want "KL104"
	C.free(nil)
}
