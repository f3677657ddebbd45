"""The Scrapy side of a distributed audit: scrapy-redis' scheduler and dupefilter, adapted.

* ``AuditScheduler``: scrapy-redis' ``Scheduler`` with the audit's queue, always persistent (a
  worker that closes must not flush the queue the others still use), counting each request a
  process takes from the queue in the same Redis transaction as the pop (``audit.Quiet``).
* ``AuditDupeFilter``: scrapy-redis' ``RFPDupeFilter`` keyed by the crawler's own request
  fingerprinter (``REQUEST_FINGERPRINTER_CLASS``), so a distributed audit filters exactly the
  requests a single-process one does; scrapy-redis 0.9.1 hashes its own JSON of method, URL and
  body instead.
* ``RedisItemPipeline`` (workers): each item onto the audit's Redis list, as JSON.
* ``AuditExtension`` (every process): heartbeat and stats; keeps the spider open while the
  audit runs; the coordinator also drains the workers' items into its store and decides when
  the crawl is over; a worker closes when the audit is over.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from collections import deque
from typing import TYPE_CHECKING, Any

import redis
from scrapy import signals
from scrapy.exceptions import DontCloseSpider, NotConfigured
from scrapy.utils.defer import deferred_from_coro
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.queue import PriorityQueue
from scrapy_redis.scheduler import Scheduler
from twisted.internet import reactor
from twisted.internet.task import LoopingCall

from reports.terminal import other_brandsweep_line, unreachable_line

from .. import stats_keys
from ..items import CoverageGap
from ..pipelines import StorePipeline
from . import audit, compat, wire
from .codec import decode_item, encode_item
from .leases import LEASE_TTL, LeaseKeys, Leases
from .status import progress_suffix, read_status, unreachable

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

log = logging.getLogger(__name__)

COORDINATOR, WORKER = "coordinator", "worker"


def refused(stats: Any, where: str, data: Any, reason: Any) -> None:
    """Log and count one entry read from Redis that is not what the audit writes there."""
    shown = bytes(data[:80]) if isinstance(data, bytes | bytearray) else str(data)[:80]
    log.warning("refused an entry from Redis (%s): %s; entry %r", where, reason, shown)
    if stats is not None:
        stats.inc_value(stats_keys.REDIS_REFUSED)


def _keys(settings: Any) -> audit.AuditKeys:
    base = settings.get("BRANDSWEEP_REDIS_AUDIT_KEY")
    if not base:
        raise NotConfigured("BRANDSWEEP_REDIS_AUDIT_KEY is not set")
    return audit.AuditKeys(base)


class AuditQueue(PriorityQueue):
    """scrapy-redis' priority queue whose pop is a lease (``leases``): the request moves, in one
    Lua script, from the queue into the lease keys, leased to this process and counted in
    ``<key>:popped``, so no request is ever taken without Redis knowing who has it, and one
    whose holder dies goes back into the queue."""

    leases: Leases | None = None
    process: str = ""
    stats: Any = None
    #: entries taken from Redis, requests or refused (what ``<key>:popped`` counts for us)
    taken: int = 0
    #: requests this process holds: id(request) -> (request, lease id, entry as popped)
    held: dict[int, tuple[Any, str, bytes]]

    def pop(self, timeout: int = 0) -> Any:
        """The next request, leased; an entry that is not one (junk, a pickle, an unknown
        callback) is logged, counted, acknowledged (so it never comes back) and skipped."""
        if self.leases is None:
            raise RuntimeError("AuditQueue.pop before AuditScheduler.open")
        while True:
            popped = self.leases.pop(self.process)
            if popped is None:  # an empty queue (an empty entry is b"", taken and refused)
                return None
            lease_id, data = popped
            self.taken += 1
            try:
                request = self._decode_request(data)
            except Exception as exc:  # noqa: BLE001 - whatever is in Redis, never fatal
                refused(self.stats, "request queue", data, exc)
                self.leases.ack({lease_id: data})
                continue
            self.held[id(request)] = (request, lease_id, data)
            return request

    def _encode_request(self, request: Any) -> str:
        return wire.dumps(request.to_dict(spider=self.spider))

    def _decode_request(self, encoded_request: Any) -> Any:
        from scrapy.utils.request import request_from_dict  # scrapy-redis loads this module early

        return request_from_dict(wire.check(wire.loads(encoded_request), self.spider),
                                 spider=self.spider)


class AuditScheduler(Scheduler):
    """scrapy-redis' scheduler for one audit (see the module docstring)."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> AuditScheduler:
        s = crawler.settings
        keys = _keys(s)
        instance = cls.from_settings(s)
        instance.queue_key = keys.requests
        instance.dupefilter_key = keys.dupefilter
        instance.persist = True  # the queue is shared: only the coordinator clears it
        instance.stats = crawler.stats
        instance.keys = keys
        instance.process = s.get("BRANDSWEEP_REDIS_PROCESS") or ""
        instance.taken = 0
        instance.lease_ttl = s.getfloat("BRANDSWEEP_REDIS_LEASE_TTL", LEASE_TTL)
        return instance

    def open(self, spider: Any) -> None:
        super().open(spider)
        self.leases = Leases(self.server, LeaseKeys.for_audit(self.keys.base), self.lease_ttl)
        if isinstance(self.queue, AuditQueue):
            # a pop before this is impossible: the engine asks only once the spider is open
            self.queue.leases = self.leases
            self.queue.held = {}
            self.queue.process = self.process
            self.queue.stats = self.stats

    def enqueue_request(self, request: Any) -> bool:
        if not request.dont_filter and self.df.request_seen(request):
            self.df.log(request, self.spider)
            return False
        if self.stats:
            self.stats.inc_value("scheduler/enqueued/redis")
        self.queue.push(request)
        return True

    def next_request(self) -> Any:
        request = self.queue.pop(0)
        self.taken = getattr(self.queue, "taken", self.taken + (request is not None))
        if request is not None and self.stats:
            self.stats.inc_value("scheduler/dequeued/redis")
        return request


class AuditDupeFilter(RFPDupeFilter):
    """Shared seen-requests set, fingerprints from the crawler's request fingerprinter."""

    fingerprinter: Any = None

    @classmethod
    def from_spider(cls, spider: Any) -> AuditDupeFilter:
        settings = spider.settings
        from scrapy_redis.connection import get_redis_from_settings  # the optional 'scale' extra

        instance = cls(get_redis_from_settings(settings), key=_keys(settings).dupefilter,
                       debug=settings.getbool("DUPEFILTER_DEBUG"))
        instance.fingerprinter = spider.crawler.request_fingerprinter
        return instance

    def request_fingerprint(self, request: Any) -> str:
        if self.fingerprinter is None:
            return super().request_fingerprint(request)
        return self.fingerprinter.fingerprint(request).hex()


class RedisItemPipeline:
    """A worker's items go onto ``<key>:items`` (JSON, ``codec``); the coordinator stores them.

    Pushed synchronously while the response is still being processed, so by the time a worker
    reports itself idle every item it scraped is in Redis."""

    def __init__(self, client: Any, keys: audit.AuditKeys, stats: Any = None):
        self.client = client
        self.keys = keys
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedisItemPipeline:
        from scrapy_redis.connection import get_redis_from_settings  # the optional 'scale' extra

        return cls(get_redis_from_settings(crawler.settings), _keys(crawler.settings),
                   crawler.stats)

    def process_item(self, item: Any) -> Any:
        self.client.rpush(self.keys.items, encode_item(item))
        if self.stats is not None:
            self.stats.inc_value(stats_keys.REDIS_ITEMS_PUSHED)
        return item


def _inflight(engine: Any) -> int:
    """Requests this process holds: downloading, or their response still being processed.

    Scrapy has no public count of this; the engine's slot keeps the set (a request stays there
    from the pop until its callback's output is scheduled and its items processed)."""
    if engine is None:
        return 0
    slot = getattr(engine, "_slot", None)
    count = len(getattr(slot, "inprogress", ()) or ())
    count += len(getattr(getattr(engine, "downloader", None), "active", ()) or ())
    scraper_slot = getattr(getattr(engine, "scraper", None), "slot", None)
    if scraper_slot is not None and not scraper_slot.is_idle():
        count += 1
    return count


class LeaseKeeper:
    """This process's side of the leases (``leases``): acknowledges the requests that have left
    its engine (their items delivered, their follow-ups queued), renews the deadlines of those
    it still works on, re-queues anyone's expired leases, and gives back what it still holds
    when it stops."""

    #: how often (seconds) any process looks for expired leases to re-queue, at most
    REAP_EVERY = 1.0

    def __init__(self, crawler: Crawler, stats: Any = None):
        self.crawler = crawler
        self.stats = stats
        self._renewed = 0.0
        self._reaped = 0.0
        self.done_at: deque[float] = deque()  # when requests were acknowledged (monotonic)
        self.acked = 0
        self.lost: set[str] = set()  # leases that expired while held: acked late, not renewed

    def _queue(self) -> AuditQueue | None:
        engine = getattr(self.crawler, "engine", None)
        scheduler = getattr(getattr(engine, "_slot", None), "scheduler", None)
        queue = getattr(scheduler, "queue", None)
        return queue if isinstance(queue, AuditQueue) and queue.leases is not None else None

    def _inprogress(self) -> set[Any]:
        engine = getattr(self.crawler, "engine", None)
        return set(getattr(getattr(engine, "_slot", None), "inprogress", ()) or ())

    def sync(self, now: float, reap: bool = True) -> None:
        """Acknowledge what is done, renew what is not (every quarter TTL), re-queue expired
        leases (every ``REAP_EVERY`` s)."""
        queue = self._queue()
        if queue is None or queue.leases is None:
            return
        leases = queue.leases
        inprogress = self._inprogress()
        done = {}
        for key, (request, lease_id, data) in list(queue.held.items()):
            if request not in inprogress:  # the engine let go of it: its outcome is out
                done[lease_id] = data
                del queue.held[key]
                self.lost.discard(lease_id)
        if done:
            late = leases.ack(done)
            self.acked += len(done)
            self.done_at.extend([now] * len(done))
            if self.stats is not None:
                self.stats.inc_value(stats_keys.REDIS_ACKED, len(done))
                if late:
                    self.stats.inc_value(stats_keys.REDIS_LATE_ACKS, late)
        if queue.held and now - self._renewed >= leases.ttl / 4:
            lost = leases.renew([lease_id for _, lease_id, _ in queue.held.values()
                                 if lease_id not in self.lost])
            self._renewed = now
            if lost:
                self.lost.update(lost)
                log.warning("%d lease(s) of this process expired before renewal (it stalled);"
                            " another process may crawl them too", len(lost))
        if reap and now - self._reaped >= min(self.REAP_EVERY, leases.ttl / 4):
            self._reaped = now
            leases.reap()

    def per_minute(self, now: float) -> int:
        """Requests acknowledged over the last minute."""
        while self.done_at and self.done_at[0] < now - 60:
            self.done_at.popleft()
        return len(self.done_at)

    def release(self) -> int:
        """Stopping: acknowledge what is done and hand every request still held back to the
        queue at once, rather than after its lease expires."""
        self.sync(time.monotonic(), reap=False)
        queue = self._queue()
        if queue is None or queue.leases is None or not queue.held:
            return 0
        given = queue.leases.release(queue.process)
        queue.held.clear()
        if given:
            log.info("gave %d unfinished request(s) back to the queue", len(given))
        return len(given)


class AuditExtension:
    """Heartbeat, stats and the end of a distributed crawl, in every process of the audit."""

    def __init__(self, crawler: Crawler, client: Any, keys: audit.AuditKeys, role: str,
                 process: str, interval: float, grace: float, ttl: int):
        self.crawler = crawler
        self.client = client
        self.keys = keys
        self.role = role
        self.process = process
        self.interval = interval
        self.ttl = ttl
        self.quiet = audit.Quiet(grace=grace)
        self.keeper = LeaseKeeper(crawler, crawler.stats)
        self.task: Any = None
        self.drainer: Any = None  # the coordinator's StorePipeline for the workers' items
        self.drained = 0
        self.closing = False
        self._stats_json = ""
        self._progress = ""
        self._warned: set[str] = set()  # processes said to run another brandsweep
        self._unreachable: set[str] = set()  # processes said to fail their fetches
        self._failed: tuple[int, str | None] = (0, None)  # failures, the commonest kind
        self._coordinator_missing_since: float | None = None
        self.coordinator_timeout = crawler.settings.getfloat(
            "BRANDSWEEP_REDIS_COORDINATOR_TIMEOUT", 60.0)
        #: a worker: the coordinator of the run it joined (another one: the audit restarted)
        self.joined: str | None = crawler.settings.get("BRANDSWEEP_REDIS_JOINED") or None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> AuditExtension:
        s = crawler.settings
        role = s.get("BRANDSWEEP_REDIS_ROLE")
        if role not in (COORDINATOR, WORKER):
            raise NotConfigured("not a distributed audit")
        from scrapy_redis.connection import get_redis_from_settings  # the optional 'scale' extra

        ext = cls(crawler, get_redis_from_settings(s), _keys(s), role,
                  s.get("BRANDSWEEP_REDIS_PROCESS") or audit.process_id(),
                  s.getfloat("BRANDSWEEP_REDIS_HEARTBEAT", audit.HEARTBEAT_INTERVAL),
                  s.getfloat("BRANDSWEEP_REDIS_GRACE", audit.GRACE),
                  s.getint("BRANDSWEEP_REDIS_HEARTBEAT_TTL", audit.HEARTBEAT_TTL))
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_idle, signal=signals.spider_idle)
        if role == COORDINATOR:  # the progress line shows every process's totals
            crawler.brandsweep_progress_extra = ext.progress  # type: ignore[attr-defined]
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    # ------------------------------------------------------------------ lifecycle

    def spider_opened(self, spider: Any = None) -> None:
        if self.role == COORDINATOR:
            self.drainer = StorePipeline.from_crawler(self.crawler)
            self.drainer.stats = None  # their observations are counted in the workers' stats
            self.drainer.open_spider()
        retry = self.crawler.settings.getdict("REDIS_PARAMS").get("retry")
        if retry is not None and hasattr(retry, "on_give_up"):
            retry.on_give_up = self.give_up  # reconnect.OutageRetry: Redis gone for too long
        self.beat()
        self.task = LoopingCall(self.tick)
        self.task.start(self.interval, now=False)

    def give_up(self) -> None:
        """Redis has not answered for ``BRANDSWEEP_REDIS_OUTAGE_MAX`` seconds: end this crawl
        as ``redis_unreachable`` (partial; a worker exits 1 for its supervisor to restart)."""
        self._close_soon("redis_unreachable")

    def _close_soon(self, reason: str) -> None:
        """Close the crawl with ``reason`` on the next turn of the reactor (callers are inside
        a Redis call or a signal handler)."""
        if self.closing:
            return
        self.closing = True
        engine = self.crawler.engine
        if engine is not None:
            reactor.callLater(0, lambda: deferred_from_coro(  # type: ignore[attr-defined]
                engine.close_spider_async(reason=reason)))

    def spider_idle(self, spider: Any = None) -> None:
        """Keep the spider open while the audit runs; the coordinator ends it when every
        process has been idle and the queue empty for the grace period. Never on a Redis
        error: an audit is not over because Redis could not be asked."""
        if self.closing:
            return
        if self.role == WORKER:
            raise DontCloseSpider
        try:
            self._coordinator_idle()
        except redis.RedisError as exc:
            log.warning("cannot tell whether the audit is over (%s): keeping on", exc)
            raise DontCloseSpider from exc

    def _coordinator_idle(self) -> None:
        if audit.audit_state(self.client, self.keys) is None:
            # Redis restarted without its data (no append-only file): the queue and what the
            # workers held are gone, so the audit cannot be called complete
            log.error("the audit %s is gone from Redis (restarted without its data?): ending "
                      "it as partial; finish it with --resume", self.keys.base)
            self._close_soon("redis_data_lost")
            raise DontCloseSpider
        self.keeper.sync(time.monotonic())  # our own finished requests acknowledged first
        self.beat()
        self.drain()
        snapshot = audit.read_snapshot(self.client, self.keys)
        if not self.quiet.observe(time.monotonic(), snapshot):
            raise DontCloseSpider
        junk = audit.junk_entries(self.client, self.keys)  # before close clears the keys
        if junk and self.crawler.stats:
            log.warning("refused %d junk entries in the audit's Redis keys", junk)
            self.crawler.stats.inc_value(stats_keys.REDIS_REFUSED, junk)
        audit.close_audit(self.client, self.keys, audit.FINISHED)
        self.closing = True
        self.drain()  # workers were idle: whatever they pushed is in the list now
        self.report_refused()

    def report_refused(self) -> None:
        """Coordinator, at the end: how many entries read from Redis, by any process, were not
        the audit's own (junk, pickles, unknown callbacks), as a coverage gap the report shows:
        someone wrote into this audit's Redis."""
        stats = self.crawler.stats
        if stats is None or self.drainer is None:
            return
        n = int(stats.get_value(stats_keys.REDIS_REFUSED, 0) or 0)
        n += self.fake_leases()
        for other in audit.process_stats(self.client, self.keys, exclude=self.process).values():
            value = other.get(stats_keys.REDIS_REFUSED, 0)
            n += value if isinstance(value, int) and not isinstance(value, bool) else 0
        if n:
            log.warning("%d entries from Redis refused: something other than this audit's "
                        "processes wrote into %s", n, self.keys.base)
            self._free_writer()
            self.drainer.process_item(CoverageGap(
                "crawl", "redis", "refused", query=f"{n} entries from Redis refused"))
            self.drainer.store.db.commit()

    def _free_writer(self) -> None:
        """SQLite has one writer at a time, and the coordinator has two connections: its own
        ``StorePipeline`` (the items it crawls) groups writes in a transaction of up to a
        second, and the drainer's. Both run on the reactor's thread, so the drainer waiting
        for that lock would wait for ever (until "database is locked", the drained items
        lost): the crawl's pipeline commits first."""
        engine = getattr(self.crawler, "engine", None)
        itemproc = getattr(getattr(engine, "scraper", None), "itemproc", None)
        for pipeline in getattr(itemproc, "middlewares", ()):
            if isinstance(pipeline, StorePipeline) and pipeline is not self.drainer \
                    and pipeline.store is not None:
                pipeline.store.db.commit()

    def fake_leases(self) -> int:
        """Leases reaped at once because no process of the audit could have written them (a
        deadline too far out, no request behind them): entries someone else wrote."""
        return Leases(self.client, LeaseKeys.for_audit(self.keys.base)).stats().get("fake", 0)

    def spider_closed(self, spider: Any = None, reason: str = "") -> None:
        if self.task is not None and self.task.running:
            self.task.stop()
        try:
            self.keeper.release()
        except Exception:  # Redis gone: the leases expire and another process takes them
            log.exception("could not hand this process's requests back to the queue")
        try:
            self.beat(final=True)
            if self.role == COORDINATOR:
                if audit.audit_state(self.client, self.keys) == audit.RUNNING:
                    audit.close_audit(self.client, self.keys, audit.INTERRUPTED)
                self.drain()
            self.client.delete(self.keys.alive(self.process))
        except redis.RedisError as exc:  # Redis gone: the store must still be closed
            log.warning("could not leave the audit in Redis cleanly: %s", exc)
        finally:
            if self.drainer is not None:
                self.drainer.close_spider()
                self.drainer = None

    def progress(self) -> str:
        """The whole audit's totals for the coordinator's progress line (``status``); once the
        audit is closed (its keys cleared) the last totals seen."""
        if not self.closing:
            lang = self.crawler.settings.get("BRANDSWEEP_LANG")
            status = read_status(self.client, self.keys, refused=False)
            self._progress = progress_suffix(status, lang)
            self.warn_other_brandsweeps(status, lang)
            self.warn_unreachable(status, lang)
        return self._progress

    def warn_other_brandsweeps(self, status: Any, lang: str | None) -> None:
        """Once per process: one that beats with another brandsweep than this coordinator's
        (it joined before this coordinator was started again with another one, e.g. ``audit
        --resume`` after an upgrade): in the log, and on the terminal when the log goes to a
        file."""
        for process in status.others:
            if process.process in self._warned:
                continue
            self._warned.add(process.process)
            line = other_brandsweep_line(None, process.process, process.brandsweep,
                                         status.brandsweep)
            log.warning("%s", line)
            settings = self.crawler.settings
            if settings.get("LOG_FILE") and settings.getbool("BRANDSWEEP_PROGRESS"):
                print(other_brandsweep_line(lang, process.process, process.brandsweep,
                                            status.brandsweep), file=sys.stderr, flush=True)

    def warn_unreachable(self, status: Any, lang: str | None) -> None:
        """Once per process: one whose fetches fail far more often than the others' (its
        machine cannot reach the sites: network, proxy, ``--resolve``,
        ``--allow-private-network``), in the log and on the terminal."""
        for process in unreachable(status):
            if process.process in self._unreachable:
                continue
            self._unreachable.add(process.process)
            log.warning("%s", unreachable_line(None, process))
            settings = self.crawler.settings
            if settings.get("LOG_FILE") and settings.getbool("BRANDSWEEP_PROGRESS"):
                print(unreachable_line(lang, process), file=sys.stderr, flush=True)

    # ------------------------------------------------------------------ periodic

    def tick(self) -> None:
        if self.closing and self.role == WORKER:
            return
        try:
            self.keeper.sync(time.monotonic())
            self.beat()
            if self.role == COORDINATOR:
                self.drain()
            else:
                self.check_audit()
            self.wake_engine()
        except Exception:  # a Redis hiccup must not stop the timer; the next tick retries
            log.exception("distributed audit heartbeat failed")

    def wake_engine(self) -> None:
        """Ask the engine to look at the queue now. Scrapy polls an idle scheduler every 5 s;
        other processes fill this queue, so a worker would sit idle for seconds after work
        arrives. (``nextcall`` is the engine's own "run the loop soon" call.)"""
        engine = getattr(self.crawler, "engine", None)
        slot = getattr(engine, "_slot", None)
        nextcall = getattr(slot, "nextcall", None)
        if nextcall is not None and not self.closing:
            nextcall.schedule()

    def beat(self, final: bool = False) -> None:
        """Report what this process holds; when it holds nothing, publish its stats with the
        same transaction, so a coordinator that sees it idle also sees its final figures."""
        engine = getattr(self.crawler, "engine", None)
        scheduler = getattr(getattr(engine, "_slot", None), "scheduler", None)
        taken = int(getattr(scheduler, "taken", 0))
        inflight = 0 if final else _inflight(engine)
        report = {"popped": taken, "inflight": inflight, "role": self.role,
                  "acked": self.keeper.acked,
                  "per_minute": self.keeper.per_minute(time.monotonic()),
                  "ttl": self.ttl, "brandsweep": compat.stamp(), **self.fetches()}
        with self.client.pipeline(transaction=True) as pipe:
            if inflight == 0 and self.crawler.stats is not None:
                stats = json.dumps(audit.json_safe(self.crawler.stats.get_stats()),
                                   sort_keys=True)
                if stats != self._stats_json:
                    pipe.hset(self.keys.stats, self.process, stats)
                    self._stats_json = stats
            if not final:
                pipe.hset(self.keys.reports, self.process, json.dumps(report))
                pipe.set(self.keys.alive(self.process), self.role, ex=self.ttl)
            # a process that outlives the audit must not leave keys behind for ever
            pipe.expire(self.keys.reports, audit.FINISHED_TTL)
            pipe.expire(self.keys.stats, audit.FINISHED_TTL)
            pipe.execute()

    def leave_reason(self, now: float) -> str | None:
        """Why a worker leaves its audit now, or None: the audit is over (``audit_finished``,
        ``audit_interrupted``, ``audit_gone``); it was started again by another coordinator
        (``audit_restarted``: ``audit --resume`` after a crash published it anew, with its
        checkpoint and maybe another brandsweep, neither of which this worker read: started
        again, it joins the new run); its coordinator has been gone for
        ``BRANDSWEEP_REDIS_COORDINATOR_TIMEOUT`` seconds (``coordinator_gone``)."""
        state, owner = self.client.hmget(self.keys.meta, ["state", "coordinator"])
        if state != audit.RUNNING.encode():
            return "audit_" + (state.decode(errors="replace") if state else "gone")
        owner_id = owner.decode(errors="replace") if owner is not None else None
        if self.joined and owner_id is not None and owner_id != self.joined:
            return "audit_restarted"
        if owner_id is not None and self.client.exists(self.keys.alive(owner_id)):
            self._coordinator_missing_since = None
        elif self._coordinator_missing_since is None:
            self._coordinator_missing_since = now
        elif now - self._coordinator_missing_since >= self.coordinator_timeout:
            return "coordinator_gone"
        return None

    def fetches(self) -> dict[str, Any]:
        """Requests this process sent, how many failed without an answer (DNS, refused
        connections, timeouts, the address guard) and the commonest failure: a machine that
        cannot reach the sites shows in ``worker --status`` and on the coordinator's terminal
        (``status.unreachable``) instead of only as unverified profiles in the report."""
        stats = self.crawler.stats
        if stats is None:
            return {}
        sent = int(stats.get_value("downloader/request_count", 0) or 0)
        failed = int(stats.get_value("downloader/exception_count", 0) or 0)
        if failed != self._failed[0]:
            prefix = "downloader/exception_type_count/"
            kinds = {k[len(prefix):]: v for k, v in stats.get_stats().items()
                     if k.startswith(prefix) and isinstance(v, int)}
            commonest = max(kinds, key=kinds.__getitem__) if kinds else None
            self._failed = (failed, commonest.rsplit(".", 1)[-1] if commonest else None)
        return {"requests": sent, "failed": failed, "failure": self._failed[1]}

    def drain(self, batch: int = 500) -> int:
        """Coordinator: move the workers' items from Redis into the store (idempotent upserts,
        so an item delivered twice is stored once)."""
        if self.drainer is None:
            return 0
        count = 0
        while True:
            raw = self.client.lpop(self.keys.items, batch)
            if not raw:
                break
            self._free_writer()
            store = self.drainer.store
            with store.batch():
                for text in raw:
                    try:
                        item = decode_item(text)
                    except Exception as exc:  # noqa: BLE001 - junk on the list, never fatal
                        refused(self.crawler.stats, "items list", text, exc)
                        continue
                    self.drainer.process_item(item)
            count += len(raw)
            if len(raw) < batch:
                break
        if count and self.crawler.stats:
            self.crawler.stats.inc_value(stats_keys.REDIS_ITEMS_DRAINED, count)
        self.drained += count
        return count

    def check_audit(self) -> None:
        """Worker: close when the audit is over (``leave_reason``)."""
        if self.closing:
            return
        reason = self.leave_reason(time.monotonic())
        if reason:
            self.closing = True
            log.info("leaving the audit %s: %s", self.keys.base, reason)
            engine = self.crawler.engine
            if engine is not None:
                deferred_from_coro(engine.close_spider_async(reason=reason))
