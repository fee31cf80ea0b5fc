// Package resty is a stub of the HTTP client library's request builder.
package resty

type Client struct{}

type Request struct{}

type Response struct{}

func New() *Client { return &Client{} }

func (c *Client) R() *Request { return &Request{} }

func (r *Request) SetHeader(name, value string) *Request { return r }

func (r *Request) SetBody(body any) *Request { return r }

func (r *Request) Post(url string) (*Response, error) { return &Response{}, nil }
