"""Route real hostnames to a local server, like an /etc/hosts entry, for the demo and the tests.

The simulated web answers for www.instagram.com, api.github.com, html.duckduckgo.com ... on one
127.0.0.1 port and tells hosts apart by the Host header. Requests keep their real URLs end to end
(spiders, redirects, page objects and the store all see ``https://www.instagram.com/x/``); only
the socket goes to the local port, over plain HTTP, with the real Host header. Nothing about
Scrapy's HTTP stack is mocked: the bytes really cross a TCP connection.

Enable with ``BRANDSWEEP_RESOLVE = {"*": "127.0.0.1:8123"}`` (or per host); unmatched hosts fall
through to the normal handler (``crawler.transport.GuardedHTTPDownloadHandler``, with the head
limits; routed requests go through it too).

A pin is exact: the name given goes to that address *and port*, nothing else. The address is
an IP literal (``--resolve`` refuses names, as ``curl --resolve`` does), so routing never asks
DNS, and nothing here widens the SSRF guard: another name that resolves to the pinned address
(DNS rebinding), or the pinned address on another port, is checked like any other target.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

from scrapy.core.downloader.handlers.base import BaseDownloadHandler
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadConnectionRefusedError,
    NotConfigured,
)

from .netrules import ip_literal

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response


def resolve_target(resolve_map: dict[str, str], host: str) -> str | None:
    """The ``address:port`` a host is routed to, or None to use the real network."""
    return resolve_map.get(host.lower()) or resolve_map.get("*")


#: RFC 9110: "the request was directed at a server that is unable or unwilling to produce an
#: authoritative response for the target URI"
MISDIRECTED = 421


def unserved(resolve_map: dict[str, str], host: str, status: int) -> str | None:
    """How a routed answer reads when it stands for no answer at all, else None.

    A 421 from the server the wildcard ``*`` routes ``host`` to: the server has no site of
    that name, so on the real network the name would not have resolved (``"no_such_name"``);
    an IP literal needs no lookup, and nothing would have listened there
    (``"connection_refused"``). A name pinned by itself gets its server's 421 as an answer.

    >>> unserved({"*": "127.0.0.1:8123"}, "nosuch.example", 421)
    'no_such_name'
    >>> unserved({"*": "127.0.0.1:8123"}, "203.0.113.9", 421)
    'connection_refused'
    >>> unserved({"*": "127.0.0.1:8123"}, "nosuch.example", 404) is None
    True
    >>> unserved({"staging.example": "127.0.0.1:8123"}, "staging.example", 421) is None
    True
    """
    if status != MISDIRECTED or "*" not in resolve_map or host.lower() in resolve_map:
        return None
    return "connection_refused" if ip_literal(host) else "no_such_name"


def unserved_error(resolve_map: dict[str, str], host: str, port: int | None,
                   status: int) -> Exception | None:
    """:func:`unserved` as the exception Scrapy's own handler raises for it (the errbacks say
    ``dns_error`` / ``connection_refused``, and retry it as a real lookup failure)."""
    kind = unserved(resolve_map, host, status)
    if kind == "no_such_name":
        return CannotResolveHostError(
            f"{host}: no such name (the server --resolve '*' routes to serves no host of that "
            "name: HTTP 421 Misdirected Request)")
    if kind == "connection_refused":
        return DownloadConnectionRefusedError(
            f"Connection refused: {host}:{port or 80} (the server --resolve '*' routes to "
            "serves no such address: HTTP 421 Misdirected Request)")
    return None


class ResolvingDownloadHandler(BaseDownloadHandler):
    """Downloads http(s) URLs from the address BRANDSWEEP_RESOLVE maps their host to."""

    def __init__(self, crawler: Crawler):
        super().__init__(crawler)
        self.resolve_map: dict[str, str] = {
            k.lower(): v for k, v in (crawler.settings.getdict("BRANDSWEEP_RESOLVE") or {}).items()
        }
        # (imported here: the probe lane reads resolve_target without Scrapy's HTTP stack)
        from .transport import GuardedHTTPDownloadHandler

        self._http = GuardedHTTPDownloadHandler(crawler)

    async def download_request(self, request: Request) -> Response:
        parts = urlsplit(request.url)
        target = resolve_target(self.resolve_map, parts.hostname or "")
        if not target:
            return await self._http.download_request(request)
        local_url = urlunsplit(("http", target, parts.path or "/", parts.query, ""))
        headers = request.headers.copy()
        headers[b"Host"] = parts.netloc.encode("idna") if parts.netloc.isascii() else parts.netloc
        headers[b"X-Forwarded-Proto"] = parts.scheme
        local = request.replace(url=local_url, headers=headers)
        local.meta.pop("proxy", None)  # the local server is reached directly
        response = await self._http.download_request(local)
        error = unserved_error(self.resolve_map, parts.hostname or "", parts.port,
                               response.status)
        if error is not None:
            raise error
        return response.replace(url=request.url, request=request)

    async def close(self) -> None:
        await self._http.close()


def handlers_setting(resolve_map: dict[str, str]) -> dict[str, str]:
    """DOWNLOAD_HANDLERS entries that switch routing on for http and https."""
    if not resolve_map:
        raise NotConfigured("no BRANDSWEEP_RESOLVE entries")
    path = f"{__name__}.ResolvingDownloadHandler"
    return {"http": path, "https": path}
