package scan

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/azurectx"
	"github.com/keylint/keylint/check"
)

// view is what a scan yields, in a form that compares with reflect.DeepEqual (errors as text,
// no duration, no cache counter).
type view struct {
	Findings []keylint.Finding
	Errors   []string
	Unused   []Suppression
	Clients  []ClientSite
	Hits     []Hit
	Secrets  []string
	Stats    Stats
}

func viewOf(res *Result) view {
	v := view{Unused: res.Unused, Clients: res.Clients, Hits: res.Hits, Secrets: res.Secrets, Stats: res.Stats}
	// An empty slice and none are the same to every output (the cache's gob keeps no
	// difference between them).
	for _, f := range res.Findings {
		if len(f.Secrets) == 0 {
			f.Secrets = nil
		}
		if len(f.Fixes) == 0 {
			f.Fixes = nil
		}
		v.Findings = append(v.Findings, f)
	}
	for _, e := range res.Errors {
		v.Errors = append(v.Errors, fmt.Sprintf("%s|%s|skipped=%v|partial=%v", e.Path, e.Err, e.Skipped, e.Partial))
	}
	sort.Slice(v.Unused, func(a, b int) bool { return fmt.Sprint(v.Unused[a]) < fmt.Sprint(v.Unused[b]) })
	v.Stats.Duration, v.Stats.Cached = 0, 0
	return v
}

func mustRun(t *testing.T, cfg Config) *Result {
	t.Helper()
	res, err := Run(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if res.CacheErr != nil {
		t.Fatalf("cache not written: %v", res.CacheErr)
	}
	return res
}

func sameView(t *testing.T, what string, got, want *Result) {
	t.Helper()
	g, w := viewOf(got), viewOf(want)
	if reflect.DeepEqual(g, w) {
		return
	}
	gv, wv := reflect.ValueOf(g), reflect.ValueOf(w)
	for i := 0; i < gv.NumField(); i++ {
		if !reflect.DeepEqual(gv.Field(i).Interface(), wv.Field(i).Interface()) {
			t.Errorf("%s: %s differ:\n got %+v\nwant %+v", what, gv.Type().Field(i).Name, gv.Field(i).Interface(), wv.Field(i).Interface())
		}
	}
}

// openTestCache opens the cache a scan with cfg would use.
func openTestCache(cfg Config, start time.Time) *resultCache {
	if cfg.Opts == nil {
		cfg.Opts = check.DefaultOptions()
	}
	if cfg.MaxFileSize <= 0 {
		cfg.MaxFileSize = DefaultMaxFileSize
	}
	return openCache(&cfg, start)
}

// withRacyMargin sets the racy margin for a test: a negative one makes no entry racy (the
// files a test just wrote would otherwise always be read again).
func withRacyMargin(t *testing.T, d time.Duration) {
	old := racyMargin
	racyMargin = d
	t.Cleanup(func() { racyMargin = old })
}

// TestCacheReplaysEverything: on the whole testdata tree, with --strict (unused suppressions)
// and hit accounting and without, a cached run yields exactly what a run without the cache
// does: findings with positions, snippets and fixes, file errors, unused suppressions, client
// sites, keyword hits, secrets and stats; with entries replayed unread, and with every entry
// read again (racy).
func TestCacheReplaysEverything(t *testing.T) {
	root := filepath.Join("..", "testdata")
	for _, strict := range []bool{false, true} {
		for _, mode := range []struct {
			name   string
			margin time.Duration
		}{{"unread", -time.Hour}, {"read again", 100 * 365 * 24 * time.Hour}} {
			t.Run(fmt.Sprintf("strict=%v/%s", strict, mode.name), func(t *testing.T) {
				withRacyMargin(t, mode.margin)
				cfg := Config{Paths: []string{root}, Strict: strict, Hits: strict}
				want := mustRun(t, cfg)
				cfg.CacheDir = t.TempDir()
				first := mustRun(t, cfg)
				sameView(t, "first run with a cache", first, want)
				if first.Stats.Cached != 0 {
					t.Errorf("first run: %d files from an empty cache", first.Stats.Cached)
				}
				second := mustRun(t, cfg)
				sameView(t, "cached run", second, want)
				if second.Stats.Cached < second.Stats.Files/2 {
					t.Errorf("cached run: only %d of %d files from the cache", second.Stats.Cached, second.Stats.Files)
				}
				if len(want.Secrets) == 0 || len(want.Clients) == 0 || len(want.Errors) == 0 || strict && (len(want.Unused) == 0 || len(want.Hits) == 0) {
					t.Errorf("testdata exercises too little: %d secrets, %d clients, %d errors, %d unused, %d hits",
						len(want.Secrets), len(want.Clients), len(want.Errors), len(want.Unused), len(want.Hits))
				}
			})
		}
	}
}

// writeFiles writes a small tree and dates its files an hour back.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	old := time.Now().Add(-time.Hour)
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, old, old); err != nil {
			t.Fatal(err)
		}
	}
}

const (
	keyPy   = "from openai import AzureOpenAI\nc = AzureOpenAI(azure_endpoint=\"https://x.openai.azure.com\", api_key=\"0123456789abcdef0123456789abcdef\")\n"
	cleanPy = "print('hello')\n"
)

// TestCacheSeesEdits: an edited file is checked again, whether its size changed or not and
// even when its mtime is put back; the others come from the cache.
func TestCacheSeesEdits(t *testing.T) {
	withRacyMargin(t, -time.Hour)
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.py": keyPy, "b.py": cleanPy, "c.py": cleanPy})
	cfg := Config{Paths: []string{dir}, CacheDir: t.TempDir()}
	mustRun(t, cfg)

	edit := func(name, text string, keepMtime bool) {
		p := filepath.Join(dir, name)
		info, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		if keepMtime {
			os.Chtimes(p, info.ModTime(), info.ModTime())
		}
	}
	check := func(what string, wantCached int64) {
		t.Helper()
		got := mustRun(t, cfg)
		nocache := cfg
		nocache.CacheDir = ""
		sameView(t, what, got, mustRun(t, nocache))
		if got.Stats.Cached != wantCached {
			t.Errorf("%s: %d files from the cache, want %d", what, got.Stats.Cached, wantCached)
		}
	}
	edit("b.py", keyPy, false) // a new key: size changes
	check("b.py given a key", 2)
	edit("a.py", strings.Replace(keyPy, "0123", "4567", 1), true) // same size, mtime put back
	check("a.py's key changed in place", 2)
	os.Chtimes(filepath.Join(dir, "c.py"), time.Now().Add(-time.Minute), time.Now().Add(-time.Minute))
	check("c.py touched", 3) // read again, same bytes: from the cache
	check("nothing changed", 3)
}

// TestCacheRacyEntries: an entry recorded while its file was still changing (mtime not older
// than the recording run by the margin) is read again even when the stat data match, as git
// does for racily clean index entries.
func TestCacheRacyEntries(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.py": cleanPy + strings.Repeat(" ", len(keyPy)-len(cleanPy))})
	cfg := Config{Paths: []string{dir}, CacheDir: t.TempDir()}
	p := filepath.Join(dir, "a.py")
	now := time.Now()
	os.Chtimes(p, now, now) // just written
	mustRun(t, cfg)

	// The same size rewritten within the timestamp granularity: model it by writing the stat
	// data of the new bytes into the entry, which a coarse clock would have left equal.
	if err := os.WriteFile(p, []byte(keyPy), 0o644); err != nil {
		t.Fatal(err)
	}
	info, _ := os.Lstat(p)
	c := openTestCache(cfg, now)
	e := c.index()[toSlash(p)]
	if e == nil {
		t.Fatal("a.py has no entry")
	}
	e.Stat = statOf(info)
	for _, x := range c.index() {
		c.keep(x)
	}
	c.dirty = true
	if err := c.save(); err != nil {
		t.Fatal(err)
	}
	got := mustRun(t, cfg)
	if len(got.Findings) == 0 || got.Stats.Cached != 0 {
		t.Errorf("a racy entry was trusted: %d findings, %d files from the cache", len(got.Findings), got.Stats.Cached)
	}
}

// TestCacheKey: every setting that changes what a file yields changes the key; building the
// same settings again does not.
func TestCacheKey(t *testing.T) {
	base := func() Config {
		return Config{Opts: check.DefaultOptions(), MaxFileSize: DefaultMaxFileSize, Severity: map[string]keylint.Severity{}}
	}
	b := base()
	key := b.resultKey()
	if again := base(); again.resultKey() != key {
		t.Fatalf("the key of the same settings changed:\n%s\n%s", key, again.resultKey())
	}
	kn, _ := azurectx.NewKeyNames([]string{"*_SECRET"})
	for name, change := range map[string]func(c *Config){
		"severity":          func(c *Config) { c.Severity["KL102"] = keylint.Error },
		"rule off":          func(c *Config) { c.Severity["KL105"] = keylint.Off },
		"key names":         func(c *Config) { c.Opts.KeyNames = kn },
		"markers":           func(c *Config) { c.Opts.Markers = azurectx.NewMarkers([]string{"contoso"}) },
		"scope":             func(c *Config) { c.Opts.Scope = "https://other/.default" },
		"include-generated": func(c *Config) { c.Opts.IncludeGenerated = true },
		"strict":            func(c *Config) { c.Strict = true },
		"fix tests":         func(c *Config) { c.FixTests = true },
		"max-file-size":     func(c *Config) { c.MaxFileSize = 1 << 20 },
		"extra keywords":    func(c *Config) { c.ExtraKeywords = []string{"contoso"} },
	} {
		c := base()
		change(&c)
		if c.resultKey() == key {
			t.Errorf("%s: the key did not change", name)
		}
	}
}

// TestCacheSettingsMiss: a run with other settings does not replay the first run's results.
func TestCacheSettingsMiss(t *testing.T) {
	withRacyMargin(t, -time.Hour)
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.py": keyPy})
	cfg := Config{Paths: []string{dir}, CacheDir: t.TempDir()}
	mustRun(t, cfg)
	cfg.Severity = map[string]keylint.Severity{"KL106": keylint.Info}
	got := mustRun(t, cfg)
	if got.Stats.Cached != 0 {
		t.Errorf("other severities: %d files from the cache", got.Stats.Cached)
	}
	for _, f := range got.Findings {
		if f.RuleID == "KL106" && f.Severity != keylint.Info {
			t.Errorf("KL106 replayed at %v", f.Severity)
		}
	}
}

// TestCacheHitAccounting: an index filled without hit accounting serves a run with it only
// after that run has recorded the hits; an index with hits serves runs without them.
func TestCacheHitAccounting(t *testing.T) {
	withRacyMargin(t, -time.Hour)
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.py": keyPy, "b.py": "import os\nkey = os.environ['AZURE_OPENAI_API_KEY']  # api_key\n"})
	cfg := Config{Paths: []string{dir}, CacheDir: t.TempDir()}
	plain := mustRun(t, cfg)
	withHits := cfg
	withHits.Hits = true
	nocache := withHits
	nocache.CacheDir = ""
	want := mustRun(t, nocache)
	if len(want.Hits) == 0 {
		t.Fatal("no hits: the test proves nothing")
	}
	for i, wantCached := range []int64{0, 2} {
		got := mustRun(t, withHits)
		sameView(t, fmt.Sprintf("run %d with hits", i+1), got, want)
		if got.Stats.Cached != wantCached {
			t.Errorf("run %d with hits: %d files from the cache, want %d", i+1, got.Stats.Cached, wantCached)
		}
	}
	got := mustRun(t, cfg)
	sameView(t, "without hits, from an index with them", got, plain)
	if got.Stats.Cached != 2 || len(got.Hits) != 0 {
		t.Errorf("without hits: %d cached, %d hits", got.Stats.Cached, len(got.Hits))
	}
}

// TestCacheSkipsContextDependentFiles: dotenv results depend on git, Terraform's on the
// module's other files, a Bicep file's API Management policies on the project's IaC: none is
// recorded. A Bicep file without a policy depends on itself alone and is.
func TestCacheSkipsContextDependentFiles(t *testing.T) {
	withRacyMargin(t, -time.Hour)
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		".env":       "AZURE_OPENAI_API_KEY=0123456789abcdef0123456789abcdef\n",
		"main.tf":    "resource \"azurerm_cognitive_account\" \"a\" {\n  name = \"a\"\n  kind = \"OpenAI\"\n  local_auth_enabled = var.local\n}\n",
		"vars.tf":    "variable \"local\" {\n  default = true\n}\n",
		"main.bicep": "resource a 'Microsoft.CognitiveServices/accounts@2023-05-01' = {\n  name: 'a'\n  kind: 'OpenAI'\n}\n",
		"apim.bicep": "var policy = '<policies><inbound><set-backend-service backend-id=\"aoai\" /><set-header name=\"api-key\" exists-action=\"override\"><value>{{k}}</value></set-header></inbound></policies>'\n",
		"app.py":     keyPy,
		"README.md":  "# app\n",
		// proxy.go's header name is a constant of names.go: proxy.go's result depends on it.
		"names.go":  "package proxy\n\nconst authHeader = \"api-key\"\n",
		"proxy.go":  "package proxy\n\nimport (\n\t\"net/http\"\n\t\"os\"\n)\n\nfunc F(r *http.Request) { r.Header.Set(authHeader, os.Getenv(\"AZURE_OPENAI_API_KEY\")) }\n",
		"client.go": "package proxy\n\nimport (\n\t\"net/http\"\n\t\"os\"\n)\n\nfunc G(r *http.Request) { r.Header.Set(\"api-key\", os.Getenv(\"AZURE_OPENAI_API_KEY\")) }\n",
		// Names that are not the package's: a struct literal's field, a range variable.
		"locals.go": "package proxy\n\nimport (\n\t\"net/http\"\n\t\"os\"\n)\n\ntype msg struct{ Role string }\n\nfunc H(r *http.Request, hs map[string]string) msg {\n\tr.Header.Set(\"api-key\", os.Getenv(\"AZURE_OPENAI_API_KEY\"))\n\tfor k, v := range hs {\n\t\tr.Header.Set(k, v)\n\t}\n\treturn msg{Role: \"user\"}\n}\n",
	})
	cfg := Config{Paths: []string{dir}, CacheDir: t.TempDir()}
	mustRun(t, cfg)
	c := openTestCache(cfg, time.Now())
	for _, name := range []string{".env", "main.tf", "vars.tf", "apim.bicep"} {
		if c.index()[toSlash(filepath.Join(dir, name))] != nil {
			t.Errorf("%s was cached", name)
		}
	}
	// proxy.go is cached with a stamp of its directory (TestCacheDirectoryStamps).
	for _, name := range []string{"app.py", "README.md", "names.go", "client.go", "locals.go", "main.bicep", "proxy.go"} {
		if c.index()[toSlash(filepath.Join(dir, name))] == nil {
			t.Errorf("%s was not cached", name)
		}
	}
}

// TestCacheDirectoryStamps: a Go file whose header name is a constant of another file of its
// package is replayed while the directory's files are as stamped, and checked again when one
// of them changes, is added or removed; a file whose lookup went through go.mod to another
// package is not cached at all.
func TestCacheDirectoryStamps(t *testing.T) {
	withRacyMargin(t, -time.Hour)
	dir := t.TempDir()
	proxy := "package proxy\n\nimport (\n\t\"net/http\"\n\t\"os\"\n)\n\nfunc F(r *http.Request) { r.Header.Set(authHeader, os.Getenv(\"AZURE_OPENAI_API_KEY\")) }\n"
	writeFiles(t, dir, map[string]string{
		"names.go":   "package proxy\n\nconst authHeader = \"api-key\"\n",
		"proxy.go":   proxy,
		"go.mod":     "module example.com/app\n",
		"use/use.go": "package use\n\nimport (\n\t\"net/http\"\n\t\"os\"\n\n\t\"example.com/app/hdr\"\n)\n\nfunc G(r *http.Request) { r.Header.Set(hdr.Name, os.Getenv(\"AZURE_OPENAI_API_KEY\")) }\n",
		"hdr/hdr.go": "package hdr\n\nconst Name = \"api-key\"\n",
	})
	cfg := Config{Paths: []string{dir}, CacheDir: t.TempDir()}
	proxyPath := toSlash(filepath.Join(dir, "proxy.go"))
	proxyFindings := func(res *Result) (n int) { // the api-key header's, KL104
		for _, f := range res.Findings {
			if toSlash(f.Path) == proxyPath && f.RuleID == "KL104" {
				n++
			}
		}
		return n
	}
	first := mustRun(t, cfg)
	if proxyFindings(first) == 0 {
		t.Fatalf("no finding in proxy.go: %+v", first.Findings)
	}
	c := openTestCache(cfg, time.Now())
	if e := c.index()[proxyPath]; e == nil || e.R == nil || len(e.R.Deps) != 1 || e.R.Deps[0].Dir != dir {
		t.Fatalf("proxy.go is not cached with a stamp of %s: %+v", dir, e)
	}
	if c.index()[toSlash(filepath.Join(dir, "use", "use.go"))] != nil {
		t.Errorf("use/use.go, whose header name is another package's, was cached")
	}
	second := mustRun(t, cfg)
	sameView(t, "cached run", second, first)
	cached := second.Stats.Cached
	if cached != second.Stats.Files-1 {
		t.Errorf("cached run: %d of %d files from the cache, want all but use/use.go", cached, second.Stats.Files)
	}

	// The constant now names another header: proxy.go is checked again, with no KL104.
	writeFiles(t, dir, map[string]string{"names.go": "package proxy\n\nconst authHeader = \"x-trace-id\"\n"})
	third := mustRun(t, cfg)
	if proxyFindings(third) != 0 {
		t.Errorf("names.go changed, proxy.go still reported from the cache: %+v", third.Findings)
	}
	if want := mustRun(t, Config{Paths: []string{dir}}); !reflect.DeepEqual(viewOf(third).Findings, viewOf(want).Findings) {
		t.Errorf("after the edit the cached run differs from an uncached one")
	}

	// A new file declares it again: the stamp changes with the directory's list.
	writeFiles(t, dir, map[string]string{"names.go": "package proxy\n", "more.go": "package proxy\n\nconst authHeader = \"api-key\"\n"})
	if fourth := mustRun(t, cfg); proxyFindings(fourth) == 0 {
		t.Errorf("more.go added, proxy.go not checked again: %+v", fourth.Findings)
	}
	if fifth := mustRun(t, cfg); fifth.Stats.Cached < cached {
		t.Errorf("unchanged tree: %d files from the cache, %d before", fifth.Stats.Cached, cached)
	}
}

// TestCheckersReadOnlyTheirFile guards the cache's premise: a checker that reads other files
// makes its language's results depend on them. Such a language must be left out of the cache
// (cacheable) and its file listed here.
func TestCheckersReadOnlyTheirFile(t *testing.T) {
	// Not cached: Terraform (sibling variable defaults), and the API Management policy kinds
	// (policy XML, Bicep, ARM, Terraform), which look backends up in the project's IaC files.
	// A Go file naming a header by another file's constant (gochecker/consts.go) says so in
	// check.Pass.ReadOthers, and that file alone is left out. A C# file of top-level statements
	// using the program's other namespaces (csharp/project.go) lists the directories it read
	// in check.Pass.DependsOn, cached under their stamps; so does a Python file handing a key to
	// a module its absolute import names, looked up beside it (python/project.go). Bicep's
	// loadJsonContent files (iac/bicepjson.go) go into DependsOn too.
	allowed := map[string]bool{"iac/terraform.go": true, "iac/bicepjson.go": true, "projectdir/projectdir.go": true, "iac/apim.go": true, "gochecker/consts.go": true, "csharp/project.go": true, "python/project.go": true}
	reads := regexp.MustCompile(`\b(os\.(ReadFile|Open|OpenFile|ReadDir|Stat|Lstat)|filepath\.(Glob|Walk|WalkDir)|fs\.(ReadFile|WalkDir|Glob)|exec\.Command)\(`)
	root := filepath.Join("..", "analyzers")
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return err
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		if m := reads.Find(src); m != nil && !allowed[filepath.ToSlash(rel)] {
			t.Errorf("analyzers/%s calls %s: a checker that reads other files breaks the result cache; leave its language out in scan/cache.go (cacheable) and list the file here", rel, m)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestCacheEntryCoversContribution: a field added to what a file contributes (fileResult) or
// to Stats must be recorded by the cache too; this lists the fields the cache knows.
func TestCacheEntryCoversContribution(t *testing.T) {
	for typ, known := range map[reflect.Type]string{
		// readOthers is not recorded: a result that has it is never cached (cacheable).
		reflect.TypeOf(fileResult{}): "findings err secrets secretSpans clients unused hits azure readOthers dependsOn stats lang",
		reflect.TypeOf(Stats{}):      "Files Binary Bytes Candidates Unparsed Parsed Cached Duration",
	} {
		var names []string
		for i := 0; i < typ.NumField(); i++ {
			names = append(names, typ.Field(i).Name)
		}
		if got := strings.Join(names, " "); got != known {
			t.Errorf("%s has fields %q; the cache (record, replay, cacheEntry.stats) knows %q: teach it the new ones, then update this list", typ, got, known)
		}
	}
}

// TestCacheConcurrentRuns: runs sharing a cache directory while files change never see a torn
// index and always give what a run without the cache gives.
func TestCacheConcurrentRuns(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{}
	for i := 0; i < 60; i++ {
		files[fmt.Sprintf("p%d/f%d.py", i%5, i)] = cleanPy
	}
	files["p0/key.py"] = keyPy
	writeFiles(t, dir, files)
	cacheDir := t.TempDir()
	cfg := Config{Paths: []string{dir}, CacheDir: cacheDir, Workers: 2}
	nocache := cfg
	nocache.CacheDir = ""
	want := mustRun(t, nocache)

	var wg sync.WaitGroup
	errs := make(chan string, 100)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 5; i++ {
				res, err := Run(context.Background(), cfg)
				if err != nil || res.CacheErr != nil {
					errs <- fmt.Sprint(err, res.CacheErr)
					return
				}
				if !reflect.DeepEqual(viewOf(res), viewOf(want)) {
					errs <- "a concurrent cached run differs from the run without a cache"
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	c := openTestCache(cfg, time.Now())
	if len(c.index()) != len(files) {
		t.Errorf("the index holds %d entries, want %d", len(c.index()), len(files))
	}
	if left, _ := filepath.Glob(filepath.Join(cacheDir, ".tmp-*")); len(left) > 0 {
		t.Errorf("temp files left behind: %v", left)
	}
}

// TestCacheDamagedIndex: a truncated or corrupted index is an empty one.
func TestCacheDamagedIndex(t *testing.T) {
	withRacyMargin(t, -time.Hour)
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.py": keyPy, "b.py": cleanPy})
	cfg := Config{Paths: []string{dir}, CacheDir: t.TempDir()}
	want := mustRun(t, cfg)
	c := openTestCache(cfg, time.Now())
	name := filepath.Join(cfg.CacheDir, c.name)
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	for what, bad := range map[string][]byte{
		"truncated": data[:len(data)/2],
		"flipped":   append(append([]byte{}, data[:20]...), append([]byte{data[20] ^ 0xff}, data[21:]...)...),
		"empty":     nil,
	} {
		os.WriteFile(name, bad, 0o600)
		got := mustRun(t, cfg)
		sameView(t, what, got, want)
		if got.Stats.Cached != 0 {
			t.Errorf("%s: %d files replayed from a damaged index", what, got.Stats.Cached)
		}
	}
}

// TestCacheBounded: the directory keeps at most maxIndexes indexes and maxCacheBytes, the most
// recently used first, and always the one just written.
func TestCacheBounded(t *testing.T) {
	withRacyMargin(t, -time.Hour)
	cacheDir := t.TempDir()
	for i := 0; i < maxIndexes+8; i++ {
		name := filepath.Join(cacheDir, fmt.Sprintf("index-old%02d.bin", i))
		os.WriteFile(name, make([]byte, 1000), 0o600)
		at := time.Now().Add(-time.Duration(100-i) * time.Minute) // old00 is the oldest
		os.Chtimes(name, at, at)
	}
	stale := filepath.Join(cacheDir, ".tmp-index-crashed")
	os.WriteFile(stale, nil, 0o600)
	os.Chtimes(stale, time.Now().Add(-2*time.Hour), time.Now().Add(-2*time.Hour))
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.py": keyPy})
	cfg := Config{Paths: []string{dir}, CacheDir: cacheDir}
	mustRun(t, cfg)
	idx, _ := filepath.Glob(filepath.Join(cacheDir, "index-*"))
	if len(idx) != maxIndexes {
		t.Errorf("%d indexes kept, want %d", len(idx), maxIndexes)
	}
	c := openTestCache(cfg, time.Now())
	if _, err := os.Stat(filepath.Join(cacheDir, c.name)); err != nil {
		t.Errorf("the index just written was trimmed: %v", err)
	}
	for i := 0; i < 9; i++ {
		if _, err := os.Stat(filepath.Join(cacheDir, fmt.Sprintf("index-old%02d.bin", i))); err == nil {
			t.Errorf("index-old%02d.bin, among the oldest, was kept", i)
		}
	}
	if _, err := os.Stat(stale); err == nil {
		t.Error("a crashed run's temp file was kept")
	}

	// The byte bound: with room for two old indexes beside the new one, only the newest two stay.
	old := maxCacheBytes
	info, _ := os.Stat(filepath.Join(cacheDir, c.name))
	maxCacheBytes = info.Size() + 2500
	t.Cleanup(func() { maxCacheBytes = old })
	writeFiles(t, dir, map[string]string{"b.py": cleanPy})
	mustRun(t, cfg)
	idx, _ = filepath.Glob(filepath.Join(cacheDir, "index-*"))
	var total int64
	for _, p := range idx {
		if st, err := os.Stat(p); err == nil {
			total += st.Size()
		}
	}
	if total > maxCacheBytes || len(idx) != 3 {
		t.Errorf("%d indexes of %d bytes kept, want 3 within %d", len(idx), total, maxCacheBytes)
	}
}
