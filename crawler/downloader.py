"""Scrapy's downloader, holding every host to its slot's concurrency (``DOWNLOADER`` setting).

Scrapy (2.13 to 2.19 at least, asyncio reactor) takes requests out of a slot's queue in a loop
that stops when the slot has no free transfer places, but a request only counts as transferring
once its download task runs, on a later turn of the event loop. With a delay the loop takes one
request and stops, so nothing goes wrong; with no delay (a catalog ``rate`` of ``delay: 0``, or
the local demo, whose delays are scaled to zero) every queued request of the host left at once:
a host with ``concurrency: 2`` saw 4 requests in flight (``tests/test_probe_engine.py`` measures
it at the server). Here a request counts as transferring from the moment it leaves the queue
(``_download`` adds it again, a no-op on a set, and removes it when the answer is in).
"""

from __future__ import annotations

from time import monotonic

from scrapy.core.downloader import Downloader, Slot
from scrapy.utils.asyncio import call_later
from scrapy.utils.defer import _schedule_coro


class PoliteDownloader(Downloader):
    def _process_queue(self, slot: Slot) -> None:
        if slot.latercall:
            return
        now = monotonic()
        delay = slot.download_delay()
        if delay:
            penalty = delay - now + slot.lastseen
            if penalty > 0:
                slot.latercall = call_later(penalty, self._latercall, slot)
                return
        while slot.queue and slot.free_transfer_slots() > 0:
            slot.lastseen = now
            request, queue_dfd = slot.queue.popleft()
            slot.transferring.add(request)  # counted now, not when the task gets to run
            _schedule_coro(self._wait_for_download(slot, request, queue_dfd))
            if delay:  # one request per delay
                self._process_queue(slot)
                break
