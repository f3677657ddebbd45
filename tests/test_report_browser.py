"""The report in a real headless Chromium: hostile findings never run, the CSP holds, the
filter works (preset through the URL hash, which the page's script reads on load), paging
hides rows, and a screenshot is saved for a human to look at.

Skipped when no Chromium binary is installed (Debian: ``apt-get install chromium``)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from reports import build_view, render_html, sample

pytestmark = pytest.mark.browser

CHROMIUM = (
    "/usr/bin/chromium"
    if os.access("/usr/bin/chromium", os.X_OK)
    else shutil.which("chromium") or shutil.which("chromium-browser")
)
if not CHROMIUM:
    pytest.skip("no chromium binary", allow_module_level=True)

TITLE = "brandsweep audit 7: Northwind Coffee Co."


def chromium(tmp: Path, url: str, *extra: str) -> subprocess.CompletedProcess[str]:
    profile = tmp / "profile"
    profile.mkdir(exist_ok=True)
    cmd = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--hide-scrollbars",
        f"--user-data-dir={profile}",
        "--enable-logging=stderr",
        "--v=0",
        "--virtual-time-budget=5000",
        *extra,
        url,
    ]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)


class _Dom(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root: dict[str, str | None] = {}
        self.ids: list[str] = []
        self.rows: list[dict[str, str | None]] = []
        self.title = ""
        self._in_title = False
        self._title_seen = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.root = a
        if a.get("id"):
            self.ids.append(a["id"] or "")
        if tag == "tr" and a.get("data-class"):
            self.rows.append(a)
        # the document title only (SVG <title> tooltips come later)
        self._in_title = tag == "title" and not self._title_seen
        self._title_seen = self._title_seen or tag == "title"

    def handle_endtag(self, tag):
        self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data


def dump(tmp: Path, url: str) -> tuple[_Dom, str]:
    res = chromium(tmp, url, "--dump-dom")
    assert res.returncode == 0, res.stderr[-2000:]
    dom = _Dom()
    dom.feed(res.stdout)
    return dom, res.stderr


def console_errors(stderr: str) -> list[str]:
    return [
        line
        for line in stderr.splitlines()
        if "CONSOLE" in line or "Uncaught" in line or "Refused to" in line
    ]


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("browser")
    findings = sample.findings() + sample.synthetic(240)
    html = render_html(build_view(sample.inventory(), findings, sample.audit(), sample.history()))
    path = tmp / "report.html"
    path.write_text(html, encoding="utf-8")
    return path


def test_hostile_payloads_never_run_and_script_works(report, tmp_path):
    dom, stderr = dump(tmp_path, report.as_uri())
    assert dom.root.get("data-js") == "ready"  # our script ran: the CSP hash is right
    assert dom.title == TITLE
    assert "pwned" not in dom.ids
    assert console_errors(stderr) == []
    # without a filter every row matches; paging shows the first 100
    assert dom.root.get("data-shown") == str(len(dom.rows)) == "250"
    paged = [r for r in dom.rows if "p-out" in (r.get("class") or "")]
    assert len(paged) == 150


def test_filter_preset_by_url_hash(report, tmp_path):
    dom, stderr = dump(tmp_path, report.as_uri() + "#class=impostor&severity=high&q=northwind")
    visible = [r for r in dom.rows if "f-out" not in (r.get("class") or "")]
    assert visible and all(
        r["data-class"] == "impostor" and r["data-severity"] == "high" for r in visible
    )
    hidden = [r for r in dom.rows if "f-out" in (r.get("class") or "")]
    assert any(r["data-class"] != "impostor" for r in hidden)
    assert dom.root.get("data-shown") == str(len(visible))
    assert console_errors(stderr) == []


def test_search_text_filter_hides_non_matching_rows(report, tmp_path):
    dom, _ = dump(tmp_path, report.as_uri() + "#q=northwindcoffee_support")
    visible = [r for r in dom.rows if "f-out" not in (r.get("class") or "")]
    assert len(visible) == 1 and visible[0]["data-platform"] == "instagram"


def test_csp_blocks_script_that_slipped_into_the_markup(report, tmp_path):
    """Defence in depth: even markup injected after rendering cannot run."""
    html = report.read_text(encoding="utf-8").replace(
        '<main id="main"',
        "<script>document.title='PWNED'</script>"
        "<img src=x onerror=\"document.title='PWNED'\">"
        '<main id="main"',
        1,
    )
    tampered = tmp_path / "tampered.html"
    tampered.write_text(html, encoding="utf-8")
    dom, stderr = dump(tmp_path, tampered.as_uri())
    assert dom.title == TITLE
    assert dom.root.get("data-js") == "ready"
    assert any("Content Security Policy" in line for line in console_errors(stderr))


def test_screenshot(report, tmp_path):
    shot = tmp_path / "report.png"
    res = chromium(tmp_path, report.as_uri(), f"--screenshot={shot}", "--window-size=1280,2000")
    assert res.returncode == 0, res.stderr[-2000:]
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 20_000
    print(f"report screenshot: {shot}")


def test_sort_preset_by_url_hash(report, tmp_path):
    res = chromium(tmp_path, report.as_uri() + "#sort=score&dir=asc", "--dump-dom")
    html = res.stdout
    ths = re.findall(r"<th [^>]*data-col=[^>]*>", html)
    sorted_th = [th for th in ths if "aria-sort" in th]
    assert len(sorted_th) == 1 and 'data-col="score"' in sorted_th[0]
    assert 'aria-sort="ascending"' in sorted_th[0]
    body = html[html.index('id="findings"') :]
    cells = re.findall(r'<td class="num" data-label="Score">([0-9.]+)</td>', body)
    scores = [float(s) for s in cells]
    assert len(scores) == 250 and scores == sorted(scores)
