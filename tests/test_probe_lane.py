"""The probe lane (crawler/probe_lane.py) keeps every guarantee of the Scrapy path.

Existence-only probes leave Scrapy's scheduler for a lean lane (its own small HTTP client,
crawler/lane_http.py); everything around the wire (SSRF guard, retries, Retry-After, redirects
and loops, limits, User-Agent, stats) is the crawl's own middleware chain. The strongest check
is a comparison: the same faulty sites crawled with the lane and without it
(``BRANDSWEEP_PROBE_LANE = False``) give the same outcomes, the same HTTP statuses, the same
retries, limits and items. Then what each
fault must give is checked on its own, at the server where it matters.

Crawls run ``python -m crawler.crawl`` (the crawl alone, its stats as JSON); the interrupt test
runs the whole ``brandsweep audit`` as an operator would.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from crawler.settings import USER_AGENT
from crawler.store import Store
from crawler.wmn import slug
from simweb.sites import ARRIVAL_JITTER, SitesServer, site_address, wmn_sites
from tests.builders import child_env

REPO = Path(__file__).resolve().parents[1]
HANDLE = "northwind"
#: a --platforms-file asking a random handle of every existence-only site
ALWAYS_CALIBRATE = "platforms: {}\ndefaults:\n  existence_only_calibration: always\n"
FAULTS = {0: "rate_limit", 1: "flaky", 2: "huge", 3: "many_headers", 4: "loop", 5: "gzip"}
#: the stats both paths must agree on (what the report's coverage section is built from)
COMPARED = ("downloader/response_status_count/", "brandsweep/probes/", "brandsweep/calibration/",
            "brandsweep/observations/", "brandsweep/unverifiable/", "brandsweep/limits/",
            "brandsweep/head_limits/", "brandsweep/rate_limited/responses",
            "brandsweep/fetch_failed/", "retry/count", "downloader/request_count",
            "response_received_count", "item_scraped_count")


def crawl(tmp: Path, doc: dict[str, Any], lane: bool, platforms_files: str = "",
          **settings: Any) -> dict[str, Any]:
    """``python -m crawler.crawl`` over every site of ``doc``: its CrawlStats as a dict."""
    sites = tmp / "wmn.json"
    sites.write_text(json.dumps(doc, indent=1), encoding="utf-8")
    inv = tmp / "inventory.yaml"
    inv.write_text("organization: Northwind Coffee Co.\ndomains: [northwindcoffee.com]\n"
                   "brands:\n  - name: Northwind\n    accounts: []\n", encoding="utf-8")
    spider = {"inventory": str(inv), "sites_file": str(sites), "max_variants": 1,
              "platforms": ",".join(slug(s["name"]) for s in doc["sites"]),
              "search_engine": "none", "platforms_files": platforms_files}
    conf = {"BRANDSWEEP_PROBE_LANE": lane, "BRANDSWEEP_PROGRESS": False, "LOG_LEVEL": "ERROR",
            "BRANDSWEEP_RETRY_BACKOFF_BASE": 0.2, **settings}
    proc = subprocess.run([sys.executable, "-m", "crawler.crawl", "--settings", json.dumps(conf),
                           "--spider", json.dumps(spider)], cwd=REPO, env=child_env(),
                          capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def compared(stats: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in stats["raw"].items() if k.startswith(COMPARED)}


def test_the_lane_and_scrapy_give_the_same_outcomes_on_faulty_sites(tmp_path: Path) -> None:
    """Nine sites, six with a fault (a 429 with Retry-After, a 503, a 6 MB page, 150 headers,
    a redirect loop, gzip): crawled through the lane and through Scrapy, every compared stat
    (statuses, probes by state, calibrations, retries, limits, reasons, items) is the same."""
    always = tmp_path / "always.yaml"  # the calibration through the lane too
    always.write_text(ALWAYS_CALIBRATE, encoding="utf-8")
    results = {}
    for lane in (True, False):
        with SitesServer(handle=HANDLE, faults=FAULTS, record_arrivals=True) as server:
            doc = wmn_sites(9, server.port)
            stats = crawl(tmp_path, doc, lane, platforms_files=str(always),
                          BRANDSWEEP_ALLOW_PRIVATE_NETWORK=True)
            results[lane] = (compared(stats), server.stats())
    (with_lane, at_server), (without, at_server_scrapy) = results[True], results[False]
    assert with_lane == without
    names = [slug(s["name"]) for s in doc["sites"]]
    probes = {k.split("/")[2]: k.split("/")[3] for k in with_lane
              if k.startswith("brandsweep/probes/")}
    # found where the fault can be waited out, retried or read through
    for i in (0, 1, 5, 6, 7, 8):
        assert with_lane.get(f"brandsweep/probes/{names[i]}/found") == 1, (i, probes)
    # could not check, with the limit named, where it cannot
    assert with_lane["brandsweep/limits/too_large"] >= 1
    assert with_lane["brandsweep/head_limits/too_many_headers"] >= 1
    assert with_lane["brandsweep/limits/redirect_loop"] >= 1
    for i, limit in ((2, "too_large"), (3, "too_many_headers"), (4, "redirect_loop")):
        assert with_lane[f"brandsweep/calibration/{names[i]}"] == f"failed: {limit}"
        assert with_lane[f"brandsweep/unverifiable/{limit}"] == 1
    assert not any(f"{names[i]}/not_found" in k for k in with_lane for i in (2, 3, 4)
                   if k.startswith("brandsweep/probes/"))
    assert with_lane["brandsweep/rate_limited/responses"] == 1
    assert with_lane["retry/count"] == 1
    # Retry-After: 1 honoured at the host: the 429 was the first arrival there (measured at
    # the server), the next one came a second later
    for seen in (at_server, at_server_scrapy):
        first, second = seen["hosts"][site_address(0)]["arrivals"][:2]
        assert second - first >= 1.0 - ARRIVAL_JITTER
    # our User-Agent on every request, both ways
    assert at_server["user_agents"] == at_server_scrapy["user_agents"] == [USER_AGENT]


def test_the_lane_keeps_the_ssrf_guard(tmp_path: Path) -> None:
    """Without --allow-private-network: a site on an IP literal of a private range is refused
    before any connection, a redirect to 127.0.0.1 is refused, and a name
    whose connection-time lookup turns into a loopback address (DNS rebinding: the guard's
    first answer is public) is refused by the lane's resolver, as by Scrapy's."""
    always = tmp_path / "always.yaml"
    always.write_text(ALWAYS_CALIBRATE, encoding="utf-8")
    results = {}
    for lane in (True, False):
        with SitesServer(handle=HANDLE, faults={0: "to_loopback"}) as server:
            doc = wmn_sites(3, server.port)
            port = server.port
            sites = doc["sites"]
            # site 0: a pinned name (trusted, like an /etc/hosts entry) redirecting to 127.0.0.1
            sites[0]["uri_check"] = f"http://site0.test:{port}/u/{{account}}"
            # site 1: an IP literal on loopback
            # site 2: localhost, which the guard is told is public but really is not
            sites[2]["uri_check"] = f"http://localhost:{port}/u/{{account}}"
            stats = crawl(tmp_path, doc, lane, platforms_files=str(always),
                          BRANDSWEEP_RESOLVE={"site0.test": f"{site_address(0)}:{port}"},
                          BRANDSWEEP_DNS_OVERRIDES={"localhost": ["93.184.216.34"]})
            results[lane] = (compared(stats), server.stats())
    (with_lane, at_server), (without, _) = results[True], results[False]
    assert with_lane == without
    names = [slug(s["name"]) for s in doc["sites"]]
    reasons = {name: with_lane[f"brandsweep/calibration/{name}"].removeprefix("failed: ")
               for name in names}
    assert reasons[names[0]] == "refused: loopback address 127.0.0.1"  # the redirect's target
    assert reasons[names[1]] == f"refused: loopback address {site_address(1)}"
    assert reasons[names[2]] == "refused: localhost resolves to a loopback address 127.0.0.1"
    # only the pinned site was reached; nothing on 127.0.0.1 or site 1's address
    assert set(at_server["hosts"]) == {site_address(0)}
    assert not any(k.endswith("/found") for k in with_lane if k.startswith("brandsweep/probes/"))


def test_no_host_sees_more_than_its_rate_through_the_lane_or_beside_it(tmp_path: Path) -> None:
    """A 429's Retry-After holds the host in the lane too, and a catalog delay is kept between
    the calibration, the redirect hop and the handle's probe (measured at the server)."""
    rate = tmp_path / "rate.yaml"
    rate.write_text("platforms: {}\ndefaults:\n  existence_only_rate: "
                    "{concurrency: 1, delay: 0.3}\n  existence_only_calibration: always\n",
                    encoding="utf-8")
    with SitesServer(handle=HANDLE, faults={0: "rate_limit"}) as server:
        doc = wmn_sites(30, server.port)
        crawl(tmp_path, doc, True, platforms_files=str(rate),
              BRANDSWEEP_ALLOW_PRIVATE_NETWORK=True)
        hosts = server.stats()["hosts"]
    assert min(h["requests"] for h in hosts.values()) >= 2
    assert max(h["max_in_flight"] for h in hosts.values()) == 1
    shortest = min(h["min_gap"] for h in hosts.values() if h["min_gap"] is not None)
    assert shortest >= 0.3 - ARRIVAL_JITTER, shortest


# --------------------------------------------------------------------------- Ctrl-C, --resume


def _audit_cmd(tmp: Path, doc: dict[str, Any], *extra: str) -> list[str]:
    sites = tmp / "wmn.json"
    sites.write_text(json.dumps(doc, indent=1), encoding="utf-8")
    inv = tmp / "inventory.yaml"
    inv.write_text("organization: Northwind Coffee Co.\ndomains: [northwindcoffee.com]\n"
                   "brands:\n  - name: Northwind\n    accounts: []\n", encoding="utf-8")
    return [sys.executable, "-m", "crawler.cli", "audit", str(inv), "--sites-file", str(sites),
            "--platforms", ",".join(slug(s["name"]) for s in doc["sites"]),
            "--max-variants", "1", "--search-engine", "none", "--allow-private-network",
            "--out", str(tmp / "report"), "--db", str(tmp / "a.db"), "-q", *extra]


@pytest.mark.parametrize("lane", [True, False])
def test_ctrl_c_in_the_lane_stores_nothing_unchecked_and_resume_completes(
        tmp_path: Path, lane: bool) -> None:
    """SIGINT while 60 slow sites are probed (1 s an answer): the audit is partial, no
    observation was stored for a request the stop dropped or cut short, and ``--resume``
    finishes it: the handle is found on every site, as an uninterrupted audit finds it."""
    env = child_env()
    env["BRANDSWEEP_SCRAPY_SETTINGS"] = json.dumps({"BRANDSWEEP_PROBE_LANE": lane,
                                                    "BRANDSWEEP_STOP_GRACE": 3.0})
    with SitesServer(handle=HANDLE, latency=1.0) as server:
        doc = wmn_sites(60, server.port)
        always = tmp_path / "always.yaml"  # a random handle first: two rounds of requests
        always.write_text(ALWAYS_CALIBRATE, encoding="utf-8")
        cmd = _audit_cmd(tmp_path, doc, "--platforms-file", str(always))
        proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 120
        while server.stats()["requests"] < 30 and time.monotonic() < deadline:
            time.sleep(0.05)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 1, err[-2000:]
        with Store(tmp_path / "a.db") as store:
            audit_id = store.latest_audit(complete_only=False)
            assert audit_id is not None
            row = store.audit(audit_id)
            observations = list(store.observations(audit_id))
        assert row is not None
        assert (row["status"], row["finish_reason"]) == ("partial", "interrupted:SIGINT")
        # nothing stored for what the stop dropped or cut short
        assert not [o for o in observations if o.state.value == "unverifiable"]
        done = subprocess.run([*cmd, "--resume"], cwd=REPO, env=env, capture_output=True,
                              text=True, timeout=300, check=False)
        assert done.returncode == 0, done.stderr[-2000:]
    findings = json.loads((tmp_path / "report" / "findings.json").read_text())
    found = {f["platform"] for f in findings if f["probe_state"] == "found"}
    assert found == {slug(s["name"]) for s in doc["sites"]}
