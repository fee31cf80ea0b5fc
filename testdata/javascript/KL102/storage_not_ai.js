import { BlobServiceClient, StorageSharedKeyCredential } from "@azure/storage-blob";

// A Storage account key is a key too, but not one Entra ID for Azure AI replaces: not reported.
const credential = new StorageSharedKeyCredential(process.env.STORAGE_ACCOUNT, process.env.STORAGE_API_KEY);
const blobs = new BlobServiceClient(`https://${process.env.STORAGE_ACCOUNT}.blob.core.windows.net`, credential);

export async function upload(name, body) {
  await blobs.getContainerClient("uploads").getBlockBlobClient(name).upload(body, body.length);
}

// Nor the program's own method that builds one from the connection string.
export class BlobStore {
  constructor() {
    this.connectionString = process.env.AZURE_STORAGE_CONNECTION_STRING;
    this.sharedKeyCredential = this.buildSharedKeyCredential(this.connectionString);
  }

  buildSharedKeyCredential(connectionString) {
    const accountKey = /AccountKey=([^;]+)/.exec(connectionString)?.[1];
    return new StorageSharedKeyCredential("contoso", accountKey);
  }
}
