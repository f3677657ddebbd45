"""Distributed audits (crawler/distributed/): one coordinator and two workers sharing a real
Redis, against the simulated web, give the findings of a single-process audit, and split the
fetching between them without fetching anything twice.

Each process reaches its own simulated-web server (three servers sharing one world and its
state, as the real web is shared), so a server's request log is exactly one process's fetches.
Needs ``redis-server`` on PATH (Debian's package; .ci/run installs it) and scrapy-redis (the
``scale`` extra): skipped cleanly without them.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from matching.models import (
    LinkedPage,
    ProbeState,
    ProfileFields,
    ProfileObservation,
    Sighting,
    Via,
)

pytest.importorskip("scrapy_redis")
redis = pytest.importorskip("redis")

from redis_server import free_port  # noqa: E402

from crawler.distributed import audit  # noqa: E402
from crawler.distributed.codec import CodecError, decode_item, encode_item  # noqa: E402
from crawler.items import CoverageGap, PageBody  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "official_accounts.yaml"
#: the same fast-failing settings as the other end-to-end tests (1.5 s per request)
FAST = {"DOWNLOAD_TIMEOUT": 1.5, "BRANDSWEEP_RETRY_BACKOFF_BASE": 0.2}


# --------------------------------------------------------------------------- item codec


OBSERVATION = ProfileObservation(
    platform="instagram",
    handle="northwind.coffee.deals",
    url="https://www.instagram.com/northwind.coffee.deals/",
    state=ProbeState.FOUND,
    http_status=200,
    fields=ProfileFields(display_name="Northwind Coffee ☕", followers=12, verified=False,
                         external_links=("https://nw-giveaway.example/",), bio=None),
    fetched_at="2026-11-26T07:00:00Z",
    body_sha256="ab" * 32,
    sightings=(Sighting("instagram", "northwind.coffee.deals", Via.PLATFORM_SEARCH,
                        "search:instagram", "northwind"),),
)

ITEMS = [
    Sighting("x", "northwindcoffee", Via.PROBE, "inventory", "declared",
             "https://x.com/northwindcoffee"),
    OBSERVATION,
    ProfileObservation("tiktok", "nw", "https://www.tiktok.com/@nw", ProbeState.UNVERIFIABLE,
                       reason="login_wall"),
    LinkedPage("https://nw-giveaway.example/", "instagram", "northwind.coffee.deals",
               http_status=200, title="Win", social_links=("https://x.com/nw",)),
    PageBody("instagram", "northwind.coffee.deals", "ab" * 32, "https://www.instagram.com/",
             bytes(range(256)) + "é".encode()),
    CoverageGap("web_search", "duckduckgo", "captcha", query="site:x.com northwind", page=2),
]


@pytest.mark.parametrize("item", ITEMS, ids=lambda i: type(i).__name__)
def test_items_survive_the_round_trip(item):
    text = encode_item(item)
    assert isinstance(text, str)
    json.loads(text)  # plain JSON on the wire, readable with redis-cli
    back = decode_item(text)
    assert back == item
    assert type(back) is type(item)


def test_decoded_observation_has_real_types():
    back = decode_item(encode_item(OBSERVATION).encode())  # Redis hands back bytes
    assert back.state is ProbeState.FOUND
    assert isinstance(back.fields, ProfileFields)
    assert back.fields.external_links == ("https://nw-giveaway.example/",)
    assert back.sightings[0].via is Via.PLATFORM_SEARCH


def test_page_body_bytes_travel_as_base64():
    body = ITEMS[4]
    wire = json.loads(encode_item(body))
    assert wire["type"] == "PageBody"
    assert isinstance(wire["data"]["body"], str)
    assert decode_item(json.dumps(wire)).body == body.body


def test_a_newer_writer_s_extra_field_is_dropped_and_missing_ones_default():
    wire = json.loads(encode_item(ITEMS[0]))
    wire["data"]["confidence"] = 0.9  # a field this version does not know
    del wire["data"]["url"]
    assert decode_item(json.dumps(wire)) == replace(ITEMS[0], url=None)


@pytest.mark.parametrize("junk", ["", "[]", '{"type": "Finding", "data": {}}', "not json",
                                  '{"data": {}}'])
def test_junk_on_the_list_is_a_codec_error(junk):
    with pytest.raises(CodecError):
        decode_item(junk)


def test_only_crawl_items_are_encoded():
    with pytest.raises(CodecError):
        encode_item({"platform": "x"})


# --------------------------------------------------------------------------- pure parts


@pytest.mark.parametrize("module", ["crawler.distributed.audit", "crawler.distributed.codec",
                                    "crawler.distributed.wire"])
def test_docstring_examples(module):
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(module))
    assert result.attempted > 0 and result.failed == 0


def _snap(queued=0, popped=None, reports=None, alive=("a", "b"), leased=0) -> audit.Snapshot:
    popped = {"a": 5, "b": 2} if popped is None else popped
    if reports is None:
        reports = {p: {"popped": n, "inflight": 0} for p, n in popped.items()}
    return audit.Snapshot(queued, popped, reports, frozenset(alive), leased)


def test_snapshot_is_quiet_only_with_nothing_queued_nor_leased():
    assert _snap().quiet
    assert not _snap(queued=1).quiet
    assert not _snap(leased=1).quiet
    # heartbeats do not count: a process (or a Redis writer) claiming work in flight, alive or
    # silent, cannot hold the audit open; only leases, which expire, can
    busy = {"a": {"popped": 5, "inflight": 3}, "ghost": {"popped": 0, "inflight": 9}}
    assert _snap(reports=busy, alive=("a", "ghost")).quiet


def test_quiet_needs_the_grace_period_without_any_pop():
    q = audit.Quiet(grace=2.0)
    assert not q.observe(0.0, _snap())
    assert not q.observe(1.9, _snap())
    # a request taken (and finished) between two looks restarts the wait
    assert not q.observe(2.1, _snap(popped={"a": 6, "b": 2}))
    assert not q.observe(3.0, _snap(popped={"a": 6, "b": 2}))
    assert q.observe(4.2, _snap(popped={"a": 6, "b": 2}))
    # anything in the queue restarts it too
    q = audit.Quiet(grace=1.0)
    assert not q.observe(0.0, _snap())
    assert not q.observe(0.5, _snap(queued=3))
    assert not q.observe(1.2, _snap())
    assert q.observe(2.3, _snap())


def test_merge_stats_sums_counts_and_keeps_the_coordinator_s_values():
    own = {"downloader/request_count": 10, "finish_reason": "finished",
           "brandsweep/coverage_gaps": [{"path": "probe"}], "brandsweep/calibration/x": None}
    worker = {"downloader/request_count": 7, "finish_reason": "audit_finished",
              "brandsweep/coverage_gaps": [{"path": "web_search"}],
              "brandsweep/calibration/x": "not_found", "elapsed_time_seconds": 1.5}
    merged = audit.merge_stats(own, [worker, {"downloader/request_count": 1}])
    assert merged["downloader/request_count"] == 18
    assert merged["finish_reason"] == "finished"
    assert merged["brandsweep/coverage_gaps"] == [{"path": "probe"}, {"path": "web_search"}]
    assert merged["brandsweep/calibration/x"] == "not_found"
    assert merged["elapsed_time_seconds"] == 1.5


def test_payload_round_trip_writes_the_inputs_for_a_worker(tmp_path):
    catalog = tmp_path / "extra.yaml"
    catalog.write_text("platforms: {}\n")
    payload = audit.AuditPayload.from_files(
        7, SEED, [catalog], None, {"platforms": "x,instagram", "max_variants": 5},
        {"DOWNLOAD_TIMEOUT": 3})
    back = audit.AuditPayload.from_json(payload.to_json())
    assert back == payload
    kwargs = back.spider_kwargs(tmp_path / "worker")
    assert Path(kwargs["inventory"]).read_bytes() == SEED.read_bytes()
    assert Path(kwargs["inventory"]).name == SEED.name
    assert Path(kwargs["platforms_files"]).read_text() == "platforms: {}\n"
    assert kwargs["sites_file"] == ""
    assert (kwargs["platforms"], kwargs["max_variants"]) == ("x,instagram", 5)


# --------------------------------------------------------------------------- a real Redis


def _payload(audit_id: int = 1) -> audit.AuditPayload:
    return audit.AuditPayload(audit_id, "inv.yaml", "organization: Acme\n")


def test_publish_find_and_close(client):
    keys = audit.AuditKeys(audit.audit_key("f" * 64, 3))
    assert keys.base == "brandsweep:ffffffffffff:3"
    with pytest.raises(audit.ScaleError, match="no open audit in Redis after"):
        audit.find_audit(client, None, wait=0.3)
    audit.publish_audit(client, keys, _payload(3), coordinator="c1")
    found, payload = audit.find_audit(client, None, wait=1)
    assert found == keys and payload == _payload(3)
    assert audit.find_audit(client, keys.base, wait=1)[0] == keys
    client.rpush(keys.requests, b"x")  # (a list here; close deletes whatever is there)
    audit.close_audit(client, keys, audit.FINISHED)
    assert audit.audit_state(client, keys) == audit.FINISHED
    assert not client.exists(keys.requests)
    assert 0 < client.ttl(keys.meta) <= audit.FINISHED_TTL
    with pytest.raises(audit.ScaleError, match="finished"):
        audit.find_audit(client, keys.base, wait=0.3)
    with pytest.raises(audit.ScaleError):
        audit.find_audit(client, None, wait=0.3)  # no longer listed as open


def test_a_second_coordinator_on_a_live_audit_is_refused(client):
    keys = audit.AuditKeys("brandsweep:abc:1")
    audit.publish_audit(client, keys, _payload(), coordinator="c1")
    client.set(keys.alive("c1"), "coordinator", ex=30)
    with pytest.raises(audit.ScaleError, match="another coordinator"):
        audit.publish_audit(client, keys, _payload(), coordinator="c2")
    client.delete(keys.alive("c1"))  # c1 died: a resumed run may take the audit over
    client.sadd(keys.dupefilter, "stale")
    audit.publish_audit(client, keys, _payload(), coordinator="c2")
    assert not client.exists(keys.dupefilter)  # what the dead run left is cleared


def test_read_snapshot(client):
    keys = audit.AuditKeys("brandsweep:abc:2")
    client.zadd(keys.requests, {"r1": 0})
    client.hset(keys.popped, mapping={"w1": 3, "w2": 1})
    client.hset(keys.reports, mapping={"w1": json.dumps({"popped": 3, "inflight": 0}),
                                       "w2": json.dumps({"popped": 1, "inflight": 1})})
    client.set(keys.alive("w1"), "worker", ex=30)
    client.zadd(keys.leases, {"w2|1|0": 10**15})
    snap = audit.read_snapshot(client, keys)
    assert snap.queued == 1 and snap.leased == 1
    assert snap.popped == {"w1": 3, "w2": 1}
    assert snap.alive == frozenset({"w1"})
    assert not snap.quiet


def test_worker_without_an_audit_gives_up_after_wait(redis_url, client):
    proc = subprocess.run(
        [sys.executable, "-m", "crawler.cli", "worker", "--redis-url", redis_url,
         "--wait", "0.5", "-q"], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2, proc.stderr
    assert "no open audit in Redis after 0.5 s" in proc.stderr


def test_unreachable_redis_is_bad_input(tmp_path):
    port = free_port()  # nothing listens there
    proc = subprocess.run(
        [sys.executable, "-m", "crawler.cli", "audit", str(SEED), "--redis-url",
         f"redis://127.0.0.1:{port}/0", "--db", str(tmp_path / "db"), "--out",
         str(tmp_path / "out"), "-q", "--search-engine", "none"],
        cwd=REPO, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2, proc.stderr
    assert "cannot use Redis" in proc.stderr


# --------------------------------------------------------------------------- end to end


def _env() -> dict[str, str]:
    import os

    env = dict(os.environ)
    env["BRANDSWEEP_SCRAPY_SETTINGS"] = json.dumps(FAST)
    return env


def _audit_cmd(web: Any, out: Path, *extra: str, engine: str = "none") -> list[str]:
    # --capture-max 0: the evidence captures after the crawl refetch pages and images on
    # purpose, in the coordinator; these tests compare the crawl's own fetches
    return [sys.executable, "-m", "crawler.cli", "audit", str(SEED), "--resolve",
            f"*={web.address}", "--allow-private-network", "--search-engine", engine,
            "--capture-max", "0",
            "--db", str(out / "brandsweep.db"), "--out", str(out), "-q", *extra]


def _findings(out: Path) -> set[tuple[str, str, str]]:
    data = json.loads((out / "findings.json").read_text())
    return {(f["platform"], f["handle"], f["class"]) for f in data}


def _search_gaps(out: Path) -> set[str]:
    """The web search's coverage gaps (a search page that failed in one audit only)."""
    gaps = json.loads((out / "coverage.json").read_text())["gaps"]
    return {json.dumps(g, sort_keys=True) for g in gaps if "web_search" in json.dumps(g)}


#: what an audit searches the web with unless told otherwise (crawler/options.py)
DEFAULT_ENGINE = "duckduckgo"

#: calibration probes ask for a random handle (crawler/spiders/probes.py): a new URL each audit
CALIBRATION = re.compile(r"bsw[0-9a-f]{12}", re.IGNORECASE)


def _fetches(log: list[tuple[str, str, str, int]]) -> Counter[tuple[str, str, str]]:
    """Fetches by URL, without robots.txt (each process asks each host once for itself) and
    calibration probes (random handles)."""
    return Counter((m, h, p) for m, h, p, _ in log
                   if p != "/robots.txt" and not CALIBRATION.search(p))


@pytest.mark.slow
def test_coordinator_and_two_workers_audit_like_one_process(redis_url, client, tmp_path):
    from simweb import SimWeb, load_world

    world = load_world()
    # the single-process audit, for comparison
    with SimWeb(world) as alone:
        # the default search engine, DuckDuckGo, as users run it (its first search page once
        # could not travel through Redis and the distributed audit ended partial)
        single = subprocess.run(_audit_cmd(alone, tmp_path / "single", engine=DEFAULT_ENGINE),
                                cwd=REPO, env=_env(), capture_output=True, text=True,
                                timeout=180)
        assert single.returncode == 0, single.stderr[-2000:]
        single_log = list(alone.request_log)

    # three servers, one shared world state: server i's log is process i's fetches
    webs = [SimWeb(world) for _ in range(3)]
    for web in webs[1:]:
        web.app = webs[0].app
    for web in webs:
        web.start()
    workers: list[subprocess.Popen[str]] = []
    try:
        for web in webs[1:]:
            workers.append(subprocess.Popen(
                [sys.executable, "-m", "crawler.cli", "worker", "--redis-url", redis_url,
                 "--resolve", f"*={web.address}", "--allow-private-network", "--wait", "60"],
                cwd=REPO, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                text=True))
        out = tmp_path / "distributed"
        coordinator = subprocess.run(_audit_cmd(webs[0], out, "--redis-url", redis_url,
                                                engine=DEFAULT_ENGINE),
                                     cwd=REPO, env=_env(), capture_output=True, text=True,
                                     timeout=180)
        assert coordinator.returncode == 0, coordinator.stderr[-2000:]
        results = [w.communicate(timeout=30) for w in workers]  # they leave on their own
        for w, (stdout, stderr) in zip(workers, results, strict=True):
            assert w.returncode == 0, stderr[-2000:]
            assert "requests" in stdout and "(done)" in stdout  # an audit that ended as it should
        logs = [list(web.request_log) for web in webs]
    finally:
        for w in workers:
            if w.poll() is None:
                w.kill()
                w.communicate()
        for web in webs:
            web.stop()

    # the same findings as the single-process audit, and the web search ran, in full
    assert _findings(out) == _findings(tmp_path / "single")
    assert any(m == "POST" and "duckduckgo" in h for log in logs for m, h, _, _ in log)
    assert _search_gaps(out) <= _search_gaps(tmp_path / "single")

    # every process fetched part of the audit
    per_process = [_fetches(log) for log in logs]
    counts = [sum(c.values()) for c in per_process]
    assert all(n > 20 for n in counts), counts

    # no URL was fetched by two processes (nor twice by one): every URL the single process
    # fetched once (neither retried nor deliberately refetched) was fetched at most once in all
    alone_counts = _fetches(single_log)
    retried = {(m, h, p) for m, h, p, status in single_log + [r for log in logs for r in log]
               if status == 429 or status >= 500 or status == 0}
    once = {url for url, n in alone_counts.items() if n == 1 and url not in retried}
    assert len(once) > 500
    total = sum(per_process, Counter())
    twice = sorted(url for url in once if total[url] > 1)
    # ... except a request a process retried after its 1.5 s timeout when the server did
    # answer, too late (a loaded machine): at most one such URL per retry the crawl counted,
    # and none re-queued from a lease (no process died or stalled for the lease's 30 s)
    from crawler.store import Store

    with Store(out / "brandsweep.db") as store:
        crawl = store.crawl_summary(store.latest_audit())
    assert crawl["leases"]["requeued"] == 0, crawl["leases"]
    assert len(twice) <= crawl["retries"], [(url, [c[url] for c in per_process])
                                            for url in twice[:10]]
    # ... and fetched what the single process did: all but a few whose discovery depends on
    # which path reaches a profile first (a profile first reached through a linked page does
    # not have its own links followed), which the order of a shared queue varies
    missing = sorted(once - set(total))
    assert len(missing) <= 3, missing
    assert sum(total.values()) <= sum(alone_counts.values()) + 30

    # the coordinator stored the workers' figures with the crawl and cleaned Redis up
    processes = crawl["processes"]
    assert sorted(p["role"] for p in processes) == ["coordinator", "worker", "worker"]
    assert all(p["requests"] > 0 for p in processes)
    assert crawl["requests"] == sum(p["requests"] for p in processes)
    assert crawl["finish_reason"] == "finished"
    base = next(k.decode() for k in client.keys("brandsweep:*:meta")).removesuffix(":meta")
    keys = audit.AuditKeys(base)
    assert audit.audit_state(client, keys) == audit.FINISHED
    assert not client.exists(keys.requests, keys.dupefilter, keys.items, keys.popped,
                             keys.leases, keys.leased, keys.lease_stats)


# --------------------------------------------------------------------------- hostile Redis


class _Touch:
    """A pickle that, if ever unpickled, creates ``path`` (what an attacker's payload does)."""

    def __init__(self, path: Path):
        self.path = str(path)

    def __reduce__(self):
        return (open, (self.path, "w"))


def _request_entry(**changes: Any) -> bytes:
    entry = {"url": "https://x.com/northwindcoffee", "method": "GET", "headers": {},
             "body": "", "meta": {}, "callback": "parse_profile", "errback": None,
             "priority": 0, "dont_filter": False, "cookies": {}, "encoding": "utf-8",
             "flags": [], "cb_kwargs": {}}
    entry.update(changes)
    return json.dumps(entry).encode()


#: entries that must be refused on arrival, whatever pops them
BAD_REQUESTS = [
    b"junk",
    b"",
    b"[1, 2]",
    _request_entry(url="file:///etc/passwd"),
    _request_entry(url="gopher://x.com/"),
    _request_entry(callback="close"),
    _request_entry(callback="__init__"),
    _request_entry(callback="parse_nothing_such"),
    _request_entry(_class="os.system"),
    _request_entry(priority="high"),
    _request_entry(headers={"QQ==": "notalist"}),
    _request_entry(meta={"__bs": "dc", "c": "Popen", "v": {}}),
    _request_entry(meta={"x": {"__bs": "enum", "c": "Via", "v": "no such"}}),
]


def test_requests_travel_as_json_and_come_back_equal():
    from scrapy import Request

    from crawler.distributed import wire
    from crawler.spiders.sweep import SweepSpider

    spider = SweepSpider.__new__(SweepSpider)
    meta = {"bs_obs": OBSERVATION, "bs_from": ("instagram", "nw"), "via": Via.PROBE,
            "raw": b"\x00\xff", "handle_httpstatus_list": [404], "odd": {"__bs": 1}}
    request = Request("https://x.com/a?b=1", method="POST", body=b"q=1",
                      headers={"X-A": "b"}, meta=meta, priority=7,
                      callback=spider.parse_profile, errback=spider.profile_failed)
    text = wire.dumps(request.to_dict(spider=spider))
    assert text.startswith("{") and "pickle" not in text
    obj = wire.check(wire.loads(text.encode()), spider)
    assert obj["meta"] == meta and obj["meta"]["bs_obs"] == OBSERVATION
    assert obj["body"] == b"q=1" and obj["headers"] == {b"X-A": [b"b"]}
    assert obj["callback"] == "parse_profile" and obj["priority"] == 7


@pytest.mark.parametrize("entry", BAD_REQUESTS + [b"\x80\x04junk"])
def test_a_bad_request_entry_is_refused(entry):
    from crawler.distributed import wire
    from crawler.spiders.sweep import SweepSpider

    with pytest.raises(wire.Refused):
        wire.check(wire.loads(entry), SweepSpider.__new__(SweepSpider))


def test_a_pickle_is_refused_without_running(tmp_path):
    import pickle

    from crawler.distributed import wire

    marker = tmp_path / "ran"
    with pytest.raises(wire.Refused):
        wire.loads(pickle.dumps(_Touch(marker)))
    assert not marker.exists()


def test_published_settings_keep_only_plain_values():
    payload = json.dumps({**_payload().__dict__, "settings": {
        "DOWNLOAD_TIMEOUT": 3, "ITEM_PIPELINES": {"os.system": 1},
        "SCHEDULER": "evil.module.Scheduler", "USER_AGENT": "brandsweep (x)"}})
    assert audit.AuditPayload.from_json(payload).settings == {
        "DOWNLOAD_TIMEOUT": 3, "USER_AGENT": "brandsweep (x)"}
    with pytest.raises(ValueError):
        audit.AuditPayload.from_json(json.dumps({**_payload().__dict__, "evil": 1}))


def test_nothing_unpickles_redis_data():
    """No pickle.loads anywhere in the crawler (the one way a Redis entry could run code); the
    one unpickler (the probe workers' result frames) admits only the types it names."""
    offenders = [p for p in (REPO / "crawler").rglob("*.py")
                 if re.search(r"pickle\.loads?|picklecompat", p.read_text(encoding="utf-8"))]
    assert not offenders
    unpicklers = [p for p in (REPO / "crawler").rglob("*.py")
                  if "pickle.Unpickler" in p.read_text(encoding="utf-8")]
    for path in unpicklers:
        text = path.read_text(encoding="utf-8")
        assert "def find_class" in text and "_ALLOWED" in text, path


def test_a_probe_worker_frame_naming_other_code_is_refused_not_run(tmp_path):
    """A frame that would call a function on unpickling (here: create a file) is refused; the
    frames before it still count, and the worker is treated as not done (its probes are asked
    again by the lane), so nothing is lost and nothing runs."""
    import pickle
    import struct

    from crawler import lane_fork

    marker = tmp_path / "code-ran"

    def frame(obj):
        data = pickle.dumps(obj)
        return struct.pack("!I", len(data)) + data

    good = frame(("tried", {("github", "acme")}))
    evil = frame(("stats", _Touch(marker)))
    done = frame(("done", None))
    prefetch = lane_fork.Prefetch()
    assert lane_fork._read_frames(good + evil + done, prefetch) is False
    assert not marker.exists()
    assert prefetch.tried == {("github", "acme")}
    assert lane_fork._read_frames(good + done, lane_fork.Prefetch()) is True


@pytest.mark.slow
def test_junk_and_pickles_in_every_redis_key_run_nothing_and_are_counted(
        redis_url, client, tmp_path):
    """While a coordinator and a worker run an audit, an attacker writes a pickle (that would
    create a marker file) and junk into every key the audit uses: nothing runs, the audit
    finishes, and the coverage says how many entries were refused."""
    import pickle

    from simweb import SimWeb, load_world

    marker = tmp_path / "code-ran"
    evil = pickle.dumps(_Touch(marker))
    evil_lease = pickle.dumps([_Touch(marker)])  # another entry than the queue's
    world = load_world()
    with SimWeb(world) as web, SimWeb(world) as worker_web:
        worker_web.app = web.app
        worker = subprocess.Popen(
            [sys.executable, "-m", "crawler.cli", "worker", "--redis-url", redis_url,
             "--resolve", f"*={worker_web.address}", "--allow-private-network", "--wait", "60",
             "-q"], cwd=REPO, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True)
        out = tmp_path / "out"
        coordinator = subprocess.Popen(_audit_cmd(web, out, "--redis-url", redis_url), cwd=REPO,
                                       env=_env(), stdout=subprocess.PIPE,
                                       stderr=subprocess.PIPE, text=True)
        try:
            deadline = time.monotonic() + 60
            keys = None
            while time.monotonic() < deadline:
                metas = client.keys("brandsweep:*:meta")
                if metas and len(worker_web.request_log) > 20:
                    keys = audit.AuditKeys(metas[0].decode().removesuffix(":meta"))
                    break
                time.sleep(0.05)
            assert keys is not None, "the audit never got going"
            queue = BAD_REQUESTS + [evil]
            with client.pipeline(transaction=True) as pipe:
                # first in line (lowest score): taken before any real request
                pipe.zadd(keys.requests, {e: -10_000 - i for i, e in enumerate(queue)})
                pipe.sadd(keys.dupefilter, evil, b"junk")
                pipe.rpush(keys.items, evil, b"junk", b'{"type": "Evil", "data": {}}',
                           b'{"type": "Sighting", "data": {"via": "no such"}}')
                pipe.hset(keys.meta, "evil", evil)
                pipe.hset(keys.popped, "ghost", evil)
                pipe.hset(keys.reports, "ghost", evil)
                pipe.hset(keys.stats, "ghost", evil)
                pipe.zadd(audit.INDEX, {evil: 0})
                # a fake lease (no process sets a deadline that far), an expired one whose
                # request is a pickle (re-queued, then refused when popped), a leased entry
                # without a lease, junk lease counters and re-queued ids
                pipe.zadd(keys.leases, {evil: 10**15, b"ghost|1|0": 0})
                pipe.hset(keys.leased, mapping={b"ghost|1|0": evil_lease, b"orphan": b"junk"})
                pipe.hset(keys.lease_stats, "evil", evil)
                pipe.sadd(keys.requeued, evil)
                pipe.execute()
            _, stderr = coordinator.communicate(timeout=180)
            worker_out, worker_err = worker.communicate(timeout=60)
        finally:
            for proc in (worker, coordinator):
                if proc.poll() is None:
                    proc.kill()
                    proc.wait()
    assert not marker.exists(), "a pickle from Redis was executed"
    assert coordinator.returncode == 0, stderr[-2000:]
    assert worker.returncode == 0, worker_err[-2000:]
    # queue, dupefilter, items, meta, hashes, leases (fake, pickle, orphan, counter, id)
    expected = len(queue) + 2 + 4 + 1 + 1 + 1 + 1 + 5
    coverage = json.loads((out / "coverage.json").read_text())
    texts = [g["text"] for g in coverage["gaps"]]
    assert any(f"{expected} entries from Redis refused" in t for t in texts), texts
    assert _findings(out)  # the audit itself went on


def test_password_and_tls_urls_reach_redis_py_intact(tmp_path):
    """``redis://:pw@host`` and ``rediss://`` go unchanged to redis-py, in the CLI's own client
    and in scrapy-redis' (the one the queue uses); a wrong password is bad input that does not
    print the password; a real password-protected server is reached."""
    from scrapy.settings import Settings
    from scrapy_redis.connection import get_redis_from_settings

    from crawler.distributed import scale_settings

    for url, ssl in (("redis://:s3cret@10.0.0.5:6379/2", False),
                     ("rediss://user:s3cret@redis.example:6380/0", True)):
        settings = Settings(scale_settings(url, "brandsweep:x:1", "worker", "p"))
        pool = get_redis_from_settings(settings).connection_pool
        assert pool.connection_kwargs["password"] == "s3cret"
        assert (pool.connection_class.__name__ == "SSLConnection") is ssl

    server = shutil.which("redis-server")
    if server is None:
        pytest.skip("redis-server is not installed")
    port = free_port()
    proc = subprocess.Popen([server, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                             "--appendonly", "no", "--dir", str(tmp_path),
                             "--requirepass", "s3cret"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                audit.connect(f"redis://:s3cret@127.0.0.1:{port}/0")
                break
            except audit.ScaleError:
                time.sleep(0.05)
        assert audit.connect(f"redis://:s3cret@127.0.0.1:{port}/0").ping()
        with pytest.raises(audit.ScaleError) as err:
            audit.connect(f"redis://:wrong-pw@127.0.0.1:{port}/0")
        assert "wrong-pw" not in str(err.value) and ":***@" in str(err.value)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
