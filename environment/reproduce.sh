#!/usr/bin/env bash
# The main job: build MedTwin from the pinned environment and re-check every pinned data snapshot.
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet restore MedTwin.slnx --locked-mode
dotnet build src/MedTwin.Cli --no-restore -c Release
dotnet run --project src/MedTwin.Cli --no-build -c Release -- data verify "$@"
