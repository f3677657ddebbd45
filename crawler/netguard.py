"""Keep the crawler from becoming a way into the network it runs in (SSRF guard).

brandsweep fetches URLs chosen by the people it hunts: an impostor's "website" link can point at
``http://169.254.169.254/`` (cloud metadata) or redirect to ``http://127.0.0.1:8080/admin``. Every
request, including each redirect hop (RedirectMiddleware schedules hops as new requests, which pass
through here again), is checked before it is downloaded:

* only http and https;
* IP literals in a private, loopback, link-local, multicast, reserved or unspecified range are
  refused;
* host names are resolved and refused when any answer is such an address;
* behind a proxy (``--proxy`` or HTTP(S)_PROXY), names this machine cannot resolve are left to the
  proxy (corporate networks resolve outside names there), but IP literals and names that resolve
  to private ranges are still refused;
* hosts routed by ``BRANDSWEEP_RESOLVE`` (the demo's /etc/hosts-like map) are trusted by name, as
  an /etc/hosts entry would be, and reach exactly the pinned address and port; IP literals, and
  every name not pinned, are still checked.

``--allow-private-network`` (setting ``BRANDSWEEP_ALLOW_PRIVATE_NETWORK``) lifts the address
rule for the demo and tests. A refusal raises :class:`RefusedRequest` (an ``IgnoreRequest``), so
the request's errback records the target as unverifiable with the reason: never silently dropped.

DNS answers that change (rebinding: public when checked, 127.0.0.1 when connecting) are caught
by :class:`GuardedResolver`, the crawl's Twisted resolver (``TWISTED_DNS_RESOLVER``): the address
the downloader actually connects to is checked again at connection time, so a name cannot slip
from the middleware's answer to a private one. The proxy's *name* is the operator's own choice
and stays resolvable. ``BRANDSWEEP_RESOLVE`` pins exact names to IP literal targets, which the
routing handler connects to without a lookup: a pin never puts an address on an allow-list, so a
name rebinding to a pinned address (on its port or any other) is refused like any other.
"""

from __future__ import annotations

import asyncio
import logging
import os
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from scrapy.exceptions import IgnoreRequest
from scrapy.resolver import CachingThreadedResolver
from twisted.internet.error import DNSLookupError

from . import stats_keys
from .netrules import (  # the address rules, Scrapy-free (the forked probe workers' too)
    ALLOWED_SCHEMES,  # noqa: F401 - re-exported (crawler/redirects.py)
    address_refusal,
    connect_refusal,  # noqa: F401 - re-exported (crawler/probe_lane.py)
    ip_literal,
    url_host,
    url_refusal_without_dns,
)
from .written import written

if TYPE_CHECKING:
    from scrapy import Request, Spider
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector

log = logging.getLogger(__name__)



class RefusedRequest(IgnoreRequest):
    """A request the guard would not send; ``reason`` is what the report shows."""

    def __init__(self, url: str, reason: str):
        super().__init__(f"refused {url}: {reason}")
        self.url = url
        self.reason = reason


class PrivateNetworkGuard:
    """Downloader middleware applying the rules above to every request."""

    def __init__(
        self,
        allow_private: bool,
        resolve_map: dict[str, str],
        behind_proxy: bool,
        dns_overrides: dict[str, list[str]],
        stats: StatsCollector | None = None,
    ):
        self.allow_private = allow_private
        self.resolve_map = {k.lower() for k in resolve_map}
        self.behind_proxy = behind_proxy
        self.dns_overrides = {k.lower(): v for k, v in dns_overrides.items()}
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PrivateNetworkGuard:
        s = crawler.settings
        behind_proxy = bool(
            s.get("BRANDSWEEP_PROXY")
            or os.environ.get("HTTPS_PROXY") or os.environ.get("https_proxy")
            or os.environ.get("HTTP_PROXY") or os.environ.get("http_proxy")
        )
        overrides = {
            k: ([v] if isinstance(v, str) else list(v))
            for k, v in (s.getdict("BRANDSWEEP_DNS_OVERRIDES") or {}).items()
        }
        return cls(
            allow_private=s.getbool("BRANDSWEEP_ALLOW_PRIVATE_NETWORK"),
            resolve_map=s.getdict("BRANDSWEEP_RESOLVE") or {},
            behind_proxy=behind_proxy,
            dns_overrides=overrides,
            stats=crawler.stats,
        )

    async def process_request(self, request: Request, spider: Spider | None = None) -> None:
        reason = await self.refusal(request.url)
        if reason:
            if self.stats:
                self.stats.inc_value(stats_keys.NETGUARD_REFUSED)
            # named as the page wrote it (w3lib 2.6 writes 0x7f.1 as 127.0.0.1: the reason
            # names the address): crawler/written.py
            log.info("netguard refused %s: %s", written(request), reason)
            raise RefusedRequest(written(request), reason)

    async def refusal(self, url: str) -> str | None:
        reason = url_refusal_without_dns(url, self.allow_private)
        if reason or self.allow_private:
            return reason
        host = url_host(url)
        if ip_literal(host):
            return None  # checked above
        if host in self.dns_overrides:
            addresses = self.dns_overrides[host]
        elif host in self.resolve_map or "*" in self.resolve_map:
            return None  # explicitly routed by the operator, like an /etc/hosts entry
        else:
            addresses = await self._resolve(host)
            if addresses is None:
                # Unresolvable: the proxy may know it; without a proxy the download itself
                # fails with a DNS error, which the errback records as unverifiable.
                return None
        for address in addresses:
            reason = address_refusal(address)
            if reason:
                return f"{host} resolves to a {reason}"
        return None

    @staticmethod
    async def _resolve(host: str) -> list[str] | None:
        try:
            infos = await asyncio.get_running_loop().getaddrinfo(host, None)
        except (OSError, UnicodeError):
            return None
        return sorted({str(info[4][0]) for info in infos})


#: names the resolver refused, with why: Twisted turns a refused lookup into a bare "no
#: results" error, so the errbacks look the reason up here (one crawl per process)
RESOLVER_REFUSALS: dict[str, str] = {}


def operator_hosts(settings: object) -> tuple[set[str], set[str]]:
    """What the operator chose to reach: the proxies' names, and the IP literals that
    ``BRANDSWEEP_RESOLVE`` pins names to (and IP-literal proxies).

    Twisted hands the resolver an IP literal too (connecting to ``127.0.0.1`` asks for
    ``127.0.0.1``); such a *literal* is passed when it is a pinned target: a literal cannot
    rebind, and a crawled URL with a literal host was already checked by the middleware. A
    *name* whose answer is a pinned address is no pin at all, and is refused."""
    names: set[str] = set()
    literals: set[str] = set()
    for target in (settings.getdict("BRANDSWEEP_RESOLVE") or {}).values():  # type: ignore[attr-defined]
        literal = ip_literal(urlsplit(f"//{target}").hostname or "")
        if literal:
            literals.add(literal)
    proxies = [settings.get("BRANDSWEEP_PROXY")]  # type: ignore[attr-defined]
    proxies += [os.environ.get(v) for v in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY",
                                            "http_proxy")]
    for proxy in filter(None, proxies):
        host = urlsplit(proxy if "://" in proxy else f"//{proxy}").hostname or ""
        literal = ip_literal(host) if host else None
        if literal:
            literals.add(literal)
        elif host:
            names.add(host.lower())
    return names, literals


class GuardedResolver(CachingThreadedResolver):
    """Scrapy's caching resolver, refusing private answers at connection time (DNS rebinding).

    Install with ``TWISTED_DNS_RESOLVER = "crawler.netguard.GuardedResolver"``. Off (a plain
    caching resolver) with ``BRANDSWEEP_ALLOW_PRIVATE_NETWORK``.
    """

    def __init__(self, reactor: object, cache_size: int, timeout: float,
                 allow_private: bool = False, names: set[str] | None = None,
                 literals: set[str] | None = None):
        super().__init__(reactor, cache_size, timeout)  # type: ignore[arg-type]
        self.allow_private = allow_private
        self.names = names or set()
        self.literals = literals or set()

    @classmethod
    def from_crawler(cls, crawler: Crawler, reactor: object) -> GuardedResolver:  # type: ignore[override]
        s = crawler.settings
        cache = s.getint("DNSCACHE_SIZE") if s.getbool("DNSCACHE_ENABLED") else 0
        names, literals = operator_hosts(s)
        return cls(reactor, cache, s.getfloat("DNS_TIMEOUT"),
                   allow_private=s.getbool("BRANDSWEEP_ALLOW_PRIVATE_NETWORK"),
                   names=names, literals=literals)

    def getHostByName(self, name: str, timeout: object = ()):  # type: ignore[override]  # noqa: N802
        literal = ip_literal(name)
        if literal is not None:
            # an address needs no lookup (the threaded resolver would spend a thread on it)
            from twisted.internet import defer

            return defer.maybeDeferred(self.check, literal, name)
        d = super().getHostByName(name, timeout)  # type: ignore[arg-type]
        d.addCallback(self.check, name)
        return d

    def check(self, address: str, name: str) -> str:
        """``address`` when ``name`` may be connected to at it; else DNSLookupError."""
        why = connect_refusal(address, name, self.allow_private, self.names, self.literals)
        if why is None:
            return address
        RESOLVER_REFUSALS[name.lower()] = why
        log.info("netguard resolver refused %s: %s", name, why)
        raise DNSLookupError(f"refused: {why}")
