"""The sample published by a real nginx under /archive/, with the configuration that
docs/deploying.md gives: every page and file the site links to is answered 200 with the
right content type (UTF-8 declared for text), an image or a font of a type the site's own
pages do not use too, the address without its last slash is sent on to the site, and a
missing address at any depth gets the 404 page, styled."""
import os
import pathlib
import re
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from selenium.webdriver.support.ui import WebDriverWait

from conftest import REPO

BINARY = os.environ.get("CASEBOOK_BINARY", str(REPO / ".build" / "debug" / "casebook"))

# What each kind of file must be served as.
TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "application/javascript; charset=utf-8",
    ".csv": "text/csv; charset=utf-8",
    ".xml": "text/xml; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".svg": "image/svg+xml",
    ".gif": "image/gif",
    ".woff2": "font/woff2",
    ".jpg": "image/jpeg",
    ".png": "image/png",
    ".webp": "image/webp",
    ".pdf": "application/pdf",
}


def documented_location(site):
    """The nginx block of docs/deploying.md, pointed at the built site."""
    doc = (REPO / "docs" / "deploying.md").read_text(encoding="utf-8")
    block = re.search(r"```nginx\n(# casebook: the site under /archive/\n.*?)```", doc, re.S)
    assert block, "docs/deploying.md has no nginx block for a site under /archive/"
    return block.group(1).replace("/srv/archive/", str(site) + "/")


# A GIF of one pixel, which the image rule publishes as it is (no metadata to leave out).
PIXEL_GIF = bytes.fromhex("47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b")

# nginx's own list of types, which the documented block includes (beside nginx.conf).
MIME_TYPES = ["/etc/nginx/mime.types", "/usr/local/etc/nginx/mime.types", "/opt/homebrew/etc/nginx/mime.types"]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def nginx():
    program = shutil.which("nginx") or ("/usr/sbin/nginx" if os.path.exists("/usr/sbin/nginx") else None)
    if not program:
        pytest.skip("nginx is not installed (run.sh installs nginx-light)")
    work = pathlib.Path(tempfile.mkdtemp(prefix="casebook-nginx-"))
    archive = work / "archive"
    shutil.copytree(REPO / "content", archive / "content")
    shutil.copytree(REPO / "templates", archive / "templates")
    # Files of types the sample's pages do not use: nginx must know them all the same.
    (archive / "content" / "media").mkdir(exist_ok=True)
    (archive / "content" / "media" / "pixel.gif").write_bytes(PIXEL_GIF)
    (archive / "templates" / "assets" / "font.woff2").write_bytes(b"wOF2" + bytes(60))
    site_yml = archive / "content" / "site.yml"
    text = site_yml.read_text(encoding="utf-8")
    site_yml.write_text(re.sub(r"(?m)^base_url: .*$", "base_url: https://cases.example.org/archive/", text), encoding="utf-8")
    subprocess.run([BINARY, "build", "--quiet", "--output", str(work / "site")], cwd=archive, check=True)
    mime_types = next((path for path in MIME_TYPES if os.path.exists(path)), None)
    if not mime_types:
        pytest.skip("nginx's mime.types was not found")
    shutil.copy(mime_types, work / "mime.types")
    port = free_port()
    for folder in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (work / folder).mkdir()
    user = "user root;\n" if os.geteuid() == 0 else ""
    (work / "nginx.conf").write_text(f"""{user}worker_processes 1;
error_log {work}/error.log;
pid {work}/nginx.pid;
events {{}}
http {{
    access_log off;
    client_body_temp_path {work}/body;
    proxy_temp_path {work}/proxy;
    fastcgi_temp_path {work}/fastcgi;
    uwsgi_temp_path {work}/uwsgi;
    scgi_temp_path {work}/scgi;
    default_type application/octet-stream;
    server {{
        listen 127.0.0.1:{port};
        {documented_location(work / "site")}
    }}
}}
""")
    server = subprocess.Popen([program, "-p", str(work), "-c", str(work / "nginx.conf"), "-g", "daemon off;"])
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                break
        except OSError:
            time.sleep(0.05)
    yield base, work / "site"
    server.terminate()
    server.wait(timeout=10)
    shutil.rmtree(work, ignore_errors=True)


def fetch(url):
    """Status, content type and body of a GET, errors included."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.headers.get("Content-Type"), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type"), error.read()


def expected_type(path):
    name = path.rsplit("/", 1)[-1]
    extension = os.path.splitext(name)[1] if "." in name else ".html"
    return TYPES.get(extension.lower())


def links(html):
    return re.findall(r'(?:href|src|action)="([^"]*)"', html)


def test_every_linked_page_and_file_is_served_with_its_type(nginx):
    base, site = nginx
    # Files scripts load, and pages nothing links to (a former id's address), besides the links.
    start = ["/archive/", "/archive/sitemap.xml", "/archive/robots.txt", "/archive/cases/filter-data.js",
             "/archive/cases/atyrau-land-protests-2016/"]
    start += [f"/archive/{prefix}search/index.js" for prefix in ("", "ru/", "kk/")]
    queue, seen, problems = list(start), set(start), []
    while queue:
        path = queue.pop()
        status, content_type, body = fetch(base + path)
        if status != 200:
            problems.append(f"{path}: {status}")
            continue
        if content_type != expected_type(path):
            problems.append(f"{path}: served as {content_type}, expected {expected_type(path)}")
        if content_type and content_type.startswith("text/html"):
            for link in links(body.decode("utf-8")):
                if re.match(r"^[a-z]+:", link) or link.startswith("#"):
                    continue
                target = urllib.parse.urlsplit(urllib.parse.urljoin(base + path, link)).path
                assert target.startswith("/archive/"), f"{path} links out of the site's folder: {link}"
                if target not in seen:
                    seen.add(target)
                    queue.append(target)
    assert not problems, "\n".join(problems)
    # Every page of the build was reached (the 404 page is reached below, and former ids'
    # pages are linked from nowhere, in any language).
    built = {"/archive/" + str(p.relative_to(site)).removesuffix("index.html")
             for p in site.rglob("*.html") if p.name != "404.html"}
    reached = {p.removesuffix("index.html") for p in seen}
    unreached = sorted(p for p in built - reached if not p.endswith("/cases/atyrau-land-protests-2016/"))
    assert not unreached, f"{len(unreached)} pages no link reaches: {unreached[:10]}"


@pytest.mark.parametrize("missing", ["/archive/no-such-page", "/archive/cases/no-such-case/", "/archive/ru/people/a/b/c/d.html"])
def test_a_missing_address_at_any_depth_gets_the_styled_404_page(nginx, missing):
    base, site = nginx
    status, content_type, body = fetch(base + missing)
    assert status == 404
    assert content_type == "text/html; charset=utf-8"
    html = body.decode("utf-8")
    assert html == (site / "404.html").read_text(encoding="utf-8")
    stylesheets = re.findall(r'<link rel="stylesheet" href="([^"]*)"', html)
    assert stylesheets == ["/archive/assets/style.css"]
    status, content_type, _ = fetch(base + stylesheets[0])
    assert (status, content_type) == (200, "text/css; charset=utf-8")


def test_an_image_and_a_font_of_other_types_and_the_address_without_its_slash(nginx):
    base, _ = nginx
    for path in ("/archive/media/pixel.gif", "/archive/assets/font.woff2"):
        status, content_type, _ = fetch(base + path)
        assert (status, content_type) == (200, expected_type(path)), path
    request = urllib.request.Request(base + "/archive", method="GET")
    opener = urllib.request.build_opener(NoRedirect)
    try:
        opener.open(request, timeout=10)
        assert False, "/archive was answered without a redirect"
    except urllib.error.HTTPError as error:
        assert error.code == 301
        assert urllib.parse.urlsplit(error.headers["Location"]).path == "/archive/"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def test_a_former_ids_address_keeps_its_fragment_under_the_prefix(nginx, browser):
    base, _ = nginx
    browser.get(base + "/archive/cases/atyrau-land-protests-2016/#source-2")
    WebDriverWait(browser, 10).until(lambda d: d.current_url == base + "/archive/cases/bokayev-ayan-2016/index.html#source-2",
                                     message=f"landed at {browser.current_url}")
