#!/usr/bin/env bash
# Builds the kubectl plugin's release archive for krew and its manifest:
#   dist/krew/kubectl-packetlife-vVERSION.tar.gz  (kubectl-packetlife launcher, dist/, production
#                                                 node_modules, package.json)
#   dist/krew/packetlife.yaml                     (krew/packetlife.yaml with version and sha256)
# Run after the build (npm run build). Needs the npm registry (npm ci --omit=dev).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f dist/plugin/kubectl.js ] || { echo "krew-package: build first (npm run build)" >&2; exit 1; }
VERSION=$(node -p 'require("./package.json").version')
OUT=dist/krew
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
mkdir -p "$OUT"

cp package.json package-lock.json "$STAGE/"
mkdir -p "$STAGE/dist"
# The product's compiled code only: no tests, benchmarks, image tooling or source maps.
(cd dist && tar --exclude='./test' --exclude='./bench' --exclude='./image' --exclude='./krew' --exclude='*.map' -cf - .) | tar -xf - -C "$STAGE/dist"
(cd "$STAGE" && npm ci --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null)
cat >"$STAGE/kubectl-packetlife" <<'LAUNCHER'
#!/bin/sh
# krew links this file onto PATH; the plugin lives next to it.
here=$(dirname "$(readlink -f "$0")")
exec node "$here/dist/plugin/kubectl.js" "$@"
LAUNCHER
chmod 0755 "$STAGE/kubectl-packetlife" "$STAGE/dist/plugin/kubectl.js" "$STAGE/dist/cli.js"

ARCHIVE="$OUT/kubectl-packetlife-v$VERSION.tar.gz"
# Reproducible: fixed order, owner and times.
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime='2026-01-01 00:00Z' -C "$STAGE" -cf - . | gzip -n >"$ARCHIVE"
SHA=$(sha256sum "$ARCHIVE" | cut -d' ' -f1)
sed -e "s/__VERSION__/$VERSION/g" -e "s/__SHA256__/$SHA/" krew/packetlife.yaml >"$OUT/packetlife.yaml"
echo "$ARCHIVE $SHA"
