package azurectx

import "testing"

func TestHeaderTargetOf(t *testing.T) {
	const ocp, apiKey = "Ocp-Apim-Subscription-Key", "api-key"
	cases := []struct {
		name, src, header string
		reads             []string
		want              HeaderTarget
	}{
		{"openai host", `url = "https://contoso.openai.azure.com/openai/v1/chat"`, apiKey, nil, EntraHost},
		{"ai services host", `host = "contoso.cognitiveservices.azure.com"`, ocp, nil, EntraHost},
		{"openai setting, api-key", `e = os.environ["AZURE_OPENAI_ENDPOINT"]`, apiKey, nil, EntraHost},
		{"openai path, api-key", `url = e + "/openai/deployments/gpt-4o/chat/completions"`, apiKey, nil, EntraHost},
		{"vision setting", `e = os.environ["COMPUTER_VISION_ENDPOINT"]`, ocp, nil, EntraSetting},
		{"vision path", `url = endpoint + "/vision/v3.2/analyze"`, ocp, nil, EntraSetting},
		{"face placeholder and path", `url = "PASTE_YOUR_FACE_ENDPOINT_HERE" + "/face/v1.0/detect"`, ocp, nil, EntraSetting},
		{"language setting", `e = getenv("LANGUAGE_ENDPOINT")`, ocp, nil, EntraSetting},
		{"text analytics path", `p = "/text/analytics/v3.0/sentiment"`, ocp, nil, EntraSetting},
		{"document intelligence path", `u = e + "formrecognizer/documentModels/prebuilt-read:analyze"`, ocp, nil, EntraSetting},
		{"content safety setting", `e = env("CONTENT_SAFETY_ENDPOINT")`, ocp, nil, EntraSetting},
		{"ai services setting", `e = env("AZURE_AI_SERVICES_ENDPOINT")`, ocp, nil, EntraSetting},
		{"openai setting, subscription key", `e = env("AZURE_OPENAI_ENDPOINT")`, ocp, nil, EntraSetting},

		{"openai.com commented out", "# url = \"https://api.openai.com/v1/embeddings\"\nurl = os.getenv(\"AOAI_ENDPOINT\")", apiKey, nil, EntraHost},
		{"luis.ai in a comment", "// https://www.luis.ai/\nu = \"https://contoso.cognitiveservices.azure.com/luis/authoring/v3.0-preview/apps\"", ocp, nil, NoEntraTarget},
		{"personalizer on its subdomain", `u = "https://contoso.cognitiveservices.azure.com/" + "personalizer/v1.1-preview.1/multislot/rank"`, ocp, nil, NoEntraTarget},
		{"qna maker on its subdomain", `u = "https://contoso.cognitiveservices.azure.com/qnamaker/v4.0/knowledgebases"`, ocp, nil, NoEntraTarget},
		{"bing in a trailing comment", `u = e + "/vision/v3.2/analyze" # not api.bing.microsoft.com`, ocp, nil, NoEntraTarget},
		{"no service named", `e = env("ENDPOINT"); k = env("KEY")`, ocp, nil, NoEntraTarget},
		{"unknown service's setting", `e = env("INK_RECOGNITION_ENDPOINT")`, ocp, nil, NoEntraTarget},
		{"vision and search settings", `v = env("COMPUTER_VISION_ENDPOINT"); s = env("AZURE_SEARCH_ENDPOINT")`, ocp, nil, NoEntraTarget},
		{"regional host", `u = "https://westus.api.cognitive.microsoft.com/vision/v3.2/analyze"`, ocp, nil, NoEntraTarget},
		{"bing host", `u = "https://api.bing.microsoft.com/v7.0/search"`, ocp, nil, NoEntraTarget},
		{"bing setting", `e = env("BING_SEARCH_V7_ENDPOINT")`, ocp, nil, NoEntraTarget},
		{"translator setting", `e = env("TRANSLATOR_TEXT_ENDPOINT") + "/translate"`, ocp, nil, NoEntraTarget},
		{"translator beside vision", `v = env("COMPUTER_VISION_ENDPOINT"); t = env("TRANSLATOR_ENDPOINT")`, ocp, nil, NoEntraTarget},
		{"speech token exchange", `u = env("SPEECH_ENDPOINT") + "/sts/v1.0/issueToken"`, ocp, nil, NoEntraTarget},
		{"luis authoring", `u = "PASTE_YOUR_LUIS_AUTHORING_ENDPOINT_HERE" + "/luis/authoring/v3.0"`, ocp, nil, NoEntraTarget},
		{"qna maker", `u = env("QNA_MAKER_ENDPOINT") + "/qnamaker/v4.0/knowledgebases"`, ocp, nil, NoEntraTarget},
		{"content moderator", `u = env("CONTENT_MODERATOR_ENDPOINT") + "/contentmoderator/moderate/v1.0"`, ocp, nil, NoEntraTarget},
		{"custom vision", `u = env("CUSTOM_VISION_ENDPOINT") + "/customvision/v3.0/Prediction"`, ocp, nil, NoEntraTarget},
		{"openai.com", `u = "https://api.openai.com/v1/chat/completions"; e = env("AZURE_OPENAI_ENDPOINT")`, apiKey, nil, NoEntraTarget},
		{"github models", `u = "https://models.github.ai/inference"; p = "/openai/deployments"`, apiKey, nil, NoEntraTarget},
		{"provisioning setting", `u = os.environ["DEVICE_PROVISIONING_ENDPOINT"] + "/devices"`, ocp, nil, NoEntraTarget},
		{"revision setting", `u = env("REVISION_ENDPOINT")`, ocp, nil, NoEntraTarget},
		{"division setting", `u = env("DIVISION_ENDPOINT")`, ocp, nil, NoEntraTarget},
		{"provision path", `u = e + "/provision/v1/devices"`, ocp, nil, NoEntraTarget},
		{"context analytics path", `u = e + "/context/analytics/run"`, ocp, nil, NoEntraTarget},
		{"huggingface setting", `u = os.environ["HUGGINGFACE_ENDPOINT"]`, apiKey, nil, NoEntraTarget},
		{"hugging face setting", `u = os.environ["HUGGING_FACE_ENDPOINT"]`, apiKey, nil, NoEntraTarget},
		{"interface setting", `u = env("INTERFACE_ENDPOINT")`, ocp, nil, NoEntraTarget},
		{"surface setting", `u = env("SURFACE_ENDPOINT")`, ocp, nil, NoEntraTarget},
		{"language model setting", `u = os.environ["LANGUAGE_MODEL_ENDPOINT"]`, apiKey, nil, NoEntraTarget},
		{"large language model setting", `u = os.environ["LARGE_LANGUAGE_MODEL_ENDPOINT"]`, ocp, nil, NoEntraTarget},
		{"llm setting", `u = os.environ["LLM_ENDPOINT"]`, ocp, nil, NoEntraTarget},
		{"face setting", `u = env("AZURE_FACE_ENDPOINT")`, ocp, nil, EntraSetting},
		{"run-together setting", `u = env("COMPUTERVISION_ENDPOINT")`, ocp, nil, EntraSetting},
		{"language setting, words", `u = env("AZURE_LANGUAGE_ENDPOINT")`, ocp, nil, EntraSetting},
		{"vision path without slash", `u = e + "vision/v3.2/analyze"`, ocp, nil, EntraSetting},
		{"search key read", `e = env("COMPUTER_VISION_ENDPOINT")`, ocp, []string{"AZURE_SEARCH_KEY"}, NoEntraTarget},
	}
	for _, c := range cases {
		if got := HeaderTargetOf([]byte(c.src), c.header, c.reads); got != c.want {
			t.Errorf("%s: HeaderTargetOf(%q, %s) = %d, want %d", c.name, c.src, c.header, got, c.want)
		}
	}
}
