"""One politeness budget per host for the whole distributed audit, kept in Redis.

Scrapy keeps a host's concurrency and delay in a download slot of one process: N processes
sent a host N times the catalog's rate (three on one address got down to 0.04 s between
requests where the catalog says 2 s). Here every process asks Redis before a request leaves a
slot, in one atomic Lua script per decision, so the catalog's rate holds whatever the number
of processes and machines:

    <audit>:polite:<slot>:next   string  the earliest moment (Redis' clock, ms) the next request
                                         to this host may leave: the last send + its delay, or
                                         a Retry-After / back-off hold, whichever is later
    <audit>:polite:<slot>:held   zset    concurrency tokens of requests on the wire, scored by
                                         when they expire (a process killed mid-request holds
                                         its token until then, never for ever)

Redis' own clock (``TIME`` inside the script) is the only clock: machines need not agree on
the time. A send takes a token and moves ``next`` forward by the delay; the answer (or the
failure) gives the token back; a 429/503 with Retry-After, or a retry's back-off, pushes
``next`` for every process (``hold``). Unrelated hosts never wait for each other: each slot
asks for itself, and a request that must wait sleeps on its own.

What a Redis writer can do here: slow a host down (a ``next`` in the future is honoured up to
``max_wait``, 5 minutes by default, then reset; tokens that claim to live longer than a
download can are dropped). A key of the wrong type is refused, counted, and replaced.

When Redis does not answer, a slot waits (``OUTAGE_POLL`` seconds, then asks again) instead of
sending without the shared budget: a restart of Redis pauses the crawl, it does not make it
impolite.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import count
from typing import TYPE_CHECKING, Any

import redis
from scrapy import signals
from scrapy.utils.defer import _process_pending_io
from scrapy_redis.connection import get_redis_from_settings

from .. import stats_keys
from ..downloader import PoliteDownloader

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.core.downloader import Slot
    from scrapy.crawler import Crawler
    from scrapy.http import Response

log = logging.getLogger(__name__)

#: a slot whose host is at its concurrency asks Redis again after about this long
BUSY_POLL = 0.05
#: how long a slot waits before asking again when Redis does not answer
OUTAGE_POLL = 1.0
#: the longest hold honoured from Redis (a junk ``next`` far in the future is cut to this)
MAX_WAIT = 300.0

#: Redis' clock in ms, then: drop expired tokens and tokens nobody of this audit could have
#: taken (expiring later than a download can last); honour ``next`` (capped); then take a
#: token if the host has a free one. Returns ms to wait (> 0), -1 when the host is at its
#: concurrency, 0 when the token was taken.
ACQUIRE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local delay, conc = tonumber(ARGV[1]), tonumber(ARGV[2])
local ttl, maxwait = tonumber(ARGV[4]), tonumber(ARGV[5])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
redis.call('ZREMRANGEBYSCORE', KEYS[2], '(' .. (now + ttl), '+inf')
local nxt = tonumber(redis.call('GET', KEYS[1])) or 0
if nxt > now + maxwait then
  nxt = now + maxwait
  redis.call('SET', KEYS[1], nxt, 'PX', maxwait + 1000)
end
if nxt > now then return nxt - now end
if redis.call('ZCARD', KEYS[2]) >= conc then return -1 end
redis.call('ZADD', KEYS[2], now + ttl, ARGV[3])
redis.call('PEXPIRE', KEYS[2], ttl)
if delay > 0 then redis.call('SET', KEYS[1], now + delay, 'PX', delay + 1000) end
return 0
"""

#: push ``next`` to now + ARGV[1] ms unless it is already later; returns the hold in ms
HOLD = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local hold = tonumber(ARGV[1])
local nxt = tonumber(redis.call('GET', KEYS[1])) or 0
if now + hold > nxt then
  redis.call('SET', KEYS[1], now + hold, 'PX', hold + 1000)
  return hold
end
return nxt - now
"""


@dataclass
class SharedBudget:
    """The Redis side of the shared slots: acquire, release, hold (see the module docstring).

    ``token_ttl``: seconds a token lives if its process never gives it back (longer than any
    download: DOWNLOAD_TIMEOUT plus a margin)."""

    client: Any
    prefix: str  # <audit key>:polite
    process: str
    token_ttl: float = 30.0
    max_wait: float = MAX_WAIT
    stats: Any = None
    _ids: Any = field(default_factory=count)
    _scripts: dict[str, Any] = field(default_factory=dict)
    _down_since: float | None = None

    def keys(self, slot: str) -> tuple[str, str]:
        return f"{self.prefix}:{slot}:next", f"{self.prefix}:{slot}:held"

    def _script(self, name: str) -> Any:
        if name not in self._scripts:
            self._scripts[name] = self.client.register_script(
                ACQUIRE if name == "acquire" else HOLD)
        return self._scripts[name]

    def acquire(self, slot: str, delay: float, concurrency: int) -> tuple[float, str | None]:
        """``(0, token)`` when a request to ``slot`` may leave now, else ``(seconds to wait,
        None)``. The delay is this process's current delay of the slot (the catalog's, or more
        when AutoThrottle slowed it), so the slowest process's view wins for the next send."""
        token = f"{self.process}:{next(self._ids)}"
        result = self._call(slot, lambda: self._script("acquire")(
            keys=self.keys(slot),
            args=[int(round(delay * 1000)), max(1, int(concurrency)), token,
                  int(self.token_ttl * 1000), int(self.max_wait * 1000)]))
        if result is None:  # Redis unreachable or a refused key: ask again later
            return OUTAGE_POLL, None
        wait = int(result)
        if wait == 0:
            return 0.0, token
        if wait < 0:  # at its concurrency: a token comes back when an answer arrives
            return BUSY_POLL * (0.5 + random.random()), None  # noqa: S311 - spreads polls
        return wait / 1000.0, None

    def release(self, slot: str, token: str) -> None:
        """Give a token back (the request's answer or failure is in)."""
        self._call(slot, lambda: self.client.zrem(self.keys(slot)[1], token))

    def hold(self, slot: str, seconds: float) -> None:
        """Hold every process's requests to ``slot`` back for ``seconds`` (Retry-After,
        back-off); a longer hold already in place is kept."""
        if seconds <= 0:
            return
        held = self._call(slot, lambda: self._script("hold")(
            keys=self.keys(slot)[:1], args=[int(min(seconds, self.max_wait) * 1000)]))
        if held is not None:
            log.info("%s held back %.1fs for every process of the audit", slot,
                     int(held) / 1000.0)

    def _call(self, slot: str, op: Callable[[], Any]) -> Any:
        """Run one Redis operation; None when Redis is unreachable (logged once per outage)
        or a key is not what the audit writes (refused, counted, deleted)."""
        try:
            result = op()
        except (redis.ConnectionError, redis.TimeoutError) as exc:
            if self._down_since is None:
                self._down_since = time.monotonic()
                log.warning("Redis unreachable (%s): requests wait for the shared politeness "
                            "budget, asking again every %.0fs", exc, OUTAGE_POLL)
            return None
        except redis.ResponseError as exc:  # e.g. a key of the wrong type: junk in Redis
            log.warning("refused the politeness keys of %s in Redis: %s", slot, exc)
            if self.stats is not None:
                self.stats.inc_value(stats_keys.REDIS_REFUSED)
            with contextlib.suppress(redis.RedisError):
                self.client.delete(*self.keys(slot))
            return None
        if self._down_since is not None:
            log.warning("Redis is back after %.1fs: the shared politeness budget resumes",
                        time.monotonic() - self._down_since)
            self._down_since = None
        return result


class SharedPoliteDownloader(PoliteDownloader):
    """The downloader of every process of a distributed audit: a request leaves its slot only
    when this process's slot allows it (as in a single-process audit) *and* the shared budget
    in Redis does (``SharedBudget.acquire``)."""

    def __init__(self, crawler: Crawler):
        super().__init__(crawler)
        s = crawler.settings
        base = s.get("BRANDSWEEP_REDIS_AUDIT_KEY") or "brandsweep:unnamed"
        self.budget = SharedBudget(
            get_redis_from_settings(s), f"{base}:polite",
            s.get("BRANDSWEEP_REDIS_PROCESS") or "process",
            token_ttl=s.getfloat("DOWNLOAD_TIMEOUT", 20.0) + 10.0,
            max_wait=s.getfloat("BRANDSWEEP_SHARED_MAX_WAIT", MAX_WAIT),
            stats=crawler.stats,
        )

    def shared_hold(self, slot: str, seconds: float) -> None:
        """``crawler.middlewares.penalise_slot`` calls this: Retry-After and back-off hold the
        host back for every process, not only for the one that got the answer."""
        self.budget.hold(slot, seconds)

    async def _download(self, slot: Slot, request: Request) -> Response:
        """Scrapy's ``Downloader._download``, with the shared budget asked right before the
        request goes to the download handler (the closer to the wire, the less a busy process
        can shift its arrival), and the token given back *before* the slot looks at its queue
        again (else the next request would find the host still busy). The slot's own delay and
        concurrency have already held, as in a single process (``PoliteDownloader``)."""
        key = request.meta.get(self.DOWNLOAD_SLOT) or self.get_slot_key(request)
        slot.transferring.add(request)
        token = None
        try:
            while token is None:
                wait, token = self.budget.acquire(key, slot.download_delay(), slot.concurrency)
                if token is None:
                    await asyncio.sleep(wait)
            response: Response = await self.handlers.download_request_async(request)
            self.signals.send_catch_log(signal=signals.response_downloaded, response=response,
                                        request=request, spider=self.crawler.spider)
            return response
        except Exception:
            await _process_pending_io()
            raise
        finally:
            if token is not None:
                self.budget.release(key, token)
            slot.transferring.discard(request)
            self._process_queue(slot)
            self.signals.send_catch_log(signal=signals.request_left_downloader,
                                        request=request, spider=self.crawler.spider)
