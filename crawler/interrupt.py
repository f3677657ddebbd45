"""Stopping an audit on Ctrl-C or SIGTERM: at once, honestly, and without poisoning a resume.

Scrapy's own graceful shutdown waits for every request already handed to the downloader,
and the downloader holds many: requests waiting for a host's politeness delay, for a
``Retry-After`` (up to two minutes) or a back-off. On a real sweep that was 110 seconds of
an unchanged progress line after Ctrl-C. Here:

* the first signal prints ``stopping: ...`` at once, asks the crawl to stop, and **drops**
  every queued request (those not on the wire yet); requests on the wire may finish for
  ``BRANDSWEEP_STOP_GRACE`` seconds, then the crawl stops regardless;
* a second signal stops at once (the reactor stops; whatever the store holds stays: every
  item is its own SQLite transaction);
* no request dropped or cut short by the stop leaves an outcome behind: its errback is
  taken off, so no ``unverifiable`` observation is stored for a profile nobody looked at.
  ``--resume`` then fetches exactly what the interrupted run did not finish;
* the signal is recorded in the crawl stats (``brandsweep/stop/signal``, ``.../forced``),
  from which the runner stores the audit as ``partial`` with ``interrupted:SIGINT``.

The per-audit time limit (``CLOSESPIDER_TIMEOUT``) drops the queue the same way: Scrapy's
CloseSpider extension closes the spider, this drops what it would otherwise wait for.

Outside the crawl (loading, matching, rendering) :func:`exit_on_signals` turns SIGINT and
SIGTERM into :class:`Interrupted`, which the runner records before the process exits.
"""

from __future__ import annotations

import contextlib
import signal
import sys
from collections.abc import Iterator
from types import FrameType
from typing import Any

from reports.terminal import GRACE_OVER, stopped_line, stopping_line

from . import stats_keys

#: what the terminal says on the first signal (in English; reports/terminal.py: in the report's)
STOPPING = "stopping: finishing requests in flight, Ctrl-C again to stop now"
SIGNALS = (signal.SIGINT, signal.SIGTERM)


class Interrupted(KeyboardInterrupt):
    """A signal outside the crawl: the audit stops where it is."""

    def __init__(self, signame: str) -> None:
        super().__init__(signame)
        self.signame = signame


class InterruptedAfterStore(Interrupted):
    """A signal after the audit's findings and history were stored (while capturing pages or
    writing the report): the audit is complete, only its outputs are missing, so there is
    nothing to resume; ``brandsweep report`` writes them from the store."""

    def __init__(self, signame: str, audit_id: int) -> None:
        super().__init__(signame)
        self.audit_id = audit_id


def after_store(exc: BaseException, audit_id: int | None,
                stored: bool) -> InterruptedAfterStore | None:
    """What a signal means once the findings are stored: an :class:`InterruptedAfterStore`
    for a signal (never for a crash), None before that or for anything else."""
    if not stored or audit_id is None or not isinstance(exc, KeyboardInterrupt):
        return None
    return InterruptedAfterStore(exc.signame if isinstance(exc, Interrupted) else "SIGINT",
                                 audit_id)


def _name(signum: int) -> str:
    try:
        return signal.Signals(signum).name
    except ValueError:
        return f"signal {signum}"


@contextlib.contextmanager
def exit_on_signals() -> Iterator[None]:
    """SIGINT and SIGTERM raise :class:`Interrupted` inside the block (SIGTERM would
    otherwise end the process before the audit could be marked partial)."""

    def raise_interrupted(signum: int, frame: FrameType | None) -> None:
        raise Interrupted(_name(signum))

    previous = {sig: signal.getsignal(sig) for sig in SIGNALS}
    for sig in SIGNALS:
        signal.signal(sig, raise_interrupted)
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


class HeldSignals:
    """What :func:`hold_signals` saw: the first signal's name, raised later on demand."""

    def __init__(self) -> None:
        self.signame: str | None = None

    def raise_if_signalled(self) -> None:
        """Raise :class:`Interrupted` for a signal that came while held (once)."""
        if self.signame is not None:
            signame, self.signame = self.signame, None
            raise Interrupted(signame)


@contextlib.contextmanager
def hold_signals() -> Iterator[HeldSignals]:
    """Hold the first SIGINT or SIGTERM until the audit has a row in the store.

    Between forking the probe workers and beginning the audit a Ctrl-C would otherwise
    leave no audit at all: the workers' answers lost and nothing for ``--resume`` to
    continue. The first signal is noted (a handler may not print: the stream may be
    mid-write) and raised by :meth:`HeldSignals.raise_if_signalled` once the audit is
    recorded; a second signal stops at once."""
    held = HeldSignals()

    def note(signum: int, frame: FrameType | None) -> None:
        if held.signame is not None:
            raise Interrupted(_name(signum))
        held.signame = _name(signum)

    previous = {sig: signal.getsignal(sig) for sig in SIGNALS}
    for sig in SIGNALS:
        signal.signal(sig, note)
    try:
        yield held
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


class GracefulStop:
    """The crawl's signal handling (installed by ``crawler.crawl.run_crawl`` once the reactor
    runs, instead of Scrapy's) and the queue dropping shared with the time limit."""

    def __init__(self, crawler: Any, process: Any, grace: float = 5.0, show: bool = True,
                 lang: str | None = None):
        self.crawler = crawler
        self.process = process
        self.grace = grace
        self.show = show
        self.lang = lang  # what the terminal says is in the report's language (BRANDSWEEP_LANG)
        self.signame: str | None = None
        self.forced = False
        self.dropped = 0
        self._loop: Any = None
        self._limit_call: Any = None  # the time limit's pending call (CLOSESPIDER_TIMEOUT)
        self._previous: dict[int, Any] = {}
        from scrapy import signals  # Scrapy: only once a crawl runs (the runner imports this early)

        # one bound method, kept: a strong receiver is disconnected by identity (finish)
        self._on_opened = self._spider_opened
        crawler.signals.connect(self._on_opened, signal=signals.spider_opened, weak=False)

    # ------------------------------------------------------------------ signals

    def install(self) -> None:
        for sig in SIGNALS:
            self._previous[sig] = signal.getsignal(sig)
            signal.signal(sig, self._on_signal)

    def restore(self) -> None:
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)
        self._previous.clear()

    def _on_signal(self, signum: int, frame: FrameType | None) -> None:
        # a signal handler may not log or print (the stream may be mid-write): hand over
        from twisted.internet import reactor

        if self.signame is None:
            self.signame = _name(signum)
            reactor.callFromThread(self.stop_gracefully)
        else:
            self.forced = True
            reactor.callFromThread(self.stop_now)

    def _record(self) -> None:
        stats = self.crawler.stats
        if stats is not None:
            stats.set_value(stats_keys.STOP_SIGNAL, self.signame)
            stats.set_value(stats_keys.STOP_DROPPED, self.dropped)
            if self.forced:
                stats.set_value(stats_keys.STOP_FORCED, True)

    def stop_gracefully(self) -> None:
        """First signal: say so, stop taking requests, drop the queued ones, give what is on
        the wire ``grace`` seconds."""
        # the running reactor: imported once Scrapy installed it
        from twisted.internet import reactor
        from twisted.internet.task import LoopingCall

        if self.show:
            print(stopping_line(self.lang, self.signame or ""), file=sys.stderr, flush=True)
        self._record()
        self.process.stop()
        self.drop_queued()
        # the engine stops pulling from the scheduler only once its stop coroutine runs, and
        # a request can reach a host's queue meanwhile: drop again until the crawl is over
        self._loop = LoopingCall(self.drop_queued)
        self._loop.start(0.1, now=False)
        if self.grace >= 0:
            reactor.callLater(self.grace, self._grace_over)

    def _grace_over(self) -> None:
        # the running reactor: imported once Scrapy installed it
        from twisted.internet import reactor

        if reactor.running:
            self.stop_now(why=GRACE_OVER)

    def stop_now(self, why: str = "") -> None:
        """Second signal (or the grace is over): stop the reactor now. What the store holds
        stays; what was in flight is lost and fetched again by ``--resume``."""
        # the running reactor: imported once Scrapy installed it
        from twisted.internet import reactor

        self.forced = self.forced or not why
        self._record()
        if self.show:
            print(stopped_line(self.lang, why), file=sys.stderr, flush=True)
        with contextlib.suppress(RuntimeError):  # already stopping
            reactor.stop()

    # ------------------------------------------------------------------ the queue

    def drop_queued(self) -> int:
        """Fail every request waiting in a download slot (not yet on the wire) with
        IgnoreRequest, its errback taken off: nothing is stored for it. Requests on the wire
        lose their errback too, so a failure caused by the stop stores nothing either."""
        from scrapy.exceptions import IgnoreRequest  # Scrapy: only once a crawl runs

        engine = getattr(self.crawler, "engine", None)
        downloader = getattr(engine, "downloader", None)
        if downloader is None:
            return 0
        dropped = 0
        for request in list(getattr(downloader, "active", ())):
            request.errback = None
        for slot in list(downloader.slots.values()):
            if slot.latercall is not None:
                slot.latercall.cancel()
                slot.latercall = None
            while slot.queue:
                request, deferred = slot.queue.popleft()
                request.errback = None
                deferred.errback(IgnoreRequest("the audit is stopping"))
                dropped += 1
        lane = getattr(self.crawler, "bs_probe_lane", None)  # crawler/probe_lane.py
        if lane is not None:
            dropped += lane.drop_queued()
        self.dropped += dropped
        if dropped:
            self._record()
        return dropped

    def finish(self) -> None:
        """After the crawl: stop what is scheduled and let go of the crawler. The reactor
        outlives the crawl, and a pending call or a strong signal receiver kept the whole
        crawler (spider, downloader slots, a cookie jar per host) in memory while the audit
        went on to classify and report."""
        if self._loop is not None and self._loop.running:
            self._loop.stop()
        self._loop = None
        if self._limit_call is not None and self._limit_call.active():
            self._limit_call.cancel()
        self._limit_call = None
        from scrapy import signals  # Scrapy: only once a crawl runs (the runner imports this early)

        self.crawler.signals.disconnect(self._on_opened, signal=signals.spider_opened,
                                        weak=False)
        self.restore()

    # ------------------------------------------------------------------ time limit

    def _spider_opened(self, spider: Any = None) -> None:
        timeout = self.crawler.settings.getfloat("CLOSESPIDER_TIMEOUT", 0)
        if timeout > 0:
            # the running reactor: imported once Scrapy installed it
            from twisted.internet import reactor

            # Scrapy's CloseSpider closes the spider at this very moment; what it would
            # then wait for (every queued request, politeness delays included) is dropped
            self._limit_call = reactor.callLater(timeout, self._time_limit)

    def _time_limit(self) -> None:
        from twisted.internet.task import LoopingCall  # Twisted: only once a crawl runs

        self.drop_queued()
        if self._loop is None:
            self._loop = LoopingCall(self.drop_queued)
            self._loop.start(0.1, now=False)
