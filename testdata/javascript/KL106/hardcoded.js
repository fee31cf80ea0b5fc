const config = {
  apiKey: "0123456789abcdef0123456789abcdef", // want "KL106"
  "api-key": "fedcba9876543210fedcba9876543210", // want "KL104" "KL106"
};
const openaiKey = "sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zT3BlbkFJAb3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z"; // want "KL106"
module.exports = { config, openaiKey };
