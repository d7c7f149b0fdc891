#!/usr/bin/env bash
# Makes a generated archive a git repository with one commit per content file (then one
# for everything else), so a benchmark measures the build reading its history as an
# archive kept in git for years would have it. Fast: the commits are written by
# `git fast-import`, not one `git commit` each.
#
#   bash bench/git-archive.sh ARCHIVE_DIR     (the folder holding content/ and templates/)
#
# Commit dates start at 2015-01-01 and advance a day per commit, so the output is the same
# on every run. Authors are a placeholder: the site never shows them.
set -euo pipefail
dir=${1:?usage: git-archive.sh ARCHIVE_DIR}
cd "$dir"
rm -rf .git
git init -q
export LC_ALL=C
python3 - <<'PY' | git fast-import --quiet
import os, sys
out = sys.stdout.buffer
start = 1420070400  # 2015-01-01
files = []
for root, _, names in os.walk("content"):
    for name in names:
        files.append(os.path.join(root, name))
files.sort()
rest = []
for root, dirs, names in os.walk("."):
    if root == "." :
        dirs[:] = [d for d in dirs if d not in (".git", "content") and not d.endswith("public")]
        names = [n for n in names if not n.startswith(".")]
    for name in names:
        rest.append(os.path.relpath(os.path.join(root, name)))
rest.sort()
def commit(n, message, paths):
    when = start + n * 86400
    out.write(b"commit refs/heads/main\n")
    out.write(b"committer Bench <bench@example.invalid> %d +0000\n" % when)
    data = message.encode()
    out.write(b"data %d\n%s\n" % (len(data), data))
    for path in paths:
        with open(path, "rb") as f:
            blob = f.read()
        out.write(b"M 100644 inline %s\ndata %d\n" % (path.encode(), len(blob)))
        out.write(blob + b"\n")
for n, path in enumerate(files):
    commit(n, "Add " + os.path.basename(path), [path])
commit(len(files), "Add the theme and settings", rest)
PY
git symbolic-ref HEAD refs/heads/main
git reset -q --hard main
echo "git-archive.sh: $(git rev-list --count HEAD) commits in $dir"
