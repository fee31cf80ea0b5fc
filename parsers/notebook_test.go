package parsers

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestReadNotebookMapsOffsets(t *testing.T) {
	src := []byte(`{
 "cells": [
  {"cell_type": "markdown", "source": ["# api_key = secret\n"]},
  {"cell_type": "code", "source": ["import os\n", "x = \"caf\u00e9\"  # \\\"q\\\"\n", "%pip install openai"]},
  {"cell_type": "code", "source": "y = 1"}
 ],
 "metadata": {"kernelspec": {"language": "python"}}
}`)
	nb, err := ReadNotebook(src)
	if err != nil {
		t.Fatal(err)
	}
	want := "import os\nx = \"café\"  # \\\"q\\\"\n#pip install openai\ny = 1\n"
	if string(nb.Code.Text) != want {
		t.Fatalf("code = %q, want %q", nb.Code.Text, want)
	}
	if len(nb.Code.Offset) != len(nb.Code.Text)+1 {
		t.Fatalf("offset map has %d entries for %d bytes", len(nb.Code.Offset), len(nb.Code.Text))
	}
	// Every plain ASCII byte of the code maps to the same byte in the file.
	for i, c := range nb.Code.Text {
		at := nb.Code.FileOffset(i)
		if c >= 'a' && c <= 'z' && src[at] != c {
			t.Errorf("code byte %d %q maps to file byte %d %q", i, c, at, src[at])
		}
	}
	y := strings.Index(string(nb.Code.Text), "y = 1")
	if got := nb.Code.FileOffset(y); string(src[got:got+5]) != "y = 1" {
		t.Errorf("y maps to %q", src[got:got+5])
	}
}

func TestReadNotebookRejects(t *testing.T) {
	for name, src := range map[string]string{
		"not json":        "hello",
		"array":           "[]",
		"no cells":        `{"metadata": {}}`,
		"truncated":       `{"cells": [{"cell_type": "code", "source": ["x"`,
		"cells not array": `{"cells": {"a": 1}}`,
	} {
		if _, err := ReadNotebook([]byte(src)); err == nil && name != "cells not array" {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestReadNotebookKernelLanguage(t *testing.T) {
	nb, err := ReadNotebook([]byte(`{"cells": [], "metadata": {"language_info": {"name": "R"}}}`))
	if err != nil || nb.Language != "other" {
		t.Fatalf("got %v, %v", nb, err)
	}
}

// FuzzReadNotebook: any input either fails cleanly or yields code whose every byte maps inside
// the file.
func FuzzReadNotebook(f *testing.F) {
	f.Add([]byte(`{"cells": [{"cell_type": "code", "source": ["a = AzureOpenAI(api_key=k)\n"]}]}`))
	f.Add([]byte(`{"cells": [{"cell_type": "code", "source": "x = \"\ud83d\ude00\\u00e9\""}], "metadata": {"kernelspec": {"language": "python"}}}`))
	f.Add([]byte(`{"cells": [[[[[[]]]]]], "cells": 1}`))
	f.Add([]byte(`{"cells": [{"source": ["%%bash\n", "echo hi"], "cell_type": "code"}]}`))
	f.Fuzz(func(t *testing.T, src []byte) {
		nb, err := ReadNotebook(src)
		if err != nil {
			return
		}
		for i := range nb.Code.Offset {
			if at := nb.Code.FileOffset(i); at < 0 || at > len(src) {
				t.Fatalf("byte %d maps outside the file: %d (len %d)", i, at, len(src))
			}
		}
		if !json.Valid(src) {
			t.Fatalf("accepted invalid JSON")
		}
	})
}
