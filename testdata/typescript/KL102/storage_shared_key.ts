// Storage and Cosmos DB keys in a file that also builds a key-based Azure OpenAI client: only
// the OpenAI key is an Azure AI key finding.
import { CosmosClient } from "@azure/cosmos";
import { BlobServiceClient, StorageSharedKeyCredential, generateBlobSASQueryParameters, BlobSASPermissions } from "@azure/storage-blob";
import { AzureOpenAI } from "openai";

const accountKey = process.env.AZURE_STORAGE_ACCOUNT_KEY!;
const shared = new StorageSharedKeyCredential("contoso", accountKey);
export const blobs = new BlobServiceClient("https://contoso.blob.core.windows.net", shared);
export const sas = generateBlobSASQueryParameters({ containerName: "docs", blobName: "a.pdf", permissions: BlobSASPermissions.parse("r"), expiresOn: new Date(Date.now() + 3600e3) }, shared);
export const cosmos = new CosmosClient({ endpoint: process.env.COSMOS_ENDPOINT!, key: process.env.AZURE_COSMOS_KEY });

export const client = new AzureOpenAI({ apiKey: process.env.AZURE_OPENAI_API_KEY, endpoint: "https://contoso.openai.azure.com", apiVersion: "2024-10-21" }); // want "KL102"
