// A key written as the fallback of a setting read: the literal has the variable's key context.
const AZURE_OPENAI_API_KEY = process.env.AZURE_OPENAI_API_KEY || "3b8d3c7524f34fbd9ec6dfc81935a9cd"; // want "KL105" "KL106"
const SPEECH_KEY = process.env.SPEECH_KEY ?? "9f0e1d2c3b4a59687766554433221100"; // want "KL106"

// Not keys: a hash fallback under a name that is no key's, and a placeholder fallback.
const BUILD_HASH = process.env.BUILD_HASH || "d41d8cd98f00b204e9800998ecf8427e";
const TRANSLATOR_KEY = process.env.TRANSLATOR_KEY || "your-translator-key";

export { AZURE_OPENAI_API_KEY, SPEECH_KEY, BUILD_HASH, TRANSLATOR_KEY };
