// openai v3 for openai.com: the same Configuration shape, with the key openai.com needs.
import { Configuration, OpenAIApi } from 'openai'

export function completions() {
  const configuration = new Configuration({
    apiKey: process.env.OPENAI_API_KEY,
  })
  return new OpenAIApi(configuration)
}
