import { AgentLoop } from "../dist/agent/loop.js";
import { MCPServer } from "../dist/tools/mcp-server.js";

// A settings object handed, whole and by member, only to the program's own classes: they are
// where the key reaches a client; the read is the finding here.
const config = {
  azureOpenAI: {
    endpoint: process.env.AZURE_OPENAI_ENDPOINT,
    apiKey: process.env.AZURE_OPENAI_API_KEY, // want "KL105"
    deploymentName: process.env.AZURE_OPENAI_DEPLOYMENT_NAME,
  },
  mcpServer: { port: 3000 },
};

export const agent = new AgentLoop(config);
export const server = new MCPServer(config.azureOpenAI, config.mcpServer);
