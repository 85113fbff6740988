#!/usr/bin/env bash
# Debian's packages that the tests and the demo drive: `chromium`, `firefox-esr` (test tools may not
# download browsers) and `postgresql` (the team server's production engine). Takes the packages
# needed (all three when none is named); as root, installs what is missing after one
# `apt-get update`; otherwise names the command to run.
set -euo pipefail
wanted=("$@")
[ ${#wanted[@]} -eq 0 ] && wanted=(chromium firefox-esr postgresql)
present() {
  case "$1" in
    chromium) [ -x /usr/bin/chromium ] || [ -x "${CHROMIUM_PATH:-/nonexistent}" ] ;;
    firefox-esr) [ -x /usr/bin/firefox-esr ] || [ -x "${FIREFOX_PATH:-/nonexistent}" ] ;;
    postgresql) ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 ;;
    *) dpkg -s "$1" >/dev/null 2>&1 ;;
  esac
}
missing=()
for package in "${wanted[@]}"; do present "$package" || missing+=("$package"); done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ]; then
  echo "Installing from Debian's packages: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "Missing Debian packages: run 'sudo apt-get install -y ${missing[*]}'." >&2
  exit 1
fi
