import * as sdk from "microsoft-cognitiveservices-speech-sdk";
import NewsAPI from "newsapi";

export function recognize() {
  const speechConfig = sdk.SpeechConfig.fromSubscription(
    "63e2e8cdd3774328b2d020432cd2d8a9", // want "KL102" "KL106"
    "eastus"
  );
  return new sdk.SpeechRecognizer(speechConfig, sdk.AudioConfig.fromDefaultMicrophoneInput());
}

// Another service's key, shaped like an Azure one: not an Azure AI key.
export const news = new NewsAPI("288e5576cf624fec9fed057fc290fb29");
