#!/usr/bin/env bash
# casebook's own benchmark: clean release builds of synthetic archives.
#
#   bash bench/run.sh [CASES...]        default: 1000 10000
#
# Builds casebook in release mode, generates each archive once with bench/generate.py
# into /tmp/casebook-own-bench-<cases> (reused while the generator and its options are
# unchanged), checks it, then times RUNS clean builds of it and prints the medians.
# See docs/benchmark.md. Settings (environment):
#   RUNS=3      builds per size
#   PAUSE=20    seconds to wait after clearing the output, before each build
#   SETTLE=360  seconds a build must start after this script last deleted a big folder
#   CLEAN=move  how the previous output is cleared: move (aside, deleted at the end)
#               or rm (rm -rf just before the build; distorts ext4 figures, see below)
#   SEED=1      seed of the generated archives
set -euo pipefail

cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
PAUSE=${PAUSE:-20}
SETTLE=${SETTLE:-360}
CLEAN=${CLEAN:-move}
SEED=${SEED:-1}
if [ $# -eq 0 ]; then set -- 1000 10000; fi
for n in "$@"; do
    case $n in
        '' | *[!0-9]* | 0) echo "run.sh: '$n' is not a number of cases (1 or more)" >&2; exit 2 ;;
    esac
done
case $CLEAN in move | rm) ;; *) echo "run.sh: CLEAN must be move or rm" >&2; exit 2 ;; esac
if [ ! -x /usr/bin/time ] || ! /usr/bin/time -f %e true >/dev/null 2>&1; then
    echo "run.sh: needs GNU time at /usr/bin/time (Debian: apt-get install time)" >&2
    exit 2
fi

# Why the output is moved aside rather than deleted just before each build
# ------------------------------------------------------------------------
# A clean build must start with no output folder. The obvious way, `rm -rf` the output
# and wait a few seconds, distorts the figures on ext4 without a journal (the root file
# system of this machine): ext4 then refuses to reuse an inode deleted in the last
# 60 seconds, or the last 6 minutes once its inode-table block has been written to
# again (fs/ext4/ialloc.c, recently_deleted(): RECENTCY_MIN 60 + RECENTCY_DIRTY 300).
# Each new file makes the allocator step over every such inode of its block group,
# looking each one up in the buffer cache, and the groups the deleted site freed are
# exactly the ones it picks for the next build's folders. A build of 10,000 cases then
# spends 8-20 s of system time in find_inode_bit/recently_deleted instead of about 2 s,
# growing from run to run (perf record -g shows it); waiting 20 s, or 65 s, after the
# rm -rf does not help. So each previous output is renamed into OLD/ (a rename frees
# no inode), the cache is flushed with sync, and the build waits PAUSE seconds for the
# machine to settle; the old outputs are deleted once, after the last build. Before a
# build, the script also waits until SETTLE seconds have passed since it last deleted a
# big folder (its own old outputs at the end of an earlier run, an archive it
# regenerated), recorded in $deleted_at. CLEAN=rm measures the plain rm -rf way.
deleted_at=/tmp/casebook-own-bench-deleted-at

delete() {   # delete a folder, remembering when
    if [ -e "$1" ]; then
        rm -rf "$1"
        date +%s >"$deleted_at"
    fi
}

settle() {   # wait until SETTLE seconds have passed since the last delete
    local last left
    last=$(cat "$deleted_at" 2>/dev/null || echo 0)
    left=$((last + SETTLE - $(date +%s)))
    if [ "$CLEAN" = move ] && [ "$left" -gt 0 ]; then
        echo "  waiting ${left} s: a big folder was deleted less than $SETTLE s ago (see run.sh)" >&2
        sleep "$left"
    fi
}

# The bytes of the files under a folder, in MB (10^6 bytes; folders themselves not counted).
megabytes() { find "$1" -type f -printf '%s\n' | awk '{ s += $1 } END { printf "%.1f", s / 1e6 }'; }

echo "Building casebook (swift build -c release --product casebook)..." >&2
if ! swift build -c release --product casebook >/tmp/casebook-own-bench-swift-build.log 2>&1; then
    tail -n 30 /tmp/casebook-own-bench-swift-build.log >&2
    exit 1
fi
bin="$(swift build -c release --show-bin-path)/casebook"
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
if ! git diff --quiet HEAD -- Sources Package.swift 2>/dev/null; then commit="$commit+changes"; fi

results=$(mktemp /tmp/casebook-own-bench-results.XXXXXX)
trap 'rm -f "$results"' EXIT

for n in "$@"; do
    dir=/tmp/casebook-own-bench-$n
    want=$(python3 bench/generate.py --stamp --cases "$n" --seed "$SEED")
    if [ -f "$dir/.casebook-bench" ] && [ "$(cat "$dir/.casebook-bench")" = "$want" ]; then
        # Same generator, same options: reuse the content, but take the current theme.
        rm -rf "$dir/templates" && cp -R templates "$dir/templates"
        echo "$n cases: reusing $dir" >&2
    else
        delete "$dir"
        echo "$n cases: generating $dir" >&2
        python3 bench/generate.py "$dir" --cases "$n" --seed "$SEED" >&2
    fi
    delete "$dir/old"   # left by an interrupted run
    if ! "$bin" check --content "$dir/content" --templates "$dir/templates" >"$dir/check.txt" 2>&1; then
        grep -m 20 ': error: ' "$dir/check.txt" >&2 || true
        echo "run.sh: casebook check found errors in $dir (above; all in $dir/check.txt)" >&2
        exit 1
    fi
    content_mb=$(megabytes "$dir/content")
    echo "  check: $(tail -n 1 "$dir/check.txt")" >&2

    for run in $(seq 1 "$RUNS"); do
        # Clear the output (see above), flush, pause, then build.
        if [ -e "$dir/public" ]; then
            if [ "$CLEAN" = rm ]; then
                rm -rf "$dir/public"
            else
                mkdir -p "$dir/old"
                mv "$dir/public" "$dir/old/public-$(date +%s%N)"
            fi
        fi
        sync
        sleep "$PAUSE"
        settle
        if ! /usr/bin/time -f '%e %U %S %M' -o "$dir/time.txt" \
            "$bin" build --verbose --content "$dir/content" --templates "$dir/templates" --output "$dir/public" \
            >"$dir/stdout.txt" 2>"$dir/stderr.txt"; then
            tail -n 20 "$dir/stderr.txt" >&2
            echo "run.sh: the build of $dir failed" >&2
            exit 1
        fi
        read -r wall user sys rss_kb < <(tail -n 1 "$dir/time.txt")
        pages=$(sed -n 's/^Built \([0-9]*\) pages.*/\1/p' "$dir/stdout.txt")
        stages=$(grep -m 1 '^load ' "$dir/stdout.txt" || true)
        site_mb=$(megabytes "$dir/public")
        printf '  run %d: %6.2f s wall, %6.2f s user, %5.2f s sys, %5d MB peak, %s pages\n' \
            "$run" "$wall" "$user" "$sys" $(((rss_kb + 512) / 1024)) "$pages" >&2
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' \
            "$n" "$content_mb" "$site_mb" "$pages" "$wall" "$user" "$sys" "$rss_kb" "$stages" >>"$results"
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
