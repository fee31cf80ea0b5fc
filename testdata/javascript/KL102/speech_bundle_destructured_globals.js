// A page's script beside a <script> tag of the Speech SDK's browser bundle, whose classes it uses
// as globals: no import or word names Azure or the SDK, the factory's name is the only sign.
function synthesize(text) {
  var key = "";
  var region = "centralindia";
  const speechConfig = SpeechConfig.fromSubscription(key, region); // want "KL102"
  const audioConfig = AudioConfig.fromDefaultSpeakerOutput();
  return new SpeechSynthesizer(speechConfig, audioConfig).speakTextAsync(text);
}

// Not the SDK: a method of the page's own object, named alike but for a newsletter.
const newsletter = { fromSubscription: (s) => s.email };
newsletter.fromSubscription({ email: "a@example.com" });
