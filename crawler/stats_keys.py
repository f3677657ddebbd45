"""Every ``brandsweep/...`` key of the crawl stats, named once.

The crawl counts what it did in Scrapy's stats collector; the runner's crawl summary, the
coverage section of the report, the distributed coordinator and the benchmarks read the same
keys back. A key spelled in two places drifts; here each has one name. Fixed keys are
constants; a key with a part (a platform, a state, a reason) is a function, and the prefix of
a group is a constant ending in ``/`` for readers that collect the group
(``runner._stat_group``).
"""

from __future__ import annotations

ROOT = "brandsweep/"

# --------------------------------------------------------------------------- items
COVERAGE_GAPS = f"{ROOT}coverage_gaps"  # list of gap dicts (StorePipeline)
OBSERVATIONS = f"{ROOT}observations/"  # <state> and <platform>/<state>, one per item
UNVERIFIABLE = f"{ROOT}unverifiable/"  # <reason>
PROBES = f"{ROOT}probes/"  # <platform>/<state>: probe answers by state
CALIBRATION = f"{ROOT}calibration/"  # <platform>: what the random-handle probe answered
IMPLAUSIBLE = f"{ROOT}implausible/"  # <field>: a value dropped as implausible
FETCH_FAILED = f"{ROOT}fetch_failed/"  # <reason>

# --------------------------------------------------------------------------- discovery paths
PLATFORM_SEARCH = f"{ROOT}platform_search/"  # <platform>/pages, <platform>/failed
WEB_SEARCH = f"{ROOT}web_search/"  # <engine>/pages, /results, /could_not_search
SITE_PAGES = f"{ROOT}site/pages"
SITE_SKIPPED = f"{ROOT}site/skipped/"  # <reason>
SITE_OVER_BUDGET = f"{ROOT}site/over_budget"
LINKED_PAGES_REQUESTED = f"{ROOT}linked_pages/requested"
WEB_SEARCH_ABOUT_PAGES = f"{ROOT}web_search/about_pages"  # pages about the brand visited
LINKED_PAGES_REFUSED = f"{ROOT}linked_pages/refused"
AVATARS_UNDECODABLE = f"{ROOT}avatars/undecodable"
AVATARS_FAILED = f"{ROOT}avatars/failed"
RESUME_SKIPPED = f"{ROOT}resume/skipped/"  # <what>

# --------------------------------------------------------------------------- politeness, limits
RATE_LIMITED = f"{ROOT}rate_limited/responses"
RATE_LIMITED_HOST = f"{ROOT}rate_limited/host/"  # <host>
RATE_LIMITED_GAVE_UP = f"{ROOT}rate_limited/gave_up"
LIMITS = f"{ROOT}limits/"  # <limit>: body/page caps hit (crawler/limits.py)
HEAD_LIMITS = f"{ROOT}head_limits/"  # <limit>: response-head caps hit (transport)
NETGUARD_REFUSED = f"{ROOT}netguard/refused"

# --------------------------------------------------------------------------- interruptions
STOP_SIGNAL = f"{ROOT}stop/signal"  # the signal that stopped the crawl (crawler/interrupt.py)
STOP_FORCED = f"{ROOT}stop/forced"  # a second signal: stopped at once
STOP_DROPPED = f"{ROOT}stop/dropped"  # requests left unfetched by the stop

# --------------------------------------------------------------------------- distributed audits
REDIS_AUDIT_KEY = f"{ROOT}redis/audit_key"
REDIS_PROCESSES = f"{ROOT}redis/processes"  # list of per-process rows (coordinator)
REDIS_ITEMS_PUSHED = f"{ROOT}redis/items_pushed"
REDIS_ITEMS_DRAINED = f"{ROOT}redis/items_drained"
#: leases (crawler/distributed/leases.py): requests acknowledged by this process, of which
#: acknowledged after their lease had expired; requests re-queued from expired leases, and of
#: those, crawled twice (both outcomes delivered) or withdrawn (the late holder finished first)
REDIS_ACKED = f"{ROOT}redis/acked"
REDIS_LATE_ACKS = f"{ROOT}redis/late_acks"
REDIS_REQUEUED = f"{ROOT}redis/requeued"
REDIS_DELIVERED_TWICE = f"{ROOT}redis/delivered_twice"
REDIS_WITHDRAWN = f"{ROOT}redis/withdrawn"
REDIS_REFUSED = f"{ROOT}redis/refused"  # entries read from Redis that were not ours: skipped


def group(name: str) -> str:
    """The prefix of a limit group: ``group("limits") == LIMITS`` (crawler/limits.py counts
    each limit under its group's name)."""
    return f"{ROOT}{name}/"


def probe(platform: str, state: str) -> str:
    return f"{PROBES}{platform}/{state}"


def observation(state: str, platform: str | None = None) -> str:
    return f"{OBSERVATIONS}{platform}/{state}" if platform else f"{OBSERVATIONS}{state}"


def platform_search(platform: str, what: str) -> str:
    """``what``: ``pages`` or ``failed``."""
    return f"{PLATFORM_SEARCH}{platform}/{what}"


def web_search(engine: str, what: str) -> str:
    """``what``: ``pages``, ``results`` or ``could_not_search``."""
    return f"{WEB_SEARCH}{engine}/{what}"
