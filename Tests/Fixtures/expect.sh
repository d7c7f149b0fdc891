#!/usr/bin/env bash
# Prints the messages `casebook check` gives for a bad-input fixture, in expected.txt form.
#   Tests/Fixtures/expect.sh status-misspelled            # print
#   Tests/Fixtures/expect.sh status-misspelled > Tests/Fixtures/bad/status-misspelled/expected.txt
# Review the output before saving it: expected.txt is the contract the test holds us to.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
fixture="$root/Tests/Fixtures/bad/$1"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$root/content" "$root/templates" "$work/"
(cd "$fixture" && find . -type f ! -name expected.txt ! -name remove.txt) | while read -r f; do
  mkdir -p "$work/$(dirname "$f")"; cp "$fixture/$f" "$work/$f"
done
if [ -f "$fixture/remove.txt" ]; then while read -r f; do [ -n "$f" ] && rm -rf "${work:?}/$f"; done < "$fixture/remove.txt"; fi
bin="$root/.build/debug/casebook"
[ -x "$bin" ] || (cd "$root" && swift build --product casebook >/dev/null)
(cd "$work" && "$bin" check 2>&1 >/dev/null || true) | grep -E '^[^:]+:[0-9]+:[0-9]+: (error|warning): '
