"""Which brandsweep a process of a distributed audit runs: every machine must run the same one.

The processes of one audit share requests (``wire``), items (``codec``), a checkpoint and a
payload, and the coordinator stores what the workers found with its own store's schema. Two
versions disagree in ways none of these can see: an item type or a field one side does not know
(the codec drops an unknown field and refuses an unknown type), a callback one side lacks (its
requests are refused), a store migration the coordinator lacks (the column a worker filled is
lost), other catalog rules or other words (the same page read two ways). Each of those would
store part of an audit, quietly. So the coordinator publishes its ``stamp`` in the payload, and
a worker compares it with its own before it takes anything: another brandsweep fails at once,
naming both versions and the fix (``mismatch``). A worker older than this check refuses the
payload (a field it does not know) and takes nothing either.

The stamp is the release (the package's version) and a digest of the code and data files the
crawl runs (``crawler`` and ``matching``: two installs of one release have the same files, two
checkouts of different commits do not; a checkout's line endings, Windows' or not, count as
one).
"""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

from matching.inventory import N_

#: the packages whose files make a process's behaviour in an audit
PACKAGES = ("crawler", "matching")
SUFFIXES = (".py", ".yaml", ".yml", ".json", ".txt")


@cache
def release() -> str:
    """The installed package's version (``unknown`` when it is not installed)."""
    try:
        return metadata.version("brandsweep")
    except metadata.PackageNotFoundError:
        return "unknown"


@cache
def code_digest() -> str:
    """12 hex digits of sha256 over the crawl's code and data files, by relative path."""
    root = Path(__file__).resolve().parents[2]
    digest = hashlib.sha256()
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*")):
            if path.suffix in SUFFIXES and "__pycache__" not in path.parts and path.is_file():
                digest.update(path.relative_to(root).as_posix().encode() + b"\0")
                # (line endings as git wrote them on this machine's system: one form)
                digest.update(path.read_bytes().replace(b"\r\n", b"\n") + b"\0")
    return digest.hexdigest()[:12]


def stamp() -> dict[str, str]:
    """This process's brandsweep, as the coordinator publishes it."""
    return {"version": release(), "code": code_digest()}


def describe(value: Any) -> str:
    """A stamp as a person reads it: ``brandsweep 0.1.0 (code 1a2b3c4d5e6f)``.

    >>> describe({"version": "0.1.0", "code": "1a2b3c4d5e6f"})
    'brandsweep 0.1.0 (code 1a2b3c4d5e6f)'
    >>> describe(None)
    'an older brandsweep (one that does not say its version)'
    """
    if not isinstance(value, dict) or not all(isinstance(value.get(k), str)
                                              for k in ("version", "code")):
        return "an older brandsweep (one that does not say its version)"
    return f"brandsweep {value['version'][:40]} (code {value['code'][:16]})"


def mismatch(published: Any, key: str) -> Any:
    """None when the coordinator's stamp ``published`` is this process's; else the message a
    worker stops with (both versions and the fix), before it takes any request.

    >>> mismatch(stamp(), "brandsweep:ab:1") is None
    True
    """
    mine = stamp()
    if published == mine:
        return None
    theirs = describe(published)
    fix = (f"pip install 'brandsweep=={published['version']}'"
           if isinstance(published, dict) and published.get("version") not in (
               None, "unknown", mine["version"])
           else "install the coordinator's brandsweep (the same release, the same files)")
    return N_("audit {key} was started by {theirs}, this worker is {mine}: every machine of "
              "a distributed audit must run the same brandsweep, or the audit would store only "
              "the part both understand. Nothing was taken from the audit. Fix: on this "
              "machine, {fix}, then start the worker again (or start the audit again with "
              "this version)", key=key, theirs=theirs, mine=describe(mine), fix=fix)
