package headers

// A request logger for https://contoso.openai.azure.com: header names whose values it masks,
// and how often each was seen. Sets of names, not headers sent.

var sensitiveHeaders = map[string]bool{
	"authorization": true,
	"api-key":       true,
}

var headerCounts = map[string]int{"api-key": 0, "ocp-apim-subscription-key": 0}

// Masked reports a header whose value is never logged.
func Masked(name string) bool { return sensitiveHeaders[name] || headerCounts[name] < 0 }
