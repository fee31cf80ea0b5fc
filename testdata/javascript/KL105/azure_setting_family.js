// A key setting with no Azure word in its name is Azure OpenAI's when a setting of the same
// family names a deployment or an API version, which openai.com has neither of.
const clientConfig = () => ({
  endpoint: process.env.REACT_APP_AZURE_OPENAI_ENDPOINT,
  hasKey: !!process.env.REACT_APP_AZURE_OPENAI_API_KEY, // want "KL105"
  brokerageEndpoint: process.env.REACT_APP_BROKERAGE_OPENAI_ENDPOINT,
  brokerageDeployment: process.env.REACT_APP_BROKERAGE_OPENAI_DEPLOYMENT_NAME,
  brokerageVersion: process.env.REACT_APP_BROKERAGE_OPENAI_API_VERSION,
  hasBrokerageKey: !!process.env.REACT_APP_BROKERAGE_OPENAI_API_KEY, // want "KL105"
  // the openai library's own names, read for openai.com and Azure alike.
  hasPublicKey: !!process.env.OPENAI_API_KEY,
  publicVersion: process.env.OPENAI_API_VERSION,
  hasAppKey: !!process.env.REACT_APP_OPENAI_API_KEY,
  appVersion: process.env.REACT_APP_OPENAI_API_VERSION,
  // another family's API version says nothing of this one.
  azureVersion: process.env.AZURE_OPENAI_API_VERSION,
  hasOtherKey: !!process.env.OTHER_OPENAI_API_KEY,
});
module.exports = { clientConfig };
