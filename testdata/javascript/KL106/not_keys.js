const sha = "d41d8cd98f00b204e9800998ecf8427e";
// A record field's key name holding a hash, in a file with nothing Azure in it.
const textKey = "9e107d9d372bb6826bd81d3542a419d6";
const config = { apiKey: "YOUR_API_KEY", keyName: "0123456789abcdef0123456789abcdef" };
// sk-this-is-not-a-key, and task-list is not either
module.exports = { sha, textKey, config };
