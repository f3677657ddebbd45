"""Crawl items <-> JSON text, so a worker on another machine can hand them to the coordinator.

Workers never open the SQLite store: each item they scrape is pushed, as one JSON object with a
type tag, onto the audit's Redis list, and the coordinator feeds it to its ``StorePipeline``.
JSON rather than pickle because the list crosses machines and trust boundaries (a pickle from a
compromised Redis would run code in the coordinator) and because it is readable with
``redis-cli LRANGE`` when something goes wrong.

The codec is driven by the dataclasses' type hints, so a field added to ``matching.models``
travels without a change here::

    >>> from matching.models import Sighting, Via
    >>> s = Sighting("x", "acme", Via.PROBE, "inventory", "declared")
    >>> decode_item(encode_item(s)) == s
    True
"""

from __future__ import annotations

import base64
import dataclasses
import enum
import json
import types
import typing
from functools import cache
from typing import Any

from matching.models import LinkedPage, ProfileObservation, Sighting

from ..items import Calibration, CoverageGap, PageBody, ProbeOutcome, SearchPage, SitePage

#: the item types a sweep yields, by their type tag on the wire
ITEM_TYPES: dict[str, type] = {
    cls.__name__: cls
    for cls in (Sighting, ProfileObservation, LinkedPage, PageBody, CoverageGap, ProbeOutcome,
                SearchPage, Calibration, SitePage)
}


class CodecError(ValueError):
    """A message on the items list that is not an item we know (wrong version, corruption)."""


def encode_item(item: Any) -> str:
    """One item as JSON text: ``{"type": "Sighting", "data": {...}}`` (bytes as base64)."""
    name = type(item).__name__
    if ITEM_TYPES.get(name) is not type(item):
        raise CodecError(f"not a crawl item: {type(item).__qualname__}")
    return json.dumps({"type": name, "data": _to_json(item)}, ensure_ascii=False,
                      separators=(",", ":"))


def decode_item(text: str | bytes) -> Any:
    """The item ``encode_item`` wrote; unknown fields are dropped (a newer worker may know more
    fields than this coordinator), missing ones take their defaults."""
    try:
        message = json.loads(text)
        cls = ITEM_TYPES[message["type"]]
        data = message["data"]
    except (ValueError, KeyError, TypeError) as exc:
        raise CodecError(f"not an encoded item: {str(text)[:80]!r}") from exc
    return _from_json(cls, data)


def _to_json(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, tuple | list):
        return [_to_json(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _to_json(v) for k, v in value.items()}
    return value


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _from_json(tp: Any, value: Any) -> Any:
    """``value`` (plain JSON) rebuilt as the type hint ``tp`` says."""
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        for option in options:
            try:
                return _from_json(option, value)
            except (TypeError, ValueError):
                continue
        return value
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_from_json(args[0], v) for v in value)
        return tuple(_from_json(a, v) for a, v in zip(args, value, strict=False))
    if origin is list:
        (arg,) = typing.get_args(tp) or (Any,)
        return [_from_json(arg, v) for v in value]
    if origin is dict:
        _, arg = typing.get_args(tp) or (Any, Any)
        return {k: _from_json(arg, v) for k, v in value.items()}
    if isinstance(tp, type):
        if dataclasses.is_dataclass(tp):
            if not isinstance(value, dict):
                raise TypeError(f"{tp.__name__} needs an object, got {type(value).__name__}")
            hints = _hints(tp)
            known = {f.name for f in dataclasses.fields(tp) if f.init}
            return tp(**{k: _from_json(hints[k], v) for k, v in value.items() if k in known})
        if issubclass(tp, enum.Enum):
            return tp(value)
        if tp is bytes:
            return base64.b64decode(value)
        if tp is float and isinstance(value, int | float):
            return float(value)
        if tp in (str, int, bool) and not isinstance(value, tp):
            raise TypeError(f"expected {tp.__name__}, got {type(value).__name__}")
    return value
