// Package otherfile keeps its header names in one file and sets them in another, as reverse
// proxies do: the name is resolved across the package's files.
package otherfile

const (
	AuthHeaderKey = "api-key"
	requestIDKey  = "X-Request-Id"
)
