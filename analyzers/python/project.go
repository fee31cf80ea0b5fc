package python

import (
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/keylint/keylint/analyzers/projectdir"
)

// moduleLevels is how many directories up from a file its program's own top-level modules are
// looked for (app/services/x.py importing from app.core, with the project root two levels up).
const moduleLevels = 2

// dirModules caches the module names one directory offers to an import (x.py, a directory
// holding .py files), by its path and modification time: map[string]map[string]bool.
var dirModules sync.Map

// localModule reports whether top, the first name of an absolute import (speech in from speech
// import voice_creation), is a module or package of the program, beside the file or in a
// directory above it within the repository. It also returns the directories it read.
func localModule(path, top string) (bool, []string) {
	dir, ok := projectdir.Of(path)
	if !ok || top == "" {
		return false, nil
	}
	var dirs []string
	for _, d := range projectdir.Up(dir, moduleLevels) {
		dirs = append(dirs, d)
		if modulesOf(d)[top] {
			return true, dirs
		}
	}
	return false, dirs
}

func modulesOf(dir string) map[string]bool {
	key := dir
	if st, err := os.Stat(dir); err == nil {
		key += "\x00" + st.ModTime().String() // a long-lived process sees files come and go
	}
	if v, ok := dirModules.Load(key); ok {
		return v.(map[string]bool)
	}
	names := map[string]bool{}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		name := e.Name()
		switch {
		case e.Type().IsRegular() && strings.HasSuffix(name, ".py"):
			names[strings.TrimSuffix(name, ".py")] = true
		case e.IsDir() && !strings.HasPrefix(name, "."):
			if sub, _ := filepath.Glob(filepath.Join(dir, name, "*.py")); len(sub) > 0 {
				names[name] = true
			}
		}
	}
	dirModules.Store(key, names)
	return names
}
