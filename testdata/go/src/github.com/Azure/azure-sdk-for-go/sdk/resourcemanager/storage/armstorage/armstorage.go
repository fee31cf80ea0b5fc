// Package armstorage is a stub of the Storage management SDK's types.
package armstorage

type KeySource string

const KeySourceMicrosoftStorage KeySource = "Microsoft.Storage"

type KeyType string

const KeyTypeAccount KeyType = "Account"

type EncryptionService struct {
	KeyType *KeyType
	Enabled *bool
}

type Encryption struct {
	KeySource *KeySource
	Services  *EncryptionService
}

type AccountProperties struct {
	Encryption *Encryption
}
