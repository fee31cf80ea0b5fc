package parsers

import (
	"testing"

	"github.com/keylint/keylint"
)

func TestForPathPolicies(t *testing.T) {
	policy := []byte("<?xml version=\"1.0\"?>\n<!-- gateway -->\n<policies>\n  <inbound><base /></inbound>\n</policies>\n")
	fragment := []byte("<fragment>\n  <set-header name=\"x\" />\n</fragment>\n")
	for _, c := range []struct {
		name string
		head []byte
		want keylint.Lang
	}{
		{"infra/policy.xml", policy, keylint.APIMPolicy},
		{"apis/openai.policy.xml", policy, keylint.APIMPolicy},
		{"policies/openai", policy, keylint.APIMPolicy},
		{"src/policies/inbound.cshtml", policy, keylint.APIMPolicy},
		{"fragments/auth.xml", fragment, keylint.APIMPolicy},
		{"policy-fragments/auth.xml", fragment, keylint.APIMPolicy},
		{"apim/auth.policy.xml", fragment, keylint.APIMPolicy},
		{"app/src/main/res/layout/fragment_maps.xml", []byte(`<fragment xmlns:android="http://schemas.android.com/apk/res/android" android:name="x" />`), keylint.Text},
		{"res/layout/main.xml", fragment[:0], keylint.Text},
		{"templates/page.xml", fragment, keylint.Text}, // a <fragment> root elsewhere is some other XML
		{"pom.xml", []byte("<?xml version=\"1.0\"?>\n<project>\n</project>"), keylint.Text},
		{"App.csproj", []byte("<Project Sdk=\"Microsoft.NET.Sdk\"></Project>"), keylint.Text},
		{"assets/policy.xml.tpl", policy, keylint.APIMPolicy},
		{"modules/apim/policy.tftpl", policy, keylint.APIMPolicy},
		{"templates/page.tpl", []byte("<html>{{ .Title }}</html>"), keylint.Text},
		{"terraform/templates/apim_policy_template.tmpl", policy, keylint.APIMPolicy},
		{"templates/email.tmpl", []byte("Hello {{ .Name }}"), keylint.Text},
		{"notes.txt", policy, keylint.Text}, // only .xml files, templates and files under policies/
		{"policies/rules.json", []byte("{}"), keylint.JSON},
		{"infra/policy.xml", nil, keylint.Text}, // no head: not sniffed
	} {
		if got := ForPath(c.name, c.head).Lang; got != c.want {
			t.Errorf("ForPath(%q) = %s, want %s", c.name, got, c.want)
		}
	}
}

func TestForPathARMSchemas(t *testing.T) {
	for _, schema := range []string{"deploymentTemplate", "subscriptionDeploymentTemplate", "managementGroupDeploymentTemplate", "tenantDeploymentTemplate"} {
		head := []byte(`{"$schema": "https://schema.management.azure.com/schemas/2019-08-01/` + schema + `.json#"}`)
		if got := ForPath("infra/main.json", head).Lang; got != keylint.ARM {
			t.Errorf("%s: %s, want arm", schema, got)
		}
	}
}

func TestForPathExtensionlessPython(t *testing.T) {
	tests := []struct {
		name, head string
		want       keylint.Lang
	}{
		{"py", "# content_generator.py\nimport os\nimport json\nfrom openai import AzureOpenAI\n", keylint.Python},
		{"tool", "\nfrom azure.identity import DefaultAzureCredential\n", keylint.Python},
		{"app", "import React from \"react\";\n", keylint.Text},
		{"notes", "import the data first, then run the model\n", keylint.Text},
		{"LICENSE", "MIT License\n\nimport os\n", keylint.Text},
		{"main.txt", "import os\n", keylint.Text},
	}
	for _, tc := range tests {
		if got := ForPath(tc.name, []byte(tc.head)).Lang; got != tc.want {
			t.Errorf("%s: %s, want %s", tc.name, got, tc.want)
		}
	}
}
