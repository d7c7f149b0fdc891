#!/usr/bin/env bash
# The cost of languages: the same archive built in one language and in several, side by side.
#
#   bash bench/languages.sh [CASES]        default: 10000
#
# Builds casebook in release mode, generates (or reuses) the archive of CASES cases in
# English alone into /tmp/casebook-own-bench-<cases> (run.sh's archive) and in LANGUAGES
# into /tmp/casebook-own-bench-<cases>-<languages> (every case, person, organization and
# page translated), checks both, then times RUNS clean builds of each, alternating
# (one, several; several, one; ...), and prints the medians and the ratio of the two
# (issue 14's limit: 2.5). See docs/benchmark.md. Settings (environment):
#   LANGUAGES=en,ru,kk  the languages of the second archive (en, then ru and/or kk); with
#                       LANGUAGES=en both archives are in English, which tests the script
#   LIMIT=2.5           the ratio the summary compares against
#   RUNS, PAUSE, SETTLE, CLEAN, SEED as for run.sh (bench/lib.sh)
set -euo pipefail

cd "$(dirname "$0")/.."
. bench/lib.sh
LANGUAGES=${LANGUAGES:-en,ru,kk}
LIMIT=${LIMIT:-2.5}
if [ $# -gt 1 ]; then echo "languages.sh: give one number of cases, not $#" >&2; exit 2; fi
n=${1:-10000}
case $n in
    '' | *[!0-9]* | 0) echo "languages.sh: '$n' is not a number of cases (1 or more)" >&2; exit 2 ;;
esac
if ! python3 bench/generate.py --stamp --cases 1 --languages "$LANGUAGES" >/dev/null; then
    echo "languages.sh: LANGUAGES must be en, then ru and/or kk, as in en,ru,kk" >&2
    exit 2
fi
check_settings
lock_bench
build_casebook

one=/tmp/casebook-own-bench-$n
many=/tmp/casebook-own-bench-$n-${LANGUAGES//,/-}
# How the progress lines and the summary name the second archive.
many_name=${LANGUAGES//,/, }
if [ "$LANGUAGES" = en ]; then many_name="en (copy)"; fi
results=$(mktemp /tmp/casebook-own-bench-results.XXXXXX)
trap 'rm -f "$results"' EXIT

prepare_archive "$one" "$n"
one_mb=$content_mb
prepare_archive "$many" "$n" "$LANGUAGES"
many_mb=$content_mb

# Alternate, and swap the order every other run, so that a slow or fast stretch of a
# shared machine weighs on both archives alike.
for run in $(seq 1 "$RUNS"); do
    if [ $((run % 2)) -eq 1 ]; then order="one many"; else order="many one"; fi
    for slot in $order; do
        if [ "$slot" = one ]; then
            timed_build "$one" one "$run" "$results" "$one_mb" en
        else
            timed_build "$many" many "$run" "$results" "$many_mb" "$many_name"
        fi
    done
done

# The old outputs go only now, after every build (the last outputs stay for a look).
delete "$one/old"
delete "$many/old"

python3 - "$results" "$n" "$many_name" "$LIMIT" "$RUNS" "$PAUSE" "$CLEAN" "$(nproc)" "$commit" <<'EOF'
import re, statistics, sys
path, n, languages, limit, runs, pause, clean, nproc, commit = sys.argv[1:]
rows = {"one": [], "many": []}
for line in open(path, encoding="utf-8"):
    key, content, site, pages, wall, user, sys_, rss, stages = line.rstrip("\n").split("\t")
    rows[key].append(dict(
        content=float(content), site=float(site), pages=int(pages), wall=float(wall),
        user=float(user), sys=float(sys_), rss=int(rss) / 1024,
        stages={k: float(v) for k, v in re.findall(r"([a-z ]+?) ([0-9.]+)s(?:, |$)", stages)}))
med = statistics.median
names = {"one": "en", "many": languages}
print()
print("casebook %s, release build; nproc %s; %s cases, median of %s clean builds each, "
      "alternating (output cleared by %s, %s s pause)" % (commit, nproc, n, runs, clean, pause))
print()
print("%-12s %9s %8s %9s %8s %8s %7s %9s" % (
    "languages", "content", "pages", "site", "wall", "user", "sys", "peak RSS"))
m = {}
for key in ("one", "many"):
    r = rows[key]
    m[key] = {k: med([x[k] for x in r]) for k in ("wall", "user", "sys", "rss")}
    print("%-12s %6.1f MB %8d %6.0f MB %6.2f s %6.2f s %5.2f s %6.0f MB" % (
        names[key], r[0]["content"], r[0]["pages"], r[0]["site"], m[key]["wall"], m[key]["user"],
        m[key]["sys"], m[key]["rss"]))
stage_names = []
for key in rows:
    for x in rows[key]:
        for k in x["stages"]:
            if k not in stage_names:
                stage_names.append(k)
if stage_names:
    print()
    print("stage times (s), median, as printed by build --verbose:")
    print("%-12s " % "languages" + " ".join("%*s" % (max(6, len(k)), k) for k in stage_names))
    for key in ("one", "many"):
        cells = []
        for k in stage_names:
            vals = [x["stages"][k] for x in rows[key] if k in x["stages"]]
            cells.append("%*.3f" % (max(6, len(k)), med(vals)) if vals else "%*s" % (max(6, len(k)), "-"))
        print("%-12s " % names[key] + " ".join(cells))
ratio = m["many"]["wall"] / m["one"]["wall"]
pairs = [b["wall"] / a["wall"] for a, b in zip(rows["one"], rows["many"])]
cpu = (m["many"]["user"] + m["many"]["sys"]) / (m["one"]["user"] + m["one"]["sys"])
print()
print("%s against en: wall %.2f times (limit %s: %s); per run %s; CPU (user + sys) %.2f times, "
      "peak RSS %.2f times, pages %.2f times" % (
          names["many"], ratio, limit, "met" if ratio <= float(limit) else "MISSED",
          ", ".join("%.2f" % p for p in pairs), cpu, m["many"]["rss"] / m["one"]["rss"],
          rows["many"][0]["pages"] / rows["one"][0]["pages"]))
if "," in languages and rows["many"][0]["pages"] < 1.5 * rows["one"][0]["pages"]:
    print("(the site in %s has fewer than 1.5 times the pages of the English one: this casebook "
          "does not render the translations, so the ratio means nothing)" % languages)
EOF
