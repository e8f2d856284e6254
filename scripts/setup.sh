#!/usr/bin/env bash
# Installs everything packetlife needs on a Debian/Ubuntu machine, as root, from a clone:
# the system packages it drives (bpftrace, iptables, iproute2, conntrack, curl, dig, ping;
# openssl makes the transport tests' self-signed TLS certificate; chromium runs the web viewer's test; tshark
# reads the pcapng export back;
# podman, buildah, runc, debootstrap build and run the container image), the pinned helm binary,
# the npm dependencies, the build, the commands on PATH (/usr/local/bin) and tracefs. Changes no
# network state.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'packetlife setup: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

[ "$(id -u)" -eq 0 ] || die "run as root (it installs packages, mounts tracefs, and the lab creates network namespaces)"
[ -r /sys/kernel/btf/vmlinux ] || die "this kernel has no BTF (/sys/kernel/btf/vmlinux is missing): packetlife reads packet headers through BTF; use a kernel built with CONFIG_DEBUG_INFO_BTF=y"
command -v node >/dev/null || die "Node.js is not installed: install Node.js 20.19+ or 22.12+"
node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit((a===20&&b>=19)||a>=22?0:1)' \
  || die "Node.js $(node --version) is too old: packetlife needs 20.19+ or 22.12+"

# command -> Debian package
declare -A pkg_of=(
  [bpftrace]=bpftrace [iptables]=iptables [ip]=iproute2 [conntrack]=conntrack [curl]=curl
  [dig]=dnsutils [ping]=iputils-ping [ps]=procps [openssl]=openssl
  [chromium]=chromium [unzip]=unzip
  # the pcapng export's test reads files back with tshark and capinfos (wireshark-common)
  [tshark]=tshark [capinfos]=tshark
  # the container image and its test: podman with Debian's runc, buildah, a debootstrapped base
  [podman]=podman [buildah]=buildah [runc]=runc [debootstrap]=debootstrap [newuidmap]=uidmap
)
missing=()
for cmd in "${!pkg_of[@]}"; do
  command -v "$cmd" >/dev/null 2>&1 || missing+=("${pkg_of[$cmd]}")
done
if [ "${#missing[@]}" -gt 0 ]; then
  say "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null || die "apt-get update failed: check the package sources"
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/tmp/packetlife-apt.log 2>&1 \
    || die "could not install ${missing[*]} (see /tmp/packetlife-apt.log)"
fi

if ! mountpoint -q /sys/kernel/tracing; then
  say "mounting tracefs on /sys/kernel/tracing"
  mount -t tracefs nodev /sys/kernel/tracing || die "could not mount tracefs on /sys/kernel/tracing"
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "npm ci"
  npm ci --no-audit --no-fund --loglevel=error >/dev/null || die "npm ci failed"
fi
say "fetching the pinned helm and kubectl (scripts/fetch-helm.sh)"
bash scripts/fetch-helm.sh >/dev/null || die "could not fetch helm: run scripts/fetch-helm.sh to see why"
say "building"
npm run build --silent >/dev/null || die "the build failed: run 'npm run build' to see why"
say "linking packetlife and kubectl-packetlife into /usr/local/bin"
bash scripts/link-bin.sh /usr/local >/dev/null || die "could not link the commands into /usr/local/bin"
say "ready"
