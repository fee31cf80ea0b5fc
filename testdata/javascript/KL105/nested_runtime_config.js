// nuxt.config.js: the settings an app reads at run time; defineNuxtConfig is not a client.
export default defineNuxtConfig({
  runtimeConfig: {
    azureApiKey: process.env.AZURE_API_KEY, // want "KL105"
    azureResourceName: process.env.AZURE_RESOURCE_NAME,
  },
});
