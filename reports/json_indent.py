"""``json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=False, default=str)``, faster.

With ``indent`` set, the standard library encodes in pure Python, one generator per nested
container: ``coverage.json`` of a 1,000-site sweep (a row per platform, 100,000 values) took a
fifth of the report's time. This writes the very same text (the C string encoder for every
string, one list of pieces, no generators); tests/test_json_indent.py compares it with
``json.dumps`` on the real document and on every kind of value.
"""

from __future__ import annotations

import json.encoder
from collections.abc import Callable
from typing import Any

_quote: Callable[[str], str] = (json.encoder.c_encode_basestring  # type: ignore[attr-defined]
                                or json.encoder.py_encode_basestring)
_INF = float("inf")


def _float(o: float) -> str:
    if o != o:  # noqa: PLR0124 - NaN, as json writes it (allow_nan)
        return "NaN"
    if o == _INF:
        return "Infinity"
    if o == -_INF:
        return "-Infinity"
    return float.__repr__(o)


def _key(k: Any) -> str:
    if isinstance(k, str):
        return _quote(k)
    if k is True:
        return '"true"'
    if k is False:
        return '"false"'
    if k is None:
        return '"null"'
    if isinstance(k, int):
        return _quote(int.__repr__(k))
    if isinstance(k, float):
        return _quote(_float(k))
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(k).__name__}")


class _Pieces(list[str]):
    """The text so far; with a file, written out every few thousand pieces (a 10,000-site
    ``coverage.json`` is millions of pieces: as strings of their own, hundreds of MB)."""

    def __init__(self, write: Callable[[str], Any] | None = None):
        super().__init__()
        self.write = write

    def spill(self) -> None:
        if self.write is not None and len(self) > 4096:
            self.write("".join(self))
            self.clear()


def _encode(o: Any, out: _Pieces, pad: str, step: str,
            default: Callable[[Any], Any]) -> None:
    if isinstance(o, str):
        out.append(_quote(o))
    elif o is None:
        out.append("null")
    elif o is True:
        out.append("true")
    elif o is False:
        out.append("false")
    elif isinstance(o, int):
        out.append(int.__repr__(o))
    elif isinstance(o, float):
        out.append(_float(o))
    elif isinstance(o, list | tuple):
        if not o:
            out.append("[]")
            return
        inner = pad + step
        out.append("[\n" + inner)
        first = True
        for v in o:
            if not first:
                out.append(",\n" + inner)
            first = False
            _encode(v, out, inner, step, default)
        out.append("\n" + pad + "]")
        out.spill()
    elif isinstance(o, dict):
        if not o:
            out.append("{}")
            return
        inner = pad + step
        out.append("{\n" + inner)
        first = True
        for k, v in sorted(o.items()):
            if not first:
                out.append(",\n" + inner)
            first = False
            out.append(_key(k) + ": ")
            _encode(v, out, inner, step, default)
        out.append("\n" + pad + "}")
        out.spill()
    else:
        _encode(default(o), out, pad, step, default)


def dumps_indented(obj: Any, indent: int = 2, default: Callable[[Any], Any] = str) -> str:
    """The text of ``json.dumps(obj, indent=indent, sort_keys=True, ensure_ascii=False,
    default=default)``."""
    out = _Pieces()
    _encode(obj, out, "", " " * indent, default)
    return "".join(out)


def dump_indented(obj: Any, fh: Any, indent: int = 2, default: Callable[[Any], Any] = str
                  ) -> None:
    """``dumps_indented`` written to the text file ``fh`` as it is encoded."""
    out = _Pieces(fh.write)
    _encode(obj, out, "", " " * indent, default)
    fh.write("".join(out))
