#!/usr/bin/env bash
# The README's first command: install everything, then run packetlife's main job on this machine.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec node dist/cli.js demo "$@"
