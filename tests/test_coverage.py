""""Could not check" is visible: coverage gaps from the store to report.html and coverage.json.

Layers: the store round trip (migration, idempotency, crawl summary), the pipeline writing a
gap, the plain-language sentences, the report section (hostile query text escaped), the
runner's crawl summary and re-render from the store alone, and one audit end to end against
the simulated web in a subprocess whose DuckDuckGo answers every query with the CAPTCHA page.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from crawler.crawl import CrawlStats
from crawler.items import CoverageGap
from crawler.pipelines import StorePipeline
from crawler.store import MIGRATIONS, Store
from matching.models import CrawlSummary
from reports import AuditInfo, build_view, render_html, sample, write_outputs
from reports.coverage import build_coverage, gap_view, reason_text

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "official_accounts.yaml"

CAPTCHA = CoverageGap("web_search", "duckduckgo", "captcha",
                      'site:x.com "Northwind Coffee"', "https://duckduckgo.com/html/?q=x", 1)
LOGIN = CoverageGap("probe", "threads", "login_wall",
                    "variant probes skipped: a random handle was unverifiable too")
HOSTILE_QUERY = '"Northwind <script>document.title=\'PWNED\'</script>\u202e" site:x.com'


def crawl_fixture() -> dict:
    """A crawl summary as the runner stores it: X searched but not probed, LinkedIn unchecked."""
    return {
        "requests": 1234,
        "responses": 1200,
        "elapsed": 12.5,
        "finish_reason": "finished",
        "status_counts": {"200": 700, "202": 80, "404": 420},
        "probes": {"found": 20, "not_found": 300, "unverifiable": 2},
        "platforms": [
            {"name": "x", "title": "X (Twitter)", "probe_possible": True,
             "probes": {"found": 6, "not_found": 100}, "observations": {"found": 6},
             "api_search": "no", "web_search": "failed"},
            {"name": "threads", "title": "Threads", "probe_possible": True,
             "probes": {"unverifiable": 1}, "observations": {"unverifiable": 1},
             "api_search": "no", "web_search": "failed"},
            {"name": "linkedin", "title": "LinkedIn", "probe_possible": False,
             "probes": {}, "observations": {}, "api_search": "no", "web_search": "failed"},
        ],
    }


# --------------------------------------------------------------------------- store


def test_store_round_trip_is_idempotent_and_per_audit():
    store = Store()
    a = store.begin_audit(sample.inventory(), {"platforms": ["x"]})
    b = store.begin_audit(sample.inventory(), {})
    store.add_coverage_gap(a, CAPTCHA)
    store.add_coverage_gap(a, CAPTCHA)  # the same item twice (a resumed crawl): stored once
    store.add_coverage_gap(a, {"path": "probe", "engine": "threads", "reason": "login_wall",
                               "query": LOGIN.query})  # a mapping works too
    store.add_coverage_gap(a, replace(CAPTCHA, page=2))  # another page is another gap
    store.add_coverage_gap(b, LOGIN)
    gaps = store.coverage_gaps(a)
    assert [(g["path"], g["engine"], g["page"]) for g in gaps] == [
        ("web_search", "duckduckgo", 1), ("probe", "threads", 1), ("web_search", "duckduckgo", 2),
    ]
    assert gaps[0] == {"path": "web_search", "engine": "duckduckgo", "reason": "captcha",
                       "query": CAPTCHA.query, "url": CAPTCHA.url, "page": 1}
    assert gaps[1]["url"] == ""
    assert store.coverage_gaps(b) == [{**gaps[1], "query": LOGIN.query}]
    assert store.coverage_gaps(999) == []
    with pytest.raises(ValueError):
        store.add_coverage_gap(a, {"path": "web_search", "engine": "duckduckgo"})


def test_crawl_summary_lives_in_the_audit_settings():
    store = Store()
    a = store.begin_audit(sample.inventory(), {"platforms": ["x"], "max_variants": 5})
    assert store.crawl_summary(a) == {}
    store.set_crawl_summary(a, crawl_fixture())
    store.finish_audit(a, counts={"impostor": 1})
    assert store.crawl_summary(a) == crawl_fixture()
    row = next(r for r in store.audits() if r["id"] == a)
    assert row["settings"]["max_variants"] == 5 and row["settings"]["crawl"]["requests"] == 1234
    assert row["counts"] == {"impostor": 1}  # the trend's counts stay class counts only
    with pytest.raises(KeyError):
        store.set_crawl_summary(999, {})


def test_old_database_gets_the_coverage_table(tmp_path):
    path = tmp_path / "old.db"
    store = Store(path)
    store.close()
    con = sqlite3.connect(path)  # pretend it was written before migration 002 existed
    con.execute("DROP TABLE coverage_gaps")
    # ... so before the later ones too (003 added the search-result text to sightings)
    con.execute("ALTER TABLE sightings DROP COLUMN title")
    con.execute("ALTER TABLE sightings DROP COLUMN snippet")
    # ... and 004 (captures), 005 (audit status, triage reviewer)
    con.execute("DROP TABLE IF EXISTS captures")
    # ... and 006, 007 (the linking page's text on sightings, a linked page's text)
    for table, column in (("audits", "status"), ("audits", "finish_reason"), ("triage", "by"),
                          ("sightings", "page_text"), ("linked_pages", "text")):
        con.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    # ... and 008 (the probes that settled "not found")
    con.execute("DROP TABLE IF EXISTS probe_outcomes")
    # ... and 009 (the search pages that answered, the platforms' calibrations)
    con.execute("DROP TABLE IF EXISTS search_pages")
    con.execute("DROP TABLE IF EXISTS calibrations")
    # ... and 011 (when each triage decision was recorded)
    con.execute("ALTER TABLE triage DROP COLUMN recorded_at")
    # ... and 012 (the official site pages that answered)
    con.execute("DROP TABLE IF EXISTS site_pages")
    con.execute("DELETE FROM migrations WHERE name NOT IN ('001_initial')")
    con.commit()
    con.close()
    with Store(path) as store:
        assert store.migrations() == [name for name, _ in MIGRATIONS]
        a = store.begin_audit(sample.inventory(), {})
        store.add_coverage_gap(a, LOGIN)
        assert len(store.coverage_gaps(a)) == 1


def test_pipeline_stores_every_gap(tmp_path):
    db = tmp_path / "bs.db"
    with Store(db) as store:
        audit = store.begin_audit(sample.inventory(), {})
    pipe = StorePipeline(str(db), audit)
    pipe.open_spider()
    try:
        assert pipe.process_item(CAPTCHA) is CAPTCHA
        pipe.process_item(LOGIN)
        pipe.process_item(CAPTCHA)
    finally:
        pipe.close_spider()
    with Store(db) as store:
        assert [g["reason"] for g in store.coverage_gaps(audit)] == ["captcha", "login_wall"]


# --------------------------------------------------------------------------- plain language


@pytest.mark.parametrize(
    ("reason", "text"),
    [
        ("captcha", "CAPTCHA (HTTP 202)"),
        ("http_403", "HTTP 403 (forbidden)"),
        ("http_418", "HTTP 418"),
        ("unresponsive_engines: google, bing", "every engine behind it was unresponsive "
                                               "(google, bing)"),
        ("bad_json", "the answer was not valid JSON"),
        ("login_wall", "login wall"),
        ("something new", "something new"),
        ("", "no reason recorded"),
    ],
)
def test_reason_text(reason, text):
    assert reason_text(reason) == text


def test_gap_sentences():
    assert gap_view(vars(CAPTCHA)).text == (
        "Web search (DuckDuckGo) could not search 'site:x.com \"Northwind Coffee\"': "
        "CAPTCHA (HTTP 202)"
    )
    skipped = gap_view(vars(LOGIN), {"threads": "Threads"})
    assert skipped.variants_skipped and skipped.query is None
    assert skipped.text.startswith("Look-alike handles were not probed on Threads: login wall")
    searx = gap_view({"path": "web_search", "engine": "searxng", "page": 2,
                      "reason": "unresponsive_engines: duckduckgo", "query": "q"})
    assert searx.text == ("Web search (SearXNG) could not search (results page 2) 'q': every "
                          "engine behind it was unresponsive (duckduckgo)")
    api = gap_view({"path": "platform_search", "engine": "github", "reason": "rate_limited",
                    "query": "northwind"})
    assert api.text == "GitHub search API could not search 'northwind': rate limited (HTTP 429)"
    limit = gap_view({"path": "limit", "engine": "www.northwindcoffee.com",
                      "reason": "site_max_depth", "query": "links deeper than 2 not followed",
                      "url": "https://www.northwindcoffee.com/events"})
    assert limit.text == ("Crawl limit reached on www.northwindcoffee.com "
                          "https://www.northwindcoffee.com/events: link depth limit (links "
                          "deeper than 2 not followed)")
    assert limit.link is not None and limit.link.href == "https://www.northwindcoffee.com/events"
    refused = gap_view({"path": "limit", "engine": "intranet.example", "reason": "refused: "
                        "private address", "url": "http://intranet.example/"})
    assert refused.text == ("Crawl limit reached on intranet.example http://intranet.example/: "
                            "refused: private address")


def test_coverage_view_groups_headline_and_platforms():
    cov = build_coverage([vars(CAPTCHA), vars(LOGIN), vars(replace(CAPTCHA, query="other"))],
                         crawl_fixture(), sample.findings())
    assert [g.key for g in cov.groups] == ["probe", "web_search"]
    web = cov.groups[1]
    assert web.total == 2 and web.reasons == (("CAPTCHA (HTTP 202)", 2),)
    assert cov.recorded and not cov.complete
    assert cov.headline is not None
    assert "web search (DuckDuckGo) could not run 2 queries (CAPTCHA (HTTP 202))" in cov.headline
    assert "look-alike handles were not probed on Threads" in cov.headline
    assert "LinkedIn was not checked at all" in cov.headline
    rows = {p.platform: p for p in cov.platforms}
    assert rows["x"].checked and rows["x"].web_search == "failed"
    assert (rows["x"].found, rows["x"].not_found, rows["x"].unverifiable) == (6, 100, 0)
    assert rows["threads"].variants == "not probed: login wall"
    assert not rows["linkedin"].checked
    assert rows["linkedin"].note.startswith("Not checked at all: no direct probe is possible")
    assert cov.unchecked == ("LinkedIn",)
    assert cov.requests == 1234 and ("202", 80) in cov.statuses
    assert cov.probes == (("found", 20), ("not found", 300), ("unverifiable", 2))
    # the sample's unverifiable finding is counted with its reason
    assert cov.unverified_total == 1 and cov.unverified_reasons == (("login wall", 1),)


def test_crawl_that_ended_early_is_incomplete():
    crawl = {**crawl_fixture(), "finish_reason": "closespider_timeout",
             "limits": {"site_max_pages": 40, "too_large": 1}}
    crawl["platforms"] = crawl["platforms"][:1]
    cov = build_coverage([], crawl, [])
    assert not cov.complete and cov.headline is not None
    assert "the crawl ended early: the time limit for the audit was reached" in cov.headline
    assert cov.limits == (("page budget for the site used up", 40),
                          ("response over the size limit", 1))


def test_clean_and_unknown_coverage():
    clean = {**crawl_fixture(), "platforms": crawl_fixture()["platforms"][:1]}
    clean["platforms"][0] = {**clean["platforms"][0], "web_search": "yes"}
    cov = build_coverage([], clean, [])
    assert cov.complete and cov.headline is None and cov.groups == ()
    unknown = build_coverage([], None, [])
    assert not unknown.recorded and not unknown.complete and unknown.headline is None


# --------------------------------------------------------------------------- report


def _audit(gaps, crawl) -> AuditInfo:
    return replace(sample.audit(), coverage_gaps=gaps, crawl=crawl)


def test_report_section_lists_gaps_and_warns_in_the_summary():
    gaps = [vars(CAPTCHA), vars(LOGIN)]
    html = render_html(build_view(sample.inventory(), sample.findings(),
                                  _audit(gaps, crawl_fixture())))
    assert 'id="coverage"' in html and "Coverage: what could not be checked" in html
    # its one-line warning in the summary; the section itself collapsed near the end
    assert html.index('id="summary"') < html.index('id="actions"') < html.index('id="coverage"')
    assert '<details class="cov-details">' in html[html.index('id="coverage"'):]
    summary = html[html.index('id="summary"'):html.index('id="actions"')]
    assert "Coverage was incomplete" in summary and 'href="#coverage"' in summary
    assert "Web search (DuckDuckGo) could not search" in html
    assert "CAPTCHA (HTTP 202)" in html
    assert "Look-alike handles were not probed on Threads" in html
    table = html[html.index('id="platform-coverage"'):]
    table = table[:table.index("</table>")]
    assert "LinkedIn" in table and "Not checked at all" in table and "failed" in table
    assert "1,234</strong> requests sent" in html
    assert "Profiles whose page could not be read" in html
    about = html[html.index('id="about"'):]
    assert "crawl" not in about.split("</dl>")[0].lower()


def test_sample_report_shows_coverage():
    html = render_html(build_view(sample.inventory(), sample.findings(), sample.audit()))
    assert "Coverage was incomplete" in html and "LinkedIn was not checked at all" in html
    assert "&lt;script&gt;document.title=" in html[html.index('id="coverage"'):]


def test_report_escapes_hostile_gap_text():
    gaps = [
        {"path": "web_search", "engine": "duckduckgo<b>", "reason": "<img src=x onerror=alert(1)>",
         "query": HOSTILE_QUERY, "url": "javascript:alert(1)", "page": 1},
        {"path": "official_site", "engine": "site", "reason": "timeout",
         "url": "javascript:document.title='PWNED'"},
    ]
    html = render_html(build_view(sample.inventory(), [], _audit(gaps, crawl_fixture())))
    section = html[html.index('id="coverage"'):html.index('id="about"')]
    assert "<script>document" not in html and "<img src=x" not in html
    assert "&lt;script&gt;document.title=" in section
    assert "&lt;img src=x onerror=alert(1)&gt;" in section
    assert "(Duckduckgo&lt;b&gt;)" in section
    assert "U+202E" in section  # the bidi override is shown, not obeyed
    assert 'href="javascript:' not in html
    assert "javascript:document.title=" in section  # as inert text


def test_write_outputs_coverage_json_and_findings_json_unchanged(tmp_path):
    gaps = [vars(CAPTCHA), vars(LOGIN)]
    inv = replace(sample.inventory(), source=None)
    paths = write_outputs(tmp_path, inv, sample.findings(), _audit(gaps, crawl_fixture()))
    findings = json.loads(paths["findings.json"].read_text(encoding="utf-8"))
    assert isinstance(findings, list) and len(findings) == 10
    cov = json.loads(paths["coverage.json"].read_text(encoding="utf-8"))
    assert cov["audit_id"] == 7 and cov["complete"] is False
    assert [g["reason"] for g in cov["gaps"]] == ["captcha", "login_wall"]
    assert cov["gaps"][0]["query"] == CAPTCHA.query
    assert "CAPTCHA (HTTP 202)" in cov["gaps"][0]["text"]
    assert cov["unchecked_platforms"] == ["LinkedIn"]
    assert cov["crawl"]["requests"] == 1234
    assert {p["platform"]: p["web_search"] for p in cov["platforms"]}["x"] == "failed"
    # without coverage data: still written, and honest about not knowing
    paths = write_outputs(tmp_path / "bare", inv, sample.findings(), _audit((), None))
    bare = json.loads(paths["coverage.json"].read_text(encoding="utf-8"))
    assert bare["recorded"] is False and bare["gaps"] == [] and bare["complete"] is False


# --------------------------------------------------------------------------- runner


def test_crawl_summary_from_stats():
    from crawler.catalog import load_catalog
    from crawler.runner import crawl_summary

    raw = {
        "downloader/response_status_count/200": 10,
        "downloader/response_status_count/202": 4,
        "brandsweep/probes/x/found": 2,
        "brandsweep/probes/x/not_found": 30,
        "brandsweep/probes/github/found": 1,
        "brandsweep/observations/x/found": 2,
        "brandsweep/platform_search/github/pages": 3,
        "brandsweep/web_search/duckduckgo/could_not_search": 4,
    }
    stats = CrawlStats(requests=14, responses=14, raw=raw, finish_reason="finished")
    gaps = [vars(CAPTCHA),
            {"path": "platform_search", "engine": "bluesky", "reason": "http_500", "query": "q"}]
    summary = crawl_summary(stats, load_catalog(), ("x", "github", "bluesky", "linkedin"),
                            "duckduckgo", gaps)
    stored = json.loads(json.dumps(summary.to_dict()))  # JSON-safe: stored in the audit row
    assert CrawlSummary.from_dict(stored) == summary  # and read back unchanged
    assert summary.requests == 14
    assert summary.status_counts == {"200": 10, "202": 4}
    assert summary.probes == {"found": 3, "not_found": 30}
    rows = {p.name: p for p in summary.platforms}
    assert rows["x"].probes == {"found": 2, "not_found": 30}
    assert rows["x"].api_search == "no"  # no search API in the catalog
    assert rows["github"].api_search == "yes"
    assert rows["bluesky"].api_search == "failed"
    # the engine answered no page at all: every platform's site: search failed
    assert {p.web_search for p in summary.platforms} == {"failed"}
    assert rows["linkedin"].probe_possible is False
    none = crawl_summary(stats, load_catalog(), ("x",), "none", [])
    assert none.platforms[0].web_search == "no"


def test_an_older_crawl_summary_reads_back_with_unknowns_as_none():
    """A summary stored before a figure existed: the report says it was not recorded
    (None), never 0; a foreign value in the audit row is no summary at all."""
    old = CrawlSummary.from_dict({"platforms": [{"name": "x", "probes": {"found": "2"}}],
                                  "status_counts": {"200": 3}})
    assert old is not None and old.requests is None and old.elapsed is None
    assert old.platforms[0].probes == {"found": 2} and old.platforms[0].title == "x"
    assert CrawlSummary.from_dict({}) is None and CrawlSummary.from_dict("x") is None  # type: ignore[arg-type]


def test_render_from_the_store_alone(tmp_path):
    from crawler.runner import render

    store = Store(tmp_path / "bs.db")
    inv = replace(sample.inventory(), source=None)
    audit = store.begin_audit(inv, {"platforms": ["x"]})
    store.add_coverage_gap(audit, CAPTCHA)
    store.set_crawl_summary(audit, crawl_fixture())
    store.save_findings(audit, sample.findings())
    store.finish_audit(audit)
    first = render(store, audit, inv, tmp_path / "a")
    again = render(store, audit, inv, tmp_path / "b")  # what `brandsweep report` does
    store.close()
    assert first["coverage.json"].read_text() == again["coverage.json"].read_text()
    html = first["report.html"].read_text(encoding="utf-8")
    assert "CAPTCHA (HTTP 202)" in html and "Coverage was incomplete" in html
    assert html == again["report.html"].read_text(encoding="utf-8")


# --------------------------------------------------------------------------- end to end


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}


@pytest.fixture
def captcha_web(tmp_path):
    """The demo world in a ``python -m simweb`` subprocess, DuckDuckGo all CAPTCHA."""
    from simweb import load_world

    world = tmp_path / "world.yaml"
    load_world().with_settings(ddg_captcha=True).dump(world)
    proc = subprocess.Popen(
        [sys.executable, "-m", "simweb", "--port", "0", "--world", str(world)],
        cwd=ROOT, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()
        assert line.isdigit(), f"simweb did not start: {line!r}"
        yield int(line)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()


def test_audit_with_captcha_says_what_it_could_not_check(captcha_web, tmp_path):
    from simweb import load_world

    out, db = tmp_path / "out", tmp_path / "bs.db"
    args = ["audit", str(SEED), "--resolve", f"*=127.0.0.1:{captcha_web}",
            "--allow-private-network", "--db", str(db), "--out", str(out), "-q",
            "--platforms", "instagram,x,linkedin", "--max-variants", "5",
            "--as-of", load_world().now]  # the demo world's clock, not the machine's
    proc = subprocess.run([sys.executable, "-m", "crawler.cli", *args], cwd=ROOT, env=_env(),
                          capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr[-3000:]

    cov = json.loads((out / "coverage.json").read_text(encoding="utf-8"))
    captchas = [g for g in cov["gaps"] if g["path"] == "web_search" and g["reason"] == "captcha"]
    assert captchas, cov["gaps"]
    assert all(g["engine"] == "duckduckgo" and g["query"] for g in captchas)
    assert any("site:x.com" in g["query"] for g in captchas)
    assert cov["complete"] is False and "CAPTCHA (HTTP 202)" in cov["headline"]
    web = {p["platform"]: p["web_search"] for p in cov["platforms"]}
    assert web == {"instagram": "failed", "x": "failed", "linkedin": "failed"}
    assert cov["crawl"]["requests"] > 0
    assert cov["crawl"]["status_counts"].get("202", 0) >= len(captchas)

    html = (out / "report.html").read_text(encoding="utf-8")
    summary = html[html.index('id="summary"'):html.index('id="actions"')]
    assert "Coverage was incomplete" in summary and "CAPTCHA (HTTP 202)" in summary
    assert re.search(r'Web search \(DuckDuckGo\) could not search <code class="gq" translate="no">'
                     r'site:x\.com &#34;[^<]+&#34;</code>: <span class="why">CAPTCHA \(HTTP 202\)',
                     html)
    findings = json.loads((out / "findings.json").read_text(encoding="utf-8"))
    assert isinstance(findings, list)

    # brandsweep report re-renders the same coverage from the store alone
    again = tmp_path / "again"
    proc = subprocess.run([sys.executable, "-m", "crawler.cli", "report", "--db", str(db),
                           "--out", str(again)], cwd=ROOT, env=_env(), capture_output=True,
                          text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert json.loads((again / "coverage.json").read_text(encoding="utf-8")) == cov


def test_a_platform_where_no_probe_got_an_answer_says_nothing_was_checked():
    """Reddit answered every one of 80 probes with a bot block, and the report said its
    look-alike handles 'were probed without a cross-check', as if they had been checked."""
    from reports.coverage import build_coverage, coverage_to_json
    from reports.i18n import Translator

    gap = {"path": "probe", "engine": "reddit", "reason": "bot_block", "page": 1, "url": "",
           "query": "variants probed without calibration: a random handle could not be "
                    "checked, so a found there is not cross-checked"}
    crawl = {"platforms": [{"name": "reddit", "title": "Reddit",
                            "probes": {"unverifiable": 80}}]}
    view = build_coverage([gap], crawl, [], tr=Translator("tr"))
    text = view.groups[0].gaps[0].text
    assert text.startswith("Reddit üzerinde hiçbir benzer kullanıcı adı kontrol edilemedi")
    data = json.loads(coverage_to_json([gap], crawl, build_coverage([gap], crawl, [])))
    assert data["gaps"][0]["text"] == ("No look-alike handle could be checked on Reddit (no "
                                       "probe got an answer): bot block")
    answered = {"platforms": [{"name": "reddit", "title": "Reddit",
                               "probes": {"unverifiable": 3, "not_found": 77}}]}
    assert "without a cross-check" in build_coverage([gap], answered, []).groups[0].gaps[0].text


def test_a_linked_page_that_could_not_be_fetched_is_said_in_the_readers_language():
    """The demo's Turkish report and terminal said 'fetch failed: http_421' and quoted the
    crawl's English "external link of instagram:x not fetched" inside a Turkish sentence
    (English: the raw code). The failure's reason is read (HTTP status, redirect), and the
    crawl's sentence is said in the report's language."""
    from crawler.cli import coverage_line
    from reports.i18n import Translator

    gap = {"path": "linked_page", "engine": "instagram:northvvindcoffee",
           "reason": "fetch failed: http_421", "url": "https://northwind-coffee-rewards.com/",
           "query": "external link of instagram:northvvindcoffee not fetched", "page": 1}
    en = gap_view(gap)
    assert en.text == ("A link of instagram:northvvindcoffee could not be read "
                       "'https://northwind-coffee-rewards.com/': fetch failed: HTTP 421 "
                       "(misdirected request)"), en.text
    assert en.link is None  # its address as text: it may be a target the crawl refused
    tr = gap_view(gap, tr=Translator("tr"))
    assert tr.text == ("instagram:northvvindcoffee profilinin verdiği bir bağlantı okunamadı "
                       "'https://northwind-coffee-rewards.com/': sayfa alınamadı: HTTP 421 "
                       "(yanlış sunucuya yöneltilmiş istek)"), tr.text
    listed = gap_view({**gap, "engine": "web_search", "reason": "fetch failed: timeout "
                       "(redirected to https://b.example/x)",
                       "query": "site listed by a web search for \"Northwind\" not fetched"},
                      tr=Translator("tr"))
    assert listed.lead == ("'\"Northwind\"' için yapılan web aramasının listelediği bir site "
                           "okunamadı"), listed.lead
    assert listed.reason_text == ("sayfa alınamadı: zaman aşımı "
                                  "(https://b.example/x adresine yönlendirildi)"), listed
    line = coverage_line(Translator("tr"), (), [("fetch failed: http_421", 9)])
    assert "fetch failed" not in line and "http_421" not in line, line
    assert reason_text("refused: private address") == "refused: private address"  # as it is
