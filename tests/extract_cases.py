"""What the extractor unit tests share: the catalog, the states, and ``read`` (a hand-written
answer, given as a dict, list, text or bytes, read as the crawl reads a profile answer)."""

from __future__ import annotations

import json
from typing import Any

from crawler.catalog import load_catalog
from crawler.extract import read_profile
from matching.models import ProbeState

FOUND, NOT_FOUND, UNVERIFIABLE = ProbeState.FOUND, ProbeState.NOT_FOUND, ProbeState.UNVERIFIABLE
CAT = load_catalog()


def read(platform: str, url: str, status: int, body: Any, handle: str | None = None) -> Any:
    if isinstance(body, dict | list):
        body = json.dumps(body).encode()
    elif isinstance(body, str):
        body = body.encode()
    return read_profile(CAT[platform], url, status, {}, body, handle)
