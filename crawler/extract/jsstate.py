"""State a page keeps as JavaScript rather than JSON, read as data (never run).

* Nuxt 2's function form: ``window.__NUXT__=(function(a,b,c){return {data:[{user:{name:b}}],
  state:{...}}}(null,"Jane",12));`` -- devalue's output, the repeated values hoisted into
  parameters and passed as the call's arguments (Nuxt 2.x pages of 2018-2023);
* Astro islands: ``<astro-island props="{&quot;user&quot;:[0,{...}]}">``, each value written
  as ``[type, value]`` (0 a plain value or object, 1 an array, 3 a date, 4 a map, 5 a set ...).

* any JavaScript or TypeScript data literal (``literal_at``): a test's fixture module
  (``export const USER: IUser = {...}``), a page's ``window.__STATE__ = {...}`` written as code
  rather than JSON -- unquoted or numeric keys, single-quoted strings, template strings without
  substitutions, trailing commas, comments, ``undefined``, ``void 0``, a minifier's ``!0`` and
  ``!1``, ``NaN`` and ``Infinity``, hex, octal, binary and ``1_000`` numbers, ``new Date(x)``,
  and TypeScript's ``as const``, ``as Type``, ``satisfies Type``, ``<Type>value`` and ``value!``.

All are bounded: a few documents of at most MAX_SCRIPT characters, a nesting depth limit; an
expression that is code rather than data (a function, an arrow, a template's substitution, an
operator) makes the whole reading None. A name standing for a value (``user: user``, an enum's
``Role.Admin``, a call ``uuid()``) reads as None in ``literal_at``: the data around it is data.

chompjs (the parser Scrapy's documentation suggests for such scripts) was measured and left out:
it reads code as text (``undefined``, ``!0``, ``foo()`` become the strings 'undefined', '!0',
'foo()', so a link or a badge would be read from code), cannot be told to refuse a literal that
holds a function, stops on TypeScript's ``as const``, and is C reading hostile pages (it crashed
on an empty string until 2024); what it would add here (escapes and number notations) is a few
lines of this reader.
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

_TOKEN = re.compile(  # each literal's pattern unrolled: a run of plain characters at a time
    r"""\s+|//[^\n]*|/\*[^*]*\*+(?:[^/*][^*]*\*+)*/|"[^"\\\n]*(?:\\.[^"\\\n]*)*"|"""
    r"""'[^'\\\n]*(?:\\.[^'\\\n]*)*'|`[^`\\$]*(?:(?:\\.|\$(?!\{))[^`\\$]*)*`|`|"""
    r"""0[xX][0-9a-fA-F_]+n?|0[oO][0-7_]+n?|0[bB][01_]+n?|"""
    r"""(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][-+]?\d+)?n?|[^\W\d][\w$]*|\$[\w$]*|"""
    r"""\.\.\.|=>|[{}\[\]():,;.=!+<>-]|.""", re.S)
_ESCAPE = re.compile(r"\\(?:x([0-9a-fA-F]{2})|u\{([0-9a-fA-F]{1,6})\}|u([0-9a-fA-F]{4})|(.))",
                     re.S)
_SIMPLE = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}
_CONSTANTS: dict[str, Any] = {"true": True, "false": False, "null": None, "undefined": None,
                              "NaN": None, "Infinity": None}
# the same constants in the languages whose data literals look like JavaScript's
_OTHER_CONSTANTS: dict[str, Any] = {"True": True, "False": False, "None": None, "nil": None,
                                    "TRUE": True, "FALSE": False, "NULL": None}
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
    """A recursive-descent reader of JavaScript data literals over a token list (or, with
    ``text``, the tokens of ``text`` from ``start``, taken as they are needed: a page's rest is
    never tokenised past the literal), names bound to values by ``env`` (the function's
    parameters). ``loose``: a name or a call that stands for a value reads as None (a module's
    reference to another constant, an enum member), TypeScript's casts are skipped; otherwise
    an unknown name is code."""

    def __init__(self, toks: list[str] | None = None, env: dict[str, Any] | None = None,
                 text: str | None = None, start: int = 0, loose: bool = False,
                 limit: int = MAX_SCRIPT) -> None:
        self.toks = toks if toks is not None else []
        self.pos = 0
        self.env = env or {}
        self.loose = loose
        self._text = text
        self._at = start
        self._end = min(len(text), start + limit) if text is not None else 0

    def _more(self) -> bool:
        """One more token of ``text`` appended; False at its end."""
        if self._text is None or len(self.toks) >= MAX_TOKENS:
            return False
        while self._at < self._end:
            m = _TOKEN.match(self._text, self._at, self._end)
            if m is None:
                return False
            self._at = m.end()
            tok = m.group(0)
            if tok[:1].isspace() or tok[:2] in ("//", "/*"):
                continue
            self.toks.append(tok)
            return True
        return False

    def peek(self, ahead: int = 0) -> str:
        while self.pos + ahead >= len(self.toks):
            if not self._more():
                return ""
        return self.toks[self.pos + ahead]

    def take(self, want: str | None = None) -> str:
        tok = self.peek()
        if not tok or (want is not None and tok != want):
            raise _NotData(f"expected {want!r}, got {tok!r}")
        self.pos += 1
        return tok

    def value(self, depth: int = 0) -> Any:
        out = self._primary(depth)
        if self.loose:
            self._typescript_suffix()
        return out

    def _primary(self, depth: int) -> Any:
        if depth > MAX_DEPTH:
            raise _NotData("too deep")
        tok = self.take()
        if tok == "{":
            return self._object(depth)
        if tok == "[":
            return self._array(depth)
        if tok[:1] in ("'", '"', "`") and len(tok) >= 2:
            return _string(tok)
        if tok in ("-", "+") and (self.peek()[:1].isdigit() or self.peek()[:1] == "."
                                  or self.peek() in ("Infinity", "NaN")):
            number = self.take()
            got = _number(number) if number not in ("Infinity", "NaN") else None
            return -got if tok == "-" and got is not None else got
        if tok[:1].isdigit() or tok[:1] == "." and tok[1:2].isdigit():
            return _number(tok)
        if tok == "!" and self.peek() in ("0", "1"):  # a minifier's true and false
            return self.take() == "0"
        if tok == "void":
            self.take()
            return None
        if tok == "(" and self.loose:  # a parenthesised value
            inner = self.value(depth + 1)
            self.take(")")
            return inner
        if tok == "<" and self.loose:  # TypeScript's old cast: <Type>value
            self._skip_type(stop=(">",))
            self.take(">")
            return self.value(depth + 1)
        if tok == "new" and self.peek() == "Date":  # new Date(...): its argument, as given
            self.take()
            self.take("(")
            arg = self.value(depth + 1) if self.peek() != ")" else None
            self.take(")")
            return arg
        if tok in _CONSTANTS:
            return _CONSTANTS[tok]
        if self.loose and tok in _OTHER_CONSTANTS:
            return _OTHER_CONSTANTS[tok]
        if tok in self.env:
            return self.env[tok]
        if self.loose and _NAME.fullmatch(tok) and tok not in _CODE_WORDS:
            return self._reference(tok)
        raise _NotData(tok)

    def _reference(self, name: str) -> None:
        """A name standing for a value (``user``, ``Role.Admin``, ``uuid()``, ``new Foo(1)``):
        None; a function (``x => 1``) is code."""
        if name == "new":
            self.take()
        while True:
            nxt = self.peek()
            if nxt == "=>":
                raise _NotData("an arrow function")
            if nxt in (".", "?.") and _NAME.fullmatch(self.peek(1)):
                self.take()
                self.take()
            elif nxt == "[" and self.peek(1)[:1] in ("'", '"') and self.peek(2) == "]":
                self.take()
                self.take()
                self.take()
            elif nxt == "(":
                self._skip_balanced()
            else:
                return None

    def _skip_balanced(self) -> None:
        """Past the bracketed group opening at the next token (a call's arguments)."""
        depth = 0
        while True:
            tok = self.take()
            if tok == "=>" or tok == "function":
                raise _NotData("a function")
            if tok in ("(", "[", "{"):
                depth += 1
            elif tok in (")", "]", "}"):
                depth -= 1
                if depth == 0:
                    return

    def _typescript_suffix(self) -> None:
        """Past what TypeScript writes after a value: ``as const``, ``as Type``, ``satisfies
        Type``, the non-null ``!``."""
        while True:
            nxt = self.peek()
            if nxt == "!" and self.peek(1) in (",", "}", "]", ")", ";", "", "as"):
                self.take()
            elif nxt in ("as", "satisfies"):
                self.take()
                self._skip_type()
            else:
                return

    def _skip_type(self, stop: tuple[str, ...] = (",", "}", "]", ")", ";")) -> None:
        """Past a type (``IUser``, ``Record<string, unknown>``, ``{a: number}[]``,
        ``'a' | 'b'``): to the first ``stop`` token outside its own brackets."""
        depth = 0
        taken = 0
        while True:
            nxt = self.peek()
            if not nxt or depth == 0 and nxt in stop and taken:
                return
            if nxt == "=>" and depth == 0:
                raise _NotData("a function type")
            if nxt in ("<", "(", "[", "{"):
                depth += 1
            elif nxt in (">", ")", "]", "}"):
                if depth == 0:
                    return
                depth -= 1
            self.take()
            taken += 1

    def _object(self, depth: int) -> dict:
        out: dict[str, Any] = {}
        while self.peek() != "}":
            key = self.take()
            if key == "..." and self.loose:  # a spread of another object: not read
                self.value(depth + 1)
                if self.peek() == ",":
                    self.take()
                continue
            if key[:1] in ("'", '"'):
                key = _string(key)
            elif key[:1].isdigit():
                key = str(_number(key))
            elif not _NAME.fullmatch(key):
                raise _NotData(key)
            elif key in ("get", "set", "async") and self.peek() not in (":", ",", "}", "("):
                raise _NotData("an accessor")
            nxt = self.peek()
            if nxt == "(":
                raise _NotData("a method")
            if self.loose and nxt in (",", "}"):  # shorthand {user}: a name's value
                out[key] = self.env.get(key)
            else:
                if self.loose and nxt == "?":  # an optional member's type? never in data
                    raise _NotData(nxt)
                if self.loose and nxt == "=>":  # Ruby's and PHP's key => value
                    self.take("=>")
                else:
                    self.take(":")
                out[key] = self.value(depth + 1)
            if self.peek() == ",":
                self.take()
            elif self.peek() != "}":
                raise _NotData(self.peek())
        self.take("}")
        return out

    def _array(self, depth: int) -> list:
        out: list[Any] = []
        while self.peek() != "]":
            if self.peek() == ",":  # a hole
                self.take()
                out.append(None)
                continue
            if self.peek() == "..." and self.loose:
                self.take()
                self.value(depth + 1)
            else:
                out.append(self.value(depth + 1))
            if self.peek() == ",":
                self.take()
            elif self.peek() != "]":
                raise _NotData(self.peek())
        self.take("]")
        return out


_NAME = re.compile(r"[^\W\d][\w$]*|\$[\w$]*")
_CODE_WORDS = frozenset({"function", "class", "return", "this", "typeof", "delete", "await",
                         "yield", "async", "if", "for", "while", "do", "switch", "try", "throw",
                         "new_target", "import", "export", "let", "const", "var"})


def _number(token: str) -> int | float:
    """A JavaScript number literal's value (``0x1F``, ``0o17``, ``0b1``, ``1_000``, ``.5``,
    ``1e3``, ``10n``)."""
    text = token.replace("_", "").removesuffix("n")
    if text[:2].lower() in ("0x", "0o", "0b"):
        return int(text, 0)
    if re.fullmatch(r"\d+", text):
        return int(text)
    return float(text)


def literal_at(text: str, start: int, limit: int = MAX_SCRIPT) -> Any:
    """The data literal opening at ``start`` (``{`` or ``[``) as Python values, read loosely
    (see the module's notes), or None when it holds code or is cut off (it must close within
    ``limit`` characters).

    >>> literal_at("export const U: IUser = {name: 'Ann', n: 0x10, tags: ['a',], x: undefined}"
    ...            " as const;", 24)
    {'name': 'Ann', 'n': 16, 'tags': ['a'], 'x': None}
    >>> literal_at("var s = {render: function () { return 1 }}", 8) is None
    True
    """
    if text[start : start + 1] not in ("{", "["):
        return None
    try:
        return _Reader(text=text, start=start, loose=True, limit=limit).value()
    except (_NotData, ValueError, RecursionError):
        return None


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
