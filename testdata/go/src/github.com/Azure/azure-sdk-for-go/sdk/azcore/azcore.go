// Package azcore is a stub for analyzer tests.
package azcore

type KeyCredential struct{ key string }

func NewKeyCredential(key string) *KeyCredential { return &KeyCredential{key} }

type TokenCredential interface{}
