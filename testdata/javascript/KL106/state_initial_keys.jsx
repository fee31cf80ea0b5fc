// A key written as a UI state's initial value is a hard-coded key under the state's name; the
// state's setter holds what it is given and is no client (only the request is).
import { useState } from "react";

/** @param {string} name @param {unknown} initial */
function useStoredState(name, initial) {
  return useState(localStorage.getItem(name) ?? initial);
}

export function Settings() {
  const [speechKey, setSpeechKey] = useState("06495201accc4dfcaf847bb1f71252aa"); // want "KL106"
  const [speechRegion, setSpeechRegion] = useState("australiaeast");
  const [textKey, setTextKey] = useState("3a04cc4d49624e1f920ec4a1adb62aa8"); // want "KL106"
  const [textLabel] = useState("summary");
  const [resource, setResource] = useState(null);
  const [buildHash] = useState("5e4cd7027f1d46a69fb9d21492b0d1bd");
  const [vision, setVision] = useStoredState("vision", null);

  const save = () => {
    setResource({ key: speechKey, region: speechRegion, build: buildHash, text: textKey, label: textLabel });
    setVision({ trainingKey: speechKey, trainingUrl: "https://example.cognitiveservices.azure.com" });
  };
  const speak = (/** @type {string} */ text) =>
    fetch(`https://${speechRegion}.tts.speech.microsoft.com/cognitiveservices/v1`, {
      method: "POST",
      headers: { "Ocp-Apim-Subscription-Key": speechKey }, // want "KL104"
      body: text,
    });
  return { resource, vision, save, speak, onKey: (/** @type {string} */ value) => setSpeechKey(value), onTextKey: setTextKey, onRegion: setSpeechRegion };
}
