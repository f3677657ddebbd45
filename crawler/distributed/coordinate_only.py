"""A coordinator that leaves every fetch to the workers (``BRANDSWEEP_REDIS_COORDINATE_ONLY``).

By default the coordinator crawls like any worker. Set this when the machine holding the store
should not fetch (its address must not reach the platforms, it is small, or it serves the
reports): it still seeds the queue, drains the workers' items, decides when the crawl is over,
matches and reports; it only never takes a request from the shared queue. Its audit then waits
for at least one worker.
"""

from __future__ import annotations

from typing import Any

from .components import AuditScheduler


class CoordinateOnlyScheduler(AuditScheduler):
    """Seeds the shared queue (``enqueue_request``) and never takes from it."""

    def next_request(self) -> Any:
        return None
