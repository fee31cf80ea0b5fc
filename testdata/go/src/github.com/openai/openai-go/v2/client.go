// Package openai is a stub of openai-go for analyzer tests.
package openai

import "github.com/openai/openai-go/v2/option"

type Client struct{}

func NewClient(opts ...option.RequestOption) Client { return Client{} }
