#!/usr/bin/env bash
# Builds casebook in release mode and puts it on the PATH:
#   bash scripts/install.sh              # into /usr/local/bin (run as root, or with sudo)
#   PREFIX=$HOME/.local bash scripts/install.sh
# Needs Swift and libcmark (apt-get install -y libcmark-dev pkg-config on Debian).
set -euo pipefail
cd "$(dirname "$0")/.."
prefix="${PREFIX:-/usr/local}"
swift build -c release --product casebook
mkdir -p "$prefix/bin"
install -m 755 "$(swift build -c release --show-bin-path)/casebook" "$prefix/bin/casebook"
echo "installed $prefix/bin/casebook"
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "add $prefix/bin to PATH to run it as casebook" ;;
esac
