import { FireworksImageModel } from "@ai-sdk/fireworks";
import { createAzure } from "@ai-sdk/azure";

// A provider's own client sending a header named api-key to its own service.
export const fireworks = new FireworksImageModel("accounts/fireworks/models/flux-1-dev-fp8", {
  provider: "fireworks",
  baseURL: "https://api.fireworks.ai/inference/v1",
  headers: () => ({ "api-key": process.env.FIREWORKS_KEY ?? "" }),
});

// Azure's provider with the key in a header: key auth.
export const azure = createAzure({
  resourceName: "contoso",
  headers: { "api-key": process.env.AZURE_OPENAI_API_KEY ?? "" }, // want "KL104"
});
