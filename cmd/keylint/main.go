// Command keylint finds code, configuration and infrastructure that authenticates to Azure
// OpenAI and Azure AI services with API keys, and proposes the keyless rewrite.
//
//	keylint [flags] [paths or patterns]   scan (default: .)
//	keylint rules [ID]                    list the rules, or print one rule's doc
//	keylint review [flags]                review a pull request's added lines on GitHub
//	keylint merge --output OUT IN...      merge SARIF or JSON reports (shards, repositories)
//	keylint history [flags] [path]        find keys ever committed to a repository's history
//	keylint version                       print the version
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"

	"github.com/keylint/keylint/redact"
)

// Exit codes, as golangci-lint and gitleaks users expect them.
const (
	exitClean    = 0 // nothing at or above --fail-on
	exitFindings = 1
	exitError    = 2 // usage, config or internal error
)

// commands are the subcommand words, for the message when one is mistyped.
var commands = []string{"rules", "review", "merge", "version", "help"}

// version is set at release time with -ldflags "-X main.version=v0.1.0"; `go install` builds
// read it from the module's build info instead.
var version = "dev"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run is main without the process: tests call it directly. Everything it writes passes the
// redaction boundary (package redact): the secrets a scan finds are hidden in every output.
func run(ctx context.Context, args []string, rawStdout, rawStderr io.Writer) (code int) {
	red := redact.New()
	stdoutW, stderrW := red.Writer(rawStdout), red.Writer(rawStderr)
	defer stdoutW.Flush()
	defer stderrW.Flush()
	stdout, stderr := io.Writer(stdoutW), io.Writer(stderrW)
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "keylint: internal error (please report this): %v\n%s", r, debug.Stack())
			code = exitError
		}
	}()
	if len(args) > 0 {
		switch args[0] {
		case "rules":
			return runRules(args[1:], stdout, stderr)
		case "review":
			return runReview(ctx, args[1:], stdout, stderr, red)
		case "merge":
			return runMerge(args[1:], stdout, stderr)
		case "history":
			return runHistory(ctx, args[1:], stdout, stderr)
		case "version", "--version":
			fmt.Fprintln(stdout, "keylint", currentVersion())
			return exitClean
		case "help", "-h", "-help", "--help":
			printUsage(stdout)
			return exitClean
		}
	}
	return runScan(ctx, args, stdout, stderr, red)
}

// rawWriter returns the writer under the redaction boundary, for the questions only the real
// file can answer (is it a terminal? is it the file --output names?).
func rawWriter(w io.Writer) io.Writer {
	if rw, ok := w.(*redact.Writer); ok {
		return rw.Unwrap()
	}
	return w
}

func currentVersion() string {
	if version != "dev" {
		return version
	}
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return version
}

func printUsage(w io.Writer) {
	fmt.Fprint(w, `keylint finds API-key authentication to Azure OpenAI and Azure AI services and
proposes the keyless (Microsoft Entra ID) rewrite.

Usage:
  keylint [flags] [paths or patterns]   scan files and directories (default: .; ./... works too)
  keylint rules [ID]                    list the rules, or print one rule's documentation
  keylint review [flags]                post a GitHub review of a pull request's added lines
                                        with the keyless rewrites as suggestions (--help)
  keylint merge [--output OUT] IN...    merge SARIF or JSON reports of one format (the parts
                                        of a --shard K/N scan, or several runs) into one
  keylint history [flags] [path]        find keys ever committed to a repository's history,
                                        deleted or not (--help)
  keylint version                       print the version

Flags:
`)
	fs, _ := newScanFlags(io.Discard)
	fs.SetOutput(w)
	fs.PrintDefaults()
	fmt.Fprint(w, `
Exit codes: 0 nothing at or above --fail-on, 1 findings, 2 usage, config or internal error.
Suppress a finding with a comment on its line or the line above:
  # keylint:ignore[KL102] reason
`)
}
