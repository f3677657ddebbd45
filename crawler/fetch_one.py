"""One fetch for ``brandsweep extract PLATFORM URL``, through the crawl's own guard and limits.

The operator chose the URL, not where it redirects: a profile URL that answers ``302
Location: http://127.0.0.1:8080/admin`` must not print the operator's admin page. So the page is
fetched by a one-request Scrapy crawl with the audit's settings (``crawler/settings.py``): the
SSRF guard on every hop and at connection time, the head and body limits, the redirect rules,
the User-Agent. ``--allow-private-network`` lifts the address rule as it does for ``audit``.

One crawl per process (Twisted's reactor cannot restart), which a CLI command is.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import scrapy

from .options import scrapy_settings
from .spiders.enrich import failure_reason
from .written import build, invalid, redirected

#: every status reaches the callback except redirects, which the redirect middleware follows
_STATUSES = [s for s in range(200, 600) if s not in (301, 302, 303, 307, 308)]


@dataclass
class Fetched:
    """What came back: a response (status, headers, body, final url), or why there is none."""

    url: str
    status: int = 0
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    reason: str | None = None  # set when nothing came back: "refused: ...", "timeout", ...

    @property
    def refused(self) -> bool:
        return bool(self.reason and self.reason.startswith("refused"))


class _OneFetch(scrapy.Spider):
    name = "brandsweep-extract"

    def __init__(self, url: str, result: dict[str, Any], **kwargs: Any):
        super().__init__(**kwargs)
        self.url = url
        self.result = result

    async def start(self) -> AsyncIterator[scrapy.Request]:
        try:
            request = build(self.url, callback=self.got, errback=self.failed, dont_filter=True,
                            meta={"handle_httpstatus_list": _STATUSES,
                                  "dont_obey_robotstxt": True})
        except ValueError as exc:  # a host no browser accepts (w3lib 2.6): nothing to fetch
            self.result["fetched"] = Fetched(self.url, reason=invalid(exc))
            return
        yield request

    def got(self, response: Any) -> None:
        headers = {k.decode("latin-1"): b", ".join(v).decode("latin-1")
                   for k, v in response.headers.items()}
        self.result["fetched"] = Fetched(response.url, response.status, headers, response.body)

    def failed(self, failure: Any) -> None:
        reason = failure_reason(failure)
        request = getattr(failure, "request", None)
        final = self.url
        if request is not None and redirected(request):  # not a URL comparison: written.py
            final = request.url
            reason = f"{reason} (redirected to {final})"
        self.result["fetched"] = Fetched(final, reason=reason)


def fetch(url: str, *, allow_private_network: bool = False, resolve: dict[str, str] | None = None,
          proxy: str | None = None, overrides: dict[str, Any] | None = None) -> Fetched:
    """Fetch ``url`` once as the crawl would; never raises for what the network did."""
    from scrapy.crawler import CrawlerProcess  # heavy: only `extract URL` crawls


    settings: dict[str, Any] = {
        "BRANDSWEEP_ALLOW_PRIVATE_NETWORK": allow_private_network,
        "BRANDSWEEP_PROGRESS": False,
        "ROBOTSTXT_OBEY": False,  # one page the operator asked for, not a crawl
        "LOG_LEVEL": "ERROR",
        "LOG_INSTALL_ROOT_HANDLER": False,  # stdout is the JSON; the reason says what failed
        "ITEM_PIPELINES": {},
        "CLOSESPIDER_TIMEOUT": 0,
        **(overrides or {}),
    }
    if resolve:
        settings["BRANDSWEEP_RESOLVE"] = resolve
    if proxy:
        settings["BRANDSWEEP_PROXY"] = proxy
    result: dict[str, Any] = {}
    process = CrawlerProcess(scrapy_settings(settings))
    process.crawl(_OneFetch, url=url, result=result)
    process.start()
    return result.get("fetched") or Fetched(url, reason="no answer")
