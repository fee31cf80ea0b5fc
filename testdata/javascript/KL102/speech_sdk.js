import * as sdk from "microsoft-cognitiveservices-speech-sdk";

const speechKey = process.env.REACT_APP_SPEECH_KEY; // want "KL105"
const speechConfig = sdk.SpeechConfig.fromSubscription(speechKey, "westeurope"); // want "KL102"

export function recognizer() {
  const audio = sdk.AudioConfig.fromDefaultMicrophoneInput();
  return new sdk.SpeechRecognizer(speechConfig, audio);
}
