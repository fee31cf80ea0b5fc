// Package config reads .keylint.yaml. Every mistake is an error that names file:line, because a
// silently ignored setting is worse than a loud one.
package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
	"go.yaml.in/yaml/v3"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers"
)

// FileNames are the names looked for, in order, in the scan root and its parents.
var FileNames = []string{".keylint.yaml", ".keylint.yml"}

// File is the parsed config.
type File struct {
	Path         string
	Rules        map[string]keylint.Severity // by rule id
	KeyNames     []string
	AzureMarkers []string
	Include      []string
	Exclude      []string
	MaxFileSize  int64
	Scope        string
	FailOn       *keylint.Severity
}

// Error is a config mistake at a place in the file.
type Error struct {
	Path string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
	}
	return e.Path + ": " + e.Msg
}

// Find looks for a config file in dir and its parents; "" when there is none.
func Find(dir string) string {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	for {
		for _, n := range FileNames {
			p := filepath.Join(abs, n)
			if info, err := os.Stat(p); err == nil && info.Mode().IsRegular() {
				return p
			}
		}
		parent := filepath.Dir(abs)
		if parent == abs {
			return ""
		}
		abs = parent
	}
}

// Load reads and validates a config file.
func Load(path string) (*File, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, &Error{Path: path, Msg: "config file not found"}
		}
		return nil, &Error{Path: path, Msg: err.Error()}
	}
	return Parse(path, data)
}

var knownKeys = []string{"rules", "key-names", "azure-markers", "include", "exclude", "max-file-size", "scope", "fail-on"}

// Parse validates config bytes; path is used in messages.
func Parse(path string, data []byte) (*File, error) {
	f := &File{Path: path, Rules: map[string]keylint.Severity{}}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, &Error{Path: path, Line: yamlErrorLine(err), Msg: "invalid YAML: " + strings.TrimPrefix(err.Error(), "yaml: ")}
	}
	if len(doc.Content) == 0 {
		return f, nil // empty file: all defaults
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, &Error{Path: path, Line: root.Line, Msg: "the config must be a mapping of settings"}
	}
	errAt := func(n *yaml.Node, format string, args ...any) error {
		return &Error{Path: path, Line: n.Line, Msg: fmt.Sprintf(format, args...)}
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		if seen[k.Value] {
			return nil, errAt(k, "%q is set twice", k.Value)
		}
		seen[k.Value] = true
		var err error
		switch k.Value {
		case "rules":
			err = f.parseRules(v, errAt)
		case "key-names":
			f.KeyNames, err = globs(v, errAt, "key-names")
		case "azure-markers":
			if f.AzureMarkers, err = stringList(v, errAt, "azure-markers"); err == nil {
				for i, m := range f.AzureMarkers {
					if len(strings.TrimSpace(m)) < 2 {
						err = errAt(v.Content[min(i, len(v.Content)-1)], "azure-markers entries need at least two characters")
						break
					}
				}
			}
		case "include":
			f.Include, err = globs(v, errAt, "include")
		case "exclude":
			f.Exclude, err = globs(v, errAt, "exclude")
		case "max-file-size":
			f.MaxFileSize, err = size(v, errAt)
		case "scope":
			f.Scope, err = scope(v, errAt)
		case "fail-on":
			var s keylint.Severity
			if v.Kind == yaml.ScalarNode && (v.Value == "never" || v.Value == "none") {
				f.FailOn = &s // Off: findings never fail the run
			} else if s, err = severity(v, errAt); err == nil && s == keylint.Off {
				err = errAt(v, "fail-on: want info, warning, error or never")
			} else if err == nil {
				f.FailOn = &s
			}
		default:
			err = errAt(k, "unknown key %q (known: %s)", k.Value, strings.Join(knownKeys, ", "))
		}
		if err != nil {
			return nil, err
		}
	}
	return f, nil
}

func (f *File) parseRules(v *yaml.Node, errAt func(*yaml.Node, string, ...any) error) error {
	if v.Kind != yaml.MappingNode {
		return errAt(v, "rules must map rule ids to off, info, warning or error")
	}
	for i := 0; i+1 < len(v.Content); i += 2 {
		k, val := v.Content[i], v.Content[i+1]
		r := analyzers.ByID(k.Value)
		if r == nil {
			return errAt(k, "unknown rule %q (see `keylint rules`)", k.Value)
		}
		s, err := severity(val, errAt)
		if err != nil {
			return err
		}
		f.Rules[r.ID] = s
	}
	return nil
}

func severity(v *yaml.Node, errAt func(*yaml.Node, string, ...any) error) (keylint.Severity, error) {
	if v.Kind != yaml.ScalarNode {
		return 0, errAt(v, "want one of off, info, warning, error")
	}
	// YAML 1.1 readers turn a bare off into false; accept that spelling too.
	val := v.Value
	if v.Tag == "!!bool" && (val == "false" || val == "off" || val == "no") {
		val = "off"
	}
	s, err := keylint.ParseSeverity(val)
	if err != nil {
		return 0, errAt(v, "%v", err)
	}
	return s, nil
}

func stringList(v *yaml.Node, errAt func(*yaml.Node, string, ...any) error, key string) ([]string, error) {
	if v.Kind == yaml.ScalarNode && v.Tag != "!!null" {
		return []string{v.Value}, nil
	}
	if v.Kind != yaml.SequenceNode {
		return nil, errAt(v, "%s must be a list of strings", key)
	}
	var out []string
	for _, item := range v.Content {
		if item.Kind != yaml.ScalarNode || item.Value == "" {
			return nil, errAt(item, "%s entries must be non-empty strings", key)
		}
		out = append(out, item.Value)
	}
	return out, nil
}

func globs(v *yaml.Node, errAt func(*yaml.Node, string, ...any) error, key string) ([]string, error) {
	list, err := stringList(v, errAt, key)
	if err != nil {
		return nil, err
	}
	for i, g := range list {
		if !doublestar.ValidatePattern(g) {
			return nil, errAt(v.Content[min(i, len(v.Content)-1)], "invalid glob %q in %s", g, key)
		}
	}
	return list, nil
}

// ParseSize reads "2MiB", "500KB", "1048576".
func ParseSize(s string) (int64, error) {
	s = strings.TrimSpace(s)
	mult := int64(1)
	upper := strings.ToUpper(s)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"GIB", 1 << 30}, {"MIB", 1 << 20}, {"KIB", 1 << 10}, {"GB", 1e9}, {"MB", 1e6}, {"KB", 1e3}, {"G", 1 << 30}, {"M", 1 << 20}, {"K", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(upper, u.suffix) {
			s, mult = strings.TrimSpace(s[:len(s)-len(u.suffix)]), u.mult
			break
		}
	}
	n, err := strconv.ParseFloat(s, 64)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("want a positive size such as 2MiB or 500KB")
	}
	return int64(n * float64(mult)), nil
}

func size(v *yaml.Node, errAt func(*yaml.Node, string, ...any) error) (int64, error) {
	if v.Kind != yaml.ScalarNode {
		return 0, errAt(v, "max-file-size: want a size such as 2MiB")
	}
	n, err := ParseSize(v.Value)
	if err != nil {
		return 0, errAt(v, "max-file-size %q: %v", v.Value, err)
	}
	return n, nil
}

func scope(v *yaml.Node, errAt func(*yaml.Node, string, ...any) error) (string, error) {
	if v.Kind != yaml.ScalarNode || !strings.HasPrefix(v.Value, "https://") || !strings.HasSuffix(v.Value, "/.default") {
		return "", errAt(v, "scope must be a token scope such as https://cognitiveservices.azure.com/.default")
	}
	return v.Value, nil
}

// yamlErrorLine digs the line number out of a yaml.v3 error message ("yaml: line 3: ...").
func yamlErrorLine(err error) int {
	msg := err.Error()
	i := strings.Index(msg, "line ")
	if i < 0 {
		return 0
	}
	rest := msg[i+5:]
	j := 0
	for j < len(rest) && rest[j] >= '0' && rest[j] <= '9' {
		j++
	}
	n, _ := strconv.Atoi(rest[:j])
	return n
}
