package python

import (
	"github.com/keylint/keylint/analyzers/azurectx"
	"github.com/keylint/keylint/analyzers/keyformat"
	"github.com/keylint/keylint/syntax"
)

// checkClassicKeys reports 32-hex-character literals that sit in key context (KL106): assigned
// to a key-like name, passed as a key argument or header, or given to AzureKeyCredential. The
// context-free formats (84-character keys, sk- keys) are found for every file type by the
// hardcoded-key text check, so this only handles what needs the syntax.
func (f *file) checkClassicKeys() {
	for _, s := range f.strings {
		v, ok := stringValue(s)
		if !ok || !keyformat.IsClassicKey(v) {
			continue
		}
		where, ok := f.keyContext(s)
		if !ok {
			continue
		}
		fd := f.report("KL106", s, "hard-coded "+keyformat.Classic.String()+" in "+where)
		if fd != nil {
			fd.Secrets = append(fd.Secrets, stringContentSpan(s))
		}
	}
}

// keyContext says where a literal is used when that place is about keys, e.g. "api_key".
func (f *file) keyContext(s *syntax.Node) (string, bool) {
	n := s
	if p := n.Parent(); p != nil && p.Kind == "concatenated_string" {
		n = p
	}
	p := n.Parent()
	if p == nil {
		return "", false
	}
	switch p.Kind {
	case "keyword_argument":
		name := p.ChildByField("name").Text()
		return name, keyParams[name] || azurectx.IsKeyLikeName(name)
	case "pair":
		if p.ChildByField("value") != n {
			return "", false
		}
		key, ok := stringValue(p.ChildByField("key"))
		return key, ok && (isKeyHeader(key) || azurectx.IsKeyLikeName(key))
	case "assignment":
		if p.ChildByField("right") != n {
			return "", false
		}
		name := targetName(p.ChildByField("left"))
		return name, name != "" && (isKeyHeader(name) || azurectx.IsKeyLikeName(name))
	case "argument_list":
		call := p.Parent()
		if call == nil {
			return "", false
		}
		fn := shortName(f.qualified(call.ChildByField("function")))
		args := p.NamedChildren()
		switch {
		case fn == "AzureKeyCredential":
			return "AzureKeyCredential", true
		case isHeaderSetter(fn) && len(args) == 2 && args[1] == n:
			h, ok := stringValue(args[0])
			return h, ok && isKeyHeader(h)
		}
		if name, _, ok := f.envRead(call); ok && len(args) == 2 && args[1] == n {
			return name, azurectx.IsKeyLikeName(name) || f.pass.Opts.KeyNames.Match(name)
		}
	}
	return "", false
}

// targetName is the name an assignment writes: x, obj.api_key, headers["api-key"].
func targetName(left *syntax.Node) string {
	switch left.Kind {
	case "identifier":
		return left.Text()
	case "attribute":
		return left.ChildByField("attribute").Text()
	case "subscript":
		s, _ := stringValue(left.ChildByField("subscript"))
		return s
	}
	return ""
}
