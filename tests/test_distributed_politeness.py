"""One politeness budget per host for a whole distributed audit (crawler/distributed/politeness.py).

The Lua scripts are tested against a real ``redis-server``; the end-to-end test runs a
coordinator and three workers (real processes) against ``simweb.sites`` hosts that answer 429 to
a request arriving sooner than the catalog allows, and measures at the server. Skipped cleanly
without redis-server (Debian's package; .ci/run installs it) or scrapy-redis.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("scrapy_redis")
redis = pytest.importorskip("redis")

from redis_server import RedisServer  # noqa: E402

from crawler.distributed import politeness  # noqa: E402
from crawler.wmn import slug  # noqa: E402
from simweb.sites import SitesServer, site_address, wmn_sites  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
HANDLE = "northwind"


@pytest.fixture(scope="module")
def server(tmp_path_factory: Any) -> Iterator[RedisServer]:
    try:
        srv = RedisServer(tmp_path_factory.mktemp("redis"))
    except FileNotFoundError:
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    with srv:
        yield srv


@pytest.fixture
def client(server: RedisServer) -> Iterator[Any]:
    c = server.client()
    c.flushdb()
    yield c
    c.close()


def _budget(client: Any, process: str = "p1", **kw: Any) -> politeness.SharedBudget:
    return politeness.SharedBudget(client, "brandsweep:t:1:polite", process, **kw)


# --------------------------------------------------------------------------- the scripts


def test_concurrency_is_shared_and_tokens_come_back(client: Any) -> None:
    a, b = _budget(client, "a"), _budget(client, "b")
    wait1, t1 = a.acquire("h", 0.0, 2)
    wait2, t2 = b.acquire("h", 0.0, 2)
    assert (wait1, wait2) == (0.0, 0.0) and t1 and t2 and t1 != t2
    wait3, t3 = a.acquire("h", 0.0, 2)  # two on the wire already, whoever sent them
    assert t3 is None and 0 < wait3 <= politeness.BUSY_POLL * 1.5
    assert b.acquire("other.host", 0.0, 2)[1] is not None  # another host is not held up
    b.release("h", t2)
    assert a.acquire("h", 0.0, 2)[1] is not None


def test_the_delay_holds_across_processes(client: Any) -> None:
    a, b = _budget(client, "a"), _budget(client, "b")
    assert a.acquire("h", 2.0, 4)[1] is not None
    wait, token = b.acquire("h", 2.0, 4)
    assert token is None and 1.5 < wait <= 2.0  # the other process's send counts
    assert b.acquire("h2", 2.0, 4)[1] is not None


def test_a_hold_stops_every_process_and_a_shorter_one_does_not_shorten_it(client: Any) -> None:
    a, b = _budget(client, "a"), _budget(client, "b")
    a.hold("h", 30.0)
    a.hold("h", 1.0)
    wait, token = b.acquire("h", 0.0, 1)
    assert token is None and 25 < wait <= 30


def test_a_dead_process_s_token_expires(client: Any) -> None:
    dead = _budget(client, "dead", token_ttl=0.3)
    assert dead.acquire("h", 0.0, 1)[1] is not None  # killed before it gave the token back
    alive = _budget(client, "alive", token_ttl=0.3)
    assert alive.acquire("h", 0.0, 1)[1] is None
    time.sleep(0.4)
    assert alive.acquire("h", 0.0, 1)[1] is not None


def test_junk_in_the_keys_slows_a_host_at_most_max_wait_and_wrong_types_are_refused(
        client: Any) -> None:
    b = _budget(client, max_wait=60.0, token_ttl=5.0)
    nxt, held = b.keys("h")
    client.set(nxt, str(10**15))  # "wait for 30,000 years"
    wait, token = b.acquire("h", 0.0, 1)
    assert token is None and 55 < wait <= 60
    client.delete(nxt)
    client.zadd(held, {"fake": 10**15})  # a token "expiring" in 30,000 years
    assert b.acquire("h", 0.0, 1)[1] is not None
    client.delete(nxt, held)
    client.rpush(held, "junk")  # a list where a sorted set belongs
    client.set(nxt, "not a number")

    class Stats:
        n = 0

        def inc_value(self, key: str, count: int = 1) -> None:
            self.n += count

    b.stats = Stats()
    assert b.acquire("h", 0.0, 1)[1] is None  # refused, counted and cleared ...
    assert b.stats.n == 1 and not client.exists(held)
    assert b.acquire("h", 0.0, 1)[1] is not None  # ... then the host is crawled again


def test_an_unreachable_redis_means_wait_never_send(tmp_path: Path) -> None:
    from redis_server import free_port

    down = redis.Redis.from_url(f"redis://127.0.0.1:{free_port()}/0", socket_connect_timeout=1)
    b = _budget(down)
    wait, token = b.acquire("h", 0.0, 1)
    assert token is None and wait == politeness.OUTAGE_POLL
    b.hold("h", 5.0)  # no exception either
    b.release("h", "t")


def test_the_shared_queue_hands_out_requests_spread_over_hosts(client: Any) -> None:
    """Requests of one priority leave the queue mixed across hosts, not host by host (Redis
    orders equal scores by the entry's bytes): a process holding a few requests holds them
    for several hosts, not a batch waiting on one host's delay."""
    from urllib.parse import urlsplit

    from crawler.distributed import wire

    entries = {wire.dumps({"url": f"http://127.0.1.{h}/u/handle{i:02d}", "method": "GET",
                           "headers": {}, "body": b"", "meta": {}, "callback": "parse",
                           "errback": None, "priority": 0}): 0
               for h in range(1, 4) for i in range(10)}
    client.zadd("q", entries)
    first = [urlsplit(wire.loads(e)["url"]).hostname for e in client.zrange("q", 0, 5)]
    assert len(set(first)) == 3, first  # the first six a process takes: every host
    order = [urlsplit(wire.loads(e)["url"]).hostname for e in client.zrange("q", 0, -1)]
    assert sum(a != b for a, b in zip(order, order[1:], strict=False)) >= 10


# --------------------------------------------------------------------------- end to end

DELAY = 0.5
HOSTS = 3
#: the hosts answer 429 to a request closer than this to the one before: a rate limit with some
#: slack for a busy machine (a process descheduled between its turn and the wire), far below
#: what three processes that each keep the delay for themselves send (~DELAY / 3, or 0)
LIMIT_GAP = DELAY / 2
#: consecutive arrivals over which the rate is measured
WINDOW = 10


def _audit_cmd(tmp: Path, doc: dict[str, Any], *extra: str, variants: int = 12) -> list[str]:
    """``brandsweep audit`` over ``doc``'s sites, each held to DELAY by a --platforms-file."""
    sites = tmp / "wmn.json"
    sites.write_text(json.dumps(doc, indent=1), encoding="utf-8")
    inv = tmp / "inventory.yaml"
    inv.write_text("organization: Northwind Coffee Co.\ndomains: [northwindcoffee.com]\n"
                   "brands:\n  - name: Northwind\n    accounts: []\n", encoding="utf-8")
    rate = tmp / "platforms.yaml"
    # (a random handle first on every site: its answer's variants come back to the queue
    # after the workers have started, so the work spreads over them as before these sites'
    # rules made the calibration unnecessary)
    rate.write_text("platforms: {}\ndefaults:\n  existence_only_rate: "
                    f"{{concurrency: 1, delay: {DELAY}}}\n"
                    "  existence_only_calibration: always\n", encoding="utf-8")
    return [sys.executable, "-m", "crawler.cli", "audit", str(inv), "--sites-file", str(sites),
            "--platforms", ",".join(slug(s["name"]) for s in doc["sites"]),
            "--platforms-file", str(rate), "--max-variants", str(variants),
            "--search-engine", "none",
            "--allow-private-network", "--capture-max", "0", "--out", str(tmp / "report"),
            "--db", str(tmp / "a.db"), "-q", *extra]


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("http_proxy", "https_proxy")}
    env["PYTHONPATH"] = str(REPO)
    return env


def _findings(tmp: Path) -> set[tuple[str, str, str]]:
    data = json.loads((tmp / "report" / "findings.json").read_text())
    return {(f["platform"], f["handle"], f["probe_state"]) for f in data}


def _check_server(stats: dict[str, Any]) -> int:
    """What the hosts saw: never two at once, the catalog's rate over every WINDOW consecutive
    arrivals, and no 429 (no two requests closer than LIMIT_GAP) but where the request before
    arrived late. A request leaves at its turn, but a busy process (2 cores, many processes, a
    niced CI) may take a while from its turn to the wire, so an arrival can be late and the gap
    after it short while the two gaps together keep the rate (one such 429 came in a CI run at
    load 10: a gap of 0.12 s); a request sent before its turn shortens the pair too,
    and fails. The span of a window may shrink by one such lateness (allowed: LIMIT_GAP),
    never by a request more per window. Returns the requests they answered."""
    hosts = stats["hosts"]
    assert set(hosts) == {site_address(i) for i in range(HOSTS)}
    assert max(h["max_in_flight"] for h in hosts.values()) == 1
    for address, h in hosts.items():
        t = h["arrivals"]
        short = [i for i in range(1, len(t)) if t[i] - t[i - 1] < LIMIT_GAP]
        assert len(short) == h["rate_limited"], (address, short, h["rate_limited"])
        for i in short:  # a late arrival before it, not a request sent before its turn
            assert i >= 2 and t[i] - t[i - 2] >= 2 * DELAY - LIMIT_GAP, (address, t[i - 2:i + 1])
        spans = [t[i + WINDOW - 1] - t[i] for i in range(len(t) - WINDOW + 1)]
        assert spans and min(spans) >= (WINDOW - 1) * DELAY - LIMIT_GAP, (address, min(spans))
    return sum(h["requests"] for h in hosts.values())


@pytest.mark.slow
def test_three_workers_keep_each_host_to_its_catalog_rate(server: RedisServer, client: Any,
                                                           tmp_path: Path) -> None:
    """A coordinator and three workers crawl hosts that answer 429 to requests that come too
    fast (``--limit-gap``): measured at the server, no host ever sees more than the catalog's
    rate and none answers 429, as for the single-process audit; the findings are the same;
    every process sent requests. (With each process keeping the delay only for itself, the
    hosts answer 429s here.)"""
    with SitesServer(handle=HANDLE, latency=0.05, limit_gap=LIMIT_GAP,
                     record_arrivals=True) as web:
        doc = wmn_sites(HOSTS, web.port)
        alone = tmp_path / "alone"
        alone.mkdir()
        proc = subprocess.run(_audit_cmd(alone, doc), cwd=REPO, env=_env(),
                              capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, proc.stderr[-3000:]
        single = _check_server(web.stats())

    with SitesServer(handle=HANDLE, latency=0.05, limit_gap=LIMIT_GAP,
                     record_arrivals=True) as web:
        doc = wmn_sites(HOSTS, web.port)
        shared = tmp_path / "shared"
        shared.mkdir()
        workers = [subprocess.Popen(
            [sys.executable, "-m", "crawler.cli", "worker", "--redis-url", server.url,
             "--allow-private-network", "--wait", "60", "-q"],
            cwd=REPO, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(3)]
        try:
            proc = subprocess.run(_audit_cmd(shared, doc, "--redis-url", server.url),
                                  cwd=REPO, env=_env(), capture_output=True, text=True,
                                  timeout=300)
            assert proc.returncode == 0, proc.stderr[-3000:]
            for w in workers:
                _, err = w.communicate(timeout=60)
                assert w.returncode == 0, err[-2000:]
        finally:
            for w in workers:
                if w.poll() is None:
                    w.kill()
                    w.communicate()
        distributed = _check_server(web.stats())

    assert _findings(shared) == _findings(alone)
    assert any(h == HANDLE for _, h, _ in _findings(shared))
    assert distributed >= single - HOSTS  # the same work (calibration handles differ)
    from crawler.store import Store  # sqlite-utils: only this end-to-end test needs it

    with Store(shared / "a.db") as store:
        processes = store.crawl_summary(store.latest_audit())["processes"]
    assert len(processes) == 4
    assert sum(p["requests"] > 0 for p in processes) >= 3, processes


@pytest.mark.slow
def test_a_coordinate_only_coordinator_fetches_nothing(server: RedisServer, client: Any,
                                                       tmp_path: Path) -> None:
    """``BRANDSWEEP_REDIS_COORDINATE_ONLY``: the coordinator seeds, stores and reports; the one
    worker (its Redis URL from ``BRANDSWEEP_REDIS_URL``, as the systemd unit gives it) fetches
    everything."""
    env = _env()
    env["BRANDSWEEP_REDIS_URL"] = server.url
    with SitesServer(handle=HANDLE) as web:
        doc = wmn_sites(HOSTS, web.port)
        worker = subprocess.Popen(
            [sys.executable, "-m", "crawler.cli", "worker", "--allow-private-network",
             "--wait", "60", "-q"],
            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        coordinator_env = _env()
        coordinator_env["BRANDSWEEP_SCRAPY_SETTINGS"] = json.dumps(
            {"BRANDSWEEP_REDIS_COORDINATE_ONLY": True})
        try:
            proc = subprocess.run(_audit_cmd(tmp_path, doc, "--redis-url", server.url,
                                             variants=2),
                                  cwd=REPO, env=coordinator_env, capture_output=True, text=True,
                                  timeout=300)
            assert proc.returncode == 0, proc.stderr[-3000:]
            _, err = worker.communicate(timeout=60)
            assert worker.returncode == 0, err[-2000:]
        finally:
            if worker.poll() is None:
                worker.kill()
                worker.communicate()
        answered = web.stats()["requests"]
    from crawler.store import Store  # sqlite-utils: only the end-to-end tests need it

    with Store(tmp_path / "a.db") as store:
        processes = store.crawl_summary(store.latest_audit())["processes"]
    roles = {p["role"]: p for p in processes}
    assert roles["coordinator"]["requests"] == 0
    assert roles["worker"]["requests"] == answered > 0
    assert any(h == HANDLE for _, h, _ in _findings(tmp_path))
