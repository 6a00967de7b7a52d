#!/bin/sh
# Usage: packaging/ensure-debian-packages.sh PACKAGE...
# Make sure the Debian packages the build or its checks need are installed: does nothing when
# they all are; installs the missing ones with apt-get when running as root (CI, containers);
# otherwise prints the command to run and fails. On a system without dpkg it only warns, and
# the tools that need the packages report what is missing themselves.
set -eu

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "ensure-debian-packages: not a Debian system; make sure these are installed: $*" >&2
    exit 0
fi

missing=""
for package in "$@"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [ "$status" = "install ok installed" ] || missing="$missing $package"
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "ensure-debian-packages: installing$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086  # one word per package
    apt-get install -y -qq --no-install-recommends $missing >/dev/null
else
    echo "ensure-debian-packages: missing Debian packages:$missing" >&2
    echo "  install them with: sudo apt-get install$missing" >&2
    exit 1
fi
