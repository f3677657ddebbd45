"""The reports package: view model, HTML (structure and hostile data), JSON/CSV exports,
proposed inventory and evidence pack. Pure: no crawl, no database."""

from __future__ import annotations

import ast
import base64
import hashlib
import json
import re
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from matching.models import (
    Evidence,
    Finding,
    FindingClass,
    Severity,
    Status,
    Triage,
    TriageDecision,
)
from reports import (
    AuditInfo,
    AuditSummary,
    build_view,
    findings_to_json,
    proposed_inventory,
    read_csv,
    render_html,
    sample,
    write_csv,
    write_evidence_pack,
    write_outputs,
)
from reports.exports import CONTRACT_FIELDS, csv_safe, csv_unescape, flatten
from reports.render import script_hash
from reports.view import mark_text, safe_avatar, safe_url

REPORTS_DIR = Path(__file__).resolve().parent.parent / "reports"


@pytest.fixture(scope="module")
def view():
    return build_view(sample.inventory(), sample.findings(), sample.audit(), sample.history())


@pytest.fixture(scope="module")
def html(view):
    return render_html(view)


class _Tags(HTMLParser):
    """Collects every start tag with its attributes, and script bodies."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data


def parse(html: str) -> _Tags:
    p = _Tags()
    p.feed(html)
    p.close()
    return p


# --------------------------------------------------------------------------- layering


def test_reports_never_imports_crawler_scrapy_or_sqlite():
    banned = ("scrapy", "twisted", "sqlite_utils", "sqlite3", "crawler")
    for path in REPORTS_DIR.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            for name in names:
                assert name.split(".")[0] not in banned, f"{path.name} imports {name}"


# --------------------------------------------------------------------------- view model


def test_view_counts_and_headline(view):
    counts = {c.key: c.count for c in view.class_counts}
    # the resolved impostor is not counted as live
    assert counts["impostor"] == 2
    assert counts == {
        "impostor": 2,
        "missing": 1,
        "redundant": 1,
        "official_unlisted": 1,
        "unverified": 1,
        "fan": 1,
        "unrelated": 1,
        "official": 1,
    }
    assert view.total == 9
    assert {c.key: c.count for c in view.severity_counts} == {"high": 1, "medium": 2, "low": 2}
    status = {c.key: c.count for c in view.status_counts}
    assert status["new"] == 4 and status["reopened"] == 1 and status["resolved"] == 1
    assert view.headline.startswith("2 impostors (1 high severity)")
    assert [r.handle_plain for r in view.resolved] == ["northwind.coffee.tr"]


def test_view_rows_are_sorted_by_severity_class_platform_handle(view):
    keys = [(r.sev_rank, r.cls) for r in view.rows]
    assert [k[0] for k in keys] == sorted((k[0] for k in keys), reverse=True)
    assert view.rows[0].severity == "high"
    assert view.rows[-1].severity is None
    assert [r.anchor for r in view.rows] == [f"f{i}" for i in range(1, len(view.rows) + 1)]


def test_view_action_groups(view):
    groups = {g.key: g for g in view.actions}
    assert list(groups) == [
        "takedown_failed",
        "impostor",
        "in_progress",
        "redundant",
        "official_unlisted",
        "missing",
        "unverified",
    ]
    imp = groups["impostor"]
    assert [i.row.handle_plain for i in imp.items] == ["northwindcoffee_support"]
    assert imp.items[0].row.followers == 312
    # a takedown already requested is followed up, not reported again
    prog = groups["in_progress"]
    assert [i.row.handle_plain for i in prog.items] == ["N[U+200B]orthwindCare"]
    assert "takedown already requested" in prog.items[0].instruction.lower()
    assert groups["takedown_failed"].total == 0
    red = groups["redundant"].items[0]
    assert red.row.owner == "marketing@northwindcoffee.com"
    assert "marketing@northwindcoffee.com" in red.instruction
    unl = groups["official_unlisted"].items[0]
    assert unl.snippet == "- {platform: tiktok, handle: northwindcoffee, department: Marketing}"
    assert groups["unverified"].items[0].row.probe_reason == "login_wall"
    assert groups["missing"].total == 1
    # the summary repeats the most urgent actions (never "check by hand"), in a later audit
    # what is new (or reopened) first: the new unlisted account before the unchanged redundant
    assert [it.row.handle_plain for _, it in view.top_actions] == [
        "northwindcoffee_support",
        "N[U+200B]orthwindCare",
        "northwindcoffee",
    ]


def test_view_groups_health_and_comparisons(view):
    deps = {g.name: g for g in view.by_department}
    # fan pages, namesakes and unverifiable profiles belong to no department
    assert list(deps) == ["Customer Care", "Marketing"]
    assert deps["Customer Care"].owner == "care@northwindcoffee.com"
    assert deps["Customer Care"].total == 2
    assert deps["Marketing"].total == 3 and deps["Marketing"].guessed == 1  # tiktok: guessed
    assert sum(g.total for g in view.by_platform) == view.total
    # a guessed department is said beside the department, not beside a brand or a platform
    # ("Poyraz (27 guessed)" read as 27 guessed brands)
    assert not any(g.guessed for g in (*view.by_brand, *view.by_platform))
    health = {h.handle: h for h in view.health if h.declared}
    assert health["northwindcoffee"].followers == 48210
    assert health["northwindcoffee"].dormant is False
    assert health["northwindcoffee.old"].dormant is True  # dormant evidence and 842 days
    assert health["northwindcoffee.old"].days_silent == 842
    assert health["NorthwindCare"].state == "missing"
    assert health["northwind-coffee"].state == "not_checked"
    # every own account, the undeclared ones too, with their guessed department marked
    tiktok = next(h for h in view.health if h.platform == "tiktok")
    assert tiktok.state == "official_unlisted" and not tiktok.declared
    assert tiktok.department_guessed
    assert not health["northwindcoffee"].department_guessed
    first = view.comparisons[0]
    assert first.row.handle_plain == "northwindcoffee_support"
    assert first.official.known and first.official.followers == 48210
    assert first.official.platform == "instagram" and first.same_platform
    assert first.suspect.avatar and first.suspect.avatar.startswith("data:image/png;base64,")
    second = view.comparisons[1]
    assert second.suspect.avatar is None  # an SVG data URI is refused
    # the brand's declared X account was not seen (missing): compared with it, said so
    assert second.official.platform == "x" and second.official.handle == "NorthwindCare"
    assert not second.official.known


def test_view_trend_includes_history_and_current_once(view):
    assert view.trend is not None
    assert [b.audit_id for b in view.trend.bars] == ["5", "6", "7"]
    assert [b.total for b in view.trend.bars] == [6, 6, 6]
    # the caller may pass the current audit in its history: not counted twice
    again = build_view(
        sample.inventory(),
        sample.findings(),
        sample.audit(),
        [*sample.history(), AuditSummary(7, "2025-03-01", {"impostor": 99})],
    )
    assert [b.audit_id for b in again.trend.bars] == ["5", "6", "7"]
    assert again.trend.bars[-1].total == 6


@pytest.mark.parametrize(
    "url, ok",
    [
        ("https://www.instagram.com/x/", True),
        ("http://example.com", True),
        ("javascript:alert(1)", False),
        ("JaVaScRiPt:alert(1)", False),
        ("java\tscript:alert(1)", False),
        (" javascript:alert(1)", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("vbscript:msgbox(1)", False),
        ("//evil.example/x", False),
        ("https://user:pw@evil.example/", False),
        ("https:///nohost", False),
        ("https://ex\u202eample.com", False),
        ("", False),
        (None, False),
    ],
)
def test_safe_url(url, ok):
    assert (safe_url(url) is not None) is ok


def test_safe_avatar_accepts_only_real_raster_thumbnails():
    png = sample.png_data_uri()
    assert safe_avatar(png) == png
    assert safe_avatar("data:image/svg+xml;base64,PHN2Zy8+") is None
    fake = "data:image/png;base64," + base64.b64encode(b"<svg onload=alert(1)>").decode()
    assert safe_avatar(fake) is None  # wrong magic number
    assert safe_avatar(png + '" onerror="alert(1)') is None
    assert safe_avatar("https://cdn.example/a.png") is None
    assert safe_avatar("data:image/png;base64," + "A" * 200_000) is None


def test_mark_text_flags_bidi_and_zero_width():
    assert mark_text("plain") == "plain"
    segs = mark_text("ab\u202ecd\u200b")
    assert [s.text for s in segs] == ["ab", "U+202E", "cd", "U+200B"]
    assert segs[1].flag.startswith("U+202E RIGHT-TO-LEFT OVERRIDE")


# --------------------------------------------------------------------------- HTML


def test_html_has_every_section_and_counts(html, view):
    for section in (
        "summary", "actions", "compare", "consolidation", "all", "groups", "coverage", "about"
    ):
        assert f'id="{section}"' in html
    # the reading order: summary, what to do, evidence, own accounts, findings, coverage last
    order = [html.index(f'<section id="{s}"') for s in (
        "summary", "actions", "compare", "consolidation", "all", "groups", "coverage", "about"
    )]
    assert order == sorted(order)
    for heading in (
        "Summary",
        "Impostors to report",
        "Takedowns in progress",
        "Own channels to consolidate",
        "Unlisted official accounts to add",
        "Declared accounts now missing",
        "Unverified: check by hand",
        "Inventory health",
        "Evidence: suspicious profiles beside the official account",
        "All findings",
    ):
        assert heading in html
    assert html.count('<tr id="f') == len(view.rows) == 10
    assert html.count('class="cmp"') == 2
    assert "<svg viewBox" in html  # trend chart
    assert 'aria-sort="descending"' in html
    for select in (
        "f-class", "f-severity", "f-status", "f-platform", "f-department", "f-brand", "f-decision"
    ):
        assert f'<label for="{select}">' in html and f'<select id="{select}"' in html
    assert '<input id="f-q" type="search"' in html
    assert "@media print" in html
    assert "<caption>" in html and 'scope="col"' in html and 'scope="row"' in html


def test_html_is_deterministic(view):
    assert render_html(view) == render_html(view)


def test_html_csp_pins_the_one_inline_script(html):
    p = parse(html)
    scripts = [a for t, a in p.tags if t == "script"]
    assert len(scripts) == 1 and scripts[0] == {}  # inline, no src
    csp = next(a["content"] for t, a in p.tags if t == "meta" and a.get("http-equiv"))
    assert "default-src 'none'" in csp and "img-src data:" in csp
    assert f"script-src {script_hash(p.scripts[0])}" in csp
    # no scraped value can reach the script: it carries no sample text
    assert "northwind" not in p.scripts[0].lower()


def test_html_makes_no_external_request(html):
    for tag, attrs in parse(html).tags:
        if tag in ("img", "script", "iframe", "link", "source", "video", "audio", "embed"):
            src = attrs.get("src") or attrs.get("href") or ""
            if tag == "script":
                assert not src, attrs
            else:
                assert tag == "img" and src.startswith("data:image/"), (tag, attrs)
    assert "@import" not in html and "url(" not in html


def test_html_hostile_values_are_escaped(html):
    # no injected tag, attribute or URL survives as markup
    for needle in (
        "<script>document",
        "<img src=x",
        "<svg onload",
        '<b id="pwned"',
        "</textarea></title>",
    ):
        assert needle not in html
    assert "&lt;script&gt;document.title=" in html
    assert "&lt;img src=x onerror=" in html
    assert "&#34;&gt;&lt;svg onload=" in html
    assert "{{ 7*7 }}" not in html  # no template evaluation of data either
    tags = parse(html).tags
    allowed = {
        "html", "head", "meta", "title", "style", "body", "a", "header", "div", "p", "strong",
        "code", "nav", "main", "section", "h1", "h2", "h3", "h4", "ul", "ol", "li", "span",
        "table", "caption", "thead", "tbody", "tr", "th", "td", "figure", "figcaption", "svg",
        "line", "g", "rect", "text", "details", "summary", "mark", "pre", "article", "img",
        "dl", "dt", "dd", "form", "label", "select", "option", "input", "button", "footer",
        "script", "noscript", "b", "br", "q",
        "template",  # the decision choices, written once (our labels, never scraped text)
    }  # fmt: skip
    assert {t for t, _ in tags} <= allowed
    for tag, attrs in tags:
        assert not any(k.startswith("on") for k in attrs), (tag, attrs)
        assert attrs.get("id") != "pwned"
        if tag == "a":
            href = attrs["href"]
            assert href.startswith(("http://", "https://", "#")), href
            if not href.startswith("#"):
                assert attrs["rel"] == "noopener noreferrer nofollow"
                assert attrs["target"] == "_blank"


def test_html_shows_refused_urls_as_text_and_marks_hidden_characters(html):
    assert 'href="javascript' not in html.lower()
    assert '<span class="unsafe-url"' in html and "javascript:alert(document.domain)" in html
    assert "\u202e" not in html and "\u200b" not in html
    assert '<mark class="uc" title="U+202E RIGHT-TO-LEFT OVERRIDE">U+202E</mark>' in html
    assert "hidden characters" in html


def test_html_without_history_or_findings_renders():
    audit = AuditInfo(audit_id=1, started_at=None)
    html = render_html(build_view(sample.inventory(), [], audit))
    assert "No action needed" in html
    assert "No previous audit" in html
    assert "No impostor found" in html


def test_html_limits_long_lists_but_keeps_every_row():
    many = sample.synthetic(600)
    view = build_view(sample.inventory(), many, sample.audit())
    imp = next(g for g in view.actions if g.key == "impostor")
    assert len(imp.items) <= 200 and imp.total == sum(
        1 for f in many if f.cls == FindingClass.IMPOSTOR
    )
    assert len(view.rows) == 600


# --------------------------------------------------------------------------- JSON and CSV


def test_json_has_exactly_the_contract_fields():
    data = findings_to_json(sample.findings())
    json.dumps(data)  # serialisable as is
    assert len(data) == 10
    for d in data:
        assert set(CONTRACT_FIELDS) <= set(d)
        assert d["class"] in {c.value for c in FindingClass}
        assert d["severity"] in (None, "high", "medium", "low")
        assert 0 <= d["score"] <= 1
        assert d["status"] in {s.value for s in Status}
        assert d["probe_state"] in ("found", "not_found", "unverifiable")
        assert all(set(e) == {"signal", "value", "detail"} for e in d["evidence"])
        assert set(d["discovered_via"]) <= {
            "probe", "platform_search", "web_search", "official_site", "linked_page"
        }  # fmt: skip
    by = {(d["platform"], d["handle"]): d for d in data}
    imp = by[("instagram", "northwindcoffee_support")]
    assert imp["imitates"] == "instagram:northwindcoffee"
    assert imp["evidence"][0] == {
        "signal": "handle_similarity",
        "value": 0.91,
        "detail": "'northwindcoffee' + suffix '_support'.",
    }
    assert imp["followers"] == 312 and imp["platform_id"] == "99887766"
    assert by[("tiktok", "northwind_kahve")]["probe_reason"] == "login_wall"
    assert by[("x", "N\u200borthwindCare")]["triage"] == "takedown_requested"
    order = [(d["severity"], d["class"]) for d in data]
    assert order[:3] == [("high", "impostor"), ("high", "impostor"), ("medium", "impostor")]


def test_json_order_is_independent_of_input_order():
    fs = sample.findings()
    assert findings_to_json(fs) == findings_to_json(list(reversed(fs)))


def test_csv_round_trip_and_injection(tmp_path):
    fs = sample.findings()
    path = write_csv(tmp_path / "findings.csv", fs)
    raw = path.read_text(encoding="utf-8-sig")
    # the formula-looking handle and display name are defused in the file itself
    assert "'=HYPERLINK" in raw and "\"'-2+3 fan club" in raw
    assert "\n=HYPERLINK" not in raw and ",=HYPERLINK" not in raw
    rows = read_csv(path)
    expected = [{k: csv_unescape(v) for k, v in flatten(d).items()} for d in findings_to_json(fs)]
    assert rows == expected
    imp = next(r for r in rows if r["handle"] == "northwindcoffee_support")
    assert imp["evidence"].splitlines()[0] == (
        "handle_similarity=0.91: 'northwindcoffee' + suffix '_support'."
    )
    assert imp["discovered_via"] == "probe"
    off = next(r for r in rows if r["class"] == "official")
    assert off["discovered_via"] == "probe;official_site"


@pytest.mark.parametrize(
    "cell, out",
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("'=x", "''=x"),
        ("safe", "safe"),
        ("", ""),
    ],
)
def test_csv_safe(cell, out):
    assert csv_safe(cell) == out
    assert csv_unescape(csv_safe(cell)) == cell


# --------------------------------------------------------------------------- proposed inventory


def _catalog_loader():
    inventory = pytest.importorskip("matching.inventory")
    catalog_mod = pytest.importorskip("crawler.catalog")
    catalog = catalog_mod.load_catalog()

    def load(path: Path):
        return inventory.load_inventory(path, catalog.rules(), url_parser=catalog.match_profile_url)

    return load


def test_proposed_inventory_preserves_text_and_inserts_lines():
    text = proposed_inventory(sample.inventory(), sample.findings(), sample.SOURCE_YAML, audit_id=7)
    # every original line survives, in order
    original = sample.SOURCE_YAML.splitlines()
    kept = [line for line in text.splitlines() if line in original]
    assert kept == original
    assert "# added by brandsweep audit 7: linked from https://www.northwindcoffee.com/" in text
    assert "      - {platform: tiktok, handle: northwindcoffee, department: Marketing}" in text
    assert "# MISSING in audit 7: not found at https://x.com/NorthwindCare" in text
    assert "# REDUNDANT in audit 7" in text
    lines = text.splitlines()
    miss = next(i for i, line in enumerate(lines) if "MISSING in audit 7" in line)
    assert "handle: NorthwindCare" in lines[miss + 1]
    data = yaml.safe_load(text)
    handles = [a.get("handle") for a in data["brands"][0]["accounts"]]
    assert handles == [
        "northwindcoffee", "NorthwindCare", None, "northwindcoffee.old", "northwindcoffee"
    ]  # fmt: skip
    # impostors, fans and unrelated profiles never enter the inventory
    assert "northwindcoffee_support" not in text and "HYPERLINK" not in text


def test_proposed_inventory_dump_without_source():
    text = proposed_inventory(sample.inventory(), sample.findings(), audit_id=7)
    data = yaml.safe_load(text)
    assert set(data) <= {"organization", "domains", "departments", "brands", "allow"}
    for brand in data["brands"]:
        assert set(brand) <= {"name", "aliases", "websites", "strategy", "accounts"}
        for acc in brand["accounts"]:
            assert set(acc) <= {"platform", "handle", "url", "department", "note"}
    accounts = data["brands"][0]["accounts"]
    tiktok = {"platform": "tiktok", "handle": "northwindcoffee", "department": "Marketing"}
    assert tiktok in accounts
    assert {
        "platform": "linkedin",
        "url": "https://www.linkedin.com/company/northwind-coffee",
        "department": "Marketing",
    } in accounts
    assert "# MISSING in audit 7" in text


def test_proposed_inventory_falls_back_when_layout_is_flow_style():
    src = "organization: X\nbrands:\n  - name: Northwind Coffee\n    accounts: []\n"
    text = proposed_inventory(sample.inventory(), sample.findings(), src, audit_id=3)
    data = yaml.safe_load(text)
    assert any(a.get("platform") == "tiktok" for a in data["brands"][0]["accounts"])


def test_proposed_inventory_resists_yaml_injection():
    evil = Finding(
        "tiktok",
        "evil\nallow: [{platform: x, handle: hacker}]",
        "https://www.tiktok.com/@evil",
        "x",
        FindingClass.OFFICIAL_UNLISTED,
        Severity.LOW,
        0.9,
        "Northwind Coffee",
        "Marketing",
        evidence=(Evidence("official_site_link", "x", "linked\nallow: [pwned]\r# \u202e"),),
    )
    for src in (sample.SOURCE_YAML, None):
        text = proposed_inventory(sample.inventory(), [evil], src, audit_id=1)
        data = yaml.safe_load(text)
        assert data.get("allow") in ([], None)
        added = data["brands"][0]["accounts"][-1]
        assert added["handle"] == "evil\nallow: [{platform: x, handle: hacker}]"
        comment = next(line for line in text.splitlines() if "added by brandsweep" in line)
        assert "[U+202E]" in comment and "\u202e" not in text


def test_proposed_inventory_is_valid_input_for_the_next_audit(tmp_path):
    load = _catalog_loader()
    base = tmp_path / "inventory.yaml"
    base.write_text(sample.SOURCE_YAML, encoding="utf-8")
    inv = load(base)
    fs = [f for f in sample.findings() if f.cls != FindingClass.FAN]
    for src in (sample.SOURCE_YAML, None):
        out = tmp_path / "proposed.yaml"
        out.write_text(proposed_inventory(inv, fs, src, audit_id=7), encoding="utf-8")
        again = load(out)
        keys = {(a.platform, a.handle.lower()) for a in again.accounts}
        assert ("tiktok", "northwindcoffee") in keys
        assert ("x", "northwindcare") in keys  # missing accounts are kept, only commented


def test_write_outputs_writes_the_four_files(tmp_path):
    inv = replace(sample.inventory(), source=None)
    paths = write_outputs(
        tmp_path / "out", inv, sample.findings(), sample.audit(), sample.history()
    )
    assert sorted(paths) == [
        "coverage.json",
        "findings.csv",
        "findings.json",
        "findings.xlsx",
        "proposed_inventory.yaml",
        "report.html",
    ]
    for p in paths.values():
        assert p.is_file() and p.stat().st_size > 0
    assert len(json.loads(paths["findings.json"].read_text(encoding="utf-8"))) == 10
    yaml.safe_load(paths["proposed_inventory.yaml"].read_text(encoding="utf-8"))


# --------------------------------------------------------------------------- evidence pack


def test_evidence_pack(tmp_path):
    finding = sample.findings()[1]
    body = b"<html><title>northwindcoffee_support</title></html>"
    sha = hashlib.sha256(body).hexdigest()
    evidence = {
        "platform": "instagram",
        "handle": "northwindcoffee_support",
        "platform_id": "99887766",
        "first_seen": "2025-02-21T00:00:00+00:00",
        "last_seen": "2025-03-01T10:00:00+00:00",
        "observations": [
            {
                "audit_id": 7,
                "http_status": 200,
                "fetched_at": "2025-03-01T10:00:00+00:00",
                "body_sha256": sha,
                "fields": {"display_name": "Northwind Coffee <script>"},
            }
        ],
        "pages": [{"sha256": sha, "size": len(body)}],
    }
    out = write_evidence_pack(
        tmp_path / "pack", evidence, finding, {sha: body, "wrongkey": b"other"}
    )
    names = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    other = hashlib.sha256(b"other").hexdigest()
    assert names == sorted(
        [
            "SHA256SUMS",
            "avatar.png",
            "evidence.json",
            "report-text.txt",
            "summary.md",
            f"pages/{sha}.html.txt",
            f"pages/{other}.txt",
        ]
    )
    assert (out / "pages" / f"{sha}.html.txt").read_bytes() == body
    for line in (out / "SHA256SUMS").read_text().splitlines():
        digest, name = line.split("  ", 1)
        assert hashlib.sha256((out / name).read_bytes()).hexdigest() == digest
    summary = (out / "summary.md").read_text(encoding="utf-8")
    assert "**Imitates:** the official instagram account northwindcoffee" in summary
    assert "| Platform id | 99887766 |" in summary
    assert "| HTTP status (last fetch) | 200 |" in summary
    assert "| First seen | 21 Feb 2025 00:00 (UTC) |" in summary
    assert "(`handle_similarity`)" in summary and "handle\\_similarity" not in summary
    assert "<script>" not in summary and "\\<script\\>" in summary
    full = json.loads((out / "evidence.json").read_text(encoding="utf-8"))
    assert full["finding"]["class"] == "impostor"
    assert full["snapshot_keys_not_matching_sha256"] == ["wrongkey"]
    assert (out / "avatar.png").read_bytes().startswith(b"\x89PNG")


def test_evidence_pack_lists_where_the_links_lead(tmp_path):
    target = "http://127.0.0.1:8080/admin"
    evidence = {
        "platform": "mastodon",
        "handle": "quillmarksupport",
        "linked_pages": [
            {"url": "https://quillmark-rewards.com/claim", "final_url": target,
             "http_status": None, "title": None, "social_links": [],
             "refused": f"refused: loopback address 127.0.0.1 (redirected to {target})"},
            {"url": "https://quillmark-rewards.com/", "final_url": "https://quillmark-rewards.com/",
             "http_status": 200, "title": "Quillmark Rewards <b>", "refused": None,
             "social_links": ["https://t.me/qm_support"]},
        ],
        "sightings": [
            {"via": "web_search", "source": "https://duckduckgo.com/html/?q=quillmark",
             "title": "Quillmark Support (@quillmarksupport) / X", "snippet": "Claim a pen"},
        ],
    }
    out = write_evidence_pack(tmp_path / "p", evidence, None, {})
    summary = (out / "summary.md").read_text(encoding="utf-8")
    assert "## Where its links lead" in summary
    refused = next(x for x in summary.splitlines() if "not followed" in x)
    assert f"`https://quillmark-rewards.com/claim` -> `{target}`" in refused
    assert "loopback address 127.0.0.1" in refused
    # the refused target is code, never a bare URL a Markdown viewer would turn into a link
    assert target not in re.sub(r"`[^`]*`", "", summary)
    assert 'HTTP 200, titled "Quillmark Rewards \\<b\\>"' in summary
    assert "links to `https://t.me/qm_support`" in summary
    assert "Quillmark Support (@quillmarksupport) / X / Claim a pen" in summary
    full = json.loads((out / "evidence.json").read_text(encoding="utf-8"))
    assert full["evidence"]["linked_pages"][0]["final_url"] == target


def test_evidence_pack_without_finding_or_pages(tmp_path):
    out = write_evidence_pack(tmp_path / "p", {"platform": "x", "handle": "h"}, None, {})
    assert (out / "summary.md").read_text().startswith("# Evidence pack: x profile h")
    assert not (out / "avatar.png").exists()
    assert len((out / "SHA256SUMS").read_text().splitlines()) == 3  # + report-text.txt


def test_view_handles_finding_with_naive_dates():
    f = replace(
        sample.findings()[4],
        observation=replace(
            sample.findings()[4].observation,
            fields=replace(sample.findings()[4].observation.fields, last_active_at="garbage"),
        ),
    )
    v = build_view(sample.inventory(), [f], AuditInfo(audit_id=2, started_at="2025-03-01"))
    h = next(x for x in v.health if x.handle == "northwindcoffee.old")
    assert h.days_silent is None and h.dormant is True  # dormant evidence still counts
    assert re.search(r"garbage", render_html(v))


def test_duplicate_findings_and_odd_values_do_not_break_outputs(tmp_path):
    f = sample.findings()[1]
    odd = replace(f, evidence=(Evidence("x", float("nan"), "nan value"),), score=1.7)
    view = build_view(sample.inventory(), [f, odd], sample.audit())
    assert len({r.anchor for r in view.rows}) == 2
    data = findings_to_json([f, odd])
    text = json.dumps(data, allow_nan=False)  # strict JSON
    assert '"value": null' in text and all(0 <= d["score"] <= 1 for d in data)


def test_proposed_inventory_scalars_are_readable_and_reloadable():
    import yaml

    from reports.proposed import scalar

    assert scalar("Northwind Türkiye") == '"Northwind Türkiye"'
    for value in ["Northwind Türkiye", "a\u202eb", "x\x85y\x9fz", "tab\there", "zero\u200bwidth",
                  "tag\U000e0041", "line\nbreak", "emoji ☕"]:
        out = scalar(value)
        assert "\u202e" not in out and "\u200b" not in out and "\x85" not in out
        assert yaml.safe_load("k: " + out)["k"] == value


def test_csv_defuses_full_width_formula_signs():
    from reports.exports import csv_safe

    for sign in ("\uff1d", "\uff0b", "\uff0d", "\uff20"):
        cell = f"{sign}HYPERLINK(\"https://evil.example\")"
        assert csv_safe(cell) == "'" + cell
        assert csv_unescape(csv_safe(cell)) == cell
    assert csv_safe("Northwind ＝ coffee") == "Northwind ＝ coffee"


# --------------------------------------------------------------------------- languages


class _Visible(HTMLParser):
    """The text a reader sees: no script/style, nothing inside translate="no" (scraped and
    inventory values, codes), the placeholder of inputs included. ``names`` collects what is
    inside translate="no": the scraped and inventory vocabulary (handles, brands, platforms)."""

    SKIP = {"script", "style", "code", "pre", "noscript", "title"}
    VOID = {"meta", "img", "input", "br", "hr", "link", "col", "source", "wbr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[bool] = []  # per open element: does it hide its text?
        self.text: list[str] = []
        self.names: list[str] = []
        self.raw: list[bool] = []  # inside translate="no"

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "input" and a.get("placeholder") and not any(self.stack):
            self.text.append(a["placeholder"] or "")
        if tag in self.VOID:
            return
        self.stack.append(tag in self.SKIP or a.get("translate") == "no" or "hidden" in a)
        self.raw.append(a.get("translate") == "no")

    def handle_endtag(self, tag):
        if tag not in self.VOID and self.stack:
            self.stack.pop()
            self.raw.pop()

    def handle_data(self, data):
        if not any(self.stack):
            self.text.append(data)
        elif any(self.raw):
            self.names.append(data)


def visible_words(html: str, names: bool = False) -> set[str]:
    p = _Visible()
    p.feed(html)
    text = " ".join(p.names if names else p.text)
    return {w.lower() for w in re.findall(r"[^\W\d_]{3,}", text)}


def _words(texts) -> set[str]:
    return {w.lower() for t in texts for w in re.findall(r"[^\W\d_]{3,}", t)}


def test_turkish_report_has_no_english_left_in_what_a_reviewer_reads():
    from babel.dates import get_month_names

    from reports.i18n import catalog_messages

    base = sample.findings()
    decided = "2025-02-01T09:00:00+00:00"
    failed = replace(  # a takedown that did not hold, with its case file
        base[1], handle="northwindcoffee_help", status=Status.REOPENED,
        triage=Triage("instagram", "northwindcoffee_help", TriageDecision.TAKEN_DOWN, "ok",
                      decided, by="Ayşe"),
    )
    asked = replace(base[2], triage=replace(base[2].triage, decided_at=decided))
    findings = [*base[:2], asked, *base[3:], failed, *sample.synthetic(30)]
    history = {"instagram:northwindcoffee_help": [
        Triage("instagram", "northwindcoffee_help", TriageDecision.TAKEDOWN_REQUESTED, None,
               "2025-01-20T09:00:00+00:00", by="Ayşe"), failed.triage]}
    partial = {"complete": False, "finish_reason": "interrupted: SIGINT",
               "triage_history": history}
    audit = replace(sample.audit(), lang="tr", timezone="Europe/Istanbul", **partial)
    tr_html = render_html(build_view(sample.inventory(), findings, audit, sample.history()))
    en_html = render_html(build_view(sample.inventory(), findings,
                                     replace(sample.audit(), **partial), sample.history()))
    assert 'id="partial"' in tr_html and "northwindcoffee_help" in tr_html
    catalog = catalog_messages("tr")
    assert catalog and all(catalog.values()), "every message has a Turkish translation"
    turkish = _words(catalog.values()) | _words(
        list(get_month_names("abbreviated", locale="tr").values())
    )
    # proper names: scraped and inventory values (shown untranslated, in translate="no"
    # elsewhere on the page, also inside sentences), the zone and the search engine
    names = visible_words(en_html, names=True) | visible_words(tr_html, names=True)
    names |= {"utc", "duckduckgo", "searxng", "com", "sigint"}  # codes and names
    english = (_words(catalog) | visible_words(en_html)) - turkish - names
    left = visible_words(tr_html) & english
    assert left == set(), f"English words in the Turkish report: {sorted(left)}"
    assert '<html lang="tr"' in tr_html
    # times in the chosen zone (the audit started 10:00 UTC)
    assert "1 Mar 2025 13:00 (UTC+03:00)" in tr_html
    assert "1 Mar 2025 10:00 (UTC)" in en_html


def test_english_and_turkish_share_the_page_structure():
    audit = replace(sample.audit(), lang="tr")
    tr_view = build_view(sample.inventory(), sample.findings(), audit)
    en_view = build_view(sample.inventory(), sample.findings(), sample.audit())
    assert [g.key for g in tr_view.actions] == [g.key for g in en_view.actions]
    assert tr_view.actions[1].title == "Bildirilecek taklitçiler"
    imp = tr_view.comparisons[0].row
    en_imp = en_view.comparisons[0].row
    assert [e.signal for e in imp.evidence] == [e.signal for e in en_imp.evidence]
    avatar = next(e for e in en_view.comparisons[0].row.evidence if e.signal == "avatar_match")
    assert avatar.text.startswith("the avatar is identical")
    assert "avatar_match" in avatar.tip  # the code is the tooltip


def test_evidence_reads_as_sentences():
    from matching.models import Evidence as Ev
    from reports.i18n import Translator
    from reports.sentences import sentence, text_of

    en, tr = Translator("en"), Translator("tr")
    ev = Ev("avatar_match", 2, "avatar is a copy of the avatar of official account "
            "youtube:northwindcoffee (perceptual hash differs in 2 of 64 bits)")
    assert text_of(sentence(en, ev)) == (
        "the avatar is nearly identical to the picture of the official account "
        "youtube:northwindcoffee: the same picture, resized or saved again"
    )
    assert "bit" not in text_of(sentence(tr, ev))  # the measure stays in the record
    parts = sentence(en, ev)
    assert [p.text for p in parts if p.quoted] == ["youtube:northwindcoffee"]
    assert text_of(sentence(en, Ev("handle_similarity", 0.88, "x"))) == (
        "the handle is 88% similar to the brand's name"
    )
    assert text_of(sentence(tr, Ev("handle_similarity", 0.88, "x"))) == (
        "kullanıcı adı marka adına %88 benziyor"
    )
    # a signal the sentences do not know yet still reads, its code quoted
    assert text_of(sentence(en, Ev("brand_new_signal", 3, "x"))) == "signal brand_new_signal: 3"


def test_comparison_on_another_platform_says_so():
    base = sample.findings()
    blue = replace(
        base[1], platform="bluesky", handle="northwind.bsky.social",
        url="https://bsky.app/profile/northwind.bsky.social", imitates=None,
    )
    view = build_view(sample.inventory(), [*base, blue], sample.audit())
    cmp = next(c for c in view.comparisons if c.row.platform == "bluesky")
    assert not cmp.same_platform
    assert cmp.official.platform == "instagram"  # the brand's primary (most followed) account
    from reports.sentences import text_of

    # a platform in a sentence by its catalog title when the crawl summary has it ("X
    # (Twitter)", not a bare "x"); the sample's summary names Instagram, not Bluesky
    assert text_of(cmp.note) == (
        "Northwind Coffee has no official account on bluesky: compared with its primary "
        "account on Instagram."
    )


def test_inventory_language_key(tmp_path):
    from matching.inventory import InventoryErrors

    load = _catalog_loader()
    good = tmp_path / "inv.yaml"
    good.write_text(sample.SOURCE_YAML + "language: tr\n", encoding="utf-8")
    inv = load(good)
    assert inv.language == "tr"
    proposed = proposed_inventory(inv, sample.findings(), None, audit_id=1)
    assert "language: tr" in proposed
    for written, kept in (("hu", "hu"), ("pt_br", "pt-br"), ("PT-BR", "pt-BR"),
                          ("sr-Latn", "sr-Latn")):
        other = tmp_path / f"{kept}.yaml"
        other.write_text(sample.SOURCE_YAML + f"language: {written}\n", encoding="utf-8")
        assert load(other).language == kept  # a company language, not only a report's
    line = sample.SOURCE_YAML.count("\n") + 1
    for wrong in ("Hungarian", "h", "tr!", "12"):
        bad = tmp_path / "bad.yaml"
        bad.write_text(sample.SOURCE_YAML + f"language: '{wrong}'\n", encoding="utf-8")
        with pytest.raises(InventoryErrors) as err:
            load(bad)
        assert f"bad.yaml:{line}" in str(err.value) and "language: hu" in str(err.value)


def test_a_company_language_without_a_report_catalog_falls_back(monkeypatch):
    """``language: hu``: the report is in the machine's language (or English); ``language:
    tr`` or ``--lang`` still choose it; a wrong ``--lang`` is still an error."""
    from crawler.runner import report_language
    from reports.i18n import LanguageError

    monkeypatch.setenv("LC_ALL", "C")
    monkeypatch.setenv("LANG", "C")
    inv = sample.inventory()
    assert report_language(None, replace(inv, language="hu")) == "en"
    assert report_language(None, replace(inv, language="tr-TR")) == "tr"
    assert report_language("tr", replace(inv, language="hu")) == "tr"
    monkeypatch.setenv("LC_ALL", "tr_TR.UTF-8")
    assert report_language(None, replace(inv, language="hu")) == "tr"
    with pytest.raises(LanguageError):
        report_language("hu", inv)


# --------------------------------------------------------------------------- spreadsheet exports


def test_csv_opens_in_excel_under_turkish_and_english_locales(tmp_path):
    fs = sample.findings()
    en = write_csv(tmp_path / "en.csv", fs)
    tr = write_csv(tmp_path / "tr.csv", fs, "tr")
    for path in (en, tr):
        assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel reads ı, ş
    en_head = en.read_text(encoding="utf-8-sig").splitlines()[0]
    tr_text = tr.read_text(encoding="utf-8-sig")
    assert en_head.startswith("platform,handle,url,")  # the contract's field names
    assert tr_text.splitlines()[0].startswith("Platform;Kullanıcı adı;URL;Görünen ad;Sınıf")
    assert ";0,93;" in tr_text and ";0.93;" not in tr_text  # decimal comma
    # both read back to the same fields and values
    assert read_csv(tr) == read_csv(en)
    assert "0.93" in {r["score"] for r in read_csv(tr)}


def test_xlsx_has_one_typed_sheet_per_view(tmp_path):
    from datetime import datetime

    openpyxl = pytest.importorskip("openpyxl")
    audit = replace(sample.audit(), lang="tr", timezone="Europe/Istanbul")
    paths = write_outputs(tmp_path, replace(sample.inventory(), source=None), sample.findings(),
                          audit, sample.history())
    wb = openpyxl.load_workbook(paths["findings.xlsx"])
    assert wb.sheetnames == ["Tüm bulgular", "Yapılacaklar", "Kendi hesaplarımız",
                             "Birleştirme", "Kapsam", "Kararlar"]
    for ws in wb.worksheets:
        assert ws.freeze_panes == "A2"  # header frozen
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:")
    ws = wb["Tüm bulgular"]
    head = [c.value for c in ws[1]]
    rows = [dict(zip(head, (c.value for c in r), strict=True)) for r in ws.iter_rows(min_row=2)]
    support = next(r for r in rows if r["Kullanıcı adı"] == "northwindcoffee_support")
    assert support["Takipçi"] == 312 and isinstance(support["Takipçi"], int)
    assert support["Puan"] == 0.93 and isinstance(support["Puan"], float)
    assert support["Önem"] == "Yüksek" and support["Sınıf"] == "Taklitçi"
    assert support["Değişim"] == "Yeni"  # capitalised like its neighbours
    assert "profil resmi" in support["Kanıt"]
    official = next(r for r in rows if r["Kullanıcı adı"] == "northwindcoffee"
                    and r["Platform"] == "Instagram")  # the platform as users know it
    when = official["Son etkinlik (Europe/Istanbul)"]
    assert when == datetime(2025, 2, 27, 12, 0)  # 09:00 UTC, shown in Istanbul's zone
    # scraped text that looks like a formula stays text
    # (a platform the audit's catalog did not record keeps its code)
    fan = next(r for r in rows if r["Platform"] == "youtube")
    assert {r["Platform"] for r in rows} >= {"Instagram", "X (Twitter)"}
    assert {r[2] for r in wb["Yapılacaklar"].iter_rows(min_row=2, values_only=True)} <= {
        "Instagram", "X (Twitter)", "Facebook", "GitHub", "LinkedIn", "Threads", "youtube",
        "tiktok"}
    assert fan["Kullanıcı adı"] == '=HYPERLINK("http://evil")'
    cell = next(c for c in ws["E"] if c.value == '=HYPERLINK("http://evil")')
    assert cell.data_type == "s"
    health = wb["Kendi hesaplarımız"]
    assert health.max_row - 1 == len(build_view(sample.inventory(), sample.findings(),
                                                sample.audit()).health)
    # each gap's reason once, in its own column (it was said twice on every row)
    for _step, what, why in wb["Kapsam"].iter_rows(min_row=2, values_only=True):
        assert why and what and not what.endswith(why), (what, why)


def test_failed_takedown_comes_first_with_its_reach():
    base = sample.findings()
    back = replace(
        base[1], handle="northwindcoffee_help", status=Status.REOPENED,
        triage=Triage("instagram", "northwindcoffee_help", TriageDecision.TAKEN_DOWN, None,
                      "2025-01-01T00:00:00+00:00"),
    )
    view = build_view(sample.inventory(), [*base, back], sample.audit())
    groups = {g.key: g for g in view.actions}
    assert [i.row.handle_plain for i in groups["takedown_failed"].items] == [
        "northwindcoffee_help"
    ]
    assert "report again" in groups["takedown_failed"].items[0].instruction.lower()
    assert view.top_actions[0][0].key == "takedown_failed"
    # impostors within one severity: the most followed first
    big = replace(base[1], handle="northwind_big", observation=replace(
        base[1].observation, fields=replace(base[1].observation.fields, followers=90_000)))
    view = build_view(sample.inventory(), [*base, big], sample.audit())
    imp = next(g for g in view.actions if g.key == "impostor")
    assert [i.row.handle_plain for i in imp.items][:2] == [
        "northwind_big", "northwindcoffee_support"
    ]


def test_comparison_on_another_platform_shows_the_account_it_copies():
    """A Telegram impostor whose avatar is the brand's TikTok picture: its action says
    "impersonation of tiktok:..." so the evidence beside it is that account, not the primary."""
    base = sample.findings()
    tele = replace(
        base[1], platform="telegram", handle="northwind_help",
        url="https://t.me/northwind_help", imitates=("tiktok", "northwindcoffee"),
    )
    view = build_view(sample.inventory(), [*base, tele], sample.audit())
    cmp = next(c for c in view.comparisons if c.row.platform == "telegram")
    assert not cmp.same_platform
    assert (cmp.official.platform, cmp.official.handle) == ("tiktok", "northwindcoffee")
    from reports.sentences import text_of

    assert text_of(cmp.note) == (
        "Northwind Coffee has no official account on telegram: compared with the account it "
        "copies, on tiktok."
    )
    action = next(a for g in view.actions if g.key == "impostor" for a in g.items
                  if a.row.platform == "telegram")
    official = next(f for f in base if (f.platform, f.handle) == ("tiktok", "northwindcoffee"))
    assert "tiktok.com/@northwindcoffee" in action.instruction and official.url


def test_the_action_names_the_imitated_account_by_its_address_on_the_platform():
    """"Report to the platform as impersonation of instagram:northwindcoffee": brandsweep's
    notation, which the platform's form does not take; the report says the account's address
    (the audit's finding of it), and brandsweep's notation only when it has none."""
    base = sample.findings()
    official = next(f for f in base if f.url and f.url.startswith("https://")
                    and f.cls.value == "official")
    fake = replace(base[1], platform="telegram", handle="fake_help", url="https://t.me/fake_help",
                   imitates=(official.platform, official.handle.upper()))
    unknown = replace(fake, handle="fake_two", url="https://t.me/fake_two",
                      imitates=("mastodon", "nobody"))
    view = build_view(sample.inventory(), [*base, fake, unknown], sample.audit())
    said = {a.row.handle: a.instruction for g in view.actions if g.key == "impostor"
            for a in g.items}
    address = official.url.removeprefix("https://").removeprefix("www.").rstrip("/")
    assert said["fake_help"] == f"Report to the platform as impersonation of {address}."
    assert f"{official.platform}:" not in said["fake_help"]
    assert said["fake_two"] == "Report to the platform as impersonation of mastodon:nobody."


def test_brand_names_in_the_health_table_break_between_words_only():
    """At 1400 px the inventory-health table squeezed its first column to a few letters
    ("Northwi|nd Coffee"): every cell may break anywhere, which lets a table shrink a column
    below its longest word. The brand column breaks between words."""
    css = (Path(__file__).resolve().parents[1] / "reports" / "templates" / "report.css").read_text()
    rule = re.search(r"#health-table td:first-child\{([^}]*)\}", css)
    assert rule and "overflow-wrap:break-word" in rule.group(1)
    anywhere = "table.grid td,table.grid tbody th{overflow-wrap:anywhere}"
    assert css.index(rule.group(0)) > css.index(anywhere)  # later: it wins
    # nor is a number cut in two: "812.40|0" in a Turkish report read as 812.40
    num = re.search(r"table\.grid td\.num[^{]*\{([^}]*)\}", css)
    assert num and "white-space:nowrap" in num.group(1)
    assert css.index(num.group(0)) > css.index(anywhere)


def test_a_reviewers_decision_reads_as_its_label_not_its_code():
    from reports.i18n import Translator
    from reports.sentences import sentence, text_of

    ev = Evidence("triage", "taken_down", "reviewer decided 'taken_down'")
    assert text_of(sentence(Translator("tr"), ev)) == "bir inceleyenin kararı: Kaldırıldı"
    assert text_of(sentence(Translator("en"), ev)) == "a reviewer's decision: Taken down"


def test_why_this_class_reads_in_the_reports_language():
    """The Turkish report said 'bu sınıfın nedeni: “walled, secondary evidence of a scam”':
    the rule's name, in English. The rules' labels are translated (a rule without one, new in
    matching/decide.py, is quoted as it is)."""
    from reports.i18n import Translator
    from reports.sentences import RULE_LABELS, sentence, text_of

    ev = Evidence("decision", "walled, secondary evidence of a scam",
                  "secondary: the page itself could not be read; linked from a scam site")
    tr = text_of(sentence(Translator("tr"), ev))
    assert tr.startswith("bu sınıfın nedeni: sayfanın kendisi okunamadı")
    assert "walled" not in tr
    assert "linked from a scam site" in text_of(sentence(Translator("en"), ev))
    turkish = Translator("tr")
    assert all(turkish.gettext(label) != label for label in RULE_LABELS.values())


def test_a_catalogs_own_reason_is_no_english_in_a_turkish_report():
    from reports.i18n import Translator
    from reports.sentences import probe_reason_text

    why = "bot-blocked (HTTP 999 for every page); found only through web search and links"
    assert probe_reason_text(Translator("tr"), why) == "platform dışarıdan yoklanamıyor"
    assert probe_reason_text(Translator("en"), why) == (
        f"the platform cannot be probed from outside ({why})")
    assert probe_reason_text(Translator("en"), "dns_error") == (
        "the platform's address could not be found")
    # a code the list does not know yet: said neutrally, the code kept for the reader
    assert probe_reason_text(Translator("en"), "quic_error") == "the check failed (quic_error)"


def test_every_reason_a_reader_or_the_catalog_gives_has_words():
    """'Check by hand: the platform did not answer (no_profile_data)': a reviewer read a code,
    and a wrong sentence (the platform had answered). Every reason code the catalog's markers
    (crawler/platforms.yaml) and the readers (crawler/extract) give is said in words."""
    from reports.sentences import PROBE_REASONS

    root = Path(__file__).resolve().parents[1]
    codes: set[str] = set()

    def walk(node):
        if isinstance(node, dict):
            if isinstance(node.get("reason"), str) and re.fullmatch(r"[a-z_]+", node["reason"]):
                codes.add(node["reason"])
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(yaml.safe_load((root / "crawler" / "platforms.yaml").read_text(encoding="utf-8")))
    for path in (root / "crawler" / "extract").rglob("*.py"):
        codes |= set(re.findall(r'UNVERIFIABLE, "([a-z_]+)"', path.read_text(encoding="utf-8")))
    assert len(codes) > 15 and sorted(codes - set(PROBE_REASONS)) == []


def test_coverage_counts_a_catalogs_reason_in_the_reports_language():
    from reports.coverage import _unverified_reason
    from reports.i18n import Translator

    why = "bot-blocked (HTTP 999 for every page); found only through web search and links"
    assert _unverified_reason(why, Translator("tr")) == "platform dışarıdan yoklanamıyor"
    assert _unverified_reason(why, Translator("en")) == why
    # a reader's code is said in words in Coverage too (it listed '1 × no_profile_data')
    assert _unverified_reason("no_profile_data", None) == (
        "the page names the handle but shows nothing of the account")
    assert _unverified_reason("unrecognised_page", Translator("tr")) == (
        "platform brandsweep'in tanımadığı bir sayfayla yanıt verdi")
    assert _unverified_reason("login_wall", None) == "login wall"  # Coverage's own words


def test_an_uncalibrated_probe_gap_reads_in_the_reports_language():
    """'Threads yoklaması çalışamadı “variants probed without calibration: ...”': the
    crawl's English sentence, quoted in a Turkish report, and a lead that said the probe
    did not run when it ran without its cross-check."""
    from reports.coverage import gap_view
    from reports.i18n import Translator

    gap = {"path": "probe", "engine": "threads", "reason": "login_wall",
           "query": "variants probed without calibration: a random handle could not be "
                    "checked, so a found there is not cross-checked"}
    tr = gap_view(gap, {"threads": "Threads"}, Translator("tr"))
    assert tr.query is None and "calibration" not in tr.text
    assert tr.text.startswith("Threads üzerindeki benzer kullanıcı adları çapraz kontrol "
                              "olmadan yoklandı: giriş duvarı")
    en = gap_view(gap, {"threads": "Threads"}, Translator("en"))
    assert en.text.startswith("Look-alike handles on Threads were probed without a cross-check")


def test_the_handle_sentence_says_how_it_resembles_the_brand():
    """'the handle is 100% similar to the brand's name' for northwindcoffee_support: 100% of
    what? The sentence says what the matcher saw: the name with a word added, look-alike
    characters, a letter left out; other resemblances keep their percentage."""
    from reports.i18n import Translator
    from reports.sentences import sentence, text_of

    en, tr = Translator("en"), Translator("tr")

    def say(t, value, detail):
        return text_of(sentence(t, Evidence("handle_similarity", value, detail)))

    added = ("handle 'northwindcoffee_support' resembles 'northwindcoffee' (affix_scam): adds "
             "'support'; similarity 1.00")
    assert say(en, 1.0, added) == (
        "the handle is the brand's name northwindcoffee with support added")
    assert say(tr, 1.0, added) == (
        "kullanıcı adı, marka adına (northwindcoffee) support eklenerek oluşturulmuş")
    glyph = ("handle 'n0rthwindcoffee' resembles 'northwindcoffee' (homoglyph): '0' replaces "
             "'o' at position 2; similarity 1.00")
    assert say(en, 1.0, glyph) == (
        "the handle is the brand's name northwindcoffee with look-alike characters (0 for o)")
    left = ("handle 'northwindcofee' resembles 'northwindcoffee' (omission): 'f' is left out at "
            "position 13; similarity 0.97")
    assert say(en, 0.97, left) == (
        "the handle is the brand's name northwindcoffee with a letter left out")
    other = ("handle 'northwindcoffeelive' resembles 'northwindcoffee' (similar): 'live' is "
             "inserted at position 16; similarity 0.88")
    assert say(en, 0.88, other) == "the handle is 88% similar to northwindcoffee"
    assert say(tr, 0.88, other) == "kullanıcı adı northwindcoffee adına %88 benziyor"
    # a declared handle the matcher compared it with, not the brand's name
    separated = ("handle 'northwind_care' resembles 'northwindcare' (separator): only adds "
                 "separators; similarity 1.00")
    assert say(en, 1.0, separated) == (
        "the handle is northwindcare with only separators added")
    assert say(en, 0.9, "x") == "the handle is 90% similar to the brand's name"


def test_what_changed_reads_in_the_reports_language():
    """The Turkish report's resolved list said 'not seen in this audit (deleted, renamed or
    taken down)': the history's English phrase."""
    from reports.i18n import Translator
    from reports.view import status_detail_text

    tr = Translator("tr")
    assert status_detail_text(tr, "not seen in this audit (deleted, renamed or taken down)") == (
        "bu denetimde görülmedi (silinmiş, adı değiştirilmiş ya da kaldırılmış)")
    assert status_detail_text(tr, "class unverified -> impostor; severity none -> high; "
                                  "bio 'a; b' -> 'c'") == (
        "sınıf Doğrulanamadı -> Taklitçi; önem Yok -> Yüksek; biyografi 'a; b' -> 'c'")
    same = "not seen in this audit (deleted, renamed or taken down)"
    assert status_detail_text(Translator("en"), same) == same


def test_a_found_profile_to_check_by_hand_does_not_blame_the_platform():
    """x:northwindcofee was found (its page shows nothing of its own), but the action said
    'Check by hand: the platform did not answer.'"""
    base = sample.findings()
    taken = replace(base[7], platform="x", handle="northwindcofee", probe_state="found",
                    probe_reason=None, url="https://x.com/northwindcofee")
    view = build_view(sample.inventory(), [*base, taken], sample.audit())
    group = next(g for g in view.actions if g.key == "unverified")
    item = next(a for a in group.items if a.row.handle == "northwindcofee")
    assert item.instruction == ("Check by hand: the profile exists, but its page shows "
                                "nothing to compare with the brand.")
    walled = next(a for a in group.items if a.row.handle == "northwind_kahve")
    assert "did not answer" in walled.instruction or "the platform" in walled.instruction


def test_somebody_elses_profile_has_no_department_and_a_fan_only_resembles():
    """The band 'northwind' (unrelated) was listed under 'Marketing (guessed)', and a fan page
    'imitates' the official account, the word the report keeps for impostors."""
    base = sample.findings()
    band = replace(base[8], department="Marketing", imitates=("instagram", "northwindcoffee"))
    fan = replace(base[6], imitates=("instagram", "northwindcoffee"))
    view = build_view(sample.inventory(), [*base[:6], fan, base[7], band], sample.audit())
    row = next(r for r in view.rows if r.handle == "northwind")
    assert row.department is None and row.owner is None
    html = render_html(view)
    fan_row = html[html.index('data-class="fan"'):]
    fan_row = fan_row[: fan_row.index("</tr>")]
    assert "resembles" in fan_row and "imitates" not in fan_row


def test_class_headers_and_row_names_break_between_words_only():
    """'IMP|OST|OR', 'OFFICI|AL, UNLIST|ED' and 'Cust|omer Care' in the breakdown tables: a
    header and a row's name break between words; the class headers are set smaller to fit."""
    css = (Path(__file__).resolve().parents[1] / "reports" / "templates" / "report.css").read_text()
    head = re.search(r"thead th\.wrap\{([^}]*)\}", css)
    assert head and "overflow-wrap:normal" in head.group(1) and "anywhere" not in head.group(1)
    row = re.search(r"table\.grid tbody th\[scope=row\]\{([^}]*)\}", css)
    assert row and "overflow-wrap:break-word" in row.group(1)


def test_a_reopened_case_says_why_it_is_open_again():
    """A profile recorded as taken down that the next audit still found read 'it reappeared
    after it had been resolved': it was never resolved."""
    from reports.i18n import Translator
    from reports.sentences import sentence, text_of

    en, tr = Translator("en"), Translator("tr")
    still = Evidence("reopened", True, "marked taken down, but the profile is back (still there)")
    assert text_of(sentence(en, still)) == (
        "recorded as taken down, but the profile is still there")
    assert text_of(sentence(tr, still)) == "kaldırıldı olarak kaydedildi, ama profil hâlâ yerinde"
    over = Evidence("reopened", True, "triaged 'fan', but it now shows impostor signals "
                    "(official logo or lookalike link, with scam wording)")
    assert text_of(sentence(en, over)).startswith("a reviewer decided Fan / parody, but it now")


def test_plain_look_alike_letters_are_not_called_another_alphabet():
    from reports.i18n import Translator
    from reports.sentences import sentence, text_of

    ev = Evidence("homoglyphs", "karakusyardlm",
                  "the handle 'karakusyardlm' spells 'KarakusYardim' with look-alike letters")
    assert text_of(sentence(Translator("en"), ev)) == (
        "the handle spells KarakusYardim with look-alike letters")
    other = Evidence("homoglyphs", "nоrthwind", "Cyrillic 'о' (U+043E) imitates 'o'")
    assert "another alphabet" in text_of(sentence(Translator("en"), other))


def test_the_display_name_sentence_says_whether_it_is_or_contains_the_brand():
    from reports.i18n import Translator
    from reports.sentences import sentence, text_of

    en, tr = Translator("en"), Translator("tr")

    def say(t, value, detail):
        return text_of(sentence(t, Evidence("display_name_similarity", value, detail)))

    added = ("display name 'Northwind Coffee Support 24/7' matches brand name "
             "'Northwind Coffee' (1.00)")
    assert say(en, 1.0, added) == ("the display name Northwind Coffee Support 24/7 contains "
                                   "the brand's name Northwind Coffee")
    same = "display name 'Northwind Coffee' matches brand name 'Northwind Coffee' (1.00)"
    assert say(tr, 1.0, same) == "görünen ad, markanın adı: Northwind Coffee"
    near = "display name 'Karakuş Yardım 7/24' matches brand name 'Karakuş' (0.70)"
    assert say(en, 0.7, f"secondary: from a web search result: {near}") == (
        "secondary: the display name is 70% similar to the brand's name")


def test_an_own_account_the_audit_could_not_see_is_not_called_missing():
    """LinkedIn hides every page from crawlers: the declared company page was 'unverified',
    and its cell said 'no working account: create one or restore the declared one'."""
    from reports.sentences import text_of

    base = sample.findings()
    walled = replace(base[0], cls=FindingClass.UNVERIFIED, probe_state="unverifiable",
                     probe_reason="login_wall")
    view = build_view(sample.inventory(), [walled, *base[1:]], sample.audit())
    cell = next(c for row in view.consolidation for c in row.cells if c.platform == "instagram"
                and c.accounts)
    assert cell.rec == "review"
    assert text_of(cell.rec_text) == "check by hand: the audit could not see the account"
    # the account's own line says why, not "not checked in this audit" (it was checked)
    (own,) = [a for a in cell.accounts if a.state == "unverified"]
    assert text_of(own.rec_text) == "check by hand: the platform shows a login wall"
    health = next(h for h in view.health if h.platform == "instagram" and h.declared
                  and h.state == "unverified")
    assert health.recommendation == "check by hand: the platform shows a login wall"
    turkish = build_view(sample.inventory(), [walled, *base[1:]],
                         replace(sample.audit(), lang="tr"))
    assert any(h.recommendation == "elle kontrol edin: platform bir giriş duvarı gösteriyor"
               for h in turkish.health)


def test_a_missing_account_names_the_unlisted_one_that_may_be_it_renamed():
    """Karakuş's declared Telegram channel was gone and an unlisted channel of the brand was
    found on Telegram; the report said only 'confirm it was deleted or renamed'."""
    base = sample.findings()
    heir = replace(base[5], platform="x", handle="NorthwindHelp", url="https://x.com/NorthwindHelp",
                   department="Customer Care")  # the missing account's team
    view = build_view(sample.inventory(), [*base, heir], sample.audit())
    group = next(g for g in view.actions if g.key == "missing")
    item = next(a for a in group.items if a.row.platform == "x")
    assert "@NorthwindHelp" in item.instruction and "may be it, renamed" in item.instruction
    alone = build_view(sample.inventory(), base, sample.audit())
    item = next(a for g in alone.actions if g.key == "missing" for a in g.items)
    assert item.instruction.startswith("Declared but not found: confirm it was deleted")
    # another department's account is no rename (cinar: a marketing account gone, the careers
    # account of Human Resources found)
    other = replace(heir, department="Marketing")
    view = build_view(sample.inventory(), [*base, other], sample.audit())
    item = next(a for g in view.actions if g.key == "missing" for a in g.items)
    assert "may be it, renamed" not in item.instruction


def test_an_impostor_of_a_declared_account_found_gone_is_reported_against_the_live_one():
    """A Telegram impostor 'imitated' the declared channel the same audit found deleted or
    renamed; its action and the takedown text named that dead link, which the platform
    cannot open. The brand's live account on that platform is named instead, and the
    evidence beside it is that account."""
    from reports.view import live_imitations

    base = sample.findings()
    assert base[2].imitates == ("x", "NorthwindCare") and base[3].cls == FindingClass.MISSING
    live = replace(base[5], platform="x", handle="northwindhelp",
                   url="https://x.com/northwindhelp")
    base[2] = replace(base[2], triage=None)  # not yet reported
    findings = [*base, live]
    assert live_imitations(findings)[2].imitates == ("x", "northwindhelp")
    assert live_imitations(base)[2].imitates == ("x", "NorthwindCare")  # no live one: as it was
    view = build_view(sample.inventory(), findings, sample.audit())
    action = next(a for g in view.actions for a in g.items if a.row.platform == "x"
                  and a.row.cls == "impostor")
    assert "x.com/northwindhelp" in action.instruction
    assert "NorthwindCare" not in action.instruction
    cmp = next(c for c in view.comparisons if c.row.platform == "x")
    assert (cmp.official.platform, cmp.official.handle) == ("x", "northwindhelp")


def test_an_impostor_is_compared_with_the_account_it_imitates_on_its_platform():
    """An X impostor of the brand's help desk (x:KarakusYardim-like) was shown beside the
    brand's main X account, while its action named the help desk."""
    base = sample.findings()
    main = replace(base[5], platform="x", handle="northwindcoffee",
                   url="https://x.com/northwindcoffee", cls=FindingClass.OFFICIAL)
    desk = replace(base[5], platform="x", handle="northwindcare",
                   url="https://x.com/northwindcare", cls=FindingClass.OFFICIAL)
    imp = replace(base[2], imitates=("x", "NorthwindCare"))
    view = build_view(sample.inventory(), [base[0], main, desk, imp], sample.audit())
    cmp = next(c for c in view.comparisons if c.row.platform == "x")
    assert cmp.official.handle == "northwindcare"


def test_days_silent_count_to_the_as_of_date_like_the_evidence():
    """With --as-of the evidence said '2,737 days without activity' (the classifier's clock)
    and the health table '2,745 days' (the audit's start): two figures for one account."""
    base = sample.findings()
    old = base[4]  # last active 2022-11-10
    audit = replace(sample.audit(), settings={"as_of": "2023-11-10T00:00:00+00:00"})
    view = build_view(sample.inventory(), base, audit)
    row = next(h for h in view.health if h.handle == old.handle)
    assert row.days_silent == 365
    started = build_view(sample.inventory(), base, sample.audit())
    assert next(h for h in started.health if h.handle == old.handle).days_silent > 365


@pytest.mark.parametrize("decision", ["fan", "official", "false_positive"])
def test_a_walled_impostor_a_reviewer_cleared_is_not_on_the_list_to_report(decision):
    """A walled page keeps the class the classifier gave it; a reviewer who decided it is a
    fan page or the company's own is not asked to report it."""
    from matching.models import Triage, TriageDecision

    base = sample.findings()
    imp = replace(base[1], triage=Triage(base[1].platform, base[1].handle,
                                         TriageDecision(decision), None, None))
    view = build_view(sample.inventory(), [base[0], imp], sample.audit())
    listed = [a.row.handle_plain for g in view.actions if g.key == "impostor" for a in g.items]
    assert "northwindcoffee_support" not in listed
    # the summary's count says where the one left off the list went
    assert "1 impostor (1 high severity), 1 of them cleared by a reviewer;" in view.headline


def _walled_impostor():
    """A walled impostor decided on what a search result and a lookalike page show."""
    from matching.models import Evidence

    base = sample.findings()[1]
    return replace(base, handle="northwind_destek", url="https://www.instagram.com/northwind_destek/",
                   evidence=(
        Evidence("decision", "walled, secondary evidence of a scam",
                 "secondary: the page itself could not be read; its search result asks for card"),
        Evidence("search_result", "https://www.instagram.com/northwind_destek/",
                 "secondary: from a web search result: title 'Northwind Destek (@northwind_destek)'"
                 " and snippet 'Send your card number by DM for a refund (today only)' "
                 "(https://duckduckgo.com/html/?q=x); the profile itself shows a crawler no name "
                 "or bio"),
        Evidence("scam_wording", "card number",
                 "secondary: from a web search result: uses scam vocabulary: 'card number'"),
    ))


def test_secondary_evidence_is_marked_and_explained():
    """A reviewer read 'secondary: ...' (Turkish 'ikincil: ...') with nothing saying what it
    meant, and a search result as a bare URL: the words that made it suspect were missing."""
    view = build_view(sample.inventory(), [sample.findings()[0], _walled_impostor()],
                      replace(sample.audit(), lang="tr"))
    group = next(g for g in view.actions if g.key == "impostor")
    assert group.secondary and view.comparisons_secondary
    lines = group.items[0].row.evidence
    assert [e.secondary for e in lines] == [False, True, True]  # the rule's line is not
    assert lines[1].text.endswith("sonucun metni: Send your card number by DM for a refund "
                                  "(today only)")
    html = render_html(view)
    assert html.count("“İkincil” diye işaretli satırlar") == 2  # the action list, the evidence
    assert 'class="secondary"' in html
    plain = build_view(sample.inventory(), sample.findings()[:2], sample.audit())
    assert "secondary-note" not in render_html(plain)


def test_the_page_gives_the_command_that_applies_its_decisions():
    """'brandsweep triage --db FILE --import FILE': the database and the exported file's
    name are known, so the page gives the command ready to paste."""
    audit = replace(sample.audit(), db_path="/srv/audits/brand sweep.db")
    view = build_view(sample.inventory(), sample.findings(), audit)
    assert view.import_command == ("brandsweep triage --db '/srv/audits/brand sweep.db' "
                                   "--import decisions-audit-7.json")
    assert "decisions-audit-7.json</code>" in render_html(view)
    assert build_view(sample.inventory(), sample.findings(), sample.audit()).import_command \
        .startswith("brandsweep triage --db FILE --import")


def test_a_takedown_requested_today_is_not_zero_days_ago():
    from matching.models import Triage, TriageDecision

    base = sample.findings()
    started = sample.audit().started_at
    imp = replace(base[1], triage=Triage(base[1].platform, base[1].handle,
                                         TriageDecision.TAKEDOWN_REQUESTED, None, started))
    view = build_view(sample.inventory(), [base[0], imp], replace(sample.audit(), lang="tr"))
    item = next(g for g in view.actions if g.key == "in_progress").items[0]
    assert item.instruction == "Kaldırma bugün talep edildi, hâlâ yayında: platformla takip edin."


def test_about_speaks_the_readers_language_and_the_header_gives_the_as_of_date():
    """A Turkish report's "About" listed 'allow_private_network yes', 'platforms []' and an
    ISO as_of, and its header gave no hint that the audit classified as of another day."""
    audit = replace(sample.audit(), lang="tr", timezone="Europe/Istanbul", settings={
        "platforms": [], "proxy": False, "as_of": "2025-02-28T23:59:59+00:00",
        "sites_file": None, "max_variants": 40, "something_new": "x"})
    view = build_view(sample.inventory(), sample.findings(), audit)
    assert dict(view.settings) == {
        "Platformlar (--platforms)": "hepsi", "Vekil sunucu üzerinden (--proxy)": "hayır",
        "Sınıflandırma tarihi (--as-of)": "1 Mar 2025 02:59 (UTC+03:00)",
        "Site listesi (--sites-file)": "—",
        "Platform ve marka başına kullanıcı adı çeşidi (--max-variants)": "40",
        "something_new": "x"}
    assert "sınıflandırma tarihi <strong>1 Mar 2025 02:59 (UTC+03:00)</strong>" in \
        render_html(view)
    assert build_view(sample.inventory(), sample.findings(), sample.audit()).as_of is None


def test_an_empty_cell_prints_no_bare_label_on_a_phone_or_paper():
    """Printed, every checked platform of the coverage table ended in 'Note:' with nothing
    after it (a card's label is its column's name, shown even for an empty cell)."""
    css = (Path(__file__).resolve().parents[1] / "reports" / "templates" / "report.css").read_text()
    phone = css[css.index("@media (max-width:640px)"):css.index("@media print")]
    paper = css[css.index("@media print"):]
    for block in (phone, paper):
        assert "table.grid>tbody>tr>td:empty{display:none}" in block


def test_the_summary_and_the_action_say_what_changed_since_the_previous_audit():
    """A second audit's summary named only what was new: one changed and two resolved were
    in the terminal and in a collapsed list, and a changed impostor's action did not say what
    changed (in Turkish the fields were English: 'bio ... ; links +...')."""
    base = sample.findings()
    changed = replace(base[1], status=Status.CHANGED,
                      status_detail="bio 'hello' -> 'send your card'; links +https://x.example; "
                                    "severity medium -> high")
    findings = [replace(f, status=Status.UNCHANGED) for f in base[:1]] + [changed] + [
        replace(base[9], status=Status.RESOLVED)]
    audit = replace(sample.audit(), lang="tr")
    view = build_view(sample.inventory(), findings, audit)
    assert view.headline.endswith("; önceki denetimden bu yana 1 değişen, 1 çözülen.")
    en = build_view(sample.inventory(), findings, sample.audit()).headline
    assert en.endswith("; 1 changed, 1 resolved since the previous audit.")
    html = render_html(view)
    assert ('Önceki denetimden bu yana değişen: <span translate="no">biyografi &#39;hello&#39; '
            "-&gt; &#39;send your card&#39;; bağlantılar +https://x.example; önem Orta -&gt; "
            "Yüksek</span>") in html


def test_a_multi_line_bio_is_not_hidden_characters():
    """Every bio with a link on its own line (Bluesky, Telegram, most Instagram bios) got the
    'hidden characters' warning and a 'U+000A' marker in its text: the warning is for
    bidi and zero-width tricks, not for line breaks."""
    from reports.untrusted import has_hidden

    bio = "Bilet iadesi için DM'den yazın.\r\nhttps://karakus-destek.com\n"
    assert not has_hidden(bio) and mark_text(bio) == bio
    assert has_hidden("line\u2028break") and has_hidden("a\x0bb")  # still flagged


def test_the_bio_is_quoted_as_it_is_written_not_as_the_matcher_folded_it():
    """'the bio names the brand: “karakus hava yollari”' beside a bio reading 'Karakuş Hava
    Yolları': a quotation the page does not contain."""
    from matching.models import Evidence
    from reports.view import bio_span

    assert bio_span("Karakuş Hava Yolları resmi kanalı", "karakus hava yollari") == \
        "Karakuş Hava Yolları"
    assert bio_span("We love (Northwind Coffee Co.) beans", "northwind coffee co.") == \
        "Northwind Coffee Co"
    assert bio_span("nothing of it", "karakus") is None
    # another script: "nsym llthwyl" is the matcher's transliteration of an Arabic name
    assert bio_span("أهلاً بكم في نسيم للتحويل 💸", "nsym llthwyl") == "نسيم للتحويل"
    assert bio_span("مرحبا بكم", "nsym llthwyl") is None
    base = sample.findings()[1]
    fields = replace(base.observation.fields, bio="İstanbul'dan Northwind Çoffee destek")
    f = replace(base, observation=replace(base.observation, fields=fields),
                evidence=(Evidence("brand_mention", "northwind coffee",
                                   "bio mentions 'northwind coffee'"),))
    row = next(r for r in build_view(sample.inventory(), [f], sample.audit()).rows)
    assert row.evidence[0].text == "the bio names the brand: Northwind Çoffee"


def test_the_classifiers_reason_under_a_reviewers_class_says_it_was_the_audits():
    """A false positive read 'Unrelated' with 'why this class: resembles the brand ... a
    low-priority candidate to check' under it: the reason of the class the reviewer overruled."""
    from matching.classify import apply_triage
    from matching.models import Triage, TriageDecision
    from reports.sentences import text_of

    base = sample.findings()
    why = Evidence("decision", "resemblance only", "resembles the brand but shows no harm")
    suspect = replace(base[1], evidence=(why, *base[1].evidence))
    t = Triage(suspect.platform, suspect.handle, TriageDecision.FALSE_POSITIVE, "a dealer",
               "2026-12-01T10:00:00+00:00")
    overruled = apply_triage(suspect, t)
    assert overruled.cls != suspect.cls
    for lang, expected in (("en", "why the audit had it as Impostor: resembles the brand but "
                                  "shows no harm"),
                           ("tr", "taramanın onu Taklitçi saymasının nedeni: ")):
        view = build_view(sample.inventory(), [overruled, *base[2:]],
                          replace(sample.audit(), lang=lang))
        row = next(r for r in view.rows if r.handle_plain == suspect.handle)
        said = [text_of(e.sentence) for e in row.evidence if e.signal == "decision"]
        assert said and said[0].startswith(expected), said
    # without a reviewer's change, the class's own reason
    view = build_view(sample.inventory(), [suspect, *base[2:]], sample.audit())
    row = next(r for r in view.rows if r.handle_plain == suspect.handle)
    assert any(text_of(e.sentence).startswith("why this class: ") for e in row.evidence)


def test_scam_words_are_quoted_as_the_profile_writes_them():
    """'the profile uses scam wording: “cekilis, kazananlar aciklandi”' in the report and in
    the text sent to the platform, beside a bio reading 'çekiliş! Kazananlar açıklandı'."""
    from matching.models import Evidence
    from reports.evidence_pack import _reason_text
    from reports.i18n import Translator
    from reports.sentences import text_of
    from reports.view import profile_text, written_as

    base = sample.findings()[1]
    fields = replace(base.observation.fields, bio="Dev çekiliş! Kazananlar açıklandı ✅")
    scam = Evidence("scam_wording", "cekilis, kazananlar aciklandi, iban",
                    "uses scam vocabulary: 'cekilis', 'kazananlar aciklandi', 'iban'")
    f = replace(base, observation=replace(base.observation, fields=fields), evidence=(scam,))
    said = written_as(scam, profile_text(f))
    assert said.value == "çekiliş, Kazananlar açıklandı, iban"  # 'iban' is not in the bio
    view = build_view(sample.inventory(), [f], sample.audit())
    row = next(r for r in view.rows if r.handle_plain == f.handle)
    assert text_of(row.evidence[0].sentence) == (
        "the profile uses scam wording: çekiliş, Kazananlar açıklandı, iban")
    assert "“çekiliş, Kazananlar açıklandı, iban”" in _reason_text(Translator("en"), said)
    assert written_as(scam, None) is scam
    # a walled page's words, from what its search result shows of it
    walled = replace(f, observation=None, evidence=(
        Evidence("search_result", "https://x.com/a", "secondary: from a web search result: "
                 "title 'A' and snippet 'Randevu için servis ön ödemesi alınmaktadır.'"),
        Evidence("scam_wording", "on odemesi", "secondary: uses scam vocabulary: 'on odemesi'")))
    assert written_as(walled.evidence[1], profile_text(walled)).value == "ön ödemesi"


def test_the_proposed_inventory_speaks_the_reports_language():
    """A Turkish team got a proposed_inventory.yaml whose every comment was English, its
    evidence the matcher's details ('handle 'x' resembles ... similarity 1.00')."""
    text = proposed_inventory(sample.inventory(), sample.findings(), sample.SOURCE_YAML,
                              audit_id=7, lang="tr")
    comments = [line.strip() for line in text.splitlines() if line.lstrip().startswith("#")]
    assert comments[0] == "# brandsweep denetim 7 tarafından önerildi: 'brandsweep', 'KAYIP' ya da"
    assert "# KAYIP (denetim 7): https://x.com/NorthwindCare adresinde bulunamadı" in comments
    assert any(c.startswith("# GEREKSİZ (denetim 7): kapatmayı ya da birleştirmeyi düşünün: ")
               for c in comments)
    assert any(c.startswith("# brandsweep denetim 7 ekledi: resmî web sitesinden")
               for c in comments)
    assert yaml.safe_load(text)["organization"] == sample.inventory().organization
    dumped = proposed_inventory(sample.inventory(), sample.findings(), None, audit_id=7, lang="tr")
    assert dumped.startswith("# brandsweep denetim 7 tarafından önerildi: yorum satırlarını")
    english = proposed_inventory(sample.inventory(), sample.findings(), sample.SOURCE_YAML,
                                 audit_id=7)
    assert "# MISSING in audit 7: not found at https://x.com/NorthwindCare" in english


def test_about_says_when_the_audit_did_not_sweep_the_public_web():
    """An audit of a staging mirror or the simulated web (--resolve '*=127.0.0.1:PORT') read
    like a sweep of the real web: 'About' did not say where its requests went."""
    from pathlib import Path as _Path

    from crawler.options import AuditOptions
    from crawler.runner import _settings_summary

    paths = {"inventory": _Path("inv.yaml"), "out": _Path("out"), "db": _Path("a.db")}
    summary = _settings_summary(AuditOptions(**paths, resolve={"*": "127.0.0.1:8123"}))
    assert summary["resolve"] == "*=127.0.0.1:8123"
    assert "resolve" not in _settings_summary(AuditOptions(**paths))
    audit = replace(sample.audit(), settings=summary)
    view = build_view(sample.inventory(), sample.findings(), audit)
    assert dict(view.settings)[
        "Hosts sent to another address, not the public web (--resolve)"] == "*=127.0.0.1:8123"
    # the report's language by its name in the reader's language
    audit = replace(sample.audit(), settings={"lang": "tr"})
    assert dict(build_view(sample.inventory(), [], audit).settings)[
        "Language of the report (--lang)"] == "Turkish"
    turkish = build_view(sample.inventory(), [], replace(audit, lang="tr"))
    assert dict(turkish.settings)["Raporun dili (--lang)"] == "Türkçe"


def test_the_status_filter_is_capitalised_as_the_others():
    """The findings table's filters read 'Impostor (12)', 'High (5)' ... and 'new (49)'."""
    view = build_view(sample.inventory(), sample.findings(), sample.audit())
    assert view.filter_statuses and all(c.label[:1].isupper() for c in view.filter_statuses)


def test_an_unproven_official_claim_says_which_proof_is_missing():
    """One sentence ('without the domain handle that proves an official account there') said
    all four ways the matcher reads an unbacked 'official'; on TikTok, beside the declared
    account, there is no domain handle to miss."""
    from matching.models import Evidence as Ev
    from reports.i18n import Translator
    from reports.sentences import sentence, text_of

    en, tr = Translator("en"), Translator("tr")
    beside = Ev("unproven_claim", "resmi", "its display name claims to be official ('resmi') "
                "under the brand's own name beside the declared tiktok:cinarmarket, but nothing "
                "official links it or verifies its link: a badge ... can be bought or copied")
    assert text_of(sentence(en, beside)) == (
        "claims to be official (resmi) beside the declared account tiktok:cinarmarket, but "
        "nothing official links to it or verifies its link")
    assert "alan adından" not in text_of(sentence(tr, beside))
    unbacked = Ev("unproven_claim", "official", "its bio claims to be official ('official'), "
                  "but the company neither declares nor links it, and it links no official "
                  "domain")
    assert "neither declares nor links it" in text_of(sentence(en, unbacked))
    mastodon = Ev("unproven_claim", "official", "its bio claims to be official ('official') "
                  "and links the company's site, but mastodon has not verified that link (an "
                  "official account proves it there) and nothing official links to it")
    assert "has not verified that link" in text_of(sentence(en, mastodon))
    bluesky = Ev("unproven_claim", "resmi", "its handle claims to be official ('resmi'), but on "
                 "bluesky an official account proves itself with the company's domain as its "
                 "handle, and this one has none")
    assert "domain handle" in text_of(sentence(en, bluesky))
    assert "alan adından oluşan kullanıcı adı" in text_of(sentence(tr, bluesky))


def test_a_signal_cites_an_official_account_by_its_address():
    """"the avatar is identical to the picture of the official account “youtube:x”": the report
    names the account by its address when the audit found it, as its action line does."""
    from matching.models import Evidence

    base = sample.findings()
    official = next(f for f in base if f.url and f.url.startswith("https://")
                    and f.cls.value == "official")
    ref = f"{official.platform}:{official.handle.upper()}"
    fake = replace(base[1], platform="telegram", handle="fake_help", url="https://t.me/fake_help",
                   evidence=(Evidence("avatar_match", 0,
                                      f"avatar is a copy of the avatar of official account {ref} "
                                      "(perceptual hash differs in 0 of 64 bits)"),))
    view = build_view(sample.inventory(), [*base, fake], sample.audit())
    row = next(r for r in view.rows if r.platform == "telegram")
    said = [p.text for p in row.evidence[0].sentence]
    assert official.url.removeprefix("https://").removeprefix("www.").rstrip("/") in said
    assert ref not in said


def test_a_sentence_names_a_platform_by_its_title():
    """'close it: github is not in the brand's strategy' (and 'x', read as a letter): the
    sentence says the platform as its catalog titles it, as the coverage section does."""
    from reports.sentences import text_of

    base = sample.findings()
    stray = replace(base[0], platform="github", handle="northwind-coffee",
                    url="https://github.com/northwind-coffee", cls=FindingClass.REDUNDANT,
                    brand="Northwind Coffee", imitates=None)
    view = build_view(sample.inventory(), [*base, stray], sample.audit())
    said = [text_of(a.rec_text) for row in view.consolidation for cell in row.cells
            for a in cell.accounts if cell.platform == "github"]
    assert said == ["close it: GitHub is not in the brand's strategy"]


def test_the_companys_old_page_reads_as_one_not_a_date_for_a_domain():
    """"links only to the official domain 2010-02-02T12:00:00+00:00": the old page left
    behind carries the date of its last sign of life as its value; its sentence says where it
    links and since when it is silent, the date in the reader's calendar."""
    from matching.models import Evidence as Ev
    from reports.i18n import Translator
    from reports.sentences import sentence, text_of

    en, tr = Translator("en"), Translator("tr")
    old = Ev("company_resources", "2010-02-02T12:00:00+00:00",
             "wears the official logo of youtube:acme, links only the official domain acme.com.lb, "
             "asks for nothing and was opened 2010-02-02T12:00:00+00:00, over five years ago "
             "(the platform shows no date of its posts): the company's old page, left behind")
    assert text_of(sentence(en, old)) == (
        "the company's old page, left behind: it uses the official logo, links only to the "
        "official domain acme.com.lb, asks for nothing and was opened on 2 Feb 2010, over five "
        "years ago")
    assert [p.text for p in sentence(en, old) if p.quoted] == ["acme.com.lb"]
    silent = Ev("company_resources", "2017-05-31T22:00:18+00:00",
                "wears the official logo of youtube:acme, links nowhere, asks for nothing and "
                "shows no opening date and has been silent since 2017-05-31T22:00:18+00:00: x")
    said = text_of(sentence(tr, silent))
    assert "31 May 2017 tarihinden beri sessiz" in said and "hiçbir yere" in said
    assert "2017-05-31" not in said
    plain = Ev("company_resources", "acme.com", "uses the official logo and links only ...")
    assert text_of(sentence(en, plain)) == (
        "uses the official logo and links only to the official domain acme.com")


def test_the_page_names_platforms_as_users_know_them_and_keeps_the_codes_as_data():
    """The chips, the by-platform table and the platform filter showed ``x``, ``instagram``:
    each platform is said by its catalog title (a user's own entry by its own title, a
    platform the catalog did not record by its code); the filter's values and the rows'
    ``data-platform`` stay the codes the page's script and the exports use."""
    audit = sample.audit()
    crawl = dict(audit.crawl or {})
    crawl["platforms"] = [*crawl["platforms"],
                          {"name": "acmegram", "title": "ZetaGram", "probes": {}}]
    base = sample.findings()
    own = replace(base[1], platform="acmegram", handle="northwind_help",
                  url="https://acmegram.example/northwind_help", imitates=None)
    stray = replace(base[1], platform="zzplat", handle="northwind_zz", url=None, imitates=None)
    view = build_view(sample.inventory(), [*base, own, stray], replace(audit, crawl=crawl))
    html = render_html(view)
    chips = set(re.findall(r'<span class="plat" translate="no">([^<]+)</span>', html))
    assert {"Instagram", "X (Twitter)", "ZetaGram", "zzplat"} <= chips
    assert not chips & {"instagram", "x", "acmegram"}
    assert {g.name for g in view.by_platform} >= {"Instagram", "X (Twitter)", "ZetaGram"}
    labels = {c.key: c.label for c in view.filter_platforms}
    assert labels["x"] == "X (Twitter)" and labels["acmegram"] == "ZetaGram"
    shown = [c.label for c in view.filter_platforms]
    assert shown == sorted(shown, key=str.casefold)  # in the order a reader looks for them
    assert 'data-platform="x"' in html and '<option value="x" translate="no">X (Twitter) (' in html


def test_the_proposed_inventory_gives_a_redundant_account_the_reports_next_step():
    """The report said "merge into @northwindcoffee" of a redundant page, the proposed
    inventory's comment "consider retiring": two next steps for one account. The comment
    repeats the page's (``ReportView.advice``), in its language."""
    for lang in ("en", "tr"):
        audit = replace(sample.audit(), lang=lang)
        view = build_view(sample.inventory(), sample.findings(), audit)
        said = view.advice[("facebook", "northwindcoffee.old")]
        page = [text_of_rec for row in view.consolidation for cell in row.cells
                for a in cell.accounts if cell.platform == "facebook"
                and "northwindcoffee.old" in str(a.handle)
                for text_of_rec in ["".join(p.text for p in a.rec_text)]]
        assert page == [said]
        text = proposed_inventory(sample.inventory(), sample.findings(), sample.SOURCE_YAML,
                                  audit_id=7, lang=lang, advice=view.advice)
        note = next(line for line in text.splitlines()
                    if "REDUNDANT in" in line or "GEREKSİZ (" in line)
        assert said in note and "consider retiring" not in note and "düşünün" not in note


def test_outside_the_strategy_names_the_platform_by_its_title():
    """'“bluesky” is not in the brand's platform strategy': the evidence line quoted the code;
    it names the platform as the action line does ('close it: Bluesky is not in ...')."""
    base = sample.findings()
    stray = replace(base[0], platform="github", handle="northwind-coffee",
                    url="https://github.com/northwind-coffee", cls=FindingClass.REDUNDANT,
                    brand="Northwind Coffee", imitates=None,
                    evidence=(Evidence("outside_strategy", "github", "github is not in ..."),))
    view = build_view(sample.inventory(), [*base, stray], sample.audit())
    row = next(r for r in view.rows if r.platform == "github")
    parts = row.evidence[0].sentence
    assert "".join(p.text for p in parts) == "GitHub is not in the brand's platform strategy"
    assert not any(p.quoted for p in parts)


def test_the_proposed_inventorys_evidence_cites_accounts_by_their_address():
    """'profil resmi, resmî hesap youtube:northwindcoffee resminin aynısı' in the proposed
    inventory's comments, 'youtube.com/@northwindcoffee' in the report: the same address."""
    from matching.models import Evidence as Ev

    base = sample.findings()
    official = next(f for f in base if f.cls == FindingClass.OFFICIAL and f.url
                    and f.url.startswith("https://"))
    ref = f"{official.platform}:{official.handle}"
    unlisted = replace(base[0], platform="tiktok", handle="northwind_tt",
                       url="https://www.tiktok.com/@northwind_tt",
                       cls=FindingClass.OFFICIAL_UNLISTED, brand="Northwind Coffee",
                       imitates=None, evidence=(Ev("avatar_match", 0, "avatar is a copy of the "
                                                   f"avatar of official account {ref} (x)"),))
    text = proposed_inventory(sample.inventory(), [*base, unlisted], sample.SOURCE_YAML,
                              audit_id=7, lang="tr")
    note = next(line for line in text.splitlines() if "northwind_tt" in line
                or ("ekledi" in line and "profil resmi" in line))
    address = official.url.removeprefix("https://").removeprefix("www.").rstrip("/")
    assert address in note and ref not in note


def test_the_impostors_to_report_say_what_to_record_once_reported():
    """'Report to the platform' and then? Nothing told the reviewer to record the takedown
    request, without which the next audit lists the impostor as one to report again."""
    for lang, said in (("en", "brandsweep triage --db FILE PLATFORM:HANDLE --as "
                              "takedown_requested"),
                       ("tr", "“Kaldırma talep edildi” kararını kaydedin")):
        view = build_view(sample.inventory(), sample.findings(),
                          replace(sample.audit(), lang=lang))
        imp = next(g for g in view.actions if g.key == "impostor")
        assert said in imp.description
