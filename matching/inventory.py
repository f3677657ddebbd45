"""Load and validate the inventory of official accounts (``seeds/official_accounts.yaml``).

The inventory is the one file a person writes by hand, so its errors must read like a compiler's:
``seeds/x.yaml:12:7: unknown platform 'instagarm' — did you mean 'instagram'?``. To get there:

* a PyYAML ``SafeLoader`` subclass builds mappings and sequences that remember the line/column
  of every key and value (:class:`MarkedMap`, :class:`MarkedList`);
* a schema walk collects *all* problems (a person fixes ten typos in one pass, not ten runs);
* :func:`load_inventory` turns a clean file into the frozen :class:`~matching.models.Inventory`
  and raises :class:`InventoryErrors` otherwise.

Pure: reads one file, never touches the network (tldextract runs on its bundled snapshot).

Example::

    >>> rules = {"instagram": HandleRule(r"[A-Za-z0-9._]{1,30}", 1, 30)}
    >>> for e in validate_inventory("seeds/official_accounts.yaml", rules):
    ...     print(e)
"""

from __future__ import annotations

import dataclasses
import difflib
import hashlib
import re
import stat
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from matching.models import (
    AllowEntry,
    Brand,
    Department,
    HandleRule,
    Inventory,
    OfficialAccount,
)
from matching.normalise import public_suffix_list

__all__ = [
    "InventoryError",
    "InventoryErrors",
    "MarkedList",
    "MarkedMap",
    "describe_handle_rule",
    "load_inventory",
    "utf8_text",
    "validate_inventory",
    "yaml_error",
]

UrlParser = Callable[[str], "tuple[str, str] | None"]

# --------------------------------------------------------------------------- errors


@dataclass(eq=True)
class InventoryError(Exception):
    """One problem in an inventory file, with where it is and how to fix it.

    ``line`` and ``column`` are 1-based (as editors show them); ``None`` when the problem is the
    file itself (unreadable). ``str()`` reads like a compiler diagnostic so the CLI prints it as is.
    """

    path: str
    line: int | None
    column: int | None
    message: str
    hint: str | None = None

    def __post_init__(self) -> None:
        Exception.__init__(self, str(self))

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        text = f"{where}: {self.message}"
        if self.hint:
            text += f" — {self.hint}"
        return text

    __hash__ = object.__hash__


class InventoryErrors(Exception):
    """All problems of one inventory file, raised by :func:`load_inventory`."""

    def __init__(self, errors: Iterable[InventoryError]):
        self.errors: list[InventoryError] = list(errors)
        super().__init__(str(self))

    def __str__(self) -> str:
        return "\n".join(str(e) for e in self.errors)


# --------------------------------------------------------------------------- marked YAML

Mark = tuple[int, int]  # (line, column), 1-based


def _mark(node: yaml.Node) -> Mark:
    return (node.start_mark.line + 1, node.start_mark.column + 1)


class MarkedMap(dict):
    """A YAML mapping that knows where it, each key and each value were written."""

    mark: Mark = (1, 1)

    def __init__(self) -> None:
        super().__init__()
        self.key_marks: dict[Any, Mark] = {}
        self.value_marks: dict[Any, Mark] = {}
        self.raw: dict[Any, str] = {}  # source text of plain scalar values (``007`` stays 007)
        self.duplicates: list[tuple[Any, Mark, Mark]] = []  # (key, first, again)


class MarkedList(list):
    """A YAML sequence that knows where it and each item were written."""

    mark: Mark = (1, 1)

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[Mark] = []
        self.raw: list[str | None] = []


class _MarkedLoader(yaml.SafeLoader):
    """SafeLoader whose mappings and sequences keep node marks (no Python object tags)."""


def _construct_map(loader: _MarkedLoader, node: yaml.MappingNode) -> MarkedMap:
    loader.flatten_mapping(node)
    out = MarkedMap()
    out.mark = _mark(node)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        try:
            hash(key)
        except TypeError:
            raise yaml.constructor.ConstructorError(
                "while constructing a mapping",
                node.start_mark,
                "found an unhashable key (a list or mapping used as a key)",
                key_node.start_mark,
            ) from None
        value = loader.construct_object(value_node, deep=True)
        if key in out:
            out.duplicates.append((key, out.key_marks[key], _mark(key_node)))
        out[key] = value
        out.key_marks[key] = _mark(key_node)
        out.value_marks[key] = _mark(value_node)
        if isinstance(value_node, yaml.ScalarNode):
            out.raw[key] = value_node.value
    return out


def _construct_seq(loader: _MarkedLoader, node: yaml.SequenceNode) -> MarkedList:
    out = MarkedList()
    out.mark = _mark(node)
    for child in node.value:
        out.append(loader.construct_object(child, deep=True))
        out.marks.append(_mark(child))
        out.raw.append(child.value if isinstance(child, yaml.ScalarNode) else None)
    return out


def _construct_int(loader: _MarkedLoader, node: yaml.ScalarNode) -> int:
    """PyYAML's int, but a number Python refuses to convert (over 4300 digits) is a YAML error
    at its line, not a ValueError from deep inside the parser."""
    try:
        return loader.construct_yaml_int(node)
    except ValueError:
        raise yaml.constructor.ConstructorError(
            None, None,
            f"a number of {len(str(node.value))} characters is too long to be a number "
            "(quote it if it is text)",
            node.start_mark,
        ) from None


_MarkedLoader.add_constructor("tag:yaml.org,2002:int", _construct_int)
_MarkedLoader.add_constructor("tag:yaml.org,2002:map", _construct_map)
_MarkedLoader.add_constructor("tag:yaml.org,2002:omap", _construct_map)
_MarkedLoader.add_constructor("tag:yaml.org,2002:seq", _construct_seq)


def _yaml_hint(problem: str) -> str:
    p = problem.lower()
    if "\\t" in p or "tab" in p:
        return "YAML does not allow tabs for indentation: indent with spaces"
    if "mapping values are not allowed" in p:
        return "check the indentation, or put a value containing ': ' in quotes"
    if "could not find expected ':'" in p:
        return (
            "every entry needs 'key: value'; check the indentation of this line and the one above"
        )
    if "expected <block end>" in p or "did not find expected" in p:
        return "check the indentation: items of one list or mapping must line up"
    if "expected ',' or '}'" in p or "expected ',' or ']'" in p:
        return "a '{' or '[' is not closed on its line: close it, or quote values with ',' or ':'"
    if "quoted scalar" in p or "end of stream" in p:
        return "a quote is not closed: close it or remove it"
    if "alias" in p or "anchor" in p:
        return "'*' and '&' start YAML aliases/anchors: put such values in quotes"
    if "too long to be a number" in p:
        return "write it in quotes if it is text, or shorten it"
    if "single document" in p:
        return "keep one document per file: remove the extra '---'"
    return "check the indentation (spaces only) and the quotes around values with ':' or '#'"


# --------------------------------------------------------------------------- helpers

#: Report languages with a catalog (reports/locale); matching does not import reports.
LANGUAGES = ("en", "tr")
#: a BCP 47 language tag as people write it: ``hu``, ``pt-BR``, ``sr-Latn``, ``zh_Hant_TW``
_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")
_TOP_KEYS = (
    "organization", "domains", "departments", "brands", "allow",
    "legal_name", "contact", "trademarks", "language",
)
_DEPARTMENT_KEYS = ("name", "owner")
_BRAND_KEYS = ("name", "aliases", "websites", "strategy", "accounts")
_ACCOUNT_KEYS = ("platform", "handle", "url", "department", "note")
_ALLOW_KEYS = ("platform", "handle", "note")

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
# reserved TLDs (RFC 2606/6761): fine in tests and demos though absent from the suffix list
_RESERVED_TLDS = {"test", "example", "invalid", "localhost", "local"}

def _type_name(value: Any) -> str:
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return f"a {type(value).__name__}"


def _suggest(word: str, choices: Iterable[str]) -> str | None:
    choices = list(choices)
    lowered = {c.lower(): c for c in choices}
    if word.lower() in lowered and lowered[word.lower()] != word:
        return lowered[word.lower()]
    close = difflib.get_close_matches(word.lower(), list(lowered), n=1, cutoff=0.6)
    return lowered[close[0]] if close else None


def _did_you_mean(word: str, choices: Iterable[str]) -> str | None:
    s = _suggest(word, choices)
    return f"did you mean '{s}'?" if s else None


_CLASS_WORDS = (
    ("A-Za-z", "letters"),
    ("a-zA-Z", "letters"),
    ("a-z", "lowercase letters"),
    ("A-Z", "uppercase letters"),
    ("0-9", "digits"),
    ("\\d", "digits"),
    ("\\w", "letters, digits and '_'"),
)
_SIMPLE_RULE = re.compile(r"^\^?\[([^\]\^]+)\](?:[+*]|\{\d*,?\d*\})?\$?$")
_ONE_CLASS = re.compile(r"\[([^\]\^]+)\]")
_COUNTED_CLASS = re.compile(r"\[([^\]\^]+)\]\{\d*,?\d*\}")


def _main_class(pattern: str) -> tuple[str, bool] | None:
    """The character class of a handle pattern and whether it is the whole rule: a pattern
    like ``(?!\\.)[A-Za-z0-9_.]{2,24}(?<!\\.)`` still has one class worth spelling out."""
    m = _SIMPLE_RULE.match(pattern)
    if m:
        return m.group(1), True
    if "|" in pattern:
        return None
    classes = _ONE_CLASS.findall(pattern)
    if len(classes) == 1:
        return classes[0], False
    counted = _COUNTED_CLASS.findall(pattern)  # the class that carries the length
    if len(counted) == 1:
        return counted[0], False
    return None


def describe_handle_rule(platform: str, rule: HandleRule) -> str:
    """A sentence a person understands: "Instagram handles are 1-30 of letters, digits, '.'
    and '_'". Simple one-class patterns are spelled out; others quote the pattern."""
    title = rule.title or platform[:1].upper() + platform[1:]
    length = f"{rule.min_length}-{rule.max_length}"
    main = _main_class(rule.pattern)
    if main is None:
        return f"{title} handles are {length} characters matching {rule.pattern!r}"
    body, whole = main
    parts: list[str] = []
    for token, word in _CLASS_WORDS:
        if token in body:
            body = body.replace(token, "")
            if word not in parts:
                parts.append(word)
    body = body.replace("\\", "")
    for ch in body:
        part = "'-'" if ch == "-" else f"'{ch}'"
        if part not in parts:
            parts.append(part)
    words = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    text = f"{title} handles are {length} of {words}"
    return text if whole else f"{text} (exact rule: {rule.pattern!r})"


def _bad_chars(handle: str, rule: HandleRule) -> list[str]:
    """Characters outside a simple pattern's class, to name them in the message."""
    main = _main_class(rule.pattern)
    if main is None:
        return []
    try:
        cls = re.compile(f"[{main[0]}]")
    except re.error:
        return []
    seen: list[str] = []
    for ch in handle:
        if not cls.fullmatch(ch) and ch not in seen:
            seen.append(ch)
    return seen


def _handle_problem(handle: str, rule: HandleRule) -> str | None:
    if len(handle) < rule.min_length:
        return f"is shorter than {rule.min_length} characters"
    if len(handle) > rule.max_length:
        return f"is {len(handle)} characters long, more than {rule.max_length}"
    try:
        ok = re.fullmatch(rule.pattern, handle) is not None
    except re.error:
        return None  # a broken catalog pattern is the catalog's error, not the inventory's
    if ok:
        return None
    bad = _bad_chars(handle, rule)
    if bad:
        shown = " and ".join(repr(c) for c in bad) if len(bad) <= 2 else ", ".join(map(repr, bad))
        return f"contains {shown}, which {'is' if len(bad) == 1 else 'are'} not allowed"
    return "does not fit the platform's handle pattern"


def _looks_like_url(text: str) -> bool:
    return bool(re.match(r"^[a-z][a-z0-9+.-]*://", text, re.I)) or text.lower().startswith("www.")


def _http_url_problem(text: str) -> str | None:
    try:
        parts = urlsplit(text)
    except ValueError:
        return "is not a valid URL"
    if parts.scheme.lower() not in ("http", "https"):
        return "is not an http(s) URL"
    if not parts.hostname:
        return "has no host name"
    return None


def _fallback_url_handle(url: str) -> str | None:
    """Without the catalog: the last path segment, minus a leading '@'."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    segments = [s for s in parts.path.split("/") if s]
    if not segments:
        return None
    return segments[-1].lstrip("@") or None


# --------------------------------------------------------------------------- the walk


class _Checker:
    """Walks the marked document once, collecting errors and building the inventory."""

    def __init__(
        self, path: str, rules: Mapping[str, HandleRule], url_parser: UrlParser | None
    ) -> None:
        self.path = path
        self.rules = rules
        self.url_parser = url_parser
        self.errors: list[InventoryError] = []
        self.account_marks: dict[OfficialAccount, Mark] = {}
        self.allow_marks: dict[tuple[str, str], Mark] = {}

    # -- reporting

    def err(self, mark: Mark | None, message: str, hint: str | None = None) -> None:
        line, col = mark if mark else (None, None)
        self.errors.append(InventoryError(self.path, line, col, message, hint))

    # -- typed accessors

    def mapping(self, value: Any, mark: Mark, what: str, example: str) -> MarkedMap | None:
        if isinstance(value, MarkedMap):
            return value
        self.err(
            mark, f"{what} must be a mapping, got {_type_name(value)}", f"write it as {example}"
        )
        return None

    def keys(self, m: MarkedMap, allowed: tuple[str, ...], where: str) -> None:
        for key, first, again in m.duplicates:
            self.err(
                again,
                f"duplicate key '{key}' in {where} (first at line {first[0]})",
                "keep one of them",
            )
        for key in m:
            if key not in allowed:
                hint = _did_you_mean(str(key), allowed) or "allowed keys: " + ", ".join(allowed)
                self.err(m.key_marks[key], f"unknown key '{key}' in {where}", hint)

    def required(self, m: MarkedMap, key: str, where: str, example: str) -> bool:
        if key in m and m[key] is not None:
            return True
        mark = m.key_marks.get(key, m.mark)
        self.err(
            mark,
            f"{where} is missing '{key}'" if key not in m else f"'{key}' is empty",
            f"add {example}",
        )
        return False

    def text(
        self, m: MarkedMap, key: str, where: str, *, required: bool = False, example: str = ""
    ) -> str | None:
        """A string value; numbers are taken as written (``handle: 007`` is '007')."""
        if key not in m or m[key] is None:
            if required:
                self.required(m, key, where, example or f"{key}: ...")
            return None
        value = m[key]
        if isinstance(value, str):
            if not value.strip():
                self.err(m.value_marks[key], f"'{key}' in {where} is empty", f"give a {key}")
                return None
            return value.strip()
        if isinstance(value, int | float) and not isinstance(value, bool) and key in m.raw:
            return m.raw[key]
        self.err(
            m.value_marks[key],
            f"'{key}' in {where} must be a string, got {_type_name(value)}",
            "put the value in quotes"
            if isinstance(value, bool | int | float)
            else f"write {key}: some text",
        )
        return None

    def items(self, m: MarkedMap, key: str, where: str) -> list[tuple[Any, Mark, str | None]]:
        """The items of a list value (with marks and raw text); errors if it is not a list."""
        if key not in m or m[key] is None:
            return []
        value = m[key]
        if isinstance(value, MarkedList):
            return list(zip(value, value.marks, value.raw, strict=True))
        if isinstance(value, str):
            hint = f"write a list: {key}: [{value}] (or [a, b] for several)"
        else:
            hint = f"write a list: {key}: [a, b] or one '- item' per line"
        self.err(
            m.value_marks[key], f"'{key}' in {where} must be a list, got {_type_name(value)}", hint
        )
        return []

    def strings(self, m: MarkedMap, key: str, where: str) -> list[tuple[str, Mark]]:
        out = []
        for value, mark, raw in self.items(m, key, where):
            if isinstance(value, str) and value.strip():
                out.append((value.strip(), mark))
            elif isinstance(value, int | float) and not isinstance(value, bool) and raw:
                out.append((raw, mark))
            else:
                self.err(
                    mark,
                    f"each item of '{key}' in {where} must be a string, got {_type_name(value)}",
                    "write a plain value such as [a, b]; quote values with ':' or '#'",
                )
        return out

    def platform(self, name: str, mark: Mark) -> bool:
        if name in self.rules:
            return True
        hint = _did_you_mean(name, self.rules)
        if not hint:
            known = ", ".join(sorted(self.rules)) or "none loaded"
            hint = f"known platforms: {known} (see `brandsweep platforms`)"
        self.err(mark, f"unknown platform '{name}'", hint)
        return False

    def handle(self, platform: str, handle: str, mark: Mark, key: str = "handle") -> str | None:
        """Validate a handle for its platform; returns it without a leading '@'."""
        if _looks_like_url(handle):
            self.err(
                mark,
                f"'{key}' holds a URL, not a handle",
                f"write url: {handle} (or handle: with the name only)",
            )
            return None
        h = handle[1:] if handle.startswith("@") else handle
        rule = self.rules.get(platform)
        if rule is None:
            return h
        problem = _handle_problem(h, rule)
        if problem:
            self.err(
                mark,
                f"'{h}' is not a valid {platform} handle: it {problem}",
                describe_handle_rule(platform, rule),
            )
            return None
        return h

    # -- sections

    def check(self, doc: Any) -> Inventory | None:
        if doc is None:
            self.err(
                (1, 1),
                "the inventory is empty",
                "start with 'organization: Your Company' and a 'brands:' list",
            )
            return None
        if not isinstance(doc, MarkedMap):
            mark = doc.mark if isinstance(doc, MarkedList) else (1, 1)
            self.err(
                mark,
                f"the inventory must be a mapping, got {_type_name(doc)}",
                "start with 'organization: Your Company' then 'brands:' at column 1",
            )
            return None
        self.keys(doc, _TOP_KEYS, "the inventory")
        organization = self.text(
            doc,
            "organization",
            "the inventory",
            required=True,
            example="organization: Your Company",
        )
        domains = self.domains(doc)
        departments = self.departments(doc)
        brands = self.brands(doc, {d.name for d in departments})
        if not brands and not self.errors:
            # an audit of no brand searches nothing and reports nothing: not a clean bill
            self.err(
                doc.value_marks.get("brands", (1, 1)),
                "the inventory declares no brand: an audit would search for nothing",
                "add a 'brands:' list with at least one brand: "
                "- {name: Your Brand, accounts: [...]}",
            )
        allow = self.allow(doc)
        self.duplicates(brands, allow)
        legal_name, contact, trademarks = self.rights_holder(doc)
        language = self.language(doc)
        if self.errors or organization is None:
            return None
        return Inventory(
            organization=organization,
            domains=tuple(domains),
            departments=tuple(departments),
            brands=tuple(brands),
            allow=tuple(allow),
            legal_name=legal_name,
            contact=contact,
            trademarks=tuple(trademarks),
            language=language,
        )

    def language(self, doc: MarkedMap) -> str | None:
        """``language: hu``: the company's language, a language code (``tr``, ``pt-BR``).

        Any language is accepted: a Hungarian company writes ``hu``, not a report language.
        The report is written in it when brandsweep has a report catalog for it (``LANGUAGES``)
        and ``--lang`` is not given; otherwise the report falls back (the machine's locale,
        else English), and the key is kept as written in the proposed inventory."""
        value = self.text(doc, "language", "the inventory")
        if value is None:
            return None
        code = value.strip()
        if not _LANGUAGE_TAG.match(code):
            self.err(
                doc.value_marks["language"],
                f"'language' must be a language code, got {value!r}",
                "write a two- or three-letter code, with a region if you like: language: tr, "
                "language: hu, language: pt-BR (reports are written in "
                f"{' or '.join(LANGUAGES)}; other languages get an English report)",
            )
            return None
        primary, _, rest = code.replace("_", "-").partition("-")
        return primary.lower() + ("-" + rest if rest else "")

    def rights_holder(self, doc: MarkedMap) -> tuple[str | None, str | None, list[str]]:
        """``legal_name``, ``contact`` and ``trademarks``: who files a takedown request.

        Optional; an evidence pack names them so a platform knows who asks and on which
        rights. ``contact`` is an e-mail address or an http(s) page."""
        legal_name = self.text(doc, "legal_name", "the inventory")
        contact = self.text(doc, "contact", "the inventory")
        url_ok = contact is not None and _looks_like_url(contact) \
            and not _http_url_problem(contact)
        if contact is not None and not _EMAIL.match(contact) and not url_ok:
            self.err(
                doc.value_marks["contact"],
                f"'contact' in the inventory must be an e-mail address or an http(s) URL, "
                f"got {contact!r}",
                "write e.g. contact: legal@yourcompany.com",
            )
            contact = None
        trademarks = [name for name, _ in self.strings(doc, "trademarks", "the inventory")]
        return legal_name, contact, trademarks

    def domains(self, doc: MarkedMap) -> list[str]:
        out: list[str] = []
        for name, mark in self.strings(doc, "domains", "the inventory"):
            d = name.lower().rstrip(".")
            if "://" in d:
                host = urlsplit(d).hostname or ""
                self.err(mark, f"domain '{name}' has a scheme", f"write the bare name: {host}")
                continue
            if "/" in d or "?" in d or "#" in d:
                host = re.split(r"[/?#]", d, maxsplit=1)[0]
                self.err(mark, f"domain '{name}' has a path", f"write the bare name: {host}")
                continue
            if ":" in d or "@" in d or " " in d:
                self.err(
                    mark,
                    f"'{name}' is not a domain name",
                    "write a registered domain such as example.com (no port, no user)",
                )
                continue
            ext = public_suffix_list()(d)  # private suffixes on: brand.github.io
            if not ext.suffix:
                if d.rsplit(".", 1)[-1] in _RESERVED_TLDS and "." in d:
                    out.append(d)
                    continue
                self.err(
                    mark,
                    f"'{name}' has no known public suffix",
                    "write a registered domain such as example.com or example.com.tr",
                )
                continue
            registrable = ext.top_domain_under_public_suffix
            if not registrable:
                self.err(
                    mark,
                    f"'{name}' is a public suffix, not a registrable domain",
                    "write the company's own domain, e.g. example.com",
                )
                continue
            if registrable != d:
                self.err(
                    mark,
                    f"'{name}' is not a registrable domain",
                    f"list the registered domain: {registrable}",
                )
                continue
            if d in out:
                self.err(mark, f"domain '{name}' is listed twice", "remove one")
                continue
            out.append(d)
        return out

    def departments(self, doc: MarkedMap) -> list[Department]:
        out: list[Department] = []
        seen: dict[str, int] = {}
        example = "{name: Marketing, owner: marketing@example.com}"
        for value, mark, _ in self.items(doc, "departments", "the inventory"):
            m = self.mapping(value, mark, "a department", example)
            if m is None:
                continue
            self.keys(m, _DEPARTMENT_KEYS, "a department")
            name = self.text(m, "name", "a department", required=True, example="name: Marketing")
            owner = self.text(m, "owner", "a department")
            if owner is not None and not _EMAIL.match(owner):
                self.err(
                    m.value_marks["owner"],
                    f"owner '{owner}' is not an e-mail address",
                    "write the owner's e-mail, e.g. marketing@example.com",
                )
                owner = None
            if name is None:
                continue
            if name in seen:
                self.err(
                    m.value_marks["name"],
                    f"department '{name}' is declared twice (also at line {seen[name]})",
                    "department names must be unique",
                )
                continue
            seen[name] = m.value_marks["name"][0]
            out.append(Department(name=name, owner=owner))
        return out

    def brands(self, doc: MarkedMap, departments: set[str]) -> list[Brand]:
        out: list[Brand] = []
        seen: dict[str, int] = {}
        example = "{name: Your Brand, accounts: [...]}"
        for value, mark, _ in self.items(doc, "brands", "the inventory"):
            m = self.mapping(value, mark, "a brand", example)
            if m is None:
                continue
            self.keys(m, _BRAND_KEYS, "a brand")
            name = self.text(m, "name", "a brand", required=True, example="name: Your Brand")
            where = f"brand '{name}'" if name else "a brand"
            aliases = [a for a, _ in self.strings(m, "aliases", where)]
            websites = []
            for url, umark in self.strings(m, "websites", where):
                problem = _http_url_problem(url)
                if problem:
                    self.err(
                        umark,
                        f"website '{url}' {problem}",
                        f"write the full address, e.g. https://{url.split('://')[-1]}",
                    )
                else:
                    websites.append(url)
            strategy = []
            for p, pmark in self.strings(m, "strategy", where):
                if self.platform(p, pmark):
                    strategy.append(p)
            accounts = []
            for avalue, amark, _ in self.items(m, "accounts", where):
                acc = self.account(avalue, amark, name or "", departments)
                if acc is not None:
                    accounts.append(acc)
            if name is None:
                continue
            if name in seen:
                self.err(
                    m.value_marks["name"],
                    f"brand '{name}' is declared twice (also at line {seen[name]})",
                    "merge the two entries",
                )
                continue
            seen[name] = m.value_marks["name"][0]
            out.append(
                Brand(
                    name=name,
                    aliases=tuple(aliases),
                    websites=tuple(websites),
                    strategy=tuple(strategy),
                    accounts=tuple(accounts),
                )
            )
        return out

    def account(
        self, value: Any, mark: Mark, brand: str, departments: set[str]
    ) -> OfficialAccount | None:
        where = "an account"
        m = self.mapping(value, mark, where, "{platform: instagram, handle: yourbrand}")
        if m is None:
            return None
        self.keys(m, _ACCOUNT_KEYS, where)
        platform = self.text(m, "platform", where, required=True, example="platform: instagram")
        handle_text = self.text(m, "handle", where)
        url = self.text(m, "url", where)
        department = self.text(m, "department", where)
        note = self.text(m, "note", where)
        known = platform is not None and self.platform(platform, m.value_marks["platform"])

        if department is not None and department not in departments:
            hint = _did_you_mean(department, departments)
            if not hint:
                hint = (
                    "declared departments: " + ", ".join(sorted(departments))
                    if departments
                    else "declare it under 'departments:' as {name: ..., owner: ...}"
                )
            self.err(
                m.value_marks["department"], f"department '{department}' is not declared", hint
            )

        handle: str | None = None
        if handle_text is None and url is None:
            if m.get("handle") is None and m.get("url") is None:
                self.err(
                    m.mark,
                    "an account needs 'handle' or 'url'",
                    "add handle: yourbrand (or url: https://...)",
                )
            return None
        if handle_text is not None and known:
            handle = self.handle(platform or "", handle_text, m.value_marks["handle"])
        if url is not None:
            from_url = self.url_account(url, m.value_marks["url"], platform if known else None)
            if from_url is not None and handle is not None and known:
                rule = self.rules[platform or ""]
                if rule.canonical(from_url) != rule.canonical(handle):
                    self.err(
                        m.value_marks["url"],
                        f"url names '{from_url}' but handle is '{handle}'",
                        "keep only one of handle: and url:, or make them agree",
                    )
                    return None
            if handle is None and handle_text is None:
                handle = from_url
        if handle is None or platform is None or not known:
            return None
        acc = OfficialAccount(
            platform=platform,
            handle=handle,
            brand=brand,
            department=department,
            url=url,
            note=note,
            line=mark[0],
        )
        self.account_marks[acc] = m.value_marks.get("handle") or m.value_marks.get("url") or mark
        return acc

    def url_account(self, url: str, mark: Mark, platform: str | None) -> str | None:
        problem = _http_url_problem(url)
        if problem:
            self.err(
                mark,
                f"url '{url}' {problem}",
                "write the profile's full address, e.g. https://www.instagram.com/yourbrand",
            )
            return None
        if self.url_parser is not None:
            parsed = self.url_parser(url)
            if parsed is None:
                self.err(
                    mark,
                    f"url '{url}' is not a profile address of a known platform",
                    "give the profile page's address, or use handle: instead",
                )
                return None
            url_platform, handle = parsed
            if platform is not None and url_platform != platform:
                self.err(
                    mark,
                    f"url '{url}' is a profile on {url_platform}, but platform is '{platform}'",
                    f"write platform: {url_platform} or fix the url",
                )
                return None
        else:
            fallback = _fallback_url_handle(url)
            if fallback is None:
                self.err(
                    mark,
                    f"url '{url}' has no handle in its path",
                    "give the profile page's address, or use handle: instead",
                )
                return None
            handle = fallback
        if platform is None:
            return None
        return self.handle(platform, handle, mark, key="url")

    def allow(self, doc: MarkedMap) -> list[AllowEntry]:
        out: list[AllowEntry] = []
        for value, mark, _ in self.items(doc, "allow", "the inventory"):
            m = self.mapping(
                value,
                mark,
                "an allow entry",
                "{platform: instagram, handle: partner, note: reseller}",
            )
            if m is None:
                continue
            self.keys(m, _ALLOW_KEYS, "an allow entry")
            platform = self.text(
                m, "platform", "an allow entry", required=True, example="platform: instagram"
            )
            handle_text = self.text(
                m, "handle", "an allow entry", required=True, example="handle: partner"
            )
            note = self.text(m, "note", "an allow entry")
            if platform is None or not self.platform(platform, m.value_marks["platform"]):
                continue
            if handle_text is None:
                continue
            handle = self.handle(platform, handle_text, m.value_marks["handle"])
            if handle is not None:
                out.append(AllowEntry(platform=platform, handle=handle, note=note))
                self.allow_marks[(platform, handle)] = m.value_marks["handle"]
        return out

    def duplicates(self, brands: list[Brand], allow: list[AllowEntry]) -> None:
        """Same platform + canonical handle twice, even across brands: report both lines."""
        first: dict[tuple[str, str], OfficialAccount] = {}
        for brand in brands:
            for acc in brand.accounts:
                key = (acc.platform, self.rules[acc.platform].canonical(acc.handle))
                if key in first:
                    prev = first[key]
                    also = f"line {prev.line}" + (
                        f" in brand '{prev.brand}'" if prev.brand != acc.brand else ""
                    )
                    self.err(
                        self.account_marks.get(acc),
                        f"duplicate account {acc.platform}:{acc.handle} (also declared at {also})",
                        "declare each account once; remove one of them",
                    )
                else:
                    first[key] = acc
        for entry in allow:
            key = (entry.platform, self.rules[entry.platform].canonical(entry.handle))
            if key in first:
                self.err(
                    self.allow_marks.get((entry.platform, entry.handle)),
                    f"{entry.platform}:{entry.handle} is in 'allow' but is also an official "
                    f"account (line {first[key].line})",
                    "'allow' is for accounts that are not yours: remove one of them",
                )


# --------------------------------------------------------------------------- public API


#: an inventory larger than this is not an inventory (50 MB ones load; /dev/zero never ends)
MAX_INVENTORY_BYTES = 200 * 1024 * 1024


def _read(path: str | Path) -> tuple[bytes | None, list[InventoryError]]:
    try:
        if not stat.S_ISREG(Path(path).stat().st_mode):
            return None, [InventoryError(str(path), None, None, "not a regular file",
                                         "give the path of a YAML file")]
        with open(path, "rb") as fh:
            data = fh.read(MAX_INVENTORY_BYTES + 1)
        if len(data) > MAX_INVENTORY_BYTES:
            return None, [InventoryError(str(path), None, None,
                                         f"larger than {MAX_INVENTORY_BYTES // 2**20} MB",
                                         "an inventory lists accounts; split it or check the path")]
        return data, []
    except OSError as e:
        reason = e.strerror or str(e)
        return None, [
            InventoryError(
                str(path), None, None, f"cannot read the inventory: {reason}", "check the path"
            )
        ]


def utf8_text(path: str, data: bytes, fix: str) -> tuple[str | None, InventoryError | None]:
    """``data`` as text (UTF-8, a BOM dropped), or the error at the first bad byte's line and
    column with ``fix``: one reading for every YAML file a user writes (inventory, words)."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        col = e.start - (data.rfind(b"\n", 0, e.start) + 1) + 1
        return None, InventoryError(path, line, col, "the file is not UTF-8 text", fix)


def yaml_error(path: str, text: str, error: Exception, nesting_fix: str) -> InventoryError:
    """What PyYAML refused in ``text``, at its line and column, with a hint that names the
    likely fix (``nesting_fix`` for a document nested too deeply)."""
    if isinstance(error, RecursionError):
        return InventoryError(path, None, None, "the YAML is nested too deeply", nesting_fix)
    if isinstance(error, yaml.MarkedYAMLError):
        mark = error.problem_mark or error.context_mark
        problem = error.problem or error.context or "invalid YAML"
        at_line, at_col = (mark.line + 1, mark.column + 1) if mark else (None, None)
        hint = _yaml_hint(problem)
        context = error.context_mark
        if context is not None and mark is not None and context.line != mark.line:
            # like a compiler's "note:": where the enclosing block began, often the real culprit
            hint += (
                f" (the enclosing block starts at {path}:{context.line + 1}:{context.column + 1})"
            )
        return InventoryError(path, at_line, at_col, f"YAML syntax error: {problem}", hint)
    position = getattr(error, "position", None)  # ReaderError (control characters) and friends
    return InventoryError(
        path,
        None if position is None else text.count("\n", 0, position) + 1,
        None,
        f"YAML error: {error}",
        _yaml_hint(str(error)),
    )


def _parse(
    path: str, data: bytes, rules: Mapping[str, HandleRule], url_parser: UrlParser | None
) -> tuple[Inventory | None, list[InventoryError]]:
    text, undecodable = utf8_text(path, data, "save the inventory as UTF-8")
    if text is None:
        assert undecodable is not None
        return None, [undecodable]
    try:
        doc = yaml.load(text, Loader=_MarkedLoader)  # noqa: S506 - SafeLoader subclass
    except (yaml.YAMLError, RecursionError) as e:
        return None, [yaml_error(path, text, e, "an inventory needs only a few levels of nesting")]
    checker = _Checker(path, rules, url_parser)
    inventory = checker.check(doc)
    if checker.errors:
        errors = sorted(checker.errors, key=lambda e: (e.line or 0, e.column or 0))
        return None, errors
    assert inventory is not None
    digest = hashlib.sha256(data).hexdigest()
    return dataclasses.replace(inventory, source=path, digest=digest), []


def validate_inventory(
    path: str | Path,
    rules: Mapping[str, HandleRule],
    url_parser: UrlParser | None = None,
) -> list[InventoryError]:
    """Every problem of the inventory at ``path``, sorted by line; empty when it is valid.

    ``rules`` maps platform names to their handle grammar (``load_catalog().rules()``);
    ``url_parser`` is the catalog's ``match_profile_url`` (without it, the handle of a
    ``url:`` account is the URL's last path segment)."""
    data, errors = _read(path)
    if data is None:
        return errors
    return _parse(str(path), data, rules, url_parser)[1]


def load_inventory(
    path: str | Path,
    rules: Mapping[str, HandleRule],
    url_parser: UrlParser | None = None,
) -> Inventory:
    """Read, validate and build the inventory; raise :class:`InventoryErrors` with every problem.

    The result carries ``source`` (the path as given) and ``digest`` (sha256 of the bytes), which
    the store uses to find the previous audit of the same inventory."""
    data, errors = _read(path)
    if data is None:
        raise InventoryErrors(errors)
    inventory, errors = _parse(str(path), data, rules, url_parser)
    if errors or inventory is None:
        raise InventoryErrors(errors)
    return inventory
