"""Riding out a Redis restart: every Redis command of a distributed audit waits for Redis to come
back (with back-off, for a bounded time) instead of failing.

A failed command in the middle of a crawl is worse than a pause: a request scheduled while Redis
is down would be dropped, an item never delivered, the coordinator's "is the crawl over?" check
could end the audit early. So the clients of a distributed audit (scrapy-redis' and our own) get
``OutageRetry``, a redis-py retry policy: on a connection error (Redis restarting, still loading
its append-only file, a network blip) it logs once, waits 0.1 s, 0.2 s, ... up to 5 s between
attempts, and runs the command again once Redis answers, logging how long it was gone. Nothing
is lost when Redis keeps its data across the restart (``appendonly yes``; see the README).

The wait blocks the process: during an outage nothing of the crawl can move anyway (the queue,
the items, the politeness budget are all in Redis), and a blocked process resumes exactly where
it was. Requests already on the wire are answered meanwhile; their answers are read when the
process resumes. After ``limit`` seconds (``BRANDSWEEP_REDIS_OUTAGE_MAX``, 120 by default) the
process gives up: ``on_give_up`` is called once (the crawl then closes with the reason
``redis_unreachable``: a worker exits 1 for its supervisor to restart, a coordinator ends the
audit as partial, to be continued with ``--resume``), and further commands fail at once until
Redis answers again.
"""

from __future__ import annotations

import logging
import random
import socket
import sys
import time
from collections.abc import Callable
from typing import Any

from redis.backoff import NoBackoff
from redis.exceptions import ConnectionError, TimeoutError  # noqa: A004 - redis' own names
from redis.retry import Retry

from reports.i18n import N_, translations

log = logging.getLogger(__name__)

#: how long a process waits for Redis before it gives up the crawl
OUTAGE_MAX = 120.0
#: first and longest pause between two attempts
BACKOFF_BASE, BACKOFF_CAP = 0.1, 5.0

RETRIED = (ConnectionError, TimeoutError, socket.timeout)  # BusyLoadingError is a ConnectionError


class OutageRetry(Retry):
    """redis-py's ``Retry`` bounded by time, not attempts, with one log line when Redis goes and
    one when it is back. One instance serves every connection of a process (redis-py copies the
    policy into each connection; ``__deepcopy__`` keeps it shared), so nested retries (connect
    inside a command) share one outage clock."""

    def __init__(self, limit: float = OUTAGE_MAX, on_give_up: Callable[[], Any] | None = None,
                 base: float = BACKOFF_BASE, cap: float = BACKOFF_CAP, echo: bool = False,
                 lang: str | None = None):
        super().__init__(NoBackoff(), retries=-1, supported_errors=RETRIED)
        self.limit = limit
        self.echo = echo  # also on stderr: the log goes to a file, the operator should know
        self.lang = lang  # the terminal's language (the audit's): the log stays English
        self.on_give_up = on_give_up
        self.base = base
        self.cap = cap
        self.down_since: float | None = None
        self.gave_up = False
        self.outages = 0

    def __deepcopy__(self, memo: dict[int, Any]) -> OutageRetry:
        return self

    def __eq__(self, other: Any) -> bool:
        return self is other

    __hash__ = object.__hash__

    def call_with_retry(self, do: Callable[[], Any], fail: Callable[..., Any],
                        is_retryable: Callable[[Exception], bool] | None = None,
                        with_failure_count: bool = False) -> Any:
        failures = 0
        while True:
            try:
                result = do()
            except self._supported_errors as error:
                failures += 1
                if with_failure_count:
                    fail(error, failures)
                else:
                    fail(error)
                if is_retryable is not None and not is_retryable(error):
                    raise
                pause = self._pause(error, failures)
                if pause is None:
                    raise
                time.sleep(pause)
            else:
                self._back()
                return result

    def _pause(self, error: Exception, failures: int) -> float | None:
        """The pause before the next attempt, or None to give up (the limit is reached)."""
        now = time.monotonic()
        if self.down_since is None:
            self.down_since = now
            self.outages += 1
            self._say("Redis unreachable (%s): waiting for it, retrying with back-off for up "
                      "to %.0f s", error, self.limit,
                      said=N_("Redis unreachable ({error}): waiting for it, retrying with "
                              "back-off for up to {n} s"),
                      values={"error": error, "n": f"{self.limit:.0f}"})
        if self.gave_up:
            return None
        left = self.down_since + self.limit - now
        if left <= 0:
            self.gave_up = True
            self._say("Redis unreachable for %.0f s: giving up the crawl", self.limit,
                      level=logging.ERROR,
                      said=N_("Redis unreachable for {n} s: giving up the crawl"),
                      values={"n": f"{self.limit:.0f}"})
            if self.on_give_up is not None:
                self.on_give_up()
            return None
        pause = min(self.cap, self.base * 2 ** min(failures - 1, 20))
        return min(left, pause * (0.75 + random.random() / 2))  # noqa: S311 - spreads retries

    def _back(self) -> None:
        if self.down_since is not None:
            gone = time.monotonic() - self.down_since
            self._say("Redis is back after %.1f s: resuming", gone,
                      said=N_("Redis is back after {n} s: resuming"), values={"n": f"{gone:.1f}"})
            self.down_since = None
            self.gave_up = False

    def _say(self, message: str, *args: Any, level: int = logging.WARNING, said: str = "",
             values: dict[str, Any] | None = None) -> None:
        """The log line (English, as every log line), and with ``echo`` the terminal's: the
        same in ``lang`` (``said``, a catalog message, filled with ``values``)."""
        log.log(level, message, *args)
        if self.echo:
            text = message % args
            if said and self.lang and self.lang != "en":
                text = translations(self.lang).gettext(said).format(**(values or {}))
            print(f"[redis] {text}", file=sys.stderr, flush=True)


def redis_params(limit: float = OUTAGE_MAX, echo: bool = False,
                 lang: str | None = None) -> dict[str, Any]:
    """Client arguments (scrapy-redis' ``REDIS_PARAMS``, ``redis.Redis.from_url``) that make a
    client ride out outages with one shared ``OutageRetry`` (``echo``: say so on stderr too,
    in ``lang``)."""
    return {"retry": OutageRetry(limit, echo=echo, lang=lang), "retry_on_error": list(RETRIED),
            "socket_connect_timeout": 10, "socket_timeout": 30}
