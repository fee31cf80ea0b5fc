// Package option is a stub of openai-go's option package for analyzer tests.
package option

type RequestOption interface{ apply() }

func WithAPIKey(key string) RequestOption        { return nil }
func WithHeader(key, value string) RequestOption { return nil }
func WithBaseURL(base string) RequestOption      { return nil }
