#!/usr/bin/env python3
"""Edit-to-visible time of `casebook serve` in headless Chromium, by the page's own clock.

    /tmp/casebook-browser-venv/bin/python bench/serve-browser.py ARCHIVE_FOLDER [--binary PATH] [--edits 20]

Run it with the Python of the browser checks' virtualenv (Tests/browser/run.sh makes it).
It starts the server on ARCHIVE_FOLDER (content/ and templates/, as bench/generate.py
makes), opens one case in Chromium and edits that case's title again and again. Each time
it takes, from the reloaded page's Navigation Timing, when the response ended and when the
document was ready (DOMContentLoaded), counted from just before the file was written, so
WebDriver's polling adds nothing. The case file is restored at the end.
"""
import argparse
import pathlib
import statistics
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "Tests" / "browser"))
from conftest import make_driver  # noqa: E402
from serve_common import EditedCase, start_server  # noqa: E402

READY = """
var h = document.querySelector('h1');
if (!h || h.textContent.indexOf(arguments[0]) < 0) return null;
var n = performance.getEntriesByType('navigation')[0];
return [performance.timeOrigin, n.responseEnd, n.domContentLoadedEventEnd];
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("archive")
    parser.add_argument("--binary", default=".build/release/casebook")
    parser.add_argument("--edits", type=int, default=20)
    args = parser.parse_args()

    case = EditedCase(args.archive, 1 / 3)
    server, address = start_server(args.binary, args.archive)
    browser = None
    try:
        browser = make_driver()
        browser.get(f"{address}cases/{case.id}/index.html")
        received, shown = [], []
        for n in range(args.edits):
            marker = f"Browser edit {n}"
            start = time.time() * 1000
            case.retitle(marker)
            while True:
                try:
                    ready = browser.execute_script(READY, marker)
                except Exception:  # the page is being replaced
                    ready = None
                if ready:
                    break
                time.sleep(0.01)
            origin, response_end, content_loaded = ready
            received.append(origin + response_end - start)
            shown.append(origin + content_loaded - start)
            time.sleep(2)  # let the full link that follows finish, as between two saves
        shown.sort()
        print(f"{case.count} cases, {len(shown)} edits: page received median {statistics.median(received):.0f} ms; "
              f"shown median {statistics.median(shown):.0f} ms, worst {shown[-1]:.0f} ms, "
              f"{sum(1 for t in shown if t < 100)} of {len(shown)} under 100 ms")
    finally:
        case.restore()
        if browser:
            browser.quit()
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
