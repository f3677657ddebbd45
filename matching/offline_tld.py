"""tldextract imported without ``requests``, which brandsweep's offline use of it never calls.

tldextract imports ``requests`` (and ``requests_file``) at its top only to download fresh
suffix lists; brandsweep reads the snapshot bundled with it (``suffix_list_urls=()``), yet
every ``brandsweep`` command paid 0.07 s of CPU importing an HTTP library before its first
line of work. ``import_tldextract`` imports tldextract with stand-ins for the two modules in
``sys.modules`` and removes them right after, so any later ``import requests`` gets the real
one. The stand-ins defer to the real modules the moment anything is used: ``Session()`` and
``FileAdapter()`` build the real objects, any other name (``requests.exceptions.X``) is read
from the real module (the first run on a machine, which builds tldextract's suffix list
cache, builds a session that downloads nothing, and so loads requests once). If the
stand-ins do not fit a future tldextract, it is imported the ordinary way.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any

#: tldextract's top-level imports of the HTTP stack (its modules and their names)
_STANDS_IN_FOR = ("requests", "requests.exceptions", "requests_file")


def _real(module: str) -> types.ModuleType:
    """The real module (imported now: a stand-in was used)."""
    for name in _STANDS_IN_FOR:
        if isinstance(sys.modules.get(name), _StandIn):
            del sys.modules[name]
    return importlib.import_module(module)


class _StandIn(types.ModuleType):
    """A module whose every name not set on it is the real module's (PEP 562)."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(_real(self.__name__), name)


def _deferred_class(module: str, name: str) -> type:
    """A class (usable in annotations, ``X | None``) whose instances are the real class's."""

    def new(cls: type, *args: Any, **kwargs: Any) -> Any:
        return getattr(_real(module), name)(*args, **kwargs)

    return type(name, (), {"__new__": new, "__module__": module})


def _stand_ins() -> dict[str, types.ModuleType]:
    requests = _StandIn("requests")
    exceptions = _StandIn("requests.exceptions")
    requests.Session = _deferred_class("requests", "Session")  # type: ignore[attr-defined]
    requests.exceptions = exceptions  # type: ignore[attr-defined]
    requests_file = _StandIn("requests_file")
    requests_file.FileAdapter = _deferred_class(  # type: ignore[attr-defined]
        "requests_file", "FileAdapter")
    return {"requests": requests, "requests.exceptions": exceptions,
            "requests_file": requests_file}


def import_tldextract() -> types.ModuleType:
    """The tldextract module, imported without its HTTP stack where that is not loaded yet."""
    if "tldextract" in sys.modules or any(n in sys.modules for n in _STANDS_IN_FOR):
        return importlib.import_module("tldextract")
    stand_ins = _stand_ins()
    sys.modules.update(stand_ins)
    try:
        return importlib.import_module("tldextract")
    except Exception:  # noqa: BLE001 - a tldextract the stand-ins do not fit: the usual way
        for name in [n for n in sys.modules if n == "tldextract" or n.startswith("tldextract.")]:
            del sys.modules[name]
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
        return importlib.import_module("tldextract")
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
