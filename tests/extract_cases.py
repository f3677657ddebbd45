"""What the extractor unit tests share: the catalog, the states, and ``read`` (a hand-written
answer, given as a dict, list, text or bytes, read as the crawl reads a profile answer)."""

from __future__ import annotations

import json
from typing import Any

from crawler.catalog import load_catalog
from crawler.extract import read_profile, without_rules
from matching.models import ProbeState

FOUND, NOT_FOUND, UNVERIFIABLE = ProbeState.FOUND, ProbeState.NOT_FOUND, ProbeState.UNVERIFIABLE
CAT = load_catalog()
#: the catalog with every platform's own rules off: what the generic layers read alone
GENERIC = without_rules(CAT)


def read(platform: str, url: str, status: int, body: Any, handle: str | None = None) -> Any:
    if isinstance(body, dict | list):
        body = json.dumps(body).encode()
    elif isinstance(body, str):
        body = body.encode()
    return read_profile(CAT[platform], url, status, {}, body, handle)


def read_either(platform: str, url: str, status: int, body: Any, generic: bool = True,
                handle: str | None = None) -> Any:
    """``read`` by the generic layers alone (``generic``) or by the full reader: the family
    tests of each unsealed batch check both."""
    if isinstance(body, dict | list):
        body = json.dumps(body)
    raw = body.encode() if isinstance(body, str) else body
    return read_profile((GENERIC if generic else CAT)[platform], url, status, {}, raw, handle)
