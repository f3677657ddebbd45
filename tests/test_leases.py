"""Leases on the shared request queue (crawler/distributed/leases.py), against a real Redis.

The unit tests drive the Lua scripts directly: a pop leases atomically, a lease expires and is
re-queued with its priority, renewals keep it, acks are idempotent, a late ack withdraws the
re-queued copy or counts a request crawled twice, a fake lease cannot hold an audit open. The
end-to-end test SIGKILLs workers holding requests, at seeded random moments, and checks the
audit finishes with the findings of a single-process audit and nothing lost.

Needs ``redis-server`` on PATH (Debian's package; .ci/run installs it) and the ``scale``
extra: skipped cleanly without them.
"""

from __future__ import annotations

import json
import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

pytest.importorskip("scrapy_redis")
redis = pytest.importorskip("redis")


from crawler.distributed import audit  # noqa: E402
from crawler.distributed.leases import LeaseKeys, Leases, owner_of, read_leases  # noqa: E402

KEYS = audit.AuditKeys("brandsweep:abc:1")


def _leases(client: Any, ttl: float = 30.0) -> Leases:
    return Leases(client, LeaseKeys.for_audit(KEYS.base), ttl)


def _queue(client: Any, **entries: int) -> None:
    """Entries with scrapy-redis' scores (minus the priority: lowest first)."""
    client.zadd(KEYS.requests, {name: score for name, score in entries.items()})


def _expire_all(client: Any) -> None:
    """Every lease's deadline one second in the past (Redis' clock), as if time had passed."""
    sec, usec = client.time()
    past = sec * 1000 + usec // 1000 - 1000
    for member in client.zrange(KEYS.leases, 0, -1):
        client.zadd(KEYS.leases, {member: past})


def test_a_pop_leases_the_best_request_atomically(client):
    leases = _leases(client, ttl=30)
    _queue(client, low=5, best=-10, mid=0)
    lease_id, entry = leases.pop("w1")
    assert entry == b"best"
    assert lease_id == "w1|1|-10" and owner_of(lease_id) == "w1"
    assert client.zrange(KEYS.requests, 0, -1) == [b"mid", b"low"]
    assert client.hget(KEYS.leased, lease_id) == b"best"
    assert client.hget(KEYS.popped, "w1") == b"1"
    view = read_leases(client, leases.keys)
    assert view.held == {"w1": 1} and view.total == 1
    assert 28 < view.oldest["w1"] <= 30  # the deadline is Redis' now + the TTL
    assert leases.pop("w2")[0] == "w2|1|0"
    assert leases.pop("w1")[0] == "w1|2|5"
    assert leases.pop("w1") is None  # empty queue


def test_an_expired_lease_goes_back_with_its_priority_and_counts(client):
    leases = _leases(client)
    _queue(client, a=-3, b=7)
    first, _ = leases.pop("dead")
    assert leases.reap() == []  # not expired yet: nothing moves
    _expire_all(client)
    assert leases.reap() == [first]
    assert client.zrange(KEYS.requests, 0, -1, withscores=True) == [(b"a", -3.0), (b"b", 7.0)]
    assert not client.exists(KEYS.leases, KEYS.leased)
    assert leases.stats() == {"requeued": 1}
    # the dead process's renewal (had it only been stalled) does not resurrect the lease
    assert leases.renew([first]) == [first]
    assert not client.exists(KEYS.leases)
    # whoever takes it next holds it under a new lease
    second, entry = leases.pop("alive")
    assert entry == b"a" and second == "alive|1|-3"


def test_after_redis_was_away_holders_get_a_ttl_to_renew(client):
    """Nobody could reap (nor renew) for longer than a TTL, as when Redis restarts: the expired
    leases are extended, not re-queued; the next expiry is handled as usual."""
    leases = _leases(client, ttl=30)
    _queue(client, a=0)
    lease_id, _ = leases.pop("w1")
    assert leases.reap() == []  # the reap clock starts
    sec, usec = client.time()
    client.hset(KEYS.lease_stats, "clock", sec * 1000 + usec // 1000 - 31_000)  # 31 s ago
    _expire_all(client)
    assert leases.reap() == []
    assert read_leases(client, leases.keys).oldest["w1"] > 28  # one more TTL to renew
    assert leases.renew([lease_id]) == []
    _expire_all(client)  # the holder really is gone this time
    assert leases.reap() == [lease_id]
    assert leases.stats() == {"requeued": 1}


def test_renewal_keeps_a_lease_that_would_have_expired(client):
    leases = _leases(client, ttl=0.4)
    _queue(client, a=0)
    lease_id, _ = leases.pop("w1")
    time.sleep(0.25)
    assert leases.renew([lease_id]) == []
    time.sleep(0.25)  # 0.5 s after the pop: expired without the renewal
    assert leases.reap() == []
    assert read_leases(client, leases.keys).held == {"w1": 1}
    time.sleep(0.3)
    assert leases.reap() == [lease_id]


def test_acks_are_idempotent(client):
    leases = _leases(client)
    _queue(client, a=0, b=1)
    a, entry_a = leases.pop("w1")
    b, entry_b = leases.pop("w1")
    assert leases.ack({a: entry_a}) == 0
    assert leases.ack({a: entry_a}) == 0  # again: nothing changes, nothing counted
    assert read_leases(client, leases.keys).held == {"w1": 1}
    assert leases.ack({a: entry_a, b: entry_b}) == 0
    assert not client.exists(KEYS.leases, KEYS.leased, KEYS.requests)
    assert leases.stats() == {}


def test_a_late_ack_withdraws_the_copy_nobody_took(client):
    leases = _leases(client)
    _queue(client, a=0)
    lease_id, entry = leases.pop("stalled")
    _expire_all(client)
    leases.reap()
    assert client.zcard(KEYS.requests) == 1
    # the stalled process wakes up and delivers: the copy is not needed any more
    assert leases.ack({lease_id: entry}) == 1
    assert client.zcard(KEYS.requests) == 0
    assert leases.stats() == {"requeued": 1, "withdrawn": 1}
    assert leases.ack({lease_id: entry}) == 0  # a repeat is not late twice


def test_a_late_ack_after_another_took_the_copy_counts_a_request_crawled_twice(client):
    leases = _leases(client)
    _queue(client, a=0)
    stalled, entry = leases.pop("stalled")
    _expire_all(client)
    leases.reap()
    other, _ = leases.pop("other")
    assert leases.ack({stalled: entry}) == 1
    assert leases.stats() == {"requeued": 1, "delivered_twice": 1}
    assert leases.ack({other: entry}) == 0  # the other holder's ack is on time
    assert not client.exists(KEYS.leases, KEYS.requests)


def test_release_hands_back_only_the_owner_s_leases(client):
    leases = _leases(client)
    _queue(client, a=0, b=1, c=2)
    leases.pop("w1")
    leases.pop("w2")
    leases.pop("w1")
    assert sorted(leases.release("w1")) == ["w1|1|0", "w1|2|2"]
    assert client.zrange(KEYS.requests, 0, -1) == [b"a", b"c"]
    assert read_leases(client, leases.keys).held == {"w2": 1}


def test_fake_leases_cannot_hold_the_audit_open(client):
    """A Redis writer adds leases with deadlines far in the future, with and without an entry:
    a reap removes them (an entry goes to the queue, where the pop's check refuses junk)."""
    leases = _leases(client, ttl=30)
    client.zadd(KEYS.leases, {"ghost|1|0": 10**15, "ghost|2|zz": 10**15, "junk": 0})
    client.hset(KEYS.leased, "ghost|2|zz", b"junk entry")
    _queue(client, real=0)
    mine, _ = leases.pop("w1")
    reaped = leases.reap()
    assert sorted(reaped) == ["ghost|2|zz"]  # the entry goes back (score 0: not a number)
    assert read_leases(client, leases.keys).held == {"w1": 1}  # a real lease stays
    assert client.zscore(KEYS.requests, b"junk entry") == 0
    assert leases.stats() == {"requeued": 1, "fake": 2}
    snap = audit.read_snapshot(client, KEYS)
    assert snap.leased == 1 and not snap.quiet
    leases.ack({mine: b"real"})
    client.delete(KEYS.requests)
    assert audit.read_snapshot(client, KEYS).quiet


def test_the_audit_queue_pops_leases_and_acks_refused_entries(client):
    """Through the Scrapy side: ``AuditQueue.pop`` leases each request it returns and keeps it
    in ``held``; an entry that is not a request is refused and acknowledged at once, so it does
    not come back when its lease would have expired."""
    from scrapy import Request
    from scrapy.utils.test import get_crawler

    from crawler.distributed import components, wire
    from crawler.spiders.sweep import SweepSpider

    crawler = get_crawler(SweepSpider)
    spider = SweepSpider.__new__(SweepSpider)
    spider.crawler = crawler
    queue = components.AuditQueue(client, spider, KEYS.requests, serializer=wire)
    queue.leases = _leases(client)
    queue.held = {}
    queue.process = "w1"
    queue.push(Request("https://x.com/northwindcoffee", callback=spider.parse_profile,
                       priority=5))
    client.zadd(KEYS.requests, {b"junk": -100})  # first in line
    request = queue.pop()
    assert request.url == "https://x.com/northwindcoffee" and request.priority == 5
    assert queue.taken == 2
    ((held, lease_id, entry),) = queue.held.values()
    assert held is request and lease_id == "w1|2|-5"
    assert read_leases(client, queue.leases.keys).held == {"w1": 1}  # the junk is not leased
    assert queue.pop() is None


@pytest.mark.parametrize("module", ["crawler.distributed.leases",
                                    "crawler.distributed.status"])
def test_docstring_examples(module):
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(module))
    assert result.attempted > 0 and result.failed == 0


def _status_fixture(client: Any) -> None:
    """An audit as Redis holds it mid-crawl: a coordinator and a worker alive, a worker gone
    with a lease still outstanding, three requests queued."""
    audit.publish_audit(client, KEYS, audit.AuditPayload(1, "inv.yaml", "organization: A\n"),
                        coordinator="host:1:c")
    leases = _leases(client)
    _queue(client, r1=0, r2=1, r3=2, r4=3, r5=4, r6=5)
    leases.pop("host:2:w")
    leases.pop("host:2:w")
    leases.pop("host:3:gone")
    beats = {"host:1:c": {"popped": 0, "inflight": 0, "role": "coordinator", "acked": 0,
                          "per_minute": 0, "ttl": 15},
             "host:2:w": {"popped": 2, "inflight": 2, "role": "worker", "acked": 40,
                          "per_minute": 120, "ttl": 15},
             "host:3:gone": {"popped": 1, "inflight": 1, "role": "worker", "acked": 7,
                             "per_minute": 7, "ttl": 15}}
    client.hset(KEYS.reports, mapping={k: json.dumps(v) for k, v in beats.items()})
    client.set(KEYS.alive("host:1:c"), "coordinator", ex=15)
    client.set(KEYS.alive("host:2:w"), "worker", ex=14)  # beat a second ago


def test_status_shows_queue_leases_throughput_and_heartbeats(client):
    from crawler.distributed import status

    _status_fixture(client)
    found = status.read_status(client, status.open_audit_keys(client, None))
    assert (found.key, found.state, found.coordinator) == (KEYS.base, "running", "host:1:c")
    assert found.queued == 3 and found.leased == 3
    rows = {p.process: p for p in found.processes}
    assert rows["host:2:w"].leases == 2 and rows["host:2:w"].alive
    assert rows["host:2:w"].per_minute == 120 and rows["host:2:w"].done == 40
    assert 0.5 <= rows["host:2:w"].heartbeat_age <= 5
    assert 25 < rows["host:2:w"].oldest_deadline <= 30
    assert not rows["host:3:gone"].alive and rows["host:3:gone"].leases == 1
    assert rows["host:3:gone"].per_minute == 0  # a gone process does no work
    assert found.per_minute == 120 and found.workers == 1
    text = status.format_status(found)
    assert "queue: 3 requests; leased: 3" in text and "120 requests/min" in text
    assert re.search(r"host:2:w\s+worker\s+yes\s+\d\.\d s ago\s+2\s+in \d+\.\d s\s+120",
                     text), text
    assert re.search(r"host:3:gone\s+worker\s+gone\s+-\s+1\s", text), text
    assert status.progress_suffix(found) == (
        "all processes: 47 done, 3 queued, 3 leased, 120/min, 1 worker")


def test_worker_status_command(redis_url, client):
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "crawler.cli", "worker", "--redis-url",
                               redis_url, "--status", *args], cwd=REPO, capture_output=True,
                              text=True, timeout=60)

    none = run()
    assert none.returncode == 1 and "no open audit in Redis" in none.stderr
    _status_fixture(client)
    shown = run()
    assert shown.returncode == 0, shown.stderr
    assert f"audit {KEYS.base}: running" in shown.stdout
    assert "leased: 3" in shown.stdout and "host:2:w" in shown.stdout
    data = json.loads(run("--json", "--audit-key", KEYS.base).stdout)
    assert data["queued"] == 3 and data["leased"] == 3 and data["per_minute"] == 120
    assert {p["process"]: p["leases"] for p in data["processes"]} == {
        "host:1:c": 0, "host:2:w": 2, "host:3:gone": 1}
    assert run("--audit-key", "brandsweep:nope:9").returncode == 1


# --------------------------------------------------------------------------- end to end


def _env(**settings: Any) -> dict[str, str]:
    env = dict(os.environ)
    env["BRANDSWEEP_SCRAPY_SETTINGS"] = json.dumps({**FAST, **settings})
    return env


def _holder(pid: int, owners: Any) -> str | None:
    """The process id (``host:pid:random``) of the OS process ``pid`` among ``owners``."""
    return next((o for o in owners if o.split(":")[-2:-1] == [str(pid)]), None)


def _leased_urls(client: Any, keys: audit.AuditKeys, owner: str) -> list[str]:
    out = []
    for lease_id, entry in client.hgetall(keys.leased).items():
        if owner_of(lease_id.decode()) == owner:
            out.append(json.loads(entry)["url"])
    return out


def _worker(redis_url: str, web: Any, env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "crawler.cli", "worker", "--redis-url", redis_url,
         "--resolve", f"*={web.address}", "--allow-private-network", "--wait", "60", "-q"],
        cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _stop_holding(client: Any, keys: audit.AuditKeys, proc: subprocess.Popen[bytes],
                  deadline: float) -> list[str]:
    """SIGSTOP ``proc`` at a moment it holds requests (so what it holds is known and stays so);
    returns the URLs of the requests it holds."""
    held: list[str] = []
    while time.monotonic() < deadline and proc.poll() is None:
        proc.send_signal(signal.SIGSTOP)
        owner = _holder(proc.pid, read_leases(client, _lease_keys(keys)).held)
        held = _leased_urls(client, keys, owner) if owner else []
        if held:
            break
        proc.send_signal(signal.SIGCONT)
        time.sleep(0.02)
    return held


def _kill_holding(client: Any, keys: audit.AuditKeys, proc: subprocess.Popen[bytes],
                  deadline: float) -> list[str]:
    """SIGKILL ``proc`` at a moment it holds requests; returns their URLs."""
    held = _stop_holding(client, keys, proc, deadline)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    return held


def _late_acks(client: Any, keys: audit.AuditKeys) -> int:
    figures = Leases(client, _lease_keys(keys)).stats()
    return figures.get("withdrawn", 0) + figures.get("delivered_twice", 0)


@pytest.mark.slow
def test_killed_workers_lose_nothing(redis_url, client, tmp_path):
    """A coordinator and five workers; one stalls past its leases first (SIGSTOP, SIGCONT), then
    each is SIGKILLed at its own seeded random moment while it holds requests (stopped first,
    so what it holds is known). The audit finishes with the findings of a single-process audit
    and no ``worker_lost`` gap, every request a killed worker held is fetched again after its
    death, no lease is left, the stalled worker's late results are counted, and the report says
    how many requests were re-queued (crawled again)."""
    from simweb import SimWeb, load_world

    with SimWeb(load_world()) as alone:
        single = subprocess.run(_audit_cmd(alone, tmp_path / "single"), cwd=REPO,
                                env=_env(), capture_output=True, text=True, timeout=180)
        assert single.returncode == 0, single.stderr[-2000:]
        single_urls = {(h, p) for _, h, p, _ in alone.request_log}
    ttl = 2
    # each process fetches two at a time, each host's requests 0.2 s apart (the findings do not
    # depend on it): the distributed audit lasts long enough for a stall and five kills on any
    # machine, a quiet one included
    env = _env(BRANDSWEEP_REDIS_LEASE_TTL=ttl, CONCURRENT_REQUESTS=2,
               BRANDSWEEP_MAX_CONCURRENT_REQUESTS=2, DOWNLOAD_DELAY=0.2)
    rng = random.Random(16)
    # seconds after the stalled worker's late delivery: within the first second, so
    # on a quiet machine (where the whole crawl takes a few seconds) the queue still holds work
    # at the fifth kill, and on a loaded one the kills still fall at scattered moments
    moments = sorted(rng.uniform(0.0, 1.0) for _ in range(5))
    world = load_world()
    webs = [SimWeb(world) for _ in range(6)]  # [0]: the coordinator's; one per worker
    for web in webs[1:]:
        web.app = webs[0].app  # one world state; each server's log is one process's fetches
    for web in webs:
        web.start()
    out = tmp_path / "distributed"
    victims = [_worker(redis_url, web, env) for web in webs[1:]]
    coordinator = subprocess.Popen(_audit_cmd(webs[0], out, "--redis-url", redis_url),
                                   cwd=REPO, env=env, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True)
    kills: list[tuple[list[str], list[int]]] = []  # (URLs held, log lengths at the kill)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not any(w.request_log for w in webs[1:]):
            time.sleep(0.02)
        assert any(w.request_log for w in webs[1:]), "no worker got going"
        keys = audit.AuditKeys(client.keys("brandsweep:*:meta")[0].decode()
                               .removesuffix(":meta"))
        # first one worker stalls longer than its leases last: they are re-queued and crawled
        # by others; woken up, it finishes them anyway, and its late acks either withdraw the
        # copies nobody took yet or count requests delivered twice (the store keeps one)
        assert _stop_holding(client, keys, victims[-1], deadline)
        stalled_at = time.monotonic()
        stalled = _holder(victims[-1].pid, read_leases(client, _lease_keys(keys)).held)
        # meanwhile, what an operator sees (``worker --status``): the stalled worker, alive,
        # holding its leases
        from crawler.distributed.status import read_status

        status = read_status(client, keys)
        rows = {p.process: p for p in status.processes}
        assert status.state == "running"
        assert rows[stalled].alive and rows[stalled].leases >= 1
        assert status.leased >= rows[stalled].leases
        assert {p.role for p in rows.values()} == {"coordinator", "worker"}
        time.sleep(max(0.0, stalled_at + ttl + 1.5 - time.monotonic()))
        victims[-1].send_signal(signal.SIGCONT)
        while time.monotonic() < deadline and not _late_acks(client, keys):
            time.sleep(0.05)
        late = _late_acks(client, keys)
        start = time.monotonic()
        for victim, moment in zip(victims, moments, strict=True):
            time.sleep(max(0.0, start + moment - time.monotonic()))
            held = _kill_holding(client, keys, victim, deadline)
            kills.append((held, [len(w.request_log) for w in webs]))
        last_kill = time.monotonic()
        _, stderr = coordinator.communicate(timeout=240)
        margin = time.monotonic() - last_kill  # how long the audit went on after the kills
        logs = [list(w.request_log) for w in webs]
    finally:
        for proc in (*victims, coordinator):
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        for web in webs:
            web.stop()
    assert coordinator.returncode == 0, stderr[-2000:]
    assert all(held for held, _ in kills), "a worker was killed holding nothing"
    assert late, "the stalled worker never delivered late"
    assert _findings(out) == _findings(tmp_path / "single")
    coverage = json.loads((out / "coverage.json").read_text())
    assert not [g for g in coverage["gaps"] if "worker" in json.dumps(g)], coverage["gaps"]
    leases = coverage["crawl"]["leases"]
    assert leases["requeued"] >= sum(len(held) for held, _ in kills), (leases, kills)
    assert leases["withdrawn"] + leases["delivered_twice"] >= late
    # 0 requests lost: each request a killed worker held was fetched after its death (those
    # the single-process audit fetched: a request the sweep drops on purpose, e.g. past a
    # crawl limit, is fetched by neither)
    for n, (held, marks) in enumerate(kills):
        after = {(h, p) for log, mark in zip(logs, marks, strict=True)
                 for _, h, p, _ in log[mark:]}
        lost = [u for u in held if _host_path(u) in single_urls and _host_path(u) not in after]
        assert not lost, (n, lost)
    assert not client.exists(keys.leases, keys.leased, keys.requests)
    report = (out / "report.html").read_text()
    assert f"{leases['requeued']} requests re-queued from lost or stalled processes" in report
    print(f"killed 5 workers holding {[len(h) for h, _ in kills]} requests; "
          f"{leases['requeued']} re-queued and crawled again, "
          f"{leases['delivered_twice']} delivered twice, {leases['withdrawn']} withdrawn; "
          f"the audit went on {margin:.0f} s after the last kill")


def _lease_keys(keys: audit.AuditKeys) -> LeaseKeys:
    return LeaseKeys.for_audit(keys.base)


def _host_path(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.hostname or "", parts.path + (f"?{parts.query}" if parts.query else "")


REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "official_accounts.yaml"
#: the simulated web answers at once; a generous timeout keeps a loaded 2-core machine (six
#: crawling processes) from turning slow answers into "could not check" in one run only
FAST = {"DOWNLOAD_TIMEOUT": 10, "BRANDSWEEP_RETRY_BACKOFF_BASE": 0.2}


def _audit_cmd(web: Any, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "crawler.cli", "audit", str(SEED), "--resolve",
            f"*={web.address}", "--allow-private-network", "--search-engine", "none",
            "--capture-max", "0", "--db", str(out / "brandsweep.db"), "--out", str(out), "-q",
            *extra]


def _findings(out: Path) -> set[tuple[str, str, str]]:
    data = json.loads((out / "findings.json").read_text())
    return {(f["platform"], f["handle"], f["class"]) for f in data}
