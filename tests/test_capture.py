"""Capturing profile pages as a person sees them (crawler/capture.py), against the simulated web.

The guarded fetcher runs the crawl's SSRF rules on every request, the page and everything
Chromium asks for while rendering it; Chromium itself never reaches the network. Chromium
tests are skipped when Debian's chromium is not installed; the PDF's text is read with
``pdftotext`` (poppler-utils).
"""

from __future__ import annotations

import shutil
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from crawler.capture import (
    Browser,
    CaptureConfig,
    CaptureTarget,
    Fetched,
    GuardedFetcher,
    capture_many,
    find_chromium,
)
from crawler.catalog import load_catalog
from crawler.settings import USER_AGENT

CHROMIUM = find_chromium()
needs_chromium = pytest.mark.skipif(not CHROMIUM, reason="no chromium binary")
needs_pdftotext = pytest.mark.skipif(not shutil.which("pdftotext"), reason="no pdftotext")


def pdf_text(data: bytes, tmp_path) -> str:
    path = tmp_path / "page.pdf"
    path.write_bytes(data)
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                          timeout=60, check=True)
    return " ".join(done.stdout.decode("utf-8").split())


class Canary:
    """A server on 127.0.0.1 that counts every request: any hit is a leak."""

    def __init__(self) -> None:
        hits: list[str] = []

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                hits.append(self.path)
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.hits = hits
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


CASES = {
    # (platform, handle): (state, display name that must be in the PDF or None)
    ("telegram", "northwindcoffee_support"): ("shown", "Northwind Coffee Support 24/7"),
    ("github", "northwindcoffee-app"): ("shown", "Northwind Coffee"),
    ("instagram", "northwindcoffee.shop"): ("login_wall", None),
    ("threads", "northwindcoffee"): ("login_wall", None),
    ("x", "NorthwindCofee"): ("js_shell", None),
    ("bluesky", "coffeedeals4u.bsky.social"): ("js_shell", None),
    ("facebook", "northwindcoffeeofficial"): ("blocked", None),
    ("linkedin", "northwind-coffee-rewards"): ("blocked", None),
    ("instagram", "northwindcofee"): ("script_only", None),
    ("instagram", "nobody.here.at.all"): ("not_found", None),
}


@pytest.fixture(scope="module")
def captures(simweb):
    catalog = load_catalog()
    before = len(simweb.request_log)
    config = CaptureConfig(resolve={"*": simweb.address})
    caps = capture_many([CaptureTarget(p, h) for p, h in CASES], catalog, config)
    return {(c.platform, c.handle): c for c in caps}, simweb.request_log[before:]


@needs_chromium
@pytest.mark.parametrize("key", sorted(CASES))
def test_each_kind_of_page_is_captured_for_what_it_is(captures, key, tmp_path):
    caps, _ = captures
    cap = caps[key]
    state, name = CASES[key]
    assert cap.state == state, (cap.state, cap.reason)
    assert cap.body, "the page as served is always kept"
    assert cap.content_type and cap.content_type.startswith("text/html")
    if state == "shown":
        assert cap.screenshot.startswith(b"\x89PNG") and cap.pdf.startswith(b"%PDF")
        assert name in pdf_text(cap.pdf, tmp_path)
    else:
        # never an empty or misleading picture: no screenshot of a wall or an empty shell
        assert cap.screenshot is None and cap.pdf is None
        assert cap.reason and len(cap.reason) > 20
    words = {"login_wall": "login", "js_shell": "JavaScript", "blocked": "block",
             "script_only": "scripts", "not_found": "no such profile", "shown": "shows"}
    assert words[state] in cap.reason


@needs_chromium
def test_chromium_never_reaches_the_network_itself(captures):
    """Every request the simulated web saw is one the guarded fetcher recorded (a page hop or
    a resource of a rendering): the avatar the Telegram page shows and the favicons were
    fetched by brandsweep, none by Chromium (whose proxy is a closed port)."""
    from urllib.parse import urlsplit

    caps, log = captures
    recorded = set()
    for cap in caps.values():
        for item in [*cap.hops, *cap.resources]:
            if item.get("refused"):
                continue
            parts = urlsplit(item["url"])
            recorded.add((parts.hostname, parts.path + (f"?{parts.query}" if parts.query else "")))
    seen = {(host.split(":")[0], path) for _method, host, path, _status in log}
    assert seen and seen <= recorded, seen - recorded
    tg = caps[("telegram", "northwindcoffee_support")]
    assert any(r.get("type") == "Image" and r.get("status") == 200 for r in tg.resources)


def test_the_guard_refuses_private_addresses_and_odd_schemes():
    fetcher = GuardedFetcher(CaptureConfig())
    for url, why in [("http://127.0.0.1:9/x", "loopback"), ("http://0x7f.1/admin", "loopback"),
                     ("http://169.254.169.254/latest", "link-local"),
                     ("ftp://example.com/x", "not http/https")]:
        got = fetcher.fetch(url)
        assert got.refused and why in got.refused, (url, got.refused)
        assert got.body is None
    assert fetcher.requests == 0


def test_a_redirect_into_the_private_network_is_refused_at_the_hop(simweb):
    """The page is fetched through --resolve (the operator's route), but a hop to an IP
    literal is checked like any URL."""
    from simweb import load_world

    world = load_world().with_settings(hostile=[{
        "host": "t.me", "path": "/hopper", "fault": "redirect",
        "location": "http://127.0.0.1:{port}/admin"}])
    old = simweb.world
    simweb.world = world
    try:
        fetcher = GuardedFetcher(CaptureConfig(resolve={"*": simweb.address}))
        got = fetcher.fetch("https://t.me/hopper")
    finally:
        simweb.world = old
    assert got.hops and got.hops[0]["status"] == 302
    assert got.refused and "loopback" in got.refused


def test_the_fetcher_sends_the_honest_user_agent(simweb):
    fetcher = GuardedFetcher(CaptureConfig(resolve={"*": simweb.address}))
    seen: list[str] = []
    original = simweb.app.handle

    def spy(req):
        seen.append(req.headers.get("user-agent", ""))
        return original(req)

    simweb.app.handle = spy
    try:
        got = fetcher.fetch("https://t.me/northwindcoffee_support")
    finally:
        simweb.app.handle = original
    assert got.status == 200 and seen == [USER_AGENT]


@needs_chromium
def test_a_page_cannot_make_chromium_call_a_private_address(tmp_path):
    """The page's image, stylesheet, frame and script point at a canary on 127.0.0.1: without
    --allow-private-network every one is refused by the guard; with JavaScript on the script
    runs but its request is refused too. The canary sees nothing."""
    canary = Canary()
    try:
        body = (f'<html><head><title>T</title><link rel="stylesheet" href="{canary.url}/css">'
                f"<script>document.title='pwned';fetch('{canary.url}/fetch')</script></head>"
                f'<body><h1>Quillmark Rewards</h1><img src="{canary.url}/img">'
                f'<iframe src="{canary.url}/frame"></iframe></body></html>').encode()
        doc = Fetched(url="https://quillmark.example/", final_url="https://quillmark.example/",
                      status=200, headers={"content-type": "text/html"}, body=body)
        for scripts in (False, True):
            config = CaptureConfig(scripts=scripts, chromium=CHROMIUM)
            fetcher = GuardedFetcher(config)
            with Browser(CHROMIUM, scripts=scripts) as browser:
                shown = browser.render(doc.final_url, doc, fetcher, config)
            refused = {r["url"].rsplit("/", 1)[1] for r in shown.resources if r.get("refused")}
            assert {"css", "img", "frame"} <= refused, shown.resources
            if scripts:
                assert "fetch" in refused and shown.title == "pwned"
            else:
                assert shown.title == "T"
            assert "Quillmark Rewards" in shown.visible_text
        assert canary.hits == []
    finally:
        canary.close()


@needs_chromium
def test_the_pdf_keeps_no_links_and_no_active_content(captures):
    caps, _ = captures
    pdf = caps[("telegram", "northwindcoffee_support")].pdf
    assert_inert_pdf(pdf)


def assert_inert_pdf(pdf: bytes) -> None:
    """No JavaScript, launch or open actions, no link annotations, no embedded files or forms
    (names outside compressed streams, where a PDF reader would act on them)."""
    import re

    outside = re.sub(rb"stream\r?\n.*?endstream", b"", pdf, flags=re.S)
    for name in (b"/JavaScript", b"/JS", b"/Launch", b"/OpenAction", b"/AA", b"/URI",
                 b"/EmbeddedFile", b"/AcroForm", b"/RichMedia", b"/SubmitForm"):
        assert not re.search(re.escape(name) + rb"(?![A-Za-z])", outside), name


@needs_chromium
def test_a_cross_site_frames_own_requests_go_through_the_guard_too(simweb):
    """A frame from another site (here Telegram's page inside the impostor's page) keeps its
    requests in the interception: its avatar image is fetched by the guarded fetcher."""
    body = (b'<html><body><h1>Quillmark Rewards</h1>'
            b'<iframe src="https://t.me/northwindcoffee_support" width="900" height="600">'
            b'</iframe></body></html>')
    doc = Fetched(url="https://quillmark.example/", final_url="https://quillmark.example/",
                  status=200, headers={"content-type": "text/html"}, body=body)
    config = CaptureConfig(resolve={"*": simweb.address}, chromium=CHROMIUM)
    fetcher = GuardedFetcher(config)
    with Browser(CHROMIUM) as browser:
        shown = browser.render(doc.final_url, doc, fetcher, config)
    urls = [r["url"] for r in shown.resources if r.get("status") == 200]
    assert "https://t.me/northwindcoffee_support" in urls
    assert any("telegram-cdn.org" in u or "cdn" in u for u in urls), shown.resources
