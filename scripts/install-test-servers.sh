#!/usr/bin/env bash
# Installs vsftpd, pure-ftpd and ProFTPD side by side for the real-server
# tests (packages/test-servers/src/real), plus the reference clients.
#
# Debian's FTP server packages conflict with each other (each provides
# ftp-server) and installing one would try to start a service on port 21, so
# the servers are never installed: their .deb files are downloaded into
# .vendor/ftp-servers/debs (git-ignored) and unpacked into
# .vendor/ftp-servers/root, where the tests run the binaries from. Only the
# shared libraries those binaries need are installed system-wide.
#
# Idempotent and quick when everything is already in place: apt-get runs
# only for what is missing, `apt-get update` only when apt cannot find a
# package without it. Runs as root on Debian bookworm.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
vendor="$repo/.vendor/ftp-servers"
debs="$vendor/debs"
root="$vendor/root"
unpacked_stamp="$root/.unpacked-from"

# proftpd-mod-crypto carries mod_tls and mod_digest; ftpasswd comes with
# proftpd-core, pure-pw with pure-ftpd.
server_packages=(vsftpd pure-ftpd proftpd-core proftpd-mod-crypto)
# Clients the interop tests compare against; openssl also hashes the test
# user's password (`openssl passwd -6`).
client_packages=(openssl lftp curl)
# Files the tests execute or load; each is checked with ldd below.
binaries=(
  usr/sbin/vsftpd
  usr/sbin/pure-ftpd
  usr/bin/pure-pw
  usr/sbin/proftpd
  usr/lib/proftpd/mod_tls.so
  usr/lib/proftpd/mod_digest.so
)

log() { printf 'install-test-servers: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

if [[ "$(id -u)" != 0 ]]; then
  die "must run as root (the servers need root to switch to the test user); try: sudo bash $0"
fi
command -v apt-get >/dev/null || die "apt-get not found: this script needs Debian (bookworm)"

export DEBIAN_FRONTEND=noninteractive
apt_updated=no
apt_update_once() {
  if [[ "$apt_updated" == no ]]; then
    log "apt-get update"
    apt-get update -qq
    apt_updated=yes
  fi
}

# Runs an apt command; when it fails (no package lists on a fresh image, or
# lists so old that the pool file is gone), updates the lists once and retries.
apt_retrying() {
  if ! "$@"; then
    [[ "$apt_updated" == no ]] || return 1
    apt_update_once
    "$@"
  fi
}

# A fresh image has no package lists at all: fetch them before the first
# apt command rather than let it fail with "Unable to locate package".
if ! compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null; then
  apt_update_once
fi

# Prints the packages from "$@" that dpkg does not report as installed.
not_installed() {
  local package status
  for package in "$@"; do
    status="$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)"
    [[ "$status" == installed ]] || printf '%s\n' "$package"
  done
}

cached_deb() { compgen -G "$debs/${1}_*.deb" | head -n 1; }

# 1. Download the server packages (all of them again when one is missing, so
#    proftpd-core and proftpd-mod-crypto always come from the same version).
mkdir -p "$debs"
missing_debs=no
for package in "${server_packages[@]}"; do
  [[ -n "$(cached_deb "$package" || true)" ]] || missing_debs=yes
done
if [[ "$missing_debs" == yes ]]; then
  log "downloading ${server_packages[*]}"
  rm -f "$debs"/*.deb
  # apt's download sandbox user (_apt) cannot write into a root-owned
  # checkout; downloading as root avoids a warning per package.
  cd "$debs"
  apt_retrying apt-get download -qq -o APT::Sandbox::User=root "${server_packages[@]}"
  cd "$repo"
fi

# 2. Unpack them side by side, again only when the set of .deb files changed.
deb_list="$(cd "$debs" && ls -1 ./*.deb | sort)"
if [[ ! -f "$unpacked_stamp" || "$(cat "$unpacked_stamp")" != "$deb_list" ]]; then
  log "unpacking into $root"
  rm -rf "$root"
  mkdir -p "$root"
  for deb in "$debs"/*.deb; do dpkg -x "$deb" "$root"; done
  printf '%s\n' "$deb_list" > "$unpacked_stamp"
fi

# 3. Install the shared libraries the unpacked packages declare (library
#    packages from their Depends: first alternative, version stripped) and
#    the reference clients. libpam-runtime and libpam-modules come in this
#    way too: vsftpd logs the test user in through PAM.
library_packages=()
for deb in "$debs"/*.deb; do
  while IFS= read -r dependency; do
    name="${dependency%%|*}"
    name="${name%%(*}"
    name="${name//[[:space:]]/}"
    [[ "$name" =~ ^(lib|zlib) ]] && library_packages+=("$name")
  done < <(dpkg-deb -f "$deb" Depends | tr ',' '\n')
done
mapfile -t wanted < <(printf '%s\n' "${library_packages[@]}" "${client_packages[@]}" | sort -u)
mapfile -t missing < <(not_installed "${wanted[@]}")
if ((${#missing[@]} > 0)); then
  log "apt-get install ${missing[*]}"
  apt_retrying apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# 4. Every binary and module must find all its libraries.
unresolved=""
for file in "${binaries[@]}"; do
  [[ -e "$root/$file" ]] || die "$root/$file is missing after unpacking"
  if ! libraries="$(ldd "$root/$file")"; then
    die "ldd $root/$file failed"
  fi
  not_found="$(grep 'not found' <<<"$libraries" || true)"
  [[ -z "$not_found" ]] || unresolved+="$file:"$'\n'"$not_found"$'\n'
done
[[ -z "$unresolved" ]] || die "unresolved shared libraries (install their packages):"$'\n'"$unresolved"

# 5. Nothing may listen on port 21: the servers are only ever started by the
#    tests, on high loopback ports. /proc/net/tcp{,6} lists listening sockets
#    (state 0A) with the port in hex; 0015 is 21. Read directly so that this
#    check does not depend on iproute2's ss being installed.
if awk 'NR > 1 && $4 == "0A" && $2 ~ /:0015$/ { found = 1 } END { exit !found }' /proc/net/tcp /proc/net/tcp6 2>/dev/null; then
  die "something is listening on port 21; the FTP server packages must not be installed as services"
fi

log "ready: $(cd "$root" && ls usr/sbin/vsftpd usr/sbin/pure-ftpd usr/sbin/proftpd | tr '\n' ' ')"
