"""Scrapy's redirect middleware, with every redirect it will not follow given a precise reason.

Scrapy's own ``RedirectMiddleware`` has three silent or vague outcomes this replaces:

* a redirect back into its own chain (A -> B -> A) is scheduled, and the dupefilter drops the
  repeated A without a word: the profile had no outcome at all and the report called it "not
  checked (its platform was not swept)". Here it fails with
  ``LimitReached("redirect_loop")``, so the profile is ``unverifiable(redirect_loop)``;
* a redirect to a URL a Request cannot hold (``javascript:alert(1)``) raised ``ValueError``
  and was recorded with the reason ``ValueError``; a redirect to another scheme (``ftp:``,
  ``file:``) handed the 3xx to the callback. Both now fail with
  ``RefusedRequest`` ("redirect to a javascript: URL"), shown as ``refused: ...``;

A redirect to a page fetched *outside* its own chain is still left to the dupefilter (fetching
it again per redirect would break the one-fetch-per-URL rule distributed crawls keep); a profile
whose page redirects to another profile's page already fetched still gets no outcome of its own
(a known gap, not a loop).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from scrapy.downloadermiddlewares.redirect import RedirectMiddleware
from w3lib.url import canonicalize_url, safe_url_string

from .limits import REDIRECT_LOOP, LimitReached
from .netguard import ALLOWED_SCHEMES, RefusedRequest
from .written import written

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.http import Response

REDIRECT_STATUSES = (301, 302, 303, 307, 308)


def _same(a: str, b: str) -> bool:
    """Two URLs name the same resource for loop detection, as the dupefilter reads them
    (``canonicalize_url``: fragment ignored, ``https://a.example`` and ``https://a.example/``
    one page under w3lib 2.5 and 2.6 alike)."""
    return canonicalize_url(a) == canonicalize_url(b)


class GuardedRedirectMiddleware(RedirectMiddleware):
    """Installed in place of ``scrapy.downloadermiddlewares.redirect.RedirectMiddleware``."""

    def process_response(self, request: Request, response: Response,
                         spider: Any = None) -> Request | Response:
        location = response.headers.get(b"Location")
        if (location is not None and response.status in REDIRECT_STATUSES
                and not request.meta.get("dont_redirect")
                and response.status not in request.meta.get("handle_httpstatus_list", ())
                and not request.meta.get("handle_httpstatus_all")):
            try:  # w3lib 2.6 refuses a host no browser accepts (crawler/written.py)
                target = urljoin(request.url, safe_url_string(location))
            except ValueError as exc:
                raise RefusedRequest(written(request),
                                     f"redirect to an invalid URL ({exc})") from exc
            scheme = urlsplit(target).scheme.lower()
            if scheme not in ALLOWED_SCHEMES:
                shown = f"a {scheme}: URL" if scheme else f"an invalid URL {target[:80]!r}"
                raise RefusedRequest(written(request), f"redirect to {shown}")
        try:
            return super().process_response(request, response)
        except ValueError as exc:  # a Location no Request can hold
            raise RefusedRequest(written(request),
                                 f"redirect to an invalid URL ({exc})") from exc

    def _redirect(self, redirected: Request, request: Request, reason: Any) -> Request:
        chain = [*request.meta.get("redirect_urls", []), request.url]
        if any(_same(redirected.url, seen) for seen in chain):
            raise LimitReached(REDIRECT_LOOP, f"redirect loop: {' -> '.join(chain)} -> "
                                              f"{redirected.url}")
        return super()._redirect(redirected, request, reason)
