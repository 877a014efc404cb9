#!/usr/bin/env bash
# Installs (when missing) and starts one engine lane, makes the local base images the tests use in that engine's
# store, and writes the lane's environment file. Idempotent and quick when the lane is already up.
#
#   bash scripts/docker-up.sh [LANE]        LANE: 20.10 (default) | 26-overlay2 | 26-containerd
#   set -a; . "$(bash scripts/docker-up.sh 26-containerd --print-env-file)"; set +a   # then npm test
#
# Lanes (what a user's machine has):
#   20.10          Debian 12's docker.io on the default socket: its own client (built-in BuildKit), the classic
#                  builder with DOCKER_BUILDKIT=0, `docker save` in the legacy layout.
#   26-overlay2    Docker Engine 26.1 + containerd 1.7 + buildx 0.13 from Debian 13's packages, overlay2 store.
#   26-containerd  the same engine with the containerd image store (Docker 29's default on new installs).
# The engine-26 lanes run as a second daemon beside whatever owns the default socket: their own socket,
# data-root, exec-root, containerd and bridge (never --bridge=none: that deletes docker0 from the host). They run
# with --iptables=false; the script adds its own FORWARD and MASQUERADE rules for their bridges (docker0 and the
# first daemon's chains are left alone), so RUN steps reach Debian's mirror as on the default engine.
#
# The lane's environment file (/opt/ib-engines/lanes/LANE.env) sets IB_ENGINE_LANE, DOCKER_HOST, DOCKER_CONFIG
# (buildx lives in that config's cli-plugins, never in ~/.docker) and PATH (the lane's docker client first).
# Tests and the code find the engine through exactly these variables, as on a user's machine.
# Base images: busybox:1.35 (+ busybox:latest) from the static busybox; debian:bookworm-slim from a debootstrap
# minbase rootfs (set IB_WITH_DEBIAN=0 to skip). Stop a lane with scripts/docker-down.sh LANE.
set -euo pipefail

LANE=20.10
PRINT_ENV_FILE=0
for arg in "$@"; do
  case "$arg" in
    --print-env-file) PRINT_ENV_FILE=1 ;;
    20.10 | 26-overlay2 | 26-containerd) LANE=$arg ;;
    *)
      echo "docker-up: unknown lane or option '$arg' (lanes: 20.10, 26-overlay2, 26-containerd)" >&2
      exit 2
      ;;
  esac
done

IB=${IB_ENGINES_DIR:-/opt/ib-engines}
ENV_FILE="$IB/lanes/$LANE.env"
log() { printf 'docker-up[%s]: %s\n' "$LANE" "$*" >&2; }
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

# ---------------------------------------------------------------- host packages (all lanes)
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

$SUDO mkdir -p "$IB/lanes" "$IB/cache"

wait_for() { # wait_for CLIENT HOST LOG: until the engine answers, or fail with the log's tail
  for _ in $(seq 1 120); do
    DOCKER_HOST=$2 "$1" info >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  log "the engine at $2 did not start; see $3"
  tail -20 "$3" >&2
  exit 1
}

# ---------------------------------------------------------------- the lane's engine and client
case "$LANE" in
  20.10)
    # The engine package's own client (on this project's machines /usr/local/bin/docker is a newer client
    # without buildx; a Debian 12 user with docker.io has /usr/bin/docker).
    CLIENT_REAL=$(dpkg-query -L docker.io 2>/dev/null | grep -m1 -E '/bin/docker$' || true)
    [ -n "$CLIENT_REAL" ] || CLIENT_REAL=/usr/bin/docker
    HOST=unix:///var/run/docker.sock
    CONFIG="$IB/docker-config-20.10" # no cli-plugins: the client's own BuildKit, as a docker.io 20.10 user has
    $SUDO mkdir -p "$CONFIG"
    if ! DOCKER_HOST=$HOST "$CLIENT_REAL" info >/dev/null 2>&1; then
      log "starting dockerd on the default socket"
      DOCKERD=$(command -v dockerd || echo /usr/sbin/dockerd)
      $SUDO sh -c "nohup '$DOCKERD' >/tmp/dockerd.log 2>&1 &"
      wait_for "$CLIENT_REAL" "$HOST" /tmp/dockerd.log
    fi
    ;;
  26-*)
    T="$IB/trixie"
    if [ ! -x "$T/root/usr/sbin/dockerd" ] || [ ! -x "$T/root/usr/bin/docker" ] \
      || [ ! -x "$T/root/usr/libexec/docker/cli-plugins/docker-buildx" ]; then
      log "downloading Docker 26, containerd 1.7 and buildx from Debian 13 (trixie) into $T"
      $SUDO mkdir -p "$T/lists/partial" "$T/cache/archives/partial" "$T/debs" "$T/root"
      echo 'deb http://deb.debian.org/debian trixie main' | $SUDO tee "$T/sources.list" >/dev/null
      # separate lists and cache: the machine's own apt state (bookworm) is left alone
      A=(-o "Dir::Etc::sourcelist=$T/sources.list" -o Dir::Etc::sourceparts=/nonexistent
        -o "Dir::State::Lists=$T/lists" -o "Dir::Cache=$T/cache")
      $SUDO apt-get "${A[@]}" update -qq
      (cd "$T/debs" && $SUDO apt-get "${A[@]}" download docker.io docker-cli containerd docker-buildx 2>&1 \
        | grep -v -e unsandboxed -e '^Get:' -e '^Fetched' >&2 || true)
      for d in "$T"/debs/*.deb; do $SUDO dpkg-deb -x "$d" "$T/root"; done
    fi
    # The daemon's PATH: trixie's engine and containerd, this machine's runc and docker-init (trixie's runc needs
    # glibc 2.38; its docker-init is a link into a package not downloaded).
    $SUDO mkdir -p "$IB/26/sbin" "$IB/26/client"
    for b in containerd containerd-shim-runc-v2 ctr; do $SUDO ln -sfn "$T/root/usr/bin/$b" "$IB/26/sbin/$b"; done
    for b in dockerd docker-proxy; do $SUDO ln -sfn "$T/root/usr/sbin/$b" "$IB/26/sbin/$b"; done
    $SUDO ln -sfn "$(command -v runc || echo /usr/sbin/runc)" "$IB/26/sbin/runc"
    $SUDO ln -sfn "$(readlink -f "$(command -v docker-init || echo /usr/bin/docker-init)")" "$IB/26/sbin/docker-init"
    $SUDO ln -sfn "$T/root/usr/bin/docker" "$IB/26/client/docker"
    CLIENT_REAL="$IB/26/client/docker"
    CONFIG="$IB/docker-config-26"
    $SUDO mkdir -p "$CONFIG/cli-plugins"
    $SUDO ln -sfn "$T/root/usr/libexec/docker/cli-plugins/docker-buildx" "$CONFIG/cli-plugins/docker-buildx"

    case "$LANE" in
      26-overlay2) BRIDGE=ib26ovl0 NET=10.226.1 SNAPSHOTTER=false ;;
      26-containerd) BRIDGE=ib26ctd0 NET=10.226.2 SNAPSHOTTER=true ;;
    esac
    NAME="ib-docker-$LANE"
    RUN="/var/run/$NAME"
    DATA="/var/lib/$NAME"
    SOCK="/var/run/$NAME.sock"
    HOST="unix://$SOCK"
    LOGDIR=/var/log/ib-engines
    $SUDO mkdir -p "$RUN" "$DATA" "$LOGDIR"
    if ! DOCKER_HOST=$HOST "$CLIENT_REAL" info >/dev/null 2>&1; then
      if ! ip link show "$BRIDGE" >/dev/null 2>&1; then
        $SUDO ip link add "$BRIDGE" type bridge
        $SUDO ip addr add "$NET.1/24" dev "$BRIDGE"
      fi
      $SUDO ip link set "$BRIDGE" up
      # its own containerd: socket, state and root of its own (no CRI; nothing else talks to it)
      cat <<EOF | $SUDO tee "$RUN/containerd.toml" >/dev/null
version = 2
root = "$DATA/containerd"
state = "$RUN/containerd-state"
disabled_plugins = ["io.containerd.grpc.v1.cri"]
[grpc]
  address = "$RUN/containerd.sock"
[ttrpc]
  address = "$RUN/containerd.sock.ttrpc"
[debug]
  address = "$RUN/containerd-debug.sock"
[metrics]
  address = ""
EOF
      echo "{\"features\": {\"containerd-snapshotter\": $SNAPSHOTTER}}" | $SUDO tee "$RUN/daemon.json" >/dev/null
      if ! [ -S "$RUN/containerd.sock" ] || ! "$IB/26/sbin/ctr" --address "$RUN/containerd.sock" version >/dev/null 2>&1; then
        log "starting containerd 1.7 on $RUN/containerd.sock"
        $SUDO sh -c "PATH='$IB/26/sbin':\$PATH nohup '$IB/26/sbin/containerd' --config '$RUN/containerd.toml' \
          >'$LOGDIR/$LANE-containerd.log' 2>&1 & echo \$! >'$RUN/containerd.pid'"
        for _ in $(seq 1 60); do
          "$IB/26/sbin/ctr" --address "$RUN/containerd.sock" version >/dev/null 2>&1 && break
          sleep 0.5
        done
      fi
      log "starting dockerd 26 on $SOCK (bridge $BRIDGE, containerd image store: $SNAPSHOTTER)"
      $SUDO sh -c "PATH='$IB/26/sbin':\$PATH nohup '$IB/26/sbin/dockerd' --config-file '$RUN/daemon.json' \
        --host '$HOST' --containerd '$RUN/containerd.sock' --data-root '$DATA/docker' --exec-root '$RUN/exec' \
        --pidfile '$RUN/dockerd.pid' --bridge '$BRIDGE' --iptables=false --ip-masq=false --ip6tables=false \
        >'$LOGDIR/$LANE-dockerd.log' 2>&1 &"
      wait_for "$CLIENT_REAL" "$HOST" "$LOGDIR/$LANE-dockerd.log"
    fi
    # A route out for its containers (apt-get in RUN steps) without touching docker0 or the first daemon's
    # chains: our own rules, added once, at the top of FORWARD and in nat POSTROUTING.
    if command -v iptables >/dev/null 2>&1; then
      ipt() { $SUDO iptables "$@" 2>/dev/null; }
      ipt -C FORWARD -i "$BRIDGE" ! -o "$BRIDGE" -j ACCEPT || ipt -I FORWARD 1 -i "$BRIDGE" ! -o "$BRIDGE" -j ACCEPT
      ipt -C FORWARD -o "$BRIDGE" -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT \
        || ipt -I FORWARD 1 -o "$BRIDGE" -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
      ipt -t nat -C POSTROUTING -s "$NET.0/24" ! -o "$BRIDGE" -j MASQUERADE \
        || ipt -t nat -A POSTROUTING -s "$NET.0/24" ! -o "$BRIDGE" -j MASQUERADE
      $SUDO sysctl -qw net.ipv4.ip_forward=1 || true
    fi
    ;;
esac

$SUDO mkdir -p "$IB/clients/$LANE"
$SUDO ln -sfn "$CLIENT_REAL" "$IB/clients/$LANE/docker"
cat <<EOF | $SUDO tee "$ENV_FILE" >/dev/null
# written by scripts/docker-up.sh $LANE: load with  set -a; . $ENV_FILE; set +a
IB_ENGINE_LANE=$LANE
DOCKER_HOST=$HOST
DOCKER_CONFIG=$CONFIG
PATH=$IB/clients/$LANE:\$PATH
EOF
export DOCKER_HOST=$HOST DOCKER_CONFIG=$CONFIG
DOCKER="$IB/clients/$LANE/docker"

# ---------------------------------------------------------------- base images in this engine's store
DEFAULT_HOST=unix:///var/run/docker.sock
copy_from_default() { # copy_from_default IMAGE: docker save from the default engine, when that is another one
  [ "$HOST" != "$DEFAULT_HOST" ] || return 1
  DOCKER_HOST=$DEFAULT_HOST "$DOCKER" image inspect "$1" >/dev/null 2>&1 || return 1
  DOCKER_HOST=$DEFAULT_HOST "$DOCKER" save "$1" | "$DOCKER" load -q >/dev/null
}

if ! "$DOCKER" image inspect busybox:1.35 >/dev/null 2>&1 && ! copy_from_default busybox:1.35; then
  log "making busybox:1.35"
  dir=$(mktemp -d)
  cp /bin/busybox "$dir/busybox"
  printf 'FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox","--install","-s","/bin"]\nCMD ["/bin/sh"]\n' >"$dir/Dockerfile"
  "$DOCKER" build -q -t busybox:1.35 "$dir" >/dev/null
  rm -rf "$dir"
fi
"$DOCKER" image inspect busybox:latest >/dev/null 2>&1 || "$DOCKER" tag busybox:1.35 busybox:latest

if [ "${IB_WITH_DEBIAN:-1}" != 0 ] && ! "$DOCKER" image inspect debian:bookworm-slim >/dev/null 2>&1 \
  && ! copy_from_default debian:bookworm-slim; then
  rootfs="$IB/cache/debian-bookworm-minbase.tar"
  if [ ! -s "$rootfs" ]; then
    log "making a Debian bookworm minbase rootfs with debootstrap (about 30 s)"
    root=$(mktemp -d)
    $SUDO debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian >/tmp/debootstrap.log 2>&1 \
      || { log "debootstrap failed; see /tmp/debootstrap.log"; exit 1; }
    $SUDO rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/archives/*.deb
    $SUDO tar -C "$root" -cf "$rootfs.tmp" . && $SUDO mv "$rootfs.tmp" "$rootfs"
    $SUDO rm -rf "$root"
  fi
  log "importing debian:bookworm-slim"
  "$DOCKER" import -c 'CMD ["bash"]' "$rootfs" debian:bookworm-slim >/dev/null
fi

if [ "$PRINT_ENV_FILE" = 1 ]; then echo "$ENV_FILE"; fi
log "ready: Docker $("$DOCKER" version --format '{{.Server.Version}}'), $("$DOCKER" info --format '{{.Driver}}') store; env: $ENV_FILE"
