#!/usr/bin/env bash
# Tries the README's test command as a new user would: makes a minimal Debian 12 root with
# debootstrap (no compiler, no Node, nothing else), copies in a clean clone of this repository's
# current commit and runs `./emsdk-setup.sh test` there as root. Not part of every CI run: it takes
# a few minutes to make the root and download the packages, then a full test run.
#   sudo tests/tools/fresh-debian.sh [--keep] [--user] [SUITE] [-- SETUP-ARGS...]
#     SUITE       bookworm (Debian 12, the default) or another suite debootstrap can make, such
#                 as noble (Ubuntu 24.04: set MIRROR to an Ubuntu archive unless this machine is Ubuntu,
#                 and, on a machine without the ubuntu-keyring package, KEYRING to its archive keyring)
#     --user      run the setup as a user with sudo instead of as root (sudo is added to the root)
#     --keep      leave the root (and its mounts' mount points) in place afterwards
#     SETUP-ARGS  what to pass to ./emsdk-setup.sh (default: test); nothing after `--` = setup only
# The package mirror is read from this machine's own apt configuration, in either format (MIRROR=URI
# overrides it); npm's registry setting and its CA file are copied from this machine's npm. The root
# is made in WORKDIR (default /var/tmp/coplan-fresh-SUITE); the log is WORKDIR.log.
set -euo pipefail
say() { printf '\033[1m[fresh]\033[0m %s\n' "$*"; }
die() { printf '[fresh] %s\n' "$*" >&2; exit 1; }

# Mounts are undone (and processes still running in the root ended) on every way out.
cleanup() {
  local p
  for p in /proc/[0-9]*; do
    [ "$(readlink "$p/root" 2>/dev/null)" = "$root" ] && kill -9 "${p#/proc/}" 2>/dev/null
  done
  for p in "${mounts[@]}"; do umount "$p" 2>/dev/null || umount -l "$p" || true; done
  mounts=()
  if [ "$keep" = 0 ] && [ -d "$root" ]; then
    if grep -q " $root/" /proc/mounts; then say "still mounted under $root: left in place"
    else rm -rf --one-file-system "$root"; fi
  fi
}
mount_in() { mount "$@"; mounts=("${@: -1}" "${mounts[@]}"); }   # newest first

# All of it is read before any of it runs: an edit to this file during a run does not reach the run.
main() {
  keep=0 as_user=0 suite=bookworm setup_args=(test)
  while [ $# -gt 0 ]; do
    case "$1" in
      --keep) keep=1 ;;
      --user) as_user=1 ;;
      --) shift; setup_args=("$@"); break ;;
      -*) die "unknown option $1" ;;
      *) suite=$1 ;;
    esac
    shift
  done
  [ "$(id -u)" = 0 ] || die "debootstrap, chroot and mount need root: run this with sudo"
  command -v apt-get >/dev/null 2>&1 || die "this needs a Debian or Ubuntu machine (apt-get, debootstrap)"
  repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
  commit=$(git -C "$repo" rev-parse HEAD)
  root=${WORKDIR:-/var/tmp/coplan-fresh-$suite}
  log=$root.log

  # debootstrap (and Ubuntu's archive key, for an Ubuntu suite) from this machine's packages.
  target=debian
  case "$suite" in jammy|noble|oracular|plucky|questing) target=ubuntu ;; esac
  need=()
  command -v debootstrap >/dev/null 2>&1 || need+=(debootstrap)
  keyring=${KEYRING:-}
  if [ "$target" = ubuntu ] && [ -z "$keyring" ]; then
    keyring=/usr/share/keyrings/ubuntu-archive-keyring.gpg
    if [ ! -f "$keyring" ]; then
      case "$(apt-cache policy ubuntu-keyring 2>/dev/null | awk '/Candidate:/ { print $2 }')" in
        ""|"(none)") ;;
        *) need+=(ubuntu-keyring) ;;
      esac
    fi
  fi
  if [ ${#need[@]} -gt 0 ]; then
    say "installing on this machine: ${need[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  fi
  # debootstrap checks the archive's signature: an Ubuntu root needs Ubuntu's archive key, which is
  # packaged in Ubuntu (ubuntu-keyring) and not in every Debian release (Debian 12 has none).
  [ -z "$keyring" ] || [ -f "$keyring" ] ||
    die "no $keyring on this machine, and no package here has it: set KEYRING to Ubuntu's archive keyring"
  script=/usr/share/debootstrap/scripts/$suite
  if [ ! -e "$script" ]; then
    # Ubuntu releases newer than this debootstrap are made the way the older ones are.
    [ "$target" = ubuntu ] || die "debootstrap does not know the suite $suite"
    script=/usr/share/debootstrap/scripts/gutsy
  fi

  # The mirror: the archive this machine's apt uses for its own release (apt reads both formats).
  host_id=$(. /etc/os-release && echo "${ID:-}")
  host_release=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
  mirror=${MIRROR:-}
  if [ -z "$mirror" ]; then
    [ "$host_id" = "$target" ] ||
      die "this machine's package sources are not $target's: set MIRROR to a $target archive"
    mirror=$(apt-get indextargets --format '$(REPO_URI) $(RELEASE)' 2>/dev/null | sort -u |
             awk -v r="$host_release" '$2 == r && $1 ~ /^(https?|ftp):/ { print $1; exit }')
    [ -n "$mirror" ] || die "no $target archive for $host_release in this machine's package sources: set MIRROR"
  fi

  mounts=()
  trap cleanup EXIT
  trap 'exit 130' INT TERM
  if [ -e "$root" ]; then
    grep -q " $root/" /proc/mounts && die "something is still mounted under $root"
    say "removing the root left by an earlier run: $root"
    rm -rf --one-file-system "$root"
  fi
  started=$(date +%s)
  say "making a $suite minbase root in $root from $mirror"
  components=main
  [ "$target" = ubuntu ] && components=main,universe   # where a stock Ubuntu finds Emscripten, GLFW, ...
  debootstrap --variant=minbase --components="$components" ${keyring:+--keyring="$keyring"} \
    "$suite" "$root" "$mirror" "$script" \
    >"$log" 2>&1 || { tail -20 "$log"; die "debootstrap failed (log: $log)"; }
  made=$(date +%s)
  say "root made in $((made - started)) s"

  # What Chromium, Xvfb and the tests need of /proc, /sys and /dev.
  mount_in -t proc proc "$root/proc"
  mount_in -t sysfs sysfs "$root/sys"
  mount_in --bind /dev "$root/dev"
  mount_in --bind /dev/pts "$root/dev/pts"
  mount_in -t tmpfs -o mode=1777,nosuid,nodev shm "$root/dev/shm"

  # What an installed system has and a minbase root lacks: names for the loopback addresses and
  # for this machine (the name the root shares with it).
  [ -f "$root/etc/hosts" ] || printf '127.0.0.1\tlocalhost\n127.0.1.1\t%s\n::1\t\tlocalhost ip6-localhost ip6-loopback\n' \
    "$(hostname)" >"$root/etc/hosts"
  cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true

  home=/root run_as=()
  if [ "$as_user" = 1 ]; then
    say "adding a user with sudo"
    chroot "$root" /bin/sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sudo >/dev/null &&
      useradd -m -s /bin/bash coplan && echo "coplan ALL=(ALL) NOPASSWD: ALL" >/etc/sudoers.d/coplan' >>"$log" 2>&1 ||
      die "could not add the user (log: $log)"
    home=/home/coplan run_as=(setpriv --reuid=coplan --regid=coplan --init-groups)
  fi

  # npm's registry (and the CA file it trusts) as this machine's npm is set up, if it has npm.
  if command -v npm >/dev/null 2>&1; then
    registry=$(npm config get registry) cafile=$(npm config get cafile)
    { echo "registry=$registry"
      if [ -n "$cafile" ] && [ "$cafile" != null ] && [ -f "$cafile" ]; then
        cp "$cafile" "$root/etc/npm-registry-ca.pem" && echo "cafile=/etc/npm-registry-ca.pem"
      fi; } >"$root$home/.npmrc"
  fi

  # A clean clone of the commit checked out here (uncommitted changes are not in it).
  [ -z "$(git -C "$repo" status --porcelain --untracked-files=no)" ] ||
    say "uncommitted changes in $repo are not copied: the root gets commit $commit"
  git clone -q --no-hardlinks "$(git -C "$repo" rev-parse --path-format=absolute --git-common-dir)" "$root$home/coplan"
  git -C "$root$home/coplan" checkout -q --detach "$commit"
  [ "$as_user" = 1 ] && chroot "$root" chown -R coplan:coplan "$home"

  say "running ./emsdk-setup.sh ${setup_args[*]} in $root$home/coplan (log: $log)"
  set +e
  chroot "$root" "${run_as[@]}" /usr/bin/env -i HOME="$home" USER="${home##*/}" LOGNAME="${home##*/}" \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 TERM="${TERM:-dumb}" \
    /bin/bash -c 'cd "$HOME/coplan" && ./emsdk-setup.sh "$@"' bash "${setup_args[@]}" 2>&1 | tee -a "$log"
  status=${PIPESTATUS[0]}
  set -e
  finished=$(date +%s)
  echo
  say "$suite minbase, commit ${commit:0:7}, as ${home##*/}: root made in $((made - started)) s," \
      "setup and tests $((finished - made)) s, all $((finished - started)) s; exit status $status"
  grep -aE '^Total: [0-9]+ passed' "$log" | tail -1 || true
  exit "$status"
}

main "$@"
