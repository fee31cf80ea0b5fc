const model = process.env.AZURE_OPENAI_DEPLOYMENT;
const version = process.env["OPENAI_API_VERSION"];
module.exports = { model, version };
