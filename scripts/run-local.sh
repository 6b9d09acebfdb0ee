#!/usr/bin/env bash
# Command 1: Azurite + the bot (Development, anonymous) + the Microsoft 365 Agents Playground, with the sample roster.
# Ctrl-C stops all three (Azurite with SIGINT so it saves its data under .data/).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/tools.sh

BOT_PORT=${BOT_PORT:-3978}
PLAYGROUND_PORT=${PLAYGROUND_PORT:-56150}
ensure_node_tools
[ -f .env ] && { set -a; source .env; set +a; }

log "building the bot"
dotnet build src/LiaisonBot -c Debug -v quiet -nologo >&2

pids=()
cleanup() {
  trap - INT TERM EXIT
  log "stopping"
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  stop_azurite
}
trap cleanup INT TERM EXIT

start_azurite .data/azurite 10002 10001 10000
# Everything the local run keeps lives under .data/: tables, queues and blobs, and the key ring that seals scores.
export Storage__ConnectionString=$AZURITE_CONNECTION ASPNETCORE_ENVIRONMENT=Development KeyRing__Path="$PWD/.data/keys"

dll=src/LiaisonBot/bin/Debug/net10.0/LiaisonBot.dll
log "importing samples/roster.csv"
dotnet "$dll" import-roster samples/roster.csv
# The sample plans are for 2027; locally they are moved to this year so that they show (as drafts until published).
year=$(TZ=Asia/Shanghai date +%Y)
sed "s/2027/$year/g" samples/plan-tasks-2027.csv > ".data/plan-tasks-$year.csv"
log "importing the sample plans as $year's"
dotnet "$dll" import-plans ".data/plan-tasks-$year.csv"
log "loading the sample points rules as $year's"
dotnet "$dll" import-points-rules samples/points-rules-2027.xlsx "$year"
log "loading the sample assessment scheme as $year's"
dotnet "$dll" import-assessment-scheme samples/assessment-scheme-2026.xlsx "$year"

dotnet "$dll" --contentRoot "$PWD/src/LiaisonBot" --urls "http://127.0.0.1:$BOT_PORT" &
pids+=($!)
wait_for "the bot" "${pids[-1]}" curl -sf "http://127.0.0.1:$BOT_PORT/health/ready"

mkdir -p .data/playground
cp samples/m365agentsplayground.yml .data/playground/.m365agentsplayground.yml
(cd .data/playground && TEAMSAPPTESTER_BROWSER=none exec node ../../node_modules/@microsoft/m365agentsplayground/cli.js \
  -e "http://127.0.0.1:$BOT_PORT/api/messages" -c msteams -p "$PLAYGROUND_PORT" --disable-telemetry) &
pids+=($!)
wait_for "the Agents Playground" "${pids[-1]}" curl -sf "http://127.0.0.1:$PLAYGROUND_PORT/_debug/ping"

log "ready: open http://127.0.0.1:$PLAYGROUND_PORT/ (you are 高浩然, leader of 城关镇联络组). Ctrl-C stops everything."
wait -n "${pids[@]}" || true
