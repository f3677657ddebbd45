"""A report of a long WhatsMyName sweep (issue #13): thousands of "handle taken: check by
hand" findings on thousands of sites. Each gets one compact line in the findings table, the
per-platform tables keep the platforms worth reading and sum the rest in one line, and the
machine-readable outputs (findings.json, coverage.json) keep every one."""

from __future__ import annotations

import json
import re
from dataclasses import replace

from matching.models import Evidence, FindingClass, ProbeState, Severity, Status
from reports import build_view, render_html, sample, write_outputs
from reports.untrusted import ITEM_LIMIT

TAKEN = ("handle taken: check by hand (the site shows that the handle exists and nothing else "
         "to compare: no name, bio, picture or links)")


def taken(i: int, base=None):
    """A finding as classify makes it for an existence-only site where the handle exists."""
    base = base or sample.findings()[0]
    return replace(
        base, platform=f"site_{i:05d}", handle="northwind", url=f"https://s{i}.example/u/northwind",
        display_name=None, cls=FindingClass.UNVERIFIED, severity=None, score=0.55,
        status=Status.NEW, probe_state=ProbeState.FOUND, probe_reason=None, imitates=None,
        triage=None, department=None, observation=None,
        evidence=(Evidence("decision", "existence only", TAKEN),
                  Evidence("handle_similarity", 1.0, "handle 'northwind' is the name")),
    )


def crawl_of(n: int, unverifiable_at: int = 7) -> dict:
    def row(i: int) -> dict:
        bad = i == unverifiable_at
        probes = {"found": 0 if bad else 1, "not_found": 0, "unverifiable": 1 if bad else 0}
        return {"name": f"site_{i:05d}", "title": f"Site {i:05d}", "probe_possible": True,
                "probes": probes, "observations": {}, "api_search": "no", "web_search": "no"}

    return {"requests": 2 * n, "responses": 2 * n, "elapsed": 3.0, "finish_reason": "finished",
            "probes": {"found": n - 1, "unverifiable": 1},
            "platforms": [row(i) for i in range(n)]}


def test_a_taken_handle_is_one_line_in_the_findings_table():
    findings = [*sample.findings(), *(taken(i) for i in range(3))]
    html = render_html(build_view(sample.inventory(), findings, sample.audit()))
    rows = {m.group(1): m.group(0) for m in
            re.finditer(r'<tr id="f\d+"[^>]*data-key="([^"]+)".*?</tr>', html)}
    row = rows["site_00001:northwind"]
    assert 'data-class="unverified"' in row and '<span class="taken">handle taken: check by ' \
        'hand</span>' in row
    assert "<details>" not in row and "evidence" not in row  # no list of two signals
    # a finding with evidence to read keeps its list
    impostor = next(f for f in sample.findings() if f.cls == FindingClass.IMPOSTOR)
    assert "<details><summary>" in rows[f"{impostor.platform}:{impostor.handle}"]
    # every row still offers a decision: the choices are written once and copied in by the
    # script (test_report_browser clicks them)
    assert html.count('class="decide-sel"') >= len(findings)
    assert html.count('<option value="impostor_confirmed">Impostor confirmed</option>') == 1


def test_long_platform_tables_list_what_matters_and_sum_the_rest(tmp_path):
    n = ITEM_LIMIT + 300
    findings = [taken(i) for i in range(n)]
    findings[3] = replace(findings[3], severity=Severity.LOW)  # ranks it first
    audit = replace(sample.audit(), coverage_gaps=[], crawl=crawl_of(n))
    view = build_view(sample.inventory(), findings, audit)
    assert len(view.by_platform) == ITEM_LIMIT
    assert view.by_platform_more is not None and view.by_platform_more.total == n - ITEM_LIMIT
    cov = view.coverage
    assert cov is not None and len(cov.platforms) == n
    listed = [p.platform for p in cov.platforms_listed]
    assert len(listed) == ITEM_LIMIT and "site_00007" in listed  # the unverifiable one
    assert cov.platforms_more is not None and cov.platforms_more.count == n - ITEM_LIMIT
    assert cov.platforms_more.found == n - ITEM_LIMIT

    paths = write_outputs(tmp_path, sample.inventory(), findings, audit)
    html = paths["report.html"].read_text(encoding="utf-8")
    assert "300 more platforms" in html and "every platform is in coverage.json" in html
    assert "300 more, fewer findings each" in html
    assert len(json.loads(paths["coverage.json"].read_text())["platforms"]) == n
    assert len(json.loads(paths["findings.json"].read_text())) == n
    assert html.count('<tr id="f') == n  # the findings table keeps every finding


def test_short_tables_are_unchanged():
    view = build_view(sample.inventory(), sample.findings(), sample.audit())
    assert view.by_platform_more is None
    assert view.coverage is not None and view.coverage.platforms_more is None
    assert view.coverage.platforms_listed == view.coverage.platforms


def test_compiled_templates_are_kept_between_runs(tmp_path, monkeypatch):
    """The report's templates are compiled once per machine, not once per audit; an unusable
    cache folder only means compiling again."""
    from jinja2.bccache import Bucket

    from reports import render

    cache = render._TemplateCache(str(tmp_path))
    env = render.environment("en")
    source, filename, _ = env.loader.get_source(env, "report.html")
    bucket = Bucket(env, cache.get_cache_key("report.html", filename),
                    cache.get_source_checksum(source))
    bucket.code = env.compile(source, "report.html", filename)
    cache.dump_bytecode(bucket)
    again = Bucket(env, bucket.key, bucket.checksum)
    cache.load_bytecode(again)
    assert again.code is not None  # read back
    stale = Bucket(env, bucket.key, cache.get_source_checksum(source + " "))
    cache.load_bytecode(stale)
    assert stale.code is None  # an edited template is compiled again
    gone = render._TemplateCache(str(tmp_path / "missing" / "folder"))
    gone.dump_bytecode(bucket)  # no error
    gone.load_bytecode(Bucket(env, bucket.key, bucket.checksum))
    assert render.environment("en").bytecode_cache is not None


def test_spreadsheet_cells_stay_cells(tmp_path):
    """reports/spreadsheet.py, read back by an independent reader: text is never a formula,
    characters XML cannot carry are named, an over-long cell is cut to Excel's limit, dates
    and numbers keep their types."""
    from datetime import datetime

    import openpyxl

    from reports.spreadsheet import MAX_CELL, Workbook

    path = tmp_path / "t.xlsx"
    book = Workbook(path)
    book.sheet("Sheet <1> & 'quotes'", ["text", "n", "when"], [
        ['=HYPERLINK("http://evil")', 3, datetime(2025, 2, 27, 12, 0)],
        ["bell\x07here", 2.5, None],
        ["x" * (MAX_CELL + 10), True, None],
    ])
    book.close(title="t <&>", creator="brandsweep", created=datetime(2025, 1, 2, 3, 4, 5))
    wb = openpyxl.load_workbook(path)
    ws = wb["Sheet <1> & 'quotes'"]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert rows[0] == ('=HYPERLINK("http://evil")', 3, datetime(2025, 2, 27, 12, 0))
    assert ws["A2"].data_type == "s"
    assert rows[1][:2] == ("bell[U+0007]here", 2.5)
    assert len(rows[2][0]) == MAX_CELL and rows[2][1] is True
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:C4"
    assert wb.properties.title == "t <&>" and wb.properties.created == datetime(2025, 1, 2, 3, 4, 5)


def test_what_the_classifier_says_of_an_existence_only_site_is_one_line():
    """Through matching.classify, not a hand-made finding: whichever of matching/decide.py's
    rules names it ("existence only", or "blank" for a page showing nothing of its own), a
    found profile that shows nothing and that nothing links to is a taken handle; one that a
    page links to keeps its signals to read."""
    from matching.classify import classify
    from matching.models import LinkedPage, ProfileObservation, Sighting, Via

    bare = ProfileObservation("site_00001", "northwindcoffee", "https://s1.example/u/nwc",
                              ProbeState.FOUND, http_status=200)
    linked = ProfileObservation(
        "site_00002", "northwindcoffee", "https://s2.example/u/nwc", ProbeState.FOUND,
        http_status=200, sightings=(Sighting("site_00002", "northwindcoffee", Via.LINKED_PAGE,
                                             "https://northwind-c0ffee-prizes.example/"),))
    page = LinkedPage("https://northwind-c0ffee-prizes.example/", "site_00002",
                      "northwindcoffee", title="Northwind Coffee giveaway: claim your prize")
    findings = classify(sample.inventory(), [bare, linked], linked_pages=[page],
                        now="2026-12-05T00:00:00+00:00")
    rows = {r.platform: r for r in build_view(sample.inventory(), findings, sample.audit()).rows}
    assert rows["site_00001"].cls == "unverified" and rows["site_00001"].handle_taken
    assert rows["site_00001"].evidence == ()
    assert not rows["site_00002"].handle_taken and rows["site_00002"].evidence
