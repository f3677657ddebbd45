"""The report in a real headless Chromium: hostile findings never run, the CSP holds, the
filter works (preset through the URL hash, which the page's script reads on load), paging
hides rows, and a screenshot is saved for a human to look at.

Skipped when no Chromium binary is installed (Debian: ``apt-get install chromium``)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from dataclasses import replace
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


# --------------------------------------------------------------------------- layout and decisions
# A test script is added to a copy of the page, its hash beside ours in the page's CSP (the
# page's own policy is otherwise untouched): it measures the layout or plays a reviewer, and
# writes what it saw into the DOM, which --dump-dom hands back.

MEASURE = r"""
(function () {
  var out = {w: window.innerWidth, h: window.innerHeight, overflow: [], page: 0};
  var top = document.getElementById("top-actions");
  var sum = document.getElementById("summary");
  out.summaryTop = sum ? sum.getBoundingClientRect().top : -1;
  out.topBottom = top ? top.getBoundingClientRect().bottom : -1;
  out.topItems = top ? top.children.length : 0;
  out.page = document.documentElement.scrollWidth;
  Array.prototype.forEach.call(document.querySelectorAll("main table"), function (t) {
    if (!t.offsetParent && t.getClientRects().length === 0) { return; }  /* collapsed */
    var box = t.closest(".scroll") || t.parentNode;
    var tw = Math.ceil(t.getBoundingClientRect().width);
    var bw = Math.ceil(box.getBoundingClientRect().width);
    if (tw > bw + 1 || t.scrollWidth > t.clientWidth + 1) {
      out.overflow.push((t.id || t.className) + ":" + tw + ">" + bw);
    }
  });
  parent.postMessage(JSON.stringify(out), "*");
})();
"""
#: Headless Chromium will not make a window narrower than 500 px: the page is measured in a
#: frame of the exact size (media queries follow the frame's viewport, as on a phone).
FRAME = """<!DOCTYPE html><html><body style="margin:0">
<iframe id="f" src="{src}" style="border:0;width:{w}px;height:{h}px"></iframe>
<script>window.addEventListener("message", function (e) {{
  var pre = document.createElement("pre"); pre.id = "measured"; pre.textContent = e.data;
  document.body.appendChild(pre); }});</script></body></html>"""

REVIEW = r"""
(function () {
  var captured = null;
  var create = URL.createObjectURL;
  URL.createObjectURL = function (b) { captured = b; return create.call(URL, b); };
  HTMLAnchorElement.prototype.click = function () {};  /* no real download in the test */
  var who = document.getElementById("d-reviewer");
  who.value = "Ayşe Yılmaz";
  who.dispatchEvent(new Event("input"));
  var picks = ["impostor_confirmed", "fan", "false_positive"];
  var rows = Array.prototype.slice.call(document.querySelectorAll("#findings tr[data-key]"), 0, 3);
  rows.forEach(function (row, i) {
    var s = row.querySelector("select.decide-sel");
    s.value = picks[i];
    s.dispatchEvent(new Event("change"));
  });
  /* the reviewer's reason, typed beside the first decision */
  var why = rows[0].querySelector("input.decide-note");
  why.value = "asks for card numbers in DMs";
  why.dispatchEvent(new Event("input"));
  var mirrored = document.querySelectorAll("li.action.decided").length;
  var counter = document.getElementById("d-count").textContent;
  var filter = document.getElementById("f-decision");
  filter.value = "fan";
  filter.dispatchEvent(new Event("change"));
  var fans = document.documentElement.getAttribute("data-shown");
  filter.value = "";
  filter.dispatchEvent(new Event("change"));
  document.getElementById("d-export").click();
  captured.text().then(function (t) {
    var pre = document.createElement("pre");
    pre.id = "exported";
    pre.setAttribute("data-counter", counter);
    pre.setAttribute("data-mirrored", String(mirrored));
    pre.setAttribute("data-fans", fans);
    pre.textContent = t;
    document.body.appendChild(pre);
  });
})();
"""


def with_test_script(html: str, script: str) -> str:
    from reports.render import script_hash

    csp = re.search(r"script-src (&#39;sha256-[^&]+&#39;)", html)
    assert csp, "the page pins its script by hash"
    extra = script_hash(script).replace("'", "&#39;")
    html = html.replace(csp.group(0), f"{csp.group(0)} {extra}", 1)
    return html.replace("</body>", f"<script>{script}</script></body>", 1)


def _pre(dom_html: str, pre_id: str) -> tuple[dict[str, str], str]:
    import html as htmlmod

    m = re.search(rf'<pre id="{pre_id}"([^>]*)>(.*?)</pre>', dom_html, re.S)
    assert m, f"the test script wrote no #{pre_id}"
    attrs = dict(re.findall(r'(\S+)="([^"]*)"', m.group(1)))
    return {k: htmlmod.unescape(v) for k, v in attrs.items()}, htmlmod.unescape(m.group(2))


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    """The sample audit stored in a database and rendered by ``brandsweep report``."""
    import sys

    from crawler.store import Store

    tmp = tmp_path_factory.mktemp("stored")
    db = tmp / "audits.db"
    store = Store(db)
    audit_id = store.begin_audit(sample.inventory())
    base = sample.findings()
    # own accounts on many platforms: the consolidation view must still fit a 1400 px screen
    many = [
        replace(base[5], platform=p, url=f"https://{p}.example/northwindcoffee")
        for p in ("github", "mastodon", "bluesky", "pinterest", "telegram", "threads",
                  "reddit", "twitch", "vimeo", "snapchat")
    ]
    store.save_findings(audit_id, base + many + sample.synthetic(40))
    store.finish_audit(audit_id)
    store.close()
    proc = subprocess.run(
        [sys.executable, "-m", "crawler.cli", "report", "--db", str(db), "--out", str(tmp / "out")],
        capture_output=True, text=True, timeout=300, cwd=Path(__file__).resolve().parent.parent,
    )
    assert proc.returncode == 0, proc.stderr
    turkish = subprocess.run(
        [sys.executable, "-m", "crawler.cli", "report", "--db", str(db), "--out", str(tmp / "tr"),
         "--lang", "tr"],
        capture_output=True, text=True, timeout=300, cwd=Path(__file__).resolve().parent.parent,
    )
    assert turkish.returncode == 0, turkish.stderr
    return db, tmp / "out" / "report.html"


@pytest.mark.parametrize("width,height,lang", [
    (1400, 900, "en"), (390, 844, "en"), (1400, 900, "tr"), (390, 844, "tr"),
])
def test_first_screen_holds_summary_and_top_actions_and_no_table_overflows(
    stored, tmp_path, width, height, lang
):
    _, page = stored
    if lang == "tr":  # Turkish words are longer: the same layout must hold
        page = page.parent.parent / "tr" / "report.html"
    copy = tmp_path / "measure.html"
    copy.write_text(with_test_script(page.read_text(encoding="utf-8"), MEASURE), encoding="utf-8")
    frame = tmp_path / "frame.html"
    frame.write_text(FRAME.format(src=copy.as_uri(), w=width, h=height), encoding="utf-8")
    res = chromium(tmp_path, frame.as_uri(), "--dump-dom", "--window-size=1500,1000")
    assert res.returncode == 0, res.stderr[-2000:]
    _, text = _pre(res.stdout, "measured")
    m = json.loads(text)
    assert (m["w"], m["h"]) == (width, height), m
    assert m["topItems"] == 3
    assert 0 <= m["summaryTop"] < m["topBottom"] <= m["h"], m  # summary and top actions visible
    assert m["overflow"] == [], m
    assert m["page"] <= width, m  # nothing wider than the screen
    assert console_errors(res.stderr) == []


def test_marking_three_findings_exports_a_file_triage_import_applies(stored, tmp_path):
    import sys

    db, page = stored
    copy = tmp_path / "review.html"
    copy.write_text(with_test_script(page.read_text(encoding="utf-8"), REVIEW), encoding="utf-8")
    res = chromium(tmp_path, copy.as_uri(), "--dump-dom", "--window-size=1400,900")
    assert res.returncode == 0, res.stderr[-2000:]
    assert console_errors(res.stderr) == []
    attrs, text = _pre(res.stdout, "exported")
    assert attrs["data-counter"] == "3 decisions made in this page, not yet exported."
    # the decision filter sees decisions made in the page (one marked fan; none recorded)
    assert attrs["data-fans"] == "1"
    exported = json.loads(text)
    assert exported["format"] == "brandsweep-decisions" and exported["reviewer"] == "Ayşe Yılmaz"
    assert [d["decision"] for d in exported["decisions"]] and len(exported["decisions"]) == 3
    assert exported["audit"]["id"] == "1"
    # the reason typed beside a decision goes with it (and only there)
    notes = [d.get("note") for d in exported["decisions"]]
    assert notes.count(None) == 2 and "asks for card numbers in DMs" in notes
    # the choices are kept in the browser for this audit: a second visit shows them
    again = chromium(tmp_path, page.as_uri(), "--dump-dom", "--window-size=1400,900")
    assert 'data-decisions="3"' in again.stdout

    decisions = tmp_path / "decisions.json"
    decisions.write_text(text, encoding="utf-8")
    root = Path(__file__).resolve().parent.parent

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "crawler.cli", *args], capture_output=True,
                              text=True, timeout=300, cwd=root)

    first = run("triage", "--db", str(db), "--import", str(decisions))
    assert first.returncode == 0, first.stderr
    assert "3 decisions of audit 1 recorded" in first.stdout
    assert "by Ayşe Yılmaz" in first.stdout
    from crawler.store import Store

    with Store(db) as store:
        current = store.triage()
    picked = {d["profile"]: d["decision"] for d in exported["decisions"]}
    got = {f"{p}:{h}": str(t.decision) for (p, h), t in current.items()}
    assert {k: got.get(k) for k in picked} == picked
    assert all("Ayşe Yılmaz" in (getattr(t, "by", None) or t.note or "")
               for t in current.values())
    assert sum(1 for t in current.values()
               if t.note == "asks for card numbers in DMs (in report.html of audit 1)") == 1
    second = run("triage", "--db", str(db), "--import", str(decisions))
    assert second.returncode == 0, second.stderr
    assert "nothing to change" in second.stdout and "3 already recorded" in second.stdout
    with Store(db) as store:
        assert store.triage() == current
    # re-rendered after the import: the three choices the browser kept are recorded now
    # (whole seconds, "+00:00", against the page's "...sssZ"): the page sets them aside
    # rather than offer them for export again
    out = tmp_path / "rerendered"
    again = run("report", "--db", str(db), "--out", str(out))
    assert again.returncode == 0, again.stderr
    html = (out / "report.html").read_text(encoding="utf-8")
    assert html.count(" data-decided=") == 3
    res = chromium(tmp_path, (out / "report.html").as_uri(), "--dump-dom",
                   "--window-size=1400,900")
    assert res.returncode == 0 and console_errors(res.stderr) == [], res.stderr[-2000:]
    assert 'data-decisions="0"' in res.stdout
    # and says so, once, where the page counts its decisions
    assert re.search(r'id="d-count"[^>]*>Set aside 3 choices this browser kept: the database '
                     r'already holds them, or decisions made later\. No decision made', res.stdout)
    # picked again, now, as recorded: newer than the record, yet nothing to export
    again_pick = r"""
(function () {
  var row = document.querySelector("#findings tr[data-decided]");
  var s = row.querySelector("select.decide-sel");
  s.value = row.getAttribute("data-recorded") || row.getAttribute("data-decision");
  s.dispatchEvent(new Event("change"));
  document.documentElement.setAttribute("data-picked", s.value);
})();
"""
    repick = out / "repick.html"
    repick.write_text(with_test_script(html, again_pick), encoding="utf-8")
    res = chromium(tmp_path, repick.as_uri(), "--dump-dom", "--window-size=1400,900")
    assert 'data-decisions="1"' in res.stdout and re.search(r'data-picked="[a-z_]+"', res.stdout)
    res = chromium(tmp_path, (out / "report.html").as_uri(), "--dump-dom",
                   "--window-size=1400,900")
    assert 'data-decisions="0"' in res.stdout
    assert re.search(r'id="d-count"[^>]*>Set aside 1 choice this browser kept', res.stdout)
