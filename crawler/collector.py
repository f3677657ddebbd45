"""When Python's cycle collector runs during an audit of the ``brandsweep`` program.

CPython's collector runs after every few hundred new container objects and, every tenth of
those, over all objects alive. An audit allocates in bursts that the collector can never free
and keeps meeting again:

* start-up and loading (modules, the catalog, the sites list, the candidates: objects that live
  until the process ends); importing Scrapy after them triggered full collections over all of
  it, 0.3 s of CPU before a 1,000-site crawl sent its first request;
* after the crawl, classification and the report, which build few reference cycles, while the
  finished crawler's objects are still in memory: a full collection there cost 0.1 s more.

So, in the program only (``crawler/cli.run`` calls ``program()``): no collection while loading
and importing, then everything alive is frozen (``gc.freeze``: moved out of the collector's
sight, still freed as usual when its last reference goes) and the crawl runs with the
collector on, over the crawl's own objects only; after the crawl, no collection until the
report is written (the runner still collects at once after a big crawl, whose crawler is
worth freeing before the report: ``runner.COLLECT_AFTER_REQUESTS``). The program ends with
``os._exit`` right after its report, so nothing waits for a collection at the end.

Anywhere else (tests, a script calling ``run_audit``) these calls do nothing: a long-lived
process must keep collecting, and a freeze there would keep a previous audit's garbage.
"""

from __future__ import annotations

import gc

_STATE = {"program": False}


def program() -> None:
    """This process is the ``brandsweep`` program: it ends when its command is done."""
    _STATE["program"] = True


def hold() -> None:
    """No collection from now on (loading, imports, classification, report)."""
    if _STATE["program"]:
        gc.disable()


def settle() -> None:
    """Everything alive now lives as long as the audit: freeze it, collect again (the crawl)."""
    if _STATE["program"]:
        gc.freeze()
        gc.enable()


def release() -> None:
    """Back to Python's usual collection (after the audit, or when it fails)."""
    if _STATE["program"]:
        gc.enable()
