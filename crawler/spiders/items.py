"""Moved to ``crawler/items.py`` (the middlewares, limits and pipelines use them too, and they
must not import upwards from the spiders); kept so older imports still work."""

from ..items import CoverageGap, PageBody

__all__ = ["CoverageGap", "PageBody"]
