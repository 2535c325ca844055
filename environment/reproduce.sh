#!/usr/bin/env bash
# The main job: build MedTwin from the pinned environment, pack the library (the notebooks' `#r "nuget: MedTwin, ..."`
# resolves from that pack output in Polyglot Notebooks), then re-run every notebook and compare it with its committed
# outputs. HTML renderings and the run record go to artifacts/reproduce/.
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet restore MedTwin.slnx --locked-mode
dotnet build src/MedTwin.Cli --no-restore -c Release
dotnet pack src/MedTwin --no-build -c Release -o artifacts/packages
dotnet run --project src/MedTwin.Cli --no-build -c Release -- data verify
dotnet run --project src/MedTwin.Cli --no-build -c Release -- reproduce "$@"
