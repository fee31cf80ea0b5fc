const sha = "d41d8cd98f00b204e9800998ecf8427e";
const config = { apiKey: "YOUR_API_KEY", keyName: "0123456789abcdef0123456789abcdef" };
// sk-this-is-not-a-key, and task-list is not either
module.exports = { sha, config };
