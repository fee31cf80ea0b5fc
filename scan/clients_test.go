package scan

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// TestClientSites checks the client constructions each language reports for the keyless
// migration view: keyless ones, ones with a key (however it gets there), and calls that are
// no client (credential helpers, openai.com).
func TestClientSites(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      []string // "line client keyless|key"
	}{
		{"app.py", `import os
from azure.identity import DefaultAzureCredential, get_bearer_token_provider
from openai import AzureOpenAI, OpenAI
tp = get_bearer_token_provider(DefaultAzureCredential(), "https://cognitiveservices.azure.com/.default")
keyless = AzureOpenAI(azure_endpoint="https://x.openai.azure.com", azure_ad_token_provider=tp, api_version="2024-10-21")
keyed = AzureOpenAI(azure_endpoint="https://x.openai.azure.com", api_key=os.environ["AZURE_OPENAI_API_KEY"], api_version="2024-10-21")
placeholder = AzureOpenAI(azure_endpoint="https://x.openai.azure.com", api_key="<your-api-key>")
implicit = AzureOpenAI(azure_endpoint="https://x.openai.azure.com", api_version="2024-10-21")
callable_key = AzureOpenAI(azure_endpoint="https://x.openai.azure.com", api_key=tp, api_version="2024-10-21")
dotcom = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
`, []string{"5 AzureOpenAI keyless", "6 AzureOpenAI key", "7 AzureOpenAI key", "8 AzureOpenAI key", "9 AzureOpenAI keyless"}},
		{"Program.cs", `using Azure;
using Azure.AI.OpenAI;
using Azure.Identity;
var a = new AzureOpenAIClient(new Uri(endpoint), new DefaultAzureCredential());
var b = new AzureOpenAIClient(new Uri(endpoint), new AzureKeyCredential(key));
AzureKeyCredential cred = new(Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY"));
var c = new AzureOpenAIClient(new Uri(endpoint), cred);
`, []string{"4 AzureOpenAIClient keyless", "5 AzureOpenAIClient key", "7 AzureOpenAIClient key"}},
		{"Legacy.cs", `using Azure;
using Azure.Identity;
using OpenAI;
var credentials = new Azure.AzureKeyCredential(Environment.GetEnvironmentVariable("AOAI_KEY"));
var keyed = new OpenAIClient(new Uri(endpoint), credentials);
var keyless = new OpenAIClient(new Uri(endpoint), new DefaultAzureCredential());
var dotcom = new OpenAIClient(new ApiKeyCredential(Environment.GetEnvironmentVariable("OPENAI_API_KEY")));
Console.WriteLine(credentials);
`, []string{"5 OpenAIClient key", "6 OpenAIClient keyless"}},
		{"chat.js", `import { AzureOpenAI } from "openai";
import { DefaultAzureCredential, getBearerTokenProvider } from "@azure/identity";
const azureADTokenProvider = getBearerTokenProvider(new DefaultAzureCredential(), scope);
const a = new AzureOpenAI({ azureADTokenProvider, deployment, apiVersion });
const b = new AzureOpenAI({ apiKey: process.env.AZURE_OPENAI_API_KEY, endpoint });
`, []string{"4 AzureOpenAI keyless", "5 AzureOpenAI key"}},
		{"Chat.java", `import com.azure.ai.openai.OpenAIClientBuilder;
import com.azure.core.credential.AzureKeyCredential;
import com.azure.identity.DefaultAzureCredentialBuilder;
class Chat {
  void build() {
    var a = new OpenAIClientBuilder().credential(new DefaultAzureCredentialBuilder().build()).endpoint(endpoint).buildClient();
    var b = new OpenAIClientBuilder().credential(new AzureKeyCredential(System.getenv("AZURE_OPENAI_KEY"))).endpoint(endpoint).buildClient();
  }
}
`, []string{"6 OpenAIClientBuilder keyless", "7 OpenAIClientBuilder key"}},
		{"main.go", `package main

import (
	"os"

	"github.com/Azure/azure-sdk-for-go/sdk/ai/azopenai"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/azure"
)

func main() {
	a, _ := azopenai.NewClient(endpoint, cred, nil)
	b, _ := azopenai.NewClientWithKeyCredential(endpoint, azcore.NewKeyCredential(os.Getenv("AZURE_OPENAI_API_KEY")), nil)
	c := openai.NewClient(azure.WithEndpoint(endpoint, "2024-10-21"), azure.WithTokenCredential(cred))
	d := openai.NewClient(azure.WithEndpoint(endpoint, "2024-10-21"), azure.WithAPIKey(os.Getenv("AZURE_OPENAI_API_KEY")))
	e := openai.NewClient()
	_, _, _, _, _ = a, b, c, d, e
}
`, []string{"13 azopenai.NewClient keyless", "14 azopenai.NewClientWithKeyCredential key", "15 openai.NewClient keyless", "16 openai.NewClient key"}},
		{"notebook.ipynb", `{"cells": [
 {"cell_type": "markdown", "metadata": {}, "source": ["# Chat"]},
 {"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": null,
  "source": ["import os\n", "from openai import AzureOpenAI\n",
   "client = AzureOpenAI(azure_endpoint=os.environ[\"AZURE_OPENAI_ENDPOINT\"], api_key=os.environ[\"AZURE_OPENAI_API_KEY\"])\n"]}
 ],
 "metadata": {"kernelspec": {"language": "python", "name": "python3"}}, "nbformat": 4, "nbformat_minor": 5}
`, []string{"5 AzureOpenAI key"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			writeTree(t, dir, map[string]string{tc.name: tc.src})
			res, err := Run(context.Background(), Config{Paths: []string{dir}})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, c := range res.Clients {
				auth := "key"
				if c.Keyless {
					auth = "keyless"
				}
				if !strings.HasSuffix(c.Path, "/"+tc.name) || c.Service == "" {
					t.Errorf("site %+v: want path ending in %s and a service", c, tc.name)
				}
				got = append(got, fmt.Sprintf("%d %s %s", c.Line, c.Client, auth))
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("client sites:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}
