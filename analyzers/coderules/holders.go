package coderules

import (
	"bytes"
	"strings"

	"github.com/keylint/keylint/analyzers/azurectx"
	"github.com/keylint/keylint/syntax"
)

// Settings holders: object and dict literals that hold a key without being any client's
// options. Their reads are reported as reads (KL105), and the KL102 goes where a member of the
// holder reaches a client.

// returnsOwnType reports n inside a function whose declared return type names a type the file
// declares or imports from the program's own modules, or spells one out (getAzureConfig():
// AzureConfig, (): AppConfig["provider"], (): { apiKey: string }, def settings() -> Settings).
func (r *Rules) returnsOwnType(n *syntax.Node) bool {
	fn := n.Ancestor(scopeKinds...)
	if fn == nil {
		return false
	}
	rt := fn.ChildByField("return_type")
	if rt == nil {
		return false
	}
	if strings.Contains(rt.Text(), "{") {
		return true // (): { endpoint: string; apiKey: string }: a shape of its own
	}
	for _, w := range strings.FieldsFunc(rt.Text(), func(c rune) bool { return c > 127 || !isIdentByte(byte(c)) }) {
		if r.f.LocalTypes[w] || r.f.OwnImports[w] {
			return true // a type this file declares or imports from the program's own modules
		}
	}
	return false
}

// isKeyEntry reports an object entry named like a key option (apiKey, azureOpenAIApiKey).
func isKeyEntry(e Entry) bool { return IsKeyParam(e.Key) || isAzureKeyOption(e.Key) }

// notAConfig says why an object literal holding a key is no client's options, or "": it is
// handed straight to a call that takes values without authenticating (console.log({...}),
// Response.json({...}) to a browser, useState({...})) or to the file's own function; it is
// returned, directly or through a variable, by a function declared to return the program's
// own type; it is a settings bag holding several providers' keys ({ openaiApiKey,
// googleApiKey, claudeApiKey }), which no SDK takes; or it is assigned to a variable whose key
// member is read on its own (cfg.apiKey), so the key is reported where that member reaches a
// client.
func (r *Rules) notAConfig(entries []Entry) string {
	obj := entries[0].Site.Parent()
	if obj == nil {
		return ""
	}
	for _, e := range entries {
		if v, _ := r.f.Syntax.StringValue(e.Value); Norm(e.Key) == "type" && Norm(v) == "apikey" {
			return "" // On Your Data's {"type": "api_key", "key": k}: the service's own schema
		}
	}
	p := obj.Parent()
	for p != nil && (valueWrappers[p.Kind] || p.Kind == "as_expression" || p.Kind == "satisfies_expression" ||
		p.Kind == "pair" && p.Parent() != nil && (p.Parent().Kind == "object" || p.Parent().Kind == "dictionary") || p.Kind == "object" || p.Kind == "dictionary" ||
		p.Kind == "arrow_function" && p.ChildByField("body") != nil && p.ChildByField("body").Kind == "parenthesized_expression") {
		// Response.json({ azureOpenAI: { apiKey } }): the outer object is the argument; so is
		// what an arrow returns (defineStore("s", { state: () => ({ azureOpenAIApiKey }) })).
		p = p.Parent()
	}
	if p != nil && strings.Contains(p.Kind, "argument") {
		for p != nil && strings.Contains(p.Kind, "argument") {
			p = p.Parent()
		}
		if c := r.callAt[p]; c != nil {
			if why := NotASink(c.Name); why != "" {
				return why // res.json({ apiKey }): sent as data, not used to authenticate
			}
			if c.Setter {
				return DismissNotAClient // a UI state's setter or store: it holds what it is given
			}
			if (r.f.Funcs[c.Name] || c.Own) && !c.Azure {
				// generateViaChatCompletions({ endpoint, apiKey, ... }) defined in this file:
				// the key is reported where its body hands it to a client or header.
				return DismissOwnFunc
			}
		}
		return ""
	}
	if p != nil && p.Kind == "return_statement" && (r.returnsOwnType(p) || r.resultReadByMember(p, entries)) {
		// function visionConfig(): AzureResourceConfig { return { endpoint, apiKey } }: the
		// program's own settings type, reported where a caller hands it to a client; so is
		// what a caller of this file takes apart (creds = await loadCreds(); creds.apiKey).
		return DismissPlainConfig
	}
	named, other := 0, 0 // key entries naming a provider; those naming one that is not Azure's or OpenAI's
	for _, e := range entries {
		k := strings.ToLower(e.Key)
		if !strings.HasSuffix(k, "apikey") && !strings.HasSuffix(k, "api_key") {
			continue
		}
		switch {
		case strings.Contains(k, "azure") || strings.Contains(k, "openai"):
			named++
		case azurectx.NamesOtherProvider(e.Key):
			named++
			other++
		}
	}
	if other > 0 && named >= 2 {
		return DismissPlainConfig
	}
	var holder *syntax.Node
	switch {
	case p != nil && p.Kind == "variable_declarator":
		holder = p.ChildByField("name")
	case p != nil && (p.Kind == "assignment" || p.Kind == "assignment_expression"): // Python, JS
		holder = p.ChildByField("left")
	}
	if holder != nil && holder.Kind == "identifier" && r.passedOnlyToOwn(holder.Text()) {
		// const config = { azureOpenAI: { endpoint, apiKey } }; new AgentLoop(config) from
		// "../dist/agent/loop.js": the program's own code takes it, and is where the key
		// reaches a client; a read written here is reported as the read.
		return DismissOwnFunc
	}
	if holder != nil && (holder.Kind == "identifier" || selfMember(holder.Text())) && !r.passedToClient(holder.Text()) {
		v := holder.Text()
		if appSettingsModule(obj) {
			// export const config = { port: ..., databaseUrl: ..., azureOpenAI: { apiKey } }:
			// the application's own settings, which no SDK takes whole; the reads are the
			// findings, and the KL102 goes where a member reaches a client.
			return DismissPlainConfig
		}
		if r.envMirror(entries) {
			// export const env = { azureOpenAiEndpoint: process.env.X, azureOpenAiApiKey:
			// process.env.Y, ... }: the program's settings as the environment gives them, read
			// member by member elsewhere; the reads are the findings.
			return DismissPlainConfig
		}
		if r.returnsOwnType(p) && (bytes.Contains(r.pass.Src, []byte("return "+v+";")) || bytes.Contains(r.pass.Src, []byte("return "+v+"\n"))) {
			return DismissPlainConfig // cached = { endpoint, apiKey }; return cached: as returned literals
		}
		for _, e := range entries {
			if isKeyEntry(e) && memberRead(r.pass.Src, v, e.Key) {
				return DismissPlainConfig
			}
		}
	}
	return ""
}

// appSettingKeys are settings of the application itself, which no AI client's options hold.
var appSettingKeys = map[string]bool{
	"port": true, "nodeenv": true, "isproduction": true, "isdevelopment": true,
	"databaseurl": true, "dburl": true, "mongodburi": true, "mongouri": true, "redisurl": true,
	"nextauthsecret": true, "nextauthurl": true, "jwtsecret": true, "sessionsecret": true,
	"corsorigin": true, "corsorigins": true, "loglevel": true,
}

// appSettingsModule reports an object literal that is, or is a section of, the application's
// settings: the outermost object it sits in has an entry naming one of the application's own
// settings (port, databaseUrl, nextAuthSecret).
func appSettingsModule(obj *syntax.Node) bool {
	for p := obj.Parent(); p != nil && p.Kind == "pair"; p = obj.Parent() {
		outer := p.Parent()
		if outer == nil || outer.Kind != "object" {
			break
		}
		obj = outer
	}
	if obj.Kind != "object" {
		return false
	}
	for _, c := range obj.NamedChildren() {
		if c.Kind != "pair" {
			continue
		}
		if k := c.ChildByField("key"); k != nil && appSettingKeys[Norm(strings.Trim(k.Text(), "\"'`"))] {
			return true
		}
	}
	return false
}

// envMirror reports a settings object every entry of which (three or more) is an environment
// read, with or without a fallback: no SDK's options are all read from the environment.
func (r *Rules) envMirror(entries []Entry) bool {
	if len(entries) < 3 {
		return false
	}
	r.readNameOf(nil)
	for _, e := range entries {
		v := e.Value
		for v != nil && (valueWrappers[v.Kind] || strings.Contains(v.Kind, "binary") || v.Kind == "boolean_operator") {
			if _, read := r.readName[v]; read {
				break
			}
			l := v.ChildByField("left") // process.env.X ?? "default": the read is the value
			if l == nil {
				kids := v.NamedChildren()
				if len(kids) == 0 {
					break
				}
				l = kids[0]
			}
			v = l
		}
		if _, read := r.readName[v]; v == nil || !read {
			return false
		}
	}
	return true
}

// resultReadByMember reports a return statement of a function whose result, where this file
// calls it, is held in a variable read member by member (creds = await loadCreds();
// creds.apiKey): the key is reported where that member reaches a client.
func (r *Rules) resultReadByMember(ret *syntax.Node, entries []Entry) bool {
	fn := ret.Ancestor(scopeKinds...)
	if fn == nil {
		return false
	}
	name := fn.ChildByField("name")
	if name == nil {
		if d := fn.Parent(); d != nil && d.Kind == "variable_declarator" {
			name = d.ChildByField("name") // const loadCreds = async () => { ... }
		}
	}
	if name == nil || name.Kind != "identifier" {
		return false
	}
	// const { apiKey, endpoint } = loadCreds(): the key member taken apart where it is called.
	for _, form := range []string{"= " + name.Text() + "(", "= await " + name.Text() + "("} {
		for at := 0; ; {
			i := bytes.Index(r.pass.Src[at:], []byte(form))
			if i < 0 {
				break
			}
			i += at
			at = i + len(form)
			before := bytes.TrimRight(r.pass.Src[:i], " \t")
			if len(before) == 0 || before[len(before)-1] != '}' {
				continue
			}
			open := bytes.LastIndexByte(before, '{')
			if open < 0 {
				continue
			}
			words := bytes.FieldsFunc(before[open:], func(c rune) bool { return c > 127 || !isIdentByte(byte(c)) })
			for _, e := range entries {
				for _, w := range words {
					if isKeyEntry(e) && string(w) == e.Key {
						return true
					}
				}
			}
		}
	}
	if r.paramOfResultType(name.Text(), entries) {
		return true
	}
	for v, vals := range r.f.Assigns {
		for _, val := range vals {
			for val != nil && val.Kind == "await_expression" {
				val = val.NamedChildren()[0]
			}
			if val == nil || !strings.Contains(val.Kind, "call") {
				continue
			}
			if callee := val.ChildByField("function"); callee == nil || callee.Text() != name.Text() {
				continue
			}
			for _, e := range entries {
				if isKeyEntry(e) && memberRead(r.pass.Src, v, e.Key) {
					return true
				}
			}
		}
	}
	return false
}

// paramOfResultType reports a parameter typed as fn's result (config: ReturnType<typeof
// getConfig>, NonNullable<...> around it) whose key member its function reads (config.apiKey):
// the function's result is handed around and read member by member.
func (r *Rules) paramOfResultType(fn string, entries []Entry) bool {
	if r.pass.Tree == nil || !bytes.Contains(r.pass.Src, []byte("typeof "+fn)) {
		return false
	}
	found := false
	r.pass.Tree.Walk(func(n *syntax.Node) {
		if found || n.Kind != "required_parameter" && n.Kind != "optional_parameter" {
			return
		}
		t, id := n.ChildByField("type"), n.ChildByField("pattern")
		if t == nil || id == nil || id.Kind != "identifier" || !strings.Contains(t.Text(), "typeof "+fn) {
			return
		}
		scope := n.Ancestor(scopeKinds...) // the reads of this parameter are in its function
		if scope == nil {
			return
		}
		for _, e := range entries {
			if isKeyEntry(e) && memberRead(scope.Bytes(), id.Text(), e.Key) {
				found = true
			}
		}
	})
	return found
}

// passedToClient reports a variable handed whole to a call that may be a client, by position
// or by keyword: AzureChatCompletion.from_dict(settings), GroundednessEvaluator(model_config=
// model_config), not Object.entries(settings) or print(settings).
func (r *Rules) passedToClient(v string) bool {
	if r.passedWhole == nil {
		r.passedWhole = map[string]bool{}
		for _, c := range r.f.Calls {
			if NotASink(c.Name) != "" || inspectors[strings.ToLower(c.Name)] {
				continue
			}
			for _, a := range c.Args {
				if a.Value != nil && (a.Name == "" || !a.Nested && a.Value == a.Site.ChildByField("value")) && a.Value.End-a.Value.Start <= 128 {
					r.passedWhole[a.Value.Text()] = true
				}
			}
		}
	}
	return r.passedWhole[v]
}

// passedOnlyToOwn reports a variable handed, whole or by member (config, config.azureOpenAI),
// to the program's own code and to no other call: an own module's function or class, or a
// function of this file (not one named like an SDK's Azure client).
func (r *Rules) passedOnlyToOwn(v string) bool {
	own := false
	for _, c := range r.f.Calls {
		if NotASink(c.Name) != "" || inspectors[strings.ToLower(c.Name)] {
			continue
		}
		for _, a := range c.Args {
			if a.Value == nil {
				continue
			}
			if t := a.Value.Text(); t != v && !strings.HasPrefix(t, v+".") && !strings.HasPrefix(t, v+"[") {
				continue
			}
			if !(c.Own || r.f.Funcs[c.Name]) || c.Azure || IsAzureClientName(c.Name) {
				return false
			}
			own = true
		}
	}
	return own
}

// selfMember reports a field of the object a method runs on: this.config, self.settings.
func selfMember(t string) bool {
	rest, ok := strings.CutPrefix(t, "this.")
	if !ok {
		rest, ok = strings.CutPrefix(t, "self.")
	}
	if !ok || rest == "" {
		return false
	}
	for i := 0; i < len(rest); i++ {
		if !isIdentByte(rest[i]) {
			return false
		}
	}
	return true
}

// inspectors look at an object's entries without using them: Object.entries(cfg), dict.items().
var inspectors = map[string]bool{"entries": true, "keys": true, "values": true, "items": true, "freeze": true}

// memberRead reports src reading one member of variable v on its own: v.key, v["key"],
// v['key'], or destructured, const { key, ... } = v.
func memberRead(src []byte, v, key string) bool {
	for _, form := range []string{v + "." + key, v + `["` + key + `"]`, v + "['" + key + "']"} {
		if bytes.Contains(src, []byte(form)) {
			return true
		}
	}
	for at := 0; ; {
		i := bytes.Index(src[at:], []byte(v))
		if i < 0 {
			return false
		}
		i += at
		at = i + len(v)
		if at < len(src) && isIdentByte(src[at]) || i > 0 && isIdentByte(src[i-1]) {
			continue
		}
		before := bytes.TrimRight(src[:i], " \t")
		if len(before) < 2 || before[len(before)-1] != '=' || strchr("=!<>", before[len(before)-2]) {
			continue
		}
		pattern := bytes.TrimRight(before[:len(before)-1], " \t")
		if len(pattern) == 0 || pattern[len(pattern)-1] != '}' {
			continue
		}
		open := bytes.LastIndexByte(pattern, '{')
		if open < 0 {
			continue
		}
		for _, w := range bytes.FieldsFunc(pattern[open:], func(r rune) bool { return r > 127 || !isIdentByte(byte(r)) }) {
			if string(w) == key {
				return true
			}
		}
	}
}

func strchr(set string, c byte) bool { return strings.IndexByte(set, c) >= 0 }

func isIdentByte(c byte) bool {
	return c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
