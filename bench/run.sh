#!/usr/bin/env bash
# casebook's own benchmark: clean release builds of synthetic archives.
#
#   bash bench/run.sh [CASES...]        default: 1000 10000
#
# Builds casebook in release mode, generates each archive once with bench/generate.py
# into /tmp/casebook-own-bench-<cases> (reused while the generator and its options are
# unchanged), checks it, then times RUNS clean builds of it and prints the medians.
# See docs/benchmark.md. Settings (environment; bench/lib.sh has the details):
#   RUNS=3      builds per size
#   PAUSE=20    seconds to wait after clearing the output, before each build
#   SETTLE=360  seconds a build must start after this script last deleted a big folder
#   CLEAN=move  how the previous output is cleared: move (aside, deleted at the end)
#               or rm (rm -rf just before the build; distorts ext4 figures, see lib.sh)
#   SEED=1      seed of the generated archives
set -euo pipefail

cd "$(dirname "$0")/.."
. bench/lib.sh
if [ $# -eq 0 ]; then set -- 1000 10000; fi
for n in "$@"; do
    case $n in
        '' | *[!0-9]* | 0) echo "run.sh: '$n' is not a number of cases (1 or more)" >&2; exit 2 ;;
    esac
done
check_settings
lock_bench
build_casebook

results=$(mktemp /tmp/casebook-own-bench-results.XXXXXX)
trap 'rm -f "$results"' EXIT

for n in "$@"; do
    dir=/tmp/casebook-own-bench-$n
    prepare_archive "$dir" "$n"
    for run in $(seq 1 "$RUNS"); do
        timed_build "$dir" "$n" "$run" "$results" "$content_mb"
    done
done

# The old outputs go only now, after every build (the last output stays for a look).
for n in "$@"; do delete "/tmp/casebook-own-bench-$n/old"; done

python3 - "$results" "$RUNS" "$PAUSE" "$CLEAN" "$(nproc)" "$commit" <<'EOF'
import re, statistics, sys
path, runs, pause, clean, nproc, commit = sys.argv[1:]
rows = {}
for line in open(path, encoding="utf-8"):
    n, content, site, pages, wall, user, sys_, rss, stages = line.rstrip("\n").split("\t")
    rows.setdefault(int(n), []).append(dict(
        content=float(content), site=float(site), pages=int(pages), wall=float(wall),
        user=float(user), sys=float(sys_), rss=int(rss) / 1024,
        stages={k: float(v) for k, v in re.findall(r"([a-z ]+?) ([0-9.]+)s(?:, |$)", stages)}))
med = statistics.median
print()
print("casebook %s, release build; nproc %s; median of %s clean builds per size "
      "(output cleared by %s, %s s pause)" % (commit, nproc, runs, clean, pause))
print()
print("%7s %9s %8s %9s %8s %8s %7s %9s %8s" % (
    "cases", "content", "pages", "site", "wall", "user", "sys", "peak RSS", "pages/s"))
for n in sorted(rows):
    r = rows[n]
    wall = med([x["wall"] for x in r])
    print("%7d %6.1f MB %8d %6.0f MB %6.2f s %6.2f s %5.2f s %6.0f MB %8.0f" % (
        n, r[0]["content"], r[0]["pages"], r[0]["site"], wall, med([x["user"] for x in r]),
        med([x["sys"] for x in r]), med([x["rss"] for x in r]), r[0]["pages"] / wall))
names = []
for n in sorted(rows):
    for x in rows[n]:
        for k in x["stages"]:
            if k not in names:
                names.append(k)
if names:
    print()
    print("stage times (s), median, as printed by build --verbose:")
    print("%7s " % "cases" + " ".join("%*s" % (max(6, len(k)), k) for k in names))
    for n in sorted(rows):
        cells = []
        for k in names:
            vals = [x["stages"][k] for x in rows[n] if k in x["stages"]]
            cells.append("%*.3f" % (max(6, len(k)), med(vals)) if vals else "%*s" % (max(6, len(k)), "-"))
        print("%7d " % n + " ".join(cells))
EOF
