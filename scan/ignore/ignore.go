// Package ignore matches the entries of a directory walk against gitignore rules fast. Most
// lines of real .gitignore files are a bare name (node_modules, .env), an extension (*.pyc) or a
// glob without a slash (*.py[cod]): those only ever need the entry's own name, since a walk never
// enters an ignored directory, and become map lookups or one glob match (tried only on names
// that hold the glob's longest literal run). A path without glob characters (/build,
// docs/_build/) names one entry below the ignore file's directory: a map lookup of the whole
// path. Other lines with a slash go through go-git's pattern matcher. A directory's rules are
// its parent's plus its own, built once per directory.
package ignore

import (
	"path"
	"path/filepath"
	"strings"

	"github.com/go-git/go-git/v5/plumbing/format/gitignore"
)

// Rules are the gitignore lines that apply below one directory, with its parents' lines.
type Rules struct {
	parent *Rules
	own    []rule
	// negates is set when a line of the chain negates (!pattern): then the last matching line
	// decides and lines are tried in order; otherwise any match ignores, and the simple lines
	// are looked up in sets.
	negates               bool
	names, dirNames, exts map[string]bool
	paths, dirPaths       map[string]bool // anchored lines, by their root-relative path
	globs                 []rule
	general               []rule
	// For a chain that negates: own's indices by the name a literal line matches and the
	// extension an extension line matches, and the indices of the other lines, ascending.
	byName, byExt map[string][]int
	others        []int
	// negs are own's negating lines. The sets above hold the other lines only: an entry that
	// no negating line of the chain matches is ignored when any line matches, as without
	// negations.
	negs []rule
}

type kind uint8

const (
	general   kind = iota // has a slash: go-git matches the whole path
	literal               // a bare name
	extension             // *.ext
	glob                  // a glob without a slash, matched against the name
	anchored              // a path without glob characters, below the file's directory
)

type rule struct {
	kind kind
	text string // the name, ".ext", glob, or root-relative path (anchored)
	run  string // a glob's longest literal run: a name without it cannot match
	// runBytes are the bytes of run: a name that lacks one cannot hold run, which a few
	// word operations tell before strings.Contains looks (a .gitignore from a template has
	// hundreds of globs, tried on every entry).
	runBytes byteSet
	dirOnly  bool
	negate   bool
	pattern  gitignore.Pattern // every rule's go-git form (general rules use it)
	// inside is set for a general line ending in "/**" ("gen/**"): git's listing matches
	// everything inside the directory but enters the directory itself (so "!gen/*.py" can bring
	// files back; git check-ignore says gen/ matches, git ls-files lists gen/a.py), and not a
	// file of the directory's name, all of which go-git matches; "gen/**/" matches the
	// directories inside only. Such an entry matches when its parent matches inside, the
	// directory's own pattern (anchored).
	inside gitignore.Pattern
}

// New returns the rules below a directory: the parent's (nil at the top) plus lines read from
// the directory's own ignore file, whose domain is the directory's path components from the
// walk's root.
func New(parent *Rules, lines []string, domain []string) *Rules {
	if len(lines) == 0 && parent != nil {
		return parent
	}
	r := &Rules{parent: parent, negates: parent != nil && parent.negates}
	for _, line := range lines {
		ru := parse(line, domain)
		r.negates = r.negates || ru.negate
		r.own = append(r.own, ru)
	}
	for i, ru := range r.own {
		switch ru.kind {
		case literal:
			r.byName = appendIndex(r.byName, ru.text, i)
		case extension:
			r.byExt = appendIndex(r.byExt, ru.text, i)
		default:
			r.others = append(r.others, i)
		}
		if ru.negate {
			r.negs = append(r.negs, ru)
			continue
		}
		switch {
		case ru.kind == literal && ru.dirOnly:
			r.dirNames = set(r.dirNames, ru.text)
		case ru.kind == literal:
			r.names = set(r.names, ru.text)
		case ru.kind == extension && !ru.dirOnly:
			r.exts = set(r.exts, ru.text)
		case ru.kind == extension || ru.kind == glob:
			r.globs = append(r.globs, ru)
		case ru.kind == anchored && ru.dirOnly:
			r.dirPaths = set(r.dirPaths, ru.text)
		case ru.kind == anchored:
			r.paths = set(r.paths, ru.text)
		default:
			r.general = append(r.general, ru)
		}
	}
	return r
}

// Match reports whether the walk's entry at the slash-separated path rel (relative to the
// walk's root) is ignored. The directories rel is in must already have been walked into, that
// is, found not ignored.
func (r *Rules) Match(rel string, isDir bool) bool {
	if r == nil {
		return false
	}
	base := path.Base(rel)
	var parts []string
	split := func() []string {
		if parts == nil {
			parts = strings.Split(rel, "/")
		}
		return parts
	}
	ext := ""
	if i := strings.LastIndexByte(base, '.'); i >= 0 {
		ext = base[i:]
	}
	if r.negates && r.negated(rel, base, isDir, split) {
		// The last line that matches decides: innermost directory first, its last line that
		// matches. Only the lines that could match are tried: the literal lines of the entry's
		// name, the extension lines of its extension, and the others from the last.
		for x := r; x != nil; x = x.parent {
			best, result := -1, gitignore.NoMatch
			try := func(i int) {
				if i > best {
					if m := x.own[i].match(rel, base, isDir, split); m != gitignore.NoMatch {
						best, result = i, m
					}
				}
			}
			for _, i := range x.byName[base] {
				try(i)
			}
			if ext != "" {
				for _, i := range x.byExt[ext] {
					try(i)
				}
			}
			for j := len(x.others) - 1; j >= 0 && x.others[j] > best; j-- {
				try(x.others[j])
			}
			if best >= 0 {
				return result == gitignore.Exclude
			}
		}
		return false
	}
	have := bytesOf(base)
	for x := r; x != nil; x = x.parent {
		if x.names[base] || isDir && x.dirNames[base] || ext != "" && x.exts[ext] || x.paths[rel] || isDir && x.dirPaths[rel] {
			return true
		}
		for i := range x.globs {
			if g := &x.globs[i]; g.runBytes.within(have) && g.match(rel, base, isDir, split) == gitignore.Exclude {
				return true
			}
		}
		for i := range x.general {
			if g := &x.general[i]; g.runBytes.within(have) && g.match(rel, base, isDir, split) == gitignore.Exclude {
				return true
			}
		}
	}
	return false
}

// byteSet is a set of bytes.
type byteSet [4]uint64

func bytesOf(s string) byteSet {
	var b byteSet
	for i := 0; i < len(s); i++ {
		b[s[i]>>6] |= 1 << (s[i] & 63)
	}
	return b
}

// within reports whether every byte of b is in have.
func (b *byteSet) within(have byteSet) bool {
	return b[0]&^have[0]|b[1]&^have[1]|b[2]&^have[2]|b[3]&^have[3] == 0
}

// negated reports whether a negating line of the chain matches the entry: only then does the
// order of the lines matter.
func (r *Rules) negated(rel, base string, isDir bool, split func() []string) bool {
	for x := r; x != nil; x = x.parent {
		for i := range x.negs {
			if x.negs[i].match(rel, base, isDir, split) != gitignore.NoMatch {
				return true
			}
		}
	}
	return false
}

// match tries one rule on an entry.
func (ru *rule) match(rel, base string, isDir bool, parts func() []string) gitignore.MatchResult {
	if ru.kind == general {
		if ru.inside != nil {
			if !isDir && ru.dirOnly {
				return gitignore.NoMatch // gen/**/ names the directories inside gen only
			}
			ps := parts()
			if len(ps) < 2 {
				return gitignore.NoMatch
			}
			return ru.inside.Match(ps[:len(ps)-1], true)
		}
		if !strings.Contains(base, ru.run) {
			return gitignore.NoMatch
		}
		return ru.pattern.Match(parts(), isDir)
	}
	if ru.dirOnly && !isDir {
		return gitignore.NoMatch
	}
	var hit bool
	switch ru.kind {
	case literal:
		hit = base == ru.text
	case extension:
		hit = strings.HasSuffix(base, ru.text)
	case glob:
		hit = strings.Contains(base, ru.run)
		if hit {
			hit, _ = filepath.Match(ru.text, base)
		}
	case anchored:
		hit = rel == ru.text
	}
	switch {
	case !hit:
		return gitignore.NoMatch
	case ru.negate:
		return gitignore.Include
	}
	return gitignore.Exclude
}

// parse sorts a gitignore line: a bare name ("node_modules", "build/", ".env") matches an entry
// of that name at any depth, "*.ext" any entry with that suffix, a glob without a slash any
// entry whose name it matches; a slash inside or at the start, or an escape, makes it general.
func parse(line string, domain []string) rule {
	ru := rule{pattern: gitignore.ParsePattern(line, domain)}
	text := strings.TrimRight(line, " ")
	if strings.HasPrefix(text, "!") {
		ru.negate = true
		text = text[1:]
	}
	if strings.HasSuffix(text, "/") {
		ru.dirOnly = true
		text = strings.TrimSuffix(text, "/")
	}
	switch {
	case isPlainPath(text):
		ru.kind, ru.text = anchored, path.Join(append(append([]string{}, domain...), strings.TrimPrefix(text, "/"))...)
	case text == "" || strings.ContainsAny(text, "/\\") || strings.HasPrefix(text, "#"):
		ru.kind = general
		// The entry itself is what matches (a walk never enters an ignored directory), so the
		// pattern's last part matches its name: a literal run there must be in the name.
		if last := text[strings.LastIndexByte(text, '/')+1:]; last != "**" && !strings.Contains(text, "\\") {
			ru.run = literalRun(last)
		}
		if dir, ok := strings.CutSuffix(text, "/**"); ok && dir != "" && dir != "**" && !strings.Contains(text, "\\") {
			if !strings.HasPrefix(dir, "/") {
				dir = "/" + dir // "gen/**" is anchored (it has a slash); "gen" alone would not be
			}
			if ru.negate {
				dir = "!" + dir
			}
			ru.inside = gitignore.ParsePattern(dir, domain)
		}
	case strings.HasPrefix(text, "*.") && !strings.ContainsAny(text[1:], "*?[") && strings.Count(text, ".") == 1:
		// One dot: the entry's extension is looked up (*.tar.gz is a glob).
		ru.kind, ru.text = extension, text[1:]
	case strings.ContainsAny(text, "*?["):
		if g := goGlob(text); !validGlob(g) {
			ru.kind = general // a malformed glob: go-git decides what it means
		} else {
			ru.kind, ru.text, ru.run = glob, g, literalRun(text)
		}
	default:
		ru.kind, ru.text = literal, text
	}
	ru.runBytes = bytesOf(ru.run)
	return ru
}

// isPlainPath reports a line with a slash before its end and no glob, escape or odd path
// component ("/build", "docs/_build"): it names exactly one path below its file's directory.
func isPlainPath(text string) bool {
	if !strings.Contains(text, "/") || strings.ContainsAny(text, "*?[\\") || strings.HasPrefix(text, "#") {
		return false
	}
	for _, part := range strings.Split(strings.TrimPrefix(text, "/"), "/") {
		if part == "" || part == "." || part == ".." {
			return false
		}
	}
	return true
}

// goGlob writes a git glob (without escapes) in filepath.Match's syntax: git negates a class
// with '!' or '^' and takes a ']' right after the opening bracket as a member.
func goGlob(g string) string {
	var b strings.Builder
	for i := 0; i < len(g); i++ {
		b.WriteByte(g[i])
		if g[i] != '[' {
			continue
		}
		j := i + 1
		if j < len(g) && (g[j] == '!' || g[j] == '^') {
			b.WriteByte('^')
			j++
		}
		if j < len(g) && g[j] == ']' {
			b.WriteString(`\]`)
			j++
		}
		for j < len(g) && g[j] != ']' {
			b.WriteByte(g[j])
			j++
		}
		i = j - 1
	}
	return b.String()
}

func validGlob(g string) bool {
	_, err := filepath.Match(g, "")
	return err == nil
}

// literalRun is the longest run of a glob outside its wildcards and brackets: every name the
// glob matches holds it (the globs here have no escapes).
func literalRun(glob string) string {
	best, cur := "", ""
	for i := 0; i < len(glob); i++ {
		switch c := glob[i]; c {
		case '*', '?':
			cur = ""
		case '[':
			cur = ""
			// Skip the class: a ']' right after '[' or '[^' is part of it.
			j := i + 1
			if j < len(glob) && (glob[j] == '^' || glob[j] == '!') {
				j++
			}
			if j < len(glob) && glob[j] == ']' {
				j++
			}
			for j < len(glob) && glob[j] != ']' {
				j++
			}
			i = j
		default:
			cur += string(c)
			if len(cur) > len(best) {
				best = cur
			}
		}
	}
	return best
}

func appendIndex(m map[string][]int, k string, i int) map[string][]int {
	if m == nil {
		m = map[string][]int{}
	}
	m[k] = append(m[k], i)
	return m
}

func set(m map[string]bool, k string) map[string]bool {
	if m == nil {
		m = map[string]bool{}
	}
	m[k] = true
	return m
}
