import { OpenAIApi, Configuration } from "openai";

// openai v3 pointed at Azure: the key option and the api-key header both carry Azure's key.
const configuration = new Configuration({
  apiKey: process.env.AZURE_OPENAI_API_KEY, // want "KL102"
  basePath: `${process.env.AZURE_OPENAI_ENDPOINT}/openai/deployments/gpt-35-turbo`,
  baseOptions: {
    headers: { "api-key": process.env.AZURE_OPENAI_API_KEY }, // want "KL104"
    params: { "api-version": "2024-02-15-preview" },
  },
});
export const openai = new OpenAIApi(configuration);

// The same to a gateway of one's own: the header is the finding, the option goes with it.
const gateway = new Configuration({
  apiKey: process.env.GATEWAY_TOKEN,
  basePath: "https://gateway.example.com/v1",
  baseOptions: { headers: { "api-key": process.env.GATEWAY_TOKEN } }, // want "KL104"
});
export const viaGateway = new OpenAIApi(gateway);
