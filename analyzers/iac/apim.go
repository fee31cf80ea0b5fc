package iac

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/gateway"
	"github.com/keylint/keylint/check"
	"github.com/keylint/keylint/parsers/apimpolicy"
)

// API Management in infrastructure code: policy documents held in strings (checked by the
// gateway rules with their lines mapped back here), and backends, whose key credentials are
// KL304 and whose URLs tell the gateway rules which backend ids lead to Azure AI.

// backendMessage is KL304 on a backend's credentials.
const backendMessage = "APIM backend sends the AI service's key (credentials header api-key): remove it, give APIM's managed identity \"Cognitive Services OpenAI User\" and authenticate with authentication-managed-identity (or the backend's managedIdentity credentials) instead"

// backendDecl is one APIM backend some IaC declares.
type backendDecl struct {
	names []string // literal name and aliases (symbol, Terraform address), lower case
	gateway.Backend
}

// isPolicyText reports policy XML held in a string: a policy root, and its end tag (a string
// that only starts like a policy is some other text, or a piece of one).
func isPolicyText(t *gateway.Text) bool {
	if t == nil {
		return false
	}
	root := apimpolicy.Root(t.Src)
	return root != "" && bytes.Contains(t.Src, []byte("</"+root+">"))
}

// backendAI says whether what a backend's URL and credentials say points at Azure AI.
func backendAI(text string) (ai, search bool) {
	lower := strings.ToLower(text)
	search = strings.Contains(lower, "search.windows.net") || strings.Contains(lower, "search.azure.com")
	for _, m := range []string{"openai", "cognitiveservices", "services.ai.azure.com", "api-key"} {
		if strings.Contains(lower, m) {
			return true, search
		}
	}
	return search, search
}

// isBackendType matches Microsoft.ApiManagement/service/backends (any API version), and the
// nested child form 'backends'.
func isBackendType(t string) bool {
	t = strings.ToLower(t)
	if i := strings.IndexByte(t, '@'); i >= 0 {
		t = t[:i]
	}
	return t == "microsoft.apimanagement/service/backends" || t == "backends"
}

// index is what a tree (or one file) defines: gateway.Index.
type index struct {
	byName    map[string]gateway.Backend
	anyAI     bool
	fragments map[string]bool // fragment id -> it validates an Entra ID token
	loaders   map[string][]*loader
	aiFiles   map[string]bool // files (absolute) that define an AI backend
	aiDirs    map[string]bool // Terraform modules (folders) that do
}

func newIndex(decls []backendDecl) *index {
	x := &index{byName: map[string]gateway.Backend{}, fragments: map[string]bool{},
		loaders: map[string][]*loader{}, aiFiles: map[string]bool{}, aiDirs: map[string]bool{}}
	x.add(decls)
	return x
}

// Fragment implements gateway.Index.
func (x *index) Fragment(id string) (bool, bool) {
	v, ok := x.fragments[strings.ToLower(strings.TrimSpace(id))]
	return v, ok
}

func (x *index) add(decls []backendDecl) {
	for _, d := range decls {
		for _, n := range d.names {
			if old, ok := x.byName[n]; ok {
				d.AI, d.Search = d.AI || old.AI, d.Search || old.Search
			}
			x.byName[n] = d.Backend
		}
		x.anyAI = x.anyAI || d.AI
	}
}

// Lookup implements gateway.Index.
func (x *index) Lookup(id string) (gateway.Backend, bool) {
	b, ok := x.byName[backendKey(id)]
	return b, ok
}

// AnyAI implements gateway.Index.
func (x *index) AnyAI() bool { return x.anyAI }

var indexStepRE = regexp.MustCompile(`\[[^\]]*\]`)

// backendKey normalises a backend id as a policy writes it: a literal name, or an interpolation
// of the resource that defines it (${azurerm_api_management_backend.x[0].name},
// ${openaiBackend.name}).
func backendKey(id string) string {
	id = strings.TrimSpace(id)
	if strings.HasPrefix(id, "${") && strings.HasSuffix(id, "}") {
		id = indexStepRE.ReplaceAllString(id[2:len(id)-1], "")
		id = strings.TrimSuffix(strings.TrimSpace(id), ".name")
	}
	return strings.ToLower(id)
}

// both looks a backend up in this file first, then in the tree.
type both struct {
	local *index
	tree  gateway.Index
}

func (b both) Lookup(id string) (gateway.Backend, bool) {
	if be, ok := b.local.Lookup(id); ok {
		return be, true
	}
	if b.tree == nil {
		return gateway.Backend{}, false
	}
	return b.tree.Lookup(id)
}

func (b both) AnyAI() bool { return b.local.AnyAI() || b.tree != nil && b.tree.AnyAI() }

func (b both) Templated(path, id string) (bool, bool) {
	if b.tree == nil {
		return false, false
	}
	return b.tree.Templated(path, id)
}

func (b both) Fragment(id string) (bool, bool) {
	if b.tree == nil {
		return false, false
	}
	return b.tree.Fragment(id)
}

// APIMTree implements gateway.Tree: the backends the Bicep, ARM and Terraform files of a
// file's tree define, and its policy fragment files, read once per tree. The tree is the nearest folder above the file that
// holds .git or azure.yaml (an azd project), else the file's own folder.
type APIMTree struct{}

// Index implements gateway.Tree.
func (APIMTree) Index(path string) gateway.Index {
	root := treeRoot(path)
	if v, ok := trees.Load(root); ok {
		return v.(*treeEntry).get()
	}
	v, _ := trees.LoadOrStore(root, &treeEntry{root: root})
	return v.(*treeEntry).get()
}

var trees sync.Map // root -> *treeEntry

type treeEntry struct {
	root string
	once sync.Once
	x    *index
}

func (e *treeEntry) get() *index {
	e.once.Do(func() { e.x = buildIndex(e.root) })
	return e.x
}

func treeRoot(path string) string {
	dir, err := filepath.Abs(filepath.Dir(filepath.FromSlash(path)))
	if err != nil {
		return filepath.Dir(path)
	}
	for d := dir; ; {
		for _, marker := range []string{".git", "azure.yaml"} {
			if _, err := os.Lstat(filepath.Join(d, marker)); err == nil {
				return d
			}
		}
		parent := filepath.Dir(d)
		if parent == d {
			return dir
		}
		d = parent
	}
}

// Bounds of the tree walk: it serves a heuristic, so a huge tree is read in part, never slowly.
const (
	maxTreeEntries = 20000
	maxTreeFile    = 1 << 20
)

// skipDirs are folders the walk never enters: dependencies and build output.
var skipDirs = map[string]bool{"node_modules": true, "vendor": true, "bin": true, "obj": true, "dist": true,
	"__pycache__": true, "venv": true, "site-packages": true, "target": true}

// buildIndex reads the backends the IaC files under root declare.
func buildIndex(root string) *index {
	x := newIndex(nil)
	seen := 0
	_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if seen++; seen > maxTreeEntries {
			return filepath.SkipAll
		}
		name := d.Name()
		if d.IsDir() {
			if p != root && (strings.HasPrefix(name, ".") || skipDirs[name]) {
				return filepath.SkipDir
			}
			return nil
		}
		ext := strings.ToLower(filepath.Ext(name))
		if ext != ".bicep" && ext != ".json" && ext != ".tf" && ext != ".xml" || !d.Type().IsRegular() {
			return nil
		}
		if info, err := d.Info(); err != nil || info.Size() > maxTreeFile {
			return nil
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return nil
		}
		if ext == ".xml" {
			x.addFragment(name, src)
			return nil
		}
		if ext != ".json" {
			x.addLoaders(p, src)
		}
		if !mentionsBackends(src) {
			return nil
		}
		var decls []backendDecl
		switch ext {
		case ".bicep":
			decls = bicepBackends(src)
		case ".json":
			if bytes.Contains(bytes.ToLower(src[:min(len(src), 4096)]), []byte("deploymenttemplate.json#")) {
				decls = armBackends(src)
			}
		case ".tf":
			decls = terraformBackends(src)
		}
		x.add(decls)
		x.noteFile(p, decls)
		return nil
	})
	return x
}

// addFragment records a policy fragment file under the ids its name suggests: the name
// without its extension, and without a frag-, fragment- or pf- prefix.
func (x *index) addFragment(name string, src []byte) {
	if apimpolicy.Root(src) != "fragment" {
		return
	}
	doc, err := apimpolicy.Parse(src)
	if err != nil {
		return
	}
	validates := false
	for _, e := range doc.Elements {
		validates = validates || e.Name == "validate-jwt" || e.Name == "validate-azure-ad-token"
	}
	id := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(name, filepath.Ext(name)), ".policy"))
	for _, k := range []string{id, strings.TrimPrefix(id, "frag-"), strings.TrimPrefix(id, "fragment-"), strings.TrimPrefix(id, "pf-")} {
		x.fragments[k] = x.fragments[k] || validates
	}
}

func mentionsBackends(src []byte) bool {
	lower := bytes.ToLower(src)
	return bytes.Contains(lower, []byte("backend")) &&
		(bytes.Contains(lower, []byte("apimanagement")) || bytes.Contains(lower, []byte("api_management")))
}

// checkPolicies runs the gateway rules on every policy among texts.
func checkPolicies(p *check.Pass, texts []*gateway.Text, local *index) {
	if len(texts) == 0 {
		return
	}
	p.ReadOthers = true // the backends may be defined in other files
	backends := both{local: local, tree: gateway.Lazy(APIMTree{}, p.Path)}
	for _, t := range texts {
		gateway.Check(p, t, backends)
	}
}

// reportBackendKey reports KL304 on a backend credential header named api-key.
func reportBackendKey(p *check.Pass, span keylint.Span) {
	p.Reportf("KL304", span, backendMessage)
}
