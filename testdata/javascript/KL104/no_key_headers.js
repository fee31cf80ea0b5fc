export async function forward(req, url) {
  const headers = { authorization: req.headers.authorization, "content-type": "application/json" };
  delete headers["api-key"];
  return fetch(url, { headers, method: "POST", body: req.body });
}
