"""`casebook init`: the CI files it writes pass the GitHub-workflow and GitLab-CI schemas
(bundled with check-jsonschema, so no network is needed), and the new archive builds."""
import os
import pathlib
import subprocess
import sys
import tempfile

from conftest import REPO

BINARY = os.environ.get("CASEBOOK_BINARY", str(REPO / ".build" / "debug" / "casebook"))
CHECK = str(pathlib.Path(sys.executable).with_name("check-jsonschema"))


def test_the_workflows_init_writes_pass_their_schemas():
    with tempfile.TemporaryDirectory() as work:
        archive = pathlib.Path(work) / "archive"
        subprocess.run([BINARY, "init", str(archive)], check=True, capture_output=True)
        workflows = sorted(str(p) for p in (archive / ".github" / "workflows").glob("*.yml"))
        assert [pathlib.Path(p).name for p in workflows] == ["check.yml", "publish.yml"]
        subprocess.run([CHECK, "--builtin-schema", "vendor.github-workflows", *workflows], check=True)
        subprocess.run([CHECK, "--builtin-schema", "vendor.gitlab-ci", str(archive / ".gitlab-ci.yml")], check=True)


def test_a_generated_spreadsheet_of_2000_rows_imports_and_passes_check():
    with tempfile.TemporaryDirectory() as work:
        archive = pathlib.Path(work) / "archive"
        subprocess.run([BINARY, "init", str(archive)], check=True, capture_output=True)
        sheet = archive / "sheet.csv"
        subprocess.run([sys.executable, str(REPO / "bench" / "spreadsheet.py"), str(sheet), "--rows", "2000"], check=True)
        imported = subprocess.run([BINARY, "import", "sheet.csv"], cwd=archive, capture_output=True, text=True)
        assert imported.returncode == 0, imported.stderr[-2000:]
        assert len(list((archive / "content" / "cases").glob("*.md"))) > 500
        # No templates folder: the theme casebook carries.
        checked = subprocess.run([BINARY, "check"], cwd=archive, capture_output=True, text=True)
        assert checked.returncode == 0 and "No problems found." in checked.stdout, checked.stderr[-2000:]
