#!/usr/bin/env bash
# Installs what the bench needs besides npm packages: the real FTP servers
# and lftp/curl/openssl (scripts/install-test-servers.sh), rclone and GNU
# time from Debian's packages. Idempotent: apt-get runs only for what is missing.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$repo/scripts/install-test-servers.sh"
missing=()
command -v rclone >/dev/null || missing+=(rclone)
[[ -x /usr/bin/time ]] || missing+=(time)
if ((${#missing[@]} > 0)); then
  echo "bench setup: apt-get install ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null || {
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  }
fi
