"""The hosts a platform's requests go to: what per-host politeness is planned for.

Scrapy-free, so the sweep spider (``configure_politeness``) and the forked probe workers
(crawler/lane_fork.py) plan the same slots.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit


def platform_hosts(platform: Any) -> set[str]:
    """Hosts a platform's requests go to (probe, views, search), for per-host politeness."""
    hosts: set[str] = set()
    sample = "example"
    urls: list[str | None] = []
    try:
        urls.append(platform.probe_url(sample))
        for view in getattr(platform, "views", {}):
            urls.append(platform.request_for(view, sample)["url"])
        if platform.search is not None:
            urls.append(platform.search_url("example"))
        urls.append(platform.profile_url(sample))
    except (KeyError, ValueError, IndexError):
        pass
    for url in urls:
        if url:
            host = urlsplit(url).hostname
            if host:
                hosts.add(host.lower())
    for host in getattr(platform, "hosts", ()):
        if "*" not in host:
            hosts.add(host.lower())
    return hosts
