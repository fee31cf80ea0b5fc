package negative

import "github.com/Azure/azure-sdk-for-go/sdk/resourcemanager/storage/armstorage"

func ptr[T any](v T) *T { return &v }

// StorageEncryption describes how Storage encrypts blobs: KeySource and KeyType are settings
// about keys, not keys.
func StorageEncryption() armstorage.AccountProperties {
	return armstorage.AccountProperties{
		Encryption: &armstorage.Encryption{
			KeySource: ptr(armstorage.KeySourceMicrosoftStorage),
			Services:  &armstorage.EncryptionService{KeyType: ptr(armstorage.KeyTypeAccount), Enabled: ptr(true)},
		},
	}
}
