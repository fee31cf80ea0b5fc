// A webview's saved settings: several providers' keys side by side (openRouterApiKey is
// OpenRouter's, written in camel case), one of them Azure's. No SDK takes such a bag, in a file
// that builds no client: the keys are reported where a client is given one.
declare function getSecret(name: string): Promise<string | undefined>;

export async function getState() {
  const apiKey = await getSecret("apiKey");
  const openRouterApiKey = await getSecret("openRouterApiKey");
  const azureApiKey = await getSecret("azureApiKey");
  const azureEndpoint = await getSecret("azureEndpoint");
  return {
    apiConfiguration: {
      apiKey,
      openRouterApiKey,
      azureApiKey,
      azureEndpoint,
    },
  };
}
