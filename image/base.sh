#!/usr/bin/env bash
# Builds a local stand-in for the official node:20-bookworm-slim image without a container
# registry: a debootstrapped Debian bookworm (minbase) plus this machine's Node.js and npm,
# imported with `podman import`. The Containerfile then builds FROM it (--build-arg BASE=...).
#
# The result is cached by a key over this script, the Node binary and the Debian suite:
#   - the image stays in podman's storage as localhost/packetlife-base:KEY;
#   - its root filesystem tarball is kept in ${PACKETLIFE_IMAGE_CACHE:-/var/cache/packetlife}
#     so a test that removed its images re-imports in seconds instead of re-running debootstrap.
# A fresh machine builds it from scratch (debootstrap from Debian's mirror, a few minutes).
# Prints the image reference on stdout; progress on stderr. Changes no network state.
set -euo pipefail

say() { printf 'image base: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

[ "$(id -u)" -eq 0 ] || die "run as root (debootstrap and podman import need it)"
command -v debootstrap >/dev/null || die "debootstrap is not installed (apt-get install debootstrap)"
command -v podman >/dev/null || die "podman is not installed (apt-get install podman)"

SUITE=bookworm
MIRROR=${PACKETLIFE_DEBIAN_MIRROR:-http://deb.debian.org/debian}
NODE_BIN=$(readlink -f "$(command -v node)")
NPM_DIR=$(dirname "$(dirname "$(readlink -f "$(command -v npm)")")") # .../node_modules/npm
[ -x "$NODE_BIN" ] || die "no node binary on PATH"
[ -f "$NPM_DIR/package.json" ] || die "cannot find npm's directory from $(command -v npm)"

KEY=$( { cat "$0"; echo "$SUITE $MIRROR"; sha256sum "$NODE_BIN"; cat "$NPM_DIR/package.json"; } | sha256sum | cut -c1-16)
REF=localhost/packetlife-base:$KEY
CACHE=${PACKETLIFE_IMAGE_CACHE:-/var/cache/packetlife}
TARBALL=$CACHE/base-$KEY.tar

if podman image exists "$REF"; then
  say "cached image $REF"
  echo "$REF"; exit 0
fi
if [ -s "$TARBALL" ]; then
  say "importing cached root filesystem $TARBALL"
  podman import --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'CMD ["node"]' "$TARBALL" "$REF" >/dev/null
  echo "$REF"; exit 0
fi

mkdir -p "$CACHE"
ROOT=$(mktemp -d /var/tmp/packetlife-base.XXXXXX)
trap 'rm -rf "$ROOT"' EXIT
say "debootstrap $SUITE (minbase) from $MIRROR into $ROOT"
debootstrap --variant=minbase "$SUITE" "$ROOT" "$MIRROR" >"$CACHE/debootstrap-$KEY.log" 2>&1 \
  || die "debootstrap failed (see $CACHE/debootstrap-$KEY.log)"

say "adding Node $("$NODE_BIN" --version) and npm $(node -p "require('$NPM_DIR/package.json').version")"
install -m 0755 "$NODE_BIN" "$ROOT/usr/local/bin/node"
mkdir -p "$ROOT/usr/local/lib/node_modules"
cp -a "$NPM_DIR" "$ROOT/usr/local/lib/node_modules/npm"
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$ROOT/usr/local/bin/npm"
ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$ROOT/usr/local/bin/npx"

# As the official slim images do: no package lists or downloaded .debs left in the image, and
# apt sources for the packages a Containerfile installs on top.
printf 'deb %s %s main\ndeb %s %s-updates main\n' "$MIRROR" "$SUITE" "$MIRROR" "$SUITE" >"$ROOT/etc/apt/sources.list"
rm -rf "$ROOT"/var/lib/apt/lists/* "$ROOT"/var/cache/apt/archives/*.deb "$ROOT"/var/log/*.log

say "packing and importing as $REF"
tar --numeric-owner -C "$ROOT" -cf "$TARBALL.part" .
mv "$TARBALL.part" "$TARBALL"
podman import --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change 'CMD ["node"]' "$TARBALL" "$REF" >/dev/null
echo "$REF"
