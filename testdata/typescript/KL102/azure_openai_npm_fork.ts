// The azure-openai npm package: openai v3's client with an azure block in its Configuration.
import { Configuration, OpenAIApi } from 'azure-openai'

export function completions(deploymentName: string) {
  const configuration = new Configuration({
    azure: {
      apiKey: process.env.OPENAI_API_KEY, // want "KL102"
      endpoint: process.env.OPENAI_API_BASE_URL,
      deploymentName,
    },
  })
  return new OpenAIApi(configuration)
}
