"""Public search APIs (Bluesky searchActors, Mastodon v2 search, GitHub search/users) -> hits.

A search that could not be read is ``UNVERIFIABLE`` (blocked, rate-limited, not JSON); an empty
result list is a *successful* search with no hits, which is not evidence of absence either
(Mastodon only knows the accounts its instance has seen).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

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
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return SearchRead(ProbeState.UNVERIFIABLE, "unrecognised_page")
    found = V.json_path(data, spec.results)
    items = found[0] if found and isinstance(found[0], list) else None
    if items is None:
        return SearchRead(ProbeState.UNVERIFIABLE, "unrecognised_page")
    hits: list[SearchHit] = []
    for item in items:
        if not isinstance(item, dict):
            continue
        raw_handle = V.json_path(item, spec.handle)
        if not raw_handle or not isinstance(raw_handle[0], str):
            continue
        try:
            handle = platform.canonical(raw_handle[0])
        except Exception:  # noqa: BLE001
            continue
        values: dict[str, Any] = {}
        for fname, path in spec.fields.items():
            got = V.json_path(item, path)
            if not got:
                continue
            conv = _TYPES.get(
                fname, lambda v: V.as_text(v) if not isinstance(v, dict | list) else None
            )
            value = conv(got[0])
            if value is not None and value != "":
                values[fname] = value[:10_000] if isinstance(value, str) else value
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
