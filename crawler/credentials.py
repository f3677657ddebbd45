"""Credentials from the environment (``auth:`` in the catalog), added as requests leave.

GitHub answers 60 anonymous API requests an hour and 5,000 with a token; the official API with
the user's own credential is the polite, supported route. The catalog says which variable holds
the credential, which header carries it and to which hosts it may go (``crawler.catalog.AuthSpec``);
this module is the only place that puts it on a request.

Why a downloader middleware and not the request builders (``Platform.probe_request``,
``search_url``): a scheduled request is stored. Under scrapy-redis the queue holds the
requests (as JSON, headers included) in a shared Redis; a request's headers would carry the
token there. Added here, the
header exists only on the request object in flight: ``process_request`` adds it after the
request leaves the scheduler, and ``process_response`` / ``process_exception`` take it off again
before any middleware copies the request for a retry, a ``Retry-After`` wait or a redirect
(those go back through the scheduler; this middleware adds the header again on their way out).

A request gets the header only when both hold: it was built for the platform (``meta["bs"]``
names it: its probe, views and search) and its host is one of the credential's ``hosts``.
A redirect to another host, a linked page or an avatar never carries it.

What the rest of the crawl sees is ``meta["bs_auth"]``: the variable's *name*, so a 401 to an
authenticated request reads as ``bad_credentials`` (the token was refused, see ``refused``)
and becomes one coverage gap per platform (``refused_gap``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from .items import CoverageGap

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response

    from .catalog import Platform

#: ``meta`` key telling a callback which variable's credential the request carried
META_KEY = "bs_auth"
#: the reason an answer to a refused credential is unverifiable with
BAD_CREDENTIALS = "bad_credentials"


def request_platform(request: Any) -> str | None:
    """The catalog platform a request was built for (probe, view, search), else None."""
    bs = request.meta.get("bs")
    if isinstance(bs, Mapping):
        name = bs.get("platform")
        return str(name) if name else None
    return None


def refused(platform: Platform, response: Response) -> bool:
    """The platform refused the credential this response's request carried (GitHub: 401
    ``Bad credentials`` for a revoked or malformed token)."""
    return (platform.auth is not None and bool(response.meta.get(META_KEY))
            and response.status in platform.auth.refused)


def refused_gap(platform: Platform) -> CoverageGap | None:
    """One coverage gap per platform whose credential was refused (the store keeps it once)."""
    if platform.auth is None:
        return None
    return CoverageGap("credentials", platform.name, BAD_CREDENTIALS, query=platform.auth.env)


class CredentialsMiddleware:
    """Adds a platform's credential header to its own requests to the credential's hosts.

    The environment is read once, when the crawl starts (``environ`` for tests); a platform
    whose variable is unset is not touched at all, so an audit without credentials sends
    exactly the requests it always did.
    """

    def __init__(self, crawler: Crawler | None = None,
                 environ: Mapping[str, str] | None = None,
                 catalog: Mapping[str, Platform] | None = None) -> None:
        self.crawler = crawler
        self.environ = environ  # None: os.environ
        self.catalog = catalog  # None: the spider's
        self._headers: dict[str, tuple[str, str, str, frozenset[str]]] | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CredentialsMiddleware:
        return cls(crawler)

    def _table(self) -> dict[str, tuple[str, str, str, frozenset[str]]]:
        """platform -> (env name, header, value, hosts) for every platform whose credential
        is set; built on first use from the spider's catalog."""
        if self._headers is None:
            catalog = self.catalog
            if catalog is None:
                spider = getattr(self.crawler, "spider", None)
                catalog = getattr(spider, "catalog", None) or {}
            table: dict[str, tuple[str, str, str, frozenset[str]]] = {}
            for name, platform in catalog.items():
                auth = platform.auth
                token = auth.token(self.environ) if auth is not None else None
                if auth is None or token is None:
                    continue
                table[name] = (auth.env, auth.header, auth.header_value(token),
                               frozenset(auth.hosts))
            self._headers = table
        return self._headers

    def process_request(self, request: Request) -> None:
        table = self._table()
        entry = table.get(request_platform(request) or "")
        host = (urlsplit(request.url).hostname or "").lower()
        if entry is not None and host in entry[3]:
            env, header, value, _ = entry
            request.headers[header] = value
            request.meta[META_KEY] = env
        else:
            self._strip(request)

    def process_response(self, request: Request, response: Response) -> Response:
        self._strip(request, keep_meta=True)
        return response

    def process_exception(self, request: Request, exception: BaseException) -> None:
        self._strip(request, keep_meta=True)

    def _strip(self, request: Request, keep_meta: bool = False) -> None:
        """Take the credential off a request (before a retry or redirect copies it; and
        from a copy that reached another host)."""
        name = request_platform(request)
        entry = self._table().get(name or "")
        if entry is not None and request.meta.get(META_KEY):
            request.headers.pop(entry[1], None)
        if not keep_meta:
            request.meta.pop(META_KEY, None)
