"""State a page keeps as JavaScript rather than JSON, read as data (never run).

* Nuxt 2's function form: ``window.__NUXT__=(function(a,b,c){return {data:[{user:{name:b}}],
  state:{...}}}(null,"Jane",12));`` -- devalue's output, the repeated values hoisted into
  parameters and passed as the call's arguments (Nuxt 2.x pages of 2018-2023);
* Astro islands: ``<astro-island props="{&quot;user&quot;:[0,{...}]}">``, each value written
  as ``[type, value]`` (0 a plain value or object, 1 an array, 3 a date, 4 a map, 5 a set ...).

Both are bounded: a few documents of at most MAX_SCRIPT characters, a nesting depth limit; an
expression that is code rather than data (a call, an operator) makes the whole reading None.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

MAX_SCRIPT = 6_000_000  # characters of one script read
MAX_TOKENS = 2_000_000
MAX_DEPTH = 60
MAX_ISLANDS = 40

_TOKEN = re.compile(
    r"""\s+|//[^\n]*|/\*.*?\*/|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|"""
    r"""(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|[A-Za-z_$][\w$]*|[{}\[\]():,;.=!+-]|.""", re.S)
_ESCAPE = re.compile(r"\\(?:x([0-9a-fA-F]{2})|u\{([0-9a-fA-F]{1,6})\}|u([0-9a-fA-F]{4})|(.))",
                     re.S)
_SIMPLE = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}
_CONSTANTS: dict[str, Any] = {"true": True, "false": False, "null": None, "undefined": None,
                              "NaN": None, "Infinity": None}
_NUXT_FUNCTION = re.compile(
    r"(?:window\.|window\[['\"])__NUXT__['\"]?\]?\s*=\s*\(?\s*function\s*\(")


class _NotData(ValueError):
    """The expression is code, not a data literal."""


def _string(token: str) -> str:
    def one(m: re.Match[str]) -> str:
        hex2, brace, hex4, other = m.groups()
        if hex2 or brace or hex4:
            return chr(min(int(hex2 or brace or hex4, 16), 0x10FFFF))
        return _SIMPLE.get(other, "" if other == "\n" else other)

    value = _ESCAPE.sub(one, token[1:-1])
    try:  # a character outside the BMP written as two \u escapes: one character again
        return value.encode("utf-16", "surrogatepass").decode("utf-16")
    except UnicodeError:
        return value


def _tokens(text: str, start: int) -> list[str]:
    out = []
    for m in _TOKEN.finditer(text, start, min(len(text), start + MAX_SCRIPT)):
        tok = m.group(0)
        if tok[:1].isspace() or tok[:2] in ("//", "/*"):
            continue
        out.append(tok)
        if len(out) >= MAX_TOKENS:
            break
    return out


class _Reader:
    """A recursive-descent reader of JavaScript data literals over a token list, names bound
    to values by ``env`` (the function's parameters)."""

    def __init__(self, toks: list[str], env: dict[str, Any] | None = None) -> None:
        self.toks = toks
        self.pos = 0
        self.env = env or {}

    def peek(self) -> str:
        return self.toks[self.pos] if self.pos < len(self.toks) else ""

    def take(self, want: str | None = None) -> str:
        tok = self.peek()
        if not tok or (want is not None and tok != want):
            raise _NotData(f"expected {want!r}, got {tok!r}")
        self.pos += 1
        return tok

    def value(self, depth: int = 0) -> Any:
        if depth > MAX_DEPTH:
            raise _NotData("too deep")
        tok = self.take()
        if tok == "{":
            return self._object(depth)
        if tok == "[":
            return self._array(depth)
        if tok[:1] in ("'", '"'):
            return _string(tok)
        if tok == "-" and self.peek()[:1].isdigit() or tok[:1].isdigit() or tok[:1] == ".":
            number = tok if tok != "-" else "-" + self.take()
            return json.loads(number) if re.fullmatch(r"-?\d+", number) else float(number)
        if tok == "!" and self.peek() in ("0", "1"):  # a minifier's true and false
            return self.take() == "0"
        if tok == "void":
            self.take()
            return None
        if tok == "new" and self.peek() == "Date":  # new Date(...): its argument, as given
            self.take()
            self.take("(")
            arg = self.value(depth + 1) if self.peek() != ")" else None
            self.take(")")
            return arg
        if tok in _CONSTANTS:
            return _CONSTANTS[tok]
        if tok in self.env:
            return self.env[tok]
        raise _NotData(tok)

    def _object(self, depth: int) -> dict:
        out: dict[str, Any] = {}
        while self.peek() != "}":
            key = self.take()
            if key[:1] in ("'", '"'):
                key = _string(key)
            elif not re.fullmatch(r"[\w$]+", key):
                raise _NotData(key)
            self.take(":")
            out[key] = self.value(depth + 1)
            if self.peek() == ",":
                self.take()
        self.take("}")
        return out

    def _array(self, depth: int) -> list:
        out: list[Any] = []
        while self.peek() != "]":
            if self.peek() == ",":  # a hole
                self.take()
                out.append(None)
                continue
            out.append(self.value(depth + 1))
            if self.peek() == ",":
                self.take()
        self.take("]")
        return out


def _matching(toks: list[str], pos: int) -> int:
    """Index of the token closing the bracket opened at ``pos``."""
    depth = 0
    for i in range(pos, len(toks)):
        if toks[i] in ("{", "(", "["):
            depth += 1
        elif toks[i] in ("}", ")", "]"):
            depth -= 1
            if depth == 0:
                return i
    raise _NotData("unclosed")


def nuxt_function_state(text: str) -> Any:
    """The object Nuxt 2's ``window.__NUXT__=(function(a,b){return {...}}(x,y))`` builds,
    its parameters bound to the call's arguments; None when the page has none or it is code.
    Assignments before the ``return`` (devalue's way to write a shared or cyclic value) are
    left out: the returned object is read with those members as None."""
    m = _NUXT_FUNCTION.search(text)
    if m is None:
        return None
    toks = _tokens(text, m.end() - 1)
    try:
        close = _matching(toks, 0)
        params = [t for t in toks[1:close] if t != ","]
        body_open = close + 1
        if toks[body_open] != "{":
            return None
        body_close = _matching(toks, body_open)
        rest = toks[body_close + 1 :]
        if rest[:1] == [")"]:  # (function(){...})(args): the call after the parenthesis
            rest = rest[1:]
        if rest[:1] != ["("]:
            return None
        args_reader = _Reader(rest[1:])
        args: list[Any] = []
        while args_reader.peek() != ")":
            args.append(args_reader.value())
            if args_reader.peek() == ",":
                args_reader.take()
        env = dict(zip(params, args, strict=False))
        body = toks[body_open + 1 : body_close]
        if "return" not in body:
            return None
        returned = _Reader(body[_last_return(body) + 1 :], env)
        return returned.value()
    except (_NotData, IndexError, ValueError, RecursionError):
        return None


def _last_return(body: list[str]) -> int:
    """The body's own ``return`` (at its top level; a statement before it may hold braces)."""
    depth = 0
    found = -1
    for i, tok in enumerate(body):
        if tok in ("{", "(", "["):
            depth += 1
        elif tok in ("}", ")", "]"):
            depth -= 1
        elif tok == "return" and depth == 0:
            found = i
    if found < 0:
        raise _NotData("no return")
    return found


# Astro's serialised prop types (astro/runtime/server/serialize.ts): 0 value, 1 array,
# 2 RegExp, 3 Date, 4 Map, 5 Set, 6 BigInt, 7 URL, 8-10 typed arrays, 11 Infinity
def _astro_value(node: Any, depth: int = 0) -> Any:
    if depth > MAX_DEPTH or not (isinstance(node, list) and len(node) == 2
                                 and isinstance(node[0], int)):
        return node
    kind, value = node
    if kind == 0 and isinstance(value, dict):
        return {str(k): _astro_value(v, depth + 1) for k, v in list(value.items())[:500]}
    if kind in (1, 5) and isinstance(value, list):
        return [_astro_value(v, depth + 1) for v in value[:500]]
    if kind == 4 and isinstance(value, list):
        pairs = [_astro_value(v, depth + 1) for v in value[:500]]
        return {str(p[0]): p[1] for p in pairs if isinstance(p, list) and len(p) == 2}
    if kind == 11:
        return None
    return value


def astro_props(values: list[str]) -> Iterator[dict]:
    """The props of a page's Astro islands (the ``props`` attributes, entity-decoded), as the
    plain objects they encode; at most MAX_ISLANDS, each at most MAX_SCRIPT characters."""
    for raw in values[:MAX_ISLANDS]:
        if len(raw) > MAX_SCRIPT or not raw.lstrip().startswith("{"):
            continue
        try:
            doc = json.loads(raw, strict=False)
        except (ValueError, RecursionError):
            continue
        if isinstance(doc, dict) and doc:
            yield {str(k): _astro_value(v) for k, v in list(doc.items())[:500]}
