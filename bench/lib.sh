# What bench/run.sh and bench/languages.sh share: settings, clearing outputs, preparing an
# archive and timing one clean build. Sourced from the root of the repository, after
# `set -euo pipefail`; see docs/benchmark.md.
#
# Settings (environment):
#   RUNS=3      builds per archive
#   PAUSE=20    seconds to wait after clearing the output, before each build
#   SETTLE=360  seconds a build must start after a script last deleted a big folder
#   CLEAN=move  how the previous output is cleared: move (aside, deleted at the end)
#               or rm (rm -rf just before the build; distorts ext4 figures, see below)
#   SEED=1      seed of the generated archives

RUNS=${RUNS:-3}
PAUSE=${PAUSE:-20}
SETTLE=${SETTLE:-360}
CLEAN=${CLEAN:-move}
SEED=${SEED:-1}

# The name of the calling script, for messages.
me=$(basename "$0")

check_settings() {
    case $CLEAN in move | rm) ;; *) echo "$me: CLEAN must be move or rm" >&2; exit 2 ;; esac
    for v in RUNS PAUSE SETTLE SEED; do
        case ${!v} in '' | *[!0-9]*) echo "$me: $v must be a whole number, not '${!v}'" >&2; exit 2 ;; esac
    done
    if [ "$RUNS" -lt 1 ]; then echo "$me: RUNS must be 1 or more" >&2; exit 2; fi
    if [ ! -x /usr/bin/time ] || ! /usr/bin/time -f %e true >/dev/null 2>&1; then
        echo "$me: needs GNU time at /usr/bin/time (Debian: apt-get install time)" >&2
        exit 2
    fi
}

# One benchmark at a time on the machine: run.sh and languages.sh share their archives,
# outputs and $deleted_at in /tmp, so a second run would copy its theme into the first
# one's archive, move its output and delete its old outputs while it measures.
lock_bench() {
    exec 9>/tmp/casebook-own-bench.lock
    if ! flock -n 9; then
        echo "$me: another run.sh or languages.sh holds /tmp/casebook-own-bench.lock; waiting for it to end" >&2
        flock 9
    fi
}

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
        echo "  waiting ${left} s: a big folder was deleted less than $SETTLE s ago (see lib.sh)" >&2
        sleep "$left"
    fi
}

# The bytes of the files under a folder, in MB (10^6 bytes; folders themselves not counted).
megabytes() { find "$1" -type f -printf '%s\n' | awk '{ s += $1 } END { printf "%.1f", s / 1e6 }'; }

# Build casebook in release mode; sets $bin and $commit.
build_casebook() {
    echo "Building casebook (swift build -c release --product casebook)..." >&2
    if ! swift build -c release --product casebook >/tmp/casebook-own-bench-swift-build.log 2>&1; then
        tail -n 30 /tmp/casebook-own-bench-swift-build.log >&2
        exit 1
    fi
    bin="$(swift build -c release --show-bin-path)/casebook"
    commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
    if [ "$commit" != unknown ] && ! git diff --quiet HEAD -- Sources Package.swift 2>/dev/null; then
        commit="$commit+changes"
    fi
}

# prepare_archive DIR CASES [LANGUAGES]: generate the archive into DIR, or reuse the one
# there when its stamp says the same generator made it with the same options (taking the
# current theme), then stop unless `casebook check` finds no error. LANGUAGES (en,ru,kk)
# is passed to generate.py when given; a fresh archive in several languages is also
# checked with bench/check-translations.py when PyYAML is installed. Sets $content_mb.
prepare_archive() {
    local dir=$1 n=$2 languages=${3:-en} want label
    label="$n cases"
    if [ "$languages" != en ]; then label="$label in $languages"; fi
    want=$(python3 bench/generate.py --stamp --cases "$n" --seed "$SEED" --languages "$languages")
    if [ -f "$dir/.casebook-bench" ] && [ "$(cat "$dir/.casebook-bench")" = "$want" ]; then
        # Same generator, same options: reuse the content, but take the current theme.
        rm -rf "$dir/templates" && cp -R templates "$dir/templates"
        echo "$label: reusing $dir" >&2
    else
        delete "$dir"
        echo "$label: generating $dir" >&2
        python3 bench/generate.py "$dir" --cases "$n" --seed "$SEED" --languages "$languages" >&2
        if [ "$languages" != en ]; then
            if python3 -c 'import yaml' 2>/dev/null; then
                python3 bench/check-translations.py "$dir/content" >&2 || {
                    echo "$me: the generated archive in $dir is not well-formed (above)" >&2
                    exit 1
                }
            else
                echo "  (PyYAML is not installed: bench/check-translations.py skipped)" >&2
            fi
        fi
    fi
    delete "$dir/old"   # left by an interrupted run
    if ! "$bin" check --content "$dir/content" --templates "$dir/templates" >"$dir/check.txt" 2>&1; then
        grep -m 20 ': error: ' "$dir/check.txt" >&2 || true
        echo "$me: casebook check found errors in $dir (above; all in $dir/check.txt)" >&2
        exit 1
    fi
    content_mb=$(megabytes "$dir/content")
    echo "  check: $(tail -n 1 "$dir/check.txt")" >&2
}

# timed_build DIR KEY RUN RESULTS CONTENT_MB [LABEL]: one clean build of DIR's archive into
# DIR/public, its figures appended to RESULTS as a row (KEY, CONTENT_MB, site MB, pages,
# wall, user, sys, peak RSS in KB, the stage times line); LABEL names the archive in the
# progress line.
timed_build() {
    local dir=$1 key=$2 run=$3 results=$4 content_mb=$5 label=${6:+, $6} wall user sys rss_kb pages stages site_mb
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
        echo "$me: the build of $dir failed" >&2
        exit 1
    fi
    read -r wall user sys rss_kb < <(tail -n 1 "$dir/time.txt")
    pages=$(sed -n 's/^Built \([0-9]*\) pages.*/\1/p' "$dir/stdout.txt")
    stages=$(grep -m 1 '^load ' "$dir/stdout.txt" || true)
    site_mb=$(megabytes "$dir/public")
    printf '  run %d%s: %6.2f s wall, %6.2f s user, %5.2f s sys, %5d MB peak, %s pages\n' \
        "$run" "$label" "$wall" "$user" "$sys" $(((rss_kb + 512) / 1024)) "$pages" >&2
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' \
        "$key" "$content_mb" "$site_mb" "$pages" "$wall" "$user" "$sys" "$rss_kb" "$stages" >>"$results"
}
