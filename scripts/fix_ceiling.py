#!/usr/bin/env python3
"""The ceiling of issue 13 on a tree: every code finding without an automatic fix (counted as
scripts/fix_coverage.py counts them), put in one class of why, in order, first match wins:
  none:   no correct keyless rewrite exists (the service takes no Cognitive Services token, the
          key is a caller's, the endpoint may take keys only, it is no key, ...)
  open:   a correct rewrite exists that keylint does not make yet
The classes are decided by the finding's line, its path and its file's text (patterns below,
reviewed by hand against the files); --list CLASS prints a class's findings.

  keylint --no-config --no-cache --format json TREE > out.json
  cp -r TREE FIXED; keylint --no-config --no-cache --fix FIXED; keylint ... --format json FIXED > after.json
  scripts/fix_ceiling.py TREE out.json --after FIXED after.json
"""

import argparse
import collections
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fix_realcode import CODE_RULES, ORDER, is_test, lang_of  # noqa: E402

I = re.I
# (class, kind, where, pattern): where is "line" (the finding's line), "path", "file" (its text),
# "repo" (the first path element).
RULES = [
    # --- open: a correct rewrite exists, keylint does not make it yet
    ("openai.com key (OpenAI:ApiKey) reported because another method's local of the same name fed an Azure client",
     "none", "line", re.compile(r'openAIConfig\["ApiKey"\]')),
    ("Content Safety key from a function that falls back to listKeys with the deployment's user-assigned identity "
     "(the client's existing rewrite leaves that call; its identity is not DefaultAzureCredential's)", "none", "file",
     re.compile(r'def get_aacs_access_key')),
    ("open: JS REST call at a CommonJS script's top level (no function to make async, and the token needs an "
     "await): the script would have to be wrapped in an async function", "open", "path",
     re.compile(r'nodejs/Vision/|javascript/Face/rest/|javascript/TextAnalytics/REST/')),
    ("open: header to a custom subdomain in a file that also names a key-only endpoint (AI Search); "
     "keylint decides per file, not per request", "open", "line",
     re.compile(r'Ocp-Apim-Subscription-Key\\": computer_vision_credential')),
    ("open: C# notebook key typed in at a prompt (the credential can go keyless; the prompt stays)", "open", "path",
     re.compile(r'Embeddings/dotnet/csharp/Clustering\.ipynb')),
    ("open: api-key header to an Azure OpenAI endpoint from a setting that names no service (Sora video)", "open", "path",
     re.compile(r'VideoGeneration-AzureSora2-01')),
    ("open: key passed next to a token provider to the sample's own client class (defined in another file, "
     "which keylint does not read)", "open", "path",
     re.compile(r'plugins/content_understanding\.py')),
    ("open: KL105 read left unused behind an alias (authorization_header = key)", "open", "path",
     re.compile(r'InsightsGenerator/insights_generator/core/OAI_client\.py')),
    ("key read into a class attribute that the object also pickles (__getstate__ returns it): keylint keeps "
     "the attribute; the client's existing rewrite leaves its check (if cls.url and cls.key:)", "none", "line",
     re.compile(r'^    key = os\.getenv\("DOCUMENT_INTELLIGENCE_KEY"\)')),
    ("open: OpenAI .NET client on an Azure OpenAI v1 endpoint with ApiKeyCredential (BearerTokenPolicy with "
     "DefaultAzureCredential and the Cognitive Services scope)", "open", "path",
     re.compile(r'MAF-ImageGen-02/ImageGenerator\.cs')),
    ("open: KL105 read left behind by the client's rewrite (its other uses are a check, a print or a "
     "helper's argument); the fixed file no longer reports it, the read and its checks could go too", "open", "gone", None),
    # --- none: no correct keyless rewrite
    ("deliberate key mode next to a keyless one the program already has (an auth-mode switch, a key-or-Entra branch)",
     "none", "path", re.compile(r'BasicChat-05AIFoundryModels|Audio-02-RealTimeAudio|sample-app-aoai-chatGPT/app\.py$')),
    ("OpenAI .NET client on an Azure endpoint in a project whose Azure.Core (1.44) and OpenAI (2.2.0-beta.4) predate "
     "BearerTokenPolicy over a TokenCredential: needs a package upgrade first", "none", "path", re.compile(r'CodeSnippet/CreateAnAgent\.cs')),
    ("key passed to a public helper (Authenticate(endpoint, key)) that other files may call: the helper's key "
     "parameter goes unused after its credential's rewrite, the read is left (it stops nothing)", "none", "path",
     re.compile(r'dotnet/Face/(FindSimilar|Quickstart)\.cs|java/Face/Quickstart\.java')),
    ("the file does not parse (a snippet collection): it is not rewritten", "none", "path",
     re.compile(r'FormRecognizerQuickstart-preview\.cs')),
    ("deliberate key mode next to a keyless one the program already has (an auth-mode switch, a key-or-Entra branch)",
     "none", "line", re.compile(r'if \(config\["AzureOpenAI:ApiKey"\] is not null\)')),
    ("key variable not defined: the file does not compile", "none", "path", re.compile(r'dotnet/Face/rest/detect\.cs')),
    ("runtime without DefaultAzureCredential (a Cloudflare worker)", "none", "path", re.compile(r'environment_tests/test-exports-cf')),
    ("not a key: a placeholder, a deliberately bad key or no credential", "none", "line",
     re.compile(r'partition_keys|"bad-key"|"BAD KEY"|api_key="(test|\.\.\.|)"|<test_key>|NO_AUTH_PLACEHOLDER|XXXX|'
                r'"your api_key"|"YOUR_API_KEY"|\$\\"\\"\\"|virtualearth|checkApiKey\(|"AZURE_OPENAI_API_KEY",$|= \\"YOUR_API_KEY', I)),
    ("key-only service (Bing, LUIS, QnA Maker, Content Moderator, Custom Vision, Personalizer, Ink Recognizer, "
     "Anomaly Detector): takes no Entra ID token, or none known for the Cognitive Services scope", "none", "line",
     re.compile(r'bing|luis|qna|moderat|customvision|prediction_?key|training_?key|personaliz|autosuggest|spellcheck|'
                r'websearch|entitysearch|visualsearch', I)),
    ("key-only service (Bing, LUIS, QnA Maker, Content Moderator, Custom Vision, Personalizer, Ink Recognizer, "
     "Anomaly Detector): takes no Entra ID token, or none known for the Cognitive Services scope", "none", "path",
     re.compile(r'bing|luis|qnamaker|languageunderstanding|contentmoderator|customvision|personalizer|inkrecogni|'
                r'anomalydetector|autosuggest|spellcheck|web_search|BingLocal|CustomSearch|/Search/', I)),
    ("legacy msrest / Microsoft.Rest / go-autorest client (Computer Vision, Face, Text Analytics): no maintained "
     "refreshing bridge from azure-identity (a static token would expire in about an hour)", "none", "line",
     re.compile(r'CognitiveServicesCredentials|ApiKeyServiceClientCredentials|ComputerVisionManager\.authenticate|'
                r'NewCognitiveServicesAuthorizer')),
    ("legacy msrest / Microsoft.Rest / go-autorest client (Computer Vision, Face, Text Analytics): no maintained "
     "refreshing bridge from azure-identity (a static token would expire in about an hour)", "none", "file",
     re.compile(r'CognitiveServicesCredentials|ApiKeyServiceClientCredentials|ComputerVisionManager\.authenticate|'
                r'NewCognitiveServicesAuthorizer|FaceClient\(.*(SubscriptionKey|SUBSCRIPTION_KEY)')),
    ("Speech or Translator: a token needs the resource id (aad#<resourceId>#<token>, Ocp-Apim-ResourceId) and a "
     "custom domain the code does not name, and the caller refreshes it", "none", "line",
     re.compile(r'speech|translat|fromSubscription', I)),
    ("Speech or Translator: a token needs the resource id (aad#<resourceId>#<token>, Ocp-Apim-ResourceId) and a "
     "custom domain the code does not name, and the caller refreshes it", "none", "path", re.compile(r'translator|speech', I)),
    ("caller's key: SDK, framework or tool code passing the key its user configured", "none", "path",
     re.compile(r'^(openai\+|tmc\+langchaingo|langchain-ai\+langchainjs/libs|langchain4j\+|spring-projects\+|'
                r'vercel\+ai/packages|mckaywrigley\+chatbot-ui|ChatGPTNextWeb\+|appleboy\+|k8sgpt-ai\+|charmbracelet\+|'
                r'microsoft\+kernel-memory/src|microsoft\+semantic-kernel/dotnet/src|microsoft\+semantic-kernel/python/semantic_kernel|'
                r'microsoft\+autogen/(dotnet/src|python/packages)|microsoft\+promptflow/src/promptflow-(core|devkit|tools|azure)|'
                r'microsoft\+TaskWeaver/taskweaver|Azure-Samples\+azure-search-openai-javascript/packages)')),
    ("endpoint that may take keys only: Azure ML online or serverless (MaaS) endpoints, Azure AI Inference endpoints of "
     "unknown kind, third-party model SDKs on Azure (AI21, Cohere, Mistral, Nixtla, LiteLLM, Claude in Foundry)", "none", "path",
     re.compile(r'foundation-models/|AzureAIInference|azure-ai-inference|microsoft-extensions-ai-evaluation|FoundryClaude|'
                r'anthropic/microsoft|AIModelRouter|TelemetryWithAppInsights|LLMTornado|ServiceCollectionChatCompletion', I)),
    ("caller's key: a wrapper class's member or parameter (self.key, this._apiKey, a config object)", "none", "line",
     re.compile(r'self\.|this\.|_apiKey|config\.ApiKey|aiOptions\.|kernelSettings\.|openAiConfig\.|profile\.|'
                r'connection\.api_key|content_understanding_settings')),
    ("another service's key: Storage, AI Search REST or On Your Data, Cosmos DB, Qdrant (no Cognitive Services token)", "none", "line",
     re.compile(r'(?i:account_key|connection_string|admin_key|search_key|SetSearchKey|FromApiKey|azure_search_key)|'
                r'SEARCH|"api-Key"|SERVICE_ADMIN_KEY')),
    ("the app's own wrapper or a library with no token overload takes the key (AutoGen.NET AzureOpenAIConfig, "
     "pre-1.0 Semantic Kernel builders, promptflow-rag, the sample's own client helpers)", "none", "line",
     re.compile(r'ApiManager\(|AoaiGameActionProvider|AzureOpenAIConfig\(|WithAzure|DefaultConfig\.|'
                r'GetConfiguredClientForAzureOpenAIWithKey|model_api_key|document_intelligence_key|api_key = self|'
                r'AZURE_OPENAI_APIKEY|ApiKey =>|api_key= api_key|openai_api_key|copied_config')),
    ("the app's own wrapper or a library with no token overload takes the key (AutoGen.NET AzureOpenAIConfig, "
     "pre-1.0 Semantic Kernel builders, promptflow-rag, the sample's own client helpers)", "none", "path",
     re.compile(r'pyside_copilot|AutoGen\.Basic\.Sample/(CodeSnippet/FunctionCallCodeSnippet|LLMConfiguration)\.cs|'
                r'MAF-ImageGen-03-Foundry|VideoGeneration-AzureSoraSDK-02|vercel\+ai/examples|scripts/data_utils\.py')),
    ("the app's own wrapper or a library with no token overload takes the key (AutoGen.NET AzureOpenAIConfig, "
     "pre-1.0 Semantic Kernel builders, promptflow-rag, the sample's own client helpers)", "none", "path",
     re.compile(r'pyside_copilot|AutoGen\\.Basic\\.Sample/(CodeSnippet/FunctionCallCodeSnippet|LLMConfiguration)\\.cs|'
                r'MAF-ImageGen-03-Foundry|VideoGeneration-AzureSoraSDK-02|vercel\\+ai/examples|scripts/data_utils\\.py')),
    ("evaluation or flow configs (promptflow-evals model configs, prompt-flow connections) that refuse a config "
     "without api_key, or a key that selects the provider (sk- means OpenAI)", "none", "path",
     re.compile(r'promptflow-evals/samples|phase-3-validate|flex-flow|pipeline_job_with_flow|flows/standard/basic|'
                r'Agent_Based_Samples/.*/eval', I)),
]


def classify(rel, line, text, gone):
    for name, kind, where, pat in RULES:
        if where == "gone":
            if gone:
                return kind, name
            continue
        s = {"line": line, "path": rel, "file": text}[where]
        if pat.search(s):
            return kind, name
    return "unclassified", "unclassified"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tree")
    ap.add_argument("report")
    ap.add_argument("--list", help="print the findings of classes whose name contains this")
    ap.add_argument("--after", nargs=2, metavar=("FIXED_TREE", "AFTER_JSON"),
                    help="a copy of TREE after keylint --fix and its report: findings it no longer has are 'gone'")
    args = ap.parse_args()
    left = collections.Counter()
    if args.after:
        with open(args.after[1]) as fh:
            for f in json.load(fh)["findings"]:
                left[(os.path.relpath(os.path.abspath(f["path"]), os.path.abspath(args.after[0])), f["rule"], f["message"])] += 1
    with open(args.report) as fh:
        findings = json.load(fh)["findings"]
    total, fixed = collections.Counter(), collections.Counter()
    classes = collections.defaultdict(list)
    texts = {}
    for f in findings:
        lang = lang_of(f["path"])
        rel = os.path.relpath(f["path"], args.tree)
        if f["rule"] not in CODE_RULES or lang is None or is_test(rel):
            continue
        total[lang] += 1
        if f.get("fixes"):
            fixed[lang] += 1
            continue
        if f["path"] not in texts:
            with open(f["path"], errors="replace") as fh:
                texts[f["path"]] = fh.read()
        text = texts[f["path"]]
        lines = text.split("\n")
        n = f["start"]["line"]
        line = "\n".join(lines[max(0, n - 1):n + 1]) if f["rule"] != "KL105" else lines[n - 1]
        k = (rel, f["rule"], f["message"])
        gone = bool(args.after) and left[k] == 0
        if left[k]:
            left[k] -= 1
        kind, name = classify(rel, line, text, gone)
        classes[(kind, name)].append((lang, f["rule"], rel, n, lines[n - 1].strip()[:110]))
    all_total, all_fixed = sum(total.values()), sum(fixed.values())
    print("| class | kind | findings | " + " | ".join(l for l in ORDER if total[l]) + " |")
    print("|---|---|---:|" + "---:|" * len([l for l in ORDER if total[l]]))
    for (kind, name), items in sorted(classes.items(), key=lambda kv: (kv[0][0], -len(kv[1]))):
        per = collections.Counter(i[0] for i in items)
        print("| %s | %s | %d | %s |" % (name, kind, len(items), " | ".join(str(per[l]) for l in ORDER if total[l])))
    open_ = sum(len(v) for (k, _), v in classes.items() if k != "none")
    print("\ncode findings %d, with a fix %d (%.1f%%), no correct rewrite %d, ceiling %d (%.1f%%)" % (
        all_total, all_fixed, 100.0 * all_fixed / all_total, all_total - all_fixed - open_,
        all_fixed + open_, 100.0 * (all_fixed + open_) / all_total))
    if args.list:
        for (kind, name), items in classes.items():
            if args.list in name or args.list == kind:
                print("\n%s (%s)" % (name, kind))
                for lang, rule, rel, n, src in items:
                    print("  %s %s %s:%d | %s" % (lang, rule, rel, n, src))


if __name__ == "__main__":
    main()
