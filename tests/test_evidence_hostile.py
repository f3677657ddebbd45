"""The hostile world's evidence packs are inert: opened file by file in a real browser, nothing
runs and nothing calls out.

``mastodon:qmscamhub``'s public profile page (``simweb/hostile_world.yaml``) carries a script,
an ``onload``/``onerror`` handler, an SVG script, a stylesheet, an image and a frame, all aimed
at ``/canary*`` on the simulated web's own 127.0.0.1 port. The audit (without
``--allow-private-network``) and ``evidence --recapture`` capture it through the guard; the packs
keep its bytes verbatim. Then every file of every pack is opened in headless Chromium with
JavaScript on (a browser's default): the document title never becomes 'pwned' and the canary
never gets a request, neither while capturing nor while opening.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser

import pytest
from subprocess_audit import FAST, HOSTILE_INVENTORY, HOSTILE_WORLD, REPO

from crawler.capture import find_chromium

CHROMIUM = find_chromium()
pytestmark = pytest.mark.skipif(not CHROMIUM, reason="no chromium binary")


def run(*args: str, timeout: int = 600) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BRANDSWEEP_SCRAPY_SETTINGS": json.dumps(FAST)}
    return subprocess.run([sys.executable, "-m", "crawler.cli", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=timeout)


class _Title(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title = ""
        self._in = False

    def handle_starttag(self, tag, attrs):
        self._in = tag == "title"

    def handle_endtag(self, tag):
        self._in = False

    def handle_data(self, data):
        if self._in:
            self.title += data


def canary_hits(web) -> list[str]:
    return [path for _m, _host, path, _s in web.request_log if "canary" in path]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    from simweb import SimWeb, load_world

    tmp = tmp_path_factory.mktemp("hostile-evidence")
    web = SimWeb(load_world(HOSTILE_WORLD)).start()
    try:
        db = tmp / "audit.db"
        done = run("audit", str(HOSTILE_INVENTORY), "--resolve", f"*={web.address}", "--db",
                   str(db), "--out", str(tmp / "report"), "-q", "--search-engine", "none",
                   "--platforms", "github,mastodon,telegram", "--max-variants", "0",
                   "--as-of", web.world.now)  # the simulated web's clock, not the machine's
        assert done.returncode in (0, 3), done.stderr[-3000:]
        packs = tmp / "packs"
        done = run("evidence", "--db", str(db), "--all", "--out", str(packs), "--zip")
        assert done.returncode in (0, 2), done.stderr[-3000:]
        single = tmp / "qmscamhub"
        done = run("evidence", "--db", str(db), "mastodon:qmscamhub", "--out", str(single),
                   "--recapture", "--resolve", f"*={web.address}")
        assert done.returncode == 0, done.stderr[-3000:]
        yield web, tmp, single
    finally:
        web.stop()


def test_the_hostile_page_is_kept_byte_for_byte_but_inert(hostile):
    web, _, single = hostile
    capture = json.loads((single / "capture" / "capture.json").read_text("utf-8"))
    assert capture["state"] == "shown", capture["reason"]
    body = (single / capture["file"]).read_bytes()
    assert capture["file"] == "capture/page.html.txt"
    assert b"document.title = 'pwned'" in body and b"/canary-img" in body
    refused = {r["url"].rsplit("/", 1)[1] for r in capture["resources"] if r.get("refused")}
    assert {"canary-css", "canary-img", "canary-frame"} <= refused, capture["resources"]
    assert all("loopback" in r["refused"] for r in capture["resources"]
               if "canary" in r["url"])
    assert (single / "capture" / "screenshot.png").is_file()
    pdf = (single / "capture" / "page.pdf").read_bytes()
    from test_capture import assert_inert_pdf

    assert_inert_pdf(pdf)
    # the display name carries markup; the case file shows it as text, never as markup
    summary = (single / "summary.md").read_text("utf-8")
    assert "\\<img src=x onerror" in summary  # escaped Markdown: shown, never markup
    outside_code = re.sub(r"`[^`\n]*`", "", summary)
    assert not re.search(r"(?<!\\)<[A-Za-z/!]", outside_code)
    assert canary_hits(web) == [], "capturing called the canary"


def test_every_pack_file_opened_in_a_browser_runs_nothing_and_calls_nobody(hostile, tmp_path):
    web, tmp, _ = hostile
    files = [p for p in sorted(tmp.rglob("*"))
             if p.is_file() and (tmp / "packs" in p.parents or tmp / "qmscamhub" in p.parents)
             and p.suffix != ".zip"]
    assert any(p.name == "page.html.txt" for p in files)
    assert not [p for p in files if p.suffix in (".html", ".htm", ".svg", ".xhtml")]
    profile = tmp_path / "profile"
    titles = {}
    for path in files:
        done = subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
             "--disable-background-networking", "--no-first-run", f"--user-data-dir={profile}",
             "--virtual-time-budget=3000", "--dump-dom", path.as_uri()],
            capture_output=True, text=True, timeout=120, check=False)
        parser = _Title()
        parser.feed(done.stdout)
        titles[path.relative_to(tmp).as_posix()] = parser.title
        # a text document's DOM is one <pre>: the page's markup never became elements
        if path.name.endswith((".txt", ".json", ".md")):
            assert not re.search(r"<(script|img|iframe|svg|link)\b", done.stdout), path
    assert not [name for name, title in titles.items() if "pwned" in title], titles
    assert canary_hits(web) == [], "opening the packs called the canary"
