#!/usr/bin/env bash
# The test command: install the real brokers and clients the tests talk to, restore exactly what the lock files pin, build with warnings as errors, run every test project.
set -euo pipefail
cd "$(dirname "$0")/.."

bash environment/install-test-peers.sh

dotnet restore MedTwin.slnx --locked-mode
dotnet build MedTwin.slnx --no-restore -c Release
dotnet test MedTwin.slnx --no-build -c Release
