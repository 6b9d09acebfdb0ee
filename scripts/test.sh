#!/usr/bin/env bash
# Command 2: restore, build and run every test (unit, integration on a real Azurite, token, card, manifest, end to end).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/tools.sh

ensure_node_tools
ensure_chromium

log "restoring and building"
dotnet restore --locked-mode >&2
# The build enforces the .editorconfig's style and naming rules (EnforceCodeStyleInBuild); this checks the layout.
dotnet build --no-restore -c Release -warnaserror >&2
log "checking the code format (fix with: dotnet format LiaisonBot.sln)"
dotnet format whitespace --folder --verify-no-changes >&2

work=$(mktemp -d)
trap 'stop_azurite; rm -rf "$work"' EXIT
AZURITE_IN_MEMORY=1 start_azurite "$work/azurite"
export LIAISONBOT_TEST_STORAGE=$AZURITE_CONNECTION

log "running tests"
# The hosts' own console log is for people running the bot; in a test run only errors belong on the console.
export Logging__Console__LogLevel__Default=Error
status=0
dotnet test --no-build -c Release --logger "trx;LogFileName=results.trx" --results-directory "$work/results" \
  --logger "console;verbosity=normal" "$@" || status=$?

trx=$(find "$work/results" -name results.trx | head -n 1)
if [ -n "$trx" ]; then
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  get() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  # Failures last, where a log that keeps only its tail still shows them: each name with its message and top frames.
  perl -0777 -ne 'while (/<UnitTestResult [^>]*testName="([^"]*)"[^>]*outcome="Failed".*?<Message>(.*?)<\/Message>(?:\s*<StackTrace>(.*?)<\/StackTrace>)?/gs) {
      my ($n, $m, $s) = ($1, $2, $3 // ""); my @m = split /\n/, $m; my @f = grep { /LiaisonBot/ } split /\n/, $s;
      splice @m, 10; splice @f, 4;
      for ($n, @m, @f) { s/&lt;/</g; s/&gt;/>/g; s/&quot;/"/g; s/&apos;/\x27/g; s/&#xD;//g; s/&amp;/&/g }
      print join("\n", "FAILED $n", @m, @f), "\n\n" }' "$trx"
  echo "tests: $(get passed) passed, $(get failed) failed, $(( $(get total) - $(get executed) )) skipped"
fi
exit $status
