"""What the two dev-server benchmarks share: the case they edit, its title, and the server."""
import os
import re
import subprocess
import sys


class EditedCase:
    """One case of an archive folder, whose title is rewritten and restored at the end."""

    def __init__(self, archive, position):
        content = os.path.join(archive, "content")
        names = sorted(f for f in os.listdir(os.path.join(content, "cases")) if f.endswith(".md"))
        self.count = len(names)
        self.id = names[int(len(names) * position)][:-3]
        self.file = os.path.join(content, "cases", self.id + ".md")
        with open(self.file, encoding="utf-8") as f:
            self.original = f.read()
        if not re.search(r"^title: .*$", self.original, re.M):
            sys.exit(f"{self.file} has no title line")

    def retitle(self, title):
        with open(self.file, "w", encoding="utf-8") as f:
            f.write(re.sub(r"^title: .*$", f"title: {title}", self.original, count=1, flags=re.M))

    def restore(self):
        with open(self.file, "w", encoding="utf-8") as f:
            f.write(self.original)


def start_server(binary, archive):
    """`casebook serve` on a free port; returns the process and its address once it serves."""
    server = subprocess.Popen(
        [binary, "serve", "--content", os.path.join(archive, "content"),
         "--templates", os.path.join(archive, "templates"), "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    for line in server.stdout:
        match = re.search(r"at (http://[^/\s]+/)", line)
        if match:
            return server, match.group(1)
    sys.exit("the server stopped before serving")
