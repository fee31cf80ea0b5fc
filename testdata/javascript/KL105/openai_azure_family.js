// OPENAI_API_KEY is the openai library's own name, read for openai.com and Azure alike; beside
// OPENAI_AZURE_ENDPOINT, the family's own name for an Azure resource, it is Azure's key.
/** @param {string} taskId */
function taskEnvironment(taskId) {
  return {
    id: taskId,
    environmentSettings: [
      { name: "OPENAI_API_KEY", value: process.env.OPENAI_API_KEY || "" }, // want "KL105"
      { name: "OPENAI_AZURE_ENDPOINT", value: process.env.OPENAI_AZURE_ENDPOINT || "" },
    ],
  };
}
module.exports = { taskEnvironment };
