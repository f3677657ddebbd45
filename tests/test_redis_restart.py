"""A Redis restart in the middle of a distributed audit (crawler/distributed/reconnect.py): every
process waits for Redis, resumes, and the audit finishes with nothing lost.

Real ``redis-server`` (append-only file on, as the README recommends), real worker processes,
``simweb.sites`` hosts. Skipped cleanly without redis-server or scrapy-redis.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("scrapy_redis")
redis = pytest.importorskip("redis")

from redis_server import RedisServer  # noqa: E402

from crawler.distributed.reconnect import OutageRetry, redis_params  # noqa: E402
from crawler.wmn import slug  # noqa: E402
from simweb.sites import SitesServer, wmn_sites  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
HANDLE = "northwind"


@pytest.fixture(params=[True])
def server(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[RedisServer]:
    """redis-server; ``appendonly`` (the parameter): whether a restart keeps its data."""
    try:
        srv = RedisServer(tmp_path / "redis", appendonly=request.param)
    except FileNotFoundError:
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    (tmp_path / "redis").mkdir()
    with srv:
        yield srv


def test_a_command_waits_for_redis_to_come_back(server: RedisServer,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    client = redis.Redis.from_url(server.url, **redis_params(limit=60))
    client.set("k", "v")
    server.stop()
    restart = threading.Timer(1.0, server.start)
    restart.start()
    try:
        with caplog.at_level(logging.WARNING, logger="crawler.distributed.reconnect"):
            assert client.get("k") == b"v"  # waited, then answered from the append-only file
    finally:
        restart.join()
    text = caplog.text
    assert "Redis unreachable" in text and "Redis is back after" in text


def test_after_the_limit_the_process_gives_up_once_then_recovers(server: RedisServer) -> None:
    calls: list[float] = []
    retry = OutageRetry(limit=0.5, on_give_up=lambda: calls.append(time.monotonic()))
    client = redis.Redis.from_url(server.url, retry=retry,
                                  retry_on_error=[redis.ConnectionError, redis.TimeoutError])
    client.ping()
    server.stop()
    with pytest.raises(redis.ConnectionError):
        client.ping()
    assert len(calls) == 1 and retry.gave_up
    with pytest.raises(redis.ConnectionError):
        client.ping()  # at once: the process is closing its crawl
    assert len(calls) == 1
    server.start()
    assert client.ping() and not retry.gave_up and retry.down_since is None


def _audit_with_a_restart(server: RedisServer, tmp_path: Path, hosts: int,
                          variants: int) -> tuple[list[Any], list[tuple[str, str]], int,
                                                  dict[str, Any], dict[str, Any]]:
    """Coordinator and two workers; redis-server is stopped (SIGTERM) once the hosts have
    answered 40 requests and started again 2 s later. Returns the processes, their outputs,
    the requests answered before the restart, the server's figures and the sites."""
    sites = tmp_path / "wmn.json"
    inv = tmp_path / "inventory.yaml"
    inv.write_text("organization: Northwind Coffee Co.\ndomains: [northwindcoffee.com]\n"
                   "brands:\n  - name: Northwind\n    accounts: []\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("http_proxy", "https_proxy")}
    env["PYTHONPATH"] = str(REPO)
    # each process works on 4 requests at a time: the audit lasts long enough to be cut
    env["BRANDSWEEP_SCRAPY_SETTINGS"] = json.dumps({"CONCURRENT_REQUESTS": 4})
    with SitesServer(handle=HANDLE, latency=0.5) as web:
        doc = wmn_sites(hosts, web.port)
        sites.write_text(json.dumps(doc), encoding="utf-8")
        workers = [subprocess.Popen(
            [sys.executable, "-m", "crawler.cli", "worker", "--redis-url", server.url,
             "--allow-private-network", "--wait", "60"],
            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(2)]
        coordinator = subprocess.Popen(
            [sys.executable, "-m", "crawler.cli", "audit", str(inv), "--sites-file", str(sites),
             "--platforms", ",".join(slug(s["name"]) for s in doc["sites"]),
             "--max-variants", str(variants), "--search-engine", "none",
             "--allow-private-network", "--capture-max", "0", "--out",
             str(tmp_path / "report"), "--db", str(tmp_path / "a.db"),
             "--redis-url", server.url],
            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        procs = [coordinator, *workers]
        try:
            deadline = time.monotonic() + 120
            while web.stats()["requests"] < 40 and time.monotonic() < deadline:
                time.sleep(0.1)
            at_restart = web.stats()["requests"]
            assert at_restart >= 40, "the audit never got going"
            server.restart(down_for=2.0)
            outputs = [p.communicate(timeout=240) for p in procs]
        finally:
            for p in procs:
                if p.poll() is None:
                    p.kill()
                    p.communicate()
        stats = web.stats()
    return procs, outputs, at_restart, stats, doc


@pytest.mark.slow
def test_restarting_redis_mid_audit_loses_nothing(server: RedisServer, tmp_path: Path) -> None:
    """Redis with its append-only file is restarted mid-audit: every process logs the wait and
    the return, exits 0, and the audit finds the handle on every site with every probe
    answered, as a single-process audit does (test_probe_engine)."""
    variants = 5
    procs, outputs, at_restart, stats, doc = _audit_with_a_restart(server, tmp_path, 24, variants)
    out = tmp_path / "report"
    for p, (_, err) in zip(procs, outputs, strict=True):
        assert p.returncode == 0, err[-3000:]
        assert "Redis unreachable" in err and "Redis is back after" in err, err[-3000:]
    assert stats["requests"] > at_restart  # the crawl went on after the restart
    findings = json.loads((out / "findings.json").read_text())
    found = {f["platform"] for f in findings
             if f["handle"] == HANDLE and f["probe_state"] == "found"}
    assert found == {slug(s["name"]) for s in doc["sites"]}
    coverage = json.loads((out / "coverage.json").read_text())
    assert not coverage["gaps"], coverage["gaps"]
    rows = {r["name"]: r for r in coverage["crawl"]["platforms"]}
    # (no random handle: the sites' rules need a profile's own marker, crawler/wmn.py)
    assert {rows[slug(s["name"])]["calibration"] for s in doc["sites"]} == {"not_needed"}
    # every host answered every probe (the variants), none lost with the restart
    assert min(h["requests"] for h in stats["hosts"].values()) >= variants, stats["hosts"]


@pytest.mark.slow
@pytest.mark.parametrize("server", [False], indirect=True)
def test_a_restart_that_loses_redis_data_ends_the_audit_as_partial(
        server: RedisServer, tmp_path: Path) -> None:
    """Without the append-only file Redis comes back empty: the queue is gone, so the audit
    must not be called complete. The workers leave (exit 1: ``audit_gone``); the coordinator
    ends the audit as partial (exit 1), to be finished with --resume."""
    procs, outputs, _, _, _ = _audit_with_a_restart(server, tmp_path, 24, 5)
    coordinator, *workers = procs
    assert coordinator.returncode == 1, outputs[0][1][-3000:]
    log = (tmp_path / "report" / "crawl.log").read_text()
    assert "gone from Redis" in log and "redis_data_lost" in log
    for w, (out, err) in zip(workers, outputs[1:], strict=True):
        assert w.returncode == 1 and "audit_gone" in out + err, (out + err)[-2000:]
