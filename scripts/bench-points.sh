#!/usr/bin/env bash
# Benchmarks the duty file and points at a large committee's scale: the history is seeded on a throw-away Azurite, the
# rules of every year attached through the bot, then the cards and the export measured through its HTTP endpoint.
# Usage: scripts/bench-points.sh [years=10] [groups=60] [members per group=10] [records per member a year=40]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/tools.sh

run_bench LiaisonBot.Bench points src/LiaisonBot/bin/Release/net10.0/LiaisonBot.dll "$@"
