"""An audit whose probe workers settled everything is stored without a crawl
(crawler/lane_direct.py), exactly as its crawl would have stored it.

The whole ``brandsweep audit`` runs in a subprocess against the loopback sites
(simweb/sites.py, each site on its own 127.0.X.Y address), once as it runs by default and once
with ``BRANDSWEEP_SETTLED_WITHOUT_CRAWL`` off (the workers' answers through the crawl's
callbacks, item pipeline and stats); the store, the findings and the crawl summary must agree.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from crawler import lane_direct
from crawler.lane_fork import Prefetch, Settled
from crawler.plan import SweepPlan
from crawler.spiders.probes import NOT_NEEDED
from crawler.wmn import load_catalog_with_sites, slug
from matching.inventory import load_inventory
from matching.models import ProfileFields
from simweb.sites import SitesServer, wmn_sites
from tests.builders import child_env

REPO = Path(__file__).resolve().parents[1]
HANDLE = "northwind"
NO_CRAWL = "stored without starting a crawl"

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="the workers fork on Linux only")


def _inventory(tmp: Path, names: list[str]) -> Path:
    """Declared: the handle on site 0 (official), a handle nobody has on sites 1 and 2
    (missing: a 404 site and a "User not found" site)."""
    inv = tmp / "inventory.yaml"
    inv.write_text(
        "organization: Northwind Coffee Co.\ndomains: [northwindcoffee.com]\n"
        "brands:\n  - name: Northwind\n    accounts:\n"
        f"      - {{platform: {names[0]}, handle: {HANDLE}}}\n"
        f"      - {{platform: {names[1]}, handle: northwindgone}}\n"
        f"      - {{platform: {names[2]}, handle: northwindgone}}\n", encoding="utf-8")
    return inv


def _audit(tmp: Path, doc: dict[str, Any], env: dict[str, str], *extra: str) -> dict[str, Any]:
    tmp.mkdir(parents=True, exist_ok=True)
    sites = tmp / "wmn.json"
    sites.write_text(json.dumps(doc), encoding="utf-8")
    names = [slug(s["name"]) for s in doc["sites"]]
    cmd = [sys.executable, "-m", "crawler.cli", "audit", str(_inventory(tmp, names)),
           "--sites-file", str(sites), "--platforms", ",".join(names), "--max-variants", "3",
           "--search-engine", "none", "--allow-private-network", "--out", str(tmp / "report"),
           "--db", str(tmp / "a.db"), *extra]
    proc = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True, timeout=300,
                          check=False)
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = tmp / "report"
    return {"findings": json.loads((report / "findings.json").read_text()),
            "coverage": json.loads((report / "coverage.json").read_text()),
            "log": (report / "crawl.log").read_text(), "stderr": proc.stderr,
            "db": _rows(tmp / "a.db")}


def _rows(db: Path) -> dict[str, Any]:
    """The audit's stored rows, without times (and in a set: the order of two workers'
    answers is theirs)."""
    con = sqlite3.connect(db)
    try:
        obs = {r[:2]: r[2:] for r in con.execute(
            "SELECT platform, handle, url, state, reason, http_status, fields, body_sha256,"
            " final_url FROM observations")}
        sightings = set(con.execute("SELECT platform, handle, via, source, detail, url, title,"
                                    " snippet FROM sightings"))
        snapshots = set(con.execute("SELECT sha256, size, url FROM snapshots"))
        profiles = set(con.execute("SELECT platform, handle FROM profiles"))
        audit = con.execute("SELECT complete, status, finish_reason, counts FROM audits"
                            ).fetchall()
    finally:
        con.close()
    return {"observations": obs, "sightings": sightings, "snapshots": snapshots,
            "profiles": profiles, "audit": audit}


def _findings(result: dict[str, Any]) -> list[dict[str, Any]]:
    timeless = []
    for f in result["findings"]:
        timeless.append({k: v for k, v in f.items() if "seen" not in k and "_at" not in k})
    return sorted(timeless, key=lambda f: (f["platform"], f["handle"]))


def _crawl(result: dict[str, Any]) -> dict[str, Any]:
    crawl = result["coverage"]["crawl"]
    keep = ("requests", "responses", "items", "finish_reason", "status_counts", "probes",
            "observations", "unverifiable", "rate_limited", "retries", "errors", "gaps")
    rows = {p["name"]: {k: p[k] for k in ("probes", "observations", "calibration")}
            for p in crawl["platforms"]}
    return {**{k: crawl[k] for k in keep}, "platforms": rows}


def test_settled_by_the_workers_is_stored_as_the_crawl_stores_it(tmp_path: Path) -> None:
    """24 sites (a 404, a "User not found" page and a redirect to a login page, in turn),
    three declared accounts and three guessed handles a site: without a crawl the audit
    stores the same observations, bodies, sightings and findings, and its report's crawl
    summary counts the same requests, answers, probes and items, as through the crawl."""
    results = {}
    with SitesServer(handle=HANDLE) as server:
        doc = wmn_sites(24, server.port)
        results["direct"] = _audit(tmp_path / "direct", doc, child_env())
        results["crawl"] = _audit(tmp_path / "crawl", doc,
                                  child_env(BRANDSWEEP_SETTLED_WITHOUT_CRAWL=False))
    direct, crawl = results["direct"], results["crawl"]
    assert NO_CRAWL in direct["log"]
    assert "Scrapy" not in direct["log"].split("Dumping Scrapy stats")[0]  # never started
    assert NO_CRAWL not in crawl["log"]
    assert len(direct["db"]["observations"]) > 24 and len(direct["db"]["snapshots"]) >= 3
    assert direct["db"] == crawl["db"]
    assert _findings(direct) == _findings(crawl)
    summary = _crawl(direct)
    assert summary["requests"] >= 24 * 3 and summary["items"] > 24 * 2
    assert summary["platforms"][slug(doc["sites"][0]["name"])]["calibration"] == NOT_NEEDED
    assert summary == _crawl(crawl)
    # what the sweep found, said plainly: every site has the handle, the declared missing
    # ones are missing, none of the existence-only profiles is an impostor
    found = {f["platform"] for f in direct["findings"]
             if f["handle"] == HANDLE and f["probe_state"] == "found"}
    assert found == {slug(s["name"]) for s in doc["sites"]}
    classes = {(f["platform"], f["handle"]): f["class"] for f in direct["findings"]}
    assert classes[(slug(doc["sites"][1]["name"]), "northwindgone")] == "missing"
    assert "impostor" not in classes.values()
    assert direct["db"]["audit"][0][:3] == (1, "complete", "finished")
    assert "[done]" in direct["stderr"]  # the crawl's last progress line, said all the same


def test_what_the_workers_could_not_settle_goes_through_the_crawl(tmp_path: Path) -> None:
    """A 503 the first time and a 6 MB page: the audit crawls (the lane retries the one
    and records the limit of the other); nothing unchecked is called "not found"."""
    with SitesServer(handle=HANDLE, faults={3: "flaky", 4: "huge"}) as server:
        doc = wmn_sites(9, server.port)
        result = _audit(tmp_path, doc, child_env(), "-q")
    assert NO_CRAWL not in result["log"]
    names = [slug(s["name"]) for s in doc["sites"]]
    states = {(f["platform"], f["handle"]): f["probe_state"] for f in result["findings"]}
    assert states[(names[3], HANDLE)] == "found"
    assert {s for (p, _), s in states.items() if p == names[4]} == {"unverifiable"}


# --------------------------------------------------------------------------- the decision


def _plan(tmp: Path, engine: str = "none", websites: bool = False) -> SweepPlan:
    doc = wmn_sites(3, 9)
    sites = tmp / "wmn.json"
    sites.write_text(json.dumps(doc), encoding="utf-8")
    inv = tmp / "inv.yaml"
    inv.write_text("organization: Northwind Coffee Co.\ndomains: [northwindcoffee.com]\n"
                   "brands:\n  - name: Northwind\n"
                   + ("    websites: [https://www.northwindcoffee.com]\n" if websites else "")
                   + "    accounts: []\n", encoding="utf-8")
    catalog = load_catalog_with_sites([], sites)
    names = [slug(s["name"]) for s in doc["sites"]]
    return SweepPlan.build(load_inventory(inv, catalog.rules()), catalog, names,
                           max_variants=2, search_engine=engine)


def _keys(plan: SweepPlan) -> set[tuple[str, str]]:
    return {(c.platform, plan.catalog[c.platform].canonical(c.handle)) for c in plan.candidates}


def test_only_a_plan_of_probes_the_workers_asked_goes_without_a_crawl(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    keys = _keys(plan)
    assert lane_direct.plan_needs_crawl(plan, keys) is None
    assert lane_direct.plan_needs_crawl(plan, None) == "no probe workers"
    one = sorted(keys)[0]
    assert "not asked by the workers" in str(lane_direct.plan_needs_crawl(plan, keys - {one}))
    assert lane_direct.plan_needs_crawl(_plan(tmp_path, "duckduckgo"), keys) == "web search"
    assert lane_direct.plan_needs_crawl(_plan(tmp_path, websites=True), keys) == (
        "official sites to read")
    with_github = SweepPlan.build(plan.inventory, plan.catalog, (*plan.platforms, "github"),
                                  max_variants=2, search_engine="none")
    assert lane_direct.plan_needs_crawl(with_github, keys | _keys(with_github)) is not None


def test_an_answer_that_leads_somewhere_needs_the_crawl(tmp_path: Path) -> None:
    """A link to follow, an avatar to fetch, a probe not settled, a worker lost: the crawl."""
    plan = _plan(tmp_path)

    def prefetch(fields: ProfileFields | None = None, lost: int = 0,
                 drop: int = 0) -> Prefetch:
        pre = Prefetch(lost=lost)
        fields = fields or ProfileFields()
        for p, h in sorted(_keys(plan))[drop:]:
            pre.settled[(p, h)] = Settled(p, h, "found", None, fields, "http://x/u/" + h, 200,
                                          b"<html></html>")
        return pre

    assert lane_direct.answers_need_crawl(plan, prefetch()) is None
    assert lane_direct.answers_need_crawl(plan, None) == "no probe workers"
    assert lane_direct.answers_need_crawl(plan, prefetch(lost=1)) == "a probe worker ended early"
    assert "not settled" in str(lane_direct.answers_need_crawl(plan, prefetch(drop=1)))
    links = ProfileFields(external_links=("https://shop.example",))
    assert "links to follow" in str(lane_direct.answers_need_crawl(plan, prefetch(links)))
    avatar = ProfileFields(avatar_url="https://x/a.png")
    assert "avatar" in str(lane_direct.answers_need_crawl(plan, prefetch(avatar)))
    assert lane_direct.NOT_NEEDED == NOT_NEEDED
