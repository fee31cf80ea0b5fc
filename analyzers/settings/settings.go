// Package settings checks JSON and YAML configuration for stored keys: in settings files
// (local.settings.json, appsettings*.json, OAI_CONFIG_LIST, compose files, workflows, Kubernetes
// manifests, ...) a key-like property with a real value is KL202; in any JSON or YAML a 32-hex
// value under a key-like name is KL106. JSON is read with a streaming tokenizer (jsontext, the
// encoding/json/v2 prototype: no tree, invalid UTF-8 tolerated, byte offsets exact) after its
// comments and trailing commas are blanked; YAML with go.yaml.in/yaml/v3, which keeps
// positions.
package settings

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"io"
	"path"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/go-json-experiment/json/jsontext"
	"go.yaml.in/yaml/v3"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/azurectx"
	"github.com/keylint/keylint/analyzers/coderules"
	"github.com/keylint/keylint/analyzers/keyformat"
	"github.com/keylint/keylint/check"
)

// Checker implements check.Checker for JSON and YAML.
type Checker struct{}

// Langs returns the languages this checker reads.
func (Checker) Langs() []keylint.Lang { return []keylint.Lang{keylint.JSON, keylint.YAML} }

// IsSettingsFile reports the files whose key-like values are stored keys (KL202), by name.
func IsSettingsFile(p string) bool {
	p = strings.ReplaceAll(p, "\\", "/")
	base := strings.ToLower(path.Base(p))
	ext := path.Ext(base)
	stem := strings.TrimSuffix(base, ext)
	yamlOrJSON := ext == ".json" || ext == ".jsonc" || ext == ".yaml" || ext == ".yml"
	switch {
	case strings.HasPrefix(base, "oai_config_list"):
		return true
	case base == "local.settings.json", strings.HasPrefix(base, "appsettings") && yamlOrJSON:
		return true
	case ext == ".tfvars":
		return true
	case !yamlOrJSON:
		return false
	case strings.Contains(p, ".github/workflows/"):
		return true
	}
	for _, prefix := range []string{"config", "settings", "secrets", "credentials", "docker-compose", "compose", "application", "values", "env"} {
		if strings.HasPrefix(stem, prefix) {
			return true
		}
	}
	return false
}

// Check reports stored keys in one file.
func (Checker) Check(p *check.Pass) {
	settingsFile := IsSettingsFile(p.Path)
	c := &walker{pass: p, settings: settingsFile}
	if p.Lang == keylint.JSON {
		if err := c.json(BlankJSONComments(p.Src)); err != nil {
			p.Partial(fmt.Errorf("malformed JSON, checked line by line instead: %s", err))
			c.lines()
		}
		return
	}
	c.idx = newLineIndex(p.Src)
	dec := yaml.NewDecoder(bytes.NewReader(p.Src))
	for docs := 0; docs < 1000; docs++ {
		var doc yaml.Node
		if err := dec.Decode(&doc); err != nil {
			if err != io.EOF {
				p.Partial(fmt.Errorf("malformed %s, checked line by line instead: %s", p.Lang, strings.TrimPrefix(err.Error(), "yaml: ")))
				c.lines()
			}
			break
		}
		if !settingsFile && isKubernetesManifest(&doc) {
			c.settings = true
		}
		c.secret = kubernetesKind(&doc) == "Secret"
		c.walk(&doc, 0, "")
		c.settings, c.secret = settingsFile, false
	}
}

// scalar is a value as both readers give it: its text and where that text is in the file.
type scalar struct {
	value      string
	start, end int
	isString   bool // a string, not a number, boolean or null
}

// member is one entry of a mapping, for the shapes read as a whole (Kubernetes env entries).
type member struct {
	key string
	v   scalar
}

// json walks a JSON document token by token, without building it: an explicit stack of the
// open containers, so nesting costs memory, never call depth.
func (w *walker) json(src []byte) error {
	dec := jsontext.NewDecoder(bytes.NewReader(src), jsontext.AllowInvalidUTF8(true), jsontext.AllowDuplicateNames(true))
	type frame struct {
		object  bool
		key     string
		haveKey bool
		members []member
		scalars int // members that are scalars; -1 once one is not
	}
	var stack []frame
	for {
		before := dec.InputOffset()
		tok, err := dec.ReadToken()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		end := int(dec.InputOffset())
		var top *frame
		if len(stack) > 0 {
			top = &stack[len(stack)-1]
		}
		switch k := tok.Kind(); k {
		case '{', '[':
			if top != nil && top.object {
				top.haveKey = false
				top.scalars = -1
			}
			stack = append(stack, frame{object: k == '{'})
		case '}', ']':
			if top.object && top.scalars >= 0 && len(top.members) <= 3 {
				w.kubernetesEnv(top.members)
			}
			stack = stack[:len(stack)-1]
		default:
			start := tokenStart(src, int(before), end)
			v := scalar{value: tok.String(), start: start, end: end, isString: k == '"'}
			if v.isString {
				v.start, v.end = start+1, end-1 // the text between the quotes, as written
			}
			switch {
			case top == nil:
			case top.object && !top.haveKey:
				top.key, top.haveKey = v.value, true
			case top.object:
				w.pair(top.key, v)
				top.haveKey = false
				if top.scalars >= 0 {
					top.scalars++
					if len(top.members) < 4 {
						top.members = append(top.members, member{top.key, v})
					}
				}
			case v.isString:
				w.composeEnv(v)
			}
		}
	}
}

// tokenStart finds where a token that ends at end begins, from the offset before it: past the
// separators and white space between them.
func tokenStart(src []byte, before, end int) int {
	for i := before; i < end; i++ {
		switch src[i] {
		case ' ', '\t', '\r', '\n', ',', ':':
			continue
		}
		return i
	}
	return end
}

type walker struct {
	pass     *check.Pass
	idx      *lineIndex // YAML positions; nil for JSON
	settings bool
	// section and mapping are the YAML/JSON object the pair being checked is in, and its key.
	section string
	mapping *yaml.Node
	// secret is set while a Kubernetes Secret is walked: its data values are base64.
	secret bool
}

// otherServiceKey reports a key name that does not name Azure (key, apiKey,
// SymmetricSecurityKey) in another service's section (stripe:, JwtTokenSettings:).
func (w *walker) otherServiceKey(name string) bool {
	return w.mapping != nil && coderules.NameStrength(name, false) != coderules.AzureKey && otherServiceSection(w.section, w.mapping)
}

// maxDepth bounds the walk; YAML aliases are never followed, so a "billion laughs" file costs
// no more than its own size.
const maxDepth = 200

// walk checks n's pairs; section is the key n is the value of ("weather" for weather: {key: ...}).
func (w *walker) walk(n *yaml.Node, depth int, section string) {
	if n == nil || depth > maxDepth || n.Kind == yaml.AliasNode {
		return
	}
	switch n.Kind {
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if k.Kind == yaml.ScalarNode && v.Kind == yaml.ScalarNode {
				// A bare key name in another service's section is that service's key: no
				// KL202 (a classic key in key context is still KL106).
				w.section, w.mapping = section, n
				w.pair(k.Value, w.yamlScalar(v))
				w.mapping = nil
			}
		}
		if len(n.Content) <= 6 {
			var members []member
			for i := 0; i+1 < len(n.Content); i += 2 {
				if n.Content[i+1].Kind != yaml.ScalarNode {
					members = nil
					break
				}
				members = append(members, member{n.Content[i].Value, w.yamlScalar(n.Content[i+1])})
			}
			w.kubernetesEnv(members)
		}
	case yaml.SequenceNode:
		for _, item := range n.Content {
			if item.Kind == yaml.ScalarNode {
				w.composeEnv(w.yamlScalar(item))
			}
		}
	}
	if n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			w.walk(n.Content[i+1], depth+1, n.Content[i].Value)
		}
		return
	}
	for _, child := range n.Content {
		w.walk(child, depth+1, section)
	}
}

// otherServiceSection reports a mapping that belongs to a service other than Azure AI: its
// section is named for one (stripe:, github:), or its url names a host that is not Azure's
// (weather: {url: https://api.weatherapi.com, key: ...}).
func otherServiceSection(section string, m *yaml.Node) bool {
	if section != "" && azurectx.NamesOtherService(section) {
		return true
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		switch coderules.Norm(k.Value) {
		case "url", "baseurl", "endpoint", "host", "apiurl":
			u := strings.ToLower(v.Value)
			if v.Kind == yaml.ScalarNode && strings.Contains(u, "://") && !strings.Contains(u, "azure") && !strings.ContainsAny(u, "${") {
				return true
			}
		}
	}
	return false
}

// pairLineRE matches one "name": "value" or name: value on a line, for files that do not parse.
var pairLineRE = regexp.MustCompile(`(?m)^[ \t-]*["']?([A-Za-z0-9_.\-]+)["']?[ \t]*[:=][ \t]*["']?([^"'\s,}#]+)`)

// lines is the fallback for malformed files: name-value pairs line by line.
func (w *walker) lines() {
	for _, m := range pairLineRE.FindAllSubmatchIndex(w.pass.Src, -1) {
		w.report(string(w.pass.Src[m[2]:m[3]]), string(w.pass.Src[m[4]:m[5]]), m[4], m[5])
	}
}

// kubernetesEnv reads {name: AZURE_OPENAI_API_KEY, value: ...} entries of a container's env.
func (w *walker) kubernetesEnv(members []member) {
	var name string
	var value *scalar
	for i := range members {
		switch members[i].key {
		case "name":
			name = members[i].v.value
		case "value":
			value = &members[i].v
		}
	}
	if name != "" && value != nil {
		w.pair(name, *value)
	}
}

// composeEnv reads "NAME=value" items of a docker-compose environment list.
func (w *walker) composeEnv(item scalar) {
	name, value, ok := strings.Cut(item.value, "=")
	if !ok || strings.ContainsAny(name, " \t") || name == "" || !item.isString {
		return
	}
	if i := bytes.Index(w.pass.Src[item.start:min(item.end+1, len(w.pass.Src))], []byte(value)); value != "" && i >= 0 {
		w.report(name, value, item.start+i, item.start+i+len(value))
	}
}

// pair checks one key-like name with its scalar value.
func (w *walker) pair(name string, v scalar) {
	if !v.isString || v.value == "" {
		return // numbers, booleans, null
	}
	if w.secret && w.section == "data" {
		// A Secret's data is base64: the key is what it decodes to (a placeholder encoded,
		// "eW91ci1hcGkta2V5" for your-api-key, is still a placeholder).
		if decoded, ok := decodeSecretValue(v.value); ok {
			w.reportDecoded(name, decoded, v.start, v.end)
			return
		}
	}
	w.report(name, v.value, v.start, v.end)
}

// decodeSecretValue returns a Kubernetes Secret data value decoded, when it is base64 of text.
func decodeSecretValue(v string) (string, bool) {
	b, err := base64.StdEncoding.DecodeString(strings.TrimSpace(v))
	if err != nil || !utf8.Valid(b) {
		return "", false
	}
	return strings.TrimSpace(string(b)), true
}

// reportDecoded checks a base64-encoded value as report does its text, over the encoded span.
func (w *walker) reportDecoded(name, value string, start, end int) {
	keyName := azurectx.IsKeyLikeName(name) || w.pass.Opts.KeyNames.Match(name)
	if !keyName || value == "" || keyformat.IsPlaceholder(value) && !realKey(value) {
		return
	}
	span := keylint.Span{Start: start, End: end}
	if m, ok := keyformat.Classify(value); ok {
		fd := w.pass.Reportf("KL106", span, "hard-coded "+m.Describe()+" (base64-encoded) in "+name)
		fd.Secrets = append(fd.Secrets, span)
	}
	if looksLikeSecret(value) && !w.otherServiceKey(name) && !azurectx.NamesOtherService(name) {
		fd := w.pass.Reportf("KL202", span, name+" holds a key in a settings file: rotate it if committed, and use Microsoft Entra ID instead")
		fd.Secrets = append(fd.Secrets, span)
	}
}

// yamlScalar locates a YAML scalar's text in the file.
func (w *walker) yamlScalar(v *yaml.Node) scalar {
	sc := scalar{value: v.Value, isString: v.Tag == "!!str" || v.Tag == ""}
	start := w.idx.offset(v.Line, v.Column)
	end := start + len(v.Value)
	if v.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 {
		start++
		end = start + len(v.Value)
	}
	if end > len(w.pass.Src) || string(w.pass.Src[start:end]) != v.Value {
		// Escapes, folded or block scalars: point at the value's first character.
		end = start
		for end < len(w.pass.Src) && w.pass.Src[end] != '\n' && end-start < len(v.Value)+2 {
			end++
		}
	}
	sc.start, sc.end = start, end
	return sc
}

func (w *walker) report(name, value string, start, end int) {
	keyName := azurectx.IsKeyLikeName(name) || w.pass.Opts.KeyNames.Match(name)
	if !keyName || keyformat.IsPlaceholder(value) && !realKey(value) {
		return
	}
	span := keylint.Span{Start: start, End: end}
	if keyformat.IsClassicKey(value) {
		fd := w.pass.Reportf("KL106", span, "hard-coded "+keyformat.Classic.String()+" in "+name)
		fd.Secrets = append(fd.Secrets, span)
	}
	// AZURE_STORAGE_KEY, COSMOS_KEY: another service's key (its name says so), not an AI key.
	if w.settings && looksLikeSecret(value) && !w.otherServiceKey(name) && !azurectx.NamesOtherService(name) {
		fd := w.pass.Reportf("KL202", span, name+" holds a key in a settings file: rotate it if committed, and use Microsoft Entra ID instead")
		fd.Secrets = append(fd.Secrets, span)
	}
}

func realKey(v string) bool {
	m, ok := keyformat.Classify(v)
	return ok && m.Kind != keyformat.Classic
}

// looksLikeSecret keeps KL202 to values that can be keys: one token of at least 16
// characters, not a URL or path, with letters and digits mixed.
func looksLikeSecret(v string) bool {
	if len(v) < 16 || strings.ContainsAny(v, " \t\n") || strings.Contains(v, "://") || strings.HasPrefix(v, "/") {
		return false
	}
	var letters, digits bool
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c >= '0' && c <= '9':
			digits = true
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			letters = true
		}
	}
	return letters && digits
}

// kubernetesKind returns a manifest's top-level kind ("Secret"), or "".
func kubernetesKind(doc *yaml.Node) string {
	if !isKubernetesManifest(doc) {
		return ""
	}
	m := doc.Content[0]
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == "kind" {
			return m.Content[i+1].Value
		}
	}
	return ""
}

// isKubernetesManifest reports a document with apiVersion and kind at the top.
func isKubernetesManifest(doc *yaml.Node) bool {
	if len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return false
	}
	has := map[string]bool{}
	m := doc.Content[0]
	for i := 0; i+1 < len(m.Content); i += 2 {
		has[m.Content[i].Value] = true
	}
	return has["apiVersion"] && has["kind"]
}

// BlankJSONComments replaces // and /* */ comments and trailing commas with spaces (newlines
// kept), so JSON with comments (.jsonc, appsettings.json) parses and offsets do not move.
func BlankJSONComments(src []byte) []byte {
	if !bytes.Contains(src, []byte("/")) && !bytes.Contains(src, []byte(",")) {
		return src
	}
	out := append([]byte(nil), src...)
	inString := false
	lastComma := -1
	for i := 0; i < len(out); i++ {
		c := out[i]
		if inString {
			if c == '\\' {
				i++
			} else if c == '"' {
				inString = false
			}
			continue
		}
		switch {
		case c == '"':
			inString, lastComma = true, -1
		case c == '/' && i+1 < len(out) && out[i+1] == '/':
			for i < len(out) && out[i] != '\n' {
				out[i] = ' '
				i++
			}
		case c == '/' && i+1 < len(out) && out[i+1] == '*':
			for i < len(out) && !(out[i] == '*' && i+1 < len(out) && out[i+1] == '/') {
				if out[i] != '\n' {
					out[i] = ' '
				}
				i++
			}
			if i+1 < len(out) {
				out[i], out[i+1] = ' ', ' '
				i++
			}
		case c == ',':
			lastComma = i
		case c == '}' || c == ']':
			if lastComma >= 0 {
				out[lastComma] = ' ' // trailing comma
			}
			lastComma = -1
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
		default:
			lastComma = -1
		}
	}
	return out
}

// lineIndex converts yaml.v3's 1-based line and column (in characters) to byte offsets.
type lineIndex struct {
	src    []byte
	starts []int
}

func newLineIndex(src []byte) *lineIndex {
	starts := []int{0}
	for i, c := range src {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return &lineIndex{src: src, starts: starts}
}

func (x *lineIndex) offset(line, col int) int {
	if line < 1 || line > len(x.starts) {
		return 0
	}
	off := x.starts[line-1]
	for c := 1; c < col && off < len(x.src) && x.src[off] != '\n'; c++ {
		_, size := utf8.DecodeRune(x.src[off:])
		off += size
	}
	return off
}
