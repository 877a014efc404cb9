#!/usr/bin/env bash
# Installs (when missing) and starts a Docker Engine, then makes the local base images the tests use.
# Idempotent: safe to run any number of times. No registry is needed.
#   busybox:1.35          FROM scratch + the static busybox (2 MB)
#   debian:bookworm-slim  a debootstrap minbase rootfs imported with `docker import` (set IB_WITH_DEBIAN=0 to skip)
set -euo pipefail

log() { printf 'docker-up: %s\n' "$*" >&2; }
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

need_pkgs=()
[ -x /usr/sbin/dockerd ] || [ -x /usr/bin/dockerd ] || need_pkgs+=(docker.io)
[ -x /bin/busybox ] || need_pkgs+=(busybox-static)
command -v shellcheck >/dev/null 2>&1 || need_pkgs+=(shellcheck)
command -v skopeo >/dev/null 2>&1 || need_pkgs+=(skopeo)
[ -x /usr/bin/docker-registry ] || need_pkgs+=(docker-registry)
command -v debootstrap >/dev/null 2>&1 || need_pkgs+=(debootstrap)
command -v git >/dev/null 2>&1 || need_pkgs+=(git)
if [ "${#need_pkgs[@]}" -gt 0 ]; then
  log "installing ${need_pkgs[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_pkgs[@]}" >/dev/null
fi
# The Debian registry package starts a service on :5000 on install in some setups; tests start their own.

DOCKER=/usr/bin/docker
[ -x "$DOCKER" ] || DOCKER=docker
if ! "$DOCKER" info >/dev/null 2>&1; then
  log "starting dockerd"
  DOCKERD=$(command -v dockerd || echo /usr/sbin/dockerd)
  $SUDO sh -c "nohup '$DOCKERD' >/tmp/dockerd.log 2>&1 &"
  for _ in $(seq 1 120); do
    "$DOCKER" info >/dev/null 2>&1 && break
    sleep 0.5
  done
  "$DOCKER" info >/dev/null 2>&1 || { log "dockerd did not start; see /tmp/dockerd.log"; tail -20 /tmp/dockerd.log >&2; exit 1; }
fi

if ! "$DOCKER" image inspect busybox:1.35 >/dev/null 2>&1; then
  log "making busybox:1.35"
  dir=$(mktemp -d)
  cp /bin/busybox "$dir/busybox"
  printf 'FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox","--install","-s","/bin"]\nCMD ["/bin/sh"]\n' >"$dir/Dockerfile"
  "$DOCKER" build -q -t busybox:1.35 "$dir" >/dev/null
  rm -rf "$dir"
fi
"$DOCKER" image inspect busybox:latest >/dev/null 2>&1 || "$DOCKER" tag busybox:1.35 busybox:latest

if [ "${IB_WITH_DEBIAN:-1}" != 0 ] && ! "$DOCKER" image inspect debian:bookworm-slim >/dev/null 2>&1; then
  log "making debian:bookworm-slim with debootstrap (about 30 s)"
  root=$(mktemp -d)
  $SUDO debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian >/tmp/debootstrap.log 2>&1 \
    || { log "debootstrap failed; see /tmp/debootstrap.log"; exit 1; }
  $SUDO rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/archives/*.deb
  $SUDO tar -C "$root" -c . | "$DOCKER" import -c 'CMD ["bash"]' - debian:bookworm-slim >/dev/null
  $SUDO rm -rf "$root"
fi
log "ready ($("$DOCKER" version --format '{{.Server.Version}}'))"
