// System.Configuration's app settings (App.config <appSettings>) are settings reads too.
using System.Collections.Generic;
using System.Configuration;
using Microsoft.SemanticKernel;

var endpoint = ConfigurationManager.AppSettings.Get("AzureOpenAIEndpoint");
var key = ConfigurationManager.AppSettings.Get("AzureOpenAIKey"); // want "KL105"
var searchKey = ConfigurationManager.AppSettings["AzureSearchKey"]; // want "KL105"

// Get on another collection reads no setting.
var cache = new Dictionary<string, string>();
var cached = cache.GetValueOrDefault("AzureOpenAIKey");
var names = new List<string> { "AZURE_OPENAI_KEY" };
var first = names.Find(n => n == "AZURE_OPENAI_KEY");
