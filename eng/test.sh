#!/usr/bin/env bash
# Runs every PhiGuard test from a clean clone: restores what it needs, packs the analyzer package the way the
# contract says (dotnet pack -c Release -o artifacts/packages), then runs the test projects.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1

# The inventory page of the command-line tool is tested in headless Chromium (Debian's chromium package).
if ! command -v chromium >/dev/null 2>&1 && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

dotnet restore PhiGuard.sln
dotnet pack PhiGuard.sln -c Release -o artifacts/packages --no-restore --disable-build-servers
dotnet test PhiGuard.sln --no-restore --disable-build-servers "$@"
