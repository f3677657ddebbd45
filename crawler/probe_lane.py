"""The probe lane: existence-only probes fetched on the crawl's own asyncio loop, off Scrapy's path.

A WhatsMyName site (or a catalog entry marked ``existence_only``) is asked one question per
handle: which status, which words. For a 1,000-site sweep Scrapy's per-request machinery (its
scheduler, engine, Twisted's HTTP client, the spider-middleware chain, a dozen Deferreds per
request) cost 2 to 3 ms of CPU per request, more than every peer's whole request; a bare Scrapy
spider doing nothing else cost as much. This lane takes those requests out of Scrapy's
scheduler and fetches them itself, while everything that decides *what* happens stays Scrapy's
and ours, the same objects the Scrapy path runs:

* **which requests**: the spider's requests still come from the same code (probes, enrich). The
  engine's ``request_scheduled`` signal hands a probe of an existence-only platform to the lane
  (``IgnoreRequest`` keeps it out of the scheduler, Scrapy's documented way), after Scrapy's own
  dupefilter has seen it: one fetch per URL across both paths;
* **around the wire**: the crawl's own downloader-middleware chain runs for each request
  (``DownloaderMiddlewareManager.download_async``, less the middlewares that cannot act on a
  probe: crawler/lane_chain.py says why for each): the SSRF guard (crawler/netguard.py), the
  User-Agent and default headers, cookies (one jar per platform), the download timeout, retries
  of transient errors with back-off, ``Retry-After``, redirects with loop detection
  (crawler/redirects.py), gzip with the body limit, the downloader stats. Only the transport
  differs: a small HTTP/1.1 client on asyncio's transports (crawler/lane_http.py) instead of
  Twisted's (aiohttp before it: its import alone cost 0.25 s of every audit), with the same
  limits (body ``DOWNLOAD_MAXSIZE``, head
  ``BRANDSWEEP_MAX_HEADER_BYTES`` / ``BRANDSWEEP_MAX_HEADERS`` / ``BRANDSWEEP_HEADERS_TIMEOUT``,
  connection-time address checks, ``BRANDSWEEP_RESOLVE`` pins) and failures raised as the same
  Scrapy exceptions, so ``enrich.failure_reason`` gives the same reasons;
* **politeness**: per host, the slot the spider configured from the catalog (``DOWNLOAD_SLOTS``:
  concurrency and delay, no jitter below it), the same rule as ``PoliteDownloader``: at most
  ``concurrency`` in flight, one request leaves per ``delay`` (and none sooner than a ``delay``
  after the host's last answer began: measured at a busy server, a first request read late
  came closer to the next than the delay); ``Retry-After`` and back-off push
  the host's slot into the future (``middlewares.penalise_slot`` reaches the lane's slots too);
* **after the wire**: Scrapy's ``HttpErrorMiddleware`` check, then the request's own callback or
  errback; the items go through the item pipeline (the store) and ``item_scraped`` as
  ``Scraper.start_itemproc_async`` sends them, synchronously where nothing waits
  (crawler/lane_items.py), further requests back to the lane or to Scrapy's engine;
* **stopping**: the spider stays open while the lane has work (``spider_idle``); Ctrl-C drops
  the lane's queue as it drops Scrapy's (crawler/interrupt.py), with no outcome stored for what
  was dropped; ``--resume`` needs nothing: requests are not built for stored outcomes.

Off (every request through Scrapy) with ``BRANDSWEEP_PROBE_LANE = False``, behind a proxy (the
lane does not speak to proxies), and in distributed crawls (their requests live in Redis).
Robots rules are not a question here: probes carry ``dont_obey_robotstxt`` on both paths.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import logging
import os
from collections import deque
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from scrapy import Request, signals
from scrapy import exceptions as sx
from scrapy.exceptions import DontCloseSpider, IgnoreRequest
from scrapy.http import Headers
from scrapy.responsetypes import responsetypes
from scrapy.spidermiddlewares.httperror import HttpError, HttpErrorMiddleware
from twisted.python.failure import Failure

from . import lane_http, stats_keys
from .lane_chain import lane_chain
from .lane_items import ItemPath
from .limits import HEADERS_TOO_LARGE, TOO_MANY_HEADERS, HeadLimits, LimitReached
from .netguard import RESOLVER_REFUSALS, connect_refusal, ip_literal, operator_hosts
from .resolve import resolve_target, unserved_error
from .wmn import existence_rate

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.http import Response

log = logging.getLogger(__name__)

#: callbacks whose requests the lane may take (probe answers: no avatar, no second view)
LANE_KINDS = frozenset({"calibrate", "variant", "enrich"})
#: where the lane is found by the components that must reach it (penalise_slot, GracefulStop)
CRAWLER_ATTR = "bs_probe_lane"
_DEFAULT_SCHEDULER = "scrapy.core.scheduler.Scheduler"
#: start requests built between two turns of the event loop (``ProbeLane.room``)
YIELD_EVERY = 16


def lane_of(crawler: Any) -> ProbeLane | None:
    return getattr(crawler, CRAWLER_ATTR, None)


def _proxied(settings: Any) -> bool:
    return bool(settings.get("BRANDSWEEP_PROXY") or any(
        os.environ.get(v) for v in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy",
                                    "ALL_PROXY", "all_proxy")))


class _Slot:
    """One host: a priority queue, what is in flight, when the next request may leave."""

    __slots__ = ("active", "concurrency", "delay", "heap", "next_at", "timer", "waiting")

    def __init__(self, concurrency: int, delay: float):
        self.concurrency = max(1, concurrency)
        self.delay = max(0.0, delay)
        self.heap: list[tuple[int, int, Request]] = []
        self.active: set[Request] = set()
        self.next_at = 0.0
        self.timer: asyncio.TimerHandle | None = None
        self.waiting = False  # queued on the lane's global-capacity line


class ProbeLane:
    """See the module docstring. One per crawl, built by the sweep spider's ``from_crawler``."""

    def __init__(self, crawler: Crawler, spider: Any):
        s = crawler.settings
        self.crawler = crawler
        self.spider = spider
        self.catalog = spider.catalog
        self.slots_conf = {k.lower(): v for k, v in (s.getdict("DOWNLOAD_SLOTS") or {}).items()}
        self.default_rate = (s.getint("CONCURRENT_REQUESTS_PER_DOMAIN", 2),
                             s.getfloat("DOWNLOAD_DELAY", 0.0))
        self.cap = max(1, s.getint("CONCURRENT_REQUESTS", 16))
        self.timeout = s.getfloat("DOWNLOAD_TIMEOUT", 180.0)
        self.maxsize = s.getint("DOWNLOAD_MAXSIZE", 0)
        self.head = HeadLimits.from_settings(s)
        # an idle connection is kept long enough for the host's next probe (a few of its slot
        # delays), not BRANDSWEEP_IDLE_CONNECTION_TIMEOUT: a site of a long list is done after
        # two or three requests, and 10 s of idle sockets held thousands open at once
        rate = existence_rate(getattr(self.catalog, "defaults", None))
        self.idle_timeout = min(s.getfloat("BRANDSWEEP_IDLE_CONNECTION_TIMEOUT", 10.0),
                                max(1.0, 3 * rate[1]))
        self.resolve_map = {k.lower(): v for k, v in
                            (s.getdict("BRANDSWEEP_RESOLVE") or {}).items()}
        self.allow_private = s.getbool("BRANDSWEEP_ALLOW_PRIVATE_NETWORK")
        self.names, self.literals = operator_hosts(s)
        self.httperror = HttpErrorMiddleware(s)
        self.slots: dict[str, _Slot] = {}
        prefetch = getattr(spider, "prefetch", None)
        self.host_next: dict[str, float] = dict(prefetch.host_next) if prefetch else {}
        self.line: deque[_Slot] = deque()  # hosts waiting for global capacity
        self.active = 0  # requests in flight, all hosts
        self.pending = 0  # accepted and not finished (queued, in flight, in a callback)
        self.queued = 0  # waiting in a slot
        self._room: asyncio.Future[None] | None = None
        self.tasks: set[asyncio.Task[None]] = set()
        self.stopping = False
        self.dropped = 0
        self._seq = itertools.count()
        self._client: lane_http.Client | None = None
        self._items: ItemPath | None = None
        self._built = 0  # start requests handed over (room)
        self._literals: dict[str, str | None] = {}  # host -> its IP literal form (or None)
        self._takes: dict[str, bool] = {}
        self._chain: Any = None
        crawler.signals.connect(self.request_scheduled, signal=signals.request_scheduled)
        crawler.signals.connect(self.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)
        setattr(crawler, CRAWLER_ATTR, self)

    @classmethod
    def from_crawler(cls, crawler: Crawler, spider: Any) -> ProbeLane | None:
        """The lane, or None where it must not run (setting off, a proxy, distributed)."""
        s = crawler.settings
        if not s.getbool("BRANDSWEEP_PROBE_LANE", True) or _proxied(s):
            return None
        if (s.get("SCHEDULER") or _DEFAULT_SCHEDULER) != _DEFAULT_SCHEDULER:
            return None
        return cls(crawler, spider)

    # ------------------------------------------------------------------ which requests

    def takes(self, request: Request) -> bool:
        """A probe answer of an existence-only platform without a credential."""
        bs = request.meta.get("bs")
        meta = request.meta
        if not bs or bs.get("kind") not in LANE_KINDS or bs.get("stage"):
            return False
        if (meta.get("proxy") or meta.get("download_slot") or meta.get("http_user")
                or not meta.get("dont_obey_robotstxt")):
            return False
        name = bs.get("platform")
        known = self._takes.get(name)
        if known is None:
            platform = self.catalog.get(name) if name else None
            known = bool(platform is not None and platform.existence_only
                         and platform.auth is None)
            self._takes[name] = known
        return known and request.url[:8].lower().startswith(("http://", "https://"))

    def request_scheduled(self, request: Request, spider: Any = None) -> None:
        """The engine is about to queue ``request``: a lane request is taken here instead."""
        if self.takes(request):
            self.submit(request)
            raise IgnoreRequest("taken by the probe lane")

    def submit(self, request: Request) -> bool:
        """Queue ``request`` on its host's slot (after Scrapy's dupefilter). False: dropped."""
        if self.stopping:
            request.errback = None
            self.dropped += 1
            return False
        engine = self.crawler.engine
        scheduler = engine._slot.scheduler if engine is not None and engine._slot else None
        df = getattr(scheduler, "df", None)
        if df is not None and not request.dont_filter and df.request_seen(request):
            df.log(request, self.spider)
            return False
        host = (urlsplit(request.url).hostname or "").lower()
        slot = self.slots.get(host)
        if slot is None:
            conf = self.slots_conf.get(host)
            if conf:
                slot = _Slot(int(conf.get("concurrency", self.default_rate[0])),
                             float(conf.get("delay", self.default_rate[1])))
            else:
                slot = _Slot(*self.default_rate)
            # a host the forked probe workers asked: its delay (or Retry-After) runs from their
            # last request (crawler/lane_fork.py; the same monotonic clock as the loop's)
            slot.next_at = self.host_next.get(host, 0.0)
            self.slots[host] = slot
        heapq.heappush(slot.heap, (-request.priority, next(self._seq), request))
        self.pending += 1
        self.queued += 1
        self._pump(slot)
        return True

    # ------------------------------------------------------------------ politeness

    def _pump(self, slot: _Slot) -> None:
        """Start what the slot's rate and the global cap allow now; a timer for the rest."""
        if slot.timer is not None or self.stopping:
            return
        loop = asyncio.get_running_loop()
        while slot.heap and len(slot.active) < slot.concurrency:
            if self.active >= self.cap:
                if not slot.waiting:
                    slot.waiting = True
                    self.line.append(slot)
                return
            now = loop.time()
            if now < slot.next_at:
                slot.timer = loop.call_at(slot.next_at, self._timer, slot)
                return
            _, _, request = heapq.heappop(slot.heap)
            self.queued -= 1
            if self._room is not None and self.queued < self.cap:
                self._room.set_result(None)
                self._room = None
            slot.next_at = now + slot.delay
            slot.active.add(request)
            self.active += 1
            task = loop.create_task(self._run(slot, request))
            self.tasks.add(task)
            task.add_done_callback(self.tasks.discard)

    def _timer(self, slot: _Slot) -> None:
        slot.timer = None
        self._pump(slot)

    async def room(self) -> None:
        """Wait while the lane holds more queued requests than it runs at once: the start
        requests of a 10,000-site list are built as the lane drains them, not all up front
        (each costs a few KB until it is sent). And every ``YIELD_EVERY`` requests, one turn
        of the event loop: the requests built so far leave while the next are built, so the
        sites answer (and their answers are read) side by side with the building instead of
        after it (on two cores a 1,000-site crawl took 0.4 s less wall time, 1.4 s -> 0.95 s)."""
        self._built += 1
        if self._built % YIELD_EVERY == 0:
            await asyncio.sleep(0)
        while self.queued >= 2 * self.cap and not self.stopping:
            if self._room is None:
                self._room = asyncio.get_running_loop().create_future()
            await self._room

    def penalise(self, host: str, seconds: float) -> bool:
        """Hold ``host`` back for ``seconds`` (Retry-After, back-off); False: not a lane host."""
        slot = self.slots.get(host.lower())
        if slot is None:
            return False
        loop = asyncio.get_running_loop()
        slot.next_at = max(slot.next_at, loop.time() + seconds)
        if slot.timer is not None:
            slot.timer.cancel()
            slot.timer = None
        return True

    def _release(self, slot: _Slot, request: Request) -> None:
        slot.active.discard(request)
        self.active -= 1
        self._pump(slot)
        while self.line and self.active < self.cap:
            waiting = self.line.popleft()
            waiting.waiting = False
            self._pump(waiting)

    # ------------------------------------------------------------------ one request

    async def _run(self, slot: _Slot, request: Request) -> None:
        try:
            try:
                if self._chain is None:
                    self._chain = lane_chain(self.crawler.engine.downloader.middleware,
                                             self.spider)
                result: Any = await self._chain.download_async(
                    lambda r: self._download(r, slot), request)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # what the middlewares left: the request failed
                result = Failure(exc)
                result.request = request  # type: ignore[attr-defined]  # as Scrapy's errbacks get it
            finally:
                self._release(slot, request)
            if isinstance(result, Request):  # a redirect, a retry, a Retry-After wait
                self._route(result)
                return
            await self._answer(request, result)
        except asyncio.CancelledError:
            pass
        except Exception:
            log.exception("probe lane: unexpected error on %s", request.url)
        finally:
            self.pending -= 1
            if self.pending == 0:
                self._wake_engine()

    async def _answer(self, request: Request, result: Response | Failure) -> None:
        if isinstance(result, Failure):
            outputs: Any = request.errback(result) if request.errback else None
            response = None
        else:
            response = result
            response.request = request
            self.crawler.signals.send_catch_log(signal=signals.response_received,
                                                response=response, request=request,
                                                spider=self.spider)
            try:
                self.httperror.process_spider_input(response)
            except HttpError as exc:
                failure = Failure(exc)
                failure.request = request  # type: ignore[attr-defined]
                outputs = request.errback(failure) if request.errback else None
            else:
                callback = request.callback or self.spider.parse
                outputs = callback(response, **request.cb_kwargs)
        await self._consume(outputs, response)

    async def _consume(self, outputs: Any, response: Response | None) -> None:
        if outputs is None:
            return
        items = self._items
        if items is None:
            items = self._items = ItemPath(self.crawler)
        stats = self.crawler.stats
        try:
            for out in outputs:
                if isinstance(out, Request):
                    self._route(out)
                elif out is not None:
                    await items.process(out, response)
        except Exception as exc:  # a callback error: logged and counted as Scrapy does
            log.exception("probe lane: spider error processing %s",
                          response.url if response is not None else "a failure")
            if stats:
                stats.inc_value("spider_exceptions/count")
                stats.inc_value(f"spider_exceptions/{type(exc).__name__}")

    async def emit(self, item: Any) -> None:
        """An item of the spider's start (a probe worker's settled answer, crawler/lane_fork.py)
        through the lane's item path: the pipeline and ``item_scraped`` as Scrapy sends them,
        without Scrapy's per-item tasks for start items (about 0.7 ms each)."""
        items = self._items
        if items is None:
            items = self._items = ItemPath(self.crawler)
        await items.process(item, None)

    def _route(self, request: Request) -> None:
        if self.takes(request):
            self.submit(request)
        elif self.crawler.engine is not None and self.crawler.engine.spider is not None:
            self.crawler.engine.crawl(request)

    # ------------------------------------------------------------------ the transport

    def _client_for(self) -> lane_http.Client:
        if self._client is None:
            allow, names, literals = self.allow_private, self.names, self.literals

            def check(address: str, host: str) -> str | None:
                why = connect_refusal(address, host, allow, names, literals)
                if why is not None:  # the connection-time check (DNS rebinding), as Scrapy's
                    RESOLVER_REFUSALS[host.lower()] = why
                    log.info("netguard resolver refused %s: %s", host, why)
                return why

            self._client = lane_http.Client(max_bytes=self.head.max_bytes,
                                            max_headers=self.head.max_headers,
                                            idle_timeout=self.idle_timeout, check=check)
        return self._client

    def _request_head(self, request: Request, parts: Any) -> tuple[tuple[Any, ...], bytes]:
        """The connection key and the request's head: the request line, ``Host``, the headers
        the middlewares set (User-Agent, Accept, cookies ...), ``Content-Length`` with a body.
        ``BRANDSWEEP_RESOLVE``: the pinned address over plain HTTP, the real Host
        (crawler/resolve.py)."""
        scheme = parts.scheme.lower()
        host = (parts.hostname or "").lower()
        netloc = parts.netloc.rpartition("@")[2]
        port = parts.port or (443 if scheme == "https" else 80)
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        extra = b""
        target = resolve_target(self.resolve_map, host) if self.resolve_map else None
        if target:
            pinned = urlsplit(f"//{target}")
            addr, port = (pinned.hostname or ""), pinned.port or 80
            # (the host in the key: its connections are its own, whatever shares the address)
            key: tuple[Any, ...] = ("http", addr, port, True, host)
            extra = b"X-Forwarded-Proto: " + scheme.encode("latin-1") + b"\r\n"
        else:
            literal = self._literals.get(host, False)
            if literal is False:
                literal = self._literals[host] = ip_literal(host)
            key = (scheme, literal or host, port, literal is not None, host)
        lines = [f"{request.method} {path} HTTP/1.1\r\n".encode("latin-1")]
        headers = request.headers
        if b"Host" not in headers:
            lines.append(b"Host: " + netloc.encode("idna" if not netloc.isascii() else "ascii")
                         + b"\r\n")
        for name, values in headers.items():
            if target and name.lower() in (b"host", b"x-forwarded-proto"):
                continue
            for value in values:
                lines.append(name + b": " + value + b"\r\n")
        if target:
            lines.append(b"Host: " + netloc.encode("idna" if not netloc.isascii() else "ascii")
                         + b"\r\n")
        body = request.body or b""
        if body or request.method in ("POST", "PUT", "PATCH"):
            lines.append(b"Content-Length: %d\r\n" % len(body))
        lines.append(extra + b"\r\n")
        return key, b"".join(lines)

    async def _download(self, request: Request, slot: _Slot | None = None) -> Response:
        """One HTTP exchange, no redirect followed; failures as Scrapy's exceptions."""
        parts = urlsplit(request.url)
        host = parts.hostname or ""
        key, head = self._request_head(request, parts)
        timeout = float(request.meta.get("download_timeout") or self.timeout)
        maxsize = int(request.meta.get("download_maxsize", self.maxsize) or 0)
        client = self._client_for()
        on_connect = None
        loop = asyncio.get_running_loop()
        if slot is not None and slot.delay:

            def on_connect() -> None:
                # A host's delay counts from the moment a request leaves, as in Scrapy; a new
                # connection delays that request's arrival by its set-up while the next one,
                # on the open connection, arrives on time: the delay restarts once connected
                slot.next_at = max(slot.next_at, loop.time() + slot.delay)

        # one timer: the head's limit first (BRANDSWEEP_HEADERS_TIMEOUT), then the request's
        started = loop.time()
        head_limit = self.head.timeout if 0 < self.head.timeout < timeout else timeout
        headed = False
        try:
            async with asyncio.timeout(head_limit) as timer:

                def on_head() -> None:
                    nonlocal headed
                    headed = True
                    timer.reschedule(started + timeout)
                    if slot is not None and slot.delay:
                        # and once answered: the server saw this request before it answered,
                        # so the next one reaches it a whole delay later however late this
                        # one was read there (a busy server, a slow accept)
                        slot.next_at = max(slot.next_at, loop.time() + slot.delay)

                status, raw, body = await client.fetch(key, head, request.body or None,
                                                       request.method, maxsize, on_connect,
                                                       on_head)
        except TimeoutError:
            if not headed and head_limit < timeout:
                raise sx.DownloadTimeoutError(
                    f"{request.url}: no complete answer head within "
                    f"{self.head.timeout:g} s") from None
            raise sx.DownloadTimeoutError(
                f"Getting {request.url} took longer than {timeout:g} seconds.") from None
        except lane_http.ResolveError as exc:
            raise sx.CannotResolveHostError(f"{host}: {exc}") from exc
        except lane_http.ConnectRefused as exc:
            raise sx.DownloadConnectionRefusedError(str(exc)) from exc
        except lane_http.ConnectFailed as exc:
            raise sx.DownloadFailedError(str(exc)) from exc
        except lane_http.TooManyHeaders as exc:
            self._head_limit(TOO_MANY_HEADERS)
            raise LimitReached(TOO_MANY_HEADERS, f"{request.url}: more than "
                               f"{self.head.max_headers} response headers") from exc
        except lane_http.HeadTooLarge as exc:
            self._head_limit(HEADERS_TOO_LARGE)
            raise LimitReached(HEADERS_TOO_LARGE, f"{request.url}: response headers "
                               f"over {self.head.max_bytes} bytes") from exc
        except lane_http.TooLarge as exc:
            said = "expected" if exc.declared else "received"
            raise sx.DownloadCancelledError(
                f"Cancelling download of {request.url}: {said} response size ({exc.size}) "
                f"larger than download max size ({maxsize}).") from exc
        except lane_http.DataLoss as exc:
            raise sx.ResponseDataLossError(f"{request.url}: ConnectionLost {exc}") from exc
        except lane_http.Error as exc:
            raise sx.DownloadFailedError(f"{request.url}: {exc}") from exc
        if self.resolve_map:  # a wildcard pin's 421: the name has no address (resolve.py)
            error = unserved_error(self.resolve_map, host, parts.port, status)
            if error is not None:
                raise error
        hdrs = Headers()
        for k, v in raw:
            hdrs.appendlist(k, v)
        respcls = responsetypes.from_args(headers=hdrs, url=request.url, body=body)
        return respcls(url=request.url, status=status, headers=hdrs, body=body,
                       request=request, protocol="HTTP/1.1")

    def _head_limit(self, limit: str) -> None:
        stats = self.crawler.stats
        if stats:
            stats.inc_value(f"{stats_keys.HEAD_LIMITS}{limit}")

    # ------------------------------------------------------------------ the crawl's life

    def _wake_engine(self) -> None:
        """No lane work left: let the engine look at its idleness now, not at its heartbeat."""
        engine = self.crawler.engine
        slot = getattr(engine, "_slot", None)
        if slot is not None:
            slot.nextcall.schedule()

    def spider_idle(self, spider: Any = None) -> None:
        if self.pending and not self.stopping:
            raise DontCloseSpider("the probe lane has requests")

    def drop_queued(self) -> int:
        """Ctrl-C: fail nothing, store nothing: the queued requests are forgotten (``--resume``
        fetches them), those in flight lose their errback (a failure the stop caused stores
        nothing), as ``GracefulStop.drop_queued`` does for Scrapy's slots."""
        self.stopping = True
        dropped = 0
        for slot in self.slots.values():
            if slot.timer is not None:
                slot.timer.cancel()
                slot.timer = None
            dropped += len(slot.heap)
            self.pending -= len(slot.heap)
            self.queued -= len(slot.heap)
            slot.heap.clear()
            for request in slot.active:
                request.errback = None
        self.line.clear()
        if self._room is not None:
            self._room.set_result(None)
            self._room = None
        self.dropped += dropped
        return dropped

    def spider_closed(self, spider: Any = None, reason: str = "") -> Any:
        self.drop_queued()
        for task in list(self.tasks):
            task.cancel()
        client, self._client = self._client, None
        if client is not None:
            client.close()
        return None
