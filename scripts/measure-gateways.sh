#!/usr/bin/env bash
# Measures the gateway rules (KL304, KL305) on public API Management + Azure OpenAI samples, at
# the commits docs/GATEWAYS.md names. Usage: scripts/measure-gateways.sh [DIR]
# DIR holds (or receives) one checkout per repository, named owner+name. Cloning needs network;
# nothing here runs in CI. Prints, per repository, the policy files and the findings.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-${TMPDIR:-/tmp}/keylint-gateways}
mkdir -p "$dir"
repos="
Azure-Samples/AI-Gateway 561d71992bd660af94efc76a8f2f21df0e6ac8e5
Azure/azure-openai-landing-zone e5a785144593b00ac9fba58322a1651ff5d9b06e
Azure/terraform-ai-gateway-landing-zone cb754074aaafd055092b4bd8f32ca314a2d66d9b
Azure-Samples/Apim-Samples 48c105c5934b5da779ad5646c1b6286e4cb49515
Azure-Samples/apim-genai-gateway-toolkit 848995f782d328d4546ce79c6a5c8a7e11095e84
Azure-Samples/azure-openai-apim-load-balancing 59c2dc0a03b276652e14c049ed24459a0b991bc7
Azure-Samples/openai-apim-lb 039195e554c4665865cb17d0cd563a1b4a07ff42
andres20980/azure-examples 12f90b9042ae2e0d194ed2b81a6a94443856d18d
damienaicheh/blue-octopus 7dc2ac0c34850bbf2ab69011f8e9a84bf6849904
microsoft/polonius 41e2ff422bea252e64fce0a332a01928cd7d3a7d
robinmeure/openailoadbalancing e6394dfacf47ff1f5e611fd3781f39a3b0d468ed
"
kl="$dir/keylint"
go build -o "$kl" ./cmd/keylint
echo "$repos" | while read -r repo commit; do
	[ -n "$repo" ] || continue
	out="$dir/${repo/\//+}"
	if [ ! -d "$out" ]; then
		git clone -q --filter=blob:none --no-checkout "https://github.com/$repo" "$out"
		git -C "$out" checkout -q "$commit"
	fi
	(cd "$out" && "$kl" --format json . 2>/dev/null || true) | python3 -c '
import json, sys
d = json.load(sys.stdin)
line = [sys.argv[1] + ":"]
for rule in ("KL304", "KL305"):
    fs = [f for f in d["findings"] if f["rule"] == rule]
    line.append("%s %d in %d files," % (rule, len(fs), len({f["path"] for f in fs})))
line.append("%d file errors" % len(d["errors"]))
print(" ".join(line))
' "$repo"
done
