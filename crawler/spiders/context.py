"""What every discovery path of a sweep reads, typed and built once in ``from_crawler``.

The plan (inventory, catalog, platforms, candidates) and what is derived from it for quick
look-ups: which handles are declared or allowed, which registered domains are the company's own,
which variant candidate names a profile. Plus the crawl's settings, its stats collector and the
resume checkpoint. Frozen: a sweep learns nothing into it (what it discovers travels in requests
and items), so it can be shared by every callback of every process.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from matching.index import build_index
from matching.models import Candidate, Inventory
from matching.normalise import registered_domain

from .checkpoint import Checkpoint

if TYPE_CHECKING:
    from ..catalog import Catalog
    from ..plan import SweepPlan


@dataclass(frozen=True)
class SweepContext:
    plan: SweepPlan
    #: (platform, canonical handle) -> the first variant candidate naming it
    variant_of: Mapping[tuple[str, str], Candidate]
    declared: frozenset[tuple[str, str]]  # (platform, canonical handle) of declared accounts
    allowed: frozenset[tuple[str, str]]  # ... of the inventory's allow list
    official_domains: frozenset[str]  # registered domains of the inventory's domains and sites
    checkpoint: Checkpoint
    settings: Any  # scrapy.settings.BaseSettings
    crawler: Any = None  # scrapy.crawler.Crawler: its stats exist once the crawl starts

    @classmethod
    def build(cls, plan: SweepPlan, settings: Any = None, crawler: Any = None,
              checkpoint: Checkpoint | None = None) -> SweepContext:
        catalog, inventory = plan.catalog, plan.inventory
        variant_of: dict[tuple[str, str], Candidate] = {}
        for c in plan.candidates:
            if c.family != "declared" and c.platform in catalog:
                variant_of.setdefault((c.platform, catalog[c.platform].canonical(c.handle)), c)
        return cls(
            plan=plan,
            variant_of=variant_of,
            declared=_canonical(catalog, ((a.platform, a.handle) for a in inventory.accounts)),
            allowed=_canonical(catalog, ((a.platform, a.handle) for a in inventory.allow)),
            official_domains=official_domains(inventory),
            checkpoint=checkpoint if checkpoint is not None else Checkpoint(),
            settings=settings,
            crawler=crawler,
        )

    @property
    def stats(self) -> Any:
        """The crawl's stats collector (None outside a crawl)."""
        return self.crawler.stats if self.crawler is not None else None

    @property
    def catalog(self) -> Catalog:
        return self.plan.catalog

    @property
    def inventory(self) -> Inventory:
        return self.plan.inventory

    @property
    def active(self) -> tuple[str, ...]:
        return self.plan.platforms

    @property
    def candidates(self) -> tuple[Candidate, ...]:
        return self.plan.candidates

    @cached_property
    def candidates_by_platform(self) -> dict[str, list[Candidate]]:
        """The candidates per platform, in order (per-platform work never scans them all)."""
        by_platform: dict[str, list[Candidate]] = {}
        for c in self.plan.candidates:
            by_platform.setdefault(c.platform, []).append(c)
        return by_platform

    @cached_property
    def brand_keys(self) -> tuple[str, ...]:
        """The comparison keys a lookalike domain is recognised by (``matching.index``)."""
        return build_index(self.inventory, {}, None).brand_keys

    @cached_property
    def brand_names(self) -> tuple[str, ...]:
        return tuple(n for b in self.inventory.brands for n in b.names)

    def is_official_url(self, url: str) -> bool:
        host = urlsplit(url).hostname
        return bool(host) and registered_domain(host) in self.official_domains


def _canonical(catalog: Catalog, pairs: Any) -> frozenset[tuple[str, str]]:
    return frozenset((p, catalog[p].canonical(h)) for p, h in pairs if p in catalog)


def official_domains(inventory: Inventory) -> frozenset[str]:
    """Registered domains of the inventory's domains and of its brands' websites (private
    suffixes on: ``northwind.github.io`` is not ``github.io``)."""
    official = {registered_domain(d) for d in inventory.domains}
    for brand in inventory.brands:
        for site in brand.websites:
            host = urlsplit(site if "://" in site else f"https://{site}").hostname
            if host:
                official.add(registered_domain(host))
    return frozenset(official)
