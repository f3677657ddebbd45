"""Page objects: (url, status, headers, body) -> probe state + profile fields.

No Scrapy here: extraction works on plain values so it is testable on saved files and reused by
``brandsweep extract``. ``read_profile`` picks the catalog view that matches the URL (an API
answer, a profile page), runs the platform's page object (the generic rule interpreter unless the
catalog names a specific class) and never raises.

Example::

    >>> from crawler.catalog import load_catalog
    >>> gh = load_catalog()["github"]
    >>> body = b'{"message":"Not Found"}'
    >>> read_profile(gh, "https://api.github.com/users/octocat", 404, {}, body).state
    <ProbeState.NOT_FOUND: 'not_found'>
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from crawler.catalog import Platform, View
from crawler.extract.decode import unarchived_url
from crawler.extract.generic import GenericPage, ProfileRead
from crawler.extract.registry import EXTRACTORS
from crawler.extract.search import SearchHit, SearchRead, read_search
from matching.models import ProbeState, ProfileFields

__all__ = [
    "GenericPage",
    "ProfileRead",
    "SearchHit",
    "SearchRead",
    "page_class",
    "read_profile",
    "read_search",
    "without_rules",
]


def page_class(platform: Platform) -> type[GenericPage]:
    """The page-object class for a platform (``extractor:`` in the catalog, else generic)."""
    target = EXTRACTORS.get(platform.extractor or "generic", EXTRACTORS["generic"])
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


def read_profile(
    platform: Platform,
    url: str,
    status: int,
    headers: Mapping[str, Any] | None,
    body: bytes | str | None,
    handle: str | None = None,
) -> ProfileRead:
    """Read one response about one profile. Never raises: on an internal error the result is
    unverifiable with reason ``extractor_error`` (and the error in evidence)."""
    try:
        return _read(platform, url, status, headers, body, handle)
    except Exception as exc:  # noqa: BLE001 - a crawler must survive any page
        return ProfileRead(
            state=ProbeState.UNVERIFIABLE,
            reason="extractor_error",
            fields=ProfileFields(),
            handle=handle,
            evidence={"error": f"{type(exc).__name__}: {exc}"[:500]},
        )


def _read(platform, url, status, headers, body, handle) -> ProfileRead:
    cls = page_class(platform)
    url = unarchived_url(url or "")  # a web archive's replay address: the original's view
    matched = platform.view_for_url(url or "")
    views: list[View] = [matched] if matched else list(platform.views.values())
    if not views:
        return ProfileRead(
            ProbeState.UNVERIFIABLE,
            "no_view",
            ProfileFields(),
            handle,
            {"note": "the catalog entry declares no views"},
        )
    if not matched and len(views) > 1:
        # unknown URL (a saved file): try JSON views first when the body is JSON, keep the best
        probe = cls(platform, views[0], url, status, headers, body, handle, platform.defaults)
        want = "json" if probe.is_json else "html"
        views.sort(key=lambda v: v.format != want)
    # the rules of every view first: the first view whose rules decide wins
    tried: list[tuple[GenericPage, ProfileRead]] = []
    for view in views:
        page = cls(platform, view, url, status, headers, body, handle, platform.defaults)
        result = page.read_rules()
        if result.state is not ProbeState.UNVERIFIABLE:
            return page.layered(result)
        tried.append((page, result))
    # no view's rules decided: the generic layers read the answer (API shapes, page state,
    # JSON-LD, meta, DOM) with the most telling of the undecided views
    for page, result in tried:
        if result.reason not in ("unrecognised_page", "handle_mismatch"):
            return page.layered(result)
    page, result = tried[0]
    return page.layered(result)


def without_rules(catalog: Mapping[str, Platform]) -> dict[str, Platform]:
    """The catalog with every platform's own reading rules switched off (the ablation of
    ``benchmarks/eval_extract.py --generic-only``): views keep their URLs and formats,
    platforms their hosts, URL patterns and handle rules (a page must still say whose it is),
    but no found / not-found / unverifiable rule, no document and no field source is left, and
    every platform uses the generic page object. What it reads is what the generic layers
    read alone, as on a page of an era no rule was written for."""
    out = {}
    for name, platform in catalog.items():
        views = {
            key: replace(view, found=(), not_found=(), unverifiable=(), documents={}, fields={})
            for key, view in platform.views.items()
        }
        out[name] = replace(platform, views=views, extractor=None)
    return out
