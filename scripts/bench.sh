#!/usr/bin/env bash
# Benchmarks report submissions through the real bot (its own process) on a throw-away Azurite.
# Usage: scripts/bench.sh [clients=8] [seconds=15]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/tools.sh

ensure_node_tools
dotnet build bench/LiaisonBot.Bench -c Release -nologo -v quiet >&2
work=$(mktemp -d)
trap 'stop_azurite; cp $work/azurite/table.log /tmp/aztable.log; rm -rf "$work"' EXIT
AZURITE_IN_MEMORY=1 start_azurite "$work/azurite"
export LIAISONBOT_TEST_STORAGE=$AZURITE_CONNECTION
dotnet bench/LiaisonBot.Bench/bin/Release/net10.0/LiaisonBot.Bench.dll src/LiaisonBot/bin/Release/net10.0/LiaisonBot.dll "$@"
