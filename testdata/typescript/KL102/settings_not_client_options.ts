import { AzureOpenAI } from "openai";

declare function useState<T>(initial: T): [T, (value: T) => void];
declare const usesEntra: boolean;
declare function loadKey(): string;

// Objects that hold an Azure key without being any client's options.

// Sent to the browser as data: the read is reported, no client config.
export function GET() {
  return Response.json({
    azureOpenAI: {
      endpoint: process.env.AZURE_OPENAI_ENDPOINT || "",
      apiKey: process.env.AZURE_OPENAI_API_KEY || "", // want "KL105"
    },
  });
}

// Logged: a presence check of the key.
console.log("Azure OpenAI config:", {
  endpoint: process.env.AZURE_OPENAI_ENDPOINT ? "Set" : "Missing",
  apiKey: process.env.AZURE_OPENAI_API_KEY ? "Set" : "Missing", // want "KL105"
});

// A settings form's state: holding a key is not authenticating with it.
const [form, setForm] = useState({ apiKey: "", endpoint: "https://contoso.openai.azure.com", deploymentName: "gpt-4o" });

// A program's own settings bag, several providers' keys: no SDK takes it as options.
export function loadSettings(env: NodeJS.ProcessEnv) {
  return {
    openaiApiKey: env.OPENAI_API_KEY,
    azureOpenAiApiKey: env.AZURE_OPENAI_API_KEY,
    azureOpenAiEndpoint: "https://contoso.openai.azure.com",
    googleApiKey: env.GOOGLE_API_KEY,
    anthropicApiKey: env.ANTHROPIC_API_KEY,
  };
}

// A holder whose key member is read on its own: the read here, the KL102 where it arrives.
const required = {
  endpoint: process.env.AZURE_OPENAI_ENDPOINT,
  apiKey: process.env.AZURE_OPENAI_API_KEY, // want "KL105"
} as const;
export const azure = new AzureOpenAI({
  endpoint: required.endpoint,
  apiKey: required.apiKey!, // want "KL102"
  apiVersion: "2024-10-21",
});

// Options filled property by property, then spread into the client.
const params: { endpoint: string; apiKey?: string } = { endpoint: "https://contoso.openai.azure.com" };
if (!usesEntra) {
  params.apiKey = loadKey(); // want "KL102"
}
export const client = new AzureOpenAI({ apiVersion: "2024-10-21", ...params });

// Form ids mapped to field names: no header.
const fieldMap: Record<string, string> = { "api-key": "apiKey", "deployment-name": "deploymentName" };

// Serialized into a response body: data, no client.
export const body = JSON.stringify({ AZURE_OPENAI_API_KEY: process.env.AZURE_OPENAI_API_KEY }); // want "KL105"

// Destructured where it is used: the holder is read member by member.
const AZURE_CONFIG = {
  apiKey: process.env.AZURE_OPENAI_API_KEY, // want "KL105"
  baseUrl: "https://contoso.openai.azure.com/",
};
export async function chat() {
  const { apiKey, baseUrl } = AZURE_CONFIG;
  return fetch(`${baseUrl}openai/deployments/gpt-4o/chat/completions`, { headers: { "api-key": apiKey } }); // want "KL104"
}

// Settings functions returning the program's own types: reported where a caller uses them.
interface AzureResourceConfig {
  endpoint: string;
  apiKey: string;
}
let cached: AzureResourceConfig | null = null;
export function visionConfig(): AzureResourceConfig {
  return { endpoint: "https://contoso.openai.azure.com", apiKey: process.env.AZURE_VISION_API_KEY ?? "" }; // want "KL105"
}
export function modelEndpoint(): { endpoint: string; apiKey: string } {
  return { endpoint: "https://contoso.openai.azure.com", apiKey: loadKey() };
}
export function azureConfig(): AzureResourceConfig {
  cached = { endpoint: "https://contoso.openai.azure.com", apiKey: loadKey() };
  return cached;
}

// The program's own function takes the options: its body's header is the finding.
async function callChat(opts: { endpoint: string; apiKey: string }) {
  return fetch(`${opts.endpoint}/openai/deployments/gpt-4o/chat/completions`, { headers: { "api-key": opts.apiKey } }); // want "KL104"
}
export const reply = callChat({ endpoint: "https://contoso.openai.azure.com", apiKey: loadKey() });
