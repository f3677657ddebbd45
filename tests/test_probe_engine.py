"""The probe engine on a long tail of sites: every site on its own loopback address (127.0.X.Y).

``simweb/sites.py`` serves N WhatsMyName-format sites (404 / 200 "User not found" / 302 to a login
page) and measures, at the server, what each host saw. The audits here run the real command in a
subprocess, as an operator would; the checks are what the peers (Sherlock, WhatsMyName's checker)
find and what a polite crawler owes each host.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from crawler.catalog import CatalogError
from crawler.wmn import load_wmn, slug
from simweb.sites import ARRIVAL_JITTER, SitesServer, site_address, site_kind, wmn_sites

REPO = Path(__file__).resolve().parents[1]
HANDLE = "northwind"


def audit(tmp: Path, doc: dict[str, Any], *, max_variants: int = 1,
          platforms_file: str | None = None, timeout: float = 300) -> dict[str, Any]:
    """``brandsweep audit`` over every site of ``doc``; findings and coverage.json."""
    sites = tmp / "wmn.json"
    sites.write_text(json.dumps(doc, indent=1), encoding="utf-8")
    inv = tmp / "inventory.yaml"
    inv.write_text("organization: Northwind Coffee Co.\ndomains: [northwindcoffee.com]\n"
                   "brands:\n  - name: Northwind\n    accounts: []\n", encoding="utf-8")
    out = tmp / "report"
    cmd = [sys.executable, "-m", "crawler.cli", "audit", str(inv), "--sites-file", str(sites),
           "--platforms", ",".join(slug(s["name"]) for s in doc["sites"]),
           "--max-variants", str(max_variants), "--search-engine", "none",
           "--allow-private-network", "--out", str(out), "--db", str(tmp / "a.db"), "-q"]
    if platforms_file:
        pf = tmp / "platforms.yaml"
        pf.write_text(platforms_file, encoding="utf-8")
        cmd += ["--platforms-file", str(pf)]
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("http_proxy", "https_proxy")}
    env["PYTHONPATH"] = str(REPO)
    proc = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=timeout, check=False)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return {"findings": json.loads((out / "findings.json").read_text()),
            "coverage": json.loads((out / "coverage.json").read_text())}


# --------------------------------------------------------------------------- completeness


def test_handle_found_on_every_kind_of_site_as_the_peers_find_it(tmp_path: Path) -> None:
    """404 sites, 200 "User not found" sites and 302-to-login sites: the handle is found on all
    of them (redirects followed as WhatsMyName's checker follows them) with one request a
    site, as the peers send: each site's rule needs a profile's own marker (``e_string``), so
    no random handle is asked (calibration "not_needed")."""
    with SitesServer(handle=HANDLE) as server:
        doc = wmn_sites(12, server.port)
        result = audit(tmp_path, doc)
        hosts = server.stats()["hosts"]
    found = {f["platform"] for f in result["findings"]
             if f["handle"] == HANDLE and f["probe_state"] == "found"}
    assert found == {slug(s["name"]) for s in doc["sites"]}
    assert {site_kind(i) for i in range(12)} == {"status", "soft", "login"}
    rows = {r["name"]: r for r in result["coverage"]["crawl"]["platforms"]}
    assert {rows[slug(s["name"])]["calibration"] for s in doc["sites"]} == {"not_needed"}
    assert {h["requests"] for h in hosts.values()} == {1}
    assert all(f["handle"] == HANDLE for f in result["findings"])
    assert not result["coverage"]["gaps"]
    # existence is not impersonation: a site that reads no fields gives "handle taken: check
    # by hand" (its page title is no display name), never an impostor
    assert {f["class"] for f in result["findings"]} == {"unverified"}
    assert all(any("handle taken" in str(e["detail"]) for e in f["evidence"])
               for f in result["findings"])


#: a --platforms-file asking a random handle of every existence-only site
ALWAYS_CALIBRATE = "platforms: {}\ndefaults:\n  existence_only_calibration: always\n"


def test_status_only_rules_are_calibrated_and_catch_sites_that_find_every_name(
        tmp_path: Path) -> None:
    """A rule that reads the status alone (no ``e_string``) cannot tell a profile from a page
    every name gets: those sites are asked a random handle first. A 404 site answers it "not
    found" and its find stands; a site that answers 200 to any name ("User not found" or a
    login page, read by a status-only rule as found) has its find reported as unverifiable
    (``claims_random_handles``), never as found."""
    with SitesServer(handle=HANDLE) as server:
        doc = wmn_sites(6, server.port)
        for site in doc["sites"]:
            site.update(e_string="", m_code=404, m_string="")
        result = audit(tmp_path, doc)
    rows = {r["name"]: r for r in result["coverage"]["crawl"]["platforms"]}
    by_site = {f["platform"]: f for f in result["findings"] if f["handle"] == HANDLE}
    for i, site in enumerate(doc["sites"]):
        name = slug(site["name"])
        if site_kind(i) == "status":
            assert rows[name]["calibration"] == "not_found"
            assert by_site[name]["probe_state"] == "found"
        else:
            assert rows[name]["calibration"] == "found"
            assert by_site[name]["probe_state"] == "unverifiable"
            assert by_site[name]["probe_reason"] == "claims_random_handles"


def test_unreadable_calibration_does_not_silence_a_site(tmp_path: Path) -> None:
    """A site that answers a random handle with a 403 (a WAF in front of unknown names) is
    still probed: the handle is found there, and a coverage gap says that its found was not
    cross-checked against a random handle. Sites whose calibration read fine carry no gap.
    (Every site is calibrated here: ``existence_only_calibration: always``.)"""
    with SitesServer(handle=HANDLE, blocked=3) as server:
        doc = wmn_sites(6, server.port)
        result = audit(tmp_path, doc, platforms_file=ALWAYS_CALIBRATE)
    rows = {r["name"]: r for r in result["coverage"]["crawl"]["platforms"]}
    assert {rows[slug(s["name"])]["calibration"] for s in doc["sites"][3:]} == {"not_found"}
    found = {f["platform"] for f in result["findings"]
             if f["handle"] == HANDLE and f["probe_state"] == "found"}
    assert found == {slug(s["name"]) for s in doc["sites"]}
    gaps = result["coverage"]["gaps"]
    blocked = {slug(doc["sites"][i]["name"]) for i in range(3)}
    assert {g["engine"] for g in gaps} == blocked, gaps
    assert all(g["reason"] == "bot_block" and "not cross-checked" in g["query"] for g in gaps)


# --------------------------------------------------------------------------- politeness


@pytest.mark.parametrize(("concurrency", "delay"), [(1, 0.4), (2, 0.0)])
def test_no_host_sees_more_than_its_catalog_rate_while_100_hosts_are_crawled(
        tmp_path: Path, concurrency: int, delay: float) -> None:
    """120 hosts crawled at once (the server counts 100+ requests in flight together), each
    held to the catalog's rate for existence-only sites (``defaults: existence_only_rate``,
    here overridden by a --platforms-file): measured at the server, no host ever had more
    requests in flight than its concurrency, nor two arrivals closer than its delay.

    The delay is compared with ``ARRIVAL_JITTER`` (simweb/sites.py): Scrapy spaces the
    moments requests leave its slot, a connection set up for one request but not the next
    shifts an arrival by the loopback set-up time, and a loaded machine reads a request late."""
    rate = ("platforms: {}\ndefaults:\n  existence_only_rate: "
            f"{{concurrency: {concurrency}, delay: {delay}}}\n")
    with SitesServer(handle=HANDLE, latency=2.0) as server:
        doc = wmn_sites(120, server.port)
        result = audit(tmp_path, doc, max_variants=4, platforms_file=rate)
        stats = server.stats()
    hosts = stats["hosts"]
    assert set(hosts) == {site_address(i) for i in range(120)}
    assert min(h["requests"] for h in hosts.values()) >= 3  # the variants (and redirects)
    assert stats["max_in_flight"] >= 100  # hosts crawled at once, not one after another
    assert max(h["max_in_flight"] for h in hosts.values()) <= concurrency
    if concurrency > 1:
        assert max(h["max_in_flight"] for h in hosts.values()) == concurrency  # it was used
    if delay:
        shortest = min(h["min_gap"] for h in hosts.values() if h["min_gap"] is not None)
        assert shortest >= delay - ARRIVAL_JITTER, shortest
    assert any(f["handle"] == HANDLE for f in result["findings"])


# --------------------------------------------------------------------------- site lists


def test_site_list_errors_name_the_line(tmp_path: Path) -> None:
    """Parsed with the JSON parser; an error still says file:line (JSON syntax from the parser,
    a bad site from a second, line-marking read)."""
    base = wmn_sites(3, 8080)
    text = json.dumps(base, indent=1)
    syntax = tmp_path / "syntax.json"
    syntax.write_text(text.replace('"e_code": 200,', '"e_code": 200', 1))
    with pytest.raises(CatalogError) as err:
        load_wmn(syntax)
    assert err.value.line is not None and "invalid JSON" in err.value.message
    typo = tmp_path / "typo.json"
    bad = json.loads(text)
    bad["sites"][2]["m_strin"] = "x"
    typo.write_text(json.dumps(bad, indent=1))
    with pytest.raises(CatalogError) as err:
        load_wmn(typo)
    lines = typo.read_text().splitlines()
    assert err.value.line is not None and "m_strin" in lines[err.value.line - 1]
    assert "m_string" in err.value.hint
    dup = tmp_path / "dup.json"
    dup.write_text(text.replace('"cat": "misc"', '"cat": "misc", "cat": "x"', 1))
    with pytest.raises(CatalogError, match="duplicate key 'cat'") as err:
        load_wmn(dup)
    assert err.value.line is not None


def test_a_random_handle_is_asked_only_where_the_rules_cannot_tell(tmp_path: Path) -> None:
    """``rules_decide``: a profile's own marker decides; a status-only rule, or a found
    marker that a missing user's page shows too under the same status, does not; the
    catalog's ``existence_only_calibration: always`` asks every site; a bad value is an
    error naming the key."""
    from crawler.catalog import load_catalog
    from crawler.wmn import rules_decide

    doc = wmn_sites(5, 8080)
    doc["sites"][1].update(e_string="")  # status only
    doc["sites"][2].update(e_code=200, e_string="found", m_code=200, m_string="not found")
    doc["sites"][3].update(e_code=200, e_string="found", m_code=404, m_string="not found")
    doc["sites"][4].update(e_string="   ")
    path = tmp_path / "wmn.json"
    path.write_text(json.dumps(doc))
    sites = [load_wmn(path)[slug(s["name"])] for s in doc["sites"]]
    assert [rules_decide(p) for p in sites] == [True, False, False, True, False]
    always = tmp_path / "always.yaml"
    always.write_text(ALWAYS_CALIBRATE)
    catalog = load_catalog([always])
    assert not any(rules_decide(p) for p in load_wmn(path, catalog.defaults).values())
    bad = tmp_path / "bad.yaml"
    bad.write_text("platforms: {}\ndefaults:\n  existence_only_calibration: sometimes\n")
    with pytest.raises(CatalogError, match="existence_only_calibration"):
        load_catalog([bad])


def test_redirect_rules_follow_redirects_unless_a_redirect_is_the_signal(tmp_path: Path) -> None:
    doc = wmn_sites(2, 8080)
    doc["sites"][1].update(m_code=302, m_string="")
    path = tmp_path / "wmn.json"
    path.write_text(json.dumps(doc))
    sites = load_wmn(path)
    first, second = (sites[slug(s["name"])] for s in doc["sites"])
    assert first.probe_request("x")["follow_redirects"] is True
    assert second.probe_request("x")["follow_redirects"] is False
    assert first.existence_only and (first.concurrency, first.delay) == (1, 0.25)


# --------------------------------------------------------------------------- GitHub without a token

SEED = REPO / "seeds" / "official_accounts.yaml"
TOKEN = "github_pat_probe_engine_test"


def _github_audit(web: Any, tmp: Path, token: str | None) -> dict[str, dict[str, Any]]:
    out = tmp / ("token" if token else "anonymous")
    env = {k: v for k, v in os.environ.items() if k != "GITHUB_TOKEN"}
    if token:
        env["GITHUB_TOKEN"] = token
    env["PYTHONPATH"] = str(REPO)
    env["BRANDSWEEP_SCRAPY_SETTINGS"] = json.dumps({"DOWNLOAD_TIMEOUT": 5})
    proc = subprocess.run(
        [sys.executable, "-m", "crawler.cli", "audit", str(SEED), "--resolve",
         f"*={web.address}", "--allow-private-network", "--db", str(out / "a.db"),
         "--out", str(out), "--platforms", "github", "--search-engine", "none", "-q"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr[-3000:]
    findings = json.loads((out / "findings.json").read_text(encoding="utf-8"))
    return {f["handle"]: f for f in findings if f["platform"] == "github"}


def test_anonymous_github_sweep_reads_pages_and_finds_what_a_token_sweep_finds(
        simweb_factory: Any, tmp_path: Path) -> None:
    """Without GITHUB_TOKEN the probes read github.com/<handle> (the API allows 60 anonymous
    requests an hour); with it, the API. The demo's GitHub findings are the same either way
    (class, severity, probe state), and the anonymous sweep's requests at the catalog's pace
    take minutes, not the hour the API would."""
    from crawler.catalog import load_catalog

    web = simweb_factory()
    anonymous = _github_audit(web, tmp_path, None)
    pages = web.requests_to("github.com")
    api = web.requests_to("api.github.com")
    assert ("GET", "github.com", "/northwindcoffee", 200) in pages
    assert not [r for r in api if r[2].startswith(("/users/", "/orgs/"))]
    web.reset()
    with_token = _github_audit(web, tmp_path, TOKEN)
    probed = {r[2] for r in web.requests_to("api.github.com") if r[2].startswith("/users/")}
    assert "/users/northwindcoffee" in probed  # the token sweep probes the API

    def summary(f: dict[str, Any]) -> tuple[Any, ...]:
        return (f["class"], f["severity"], f["probe_state"], f["probe_reason"])

    assert {h: summary(f) for h, f in anonymous.items()} == {
        h: summary(f) for h, f in with_token.items()}
    assert anonymous["northwindcoffee-app"]["class"] == "impostor"
    assert anonymous["northwind-coffee"]["class"] == "redundant"
    # at the catalog's pace (one page a second, one search every few seconds): minutes
    gh = load_catalog()["github"]
    paced = {host: len(web_requests) * gh.rate_for(host, {})[1] / gh.rate_for(host, {})[0]
             for host, web_requests in (("github.com", pages), ("api.github.com", api))}
    assert sum(paced.values()) < 5 * 60, paced
