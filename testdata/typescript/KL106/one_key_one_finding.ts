// A hard-coded key is one finding, whether the code rules (which know it goes in an api-key
// header) or the key formats (which see the literal) find it.
const key = "1q0g5SLlzNLM4juueYKNnDSSoq98k5aA33ldC50C0cwnL8H1JmYIJQQJ99BEAC5RqLJXJ3w3AAALACOGGqU4"; // want "KL106"
export const headers = { "api-key": key }; // want "KL104"
