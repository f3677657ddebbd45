"""Each process of a distributed audit says in its heartbeat which brandsweep it runs
(crawler/distributed/compat.py), ``worker --status`` shows it, and a process whose stamp is not
the coordinator's is flagged there and on the coordinator's log.

How one gets in: a worker checks the stamp when it joins, but a worker that joined before its
coordinator was started again with another brandsweep (``audit --resume`` after an upgrade,
within the minute workers wait for a silent coordinator) keeps running the old one.

Against a real Redis (tests/redis_server.py); no crawl, so fast.
"""

from __future__ import annotations

import json
import logging
from types import SimpleNamespace
from typing import Any

import pytest

pytest.importorskip("scrapy_redis")
pytest.importorskip("redis")

from click.testing import CliRunner  # noqa: E402
from scrapy.utils.test import get_crawler  # noqa: E402

from crawler import cli  # noqa: E402
from crawler.distributed import audit, compat, status  # noqa: E402
from crawler.distributed.components import AuditExtension  # noqa: E402

KEYS = audit.AuditKeys("brandsweep:abc:1")
OLD = {"version": "0.0.9", "code": "fedcba987654"}


def _publish(client: Any, stamp: dict[str, str] | None = None) -> None:
    payload = audit.AuditPayload(1, "inv.yaml", "organization: A\n")
    if stamp is not None:
        payload.brandsweep = stamp
    audit.publish_audit(client, KEYS, payload, coordinator="host:1:c")


def _beat(client: Any, pid: str, role: str, stamp: Any = None, said: bool = True) -> None:
    report = {"popped": 0, "inflight": 0, "role": role, "acked": 0, "per_minute": 0,
              "ttl": 15}
    if said:
        report["brandsweep"] = stamp
    client.hset(KEYS.reports, pid, json.dumps(report))
    client.set(KEYS.alive(pid), role, ex=15)


def _extension(client: Any, role: str, pid: str) -> AuditExtension:
    crawler = get_crawler(settings_dict={"BRANDSWEEP_REDIS_AUDIT_KEY": KEYS.base})
    # an engine that never starts (a heartbeat reads what it holds: nothing)
    crawler.engine = crawler._create_engine()
    return AuditExtension(crawler, client, KEYS, role, pid, 0.25, 2.0, 15)


def test_a_heartbeat_says_which_brandsweep_its_process_runs(client):
    _publish(client)
    _extension(client, "worker", "host:2:w").beat()
    report = json.loads(client.hget(KEYS.reports, "host:2:w"))
    assert report["brandsweep"] == compat.stamp()
    found = status.read_status(client, KEYS)
    (row,) = found.processes
    assert row.brandsweep == compat.stamp() and not row.differs
    assert found.brandsweep == compat.stamp() and not found.here_differs


def test_status_shows_each_stamp_and_flags_another_brandsweep(client):
    _publish(client)
    _beat(client, "host:1:c", "coordinator", compat.stamp())
    _beat(client, "host:2:same", "worker", compat.stamp())
    _beat(client, "host:3:old", "worker", OLD)
    _beat(client, "host:4:older", "worker", said=False)  # a brandsweep before the stamp
    _beat(client, "host:5:junk", "worker", {"version": 1})  # not a stamp: not said either
    found = status.read_status(client, KEYS)
    rows = {p.process: p for p in found.processes}
    assert not rows["host:1:c"].differs and not rows["host:2:same"].differs
    assert rows["host:3:old"].differs and rows["host:3:old"].brandsweep == OLD
    assert rows["host:4:older"].differs and rows["host:4:older"].brandsweep is None
    assert rows["host:5:junk"].differs and rows["host:5:junk"].brandsweep is None
    assert [p.process for p in found.others] == ["host:3:old", "host:4:older", "host:5:junk"]
    text = status.format_status(found)
    mine = f"{compat.stamp()['version']} {compat.stamp()['code']}"
    lines = {line.split()[0]: line for line in text.splitlines()}
    assert lines["process"].split()[-1] == "version"
    assert lines["host:2:same"].endswith(mine) and lines["host:1:c"].endswith(mine)
    assert lines["host:3:old"].endswith("0.0.9 fedcba987654 *")
    assert lines["host:4:older"].endswith("- *")
    assert (f"* another brandsweep than the coordinator's ({compat.describe(compat.stamp())})"
            in text)
    assert "this machine runs" not in text  # the coordinator's brandsweep is this one
    data = json.loads(status.status_json(found))
    assert data["brandsweep"] == compat.stamp() and data["this_machine_differs"] is False
    assert {p["process"]: p["differs"] for p in data["processes"]} == {
        "host:1:c": False, "host:2:same": False, "host:3:old": True, "host:4:older": True,
        "host:5:junk": True}
    assert status.format_status(found, "tr").splitlines()[3].split()[-1] == "sürüm"


def test_status_says_when_a_worker_started_here_would_be_refused(client, redis_url):
    _publish(client, OLD)
    _beat(client, "host:1:c", "coordinator", OLD)
    _beat(client, "host:2:w", "worker", OLD)
    found = status.read_status(client, KEYS)
    assert found.others == () and found.here_differs
    shown = CliRunner().invoke(cli.main, ["worker", "--redis-url", redis_url, "--status"])
    assert shown.exit_code == 0, shown.output
    assert ("this machine runs " + compat.describe(compat.stamp())
            + ", the coordinator brandsweep 0.0.9 (code fedcba987654): a worker started here "
            "would stop before it takes anything") in shown.output
    assert "*" not in shown.output  # the processes all run the coordinator's


def test_the_coordinator_warns_once_of_a_process_of_another_brandsweep(client, caplog):
    _publish(client)
    coordinator = _extension(client, "coordinator", "host:1:c")
    coordinator.beat()
    _beat(client, "host:3:old", "worker", OLD)
    with caplog.at_level(logging.WARNING, logger="crawler.distributed.components"):
        coordinator.progress()
        coordinator.progress()
    said = [r.getMessage() for r in caplog.records if "host:3:old" in r.getMessage()]
    assert said == ["process host:3:old runs brandsweep 0.0.9 (code fedcba987654), not the "
                    f"coordinator's {compat.describe(compat.stamp())}: what it finds may be "
                    "read otherwise or stored only in part. Stop it, install the coordinator's "
                    "brandsweep on its machine, start it again"]


# --------------------------------------------------------------------------- tried as a new user
# (two workers on one machine against simweb: one started without --resolve sent 362 requests,
# every one failed on DNS, and the audit said only "50 unverified"; a worker started before its
# audit stayed silent; a worker whose audit finished said "[stopped]")


def test_a_process_that_cannot_reach_the_sites_is_flagged(client, caplog):
    _publish(client)
    coordinator = _extension(client, "coordinator", "host:1:c")
    stats = coordinator.crawler.stats
    stats.set_value("downloader/request_count", 300)
    stats.set_value("downloader/exception_count", 12)  # dead lookalike domains: everyone's
    stats.set_value("downloader/exception_type_count/twisted.internet.error.DNSLookupError", 12)
    coordinator.beat()
    report = json.loads(client.hget(KEYS.reports, "host:1:c"))
    assert (report["requests"], report["failed"], report["failure"]) == (300, 12,
                                                                        "DNSLookupError")
    _beat(client, "host:2:ok", "worker", compat.stamp())
    lost = {"popped": 0, "inflight": 0, "role": "worker", "acked": 362, "per_minute": 0,
            "ttl": 15, "brandsweep": compat.stamp(), "requests": 362, "failed": 362,
            "failure": "CannotResolveHostError"}
    client.hset(KEYS.reports, "host:3:lost", json.dumps(lost))
    client.set(KEYS.alive("host:3:lost"), "worker", ex=15)
    found = status.read_status(client, KEYS)
    assert [p.process for p in found.unreachable_processes] == ["host:3:lost"]
    text = status.format_status(found)
    assert ("process host:3:lost: 362 of its 362 requests failed without an answer "
            "(CannotResolveHostError), far more than the other processes'") in text
    assert "--resolve and --allow-private-network" in text
    assert json.loads(status.status_json(found))["unreachable"] == ["host:3:lost"]
    with caplog.at_level(logging.WARNING, logger="crawler.distributed.components"):
        coordinator.progress()
        coordinator.progress()
    assert len([r for r in caplog.records if "host:3:lost: 362 of" in r.getMessage()]) == 1
    # every process failing alike is the sites' doing (dead domains), not one machine's
    lost.update(requests=300, failed=12)
    client.hset(KEYS.reports, "host:3:lost", json.dumps(lost))
    assert status.read_status(client, KEYS).unreachable_processes == []


def test_a_worker_started_before_its_audit_says_it_waits(client, redis_url):
    result = CliRunner().invoke(cli.main, ["worker", "--redis-url", redis_url, "--wait",
                                           "0.5"])
    assert result.exit_code == 2
    assert (f"waiting for an audit (the newest one a coordinator opens) in Redis at "
            f"{redis_url}; start it on the coordinator with brandsweep audit INVENTORY "
            "--redis-url URL (giving up after 0.5 s)") in result.output
    assert "no open audit in Redis after 0.5 s" in result.output
    quiet = CliRunner().invoke(cli.main, ["worker", "--redis-url", redis_url, "--wait", "0.3",
                                          "-q"])
    assert quiet.exit_code == 2 and "waiting for" not in quiet.output


def test_a_worker_whose_audit_finished_says_done(capsys):
    from crawler.middlewares import ProgressExtension

    stats = {"downloader/request_count": 612}
    engine = SimpleNamespace(_slot=None, downloader=SimpleNamespace(active=set()))
    crawler = SimpleNamespace(stats=SimpleNamespace(get_stats=lambda: stats), engine=engine)
    ext = ProgressExtension(crawler, True, 5.0, "en")  # type: ignore[arg-type]
    ext.print_line(final=True, reason="audit_finished")
    assert capsys.readouterr().err.startswith("[done] 612 requests done")
    ext.print_line(final=True, reason="coordinator_gone")
    assert capsys.readouterr().err.startswith("[stopped] 612 requests done")


def test_a_worker_leaves_an_audit_its_coordinator_published_anew(client):
    """``audit --resume`` after a coordinator crash publishes the audit again (another
    coordinator, a new checkpoint, maybe another brandsweep): a worker of the first run leaves
    (``audit_restarted``; started again, it joins the new run) instead of crawling on with
    what it read at the start."""
    _publish(client)
    worker = _extension(client, "worker", "host:2:w")
    worker.joined = "host:1:c"
    client.set(KEYS.alive("host:1:c"), "coordinator", ex=15)
    assert worker.leave_reason(0.0) is None
    client.delete(KEYS.alive("host:1:c"))  # the coordinator crashed: its heartbeat expired
    assert worker.leave_reason(0.5) is None  # (a minute before a worker gives up on it)
    audit.publish_audit(client, KEYS, audit.AuditPayload(1, "inv.yaml", "organization: A\n"),
                        coordinator="host:9:resumed")
    assert worker.leave_reason(1.0) == "audit_restarted"
    worker.joined = None  # (a worker that did not say which run it joined: as before)
    client.set(KEYS.alive("host:9:resumed"), "coordinator", ex=15)
    assert worker.leave_reason(2.0) is None
    audit.close_audit(client, KEYS, audit.FINISHED)
    assert worker.leave_reason(3.0) == "audit_finished"
