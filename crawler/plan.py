"""What a sweep looks for, loaded once: the inventory, the catalog, the platforms, the candidates.

The runner loads the plan (every input error is then a usage error, exit 2, before anything is
written) and hands the loaded plan to the sweep spider; the spider no longer re-reads files given
as comma-joined strings. Where only paths can travel (``python -m crawler.crawl --spider JSON``,
``scrapy crawl sweep -a inventory=...``, a distributed worker on another machine, which gets the
coordinator's published files), the spider loads the plan from them, once, in ``from_crawler``:
the same function with the same inputs gives the same candidates everywhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from matching.inventory import N_, load_inventory
from matching.models import Candidate, Inventory
from matching.variants import DEFAULT_MAX_VARIANTS, generate_candidates

from .catalog import Catalog
from .options import SEARCH_ENGINES, UsageError
from .wmn import load_catalog_with_sites

if TYPE_CHECKING:
    from matching.user_words import UserWords


@dataclass(frozen=True)
class SweepPlan:
    """The loaded inputs of one sweep. ``platforms``: the platforms swept (all of the catalog
    when none was chosen); ``candidates``: the handles to probe, likeliest first; ``words``:
    the user's own phrases (``--words``), which the crawl reads where it judges a text (which
    web search results deserve a visit, what a company's page says beside its link to a
    channel), as the classifier does."""

    inventory: Inventory
    catalog: Catalog
    platforms: tuple[str, ...]
    candidates: tuple[Candidate, ...]
    max_variants: int = DEFAULT_MAX_VARIANTS
    search_engine: str = "duckduckgo"
    searxng_url: str = ""
    words: UserWords | None = None

    @classmethod
    def build(cls, inventory: Inventory, catalog: Catalog, platforms: Sequence[str] = (), *,
              max_variants: int = DEFAULT_MAX_VARIANTS, search_engine: str = "duckduckgo",
              searxng_url: str | None = None, words: UserWords | None = None) -> SweepPlan:
        """The plan over already loaded inputs (checks the platforms and the engine)."""
        check_platforms(catalog, platforms)
        engine = (search_engine or "none").lower()
        if engine not in SEARCH_ENGINES:
            raise UsageError(f"--search-engine must be one of {', '.join(SEARCH_ENGINES)}, "
                             f"not {search_engine!r}")
        if engine == "searxng" and not searxng_url:
            raise UsageError("--search-engine searxng needs --searxng-url URL")
        active = tuple(platforms) or tuple(catalog)
        candidates = generate_candidates(inventory, catalog.rules(), max_variants,
                                         platforms=active)
        return cls(inventory, catalog, active, tuple(candidates), max_variants, engine,
                   searxng_url or "", words or None)

    @classmethod
    def load(cls, inventory: str | Path, platforms: Sequence[str] = (),
             platforms_files: Sequence[str | Path] = (), sites_file: str | Path | None = None,
             *, max_variants: int = DEFAULT_MAX_VARIANTS, search_engine: str = "duckduckgo",
             searxng_url: str | None = None, words_file: str | Path | None = None) -> SweepPlan:
        """Catalog (built-in + ``platforms_files`` + ``sites_file``), then the inventory read
        against it, and the words file if any; raises UsageError, CatalogError, InventoryErrors
        or WordsFileErrors (the CLI's exit 2)."""
        catalog = load_catalog_with_sites([Path(p) for p in platforms_files], sites_file or None)
        check_platforms(catalog, platforms)
        loaded = load_inventory(inventory, catalog.rules(), url_parser=catalog.match_profile_url)
        words = None
        if words_file:
            # imported only with a words file: a sweep without one never reads YAML words
            from .words_file import load_words

            words = load_words(words_file)
        return cls.build(loaded, catalog, platforms, max_variants=max_variants,
                         search_engine=search_engine, searxng_url=searxng_url, words=words)


def check_platforms(catalog: Catalog, platforms: Sequence[str]) -> None:
    """Every name of ``--platforms`` is a catalog entry; else a message (a translatable
    :class:`~matching.inventory.Text`: the CLI says it in the audit's language) naming the
    closest entry of a mistyped one and the known ones."""
    unknown = [p for p in platforms if p not in catalog]
    if not unknown:
        return
    import difflib  # only when a name is refused

    known = ", ".join(sorted(catalog))
    near = difflib.get_close_matches(unknown[0].lower(), list(catalog), n=1, cutoff=0.6)
    if len(unknown) == 1 and near:
        raise UsageError(N_("--platforms: unknown platform {name!r}; did you mean {near!r}? "
                            "(known: {known})", name=unknown[0], near=near[0], known=known))
    raise UsageError(N_("--platforms: unknown platform(s) {unknown}; known: {known}",
                        unknown=", ".join(unknown), known=known))
