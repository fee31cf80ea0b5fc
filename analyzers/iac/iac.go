// Package iac checks infrastructure as code for Azure AI accounts that keep key authentication
// on (KL301), deployments that read an account key (KL302) and role assignments that give an
// app a role able to list keys (KL303): Bicep by careful line rules (no grammar is available
// here), ARM JSON templates through go.yaml.in/yaml/v3, Terraform through hashicorp/hcl/v2.
package iac

import (
	"strings"

	"github.com/keylint/keylint"
)

// Role definition ids that include Microsoft.CognitiveServices/accounts/listkeys/action.
const (
	cognitiveServicesUser        = "a97b65f3-24c7-4388-baec-2e87135dc908"
	cognitiveServicesContributor = "25fbc0a9-bd7c-42a3-aa1a-3b75d497ee68"
	openAIUser                   = "5e0bd9bd-7b93-4f28-af87-19fc36ad61bd"
)

// keyReaderRole names the key-reading role a text mentions (by id or by name), or "".
func keyReaderRole(text string) string {
	lower := strings.ToLower(text)
	switch {
	case strings.Contains(lower, cognitiveServicesUser), strings.Contains(lower, "'cognitive services user'"),
		strings.Contains(lower, `"cognitive services user"`):
		return "Cognitive Services User"
	case strings.Contains(lower, cognitiveServicesContributor), strings.Contains(lower, "cognitive services contributor"):
		return "Cognitive Services Contributor"
	}
	return ""
}

func roleMessage(role string) string {
	return "role assignment grants \"" + role + "\", which can list the account's keys: \"Cognitive Services OpenAI User\" (" + openAIUser + ") is enough for Microsoft Entra ID auth"
}

const listKeysMessage = "deployment reads the AI account's key: assign \"Cognitive Services OpenAI User\" (" + openAIUser + ") to the app's managed identity instead"

const localAuthFix = "Set disableLocalAuth: true"

// isCognitiveAccountType matches Microsoft.CognitiveServices/accounts (any API version).
func isCognitiveAccountType(t string) bool {
	t = strings.ToLower(t)
	if i := strings.IndexByte(t, '@'); i >= 0 {
		t = t[:i]
	}
	return t == "microsoft.cognitiveservices/accounts"
}

// lineIndent returns the whitespace that starts the line holding off.
func lineIndent(src []byte, off int) string {
	start := off
	for start > 0 && src[start-1] != '\n' {
		start--
	}
	end := start
	for end < len(src) && (src[end] == ' ' || src[end] == '\t') {
		end++
	}
	return string(src[start:end])
}

// indentUnit is one level of the file's indentation: a tab, or the smallest indent in use.
func indentUnit(src []byte) string {
	least := 0
	for _, line := range strings.Split(string(src), "\n") {
		if strings.HasPrefix(line, "\t") {
			return "\t"
		}
		n := len(line) - len(strings.TrimLeft(line, " "))
		if n > 0 && n < len(strings.TrimRight(line, "\r")) && (least == 0 || n < least) {
			least = n
		}
	}
	if least == 0 {
		least = 2
	}
	return strings.Repeat(" ", least)
}

func fix(path, msg string, start, end int, text string) keylint.Fix {
	return keylint.Fix{Message: msg, Edits: []keylint.Edit{{Path: path, Start: start, End: end, New: text}}}
}
