#!/usr/bin/env bash
# The real components the tests run against, from Debian's packages: mosquitto (the MQTT broker the twin's live tests
# use), Jupyter's own client, nbclient, nbconvert and ipykernel (the kernel protocol tests and their peer), and chromium
# (headless: the test that opens the HTML report in a real browser).
# Installs only what is missing; needs root or sudo the first time.
set -euo pipefail

packages=(mosquitto python3-jupyter-client python3-nbclient jupyter-nbconvert python3-ipykernel chromium)
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
