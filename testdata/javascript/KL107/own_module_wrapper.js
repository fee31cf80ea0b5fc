// The program's own wrapper class, a whole module of its own bound to the SDK client's name:
// whatever credential it uses is in its own file, so building it with no arguments is no KL107.
const { ActivityHandler } = require("botbuilder");
const AzureOpenAI = require("./azureOpenAI");
// A name exported by a relative module is the SDK's client in the SDK's own repository.
const { AzureOpenAI: Exported } = require("../src/index");

class Bot extends ActivityHandler {
  constructor() {
    super();
    this.openai = new AzureOpenAI();
    this.exported = new Exported(); // want "KL107"
  }
}

module.exports = { Bot };
