#!/usr/bin/env bash
# Builds the Teams app package (manifest.json + color.png + outline.png at the zip's root).
# Usage: deploymentTemplates/teams/package.sh <MicrosoftAppId> [version]   → deploymentTemplates/teams/build/smartcity-bot-teams.zip
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
app_id="${1:-${MicrosoftAppId:-}}"
version="${2:-1.0.0}"
if ! [[ "$app_id" =~ ^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$ ]]; then
  echo "Isi MicrosoftAppId bot (GUID) sebagai argumen pertama, mis.: $0 11111111-2222-3333-4444-555555555555" >&2
  exit 2
fi
out="$here/build"
mkdir -p "$out"
python3 - "$here" "$out" "$app_id" "$version" <<'PY'
import json, sys, zipfile
from pathlib import Path
here, out, app_id, version = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], sys.argv[4]
manifest = json.loads((here / "manifest.json").read_text(encoding="utf-8"))
manifest["id"] = app_id                 # the Teams app id may equal the bot's app id
manifest["bots"][0]["botId"] = app_id   # must be the bot's MicrosoftAppId
manifest["version"] = version
target = out / "smartcity-bot-teams.zip"
with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2))
    z.write(here / "color.png", "color.png")
    z.write(here / "outline.png", "outline.png")
print(target)
PY
