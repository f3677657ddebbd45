"""The simulated web: one local HTTP server that answers for every host of the demo world.

``SimWeb`` serves www.instagram.com, api.github.com, html.duckduckgo.com, the company websites ...
on one 127.0.0.1 port, choosing the site by the request's Host header (the crawler reaches it
through ``crawler/resolve.py``). ``load_world()`` reads the bundled ``world.yaml``: every profile
with its true class, so tests and benchmarks measure an audit's precision and recall.
"""

from __future__ import annotations

from simweb.world import (
    DeletedAccount,
    Site,
    World,
    WorldProfile,
    canonical_handle,
    load_world,
    make_profile,
    profile_url,
    save_world,
)

__all__ = [
    "DeletedAccount",
    "SimWeb",
    "Site",
    "World",
    "WorldProfile",
    "canonical_handle",
    "load_world",
    "make_profile",
    "profile_url",
    "save_world",
]


def __getattr__(name: str):  # SimWeb imports the server lazily (keeps world-only users light)
    if name == "SimWeb":
        from simweb.server import SimWeb

        return SimWeb
    raise AttributeError(name)
