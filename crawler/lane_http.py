"""The probe lane's HTTP/1.1 client: asyncio's own transports, one small protocol.

A probe is a GET of one small page whose status and words are read; the lane runs a thousand
of them side by side. aiohttp did it with a session, a connector, Happy Eyeballs, tracing hooks,
a cookie jar it was told to ignore and two TLS contexts built at import, which cost a quarter
of a second at every start and about a third of the lane's CPU per request. This client does
only what a probe needs, with the limits the crawl promises (README, "Limits and safety"):

* the head: status line and headers bounded while they arrive (``max_bytes`` for the whole
  head, ``max_headers`` fields), so an endless head never fills memory; the time from the
  request to the end of the head is the caller's (``asyncio.timeout``);
* the body: ``Content-Length``, ``chunked`` or until the connection closes, never more than
  ``maxsize`` bytes (a declared length over it is refused before a byte is read);
* connections: one host's connections are kept open for its next request (``idle_timeout``),
  never shared between hosts; a kept connection that the server closed in the meantime is
  replaced once, before anything was read (the request was never answered);
* addresses: a name is resolved when a connection is opened and every address it gives is
  checked by ``check(address)`` (the SSRF guard's connection-time check: DNS rebinding), a
  literal is connected to as it is (the downloader middleware checked it);
* TLS without verification, as Scrapy's default context: a probe reads public pages.

Failures are raised as the ``Error`` subclasses below, which the lane turns into the same
Scrapy exceptions Twisted's client gives, so a failure reads the same whichever path fetched.
Nothing here knows about Scrapy.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
from collections.abc import Callable
from typing import Any

#: statuses that never carry a body (RFC 9110)
_NO_BODY = frozenset({204, 304})


class Error(Exception):
    """A fetch failed; the subclass says how."""


class ResolveError(Error):
    """The name did not resolve, or resolved to an address the guard refuses."""


class ConnectRefused(Error):
    """Nothing listens there."""


class ConnectFailed(Error):
    """The connection could not be made (unreachable, TLS handshake, reset on connect)."""


class DataLoss(Error):
    """The connection closed before the whole answer came."""


class BadHead(Error):
    """The answer's head is not HTTP."""


class HeadTooLarge(Error):
    """The head is over ``max_bytes`` (one endless line, or many)."""


class TooManyHeaders(Error):
    """The head has more than ``max_headers`` fields."""


class TooLarge(Error):
    """The body is over ``maxsize``; ``declared``: said by Content-Length, before reading."""

    def __init__(self, size: int, declared: bool):
        super().__init__(size)
        self.size = size
        self.declared = declared


class _Conn(asyncio.Protocol):
    """One connection: bytes arrive in ``buf``; a reader waits on ``waiter``."""

    __slots__ = ("buf", "closed", "eof", "idle", "key", "received", "transport", "waiter")

    def __init__(self, key: tuple[Any, ...]):
        self.key = key
        self.buf = bytearray()
        self.transport: asyncio.Transport | None = None
        self.waiter: asyncio.Future[None] | None = None
        self.eof = False
        self.closed = False
        self.idle: asyncio.TimerHandle | None = None
        self.received = 0  # bytes that came on this connection, all answers

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        self.buf += data
        self.received += len(data)
        self._wake()

    def eof_received(self) -> bool:
        self.eof = True
        self._wake()
        return False  # close the transport

    def connection_lost(self, exc: Exception | None) -> None:
        self.eof = self.closed = True
        self._wake()

    def _wake(self) -> None:
        waiter = self.waiter
        if waiter is not None:
            self.waiter = None
            if not waiter.done():
                waiter.set_result(None)

    async def more(self) -> None:
        """Wait for more bytes (or the end); the caller checks which."""
        if self.eof:
            raise DataLoss("connection closed")
        self.waiter = asyncio.get_running_loop().create_future()
        await self.waiter

    def close(self) -> None:
        self.closed = True
        if self.idle is not None:
            self.idle.cancel()
            self.idle = None
        if self.transport is not None:
            self.transport.close()


class Client:
    """Connections per host for one crawl; ``fetch`` sends one request and reads the answer."""

    def __init__(self, *, max_bytes: int, max_headers: int, idle_timeout: float,
                 check: Callable[[str, str], str | None]):
        self.max_bytes = max(1, max_bytes)
        self.max_headers = max(1, max_headers)
        self.idle_timeout = idle_timeout
        self.check = check  # (address, name) -> why it is refused, or None
        self.pool: dict[tuple[Any, ...], list[_Conn]] = {}
        self.resolved: dict[str, tuple[float, str]] = {}
        self._ssl: ssl.SSLContext | None = None
        self.open: set[_Conn] = set()

    # ------------------------------------------------------------------ connections

    def _context(self) -> ssl.SSLContext:
        if self._ssl is None:  # built on the first https URL: no certificate store is read
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            ctx.check_hostname = False
            ctx.verify_mode = ssl.CERT_NONE
            ctx.set_alpn_protocols(["http/1.1"])
            self._ssl = ctx
        return self._ssl

    async def _address(self, host: str, port: int, literal: bool) -> str:
        if literal:  # checked by the downloader middleware; checked again, as Twisted's path
            why = self.check(host, host)
            if why is not None:
                raise ResolveError(f"refused: {why}")
            return host
        loop = asyncio.get_running_loop()
        now = loop.time()
        hit = self.resolved.get(host)
        if hit is not None and hit[0] > now:
            return hit[1]
        try:
            infos = await loop.getaddrinfo(host, port, family=socket.AF_INET,
                                           type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as exc:
            raise ResolveError(f"{host}: {exc}") from exc
        addresses = [str(info[4][0]) for info in infos]
        if not addresses:
            raise ResolveError(f"{host}: no address")
        for address in addresses:
            why = self.check(address, host)
            if why is not None:
                raise ResolveError(f"refused: {why}")
        self.resolved[host] = (now + 10.0, addresses[0])  # as aiohttp's DNS cache: 10 s
        return addresses[0]

    async def _connect(self, key: tuple[Any, ...]) -> _Conn:
        scheme, host, port, literal, server_name = key
        address = await self._address(host, port, literal)
        loop = asyncio.get_running_loop()
        conn = _Conn(key)
        tls = self._context() if scheme == "https" else None
        try:
            await loop.create_connection(lambda: conn, address, port, ssl=tls,
                                         server_hostname=server_name if tls else None)
        except ConnectionRefusedError as exc:
            raise ConnectRefused(f"Connection refused: {host}:{port}: {exc}") from exc
        except (OSError, ssl.SSLError) as exc:
            raise ConnectFailed(f"Cannot connect to {host}:{port}: {exc}") from exc
        self.open.add(conn)
        return conn

    def _idle(self, key: tuple[Any, ...]) -> _Conn | None:
        conns = self.pool.get(key)
        while conns:
            conn = conns.pop()
            if conn.idle is not None:
                conn.idle.cancel()
                conn.idle = None
            if not conn.eof and not conn.buf:
                return conn
            self._drop(conn)
        return None

    def _release(self, conn: _Conn) -> None:
        if conn.eof or conn.buf or self.idle_timeout <= 0:
            self._drop(conn)
            return
        conns = self.pool.setdefault(conn.key, [])
        conns.append(conn)
        conn.idle = asyncio.get_running_loop().call_later(self.idle_timeout, self._expire, conn)

    def _expire(self, conn: _Conn) -> None:
        conn.idle = None
        conns = self.pool.get(conn.key)
        if conns and conn in conns:
            conns.remove(conn)
            if not conns:
                del self.pool[conn.key]
        self._drop(conn)

    def _drop(self, conn: _Conn) -> None:
        conn.close()
        self.open.discard(conn)

    def close(self) -> None:
        for conn in list(self.open):
            conn.close()
        self.open.clear()
        self.pool.clear()

    # ------------------------------------------------------------------ one exchange

    async def fetch(self, key: tuple[Any, ...], head: bytes, body: bytes | None, method: str,
                    maxsize: int, on_connect: Callable[[], None] | None = None,
                    on_head: Callable[[], None] | None = None,
                    ) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
        """Send ``head`` (request line and headers, ending in a blank line) and ``body`` on a
        connection for ``key`` = (scheme, connect host, port, host is a literal, TLS name);
        (status, raw headers, body). ``on_connect`` runs when a new connection was opened,
        ``on_head`` when the answer's head has been read."""
        conn = self._idle(key)
        reused = conn is not None
        if conn is None:
            conn = await self._connect(key)
            if on_connect is not None:
                on_connect()
        while True:
            before = conn.received
            try:
                return await self._exchange(conn, head, body, method, maxsize, on_head)
            except DataLoss:
                self._drop(conn)
                if not reused or conn.received != before:
                    raise
                # a kept connection the server had closed: the request was never answered
                reused = False
                conn = await self._connect(key)
                if on_connect is not None:
                    on_connect()
            except BaseException:
                self._drop(conn)
                raise

    async def _exchange(self, conn: _Conn, head: bytes, body: bytes | None, method: str,
                        maxsize: int, on_head: Callable[[], None] | None,
                        ) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
        assert conn.transport is not None
        conn.transport.write(head + body if body else head)
        status, headers, keep = await self._head(conn)
        while 100 <= status < 200:  # an interim answer (100 Continue): the real one follows
            status, headers, keep = await self._head(conn)
        if on_head is not None:
            on_head()
        if method == "HEAD" or status in _NO_BODY:
            data = b""
        else:
            data, keep = await self._body(conn, headers, maxsize, keep)
        if keep:
            self._release(conn)
        else:
            self._drop(conn)
        return status, headers, data

    async def _head(self, conn: _Conn) -> tuple[int, list[tuple[bytes, bytes]], bool]:
        scanned = 0
        while True:
            buf = conn.buf
            end = buf.find(b"\r\n\r\n", scanned)
            sep = 4
            if end < 0:
                end = buf.find(b"\n\n", scanned)
                sep = 2
            if end >= 0:
                break
            if len(buf) > self.max_bytes:
                raise HeadTooLarge(len(buf))
            if buf.count(b"\n") > self.max_headers + 1:
                raise TooManyHeaders(buf.count(b"\n"))
            scanned = max(0, len(buf) - 3)
            if conn.eof:
                raise DataLoss("connection closed before the answer's head ended"
                               if buf else "connection closed before an answer")
            await conn.more()
        if end + sep > self.max_bytes:
            raise HeadTooLarge(end + sep)
        raw = bytes(buf[:end])
        del buf[:end + sep]
        lines = raw.replace(b"\r\n", b"\n").split(b"\n")
        first = lines[0].split(None, 2)
        if len(first) < 2 or not first[0].startswith(b"HTTP/") or not first[1].isdigit():
            raise BadHead(f"not an HTTP answer: {lines[0][:80]!r}")
        status = int(first[1])
        version = first[0]
        if len(lines) - 1 > self.max_headers:
            raise TooManyHeaders(len(lines) - 1)
        headers: list[tuple[bytes, bytes]] = []
        for line in lines[1:]:
            if line[:1] in (b" ", b"\t") and headers:  # a folded continuation line
                name, value = headers[-1]
                headers[-1] = (name, value + b" " + line.strip())
                continue
            name, colon, value = line.partition(b":")
            if not colon or not name.strip():
                raise BadHead(f"bad header line {line[:80]!r}")
            headers.append((name.strip(), value.strip()))
        keep = version == b"HTTP/1.1"
        for name, value in headers:
            if name.lower() == b"connection":
                token = value.lower()
                keep = (b"close" not in token) and (keep or b"keep-alive" in token)
        return status, headers, keep

    async def _body(self, conn: _Conn, headers: list[tuple[bytes, bytes]], maxsize: int,
                    keep: bool) -> tuple[bytes, bool]:
        length: int | None = None
        chunked = False
        for name, value in headers:
            lower = name.lower()
            if lower == b"transfer-encoding" and b"chunked" in value.lower():
                chunked = True
            elif lower == b"content-length" and length is None:
                try:
                    length = int(value.split(b",")[0].strip())
                except ValueError:
                    raise BadHead(f"bad Content-Length {value[:40]!r}") from None
                if length < 0:
                    raise BadHead(f"bad Content-Length {value[:40]!r}")
        if chunked:
            return await self._chunked(conn, maxsize), keep
        if length is not None:
            if maxsize and length > maxsize:
                raise TooLarge(length, declared=True)
            while len(conn.buf) < length:
                await conn.more()
            data = bytes(conn.buf[:length])
            del conn.buf[:length]
            return data, keep
        while not conn.eof:  # the body ends when the connection does
            if maxsize and len(conn.buf) > maxsize:
                raise TooLarge(len(conn.buf), declared=False)
            conn.waiter = asyncio.get_running_loop().create_future()
            await conn.waiter
        if maxsize and len(conn.buf) > maxsize:
            raise TooLarge(len(conn.buf), declared=False)
        data = bytes(conn.buf)
        conn.buf.clear()
        return data, False

    async def _chunked(self, conn: _Conn, maxsize: int) -> bytes:
        out = bytearray()
        buf = conn.buf
        while True:
            while (nl := buf.find(b"\n")) < 0:
                if len(buf) > 1024:
                    raise BadHead("chunk size line too long")
                await conn.more()
            size_text = bytes(buf[:nl]).split(b";")[0].strip()
            try:
                size = int(size_text, 16)
            except ValueError:
                raise DataLoss(f"bad chunk size {size_text[:20]!r}") from None
            del buf[:nl + 1]
            if size == 0:
                while True:  # trailers, up to the blank line
                    while (nl := buf.find(b"\n")) < 0:
                        if len(buf) > self.max_bytes:
                            raise HeadTooLarge(len(buf))
                        await conn.more()
                    line = bytes(buf[:nl]).strip()
                    del buf[:nl + 1]
                    if not line:
                        return bytes(out)
            if maxsize and len(out) + size > maxsize:
                raise TooLarge(len(out) + size, declared=False)
            while (nl := buf.find(b"\n", size)) < 0:  # the chunk and its line end
                await conn.more()
            out += buf[:size]
            del buf[:nl + 1]
