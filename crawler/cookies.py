"""Scrapy's cookie middleware, with the public-suffix check read from the bundled list.

Scrapy refuses a cookie whose ``Domain`` is a public suffix (``Domain=co.uk`` would reach every
British site). It asks ``tldextract.TLDExtract(include_psl_private_domains=True)``, whose
default is to *download* the Public Suffix List the first time a cookie names a domain: an
unannounced request to publicsuffix.org and GitHub, outside the crawl's politeness, User-Agent
and proxy, made synchronously in the reactor thread (with no timeout unless the environment
sets one), and on an offline machine a failed download before the fallback. brandsweep's own
extractor (``matching.normalise.public_suffix_list``: the same list, private section on, read
from the snapshot tldextract ships, never the network) answers the same question, so this
middleware points Scrapy's check there.
"""

from __future__ import annotations

from typing import Any

from scrapy.downloadermiddlewares import cookies as scrapy_cookies
from scrapy.downloadermiddlewares.cookies import CookiesMiddleware

from matching.normalise import public_suffix_list

__all__ = ["OfflineSuffixCookiesMiddleware"]


class OfflineSuffixCookiesMiddleware(CookiesMiddleware):
    """``CookiesMiddleware`` whose public-suffix test never goes to the network."""

    @classmethod
    def from_crawler(cls, crawler: Any) -> Any:
        middleware = super().from_crawler(crawler)
        # Scrapy keeps its extractor in a module global (``_split_domain``), read by
        # ``_is_public_domain``: one callable answering ``.domain`` for a host, as ours does.
        if hasattr(scrapy_cookies, "_split_domain"):
            scrapy_cookies._split_domain = public_suffix_list()
        return middleware
