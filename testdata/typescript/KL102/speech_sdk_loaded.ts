// The Speech SDK loaded at run time (a dynamic import behind the program's own loader): its
// SpeechConfig class is known by its name, and fromSubscription takes the key.
declare function loadSpeechSdk(): Promise<typeof import("microsoft-cognitiveservices-speech-sdk")>;

function speechSettings() {
  const key = process.env.AZURE_SPEECH_KEY; // want "KL105"
  const region = process.env.AZURE_SPEECH_REGION;
  if (!key || !region) return null;
  return { key, region };
}

export async function synthesizer() {
  const cfg = speechSettings();
  if (!cfg) return null;
  const sdk = await loadSpeechSdk();
  const speechConfig = sdk.SpeechConfig.fromSubscription(cfg.key, cfg.region); // want "KL102"
  return new sdk.SpeechSynthesizer(speechConfig);
}
