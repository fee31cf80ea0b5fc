// Package iac checks infrastructure as code for Azure AI accounts that keep key authentication
// on (KL301), deployments that read an account key (KL302) and role assignments that give an
// app a role able to list keys (KL303): Bicep by careful line rules (no grammar is available
// here), ARM JSON templates through go.yaml.in/yaml/v3, Terraform through hashicorp/hcl/v2.
package iac

import (
	"regexp"
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
func keyReaderRole(text string) string { return KeyReaderRole(text) }

// KeyReaderRole names the built-in key-reading role a text mentions, by id (alone or in a full
// role definition id) or by name, in any case; "" when it mentions none. "Cognitive Services
// OpenAI User" is not one of them. Scripts use it too.
func KeyReaderRole(text string) string {
	lower := strings.ToLower(text)
	switch {
	case strings.Contains(lower, cognitiveServicesUser):
		return "Cognitive Services User"
	case strings.Contains(lower, cognitiveServicesContributor):
		return "Cognitive Services Contributor"
	}
	if m := roleNameRE.FindStringSubmatch(text); m != nil {
		if strings.EqualFold(m[1], "user") {
			return "Cognitive Services User"
		}
		return "Cognitive Services Contributor"
	}
	return ""
}

// roleNameRE matches the two role names as words ("Cognitive Services Usages Reader" and
// "Cognitive Services OpenAI User" are other roles).
var roleNameRE = regexp.MustCompile(`(?i)\bcognitive\s+services\s+(user|contributor)\b`)

// RoleMessage is KL303's message for an assignment of a key-reading role.
func RoleMessage(role string) string { return roleMessage(role) }

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

// listKeysAction is the action that hands out an AI account's keys.
const listKeysAction = "Microsoft.CognitiveServices/accounts/listKeys/action"

// grantsListKeys reports whether a role's actions grant listKeysAction, directly or through a
// wildcard, and notActions do not take it away. It returns the action that grants it.
func grantsListKeys(actions, notActions []string) (int, bool) {
	for _, n := range notActions {
		if actionMatches(n, listKeysAction) {
			return 0, false
		}
	}
	for i, a := range actions {
		if actionMatches(a, listKeysAction) {
			return i, true
		}
	}
	return 0, false
}

// actionMatches matches an Azure RBAC action pattern ('*' is any run of characters, case is
// ignored) against an action.
func actionMatches(pattern, action string) bool {
	p, a := strings.ToLower(strings.TrimSpace(pattern)), strings.ToLower(action)
	parts := strings.Split(p, "*")
	if len(parts) == 1 {
		return p == a
	}
	if !strings.HasPrefix(a, parts[0]) {
		return false
	}
	a = a[len(parts[0]):]
	for _, part := range parts[1 : len(parts)-1] {
		i := strings.Index(a, part)
		if i < 0 {
			return false
		}
		a = a[i+len(part):]
	}
	return strings.HasSuffix(a, parts[len(parts)-1])
}

func customRoleMessage(action string) string {
	via := ""
	if !strings.EqualFold(action, listKeysAction) {
		via = " (through " + action + ")"
	}
	return "custom role grants " + listKeysAction + via + ", so whoever holds it can read the AI account's keys: add it to notActions, " +
		"or assign \"Cognitive Services OpenAI User\" (" + openAIUser + ") for Microsoft Entra ID auth"
}

// isRoleDefinitionType matches Microsoft.Authorization/roleDefinitions (any API version).
func isRoleDefinitionType(t string) bool {
	t = strings.ToLower(t)
	if i := strings.IndexByte(t, '@'); i >= 0 {
		t = t[:i]
	}
	return t == "microsoft.authorization/roledefinitions"
}
