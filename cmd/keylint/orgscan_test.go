package main

import (
	"io"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/rhysd/actionlint"
	"go.yaml.in/yaml/v3"
)

const orgScanWorkflow = "../../examples/github/org-scan.yml"

// TestOrgScanWorkflow checks the example reusable workflow as far as can be done without GitHub:
// actionlint (the workflow linter: syntax, expressions, needs, matrix, the inputs of the actions
// it uses) finds nothing; it is callable with the documented inputs and secret; it plans, scans
// in a matrix, and merges after the scans; its scripts take values through env, never by
// ${{ }} interpolation (script injection); and every flag it passes to keylint, scan or merge,
// is one keylint accepts.
func TestOrgScanWorkflow(t *testing.T) {
	linter, err := actionlint.NewLinter(io.Discard, &actionlint.LinterOptions{})
	if err != nil {
		t.Fatal(err)
	}
	errs, err := linter.LintFile(orgScanWorkflow, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range errs {
		t.Errorf("actionlint: %s:%d:%d: %s [%s]", orgScanWorkflow, e.Line, e.Column, e.Message, e.Kind)
	}

	data, err := os.ReadFile(orgScanWorkflow)
	if err != nil {
		t.Fatal(err)
	}
	type step struct {
		Uses, Run string
		With      map[string]any
	}
	var wf struct {
		On struct {
			WorkflowCall struct {
				Inputs map[string]struct {
					Type     string
					Required bool
				}
				Secrets map[string]struct{ Required bool }
			} `yaml:"workflow_call"`
		} `yaml:"on"`
		Jobs map[string]struct {
			Needs    any
			Strategy struct {
				Matrix struct{ Include string }
			}
			Steps []step
		}
	}
	if err := yaml.Unmarshal(data, &wf); err != nil {
		t.Fatalf("%s: %v", orgScanWorkflow, err)
	}
	call := wf.On.WorkflowCall
	if in, ok := call.Inputs["repositories"]; !ok || !in.Required || in.Type != "string" {
		t.Errorf("input repositories: %+v, want a required string", in)
	}
	if s, ok := call.Secrets["token"]; !ok || !s.Required {
		t.Error("secret token must be declared and required")
	}
	for _, name := range []string{"plan", "scan", "merge"} {
		if _, ok := wf.Jobs[name]; !ok {
			t.Fatalf("job %s missing", name)
		}
	}
	if m := wf.Jobs["scan"].Strategy.Matrix.Include; !strings.Contains(m, "fromJSON(needs.plan.outputs.shards)") {
		t.Errorf("scan matrix %q: want the plan's shards", m)
	}
	if m := wf.Jobs["merge"].Strategy.Matrix.Include; !strings.Contains(m, "fromJSON(needs.plan.outputs.repositories)") {
		t.Errorf("merge matrix %q: want the plan's repositories", m)
	}
	if needs, _ := yaml.Marshal(wf.Jobs["merge"].Needs); !strings.Contains(string(needs), "scan") {
		t.Errorf("merge needs %s: it must wait for the scans", needs)
	}

	scanFS, _ := newScanFlags(io.Discard)
	mergeFS, _ := newMergeFlags(io.Discard)
	invocation := regexp.MustCompile(`(?m)^\s*keylint\s+(.*)$`)
	flagRE := regexp.MustCompile(`(?:^|\s)--([a-z][a-z-]*)`)
	seen := map[string]bool{}
	for name, job := range wf.Jobs {
		for _, s := range job.Steps {
			if s.Uses == "" && s.Run == "" {
				t.Errorf("job %s: a step with neither uses nor run", name)
			}
			if s.Uses != "" && !regexp.MustCompile(`^[\w.-]+/[\w./-]+@v\d+$`).MatchString(s.Uses) {
				t.Errorf("job %s: uses %q: want owner/action@vN", name, s.Uses)
			}
			if strings.Contains(s.Run, "${{") {
				t.Errorf("job %s: a run script interpolates ${{ }}; pass the value through env", name)
			}
			for _, m := range invocation.FindAllStringSubmatch(s.Run, -1) {
				args := m[1]
				fs, sub := scanFS, "scan"
				if strings.HasPrefix(args, "merge ") {
					fs, sub = mergeFS, "merge"
				}
				for _, f := range flagRE.FindAllStringSubmatch(args, -1) {
					if fs.Lookup(f[1]) == nil {
						t.Errorf("job %s runs keylint %s with --%s, which it does not accept", name, sub, f[1])
					}
					seen[sub+" --"+f[1]] = true
				}
			}
		}
	}
	for _, want := range []string{"scan --shard", "scan --format", "merge --output"} {
		if !seen[want] {
			t.Errorf("no step runs keylint %s", want)
		}
	}
}
