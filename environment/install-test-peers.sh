#!/usr/bin/env bash
# The real components the tests run against, from Debian's packages: mosquitto (the MQTT broker the twin's live tests
# use) and Jupyter's own client, nbclient, nbconvert and ipykernel (the kernel protocol tests and their peer).
# Installs only what is missing; needs root or sudo the first time.
set -euo pipefail

packages=(mosquitto python3-jupyter-client python3-nbclient jupyter-nbconvert python3-ipykernel)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -q
"${as_root[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
