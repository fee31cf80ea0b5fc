// Package merge combines keylint reports of one format (SARIF or JSON) into one: the shards of
// a repository scanned by parallel jobs (--shard K/N), or reruns. A finding that two inputs
// both hold (same rule, fingerprint and place) is kept once, rule metadata is written once,
// and the order is the engine's (path, offset, rule), so the result does not depend on the
// order of the inputs and merging a merged report changes nothing.
package merge

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
)

// Format is a report format merge understands.
type Format string

const (
	SARIF Format = "sarif"
	JSON  Format = "json"
)

// Input is one report to merge; Name says where it came from, for errors.
type Input struct {
	Name string
	Data []byte
}

// Detect tells a keylint SARIF log from a keylint JSON report by their top-level fields.
func Detect(data []byte) (Format, error) {
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		return "", fmt.Errorf("not JSON: %v", err)
	}
	_, runs := top["runs"]
	_, findings := top["findings"]
	switch {
	case runs && !findings:
		return SARIF, nil
	case findings && !runs:
		var tool string
		if err := json.Unmarshal(top["tool"], &tool); err != nil || tool != "keylint" {
			return "", errors.New(`not a keylint JSON report (no "tool": "keylint")`)
		}
		return JSON, nil
	}
	return "", errors.New("neither a SARIF log (runs) nor a keylint JSON report (findings)")
}

// Merge merges inputs, which must all be of one format, into that format.
func Merge(inputs []Input) ([]byte, Format, error) {
	if len(inputs) == 0 {
		return nil, "", errors.New("nothing to merge")
	}
	var format Format
	first := ""
	for _, in := range inputs {
		f, err := Detect(in.Data)
		if err != nil {
			return nil, "", fmt.Errorf("%s: %v", in.Name, err)
		}
		if format == "" {
			format, first = f, in.Name
		} else if f != format {
			return nil, "", fmt.Errorf("%s is %s but %s is %s: merge reports of one format (write both with the same --format)",
				first, format, in.Name, f)
		}
	}
	var out []byte
	var err error
	if format == SARIF {
		out, err = mergeSARIF(inputs)
	} else {
		out, err = mergeJSON(inputs)
	}
	return out, format, err
}

// encode writes v as report.Write does: two-space indent, no HTML escaping beyond Go's
// default (both formats are written with encoding/json's defaults).
func encode(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
