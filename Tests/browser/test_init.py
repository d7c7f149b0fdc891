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
