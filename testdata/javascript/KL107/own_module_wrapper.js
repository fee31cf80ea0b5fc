// The program's own wrapper class, imported from its own module, named like the SDK's client:
// whatever credential it uses is in its own file, so building it with no arguments is no KL107.
const { ActivityHandler } = require("botbuilder");
const AzureOpenAI = require("./azureOpenAI");
const { AzureOpenAI: OwnClient } = require("../lib/openai");

class Bot extends ActivityHandler {
  constructor() {
    super();
    this.openai = new AzureOpenAI();
    this.other = new OwnClient();
  }
}

module.exports = { Bot };
