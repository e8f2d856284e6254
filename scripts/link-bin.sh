#!/usr/bin/env bash
# Puts packetlife and the kubectl plugin on PATH: PREFIX/bin/packetlife and
# PREFIX/bin/kubectl-packetlife link to this checkout's build (default PREFIX: /usr/local).
# Run after the build; scripts/setup.sh does.
set -euo pipefail
cd "$(dirname "$0")/.."
PREFIX=${1:-/usr/local}
[ -f dist/cli.js ] && [ -f dist/plugin/kubectl.js ] || { echo "link-bin: build first (npm run build)" >&2; exit 1; }
mkdir -p "$PREFIX/bin"
chmod 0755 dist/cli.js dist/plugin/kubectl.js
ln -sfn "$PWD/dist/cli.js" "$PREFIX/bin/packetlife"
ln -sfn "$PWD/dist/plugin/kubectl.js" "$PREFIX/bin/kubectl-packetlife"
echo "$PREFIX/bin/packetlife"
