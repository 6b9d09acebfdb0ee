#!/usr/bin/env bash
# Benchmarks report submissions through the real bot (its own process) on a throw-away Azurite.
# Usage: scripts/bench.sh [clients=8] [seconds=15]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/tools.sh

run_bench LiaisonBot.Bench src/LiaisonBot/bin/Release/net10.0/LiaisonBot.dll "$@"
