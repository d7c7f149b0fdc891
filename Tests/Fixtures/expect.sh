#!/usr/bin/env bash
# Prints the messages `casebook check` gives for a bad-input fixture, in expected.txt form.
#   Tests/Fixtures/expect.sh status-misspelled            # print
#   Tests/Fixtures/expect.sh status-misspelled > Tests/Fixtures/bad/status-misspelled/expected.txt
# Review the output before saving it: expected.txt is the contract the test holds us to.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
fixture="$root/Tests/Fixtures/bad/$1"
[ -d "$fixture" ] || { echo "expect.sh: no fixture $fixture" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$root/content" "$root/templates" "$work/"
# The base is the sample in English only, as the tests' SiteFixture() makes it.
find "$work/content" -name '*.ru.md' -delete -o -name '*.kk.md' -delete
cp "$root/Tests/Fixtures/one-language/site.yml" "$work/content/site.yml"
# IFS= keeps leading and trailing spaces in file names.
(cd "$fixture" && find . -type f ! -path ./expected.txt ! -path ./remove.txt ! -path ./status.txt) | while IFS= read -r f; do
  mkdir -p "$work/$(dirname "$f")"; cp "$fixture/$f" "$work/$f"
done
if [ -f "$fixture/remove.txt" ]; then
  while IFS= read -r f; do [ -n "$f" ] && rm -rf "${work:?}/$f"; done < "$fixture/remove.txt"
fi
bin="$root/.build/debug/casebook"
# Always build: a binary older than Sources/ would write a stale expected.txt.
(cd "$root" && swift build --product casebook >/dev/null) || { echo "expect.sh: swift build failed" >&2; exit 1; }
status=0
output=$(cd "$work" && "$bin" check 2>&1 >/dev/null) || status=$?
if [ "$status" -gt 2 ]; then
  echo "expect.sh: casebook check crashed (exit status $status):" >&2
  printf '%s\n' "$output" >&2
  exit 1
fi
printf '%s\n' "$output" | grep -E '^[^:]+:[0-9]+:[0-9]+: (error|warning): ' || {
  echo "expect.sh: casebook check printed no positioned message for $1 (exit status $status)" >&2
  exit 1
}
[ "$status" -eq 1 ] || echo "expect.sh: exit status $status; save it in status.txt beside expected.txt" >&2
