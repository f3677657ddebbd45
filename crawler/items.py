"""Item types the crawler emits besides the shared ones of ``matching.models``.

``Sighting``, ``ProfileObservation`` and ``LinkedPage`` are the shared domain items. These two are
crawler business: the raw body that backs an observation (evidence, not a domain fact), and a
coverage gap (a discovery path that could not do its job, which the report must show so that
"nothing found" is never confused with "could not look").
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageBody:
    """The bytes a profile observation was read from; the pipeline stores them as a snapshot.

    Yielded right before the ``ProfileObservation`` with the same ``sha256`` (or before the
    avatar fetch that delays it); the pipeline joins them by ``sha256``."""

    platform: str
    handle: str
    sha256: str
    url: str
    body: bytes

    def __repr__(self) -> str:  # keep multi-kilobyte bodies out of logs
        size = len(self.body)
        return f"PageBody({self.platform}:{self.handle}, {size} bytes, {self.sha256[:12]})"


@dataclass(frozen=True)
class CoverageGap:
    """A discovery step that could not be done: "could not search", never "nothing found".

    ``path`` is the discovery path (web_search, platform_search, probe, official_site);
    ``engine`` the engine or platform; ``reason`` e.g. ``captcha``, ``unresponsive_engines: ...``,
    ``rate_limited``, ``login_wall`` (every probe of the platform is walled, so variants were not
    probed).
    """

    path: str
    engine: str
    reason: str
    query: str = ""
    url: str = ""
    page: int = 1


@dataclass(frozen=True)
class ProbeOutcome:
    """A variant probe that settled without a profile (``state`` is ``not_found``, ``reason``
    what the catalog's rules gave): stored so that ``--resume`` does not ask it again
    (crawler/spiders/checkpoint.py). "Could not check" is never one."""

    platform: str
    handle: str
    state: str
    reason: str | None = None
