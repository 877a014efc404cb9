#!/usr/bin/env bash
# Stops an engine lane started by scripts/docker-up.sh, by the pids it recorded (never by name).
#   bash scripts/docker-down.sh 26-overlay2|26-containerd [--purge]   # --purge also deletes its data-root
# The 20.10 lane's engine owns the default socket and may be shared: it is stopped only with IB_STOP_DEFAULT=1
# (CI, where this project started it).
set -euo pipefail
LANE=${1:?usage: docker-down.sh LANE [--purge]}
PURGE=${2:-}
IB=${IB_ENGINES_DIR:-/opt/ib-engines}
log() { printf 'docker-down[%s]: %s\n' "$LANE" "$*" >&2; }

stop_pid() { # stop_pid PIDFILE WHAT: TERM, then wait up to 20 s, then KILL
  local pid
  [ -s "$1" ] || return 0
  pid=$(cat "$1")
  if kill -0 "$pid" 2>/dev/null; then
    log "stopping $2 (pid $pid)"
    kill "$pid"
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  fi
  rm -f "$1"
}

case "$LANE" in
  20.10)
    if [ "${IB_STOP_DEFAULT:-0}" = 1 ] && [ -s /var/run/docker.pid ]; then stop_pid /var/run/docker.pid dockerd
    else log "left running (the default socket's engine; IB_STOP_DEFAULT=1 stops it)"; fi
    ;;
  26-overlay2 | 26-containerd)
    RUN="/var/run/ib-docker-$LANE"
    stop_pid "$RUN/dockerd.pid" dockerd
    stop_pid "$RUN/containerd.pid" containerd
    case "$LANE" in 26-overlay2) BRIDGE=ib26ovl0 NET=10.226.1 ;; *) BRIDGE=ib26ctd0 NET=10.226.2 ;; esac
    # the rules docker-up.sh added for this bridge, and only those
    iptables -D FORWARD -i "$BRIDGE" ! -o "$BRIDGE" -j ACCEPT 2>/dev/null || true
    iptables -D FORWARD -o "$BRIDGE" -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT 2>/dev/null || true
    iptables -t nat -D POSTROUTING -s "$NET.0/24" ! -o "$BRIDGE" -j MASQUERADE 2>/dev/null || true
    ip link show "$BRIDGE" >/dev/null 2>&1 && ip link delete "$BRIDGE"
    if [ "$PURGE" = --purge ]; then
      log "deleting /var/lib/ib-docker-$LANE"
      rm -rf "/var/lib/ib-docker-$LANE" "$RUN"
    fi
    ;;
  *) log "unknown lane (lanes: 20.10, 26-overlay2, 26-containerd)"; exit 2 ;;
esac
rm -f "$IB/lanes/$LANE.env"
