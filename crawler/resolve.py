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
from scrapy.exceptions import NotConfigured

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response


def resolve_target(resolve_map: dict[str, str], host: str) -> str | None:
    """The ``address:port`` a host is routed to, or None to use the real network."""
    return resolve_map.get(host.lower()) or resolve_map.get("*")


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
        return response.replace(url=request.url, request=request)

    async def close(self) -> None:
        await self._http.close()


def handlers_setting(resolve_map: dict[str, str]) -> dict[str, str]:
    """DOWNLOAD_HANDLERS entries that switch routing on for http and https."""
    if not resolve_map:
        raise NotConfigured("no BRANDSWEEP_RESOLVE entries")
    path = f"{__name__}.ResolvingDownloadHandler"
    return {"http": path, "https": path}
