package merge

import (
	"bytes"
	"fmt"
	"sort"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"
)

// fingerprintKey is the partialFingerprints entry keylint writes.
const fingerprintKey = "keylint/v1"

// mergeSARIF puts every input's keylint run into one run: the rules once each, by id (the
// catalog's order), the results deduplicated and in the engine's order.
func mergeSARIF(inputs []Input) ([]byte, error) {
	var base *sarif.Run
	var version string
	rules := map[string]*sarif.ReportingDescriptor{}
	var results []*sarif.Result
	seen := map[string]bool{}
	inv := invocations{seen: map[string]bool{}, success: true}
	bases := map[string]string{} // originalUriBaseIds: uriBaseId -> URI
	for _, in := range inputs {
		log, err := sarif.FromBytes(in.Data)
		if err != nil {
			return nil, fmt.Errorf("%s: not a SARIF log: %v", in.Name, err)
		}
		for _, run := range log.Runs {
			if run.Tool.Driver == nil || deref(run.Tool.Driver.Name) != "keylint" {
				return nil, fmt.Errorf("%s: a run of another tool; merge only keylint's SARIF", in.Name)
			}
			v := deref(run.Tool.Driver.SemanticVersion)
			if base == nil {
				base, version = run, v
			} else if v != version {
				return nil, fmt.Errorf("%s was written by keylint %q, another input by %q: merge reports of one keylint version", in.Name, v, version)
			}
			for _, r := range run.Tool.Driver.Rules {
				if _, ok := rules[deref(r.ID)]; !ok {
					rules[deref(r.ID)] = r
				}
			}
			inv.add(run.Invocations)
			for id, loc := range run.OriginalUriBaseIds {
				// Each job checked the repository out somewhere; any one of them is as good,
				// and the smallest keeps the result independent of the input order.
				if u := deref(loc.URI); bases[id] == "" || u < bases[id] {
					bases[id] = u
				}
			}
			for _, res := range run.Results {
				if k := resultKey(res); !seen[k] {
					seen[k] = true
					results = append(results, res)
				}
			}
		}
	}
	if base == nil {
		return nil, fmt.Errorf("%s: no runs", inputs[0].Name)
	}
	ids := make([]string, 0, len(rules))
	for id := range rules {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	index := map[string]int{}
	base.Tool.Driver.Rules = base.Tool.Driver.Rules[:0]
	for i, id := range ids {
		base.Tool.Driver.Rules = append(base.Tool.Driver.Rules, rules[id])
		index[id] = i
	}
	sort.SliceStable(results, func(i, j int) bool { return lessResult(results[i], results[j]) })
	for _, r := range results {
		if i, ok := index[deref(r.RuleID)]; ok {
			r.RuleIndex = i
		}
	}
	base.Results = results
	if inv.any {
		base.Invocations = []*sarif.Invocation{inv.merged()}
	}
	if len(bases) > 0 && base.OriginalUriBaseIds == nil {
		base.OriginalUriBaseIds = map[string]sarif.ArtifactLocation{}
	}
	for id, u := range bases {
		loc := base.OriginalUriBaseIds[id]
		loc.URI = &u
		base.OriginalUriBaseIds[id] = loc
	}
	log := sarif.NewReport()
	log.AddRun(base)
	var buf bytes.Buffer
	if err := log.PrettyWrite(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// place is where a result points: its first location's file and region.
type place struct {
	uri                 string
	offset, length      int
	startLine, startCol int
}

func placeOf(r *sarif.Result) place {
	var p place
	if len(r.Locations) == 0 || r.Locations[0].PhysicalLocation == nil {
		return p
	}
	pl := r.Locations[0].PhysicalLocation
	if pl.ArtifactLocation != nil {
		p.uri = deref(pl.ArtifactLocation.URI)
	}
	if reg := pl.Region; reg != nil {
		p.offset = reg.ByteOffset // -1 when unset
		if reg.ByteLength != nil {
			p.length = *reg.ByteLength
		}
		p.startLine, p.startCol = derefInt(reg.StartLine), derefInt(reg.StartColumn)
	}
	return p
}

// resultKey identifies a result across inputs. The fingerprint alone is not enough: it leaves
// out the position on purpose (baselines survive line moves), so two identical lines of one
// file share it and are still two findings.
func resultKey(r *sarif.Result) string {
	p := placeOf(r)
	return fmt.Sprintf("%s\x00%s\x00%s\x00%d:%d\x00%d", deref(r.RuleID), r.PartialFingerprints[fingerprintKey], p.uri, p.startLine, p.startCol, p.offset)
}

// lessResult is the engine's order: path, byte offset, rule, end; then line and column for a
// result without offsets.
func lessResult(a, b *sarif.Result) bool {
	pa, pb := placeOf(a), placeOf(b)
	if pa.uri != pb.uri {
		return pa.uri < pb.uri
	}
	if pa.offset != pb.offset {
		return pa.offset < pb.offset
	}
	if ra, rb := deref(a.RuleID), deref(b.RuleID); ra != rb {
		return ra < rb
	}
	if pa.length != pb.length {
		return pa.length < pb.length
	}
	if pa.startLine != pb.startLine {
		return pa.startLine < pb.startLine
	}
	if pa.startCol != pb.startCol {
		return pa.startCol < pb.startCol
	}
	return a.PartialFingerprints[fingerprintKey] < b.PartialFingerprints[fingerprintKey]
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func derefInt(n *int) int {
	if n == nil {
		return 0
	}
	return *n
}

// invocations merges the runs' invocations into one, as keylint writes it: successful only if
// every input's was, with the notifications of all (the files a shard could not check) once
// each, ordered by file like the scan's errors.
type invocations struct {
	any, success bool
	notes        []*sarif.Notification
	seen         map[string]bool
}

func (m *invocations) add(list []*sarif.Invocation) {
	for _, inv := range list {
		m.any = true
		if inv.ExecutionSuccessful != nil && !*inv.ExecutionSuccessful {
			m.success = false
		}
		for _, n := range inv.ToolExecutionNotifications {
			k := n.Level + "\x00" + noteURI(n) + "\x00" + noteText(n)
			if !m.seen[k] {
				m.seen[k] = true
				m.notes = append(m.notes, n)
			}
		}
	}
}

func (m *invocations) merged() *sarif.Invocation {
	sort.SliceStable(m.notes, func(i, j int) bool {
		a, b := m.notes[i], m.notes[j]
		if ua, ub := noteURI(a), noteURI(b); ua != ub {
			return ua < ub
		}
		return noteText(a) < noteText(b)
	})
	inv := sarif.NewInvocation().WithExecutionSuccessful(m.success)
	for _, n := range m.notes {
		inv.AddToolExecutionNotification(n)
	}
	return inv
}

func noteURI(n *sarif.Notification) string {
	if len(n.Locations) == 0 || n.Locations[0].PhysicalLocation == nil || n.Locations[0].PhysicalLocation.ArtifactLocation == nil {
		return ""
	}
	return deref(n.Locations[0].PhysicalLocation.ArtifactLocation.URI)
}

func noteText(n *sarif.Notification) string {
	if n.Message == nil {
		return ""
	}
	return deref(n.Message.Text)
}
