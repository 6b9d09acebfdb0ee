#!/usr/bin/env bash
# Benchmarks the annual assessment at a large committee's scale: ten years of 60 groups' assessments written on a
# throw-away Azurite with every member's reports of those years, the open year recomputed through the bot, then the scorecard, the ranking and a figure's records measured through the bot's HTTP endpoint,
# with a tap between the bot and Azurite showing that each card reads one partition, the year's.
# Usage: scripts/bench-assessment.sh [years=10] [groups=60] [members per group=10] [records a member a year=40]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/tools.sh

run_bench LiaisonBot.Bench assessment src/LiaisonBot/bin/Release/net10.0/LiaisonBot.dll "$@"
