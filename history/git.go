package history

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"time"
)

// gitEnv keeps git from asking for anything or fetching: a partial clone's missing blobs are
// reported as missing, never downloaded one by one during a scan (GIT_NO_LAZY_FETCH, git 2.45+;
// older versions ignore it), and no pager or terminal prompt.
var gitEnv = append(os.Environ(), "GIT_NO_LAZY_FETCH=1", "GIT_TERMINAL_PROMPT=0", "GIT_PAGER=cat", "LC_ALL=C")

func gitCmd(ctx context.Context, dir string, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, "git", append([]string{"-C", dir, "-c", "core.quotePath=false"}, args...)...)
	cmd.Env = gitEnv
	return cmd
}

// gitOutput runs git and returns its stdout; the error carries git's own message.
func gitOutput(ctx context.Context, dir string, args ...string) ([]byte, error) {
	cmd := gitCmd(ctx, dir, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		return out, fmt.Errorf("git %s: %s", args[0], msg)
	}
	return out, nil
}

// ErrNotRepository is returned for a directory that is not in a git repository.
var ErrNotRepository = errors.New("not a git repository")

// repo is what Run learns about the repository before it starts.
type repo struct {
	dir     string // where git runs (the directory asked for)
	top     string // the top of the work tree (the git directory of a bare repository)
	prefix  string // the directory's path inside the work tree, "" at the top or in a bare repository
	hasHead bool
	shallow bool
}

func openRepo(ctx context.Context, dir string) (*repo, error) {
	if _, err := exec.LookPath("git"); err != nil {
		return nil, fmt.Errorf("git is not installed: keylint history reads the commits with git")
	}
	if info, err := os.Stat(dir); err != nil {
		return nil, err
	} else if !info.IsDir() {
		return nil, fmt.Errorf("%s is not a directory", dir)
	}
	out, err := gitOutput(ctx, dir, "rev-parse", "--is-bare-repository", "--is-shallow-repository", "--show-prefix")
	if err != nil {
		return nil, fmt.Errorf("%s: %w (keylint history scans a repository's commits; run it in a clone)", dir, ErrNotRepository)
	}
	lines := strings.Split(strings.TrimRight(string(out), "\n"), "\n")
	r := &repo{dir: dir}
	if len(lines) >= 2 {
		r.shallow = lines[1] == "true"
	}
	r.top = dir
	if len(lines) >= 3 && lines[0] != "true" {
		r.prefix = lines[2]
		if out, err := gitOutput(ctx, dir, "rev-parse", "--show-toplevel"); err == nil {
			r.top = strings.TrimSpace(string(out))
		}
	}
	_, err = gitOutput(ctx, dir, "rev-parse", "--verify", "--quiet", "HEAD^{commit}")
	r.hasHead = err == nil
	return r, nil
}

// logArgs is the `git log` that lists, oldest first, every commit to scan with the files it
// added or modified and their blob ids. --raw needs no diff computed (git only compares trees),
// so listing a long history takes seconds; the blobs are read in parallel afterwards.
func (r *repo) logArgs(since string, all bool) []string {
	// --no-renames: rename detection reads blobs in git's one process (and fails on a partial
	// clone's missing ones); parseLog pairs exact renames itself.
	args := []string{"log", "--raw", "--no-abbrev", "-z", "--reverse", "--full-history", "--no-color",
		"--no-renames", "--format=%x01%H %aI"}
	switch {
	case all && since != "":
		args = append(args, "--all", "^"+since)
	case all:
		args = append(args, "--all")
	case since != "":
		args = append(args, since+"..HEAD")
	default:
		args = append(args, "HEAD")
	}
	args = append(args, "--")
	if r.prefix != "" {
		args = append(args, ".") // the directory asked for (git runs there)
	}
	return args
}

// commit is one commit of the log.
type commit struct {
	id   string
	date time.Time
}

// change is one file a commit added or modified.
type change struct {
	seq      int // order in the log, oldest first
	commit   int // index into the commits
	commitID string
	path     string
	old, new string // blob ids; old is "" for an added file
}

const zeroOID = "0000000000000000000000000000000000000000"

// parseLog reads `git log --raw -z` output, calling onCommit for each commit and onChange for
// each regular file it added or modified (not symlinks or submodules). A file added with the
// exact contents of a file the same commit deleted is a rename, which adds no line.
func parseLog(r io.Reader, onCommit func(commit), onChange func(change)) error {
	br := bufio.NewReaderSize(r, 1<<20)
	seq, commits, id := 0, -1, ""
	var pending []change         // the current commit's changes
	deleted := map[string]bool{} // blobs the current commit deleted
	flush := func() {
		for _, c := range pending {
			if c.old == "" && deleted[c.new] {
				continue
			}
			c.seq = seq
			onChange(c)
			seq++
		}
		pending = pending[:0]
		clear(deleted)
	}
	for {
		tok, err := br.ReadString(0)
		if err == io.EOF {
			if strings.TrimSpace(tok) != "" {
				return fmt.Errorf("git log output ends mid-record")
			}
			flush()
			return nil
		}
		if err != nil {
			return err
		}
		tok = strings.TrimLeft(tok[:len(tok)-1], "\n")
		switch {
		case strings.HasPrefix(tok, "\x01"):
			flush()
			var date string
			id, date, _ = strings.Cut(tok[1:], " ")
			t, _ := time.Parse(time.RFC3339, date)
			commits++
			onCommit(commit{id: id, date: t})
		case strings.HasPrefix(tok, ":"):
			// :srcmode dstmode srcoid dstoid status, then one path (two for a rename or copy).
			f := strings.Fields(tok[1:])
			if len(f) != 5 || commits < 0 {
				return fmt.Errorf("unexpected git log line %q", clip(tok))
			}
			paths := 1
			if f[4] != "" && (f[4][0] == 'R' || f[4][0] == 'C') {
				paths = 2
			}
			var path string
			for i := 0; i < paths; i++ {
				p, err := br.ReadString(0)
				if err != nil {
					return fmt.Errorf("git log output ends mid-record")
				}
				path = p[:len(p)-1]
			}
			if f[4] == "D" {
				deleted[f[2]] = true
				continue
			}
			if !regularFile(f[1]) || f[3] == zeroOID {
				continue
			}
			old := f[2]
			if old == zeroOID || !regularFile(f[0]) {
				old = ""
			}
			pending = append(pending, change{commit: commits, commitID: id, path: path, old: old, new: f[3]})
		case tok == "":
		default:
			return fmt.Errorf("unexpected git log output %q", clip(tok))
		}
	}
}

// regularFile is a blob mode for a file (100644, 100755), not a symlink or submodule.
func regularFile(mode string) bool { return strings.HasPrefix(mode, "100") }

func clip(s string) string {
	if len(s) > 80 {
		return s[:80] + "…"
	}
	return s
}

// catFile reads blobs through one long-running `git cat-file --batch`.
type catFile struct {
	cmd   *exec.Cmd
	stdin io.Closer
	in    *bufio.Writer
	out   *bufio.Reader
}

func startCatFile(ctx context.Context, dir string) (*catFile, error) {
	cmd := gitCmd(ctx, dir, "cat-file", "--batch")
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("git cat-file: %w", err)
	}
	return &catFile{cmd: cmd, stdin: in, in: bufio.NewWriter(in), out: bufio.NewReaderSize(out, 256<<10)}, nil
}

// blobStatus says why read returned no contents.
type blobStatus int

const (
	blobOK      blobStatus = iota
	blobMissing            // not in the object database (a partial clone)
	blobTooBig             // over the size cap
)

// read returns the blob's contents, in *buf (grown as needed), or a status when it is missing
// or bigger than limit (its bytes are then read past, not kept), and its size.
func (c *catFile) read(oid string, limit int64, buf *[]byte) ([]byte, blobStatus, int64, error) {
	if _, err := c.in.WriteString(oid + "\n"); err != nil {
		return nil, 0, 0, c.fail(err)
	}
	if err := c.in.Flush(); err != nil {
		return nil, 0, 0, c.fail(err)
	}
	header, err := c.out.ReadString('\n')
	if err != nil {
		return nil, 0, 0, c.fail(err)
	}
	f := strings.Fields(header)
	if len(f) == 2 && f[1] == "missing" {
		return nil, blobMissing, 0, nil
	}
	if len(f) != 3 {
		return nil, 0, 0, fmt.Errorf("git cat-file: unexpected reply %q", clip(header))
	}
	size, err := strconv.ParseInt(f[2], 10, 64)
	if err != nil {
		return nil, 0, 0, fmt.Errorf("git cat-file: unexpected reply %q", clip(header))
	}
	if size > limit {
		if _, err := io.CopyN(io.Discard, c.out, size+1); err != nil {
			return nil, 0, 0, c.fail(err)
		}
		return nil, blobTooBig, size, nil
	}
	if int64(cap(*buf)) < size+1 {
		*buf = make([]byte, 0, max(size+1, 64<<10))
	}
	b := (*buf)[:size+1] // the blob and git's newline after it
	if _, err := io.ReadFull(c.out, b); err != nil {
		return nil, 0, 0, c.fail(err)
	}
	return b[:size], blobOK, size, nil
}

func (c *catFile) fail(err error) error {
	return fmt.Errorf("git cat-file stopped: %w", err)
}

func (c *catFile) close() {
	_ = c.in.Flush()
	_ = c.stdin.Close() // cat-file exits at the end of its input
	_ = c.cmd.Wait()
}
