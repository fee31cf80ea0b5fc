package merge

import (
	"encoding/json"
	"fmt"
	"sort"
)

// jsonReport is report/json.go's document with the entries kept as they were written, so
// fields merge does not read survive it unchanged.
type jsonReport struct {
	Tool     string            `json:"tool"`
	Version  string            `json:"version"`
	Findings []json.RawMessage `json:"findings"`
	Errors   []json.RawMessage `json:"errors"`
	Stats    jsonStats         `json:"stats"`
	Clients  []json.RawMessage `json:"clients,omitempty"`
}

type jsonStats struct {
	Files      int64   `json:"files"`
	Bytes      int64   `json:"bytes"`
	Candidates int64   `json:"candidates"`
	Parsed     int64   `json:"parsed"`
	Seconds    float64 `json:"seconds"`
}

// The fields of an entry merge orders and deduplicates by.
type (
	jsonPos     struct{ Line, Column int }
	jsonFinding struct {
		Rule, Path, Fingerprint string
		Start                   jsonPos
		// Byte offsets are only in the edits; the engine's order is path, offset, rule,
		// and line:column orders a file's findings the same way.
		End jsonPos
	}
	jsonError  struct{ Path, Message string }
	jsonClient struct {
		Path    string
		Line    int
		Client  string
		Keyless bool
	}
)

// mergeJSON merges keylint JSON reports: findings deduplicated by rule, fingerprint and place,
// file errors and client sites once each, statistics added up (a file two inputs both scanned
// counts twice there, as it was read twice).
func mergeJSON(inputs []Input) ([]byte, error) {
	var out jsonReport
	findings, errs, clients := map[string]json.RawMessage{}, map[string]json.RawMessage{}, map[string]json.RawMessage{}
	fkeys := map[string]jsonFinding{}
	ekeys := map[string]jsonError{}
	ckeys := map[string]jsonClient{}
	var seconds []float64
	for i, in := range inputs {
		var r jsonReport
		if err := json.Unmarshal(in.Data, &r); err != nil {
			return nil, fmt.Errorf("%s: %v", in.Name, err)
		}
		if i == 0 {
			out.Tool, out.Version = r.Tool, r.Version
		} else if r.Version != out.Version {
			return nil, fmt.Errorf("%s was written by keylint %q, %s by %q: merge reports of one keylint version", in.Name, r.Version, inputs[0].Name, out.Version)
		}
		for _, raw := range r.Findings {
			var f jsonFinding
			if err := json.Unmarshal(raw, &f); err != nil {
				return nil, fmt.Errorf("%s: finding: %v", in.Name, err)
			}
			k := fmt.Sprintf("%s\x00%s\x00%s\x00%d:%d", f.Rule, f.Fingerprint, f.Path, f.Start.Line, f.Start.Column)
			if _, ok := findings[k]; !ok {
				findings[k], fkeys[k] = raw, f
			}
		}
		for _, raw := range r.Errors {
			var e jsonError
			if err := json.Unmarshal(raw, &e); err != nil {
				return nil, fmt.Errorf("%s: error entry: %v", in.Name, err)
			}
			k := e.Path + "\x00" + e.Message
			if _, ok := errs[k]; !ok {
				errs[k], ekeys[k] = raw, e
			}
		}
		for _, raw := range r.Clients {
			var c jsonClient
			if err := json.Unmarshal(raw, &c); err != nil {
				return nil, fmt.Errorf("%s: client entry: %v", in.Name, err)
			}
			k := fmt.Sprintf("%s\x00%d\x00%s\x00%t", c.Path, c.Line, c.Client, c.Keyless)
			if _, ok := clients[k]; !ok {
				clients[k], ckeys[k] = raw, c
			}
		}
		out.Stats.Files += r.Stats.Files
		out.Stats.Bytes += r.Stats.Bytes
		out.Stats.Candidates += r.Stats.Candidates
		out.Stats.Parsed += r.Stats.Parsed
		seconds = append(seconds, r.Stats.Seconds)
	}
	sort.Float64s(seconds) // the same sum whatever the order of the inputs
	for _, s := range seconds {
		out.Stats.Seconds += s
	}

	out.Findings = sortedValues(findings, func(a, b string) bool {
		x, y := fkeys[a], fkeys[b]
		switch {
		case x.Path != y.Path:
			return x.Path < y.Path
		case x.Start != y.Start:
			return x.Start.Line < y.Start.Line || x.Start.Line == y.Start.Line && x.Start.Column < y.Start.Column
		case x.Rule != y.Rule:
			return x.Rule < y.Rule
		case x.End != y.End:
			return x.End.Line < y.End.Line || x.End.Line == y.End.Line && x.End.Column < y.End.Column
		}
		return a < b
	})
	out.Errors = sortedValues(errs, func(a, b string) bool {
		x, y := ekeys[a], ekeys[b]
		if x.Path != y.Path {
			return x.Path < y.Path
		}
		return a < b
	})
	out.Clients = sortedValues(clients, func(a, b string) bool {
		x, y := ckeys[a], ckeys[b]
		switch {
		case x.Path != y.Path:
			return x.Path < y.Path
		case x.Line != y.Line:
			return x.Line < y.Line
		case x.Client != y.Client:
			return x.Client < y.Client
		}
		return !x.Keyless && y.Keyless
	})
	if out.Findings == nil {
		out.Findings = []json.RawMessage{}
	}
	if out.Errors == nil {
		out.Errors = []json.RawMessage{}
	}
	return encode(out)
}

func sortedValues(m map[string]json.RawMessage, less func(a, b string) bool) []json.RawMessage {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return less(keys[i], keys[j]) })
	var out []json.RawMessage
	for _, k := range keys {
		out = append(out, m[k])
	}
	return out
}
