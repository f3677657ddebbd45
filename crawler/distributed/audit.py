"""One distributed audit in Redis: its keys, what the coordinator publishes, when it is done.

Everything one audit shares lives under one key prefix, ``brandsweep:<digest>:<audit id>``
(``digest``: the first 12 hex digits of the inventory's sha256)::

    <key>:meta        hash   state (running | finished | interrupted), coordinator id,
                             payload (JSON: inventory text, catalog files, spider arguments,
                             Scrapy settings), started_at
    <key>:requests    zset   the shared request queue (scrapy-redis PriorityQueue)
    <key>:dupefilter  set    request fingerprints seen by any process (scrapy-redis)
    <key>:items       list   items scraped by workers, JSON (``codec``), drained by the coordinator
    <key>:popped      hash   process id -> requests it took from the queue (bumped atomically
                             with the pop)
    <key>:leases      zset   lease id -> deadline: requests taken and not yet done (``leases``)
    <key>:leased      hash   lease id -> the request entry, re-queued if the lease expires
    <key>:requeued    set    lease ids re-queued (to tell a late ack from a repeated one)
    <key>:lease-stats hash   requests re-queued, withdrawn, delivered twice
    <key>:reports     hash   process id -> its last heartbeat (requests taken, in flight,
                             the brandsweep it runs: ``compat.stamp``)
    <key>:stats       hash   process id -> its Scrapy stats (JSON), for the crawl summary
    <key>:checkpoint  list   a resumed audit's stored outcomes, JSON items (``codec``): what
                             the workers skip and replay, as the coordinator does (they never
                             open the store; crawler/spiders/checkpoint.py)
    <key>:alive:<id>  string a process's heartbeat with a time-to-live: gone = process gone
    brandsweep:audits zset   open audits, newest last: where ``brandsweep worker`` finds work

Termination without trusting anyone's heartbeat: a request taken from the queue is leased
(``leases``: moved atomically into the lease keys, acknowledged only once its items are
delivered and its follow-up requests queued, re-queued if its holder dies or stalls). So the
crawl is over when the queue is empty and no lease is outstanding, read in one transaction, and
that held, with no request taken anywhere, for a grace period (``Quiet``). Heartbeats
(``reports``, ``alive``) only inform: ``brandsweep worker --status`` and the progress line.

This module needs only ``redis``; the Scrapy parts are in ``components``.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import re
import secrets
import socket
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from matching.inventory import N_, Text

from ..options import UsageError
from . import compat
from .codec import CodecError, decode_item, encode_item

log = logging.getLogger(__name__)

PREFIX = "brandsweep"
INDEX = f"{PREFIX}:audits"

#: heartbeat period and how long a silent process is still taken for alive
HEARTBEAT_INTERVAL = 0.25
HEARTBEAT_TTL = 15
#: how long the queue must stay empty and every process idle before the audit is over
GRACE = 2.0
#: keep a finished audit's meta this long so late workers learn it is over, then forget it
FINISHED_TTL = 24 * 3600

#: the stats key counting entries read from Redis that were refused (see ``wire``)
REFUSED_STAT = "brandsweep/redis/refused"
#: where ``process_stats`` counts junk found in the stats hash itself
REFUSED_PSEUDO = "(refused entries)"

RUNNING, FINISHED, INTERRUPTED = "running", "finished", "interrupted"


class ScaleError(UsageError):
    """A distributed-audit problem a person can act on (Redis unreachable, audit unknown);
    the CLI exits 2 with it, like any bad option."""


def audit_key(digest: str | None, audit_id: int) -> str:
    """``brandsweep:<12 hex digits of the inventory digest>:<audit id>``.

    >>> audit_key("ab" * 32, 7)
    'brandsweep:abababababab:7'
    """
    return f"{PREFIX}:{(digest or 'nodigest')[:12]}:{audit_id}"


def process_id() -> str:
    """A name for this process that is unique across machines: ``host:pid:random``."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"


@dataclass(frozen=True)
class AuditKeys:
    """The Redis keys of one audit (see the module docstring)."""

    base: str

    @property
    def meta(self) -> str:
        return f"{self.base}:meta"

    @property
    def requests(self) -> str:
        return f"{self.base}:requests"

    @property
    def dupefilter(self) -> str:
        return f"{self.base}:dupefilter"

    @property
    def items(self) -> str:
        return f"{self.base}:items"

    @property
    def checkpoint(self) -> str:
        return f"{self.base}:checkpoint"

    @property
    def popped(self) -> str:
        return f"{self.base}:popped"

    @property
    def reports(self) -> str:
        return f"{self.base}:reports"

    @property
    def stats(self) -> str:
        return f"{self.base}:stats"

    @property
    def leases(self) -> str:
        return f"{self.base}:leases"

    @property
    def leased(self) -> str:
        return f"{self.base}:leased"

    @property
    def lease_stats(self) -> str:
        return f"{self.base}:lease-stats"

    @property
    def requeued(self) -> str:
        return f"{self.base}:requeued"

    def alive(self, pid: str) -> str:
        return f"{self.base}:alive:{pid}"

    def crawl_state(self) -> list[str]:
        """The keys a crawl fills (cleared before a crawl starts and after it ends)."""
        return [self.requests, self.dupefilter, self.items, self.popped, self.reports,
                self.stats, self.leases, self.leased, self.lease_stats, self.requeued]


def connect(url: str) -> Any:
    """A Redis client for ``url`` (redis://host:6379/0, rediss://, unix:///path), checked with
    a PING so a wrong URL fails before the crawl, not in the middle of it. Once that first PING
    answered, the client rides out a Redis restart (``reconnect.OutageRetry``)."""
    try:
        import redis  # the optional 'scale' extra

        from .reconnect import redis_params  # imports redis too
    except ImportError as exc:  # pragma: no cover - the scale extra is missing
        raise ScaleError(N_("--redis-url needs the scale extra: {command}",
                            command="pip install 'brandsweep[scale]'")) from exc
    try:
        probe = redis.Redis.from_url(url, socket_connect_timeout=10, socket_timeout=30)
        probe.ping()
        probe.close()
        client = redis.Redis.from_url(url, health_check_interval=30, **redis_params())
    except (ValueError, redis.RedisError) as exc:
        raise ScaleError(N_("cannot use Redis at {url}: {reason}", url=redact(url),
                            reason=redis_reason(exc))) from exc
    return client


def redis_reason(exc: Exception) -> Text:
    """Why Redis could not be used, in the reader's language; redis-py's own words (English)
    in brackets, as it gave them."""
    import redis  # (only once redis raised)

    problem = str(exc) or type(exc).__name__
    if isinstance(exc, redis.AuthenticationError):
        return N_("Redis refused the password or user ({problem})", problem=problem)
    if isinstance(exc, redis.ConnectionError | redis.TimeoutError):
        return N_("nothing answers at that address ({problem}) — start Redis there, or give "
                  "the address of one that runs", problem=problem)
    if isinstance(exc, ValueError):
        return N_("not a Redis URL ({problem}) — write it as redis://HOST:6379/0",
                  problem=problem)
    return N_("Redis answered with an error ({problem})", problem=problem)


def redact(url: str) -> str:
    """``url`` without its password, for messages and logs.

    >>> redact("rediss://user:s3cret@redis.example:6380/0")
    'rediss://user:***@redis.example:6380/0'
    >>> redact("redis://10.0.0.5:6379/0")
    'redis://10.0.0.5:6379/0'
    """
    return re.sub(r"^([a-z]+://[^:/@]*):[^@/]*@", r"\1:***@", url)


# --------------------------------------------------------------------------- what is published


@dataclass
class AuditPayload:
    """What a worker needs to run the coordinator's audit: the inputs as text (a worker on
    another machine has none of the coordinator's files), the spider arguments that are not
    paths, and the Scrapy settings every process of the audit shares."""

    audit_id: int
    inventory_name: str
    inventory_text: str
    platforms_files: list[tuple[str, str]] = field(default_factory=list)  # (name, text)
    sites_file: tuple[str, str] | None = None
    spider: dict[str, Any] = field(default_factory=dict)  # platforms, max_variants, engines
    settings: dict[str, Any] = field(default_factory=dict)
    #: the user's words file (``--words``): the crawl reads it where it judges a text
    words_file: tuple[str, str] | None = None
    #: the coordinator's brandsweep (``compat.stamp``): a worker of another one stops
    brandsweep: dict[str, str] = field(default_factory=compat.stamp)

    @classmethod
    def from_files(cls, audit_id: int, inventory: Path, platforms_files: Iterable[Path],
                   sites_file: Path | None, spider: Mapping[str, Any],
                   settings: Mapping[str, Any], words_file: Path | None = None) -> AuditPayload:
        return cls(
            audit_id=audit_id,
            inventory_name=Path(inventory).name,
            inventory_text=Path(inventory).read_text(encoding="utf-8"),
            platforms_files=[(Path(p).name, Path(p).read_text(encoding="utf-8"))
                             for p in platforms_files],
            sites_file=(Path(sites_file).name, Path(sites_file).read_text(encoding="utf-8"))
            if sites_file else None,
            spider=dict(spider),
            settings=dict(settings),
            words_file=(Path(words_file).name, Path(words_file).read_text(encoding="utf-8"))
            if words_file else None,
        )

    def to_json(self) -> str:
        return json.dumps(self.__dict__, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str | bytes) -> AuditPayload:
        """The payload, checked field by field (ValueError when it is not one a coordinator
        wrote); the Scrapy settings keep only plain values (``safe_settings``)."""
        data = json.loads(text)
        if not isinstance(data, dict) or set(data) - {f.name for f in
                                                      dataclasses.fields(cls)}:
            raise ValueError("not an audit payload")
        files = [tuple(p) for p in data.get("platforms_files") or ()]
        sites = tuple(data["sites_file"]) if data.get("sites_file") else None
        words = tuple(data["words_file"]) if data.get("words_file") else None
        payload = cls(**{**data, "platforms_files": files, "sites_file": sites,
                         "words_file": words})
        texts = [payload.inventory_name, payload.inventory_text,
                 *(t for f in files for t in f), *(sites or ()), *(words or ())]
        if not isinstance(payload.audit_id, int) or not all(isinstance(t, str) for t in texts) \
                or any(len(f) != 2 for f in files) or (sites and len(sites) != 2) \
                or (words and len(words) != 2) \
                or not isinstance(payload.spider, dict) \
                or not isinstance(payload.settings, dict) \
                or not isinstance(payload.brandsweep, dict):
            raise ValueError("not an audit payload")
        for name, _ in [*files, *([sites] if sites else []), *([words] if words else [])]:
            if "/" in name or "\\" in name or name.startswith("."):
                raise ValueError(f"file name {name[:40]!r}")
        payload.settings = safe_settings(payload.settings)
        return payload

    def spider_kwargs(self, folder: Path) -> dict[str, Any]:
        """The sweep spider's arguments, with the published files written into ``folder``
        (names kept: the inventory's file name shows in the report)."""
        folder.mkdir(parents=True, exist_ok=True)
        inventory = folder / self.inventory_name
        inventory.write_text(self.inventory_text, encoding="utf-8")
        catalogs = []
        for i, (name, text) in enumerate(self.platforms_files):
            path = folder / f"catalog{i}-{name}"
            path.write_text(text, encoding="utf-8")
            catalogs.append(str(path))
        sites = ""
        if self.sites_file:
            path = folder / f"sites-{self.sites_file[0]}"
            path.write_text(self.sites_file[1], encoding="utf-8")
            sites = str(path)
        words = ""
        if self.words_file:
            path = folder / f"words-{self.words_file[0]}"
            path.write_text(self.words_file[1], encoding="utf-8")
            words = str(path)
        return {**self.spider, "inventory": str(inventory),
                "platforms_files": ",".join(catalogs), "sites_file": sites, "words_file": words}


#: a string that names something to import (``package.module.Class``)
_IMPORT_PATH = re.compile(r"^[A-Za-z_][\w]*(\.[A-Za-z_]\w*)+$")


def safe_settings(settings: Mapping[str, Any]) -> dict[str, Any]:
    """Published Scrapy settings a worker may apply: numbers, booleans and strings that are not
    import paths. Dicts, lists and dotted names (pipelines, middlewares, classes: code a worker
    would load) are dropped with a warning; a coordinator never publishes them."""
    out = {}
    for name, value in settings.items():
        plain = value is None or isinstance(value, bool | int | float) or (
            isinstance(value, str) and not _IMPORT_PATH.match(value))
        if isinstance(name, str) and plain:
            out[name] = value
        else:
            log.warning("ignored the published setting %s: only plain values travel", name)
    return out


def publish_audit(client: Any, keys: AuditKeys, payload: AuditPayload, coordinator: str) -> None:
    """Announce an audit: clear what a previous, interrupted run of it left, store the payload,
    list it as open. Refuses when another coordinator is alive on the same audit."""
    owner = client.hget(keys.meta, "coordinator")
    if owner and client.get(keys.alive(owner.decode(errors="replace"))) is not None \
            and client.hget(keys.meta, "state") == RUNNING.encode():
        raise ScaleError(N_(
            "{key} is being run by another coordinator ({owner}); if that one was killed, "
            "retry in {n} s, once its heartbeat has expired", key=keys.base,
            owner=owner.decode(errors="replace"), n=HEARTBEAT_TTL))
    with client.pipeline(transaction=True) as pipe:
        pipe.delete(keys.meta, *keys.crawl_state())
        pipe.hset(keys.meta, mapping={"state": RUNNING, "coordinator": coordinator,
                                      "payload": payload.to_json(),
                                      "started_at": time.strftime("%Y-%m-%dT%H:%M:%SZ",
                                                                  time.gmtime())})
        pipe.zadd(INDEX, {keys.base: time.time()})
        pipe.execute()


def close_audit(client: Any, keys: AuditKeys, state: str) -> None:
    """Mark the audit over (``finished`` or ``interrupted``): workers exit at their next
    heartbeat. The queue and the dupefilter go; the meta stays a day for late workers."""
    with client.pipeline(transaction=True) as pipe:
        pipe.hset(keys.meta, "state", state)
        pipe.expire(keys.meta, FINISHED_TTL)
        pipe.zrem(INDEX, keys.base)
        pipe.delete(keys.requests, keys.dupefilter, keys.popped, keys.reports, keys.leases,
                    keys.leased, keys.requeued)
        pipe.execute()


def audit_state(client: Any, keys: AuditKeys) -> str | None:
    value = client.hget(keys.meta, "state")
    return value.decode() if value is not None else None


def find_audit(client: Any, key: str | None = None, wait: float = 0.0,
               poll: float = 0.2, on_wait: Any = None) -> tuple[AuditKeys, AuditPayload]:
    """The audit a worker should join: ``key`` if given, else the newest open one. Waits up to
    ``wait`` seconds (0: forever) for it to be published; raises ScaleError on timeout or when
    ``key`` names an audit that is already over. ``on_wait``: called once, when there is none
    yet to join (the worker then says it waits)."""
    deadline = time.monotonic() + wait if wait > 0 else None
    waited = False
    while True:
        candidates = [key] if key else [k.decode(errors="replace")
                                        for k in client.zrevrange(INDEX, 0, 20)]
        for base in candidates:
            keys = AuditKeys(base)
            state, payload = client.hmget(keys.meta, ["state", "payload"])
            if state == RUNNING.encode() and payload:
                check_version(base, payload)
                try:
                    return keys, AuditPayload.from_json(payload)
                except (ValueError, TypeError, AttributeError) as exc:
                    # junk in Redis: not an audit a coordinator published; look further
                    log.warning("refused the payload of %s in Redis: %s", base, exc)
                    if key:
                        raise ScaleError(N_("audit {key}: its payload in Redis is not one "
                                            "a coordinator wrote ({problem})", key=key,
                                            problem=str(exc))) from None
                    continue
            if key and state is not None and state != RUNNING.encode():
                raise ScaleError(N_("audit {key} is {state}: nothing to do", key=key,
                                    state=state.decode(errors="replace")))
        if deadline is not None and time.monotonic() >= deadline:
            raise ScaleError(N_("no audit {key} in Redis after {n} s", key=key, n=f"{wait:g}")
                             if key else N_("no open audit in Redis after {n} s",
                                            n=f"{wait:g}"))
        if not waited and on_wait is not None:
            on_wait()
        waited = True
        time.sleep(poll)


def check_version(key: str, payload: bytes | str) -> None:
    """Raise ScaleError, naming both versions and the fix, when the coordinator that published
    ``payload`` runs another brandsweep than this process (``compat``): checked before the
    payload is read (another version's payload may have other fields) and before any request
    is taken. Junk (not a JSON object) is left to ``AuditPayload.from_json`` to refuse."""
    try:
        data = json.loads(payload)
    except ValueError:
        return
    if not isinstance(data, dict) or "inventory_text" not in data:
        return
    problem = compat.mismatch(data.get("brandsweep"), key)
    if problem is not None:
        raise ScaleError(problem)


# --------------------------------------------------------------------------- progress, the end


@dataclass(frozen=True)
class Snapshot:
    """The shared state of an audit at one instant, as the coordinator reads it."""

    queued: int
    popped: dict[str, int]  # process -> requests Redis saw it take
    reports: dict[str, dict[str, Any]]  # process -> its last heartbeat
    alive: frozenset[str]  # processes whose heartbeat has not expired
    leased: int = 0  # requests taken and not yet acknowledged (``leases``)

    @property
    def total_popped(self) -> int:
        return sum(self.popped.values())

    @property
    def quiet(self) -> bool:
        """Nothing queued and nothing leased: no request left anywhere (whatever any process's
        heartbeat claims; a dead process's requests come back when its leases expire)."""
        return self.queued == 0 and self.leased == 0


#: a request fingerprint as the dupefilter stores it (sha1, hex)
_FINGERPRINT = re.compile(rb"^[0-9a-f]{40}$")
META_FIELDS = {b"state", b"coordinator", b"payload", b"started_at"}
#: a lease id (``leases``: holder|n|queue score) and the lease counters
_LEASE_ID = re.compile(rb"^[^|]+\|[0-9]+\|[^|]+$")
LEASE_COUNTERS = {b"requeued", b"withdrawn", b"delivered_twice", b"fake"}


def junk_entries(client: Any, keys: AuditKeys) -> int:
    """Entries in the audit's shared keys that no process of the audit wrote: dupefilter
    members that are not fingerprints, unknown meta fields, counts and heartbeats that do not
    parse, leased requests without a lease (called once no lease is outstanding), lease
    counters and re-queued lease ids that are not. They are never acted on (``read_snapshot``
    skips them; a junk fingerprint matches no request); this counts them for the report.
    (Fake leases are counted when they are reaped: ``fake`` in the lease counters.)"""
    n = sum(1 for member in client.sscan_iter(keys.dupefilter, count=1000)
            if not _FINGERPRINT.match(member))
    n += sum(1 for name in client.hkeys(keys.meta) if name not in META_FIELDS)
    n += sum(1 for v in client.hvals(keys.popped) if _count(v) is None)
    n += sum(1 for v in client.hvals(keys.reports) if _report(v) is None)
    leased = set(client.zrange(keys.leases, 0, -1))
    n += sum(1 for name in client.hkeys(keys.leased) if name not in leased)
    n += sum(1 for name, v in client.hgetall(keys.lease_stats).items()
             if not (v.isdigit() if name == b"clock"
                     else name in LEASE_COUNTERS and _count(v) is not None))
    n += sum(1 for member in client.sscan_iter(keys.requeued, count=1000)
             if not _LEASE_ID.match(member))
    return n


def read_snapshot(client: Any, keys: AuditKeys) -> Snapshot:
    with client.pipeline(transaction=True) as pipe:
        pipe.zcard(keys.requests)
        pipe.hgetall(keys.popped)
        pipe.hgetall(keys.reports)
        pipe.zcard(keys.leases)
        queued, popped, reports, leased = pipe.execute()
    pids = sorted({k.decode(errors="replace") for k in popped}
                  | {k.decode(errors="replace") for k in reports})
    alive = set()
    if pids:
        flags = client.mget([keys.alive(p) for p in pids])
        alive = {p for p, flag in zip(pids, flags, strict=True) if flag is not None}
    return Snapshot(
        queued=int(queued),
        popped={k.decode(errors="replace"): n for k, v in popped.items()
                if (n := _count(v)) is not None},
        reports={k.decode(errors="replace"): r for k, v in reports.items()
                 if (r := _report(v)) is not None},
        alive=frozenset(alive),
        leased=int(leased),
    )


def _count(value: bytes) -> int | None:
    """A ``popped`` count; junk (not a small non-negative integer) is ignored."""
    try:
        n = int(value)
    except ValueError:
        return None
    return n if 0 <= n < 10**12 else None


def _report(value: bytes) -> dict[str, Any] | None:
    """A heartbeat: JSON with integer ``popped`` and ``inflight``; junk is ignored (the process
    then counts as silent, and the audit still ends)."""
    try:
        report = json.loads(value)
    except ValueError:
        return None
    if not isinstance(report, dict) or not all(
            isinstance(report.get(k, 0), int) and not isinstance(report.get(k, 0), bool)
            for k in ("popped", "inflight")):
        return None
    return report


@dataclass
class Quiet:
    """Decides that a distributed crawl is over: quiet snapshots, with no request taken by
    anyone, for ``grace`` seconds of the caller's own clock (a pure function of what it is
    shown, so it is tested without Redis or time passing)::

        >>> q = Quiet(grace=2.0)
        >>> s = Snapshot(queued=0, popped={"a": 3}, reports={}, alive=frozenset(), leased=0)
        >>> q.observe(0.0, s), q.observe(1.0, s), q.observe(2.5, s)
        (False, False, True)
    """

    grace: float = GRACE
    _since: float | None = None
    _mark: int = -1

    def observe(self, now: float, snapshot: Snapshot) -> bool:
        if not snapshot.quiet:
            self._since = None
            return False
        if self._since is None or snapshot.total_popped != self._mark:
            self._since, self._mark = now, snapshot.total_popped
            return False
        return now - self._since >= self.grace


# --------------------------------------------------------------------------- stats


def merge_stats(own: Mapping[str, Any], others: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """The coordinator's Scrapy stats with every other process's added in: numbers are summed
    (requests, responses, probes by state), lists concatenated (coverage gaps), and for any
    other value the coordinator's wins, else the first process's that has one (e.g. a
    platform's calibration result, set by whichever process handled it).

    >>> merge_stats({"n": 1, "s": "a"}, [{"n": 2, "s": "b", "t": "c"}])
    {'n': 3, 's': 'a', 't': 'c'}
    """
    merged = dict(own)
    for stats in others:
        for key, value in stats.items():
            mine = merged.get(key)
            if isinstance(value, bool) or isinstance(mine, bool):
                merged.setdefault(key, value)
            elif (isinstance(value, int | float) and isinstance(mine, int | float)) or \
                    (isinstance(value, list) and isinstance(mine, list)):
                merged[key] = mine + value
            elif mine is None:
                merged[key] = value
    return merged


def json_safe(stats: Mapping[str, Any]) -> dict[str, Any]:
    """Scrapy stats as JSON (datetimes and the like as strings)."""
    return {str(k): v if isinstance(v, int | float | str | bool | list | dict | type(None))
            else str(v) for k, v in stats.items()}


def process_stats(client: Any, keys: AuditKeys, exclude: str = "") -> dict[str, dict[str, Any]]:
    """Every process's last published stats, by process id (``exclude``: the caller's own)."""
    out: dict[str, dict[str, Any]] = {}
    for k, v in client.hgetall(keys.stats).items():
        pid = k.decode(errors="replace")
        if pid == exclude:
            continue
        try:
            stats = json.loads(v)
        except ValueError:
            stats = None
        if isinstance(stats, dict):
            out[pid] = stats
        else:  # junk written into the stats hash: not a process's figures
            out.setdefault(REFUSED_PSEUDO, {}).setdefault(REFUSED_STAT, 0)
            out[REFUSED_PSEUDO][REFUSED_STAT] += 1
    return out


# --------------------------------------------------------------------------- a resume's checkpoint

#: items pushed to the checkpoint list per Redis command
CHECKPOINT_CHUNK = 500


def publish_checkpoint(client: Any, keys: AuditKeys, items: Iterable[Any]) -> int:
    """A resumed audit's stored outcomes (``Checkpoint.items``) for its workers, replacing any
    earlier run's; call before ``publish_audit`` so a worker never sees the audit without
    them. Returns how many were published."""
    encoded = [encode_item(item) for item in items]
    pipe = client.pipeline(transaction=True)
    pipe.delete(keys.checkpoint)
    for at in range(0, len(encoded), CHECKPOINT_CHUNK):
        pipe.rpush(keys.checkpoint, *encoded[at:at + CHECKPOINT_CHUNK])
    pipe.execute()
    return len(encoded)


def checkpoint_items(client: Any, keys: AuditKeys) -> list[Any]:
    """The items ``publish_checkpoint`` stored (none for a fresh audit); an entry that is not
    one is dropped with a warning (the worker then asks what it would have skipped)."""
    out = []
    for raw in client.lrange(keys.checkpoint, 0, -1):
        try:
            out.append(decode_item(raw))
        except CodecError as exc:
            log.warning("a checkpoint entry was refused: %s", exc)
    return out
