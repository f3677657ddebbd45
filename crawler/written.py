"""Requests for URLs a page wrote, and the URL as it wrote it.

Scrapy passes every ``Request``'s URL through w3lib's ``safe_url_string``, and w3lib 2.6
parses it the way browsers do (the URL Standard): an empty path gains "/"
(``https://a.example`` is asked as ``https://a.example/``), an IPv4 shorthand host becomes
dotted (``http://0x7f.1/admin`` is ``http://127.0.0.1/admin``), a percent-encoded host is
decoded, ``.`` and ``..`` segments are resolved. w3lib 2.5 did none of that. So
``request.url`` is not what the page wrote, and it differs between the two.

What a person reads (the evidence of a refused link, a coverage gap) names the link **as the
page wrote it**: :func:`build` keeps it in the request's meta when w3lib rewrote it, and
:func:`written` gives it back, as long as the request still asks that URL (a redirect hop
asks another: its own URL is given). Whether a request was redirected is
:func:`redirected` (Scrapy's ``redirect_urls``), never a comparison of URLs, which the
rewriting makes true for a request that went nowhere. Comparing or keying URLs (the
dupefilter, resume's ``site_key``) goes through ``canonicalize_url``, the same under both.

w3lib 2.6 also refuses to build a request for a URL whose host no browser would accept
(``http://foo.123/``: it ends in a number but is no IPv4 address; a space or a ``<`` in a
host): ``ValueError``, where 2.5 built one that failed at DNS. A callback that builds
requests for links other people wrote catches it (:func:`build` says so) and records the link
as not fetched, so the rest of what the page led to is not lost with it.

>>> request = build("http://0x7f.1/admin")
>>> written(request)
'http://0x7f.1/admin'
>>> written(request.replace(url="http://127.0.0.1:8080/next"))  # a redirect hop
'http://127.0.0.1:8080/next'
"""

from __future__ import annotations

from typing import Any

from scrapy import Request

#: meta key: ``(request.url as built, the URL as written)``, set only when they differ
WRITTEN = "bs_written"


def build(url: str, **kwargs: Any) -> Request:
    """``Request(url, **kwargs)``, remembering ``url`` as written when w3lib rewrote it.
    Raises ``ValueError`` (with w3lib 2.6: a host no browser accepts) like ``Request``."""
    request = Request(url, **kwargs)
    if request.url != url:
        request.meta[WRITTEN] = (request.url, url)
    return request


def written(request: Any) -> str:
    """The URL ``request`` asks, as the page (or the inventory, or the user) wrote it."""
    pair = request.meta.get(WRITTEN)
    if pair and pair[0] == request.url:
        return str(pair[1])
    return str(request.url)


def asked(request: Any) -> str:
    """The URL the crawl first asked for ``request`` (before any redirect), as written."""
    redirects = request.meta.get("redirect_urls")
    first = str(redirects[0]) if redirects else str(request.url)
    pair = request.meta.get(WRITTEN)
    return str(pair[1]) if pair and pair[0] == first else first


def redirected(request: Any) -> bool:
    """Whether ``request`` is a redirect hop (Scrapy's redirect middleware added it)."""
    return bool(request.meta.get("redirect_urls"))


def invalid(exc: ValueError) -> str:
    """The reason a link no request can hold is not fetched, as the report shows it."""
    return f"not a URL a request can hold ({exc})"
