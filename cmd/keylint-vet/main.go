// Command keylint-vet runs keylint's Go rules as a vet tool:
//
//	go install github.com/keylint/keylint/cmd/keylint-vet@latest
//	go vet -vettool=$(which keylint-vet) ./...
//	go vet -vettool=$(which keylint-vet) -fix ./...   # apply the keyless rewrites
//
// It is also a standalone checker: `keylint-vet ./...` (with -fix).
package main

import (
	"os"

	"golang.org/x/tools/go/analysis/singlechecker"
	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/keylint/keylint/analyzers/goanalyzer"
)

func main() {
	// go vet runs a vet tool with one argument ending in .cfg (and flags before it).
	if len(os.Args) > 1 && hasCfgArg(os.Args[1:]) || len(os.Args) == 2 && (os.Args[1] == "-flags" || os.Args[1] == "-V=full") {
		unitchecker.Main(goanalyzer.All)
		return
	}
	singlechecker.Main(goanalyzer.All)
}

func hasCfgArg(args []string) bool {
	for _, a := range args {
		if len(a) > 4 && a[len(a)-4:] == ".cfg" {
			return true
		}
	}
	return false
}
