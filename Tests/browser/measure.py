"""Times search in headless Chromium on a built site (by hand, not part of CI).

    python3 measure.py /tmp/search-10k/public [runs] [slowdown]

Prints the index size, the time to load and prepare it, and for each query the number of
results and the mean, median and worst time of `casebookSearch.search(query)` over runs.
`slowdown` (say 4) makes Chromium run its JavaScript that many times slower (DevTools CPU
throttling), to estimate a mid-range phone. Uses the same virtualenv and browser as run.sh.
"""
import gzip
import os
import pathlib
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.environ.setdefault("CASEBOOK_SITE", sys.argv[1] if len(sys.argv) > 1 else "/tmp/casebook-browser-site")
import conftest  # noqa: E402

QUERIES = ["kambarova", "Qambarova", "Камбарова", "Қамбарова", "Kudaybergenov", "Qudaybergenov", "Құдайбергенов",
           "nazira", "a", "zh", "sentenced taraz", "article 405", "koshe", "abdirakhmanov almaty 2019", "xyzzy"]

MEASURE = """
const [queries, runs, done] = arguments;
const started = performance.now();
casebookSearch.load(function (ok) {
  const loaded = performance.now() - started;
  const out = {ok: ok, loaded: loaded, queries: []};
  for (const q of queries) {
    casebookSearch.search(q);  // warm up
    const times = [];
    let result;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      result = casebookSearch.search(q);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    out.queries.push({q: q, found: [result.people.length, result.organizations.length, result.cases.length],
                      mean: times.reduce((a, b) => a + b, 0) / runs, median: times[runs >> 1], worst: times[runs - 1]});
  }
  done(out);
});
"""

# On the search page: a submitted query is searched and shown at once (no typing pause),
# so timing the submit event measures searching plus drawing the results.
SHOW = """
const [queries, runs, done] = arguments;
casebookSearch.load(function () {
  const form = document.querySelector('form[data-search="page"]'), input = document.getElementById('search-q');
  const out = [];
  for (const q of queries) {
    const times = [];
    for (let i = 0; i < runs; i++) {
      input.value = q;
      const t = performance.now();
      form.dispatchEvent(new Event('submit', {cancelable: true}));
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    out.push({q: q, shown: document.querySelectorAll('#search-results .search-result').length,
              mean: times.reduce((a, b) => a + b, 0) / runs, worst: times[runs - 1]});
  }
  done(out);
});
"""


def main():
    site = pathlib.Path(os.environ["CASEBOOK_SITE"])
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    index = (site / "search" / "index.js").read_bytes()
    print(f"index: {len(index):,} bytes, {len(gzip.compress(index, 9)):,} gzipped")
    driver = conftest.make_driver()
    try:
        driver.set_script_timeout(600)
        if len(sys.argv) > 3:
            driver.execute_cdp_cmd("Emulation.setCPUThrottlingRate", {"rate": float(sys.argv[3])})
            print(f"CPU slowed down {sys.argv[3]} times")
        driver.get(conftest.page_url("index.html"))
        result = driver.execute_async_script(MEASURE, QUERIES, runs)
        print(f"index loaded and prepared in {result['loaded']:.0f} ms (first search only)")
        print(f"{'query':28} {'people/orgs/cases':>18} {'mean ms':>8} {'median':>7} {'worst':>7}")
        for q in result["queries"]:
            found = "/".join(str(n) for n in q["found"])
            print(f"{q['q']:28} {found:>18} {q['mean']:8.2f} {q['median']:7.2f} {q['worst']:7.2f}")
        driver.get(conftest.page_url("search/index.html"))
        shown = driver.execute_async_script(SHOW, QUERIES, max(5, runs // 5))
        print(f"\nsearch page, search and show results:\n{'query':28} {'shown':>6} {'mean ms':>8} {'worst':>7}")
        for q in shown:
            print(f"{q['q']:28} {q['shown']:>6} {q['mean']:8.2f} {q['worst']:7.2f}")
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
