#!/usr/bin/env bash
# Builds the Teams app package: a zip with manifest.json, the icons and the localization files at its root.
# Usage: scripts/package-app.sh [output.zip]          (default: artifacts/LiaisonBot.zip)
# The bot id comes from $MICROSOFT_APP_ID, else MicrosoftAppId in .env, else a placeholder for local builds.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
manifest_dir="$root/manifest"
out="${1:-$root/artifacts/LiaisonBot.zip}"
placeholder="00000000-0000-0000-0000-000000000000"

app_id="${MICROSOFT_APP_ID:-}"
if [[ -z "$app_id" && -f "$root/.env" ]]; then
  app_id="$(sed -n 's/^[[:space:]]*MicrosoftAppId[[:space:]]*=[[:space:]]*//p' "$root/.env" | tail -n 1 | tr -d "\"'\r[:space:]")"
fi
app_id="${app_id:-$placeholder}"
if ! [[ "$app_id" =~ ^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$ ]]; then
  echo "package-app: bot app id '$app_id' is not a GUID" >&2
  exit 1
fi

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT

# Writes the manifest with the bot id set, and lists the files it names (icons, localization files).
files="$(python3 - "$manifest_dir/manifest.json" "$stage/manifest.json" "$app_id" <<'PY'
import json, sys
src, dst, app_id = sys.argv[1:]
with open(src, encoding="utf-8-sig") as f:
    m = json.load(f)
for bot in m.get("bots", []):
    bot["botId"] = app_id
with open(dst, "w", encoding="utf-8") as f:
    json.dump(m, f, ensure_ascii=False, indent=2)
    f.write("\n")
named = [p for p in m["icons"].values()]
named += [lang["file"] for lang in m.get("localizationInfo", {}).get("additionalLanguages", [])]
print(m["version"])
print("\n".join(named))
PY
)"
version="$(head -n 1 <<<"$files")"
while IFS= read -r name; do
  if [[ "$name" == */* || ! -f "$manifest_dir/$name" ]]; then
    echo "package-app: manifest names '$name', which is not a file in manifest/" >&2
    exit 1
  fi
  cp "$manifest_dir/$name" "$stage/"
done < <(tail -n +2 <<<"$files")

validator="$root/tests/node/validate-manifest.js"
if command -v node >/dev/null && [[ -d "$root/node_modules/@microsoft/app-manifest" ]]; then
  locs=()
  for f in "$stage"/*.json; do [[ "$f" != "$stage/manifest.json" ]] && locs+=("$f"); done
  node "$validator" "$stage/manifest.json" "${locs[@]}" >&2
else
  echo "package-app: warning: node or node_modules missing (run npm ci), manifest not validated" >&2
fi

mkdir -p "$(dirname "$out")"
out="$(cd "$(dirname "$out")" && pwd)/$(basename "$out")"
rm -f "$out"
if command -v zip >/dev/null; then
  (cd "$stage" && zip -q -X -D "$out" ./*)
else
  python3 - "$stage" "$out" <<'PY'
import os, sys, zipfile
stage, out = sys.argv[1:]
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for name in sorted(os.listdir(stage)):
        z.write(os.path.join(stage, name), arcname=name)
PY
fi
echo "package-app: LiaisonBot $version, bot $app_id -> $out"
