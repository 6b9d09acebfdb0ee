# Shared by the run and test scripts: installs what they need and starts/stops Azurite.
# Source it from the repository root.

log() { printf '\033[1m[liaisonbot]\033[0m %s\n' "$*" >&2; }

# Node tools (Azurite, Agents Playground, card and manifest validators) exactly as the committed lock file says.
# They are installed once per lock file into this machine's cache and linked here, as NuGet keeps packages in its own
# cache: a fresh clone (as CI makes) then starts in seconds instead of re-running npm ci.
ensure_node_tools() {
  command -v node >/dev/null || { log "node is required (Node.js 20 or newer)"; exit 1; }
  local want; want=$(sha256sum package-lock.json | cut -c1-16)
  local cache="${XDG_CACHE_HOME:-$HOME/.cache}/liaisonbot/node-$want"
  if [ ! -d "$cache/node_modules" ]; then
    log "installing node tools from package-lock.json"
    mkdir -p "$(dirname "$cache")"
    local tmp; tmp=$(mktemp -d "${cache}.XXXX") || exit 1
    cp package.json package-lock.json "$tmp/"
    (cd "$tmp" && npm ci --no-audit --no-fund --loglevel=error >&2)
    # Another run may have finished the same install meanwhile: keep the first, it is identical.
    mv -T "$tmp" "$cache" 2>/dev/null || rm -rf "$tmp"
  fi
  if [ "$(readlink node_modules 2>/dev/null)" != "$cache/node_modules" ]; then
    rm -rf node_modules
    ln -s "$cache/node_modules" node_modules
  fi
}

# Debian's Chromium for the end-to-end test (Playwright must never download a browser of its own).
ensure_chromium() {
  # grep reads all of fc-list's output: with -q it would stop early, and pipefail would count fc-list's broken pipe.
  if command -v chromium >/dev/null && command -v pdftoppm >/dev/null && fc-list 2>/dev/null | grep -i 'noto sans cjk' >/dev/null; then return; fi
  local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  log "installing Debian chromium, CJK fonts and poppler (PDF pages to images for the slip tests)"
  # Another apt run (unattended upgrades on a fresh CI machine) holds the lock for a while: wait for it, do not fail.
  $sudo apt-get -o DPkg::Lock::Timeout=600 update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq chromium fonts-noto-cjk poppler-utils >&2
}

# wait_for NAME PID COMMAND...: polls COMMAND until it succeeds; fails at once if PID died.
wait_for() {
  local name=$1 pid=$2; shift 2
  until "$@" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { log "$name did not start"; exit 1; }
    sleep 0.2
  done
}

free_port() { node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }

# start_azurite DATA_DIR [TABLE_PORT QUEUE_PORT BLOB_PORT]: starts the table, queue and blob services (the blob one holds
# the key ring) and sets AZURITE_CONNECTION.
# AZURITE_IN_MEMORY=1 keeps nothing on disk: for throw-away runs, and free of the table store's periodic save to disk,
# which stalls Azurite for a moment every 5 s once it holds many rows.
start_azurite() {
  local dir=$1 table_port=${2:-$(free_port)} queue_port=${3:-$(free_port)} blob_port=${4:-$(free_port)}
  mkdir -p "$dir/table" "$dir/queue" "$dir/blob"
  local common=(--skipApiVersionCheck --loose --disableTelemetry --silent)
  local table=(--location "$dir/table") queue=(--location "$dir/queue") blob=(--location "$dir/blob")
  if [ "${AZURITE_IN_MEMORY:-0}" = 1 ]; then table=(--inMemoryPersistence) queue=(--inMemoryPersistence) blob=(--inMemoryPersistence); fi
  node node_modules/azurite/dist/src/table/main.js --tableHost 127.0.0.1 --tablePort "$table_port" \
    "${table[@]}" "${common[@]}" >"$dir/table.log" 2>&1 &
  AZURITE_TABLE_PID=$!
  node node_modules/azurite/dist/src/queue/main.js --queueHost 127.0.0.1 --queuePort "$queue_port" \
    "${queue[@]}" "${common[@]}" >"$dir/queue.log" 2>&1 &
  AZURITE_QUEUE_PID=$!
  node node_modules/azurite/dist/src/blob/main.js --blobHost 127.0.0.1 --blobPort "$blob_port" \
    "${blob[@]}" "${common[@]}" >"$dir/blob.log" 2>&1 &
  AZURITE_BLOB_PID=$!
  for port in "$table_port" "$queue_port" "$blob_port"; do
    for _ in $(seq 1 200); do
      curl -s -o /dev/null "http://127.0.0.1:$port/" && break
      kill -0 "$AZURITE_TABLE_PID" 2>/dev/null && kill -0 "$AZURITE_QUEUE_PID" 2>/dev/null && kill -0 "$AZURITE_BLOB_PID" 2>/dev/null \
        || { log "Azurite did not start:"; cat "$dir"/*.log >&2; exit 1; }
      sleep 0.1
    done
  done
  local key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
  local host=http://127.0.0.1
  AZURITE_CONNECTION="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$key;TableEndpoint=$host:$table_port/devstoreaccount1;QueueEndpoint=$host:$queue_port/devstoreaccount1;BlobEndpoint=$host:$blob_port/devstoreaccount1;"
  export AZURITE_CONNECTION
  log "Azurite: tables on $table_port, queues on $queue_port, blobs on $blob_port"
}

# SIGINT, not SIGTERM: Azurite saves its table store on SIGINT only.
stop_azurite() {
  local pids=()
  for pid in ${AZURITE_TABLE_PID:-} ${AZURITE_QUEUE_PID:-} ${AZURITE_BLOB_PID:-}; do
    kill -INT "$pid" 2>/dev/null && pids+=("$pid")
  done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  AZURITE_TABLE_PID="" AZURITE_QUEUE_PID="" AZURITE_BLOB_PID=""
}

# run_bench PROJECT ARGS...: builds bench/PROJECT (and the bot it references) and runs it with ARGS against a throw-away
# in-memory Azurite, stopped afterwards.
run_bench() {
  local project=$1; shift
  ensure_node_tools
  dotnet build "bench/$project" -c Release -nologo -v quiet >&2
  BENCH_WORK=$(mktemp -d)
  trap 'stop_azurite; rm -rf "$BENCH_WORK"' EXIT
  AZURITE_IN_MEMORY=1 start_azurite "$BENCH_WORK/azurite"
  LIAISONBOT_TEST_STORAGE=$AZURITE_CONNECTION BENCH_STORAGE_PID=$AZURITE_TABLE_PID \
    dotnet "bench/$project/bin/Release/net10.0/$project.dll" "$@"
}
