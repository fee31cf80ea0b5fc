// The Speech SDK's browser bundle defines the global SpeechSDK: fromSubscription on it is the
// Speech factory's key place, as with the imported module.
import "microsoft-cognitiveservices-speech-sdk/distrib/browser/microsoft.cognitiveservices.speech.sdk.bundle";

export const configure = (/** @type {string} */ key, /** @type {string} */ language) => {
  // @ts-ignore: the bundle's global
  const speechConfig = SpeechSDK.SpeechConfig.fromSubscription(key, "eastasia"); // want "KL102"
  speechConfig.speechSynthesisLanguage = language;
  return speechConfig;
};
