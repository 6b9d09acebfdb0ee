#!/usr/bin/env bash
# Benchmarks mass supervision's ballot page: a campaign's codes posted by many phones at once, one post in ten replaying
# a used code or racing for one; then the campaign is closed and every stored ballot matched to the post thanked for it.
# Usage: scripts/bench-ballots.sh [codes=2000] [clients=200]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/tools.sh

run_bench LiaisonBot.Bench ballots src/LiaisonBot/bin/Release/net10.0/LiaisonBot.dll "$@"
