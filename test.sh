#!/usr/bin/env bash
# The one test command: installs what the tests need (apt, npm), starts local services, runs every test.
# Under CI=true nothing may be skipped for a missing prerequisite: the tests fail instead.
set -euo pipefail
cd "$(dirname "$0")"

scripts/install-prereqs.sh
# shellcheck source=/dev/null
source scripts/start-services.sh

dotnet test SmartCity.Bot.sln -c Release --logger "console;verbosity=normal" "$@"
