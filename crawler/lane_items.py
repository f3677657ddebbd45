"""The probe lane's items: Scrapy's item path, taken synchronously where nothing in it waits.

A found probe yields three items (the sighting, the page body, the observation). Scrapy's
``Scraper.start_itemproc_async`` runs each through the item pipeline, builds a debug log record
("Scraped from ...") that every handler then drops, and sends ``item_scraped`` through
``send_catch_log_async``, which wraps every receiver in an asyncio task and gathers them: for
a 1,000-site sweep that was a third of the lane's CPU, for receivers that all return at once
(the store pipeline, Scrapy's item counter, our progress line).

``ItemPath.process`` does the same steps in the same order with the same objects: the
pipeline's ``process_item`` methods in order (a method that returns a Deferred or a coroutine
is awaited, as Scrapy does), the log formatter's record when a handler would keep it, then
``item_scraped`` (``item_dropped`` / ``item_error`` on a drop or an error) through the signal
manager's synchronous ``send_catch_log``, which calls each receiver and logs its errors alike.
It is taken only when Scrapy's own item manager runs plain pipeline methods and every receiver
of those signals is a plain function; otherwise every item goes through
``start_itemproc_async`` as before.
"""

from __future__ import annotations

import inspect
import logging
from typing import TYPE_CHECKING, Any

from pydispatch import dispatcher
from scrapy import signals
from scrapy.exceptions import DropItem
from scrapy.pipelines import ItemPipelineManager
from scrapy.utils.defer import ensure_awaitable
from scrapy.utils.log import logformatter_adapter
from scrapy.utils.python import global_object_name
from twisted.python.failure import Failure

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

#: Scrapy's scraper logs its "Scraped from" records here
_SCRAPER_LOG = logging.getLogger("scrapy.core.scraper")
_SIGNALS = (signals.item_scraped, signals.item_dropped, signals.item_error)


def _kept(level: int) -> bool:
    """Whether some handler would keep a record of ``level`` from the scraper's logger."""
    if not _SCRAPER_LOG.isEnabledFor(level):
        return False
    logger: logging.Logger | None = _SCRAPER_LOG
    while logger is not None:
        if any(level >= h.level for h in logger.handlers):
            return True
        if not logger.propagate:
            return False
        logger = logger.parent
    return logging.lastResort is not None and level >= logging.lastResort.level


class ItemPath:
    """One per crawl, built by the lane once the engine runs."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        scraper = crawler.engine.scraper
        self.scraper = scraper
        itemproc = scraper.itemproc
        self.methods = list(itemproc.methods.get("process_item", ()))
        self.fast = (
            type(itemproc) is ItemPipelineManager
            and not any(m in itemproc._mw_methods_requiring_spider for m in self.methods)
            and not any(inspect.iscoroutinefunction(m) for m in self.methods)
            and all(self._plain_receivers(sig) for sig in _SIGNALS)
        )

    def _plain_receivers(self, signal: Any) -> bool:
        sender = self.crawler.signals.sender
        receivers = dispatcher.liveReceivers(dispatcher.getAllReceivers(sender, signal))
        return not any(inspect.iscoroutinefunction(r) or inspect.isasyncgenfunction(r)
                       for r in receivers)

    async def process(self, item: Any, response: Any) -> None:
        if not self.fast:
            await self.scraper.start_itemproc_async(item, response=response)
            return
        scraper = self.scraper
        spider = self.crawler.spider
        send = self.crawler.signals.send_catch_log
        scraper.slot.itemproc_size += 1
        try:
            output = item
            try:
                for method in self.methods:
                    output = method(output)
                    if hasattr(type(output), "__await__"):  # a Deferred or a coroutine
                        output = await ensure_awaitable(output,
                                                        _warn=global_object_name(method))
            except DropItem as ex:
                self._log(scraper.logformatter.dropped(item, ex, response, spider), item)
                send(signal=signals.item_dropped, item=item, response=response, spider=spider,
                     exception=ex)
            except Exception as ex:
                logkws = scraper.logformatter.item_error(item, ex, response, spider)
                _SCRAPER_LOG.log(*logformatter_adapter(logkws),
                                 extra={"spider": spider, "item": item}, exc_info=True)
                send(signal=signals.item_error, item=item, response=response, spider=spider,
                     failure=Failure())
            else:
                self._log(scraper.logformatter.scraped(output, response, spider), output)
                send(signal=signals.item_scraped, item=output, response=response,
                     spider=spider)
        finally:
            scraper.slot.itemproc_size -= 1

    def _log(self, logkws: Any, item: Any) -> None:
        if logkws is not None and _kept(logkws.get("level", logging.INFO)):
            _SCRAPER_LOG.log(*logformatter_adapter(logkws),
                             extra={"spider": self.crawler.spider, "item": item})
