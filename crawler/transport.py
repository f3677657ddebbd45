"""Scrapy's HTTP/1.1 download handler with limits on the response *head* (status and headers).

``DOWNLOAD_MAXSIZE`` bounds a body; nothing in Scrapy or Twisted bounds what comes before it.
Twisted's ``HTTPClientParser`` keeps every header line (and every folded continuation line) in
memory until the blank line that ends the head: a server that never sends that line fills the
crawler's memory for as long as ``DOWNLOAD_TIMEOUT`` lasts, and the retry middleware then asks
for it twice more (measured before this module: 1.15 GB with one such link, 1.72 GB with four).

:class:`GuardedHTTPDownloadHandler` installs a connection factory whose protocol swaps the
response parser for :class:`_BoundedHeadParser`, which counts as it reads:

* ``BRANDSWEEP_MAX_HEADER_BYTES`` (64 KB): bytes of status line and headers, folded lines and
  a single endless line included (Twisted's own line limit is raised to the same number);
* ``BRANDSWEEP_MAX_HEADERS`` (100): header fields;
* ``BRANDSWEEP_HEADERS_TIMEOUT`` (10 s): time from the request being sent to the end of the
  head. When not a single byte came in that time the failure is an ordinary timeout (retried,
  reason ``timeout``); when the head started but did not end it is a limit.

A limit hit aborts the connection and the download fails with
:class:`crawler.limits.LimitReached` (``headers_too_large``, ``too_many_headers``,
``headers_timeout``), which the retry middleware leaves alone (the same server would send the same
head again) and the errbacks record like the body limit: the profile ``unverifiable`` with that
reason, a site or linked page as a ``CoverageGap(path="limit")``.
"""

from __future__ import annotations

import inspect
import sys
from typing import TYPE_CHECKING, Any

from scrapy.exceptions import DownloadTimeoutError
from twisted.python.failure import Failure
from twisted.web._newclient import HEADER, STATUS

from . import stats_keys
from .limits import (
    DEFAULT_HEADERS_TIMEOUT,
    DEFAULT_MAX_HEADER_BYTES,
    DEFAULT_MAX_HEADERS,
    HEADERS_TIMEOUT,
    HEADERS_TOO_LARGE,
    TOO_MANY_HEADERS,
    HeadLimits,
    LimitReached,
)


def _bare_stack(context: int = 1) -> list[inspect.FrameInfo]:
    """``inspect.stack()`` without what it reads from the files: frame, file name, line and
    function of each caller, no source lines, no module lookups."""
    out = []
    frame = sys._getframe(1)
    while frame is not None:
        code = frame.f_code
        out.append(inspect.FrameInfo(frame, code.co_filename, frame.f_lineno, code.co_name,
                                     None, None))
        frame = frame.f_back
    return out


# Scrapy's TLS modules (imported by its HTTP/1.1 handler) define three deprecated aliases at
# import, and each definition calls ``inspect.stack()``, which reads the source lines of every
# frame on the stack and looks its module up among every loaded one. Scrapy loads this
# handler on a crawl's first request, deep in the reactor's stack: that cost 0.3 s of CPU (a
# tenth of a 1,000-site crawl). Imported with a stack of bare frames: the same modules and
# classes. Wherever this module is first imported from, it is cheap, so a crawl that never
# downloads through Scrapy (a site list's probes all go through the probe lane,
# crawler/probe_lane.py) never imports it.
_stack = inspect.stack
inspect.stack = _bare_stack  # type: ignore[assignment]
try:
    from scrapy.core.downloader.handlers.http11 import (  # noqa: E402 - patched above
        HTTP11DownloadHandler,
        _LenientHTTP11ClientFactory,
        _LenientHTTP11ClientProtocol,
        _LenientHTTPClientParser,
    )
finally:
    inspect.stack = _stack

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response

class HeadLimitError(Exception):
    """The response head broke a limit; ``limit`` is its name (``None``: nothing came at all,
    which is a plain timeout)."""

    def __init__(self, limit: str | None, message: str):
        super().__init__(message)
        self.limit = limit


class _BoundedHeadParser(_LenientHTTPClientParser):
    """Scrapy's lenient parser, counting the head's bytes and fields as they arrive.

    Installed by swapping ``__class__`` on the parser ``HTTP11ClientProtocol.request`` builds
    (Scrapy does the same for its lenient parser); :meth:`bound` sets the counters."""

    _limits: HeadLimits
    _head_bytes: int
    _head_fields: int

    def bound(self, limits: HeadLimits) -> None:
        self._limits = limits
        self._head_bytes = 0
        self._head_fields = 0
        # a single line may not exceed the whole head's budget (Twisted's default is 16 KB,
        # and going over it only drops the connection, with no reason given)
        self.MAX_LENGTH = max(limits.max_bytes, 1)

    def in_head(self) -> bool:
        return self.state in (STATUS, HEADER)

    def lineReceived(self, line: bytes) -> None:  # noqa: N802 (Twisted naming)
        if self.in_head():
            self._head_bytes += len(line) + 1
            if self._head_bytes > self._limits.max_bytes:
                raise HeadLimitError(HEADERS_TOO_LARGE, f"response headers over "
                                     f"{self._limits.max_bytes} bytes")
            if self.state == HEADER and line.rstrip(b"\r") and line[:1] not in b" \t":
                self._head_fields += 1
                if self._head_fields > self._limits.max_headers:
                    raise HeadLimitError(TOO_MANY_HEADERS, f"more than "
                                         f"{self._limits.max_headers} response headers")
        super().lineReceived(line)

    def lineLengthExceeded(self, line: bytes) -> None:  # noqa: N802
        raise HeadLimitError(HEADERS_TOO_LARGE, f"a response header line over "
                             f"{self._limits.max_bytes} bytes")


class _BoundedProtocol(_LenientHTTP11ClientProtocol):
    """Scrapy's lenient HTTP/1.1 client protocol with the head limits and the head timer."""

    limits = HeadLimits(DEFAULT_MAX_HEADER_BYTES, DEFAULT_MAX_HEADERS, DEFAULT_HEADERS_TIMEOUT)

    def request(self, request: Any) -> Any:
        d = super().request(request)
        parser = self._parser
        if parser is None:  # the request could not even be written
            return d
        parser.__class__ = _BoundedHeadParser
        parser.bound(self.limits)
        if self.limits.timeout > 0:
            # the running reactor: imported once Scrapy installed it
            from twisted.internet import reactor

            timer = reactor.callLater(self.limits.timeout, self._head_timed_out,  # type: ignore[attr-defined]
                                      parser)

            def cancel(result: Any) -> Any:
                if timer.active():
                    timer.cancel()
                return result

            # the Deferred fires when the head is complete (a Response) or the request failed
            d.addBoth(cancel)
        return d

    def _head_timed_out(self, parser: _BoundedHeadParser) -> None:
        if self._parser is not parser or not parser.in_head():
            return
        seconds = self.limits.timeout
        if parser._everReceivedData:
            error = HeadLimitError(HEADERS_TIMEOUT, f"response headers not complete after "
                                   f"{seconds:g} s")
        else:
            error = HeadLimitError(None, f"no answer within {seconds:g} s")
        # counted as received: Twisted's pool would otherwise retry a reused connection at once
        parser._everReceivedData = True
        if self.transport is not None:
            self.transport.abortConnection()  # type: ignore[attr-defined]
        self._disconnectParser(Failure(error))


def _factory(limits: HeadLimits) -> type:
    protocol = type("BoundedProtocol", (_BoundedProtocol,), {"limits": limits})

    class BoundedFactory(_LenientHTTP11ClientFactory):
        def buildProtocol(self, addr: Any) -> Any:  # noqa: N802
            return protocol(self._quiescentCallback)

    return BoundedFactory


def head_limit_of(exc: BaseException) -> HeadLimitError | None:
    """The :class:`HeadLimitError` behind a download failure (Scrapy wraps Twisted's
    ``ResponseFailed([Failure(HeadLimitError)])`` in a ``DownloadFailedError``)."""
    seen: set[int] = set()
    todo: list[BaseException] = [exc]
    while todo:
        current = todo.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, HeadLimitError):
            return current
        for reason in getattr(current, "reasons", None) or ():
            value = getattr(reason, "value", None)
            if isinstance(value, BaseException):
                todo.append(value)
        for linked in (current.__cause__, current.__context__):
            if linked is not None:
                todo.append(linked)
    return None


class GuardedHTTPDownloadHandler(HTTP11DownloadHandler):
    """``DOWNLOAD_HANDLERS`` for http and https: Scrapy's handler with the head limits."""

    def __init__(self, crawler: Crawler):
        super().__init__(crawler)
        self.head_limits = HeadLimits.from_settings(crawler.settings)
        self._pool._factory = _factory(self.head_limits)
        # an idle connection is closed after this long (Twisted keeps it 240 s): a sweep of
        # thousands of sites would otherwise hold one open socket, and its buffers, per site
        # until the end (BRANDSWEEP_IDLE_CONNECTION_TIMEOUT; longer than any catalog delay, so
        # a paced host keeps its connection between two requests)
        self._pool.cachedConnectionTimeout = crawler.settings.getfloat(
            "BRANDSWEEP_IDLE_CONNECTION_TIMEOUT", 10.0)

    async def download_request(self, request: Request) -> Response:
        try:
            return await super().download_request(request)
        except Exception as exc:
            head = head_limit_of(exc)
            if head is None:
                raise
            if head.limit is None:
                raise DownloadTimeoutError(f"{request.url}: {head}") from exc
            stats = self._crawler.stats
            if stats:
                stats.inc_value(f"{stats_keys.HEAD_LIMITS}{head.limit}")
            raise LimitReached(head.limit, f"{request.url}: {head}") from exc


HANDLER_PATH = f"{__name__}.GuardedHTTPDownloadHandler"
