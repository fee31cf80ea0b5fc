package main

import (
	"io"
	"os"
	"regexp"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// TestActionYAML checks the composite action: valid YAML with the documented inputs, and every
// flag its scripts pass to keylint is one keylint accepts (GitHub cannot be run here; this is
// what can go stale).
func TestActionYAML(t *testing.T) {
	data, err := os.ReadFile("../../action.yml")
	if err != nil {
		t.Fatal(err)
	}
	var action struct {
		Name   string
		Inputs map[string]struct{ Default string }
		Runs   struct {
			Using string
			Steps []struct {
				Run  string
				Uses string
			}
		}
	}
	if err := yaml.Unmarshal(data, &action); err != nil {
		t.Fatalf("action.yml: %v", err)
	}
	for _, in := range []string{"fail-on", "config", "sarif", "token"} {
		if _, ok := action.Inputs[in]; !ok {
			t.Errorf("input %q missing", in)
		}
	}
	if action.Runs.Using != "composite" || len(action.Runs.Steps) < 4 {
		t.Fatalf("runs: %+v", action.Runs)
	}
	scanFS, _ := newScanFlags(io.Discard)
	flagRE := regexp.MustCompile(`--([a-z][a-z-]+)`)
	checked := 0
	for _, s := range action.Runs.Steps {
		if !strings.Contains(s.Run, "keylint") || !strings.Contains(s.Run, "args=(") {
			continue
		}
		review := strings.Contains(s.Run, "args=(review")
		for _, m := range flagRE.FindAllStringSubmatch(s.Run, -1) {
			name := m[1]
			var known bool
			if review {
				r := runKeylint(t, "review", "--help")
				known = strings.Contains(r.stderr, "-"+name+" ")
			} else {
				known = scanFS.Lookup(name) != nil
			}
			if !known {
				t.Errorf("action.yml passes --%s, which keylint %s does not accept", name, map[bool]string{true: "review", false: ""}[review])
			}
			checked++
		}
	}
	if checked == 0 {
		t.Error("no keylint flags found in action.yml")
	}
}
