// A settings object returned by a function declared to return a type of the program's own
// modules (imported from "./types") is that settings type, as one the file declares is: the
// key read is reported, and the KL102 goes where a caller hands the setting to a client.
import type { AppConfig } from "./types";

export function providerFromEnv(): AppConfig["provider"] {
  const apiKey = process.env.AZURE_OPENAI_API_KEY; // want "KL105"
  return {
    name: "azure-openai",
    endpoint: process.env.AZURE_OPENAI_ENDPOINT ?? "https://example.openai.azure.com",
    apiKey: apiKey ?? "",
  };
}
