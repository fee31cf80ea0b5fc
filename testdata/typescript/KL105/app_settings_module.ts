// The application's settings module: sections for the server, the bot and Azure OpenAI. No
// SDK takes it whole (it has the server's port), so the key read is the finding, not a client
// config; the KL102 goes where a member reaches a client.
function required(name: string): string {
  const v = process.env[name];
  if (!v) throw new Error(`missing ${name}`);
  return v;
}

export const config = {
  port: parseInt(process.env.PORT || "3978", 10),
  bot: {
    id: process.env.BOT_ID || "",
    password: process.env.BOT_PASSWORD || "",
  },
  azureOpenAI: {
    endpoint: required("AZURE_OPENAI_ENDPOINT").replace(/\/$/, ""),
    apiKey: process.env.AZURE_OPENAI_API_KEY || "", // want "KL105"
    chatDeployment: required("AZURE_OPENAI_CHAT_DEPLOYMENT"),
    forceReasoning: (process.env.AZURE_OPENAI_REASONING_MODEL || "").toLowerCase() === "true",
  },
};

// A flat settings module with the database URL and the auth secret beside the key.
const isProduction = () => process.env.NODE_ENV === "production";

export const env = {
  isProduction: isProduction(),
  databaseUrl: required("DATABASE_URL"),
  nextAuthSecret: process.env.NEXTAUTH_SECRET,
  azureOpenAiApiKey: process.env.AZURE_OPENAI_API_KEY, // want "KL105"
};

// Options shaped for the openai package's AzureOpenAI, exported for another module to pass:
// still a client config.
export const azureOptions = {
  endpoint: "https://contoso.openai.azure.com",
  apiKey: process.env.AZURE_OPENAI_API_KEY, // want "KL102"
  apiVersion: "2024-10-21",
};
