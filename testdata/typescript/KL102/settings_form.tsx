// A settings page of a bring-your-own-key chat app (NextChat, chatbot-ui): form labels under
// an ApiKey group and React state holding what the user types are not keys sent to Azure.
// The client call that does send the key is still a finding.
// React's hook, declared here so the file type-checks without React's types.
declare function useState<T>(initial: T): [T, (value: T) => void];
// react-hook-form's hook, declared the same way.
declare function useForm<T>(options: { defaultValues: T }): { values: T };
import { AzureOpenAI } from "openai";

export const locale = {
  Azure: {
    ApiKey: {
      Title: "Azure Api Key",
      SubTitle: "Check your api key from Azure console",
      Placeholder: "Azure Api Key",
    },
    Endpoint: { Title: "Azure Endpoint" },
  },
};

export function ProfileSettings(profile: { azure_openai_api_key?: string; azure_openai_endpoint?: string }) {
  const [azureOpenaiAPIKey, setAzureOpenaiAPIKey] = useState(profile?.azure_openai_api_key || "");
  return azureOpenaiAPIKey ? setAzureOpenaiAPIKey : undefined;
}

// A form's starting values, one of them read from the build's environment: the read is the
// finding (KL105), the form is no client.
export function KeySettingsForm() {
  return useForm({
    defaultValues: {
      useSystemApiKey: true,
      azureOpenaiApiKey: process.env.AZURE_OPENAI_API_KEY || "", // want "KL105"
      azureEndpoint: process.env.AZURE_OPENAI_ENDPOINT || "",
    },
  });
}

export function chat(key: string) {
  return new AzureOpenAI({ apiKey: key, endpoint: "https://contoso.openai.azure.com", apiVersion: "2024-10-21" }); // want "KL102"
}
