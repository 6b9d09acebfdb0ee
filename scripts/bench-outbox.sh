#!/usr/bin/env bash
# Benchmarks the outbox: recipients through a fake connector that polices the Teams limits (per conversation and per app)
# and injects 1 % 429 (Retry-After) and 0.5 % 503, on a throw-away in-memory Azurite.
# Usage: scripts/bench-outbox.sh [recipients=10000] [app rate per second=45] [Retry-After seconds=1]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/tools.sh

run_bench LiaisonBot.OutboxBench "$@"
