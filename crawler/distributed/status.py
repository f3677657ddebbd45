"""What a distributed audit is doing right now, for ``worker --status`` and the progress line.

Read from Redis only (no process is asked anything): the queue's length, the outstanding leases
by holder with the soonest deadline (``leases``), and each process's last heartbeat (requests
taken and acknowledged, acknowledged over the last minute, how long ago it beat, the brandsweep
it runs). A process whose heartbeat key has expired is shown as ``gone``; its leases, if any,
are re-queued when their deadline passes.

Every process of an audit must run its coordinator's brandsweep (``compat``): a worker checks
when it joins, but one that joined before its coordinator was started again with another
brandsweep (``audit --resume`` after an upgrade) keeps running the old one. Each heartbeat says
which brandsweep its process runs; a process whose stamp is not the coordinator's (as published
with the audit) is flagged (``ProcessStatus.differs``), and so is this machine's when a worker
started here would be refused (``AuditStatus.here``).

This module needs only ``redis``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from reports.terminal import distributed_suffix, status_table

from . import audit, compat
from .leases import LeaseKeys, Leases, LeaseView, read_leases


@dataclass(frozen=True)
class ProcessStatus:
    process: str
    role: str
    alive: bool
    heartbeat_age: float | None  # seconds since its last heartbeat (None: unknown or gone)
    leases: int
    oldest_deadline: float | None  # seconds until its soonest lease expires (<0: expired)
    per_minute: int  # requests acknowledged over the last minute
    done: int  # requests acknowledged in all
    taken: int  # requests taken from the queue in all
    #: the brandsweep it runs, as its heartbeat says (``compat.stamp``; None: not said)
    brandsweep: dict[str, str] | None = None
    #: it runs another brandsweep than the coordinator's (a heartbeat without a stamp is from
    #: a brandsweep older than the stamp: another one too)
    differs: bool = False
    requests: int = 0  # requests it sent
    failed: int = 0  # of which failed without an answer (DNS, connection, timeout, refused)
    failure: str | None = None  # the commonest failure (an exception's name)


@dataclass(frozen=True)
class AuditStatus:
    key: str
    state: str | None
    coordinator: str | None
    started_at: str | None
    queued: int
    processes: tuple[ProcessStatus, ...] = ()
    requeued: int = 0
    delivered_twice: int = 0
    refused: int = 0
    leases: LeaseView = field(default_factory=lambda: LeaseView({}, {}))
    lang: str | None = None  # the audit's language, as its coordinator published it
    #: the coordinator's brandsweep, as published with the audit (else as it beats)
    brandsweep: dict[str, str] | None = None
    #: this machine's brandsweep (the one reading the status: would a worker here join?)
    here: dict[str, str] = field(default_factory=compat.stamp)

    @property
    def others(self) -> tuple[ProcessStatus, ...]:
        """The live processes that run another brandsweep than the coordinator's."""
        return tuple(p for p in self.processes if p.differs and p.alive)

    @property
    def unreachable_processes(self) -> list[ProcessStatus]:
        """The processes whose machine cannot reach the sites (:func:`unreachable`)."""
        return unreachable(self)

    @property
    def here_differs(self) -> bool:
        return self.brandsweep is not None and self.here != self.brandsweep

    @property
    def leased(self) -> int:
        return self.leases.total

    @property
    def oldest_deadline(self) -> float | None:
        return min(self.leases.oldest.values()) if self.leases.oldest else None

    @property
    def per_minute(self) -> int:
        return sum(p.per_minute for p in self.processes if p.alive)

    @property
    def done(self) -> int:
        return sum(p.done for p in self.processes)

    @property
    def workers(self) -> int:
        return sum(1 for p in self.processes if p.alive and p.role == "worker")


def _text(value: Any) -> str:
    return value.decode(errors="replace") if isinstance(value, bytes) else str(value)


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0


def read_status(client: Any, keys: audit.AuditKeys, refused: bool = True) -> AuditStatus:
    """The audit's state as Redis holds it now (``refused``: also count the entries refused,
    from every process's published stats, and read the audit's language from its payload: the
    costliest reads, left out of the progress line)."""
    state, coordinator, started = client.hmget(keys.meta, ["state", "coordinator",
                                                           "started_at"])
    # the audit's language, from its payload (the inventory's text): for the full look only
    payload = client.hget(keys.meta, "payload") if refused else None
    snapshot = audit.read_snapshot(client, keys)
    leases = read_leases(client, LeaseKeys.for_audit(keys.base))
    figures = Leases(client, LeaseKeys.for_audit(keys.base)).stats()
    pids = sorted(set(snapshot.reports) | set(snapshot.popped) | set(leases.held))
    ages: dict[str, float | None] = {}
    if pids:
        with client.pipeline(transaction=False) as pipe:
            for pid in pids:
                pipe.pttl(keys.alive(pid))
            for pid, left in zip(pids, pipe.execute(), strict=True):
                ttl = snapshot.reports.get(pid, {}).get("ttl")
                ages[pid] = (max(0.0, ttl - left / 1000)
                             if isinstance(ttl, int | float) and left >= 0 else None)
    reference = _payload_stamp(payload) or _stamp(
        snapshot.reports.get(_text(coordinator or b""), {}).get("brandsweep"))
    rows = []
    for pid in pids:
        report = snapshot.reports.get(pid, {})
        stamp = _stamp(report.get("brandsweep"))
        role = report.get("role")
        rows.append(ProcessStatus(
            process=pid,
            role=role if role in ("coordinator", "worker") else
            ("coordinator" if pid == _text(coordinator or b"") else "worker"),
            alive=pid in snapshot.alive,
            heartbeat_age=ages.get(pid),
            leases=leases.held.get(pid, 0),
            oldest_deadline=leases.oldest.get(pid),
            per_minute=_int(report.get("per_minute")) if pid in snapshot.alive else 0,
            done=_int(report.get("acked")),
            taken=snapshot.popped.get(pid, 0),
            brandsweep=stamp,
            # (no heartbeat at all: nothing to say; one without a stamp: an older brandsweep)
            differs=reference is not None and bool(report) and stamp != reference,
            requests=_int(report.get("requests")),
            failed=_int(report.get("failed")),
            failure=report["failure"][:80] if isinstance(report.get("failure"), str) else None,
        ))
    n_refused = 0
    for stats in audit.process_stats(client, keys).values() if refused else ():
        n_refused += _int(stats.get(audit.REFUSED_STAT))
    return AuditStatus(
        key=keys.base,
        state=_text(state) if state is not None else None,
        coordinator=_text(coordinator) if coordinator is not None else None,
        started_at=_text(started) if started is not None else None,
        queued=snapshot.queued,
        processes=tuple(rows),
        requeued=figures.get("requeued", 0),
        delivered_twice=figures.get("delivered_twice", 0),
        refused=n_refused,
        leases=leases,
        lang=_payload_lang(payload),
        brandsweep=reference,
    )


#: a process is flagged as unable to reach the sites once this many of its requests failed ...
UNREACHABLE_MIN = 20
#: ... at least this share of them, and at least twice the share of the other processes
UNREACHABLE_SHARE = 0.5


def unreachable(status: AuditStatus) -> list[ProcessStatus]:
    """The processes whose fetches fail far more often than the rest's: their machine cannot
    reach the sites (network, DNS, proxy, ``--resolve``, ``--allow-private-network``), so what
    they were given comes out unverified. Dead lookalike domains fail for every process alike:
    only a share well above the others' counts.

    >>> p = lambda name, sent, failed: ProcessStatus(name, "worker", True, 0.1, 0, None, 0, 0,
    ...                                              0, requests=sent, failed=failed)
    >>> s = AuditStatus("k", "running", "c", None, 0, (p("a", 300, 20), p("b", 362, 362)))
    >>> [x.process for x in unreachable(s)]
    ['b']
    >>> unreachable(AuditStatus("k", "running", "c", None, 0, (p("a", 40, 30), p("b", 40, 30))))
    []
    """
    out = []
    for p in status.processes:
        if p.failed < UNREACHABLE_MIN or p.failed < UNREACHABLE_SHARE * p.requests:
            continue
        rest = [q for q in status.processes if q is not p]
        sent = sum(q.requests for q in rest)
        if sent and sum(q.failed for q in rest) / sent * 2 <= p.failed / max(p.requests, 1):
            out.append(p)
    return out


def _stamp(value: Any) -> dict[str, str] | None:
    """A stamp read from Redis (``compat.stamp``: version and code, short strings), else None.

    >>> _stamp({"version": "0.1.0", "code": "1a2b3c4d5e6f"})
    {'version': '0.1.0', 'code': '1a2b3c4d5e6f'}
    >>> _stamp({"version": 1}) is None, _stamp("0.1.0") is None
    (True, True)
    """
    if not isinstance(value, dict):
        return None
    version, code = value.get("version"), value.get("code")
    if not isinstance(version, str) or not isinstance(code, str):
        return None
    return {"version": version[:40], "code": code[:16]}


def _payload_stamp(payload: Any) -> dict[str, str] | None:
    """The coordinator's stamp in an audit's payload (None when unreadable)."""
    try:
        data = json.loads(payload) if payload else None
    except ValueError:
        return None
    return _stamp(data.get("brandsweep")) if isinstance(data, dict) else None


def _payload_lang(payload: Any) -> str | None:
    """``BRANDSWEEP_LANG`` of an audit's published settings (None when unreadable)."""
    try:
        settings = json.loads(payload).get("settings") if payload else None
    except (ValueError, AttributeError):
        return None
    lang = settings.get("BRANDSWEEP_LANG") if isinstance(settings, dict) else None
    return lang if isinstance(lang, str) else None


def open_audit_keys(client: Any, key: str | None) -> audit.AuditKeys | None:
    """``key``'s audit, else the newest open one; None when there is none."""
    if key:
        return audit.AuditKeys(key) if client.exists(audit.AuditKeys(key).meta) else None
    newest = client.zrevrange(audit.INDEX, 0, 0)
    return audit.AuditKeys(_text(newest[0])) if newest else None


def format_status(status: AuditStatus, lang: str | None = None) -> str:
    """The status as the terminal shows it: a header, the totals, one row per process, in
    ``lang`` (reports.terminal.status_table; English without one).

    >>> print(format_status(AuditStatus("brandsweep:ab:1", "running", "c", "2026-12-05T10:00:00Z",
    ...       queued=12, processes=(ProcessStatus("c", "coordinator", True, 0.2, 0, None, 300,
    ...       900, 910),), leases=LeaseView({"c": 2}, {"c": 28.0}))))
    audit brandsweep:ab:1: running since 2026-12-05T10:00:00Z, coordinator c
    queue: 12 requests; leased: 2 (soonest deadline in 28.0 s); 300 requests/min; 900 done
    re-queued from lost or stalled processes: 0; delivered twice: 0; refused entries: 0
    process  role         alive  heartbeat  leases  soonest deadline  req/min  done  taken  version
    c        coordinator  yes    0.2 s ago  0       -                 300      900   910    -
    """
    return status_table(lang, status)


def status_json(status: AuditStatus) -> str:
    """The same as JSON, for scripts and monitoring."""
    return json.dumps({
        "audit": status.key, "state": status.state, "coordinator": status.coordinator,
        "started_at": status.started_at, "queued": status.queued, "leased": status.leased,
        "soonest_deadline": status.oldest_deadline, "per_minute": status.per_minute,
        "done": status.done, "requeued": status.requeued,
        "delivered_twice": status.delivered_twice, "refused": status.refused,
        "brandsweep": status.brandsweep, "this_machine": status.here,
        "this_machine_differs": status.here_differs,
        "unreachable": [p.process for p in unreachable(status)],
        "processes": [p.__dict__ for p in status.processes],
    }, indent=2)


def progress_suffix(status: AuditStatus, lang: str | None = None) -> str:
    """The totals the coordinator's progress line adds (one line, every few seconds), in the
    audit's language (``lang``: its ``BRANDSWEEP_LANG``)."""
    return distributed_suffix(lang, status.done, status.queued, status.leased,
                              status.per_minute, status.workers, status.requeued)
