"""The probe lane's downloader-middleware chain: Scrapy's, less what cannot act on a probe.

``lane_chain`` copies the crawl's ``DownloaderMiddlewareManager`` with the same middlewares in
the same order, less those ``_idle_middlewares`` proves idle for probes, and runs it as Scrapy
does, with one shortcut: a middleware method that returns at once (all of ours and Scrapy's
on a probe) is not wrapped in a coroutine to be awaited (``ensure_awaitable``), which with a
dozen methods a request cost a tenth of the lane's CPU; one that returns a Deferred or a
coroutine is awaited as Scrapy awaits it. Exceptions take Scrapy's own path.
"""

from __future__ import annotations

from collections import deque
from typing import Any

from scrapy.downloadermiddlewares.httpauth import HttpAuthMiddleware
from scrapy.downloadermiddlewares.httpproxy import HttpProxyMiddleware
from scrapy.downloadermiddlewares.offsite import OffsiteMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import _InvalidOutput
from scrapy.http import Request, Response
from scrapy.utils.defer import ensure_awaitable
from scrapy.utils.python import global_object_name

from .credentials import CredentialsMiddleware
from .middlewares import SiteBudgetMiddleware


def _idle_middlewares(spider: Any) -> dict[type, Any]:
    """Downloader middleware classes that cannot act on a lane request, each with the check
    that makes it so (called with the instance): skipping them is the lane's one shortcut
    through the chain, worth a tenth of its CPU per request."""
    return {
        # probes carry meta["dont_obey_robotstxt"] (takes() requires it)
        RobotsTxtMiddleware: lambda mw: True,
        # counts official-site pages only (meta["brandsweep_site"])
        SiteBudgetMiddleware: lambda mw: True,
        # the lane takes no platform with a credential
        CredentialsMiddleware: lambda mw: True,
        # no proxy (the lane is off behind one)
        HttpProxyMiddleware: lambda mw: not getattr(mw, "proxies", None),
        # the sweep spider names no allowed_domains
        OffsiteMiddleware: lambda mw: not getattr(spider, "allowed_domains", None),
        # no HTTPAUTH_USER (and no http_user on probes)
        HttpAuthMiddleware: lambda mw: not getattr(mw, "_auth", None),
    }


def lane_chain(manager: Any, spider: Any) -> Any:
    """Scrapy's downloader-middleware manager with the same middlewares in the same order,
    less those ``_idle_middlewares`` proves idle for probes (a copy: Scrapy's is untouched)."""
    idle = _idle_middlewares(spider)

    def keep(method: Any) -> bool:
        mw = getattr(method, "__self__", None)
        check = next((c for cls, c in idle.items() if type(mw) is cls), None)
        return check is None or not check(mw)

    cls = type("LaneChain", (_Direct, type(manager)), {})
    chain = cls.__new__(cls)
    chain.__dict__.update(manager.__dict__)  # a copy: Scrapy's manager is untouched
    chain.methods = {name: deque(m for m in methods if keep(m))
                     for name, methods in manager.methods.items()}
    return chain


async def _call(manager: Any, method: Any, **kwargs: Any) -> Any:
    """``method(**kwargs)`` as Scrapy's manager calls it; awaited only when it must be."""
    result = manager._handle_mw_method(method, **kwargs)
    if hasattr(type(result), "__await__"):  # a Deferred or a coroutine
        result = await ensure_awaitable(result, _warn=global_object_name(method))
    return result


class _Direct:
    """``_process_request`` and ``_process_response`` of Scrapy's manager, through ``_call``
    (the checks and the order are Scrapy's, line for line)."""

    methods: dict[str, Any]

    async def _process_request(self, request: Request, download_func: Any) -> Any:
        for method in self.methods["process_request"]:
            response = await _call(self, method, request=request)
            if response is not None and not isinstance(response, Response | Request):
                raise _InvalidOutput(f"Middleware {method.__qualname__} must return None, Response "
                                f"or Request, got {response.__class__.__name__}")
            if response:
                return response
        return await download_func(request)

    async def _process_response(self, response: Any, request: Request) -> Any:
        if response is None:
            raise TypeError("Received None in process_response")
        if isinstance(response, Request):
            return response
        for method in self.methods["process_response"]:
            response = await _call(self, method, request=request, response=response)
            if not isinstance(response, Response | Request):
                raise _InvalidOutput(f"Middleware {method.__qualname__} must return Response or "
                                f"Request, got {type(response)}")
            if isinstance(response, Request):
                return response
        return response


