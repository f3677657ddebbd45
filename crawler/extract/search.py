"""Public search APIs (Bluesky searchActors, Mastodon v2 search, GitHub search/users) and
public search pages that carry their results as a script's JSON (YouTube's logged-out results
page, ``ytInitialData``) -> hits.

A search that could not be read is ``UNVERIFIABLE`` (blocked, rate-limited, not JSON); an empty
result list is a *successful* search with no hits, which is not evidence of absence either
(Mastodon only knows the accounts its instance has seen).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

from crawler.catalog import Platform
from crawler.extract import values as V
from crawler.extract.decode import decode_body
from matching.models import ProbeState, ProfileFields

_TYPES = {
    "followers": V.to_int,
    "following": V.to_int,
    "posts": V.to_int,
    "verified": V.to_bool,
    "is_private": V.to_bool,
    "avatar_url": V.to_url,
    "created_at": V.to_datetime,
    "last_active_at": V.to_datetime,
    "bio": lambda v: V.html_to_text(v) if isinstance(v, str) else None,
}


@dataclass(frozen=True)
class SearchHit:
    handle: str
    url: str
    fields: ProfileFields = field(default_factory=ProfileFields)


@dataclass(frozen=True)
class SearchRead:
    state: ProbeState  # FOUND = the search answered (possibly with no hits)
    reason: str | None
    results: list[SearchHit] = field(default_factory=list)
    next_url: str | None = None


def read_search(
    platform: Platform,
    url: str,
    status: int,
    headers: Mapping[str, Any] | None,
    body: bytes | str | None,
) -> SearchRead:
    """Read one page of a platform's search API. Never raises."""
    try:
        return _read_search(platform, url, status, headers, body)
    except Exception as exc:  # noqa: BLE001 - a crawler must survive any answer
        return SearchRead(ProbeState.UNVERIFIABLE, f"extractor_error: {type(exc).__name__}")


def _read_search(platform, url, status, headers, body) -> SearchRead:
    spec = platform.search
    if spec is None:
        return SearchRead(ProbeState.UNVERIFIABLE, "no_search_api")
    status_map = platform.defaults.get("unverifiable_status") or {}
    reason = status_map.get(status) or status_map.get(str(status))
    if reason or status >= 500:
        return SearchRead(ProbeState.UNVERIFIABLE, str(reason or "server_error"))
    if status != 200:
        return SearchRead(ProbeState.UNVERIFIABLE, f"http_{status}")
    text, _ = decode_body(body, headers)
    data = _embedded_json(text, spec.embedded) if spec.embedded else _json(text)
    if data is None:
        return SearchRead(ProbeState.UNVERIFIABLE, "unrecognised_page")
    items = _result_items(data, spec.results)
    if items is None:
        return SearchRead(ProbeState.UNVERIFIABLE, "unrecognised_page")
    hits: list[SearchHit] = []
    for item in items:
        if not isinstance(item, dict):
            continue
        handle = _hit_handle(platform, item)
        if handle is None:
            continue
        values: dict[str, Any] = {}
        for fname, paths in spec.fields.items():
            conv = _TYPES.get(
                fname, lambda v: V.as_text(v) if not isinstance(v, dict | list) else None
            )
            # a list of paths: the first that gives a value (YouTube moved the subscriber
            # count from subscriberCountText to videoCountText in 2023)
            for path in [paths] if isinstance(paths, str) else paths:
                got = V.json_path(item, path)
                if not got:
                    continue
                # text split in runs around the matched words ('Official ', 'Acme', ' shop')
                raw = "".join(got) if len(got) > 1 and all(isinstance(g, str) for g in got) \
                    else got[0]
                value = conv(raw)
                if value is not None and value != "":
                    values[fname] = value[:10_000] if isinstance(value, str) else value
                    break
        link = None
        if spec.url_field:
            got = V.json_path(item, spec.url_field)
            link = V.to_url(got[0]) if got else None
        hits.append(
            SearchHit(
                handle=handle,
                url=link or platform.profile_url(handle),
                fields=ProfileFields(**values),
            )
        )
    return SearchRead(ProbeState.FOUND, None, hits, _next_url(platform, url, data, len(items)))


def _json(text: str) -> Any:
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None


def _embedded_json(text: str, name: str) -> Any:
    """The JSON object a page's script assigns to ``name`` (``var ytInitialData = {...};``,
    ``window["ytInitialData"] = {...}``); None when the page has none (a consent or error
    page, an answer from another era)."""
    pattern = re.compile(
        r"(?:\bvar\s+|\bwindow\.|\bwindow\[['\"]|\bself\.)"
        + re.escape(name)
        + r"['\"]?\]?\s*=\s*(?=\{)"
    )
    m = pattern.search(text)
    if m is None:
        return None
    try:
        data = V.loads_json_prefix(text[m.end():])
    except RecursionError:
        return None
    return data if isinstance(data, dict) else None


def _result_items(data: Any, path: str) -> list[Any] | None:
    """The result list at ``path``; ``a.b.**.key`` collects every object under ``key`` anywhere
    below ``a.b`` in document order (a results page nests its items in shelves and sections
    whose shape changes between eras). None when the path is absent (not a results answer)."""
    if "**." not in path and path != "**":
        found = V.json_path(data, path)
        return found[0] if found and isinstance(found[0], list) else None
    prefix, _, key = path.partition("**.")
    roots = V.json_path(data, prefix.rstrip(".")) if prefix.rstrip(".") else [data]
    if not roots:
        return None
    out: list[Any] = []
    stack: list[Any] = list(reversed(roots))
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for k in reversed(list(node)):
                value = node[k]
                if k == key and isinstance(value, dict):
                    out.append(value)
                elif isinstance(value, dict | list):
                    stack.append(value)
        elif isinstance(node, list):
            stack.extend(reversed(node))
    return out


def _hit_handle(platform: Platform, item: Mapping[str, Any]) -> str | None:
    """A result's handle: the first of the catalog's paths that gives one (through
    ``handle_regex`` when set) and that the platform accepts as a handle."""
    spec = platform.search
    assert spec is not None
    pattern = re.compile(spec.handle_regex) if spec.handle_regex else None
    for path in (spec.handle, *spec.handle_fallbacks):
        got = V.json_path(item, path)
        if not got or not isinstance(got[0], str):
            continue
        value = got[0]
        if pattern is not None and path == spec.handle:
            m = pattern.search(value)
            if m is None:
                continue
            value = m.group("v")
        try:
            handle = platform.canonical(unquote(value))
        except Exception:  # noqa: BLE001 - not a handle of this platform: try the next path
            continue
        # a page's text is not trusted: only what the platform's handle rule allows
        if platform.is_valid(handle):
            return handle
    return None


def _next_url(platform: Platform, url: str, data: Any, count: int) -> str | None:
    spec = platform.search
    paging = spec.paging if spec else {}
    if not paging or not count:
        return None
    param = paging.get("param")
    kind = paging.get("type")
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    if kind == "cursor":
        got = V.json_path(data, paging.get("next_path") or "cursor")
        cursor = got[0] if got and isinstance(got[0], str | int) and got[0] != "" else None
        if cursor is None or str(cursor) == query.get(param):
            return None
        new = str(cursor)
    elif kind == "page":
        start = int(paging.get("start", 1))
        current = V.to_int(query.get(param)) or start
        if current - start + 1 >= spec.max_pages:
            return None
        new = str(current + 1)
    elif kind == "offset":
        step = int(paging.get("step", count))
        current = V.to_int(query.get(param)) or 0
        if current // max(step, 1) + 1 >= spec.max_pages:
            return None
        new = str(current + step)
    else:
        return None
    query[param] = new
    return parts._replace(query=urlencode(query)).geturl()
