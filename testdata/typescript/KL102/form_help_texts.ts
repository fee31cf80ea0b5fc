// A settings form's help texts, keyed like the options they describe: sentences, no keys.
export const HELP: Record<string, Record<string, string>> = {
  "azure-openai": {
    endpoint: "e.g. https://your-resource.openai.azure.com",
    apiKey: "API key from Azure portal (leave empty to use Azure CLI auth)",
    deploymentName: "Your model deployment name (e.g. gpt-4o)",
  },
};

// The form's values are options: a key written there is still one.
export const DEFAULTS = {
  "azure-openai": { endpoint: "https://contoso.openai.azure.com", apiKey: process.env.AZURE_OPENAI_API_KEY }, // want "KL102"
};

// A row updater of the form's state holds what the user typed.
export function onKeyTyped(updateAzureRow: (id: string, patch: object) => void, id: string, value: string) {
  updateAzureRow(id, { apiKey: value });
}
