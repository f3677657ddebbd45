"""Bodies a test keeps inside source code, in whatever language it is written: the string
literals of a source file, found and decoded as that language writes them, so an answer a Go,
Rust, Kotlin, Swift, C#, PHP, Ruby, Elixir, Java, Python or JavaScript test holds reads as the
answer itself.

* the literals: double- and single-quoted strings (escapes decoded), triple-quoted blocks
  (Python, Kotlin, Swift, Java text blocks, Elixir, C# 11), backtick strings (Go's raw strings,
  JavaScript templates without a substitution), Rust's ``r#"..."#``, C#'s ``@"..."`` (``""``
  a quote), Elixir's ``~s(...)``/``~S(...)`` sigils, Ruby's and PHP's heredocs and nowdocs
  (``<<~JSON``, ``<<<'JSON'``), shell's and Perl's ``<<EOF``;
* a body written as several literals joined (Python's adjacent strings, ``+`` in JavaScript,
  Java, C#, Go and Ruby, PHP's ``.``, a backslash line continuation) is joined again;
* a literal is a body when its text is a JSON document, a whole HTTP message (``HTTP/1.1 200
  ...``) or an HTML or XML page (at least MIN_PAGE characters opening with ``<``); each
  literal's text is tried as the language decodes it, then as written (a raw string keeps
  JSON's own ``\\"``), then with only ``\\\\`` and the quote unescaped (PHP's single quotes).

``string_bodies`` gives the bodies with their places in the text, so a caller can read the
status and the URL a test names beside each. Bounded: at most MAX_BODIES literals kept, a
source of at most MAX_SOURCE characters. Nothing here raises.

Example::

    >>> [b for _, _, b in string_bodies('let body = r#"{"login": "a", "id": 1}"#;')]
    [b'{"login": "a", "id": 1}']
    >>> source = "BODY = ('{\\"login\\": \\"a\\", '\\n        '\\"id\\": 1}')"
    >>> [b for _, _, b in string_bodies(source)]
    [b'{"login": "a", "id": 1}']
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

MAX_SOURCE = 8 * 1024 * 1024  # characters of a source file searched
MAX_BODIES = 500
MIN_PAGE = 50  # characters a literal opening with '<' needs to be a page, not a tag

# one alternative per literal syntax, longest opener first; comments are matched so that a
# quote inside one ('# don't') starts no literal
_LITERAL_SOURCE = (
    r"""(?P<heredoc><<[~-]?(?P<hq>['"]?)(?P<hid>[A-Za-z_][A-Za-z0-9_]*)(?P=hq)[^\n]*\n)"""
    r"""|(?P<nowdoc><<<[ \t]*(?P<nq>['"]?)(?P<nid>[A-Za-z_]\w*)(?P=nq)[ \t]*\r?\n)"""
    r"""|(?:(?<![\w$])[rRbBuUfF]{0,2})?(?P<triple>\"\"\"|''')(?P<tbody>.*?)(?<!\\)(?P=triple)"""
    r"""|(?<![\w$])b?r(?P<hashes>\#*)"(?P<rbody>.*?)"(?P=hashes)(?![#\w])"""
    r"""|[$]?@[$]?"(?P<vbody>(?:[^"]|"")*)\""""
    r"""|~(?P<sigil>[sS])(?P<sopen>[(\[{<|/"'])"""
    r"""|`(?P<bbody>(?:[^`\\]|\\.)*)`"""
    r"""|"(?P<dbody>(?:[^"\\]|\\.)*)\""""
    r"""|'(?P<sbody>(?:[^'\\NL]|\\.)*)'"""
    r"""|(?P<comment>//[^\n]*|/\*.*?\*/|(?<![\w$#&])\#(?![{\[!])[^\n]*)"""
)
# single quotes end at the line's end in most languages; PHP's and Ruby's may span lines
_LITERAL = re.compile(_LITERAL_SOURCE.replace("NL", "\\n"), re.S)
_LITERAL_LINES = re.compile(_LITERAL_SOURCE.replace("NL", ""), re.S)
_SPANNING_SINGLE = re.compile(r"(?m)\A\s*<\?php|^\s*(?:require ['\"]|describe\b|RSpec\.|"
                              r"module [A-Z]\w*\s*$|class [A-Z]\w* < )")
_SIGIL_CLOSE = {"(": ")", "[": "]", "{": "}", "<": ">"}
_JOINER = re.compile(r"\s*(?:[+.&]|\\)?\s*")  # what may stand between the parts of one literal
MAX_JOIN_GAP = 200
_ESCAPE = re.compile(
    r"\\(?:u\{([0-9a-fA-F]{1,6})\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|([0-7]{1,3})|(\r?\n)|(.))",
    re.S,
)
_SIMPLE = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "e": "\x1b",
           "a": "\a", "s": " "}


def _escaped(text: str) -> str:
    """A literal's text with the escapes C, Java, JavaScript, Python, Ruby, PHP and Go share
    decoded (``\\n``, ``\\"``, ``\\uXXXX``, ``\\u{...}``, ``\\xHH``, octal, a line continuation)."""

    def one(m: re.Match[str]) -> str:
        brace, hex4, hex2, octal, newline, other = m.groups()
        if brace or hex4 or hex2:
            return chr(min(int(brace or hex4 or hex2, 16), 0x10FFFF))
        if octal:
            return chr(int(octal, 8))
        if newline:
            return ""
        return _SIMPLE.get(other, other)

    value = _ESCAPE.sub(one, text)
    try:  # a character outside the BMP written as two \u escapes: one character again
        return value.encode("utf-16", "surrogatepass").decode("utf-16")
    except UnicodeError:
        return value


def _minimal(text: str, quote: str) -> str:
    """PHP's and Ruby's single quotes: only ``\\\\`` and the quote are escapes."""
    return re.sub(r"\\([\\" + quote + "])", r"\1", text)


def _dedented(lines: list[str]) -> str:
    """A heredoc's or a text block's lines, their common indent taken off."""
    indents = [len(line) - len(line.lstrip()) for line in lines if line.strip()]
    cut = min(indents) if indents else 0
    return "\n".join(line[cut:] for line in lines)


# a piece: (start, end, kind, text) -- kind says how the text may be decoded
Piece = tuple[int, int, str, str]


def _pieces(text: str) -> Iterator[Piece]:
    pos = 0
    end = min(len(text), MAX_SOURCE)
    pattern = _LITERAL_LINES if _SPANNING_SINGLE.search(text, 0, 20_000) else _LITERAL
    while pos < end:
        m = pattern.search(text, pos, end)
        if m is None:
            return
        if m.group("comment") is not None:
            pos = m.end()
            continue
        if m.group("heredoc") is not None or m.group("nowdoc") is not None:
            ident = m.group("hid") or m.group("nid")
            quoted = m.group("hq") or m.group("nq")
            close = re.compile(rf"(?m)^[ \t]*{re.escape(ident)}\b")
            stop = close.search(text, m.end(), end)
            if stop is None:
                pos = m.end()
                continue
            body = text[m.end() : stop.start()].rstrip("\r\n")
            lines = body.split("\n")
            yield (m.start(), stop.end(), "raw" if quoted == "'" else "heredoc",
                   _dedented(lines))
            pos = stop.end()
            continue
        if m.group("triple") is not None:
            yield m.start(), m.end(), "triple", _dedented(m.group("tbody").split("\n"))
        elif m.group("hashes") is not None:
            yield m.start(), m.end(), "raw", m.group("rbody")
        elif m.group("vbody") is not None:
            yield m.start(), m.end(), "raw", m.group("vbody").replace('""', '"')
        elif m.group("sigil") is not None:
            opener = m.group("sopen")
            closer = _SIGIL_CLOSE.get(opener, opener)
            depth, i = 1, m.end()
            while i < end and depth:
                ch = text[i]
                if ch == "\\" and m.group("sigil") == "s":
                    i += 2
                    continue
                if ch == closer:
                    depth -= 1
                elif ch == opener and opener != closer:
                    depth += 1
                i += 1
            if depth:
                pos = m.end()
                continue
            body = text[m.end() : i - 1]
            yield m.start(), i, "raw" if m.group("sigil") == "S" else "double", body
            pos = i
            continue
        elif m.group("bbody") is not None:
            body = m.group("bbody")
            if "${" not in body.replace("\\${", ""):
                yield m.start(), m.end(), "backtick", body
        elif m.group("dbody") is not None:
            yield m.start(), m.end(), "double", m.group("dbody")
        elif m.group("sbody") is not None:
            yield m.start(), m.end(), "single", m.group("sbody")
        pos = m.end()


# how each kind's text may be read, most likely first
_READINGS = {
    "double": ("escaped", "raw"),
    "single": ("escaped", "minimal", "raw"),
    "backtick": ("raw", "escaped"),
    "triple": ("raw", "escaped"),
    "heredoc": ("raw", "escaped"),
    "raw": ("raw",),
}


def _read(piece: Piece, reading: str) -> str:
    _, _, kind, text = piece
    if reading not in _READINGS[kind]:
        reading = _READINGS[kind][0]
    if reading == "escaped":
        return _escaped(text)
    if reading == "minimal":
        return _minimal(text, "'")
    return text


def is_body(text: str) -> bool:
    """Whether a literal's text is a body: a JSON document (an object or a list, not empty), a
    whole HTTP message, an HTML page or an XML document."""
    body = text.strip()
    if body[:1] in ("{", "["):
        try:
            doc = json.loads(body, strict=False)
        except (ValueError, RecursionError):
            return False
        return isinstance(doc, dict | list) and bool(doc)
    if body.startswith("HTTP/") and re.match(r"HTTP/\d(?:\.\d)? \d{3}", body):
        return True
    if len(body) < MIN_PAGE:
        return False
    if _PAGE_START.match(body):
        return True
    root = _XML_ROOT.match(body)  # an XML answer: one element, opened and closed
    return root is not None and len(body) >= MIN_XML and root.group(1).lower() not in \
        _FRAGMENT_TAGS and body.endswith(f"</{root.group(1)}>")


# a page, not a fragment of markup a test compares (a link, a paragraph)
_PAGE_START = re.compile(r"(?is)(?:<!--.*?-->\s*)?<(?:!doctype|html|head|body|\?xml)\b")
MIN_XML = 200  # characters of an XML answer without a declaration
_FRAGMENT_TAGS = frozenset({"a", "p", "div", "span", "li", "ul", "ol", "img", "br", "b", "i",
                            "strong", "em", "table", "tr", "td", "section", "article", "svg"})
_XML_ROOT = re.compile(r"<([A-Za-z][\w:.-]*)[\s>]")


def _runs(pieces: list[Piece], text: str) -> Iterator[list[Piece]]:
    """Pieces joined into the literals they make (adjacent, or joined by an operator)."""
    run: list[Piece] = []
    for piece in pieces:
        if run and piece[0] - run[-1][1] < MAX_JOIN_GAP and _JOINER.fullmatch(
                text, run[-1][1], piece[0]):
            run.append(piece)
            continue
        if run:
            yield run
        run = [piece]
    if run:
        yield run


def string_bodies(text: str) -> list[tuple[int, int, bytes]]:
    """(start, end, body) of every literal (or joined run of literals) of ``text`` that is a
    body (see the module's notes), in the text's order."""
    pieces = list(_pieces(text))
    out: list[tuple[int, int, bytes]] = []
    for run in _runs(pieces, text):
        if len(out) >= MAX_BODIES:
            break
        # the run as one literal, else each of its parts (two bodies side by side)
        for part in [run] + ([[p] for p in run] if len(run) > 1 else []):
            body = _body_of(part)
            if body is not None:
                out.append((part[0][0], part[-1][1], body))
                if part is run:
                    break
    return out


def _body_of(run: list[Piece]) -> bytes | None:
    for reading in ("escaped", "raw", "minimal"):
        joined = "".join(_read(p, reading) for p in run)
        if is_body(joined):
            return joined.strip().encode("utf-8", "replace")
    return None
