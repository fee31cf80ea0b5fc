// Keys committed as class fields of an Angular service for api.cognitive.microsoft.com.
export class CognitiveService {
  computerVisionAPIKey = "a34c43c0a1b2c3d4e5f60718293a4b5c"; // want "KL106"
  private speechKey: string = "b34c43c0a1b2c3d4e5f60718293a4b5c"; // want "KL106"
  // A field that is no key: a hash of the build.
  buildHash = "c34c43c0a1b2c3d4e5f60718293a4b5c";
}
