# A web-browsing agent: the only host written out is a page it opens, not where the
# api-key header goes (an endpoint handed in), so the header is still reported.
import requests


class Planner:
    def __init__(self, api_key: str, endpoint: str, driver):
        self.endpoint = endpoint
        self.headers = {
            "Content-Type": "application/json",
            "api-key": api_key,  # want "KL104"
        }
        self.driver = driver

    def start(self):
        self.driver.open("https://www.google.com")
        return requests.post(self.endpoint, headers=self.headers, json={"messages": []})
