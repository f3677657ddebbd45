"""Scrapy requests <-> plain JSON on the shared Redis queue, checked against a schema on arrival.

scrapy-redis' default serializer is ``pickle``: whoever can write one entry into the queue runs
code in every process that pops it. This is the ``SCHEDULER_SERIALIZER`` of a distributed audit
instead: ``dumps``/``loads`` turn scrapy-redis' request dict (``Request.to_dict``: callbacks by
*name*) into JSON text and back, and ``check`` validates a decoded entry before any Request is
built from it. Nothing in an entry is ever imported, called or unpickled: a callback is only a
name that must be one of the spider's own callbacks, a request class is refused, and the values
in ``meta`` are JSON with a few tagged types (tuple, bytes, and the dataclasses and enums of
``matching.models`` / ``crawler.items``, rebuilt through ``codec``'s type-driven decoder).

A bad entry raises ``Refused``; the queue logs it, counts it and takes the next one.

Each entry starts with ``mix``, a hash of its URL: Redis orders a priority's entries by their
bytes, so without it they would leave the queue host by host (``{"url":"http://a/...``) and a
process would take a batch of one host's requests, to wait there on the host's shared delay
while its other places idle. With it, the requests a process takes are spread over hosts.

    >>> text = dumps({"url": "https://x.com/a", "method": "GET", "headers": {b"A": [b"b"]},
    ...               "body": b"", "meta": {"bs_from": ("x", "a")}, "callback": "parse",
    ...               "errback": None, "priority": 3})
    >>> loads(text)["meta"]
    {'bs_from': ('x', 'a')}
    >>> loads(b"\\x80\\x04junk")
    Traceback (most recent call last):
    ...
    crawler.distributed.wire.Refused: not JSON: b'\\x80\\x04junk'
"""

from __future__ import annotations

import base64
import dataclasses
import enum
import hashlib
import inspect
import json
import re
from functools import cache
from typing import Any
from urllib.parse import urlsplit

import matching.models

from .. import items as crawler_items
from .codec import _from_json, _to_json

TAG = "__bs"
#: the longest entry accepted (a real request is a few kB)
MAX_ENTRY = 1 << 20
CALLBACK = re.compile(r"^(parse(_[a-z_]+)?|[a-z_]+_failed)$")
METHODS = {"GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH"}
#: the keys of ``Request.to_dict``; anything else (``_class``: a class to import) is refused
FIELDS = {"url", "callback", "errback", "headers", "body", "cookies", "meta", "encoding",
          "flags", "cb_kwargs", "dont_filter", "method", "priority"}
#: the queue-order key written first in each entry (see the module docstring), then dropped
MIX = "mix"


class Refused(ValueError):
    """An entry read from Redis that is not a request this audit could have written."""


@cache
def _registry() -> dict[str, type]:
    """The dataclasses and enums a request's meta may carry, by name: the shared models and the
    crawler's items, nothing else (no name on the wire can reach any other class)."""
    out: dict[str, type] = {}
    for module in (matching.models, crawler_items):
        for name, obj in vars(module).items():
            if inspect.isclass(obj) and obj.__module__ == module.__name__ and (
                    dataclasses.is_dataclass(obj) or issubclass(obj, enum.Enum)):
                out[name] = obj
    return out


def encode_value(value: Any) -> Any:
    """A meta value as JSON; raises TypeError for anything that is not data."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list):
        return [encode_value(v) for v in value]
    if isinstance(value, tuple):
        return {TAG: "tuple", "v": [encode_value(v) for v in value]}
    if isinstance(value, bytes):
        return {TAG: "bytes", "v": base64.b64encode(value).decode("ascii")}
    if isinstance(value, dict):
        if not all(isinstance(k, str) for k in value):
            raise TypeError("meta dict keys must be strings")
        body = {k: encode_value(v) for k, v in value.items()}
        return {TAG: "dict", "v": body} if TAG in value else body
    cls = type(value)
    if _registry().get(cls.__name__) is cls:
        if isinstance(value, enum.Enum):
            return {TAG: "enum", "c": cls.__name__, "v": value.value}
        return {TAG: "dc", "c": cls.__name__, "v": _to_json(value)}
    raise TypeError(f"cannot send a {cls.__qualname__} through Redis")


def decode_value(value: Any, depth: int = 0) -> Any:
    """``encode_value`` reversed; raises Refused on anything it could not have written."""
    if depth > 32:
        raise Refused("meta nested too deep")
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list):
        return [decode_value(v, depth + 1) for v in value]
    if not isinstance(value, dict):
        raise Refused(f"unexpected {type(value).__name__} in meta")
    if TAG not in value:
        return {str(k): decode_value(v, depth + 1) for k, v in value.items()}
    tag, inner = value.get(TAG), value.get("v")
    try:
        if tag == "tuple" and isinstance(inner, list):
            return tuple(decode_value(v, depth + 1) for v in inner)
        if tag == "bytes" and isinstance(inner, str):
            return base64.b64decode(inner, validate=True)
        if tag == "dict" and isinstance(inner, dict):
            return {str(k): decode_value(v, depth + 1) for k, v in inner.items()}
        cls = _registry().get(str(value.get("c")))
        if tag == "enum" and cls is not None and issubclass(cls, enum.Enum):
            return cls(inner)
        if tag == "dc" and cls is not None and dataclasses.is_dataclass(cls):
            return _from_json(cls, inner)
    except (TypeError, ValueError) as exc:
        raise Refused(f"bad {tag} in meta: {exc}") from None
    raise Refused(f"unknown tagged value in meta: {str(value)[:80]}")


def _b64(value: bytes) -> str:
    return base64.b64encode(value).decode("ascii")


def dumps(obj: dict[str, Any]) -> str:
    """scrapy-redis' request dict as JSON text (headers and body base64: they are bytes)."""
    headers = {_b64(_bytes(k)): [_b64(_bytes(v)) for v in vs]
               for k, vs in (obj.get("headers") or {}).items()}
    url = str(obj.get("url") or "")
    out = {MIX: hashlib.sha1(url.encode("utf-8", "replace")).hexdigest()[:8]}  # noqa: S324
    out.update((k, v) for k, v in obj.items() if k in FIELDS)
    if "_class" in obj:
        raise TypeError(f"only plain Requests travel through Redis, not {obj['_class']}")
    out.update(headers=headers, body=_b64(_bytes(obj.get("body") or b"")),
               meta=encode_value(dict(obj.get("meta") or {})),
               cb_kwargs=encode_value(dict(obj.get("cb_kwargs") or {})))
    return json.dumps(out, ensure_ascii=False, separators=(",", ":"))


def _bytes(value: Any) -> bytes:
    return value if isinstance(value, bytes) else str(value).encode("utf-8")


def loads(data: bytes | str) -> dict[str, Any]:
    """An entry from Redis as scrapy-redis' request dict, checked field by field (``check``
    adds what needs the spider). Raises Refused; never evaluates anything."""
    if len(data) > MAX_ENTRY:
        raise Refused(f"entry of {len(data)} bytes")
    try:
        obj = json.loads(data)
    except (ValueError, UnicodeDecodeError):
        raise Refused(f"not JSON: {bytes(data[:60]) if isinstance(data, bytes) else data[:60]!r}"
                      ) from None
    if not isinstance(obj, dict):
        raise Refused(f"not a JSON object: {type(obj).__name__}")
    mix = obj.pop(MIX, "")
    if not isinstance(mix, str) or len(mix) > 16:
        raise Refused("bad queue-order key")
    unknown = set(obj) - FIELDS
    if unknown:
        raise Refused(f"unexpected field(s) {sorted(unknown)}")
    url = obj.get("url")
    if not isinstance(url, str) or urlsplit(url).scheme not in ("http", "https") \
            or not urlsplit(url).hostname:
        raise Refused(f"url must be http(s): {str(url)[:80]!r}")
    method = obj.get("method", "GET")
    if method not in METHODS:
        raise Refused(f"method {str(method)[:20]!r}")
    for name in ("callback", "errback"):
        value = obj.get(name)
        if value is not None and not (isinstance(value, str) and CALLBACK.match(value)):
            raise Refused(f"{name} {str(value)[:40]!r} is not a spider callback")
    priority = obj.get("priority", 0)
    if not isinstance(priority, int) or isinstance(priority, bool) or abs(priority) > 10**6:
        raise Refused(f"priority {str(priority)[:20]!r}")
    if not isinstance(obj.get("dont_filter", False), bool):
        raise Refused("dont_filter must be true or false")
    encoding = obj.get("encoding", "utf-8")
    if not isinstance(encoding, str) or len(encoding) > 40:
        raise Refused("bad encoding")
    flags = obj.get("flags", [])
    if not isinstance(flags, list) or not all(isinstance(f, str) for f in flags):
        raise Refused("flags must be a list of strings")
    cookies = obj.get("cookies", {})
    if not isinstance(cookies, dict | list):
        raise Refused("cookies must be an object or a list")
    headers = obj.get("headers", {})
    if not isinstance(headers, dict) or not all(
            isinstance(vs, list) and all(isinstance(v, str) for v in vs)
            for vs in headers.values()):
        raise Refused("headers must map names to lists of strings")
    try:
        obj["headers"] = {base64.b64decode(k, validate=True):
                          [base64.b64decode(v, validate=True) for v in vs]
                          for k, vs in headers.items()}
        body = obj.get("body", "")
        if not isinstance(body, str):
            raise Refused("body must be a base64 string")
        obj["body"] = base64.b64decode(body, validate=True)
    except ValueError:
        raise Refused("headers or body not base64") from None
    for name in ("meta", "cb_kwargs"):
        value = decode_value(obj.get(name) or {})
        if not isinstance(value, dict):
            raise Refused(f"{name} must be an object")
        obj[name] = value
    return obj


def check(obj: dict[str, Any], spider: Any) -> dict[str, Any]:
    """``obj`` (from ``loads``) for ``spider``: its callbacks must be methods the spider's own
    class defines (a name, looked up on the spider: nothing is imported)."""
    for name in ("callback", "errback"):
        value = obj.get(name)
        if value is None:
            continue
        method = getattr(type(spider), value, None)
        if not inspect.isfunction(method):
            raise Refused(f"{name} {value!r} is not a method of {type(spider).__name__}")
    return obj
