#!/usr/bin/env bash
# Measures which capabilities the agent needs in a container on this kernel: for the full set the
# chart grants and for that set minus each one, run in the image (podman's default seccomp
# profile, read-only root, the chart's read-only mounts, host network and PID):
#   attach   `packetlife agent --check` (bpftrace attaches the agent's tracepoint program)
#   netns    `ip netns exec NS ip -j addr` (the node snapshot enters each named netns)
#   iptables `ip netns exec NS iptables-save -t nat` (the snapshot reads NAT rules)
#   procns   stat of /proc/PID/ns/net of a root process in another netns (unnamed netns are
#            found through /proc/PID/ns/net)
# A scratch netns plab-capsprobe-PID (with one sleeping process in it) is made for the netns
# checks and removed at the end. Rows: the four the agent needs (the chart's set), each of them
# dropped, CAP_BPF+CAP_PERFMON in place of CAP_SYS_ADMIN, and none. The number of bpftrace processes
# running elsewhere on the machine is printed: perf buffers beyond the per-user mlock budget
# (kernel.perf_event_mlock_kb) need CAP_IPC_LOCK, so that row depends on the machine's load.
# Usage: image/measure-caps.sh IMAGE   (prints a table; root; run under the lab lock)
set -euo pipefail
IMAGE=${1:?usage: $0 IMAGE}
NS=plab-capsprobe-$$
ip netns add "$NS"
ip netns exec "$NS" sleep 600 &
SLEEPER=$!
trap 'kill $SLEEPER 2>/dev/null || true; ip netns del "$NS" 2>/dev/null || true' EXIT
ULIMITS=${PACKETLIFE_PODMAN_ULIMITS:---ulimit nofile=16384:16384 --ulimit nproc=16384:16384}
NEEDED=(SYS_ADMIN NET_ADMIN SYS_PTRACE IPC_LOCK)

run() { # caps, command...
  local caps=$1; shift
  # shellcheck disable=SC2086
  podman ${PACKETLIFE_PODMAN_GLOBAL:-} run --rm --network host --pid host $ULIMITS \
    --read-only --tmpfs /tmp -v /sys/kernel/btf:/sys/kernel/btf:ro -v /sys/kernel/tracing:/sys/kernel/tracing:ro \
    -v /var/run/netns:/var/run/netns:ro,rslave \
    --cap-drop all ${caps:+--cap-add "$caps"} --entrypoint sh "$IMAGE" -c "$*" >/tmp/capsprobe.$$ 2>&1 && echo ok || echo "FAIL: $(grep -v '^$' /tmp/capsprobe.$$ | tail -1 | cut -c1-90)"
}

echo "kernel $(uname -r); bpftrace processes running elsewhere: $(pgrep -c bpftrace || true); perf_event_mlock_kb $(cat /proc/sys/kernel/perf_event_mlock_kb)"
printf '%-44s | %-8s | %-8s | %-8s | %s\n' "capabilities" attach netns iptables procns
row() { # label caps
  local a n i p
  a=$(run "$2" 'packetlife agent --check | grep -q "^verdict: usable" || { packetlife agent --check | grep "test attach"; exit 1; }')
  n=$(run "$2" "ip netns exec $NS ip -j addr >/dev/null")
  i=$(run "$2" "ip netns exec $NS iptables-save -t nat >/dev/null")
  p=$(run "$2" "stat -L -c %i /proc/$SLEEPER/ns/net >/dev/null")
  printf '%-44s | %-8s | %-8s | %-8s | %s\n' "$1" "$a" "$n" "$i" "$p"
}
join() { paste -sd, -; }
row "needed: $(printf '%s\n' "${NEEDED[@]}" | join)" "$(printf '%s\n' "${NEEDED[@]}" | join)"
for drop in "${NEEDED[@]}"; do
  row "without $drop" "$(printf '%s\n' "${NEEDED[@]}" | grep -vx "$drop" | join)"
done
row "BPF,PERFMON instead of SYS_ADMIN" "BPF,PERFMON,NET_ADMIN,SYS_PTRACE,IPC_LOCK"
row "none" ""
rm -f /tmp/capsprobe.$$
