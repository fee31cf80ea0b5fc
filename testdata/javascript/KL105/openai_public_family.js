// OPENAI_API_KEY beside openai.com's own settings and an Azure resource of another family
// (AZURE_OPENAI_ENDPOINT, used keylessly elsewhere): openai.com's key, not reported.
/** @param {string} taskId */
function taskEnvironment(taskId) {
  return {
    id: taskId,
    environmentSettings: [
      { name: "OPENAI_API_KEY", value: process.env.OPENAI_API_KEY || "" },
      { name: "OPENAI_ORG_ID", value: process.env.OPENAI_ORG_ID || "" },
      { name: "AZURE_OPENAI_ENDPOINT", value: process.env.AZURE_OPENAI_ENDPOINT || "" },
    ],
  };
}
module.exports = { taskEnvironment };
