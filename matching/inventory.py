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
import errno
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
    "N_",
    "Text",
    "MarkedList",
    "MarkedMap",
    "describe_handle_rule",
    "load_inventory",
    "localized",
    "os_reason",
    "utf8_text",
    "validate_inventory",
    "yaml_error",
]

#: the catalog's ``match_profile_url``: ``url -> (platform, handle)``; called as ``(url,
#: platform)`` only for a platform whose rule is federated (``HandleRule.remote``), to read an
#: account address on a server the catalog does not list (``https://mastodon.nz/@shop``)
UrlParser = Callable[..., "tuple[str, str] | None"]

# --------------------------------------------------------------------------- errors


class Text(str):
    """A message in English that keeps its template and values, so ``brandsweep validate`` can
    show it in the reader's language: ``str()`` is the English text, :meth:`render` the
    translated one. Only templates are looked up in a catalog, and values that are themselves
    :class:`Text` (``the inventory``, ``a brand``); a user's handle or key never is.
    :func:`N_` builds one (pybabel extracts its first argument: README "Languages")."""

    template: str
    params: dict[str, object]

    def __new__(cls, template: str, **params: object) -> Text:
        values = {k: ", ".join(map(str, v)) if isinstance(v, list) else v
                  for k, v in params.items()}
        self = super().__new__(cls, template.format(**values) if params else template)
        self.template = template
        self.params = params
        return self

    def render(self, gettext: Callable[[str], str]) -> str:
        """The text in the language of ``gettext`` (the English one if the catalog's wording
        does not take the same values)."""
        values = {k: ", ".join(localized(x, gettext) or "" for x in v) if isinstance(v, list)
                  else localized(v, gettext) if isinstance(v, str) else v
                  for k, v in self.params.items()}
        wording = gettext(self.template)
        if not values:
            return wording
        try:
            return wording.format(**values)
        except (KeyError, IndexError, ValueError):
            return self.template.format(**values)


def N_(template: str, **params: object) -> Text:  # noqa: N802 (gettext's marker name)
    """A translatable message: ``N_("unknown platform '{name}'", name=name)``."""
    return Text(template, **params)


def _and(items: list) -> Text | str:
    """``'a'``, ``'a and b'``, ``'a, b and c'`` in the reader's language."""
    if len(items) == 1:
        return items[0]
    return N_("{items} and {last}", items=items[:-1], last=items[-1])


def localized(text: str | None, gettext: Callable[[str], str]) -> str | None:
    """``text`` in the language of ``gettext`` when it is a :class:`Text`, else as it is."""
    return text.render(gettext) if isinstance(text, Text) else text


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

    def render(self, gettext: Callable[[str], str]) -> str:
        """``str()`` in the language of ``gettext``: file:line:column, the problem, the fix."""
        english = InventoryError(self.path, self.line, self.column, "", None)
        text = str(english) + (localized(self.message, gettext) or "")
        hint = localized(self.hint, gettext)
        return text + (f" — {hint}" if hint else "")

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


def _yaml_hint(problem: str) -> Text:
    p = problem.lower()
    if "\\t" in p or "tab" in p:
        return N_("YAML does not allow tabs for indentation: indent with spaces")
    if "mapping values are not allowed" in p:
        return N_("check the indentation, or put a value containing ': ' in quotes")
    if "could not find expected ':'" in p:
        return N_(
            "every entry needs 'key: value'; check the indentation of this line and the one above"
        )
    if "expected <block end>" in p or "did not find expected" in p:
        return N_("check the indentation: items of one list or mapping must line up")
    if "expected ',' or '}'" in p or "expected ',' or ']'" in p:
        return N_(
            "a '{' or '[' is not closed on its line: close it, or quote values with ',' or ':'"
        )
    if "quoted scalar" in p or "end of stream" in p:
        return N_("a quote is not closed: close it or remove it")
    if "alias" in p or "anchor" in p:
        return N_("'*' and '&' start YAML aliases/anchors: put such values in quotes")
    if "too long to be a number" in p:
        return N_("write it in quotes if it is text, or shorten it")
    if "single document" in p:
        return N_("keep one document per file: remove the extra '---'")
    return N_("check the indentation (spaces only) and the quotes around values with ':' or '#'")


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

#: where a problem is, in the messages (translated: Text)
_INVENTORY = N_("the inventory")
_DEPARTMENT = N_("a department")
_BRAND = N_("a brand")
_ACCOUNT = N_("an account")
_ALLOW_ENTRY = N_("an allow entry")

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
# reserved TLDs (RFC 2606/6761): fine in tests and demos though absent from the suffix list
_RESERVED_TLDS = {"test", "example", "invalid", "localhost", "local"}

def _type_name(value: Any) -> Text:
    if value is None:
        return N_("nothing (null)")
    if isinstance(value, bool):
        return N_("a boolean")
    if isinstance(value, int | float):
        return N_("a number")
    if isinstance(value, str):
        return N_("a string")
    if isinstance(value, list):
        return N_("a list")
    if isinstance(value, dict):
        return N_("a mapping")
    return N_("a value of type {name}", name=type(value).__name__)


def _suggest(word: str, choices: Iterable[str]) -> str | None:
    choices = list(choices)
    lowered = {c.lower(): c for c in choices}
    if word.lower() in lowered and lowered[word.lower()] != word:
        return lowered[word.lower()]
    close = difflib.get_close_matches(word.lower(), list(lowered), n=1, cutoff=0.6)
    return lowered[close[0]] if close else None


def _did_you_mean(word: str, choices: Iterable[str]) -> Text | None:
    s = _suggest(word, choices)
    return N_("did you mean '{word}'?", word=s) if s else None


_CLASS_WORDS = (
    ("A-Za-z", N_("letters")),
    ("a-zA-Z", N_("letters")),
    ("a-z", N_("lowercase letters")),
    ("A-Z", N_("uppercase letters")),
    ("0-9", N_("digits")),
    ("\\d", N_("digits")),
    ("\\w", N_("letters, digits and '_'")),
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


_OUTER_GROUP = re.compile(r"^\^?\(\?:(.*)\)\$?$")
#: one alternative of a handle pattern: a literal prefix (``groups/``), then one character
#: class or two (a first character, then the rest), each once, repeated or counted
_SPELLABLE = re.compile(r"^([A-Za-z0-9/_@.-]*)((?:\[[^\]\^]+\](?:[+*]|\{\d*,?\d*\})?){1,2})$")


def _alternatives(pattern: str) -> list[str] | None:
    """The alternatives of a pattern that is one alternation (``a|b``, ``(?:a|b)``), or None."""
    m = _OUTER_GROUP.match(pattern)
    body = m.group(1) if m else pattern.strip("^$")
    depth, start, parts = 0, 0, []
    for i, ch in enumerate(body):
        depth += {"(": 1, "[": 1, ")": -1, "]": -1}.get(ch, 0)
        if ch == "|" and depth == 0:
            parts.append(body[start:i])
            start = i + 1
    parts.append(body[start:])
    return parts if len(parts) > 1 else None


def _spelled_alternatives(pattern: str) -> Text | None:
    """Each alternative of a handle pattern in words: "letters, digits and '.'; or 'groups/'
    followed by letters, digits, '.', '_' and '-'", or None when one cannot be spelled."""
    alts = _alternatives(pattern)
    if alts is None:
        return None
    said: list[Text | str] = []
    for alt in alts:
        m = _SPELLABLE.match(alt)
        if m is None:
            return None
        chars = _spell_class("".join(_ONE_CLASS.findall(m.group(2))))
        said.append(N_("{prefix!r} followed by {chars}", prefix=m.group(1), chars=chars)
                    if m.group(1) else chars)
    text: Text | str = said[0]
    for more in said[1:]:
        text = N_("{first}; or {other}", first=text, other=more)
    return text  # type: ignore[return-value]


def _spell_class(body: str) -> Text | str:
    """A character class's body in words: "letters, digits, '.' and '_'"."""
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
    return _and(parts)


def describe_handle_rule(platform: str, rule: HandleRule) -> Text:
    """A sentence a person understands: "Instagram handles are 1-30 of letters, digits, '.'
    and '_'". Simple one-class patterns are spelled out, so is each alternative of an
    alternation ("Facebook handles are 5-57 characters: letters, digits and '.'; or 'groups/'
    followed by letters, digits, '.', '_' and '-'"); others quote the pattern."""
    title = rule.title or platform[:1].upper() + platform[1:]
    length = f"{rule.min_length}-{rule.max_length}"
    main = _main_class(rule.pattern)
    if main is None:
        alts = _spelled_alternatives(rule.pattern)
        if alts is not None:
            return N_("{title} handles are {length} characters: {alternatives}", title=title,
                      length=length, alternatives=alts)
        return N_("{title} handles are {length} characters matching {pattern!r}",
                  title=title, length=length, pattern=rule.pattern)
    body, whole = main
    text = N_("{title} handles are {length} of {chars}", title=title, length=length,
              chars=_spell_class(body))
    return text if whole else N_("{rule} (exact rule: {pattern!r})", rule=text,
                                 pattern=rule.pattern)


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


def _handle_problem(handle: str, rule: HandleRule) -> Text | None:
    if rule.remote and "@" in handle and _remote_handle_ok(handle, rule):
        return None  # an account on another server of a federated network: user@server
    if len(handle) < rule.min_length:
        return N_("is shorter than {n} characters", n=rule.min_length)
    if len(handle) > rule.max_length:
        return N_("is {n} characters long, more than {most}", n=len(handle),
                  most=rule.max_length)
    try:
        ok = re.fullmatch(rule.pattern, handle) is not None
    except re.error:
        return None  # a broken catalog pattern is the catalog's error, not the inventory's
    if ok:
        return None
    bad = _bad_chars(handle, rule)
    if len(bad) == 1:
        return N_("contains {chars}, which is not allowed", chars=repr(bad[0]))
    if bad:
        shown = _and([repr(c) for c in bad]) if len(bad) == 2 else [repr(c) for c in bad]
        return N_("contains {chars}, which are not allowed", chars=shown)
    return N_("does not fit the platform's handle pattern")


def _remote_handle_ok(handle: str, rule: HandleRule) -> bool:
    """``user@server.tld``: a user part the home server's grammar or the federated one
    (``rule.remote``) allows, and a server name with a dot."""
    user, _, server = handle.partition("@")
    if not re.fullmatch(r"[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*"
                        r"\.[a-z]{2,63}", server, re.IGNORECASE):
        return False
    try:
        return any(re.fullmatch(rx, user) is not None for rx in (rule.pattern, rule.remote))
    except re.error:
        return False


def _fediverse_path(url: str) -> bool:
    """Whether ``url``'s path has a Mastodon account's shape (``/@name``, ``/users/name``)."""
    try:
        path = urlsplit(url).path
    except ValueError:
        return False
    return re.fullmatch(r"/(@|users/)[A-Za-z0-9_][A-Za-z0-9_.-]*/?", path) is not None


def _looks_like_url(text: str) -> bool:
    return bool(re.match(r"^[a-z][a-z0-9+.-]*://", text, re.I)) or text.lower().startswith("www.")


def _http_url_problem(text: str) -> Text | None:
    try:
        parts = urlsplit(text)
    except ValueError:
        return N_("is not a valid URL")
    if parts.scheme.lower() not in ("http", "https"):
        return N_("is not an http(s) URL")
    if not parts.hostname:
        return N_("has no host name")
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

    def err(self, mark: Mark | None, message: Text, hint: Text | None = None) -> None:
        line, col = mark if mark else (None, None)
        self.errors.append(InventoryError(self.path, line, col, message, hint))

    # -- typed accessors

    def mapping(self, value: Any, mark: Mark, what: Text, example: str) -> MarkedMap | None:
        if isinstance(value, MarkedMap):
            return value
        self.err(
            mark, N_("{what} must be a mapping, got {got}", what=what, got=_type_name(value)),
            N_("write it as {example}", example=example),
        )
        return None

    def keys(self, m: MarkedMap, allowed: tuple[str, ...], where: Text) -> None:
        for key, first, again in m.duplicates:
            self.err(
                again,
                N_("duplicate key '{key}' in {where} (first at line {line})", key=key,
                   where=where, line=first[0]),
                N_("keep one of them"),
            )
        for key in m:
            if key not in allowed:
                hint = _did_you_mean(str(key), allowed) or N_("allowed keys: {keys}",
                                                              keys=list(allowed))
                self.err(m.key_marks[key], N_("unknown key '{key}' in {where}", key=key,
                                              where=where), hint)

    def required(self, m: MarkedMap, key: str, where: Text, example: str) -> bool:
        if key in m and m[key] is not None:
            return True
        mark = m.key_marks.get(key, m.mark)
        self.err(
            mark,
            N_("{where} is missing '{key}'", where=where, key=key) if key not in m
            else N_("'{key}' is empty", key=key),
            N_("add {example}", example=example),
        )
        return False

    def text(
        self, m: MarkedMap, key: str, where: Text, *, required: bool = False, example: str = ""
    ) -> str | None:
        """A string value; numbers are taken as written (``handle: 007`` is '007')."""
        if key not in m or m[key] is None:
            if required:
                self.required(m, key, where, example or f"{key}: ...")
            return None
        value = m[key]
        if isinstance(value, str):
            if not value.strip():
                self.err(m.value_marks[key], N_("'{key}' in {where} is empty", key=key,
                                                where=where), N_("give a {key}", key=key))
                return None
            return value.strip()
        if isinstance(value, int | float) and not isinstance(value, bool) and key in m.raw:
            return m.raw[key]
        self.err(
            m.value_marks[key],
            N_("'{key}' in {where} must be a string, got {got}", key=key, where=where,
               got=_type_name(value)),
            N_("put the value in quotes")
            if isinstance(value, bool | int | float)
            else N_("write {key}: some text", key=key),
        )
        return None

    def items(self, m: MarkedMap, key: str, where: Text) -> list[tuple[Any, Mark, str | None]]:
        """The items of a list value (with marks and raw text); errors if it is not a list."""
        if key not in m or m[key] is None:
            return []
        value = m[key]
        if isinstance(value, MarkedList):
            return list(zip(value, value.marks, value.raw, strict=True))
        if isinstance(value, str):
            hint = N_("write a list: {key}: [{value}] (or [a, b] for several)", key=key,
                      value=value)
        else:
            hint = N_("write a list: {key}: [a, b] or one '- item' per line", key=key)
        self.err(
            m.value_marks[key], N_("'{key}' in {where} must be a list, got {got}", key=key,
                                   where=where, got=_type_name(value)), hint
        )
        return []

    def strings(self, m: MarkedMap, key: str, where: Text) -> list[tuple[str, Mark]]:
        out = []
        for value, mark, raw in self.items(m, key, where):
            if isinstance(value, str) and value.strip():
                out.append((value.strip(), mark))
            elif isinstance(value, int | float) and not isinstance(value, bool) and raw:
                out.append((raw, mark))
            else:
                self.err(
                    mark,
                    N_("each item of '{key}' in {where} must be a string, got {got}", key=key,
                       where=where, got=_type_name(value)),
                    N_("write a plain value such as [a, b]; quote values with ':' or '#'"),
                )
        return out

    def platform(self, name: str, mark: Mark) -> bool:
        if name in self.rules:
            return True
        hint = _did_you_mean(name, self.rules)
        if not hint:
            known = sorted(self.rules) or [N_("none loaded")]
            hint = N_("known platforms: {names} (see `brandsweep platforms`)", names=known)
        self.err(mark, N_("unknown platform '{name}'", name=name), hint)
        return False

    def handle(self, platform: str, handle: str, mark: Mark, key: str = "handle") -> str | None:
        """Validate a handle for its platform; returns it without a leading '@'."""
        if _looks_like_url(handle):
            self.err(
                mark,
                N_("'{key}' holds a URL, not a handle", key=key),
                N_("write url: {url} (or handle: with the name only)", url=handle),
            )
            return None
        h = handle[1:] if handle.startswith("@") else handle
        rule = self.rules.get(platform)
        if rule is None:
            return h
        problem = _handle_problem(h, rule)
        if problem:
            hint = describe_handle_rule(platform, rule)
            if rule.remote:
                hint = N_("{rule}; an account on another server is name@server.tld, e.g. "
                          "shop@mastodon.nz", rule=hint)
            self.err(
                mark,
                N_("'{handle}' is not a valid {platform} handle: it {problem}", handle=h,
                   platform=platform, problem=problem),
                hint,
            )
            return None
        return h

    # -- sections

    def check(self, doc: Any) -> Inventory | None:
        if doc is None:
            self.err(
                (1, 1),
                N_("the inventory is empty"),
                N_("start with 'organization: Your Company' and a 'brands:' list"),
            )
            return None
        if not isinstance(doc, MarkedMap):
            mark = doc.mark if isinstance(doc, MarkedList) else (1, 1)
            self.err(
                mark,
                N_("the inventory must be a mapping, got {got}", got=_type_name(doc)),
                N_("start with 'organization: Your Company' then 'brands:' at column 1"),
            )
            return None
        self.keys(doc, _TOP_KEYS, _INVENTORY)
        organization = self.text(
            doc,
            "organization",
            _INVENTORY,
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
                N_("the inventory declares no brand: an audit would search for nothing"),
                N_("add a 'brands:' list with at least one brand: "
                   "- {name: Your Brand, accounts: [...]}"),
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
        value = self.text(doc, "language", _INVENTORY)
        if value is None:
            return None
        code = value.strip()
        if not _LANGUAGE_TAG.match(code):
            self.err(
                doc.value_marks["language"],
                N_("'language' must be a language code, got {value!r}", value=value),
                N_("write a two- or three-letter code, with a region if you like: language: tr, "
                   "language: hu, language: pt-BR (reports are written in {languages}; other "
                   "languages get an English report)", languages=_and(list(LANGUAGES))),
            )
            return None
        primary, _, rest = code.replace("_", "-").partition("-")
        return primary.lower() + ("-" + rest if rest else "")

    def rights_holder(self, doc: MarkedMap) -> tuple[str | None, str | None, list[str]]:
        """``legal_name``, ``contact`` and ``trademarks``: who files a takedown request.

        Optional; an evidence pack names them so a platform knows who asks and on which
        rights. ``contact`` is an e-mail address or an http(s) page."""
        legal_name = self.text(doc, "legal_name", _INVENTORY)
        contact = self.text(doc, "contact", _INVENTORY)
        url_ok = contact is not None and _looks_like_url(contact) \
            and not _http_url_problem(contact)
        if contact is not None and not _EMAIL.match(contact) and not url_ok:
            self.err(
                doc.value_marks["contact"],
                N_("'contact' in the inventory must be an e-mail address or an http(s) URL, "
                   "got {value!r}", value=contact),
                N_("write e.g. contact: legal@yourcompany.com"),
            )
            contact = None
        trademarks = [name for name, _ in self.strings(doc, "trademarks", _INVENTORY)]
        return legal_name, contact, trademarks

    def domains(self, doc: MarkedMap) -> list[str]:
        out: list[str] = []
        for name, mark in self.strings(doc, "domains", _INVENTORY):
            d = name.lower().rstrip(".")
            if "://" in d:
                host = urlsplit(d).hostname or ""
                self.err(mark, N_("domain '{name}' has a scheme", name=name),
                         N_("write the bare name: {host}", host=host))
                continue
            if "/" in d or "?" in d or "#" in d:
                host = re.split(r"[/?#]", d, maxsplit=1)[0]
                self.err(mark, N_("domain '{name}' has a path", name=name),
                         N_("write the bare name: {host}", host=host))
                continue
            if ":" in d or "@" in d or " " in d:
                self.err(
                    mark,
                    N_("'{name}' is not a domain name", name=name),
                    N_("write a registered domain such as example.com (no port, no user)"),
                )
                continue
            ext = public_suffix_list()(d)  # private suffixes on: brand.github.io
            if not ext.suffix:
                if d.rsplit(".", 1)[-1] in _RESERVED_TLDS and "." in d:
                    out.append(d)
                    continue
                self.err(
                    mark,
                    N_("'{name}' has no known public suffix", name=name),
                    N_("write a registered domain such as example.com or example.com.tr"),
                )
                continue
            registrable = ext.top_domain_under_public_suffix
            if not registrable:
                self.err(
                    mark,
                    N_("'{name}' is a public suffix, not a registrable domain", name=name),
                    N_("write the company's own domain, e.g. example.com"),
                )
                continue
            if registrable != d:
                self.err(
                    mark,
                    N_("'{name}' is not a registrable domain", name=name),
                    N_("list the registered domain: {domain}", domain=registrable),
                )
                continue
            if d in out:
                self.err(mark, N_("domain '{name}' is listed twice", name=name),
                         N_("remove one"))
                continue
            out.append(d)
        return out

    def departments(self, doc: MarkedMap) -> list[Department]:
        out: list[Department] = []
        seen: dict[str, int] = {}
        example = "{name: Marketing, owner: marketing@example.com}"
        for value, mark, _ in self.items(doc, "departments", _INVENTORY):
            m = self.mapping(value, mark, _DEPARTMENT, example)
            if m is None:
                continue
            self.keys(m, _DEPARTMENT_KEYS, _DEPARTMENT)
            name = self.text(m, "name", _DEPARTMENT, required=True, example="name: Marketing")
            owner = self.text(m, "owner", _DEPARTMENT)
            if owner is not None and not _EMAIL.match(owner):
                self.err(
                    m.value_marks["owner"],
                    N_("owner '{owner}' is not an e-mail address", owner=owner),
                    N_("write the owner's e-mail, e.g. marketing@example.com"),
                )
                owner = None
            if name is None:
                continue
            if name in seen:
                self.err(
                    m.value_marks["name"],
                    N_("department '{name}' is declared twice (also at line {line})",
                       name=name, line=seen[name]),
                    N_("department names must be unique"),
                )
                continue
            seen[name] = m.value_marks["name"][0]
            out.append(Department(name=name, owner=owner))
        return out

    def brands(self, doc: MarkedMap, departments: set[str]) -> list[Brand]:
        out: list[Brand] = []
        seen: dict[str, int] = {}
        example = "{name: Your Brand, accounts: [...]}"
        for value, mark, _ in self.items(doc, "brands", _INVENTORY):
            m = self.mapping(value, mark, _BRAND, example)
            if m is None:
                continue
            self.keys(m, _BRAND_KEYS, _BRAND)
            name = self.text(m, "name", _BRAND, required=True, example="name: Your Brand")
            where = N_("brand '{name}'", name=name) if name else _BRAND
            aliases = [a for a, _ in self.strings(m, "aliases", where)]
            websites = []
            for url, umark in self.strings(m, "websites", where):
                problem = _http_url_problem(url)
                if problem:
                    self.err(
                        umark,
                        N_("website '{url}' {problem}", url=url, problem=problem),
                        N_("write the full address, e.g. {example}",
                           example="https://" + url.split("://")[-1]),
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
                    N_("brand '{name}' is declared twice (also at line {line})", name=name,
                       line=seen[name]),
                    N_("merge the two entries"),
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
        where = _ACCOUNT
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
                    N_("declared departments: {names}", names=sorted(departments))
                    if departments
                    else N_("declare it under 'departments:' as {name: ..., owner: ...}")
                )
            self.err(
                m.value_marks["department"],
                N_("department '{name}' is not declared", name=department), hint
            )

        handle: str | None = None
        if handle_text is None and url is None:
            if m.get("handle") is None and m.get("url") is None:
                self.err(
                    m.mark,
                    N_("an account needs 'handle' or 'url'"),
                    N_("add handle: yourbrand (or url: https://...)"),
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
                        N_("url names '{named}' but handle is '{handle}'", named=from_url,
                           handle=handle),
                        N_("keep only one of handle: and url:, or make them agree"),
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
                N_("url '{url}' {problem}", url=url, problem=problem),
                N_("write the profile's full address, e.g. https://www.instagram.com/yourbrand"),
            )
            return None
        if self.url_parser is not None:
            parsed = self.url_parser(url)
            rule = self.rules.get(platform or "")
            if parsed is None and platform is not None and rule is not None and rule.remote:
                # a federated platform's account on a server the catalog does not list
                parsed = self.url_parser(url, platform)
            if parsed is None:
                federated = sorted(n for n, r in self.rules.items() if r.remote)
                self.err(
                    mark,
                    N_("url '{url}' is not a profile address of a known platform", url=url),
                    N_("if it is an account on a {platform} server the catalog does not "
                       "list, write platform: {platform}", platform=federated[0])
                    if platform not in federated and federated and _fediverse_path(url)
                    else N_("give the profile page's address, or use handle: instead"),
                )
                return None
            url_platform, handle = parsed
            if platform is not None and url_platform != platform:
                self.err(
                    mark,
                    N_("url '{url}' is a profile on {found}, but platform is '{platform}'",
                       url=url, found=url_platform, platform=platform),
                    N_("write platform: {found} or fix the url", found=url_platform),
                )
                return None
        else:
            fallback = _fallback_url_handle(url)
            if fallback is None:
                self.err(
                    mark,
                    N_("url '{url}' has no handle in its path", url=url),
                    N_("give the profile page's address, or use handle: instead"),
                )
                return None
            handle = fallback
        if platform is None:
            return None
        return self.handle(platform, handle, mark, key="url")

    def allow(self, doc: MarkedMap) -> list[AllowEntry]:
        out: list[AllowEntry] = []
        for value, mark, _ in self.items(doc, "allow", _INVENTORY):
            m = self.mapping(
                value,
                mark,
                _ALLOW_ENTRY,
                "{platform: instagram, handle: partner, note: reseller}",
            )
            if m is None:
                continue
            self.keys(m, _ALLOW_KEYS, _ALLOW_ENTRY)
            platform = self.text(
                m, "platform", _ALLOW_ENTRY, required=True, example="platform: instagram"
            )
            handle_text = self.text(
                m, "handle", _ALLOW_ENTRY, required=True, example="handle: partner"
            )
            note = self.text(m, "note", _ALLOW_ENTRY)
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
                    also = (N_("line {line} in brand '{brand}'", line=prev.line, brand=prev.brand)
                            if prev.brand != acc.brand else N_("line {line}", line=prev.line))
                    self.err(
                        self.account_marks.get(acc),
                        N_("duplicate account {account} (also declared at {also})",
                           account=f"{acc.platform}:{acc.handle}", also=also),
                        N_("declare each account once; remove one of them"),
                    )
                else:
                    first[key] = acc
        for entry in allow:
            key = (entry.platform, self.rules[entry.platform].canonical(entry.handle))
            if key in first:
                self.err(
                    self.allow_marks.get((entry.platform, entry.handle)),
                    N_("{account} is in 'allow' but is also an official account (line {line})",
                       account=f"{entry.platform}:{entry.handle}", line=first[key].line),
                    N_("'allow' is for accounts that are not yours: remove one of them"),
                )


# --------------------------------------------------------------------------- public API


#: an inventory larger than this is not an inventory (50 MB ones load; /dev/zero never ends)
MAX_INVENTORY_BYTES = 200 * 1024 * 1024


def _read(path: str | Path) -> tuple[bytes | None, list[InventoryError]]:
    try:
        if not stat.S_ISREG(Path(path).stat().st_mode):
            return None, [InventoryError(str(path), None, None, N_("not a regular file"),
                                         N_("give the path of a YAML file"))]
        with open(path, "rb") as fh:
            data = fh.read(MAX_INVENTORY_BYTES + 1)
        if len(data) > MAX_INVENTORY_BYTES:
            return None, [InventoryError(str(path), None, None,
                                         N_("larger than {n} MB", n=MAX_INVENTORY_BYTES // 2**20),
                                         N_("an inventory lists accounts; split it or check the "
                                            "path"))]
        return data, []
    except OSError as e:
        reason = os_reason(e)
        return None, [
            InventoryError(
                str(path), None, None, N_("cannot read the inventory: {reason}", reason=reason),
                N_("check the path"),
            )
        ]


#: the operating system's reasons a user's file cannot be read, in the reader's words (the
#: system's own strerror is English: "No such file or directory" in a Turkish validate)
_OS_REASONS = {
    errno.ENOENT: N_("there is no such file"),
    errno.EACCES: N_("permission denied"),
    errno.EPERM: N_("permission denied"),
    errno.EISDIR: N_("it is a folder, not a file"),
    errno.ENOTDIR: N_("a part of the path is not a folder"),
}


def os_reason(exc: OSError) -> str:
    """Why a file could not be read, as a :class:`Text` for the common reasons, else the
    system's words."""
    return _OS_REASONS.get(exc.errno or 0) or str(exc.strerror or exc)


def utf8_text(path: str, data: bytes, fix: str) -> tuple[str | None, InventoryError | None]:
    """``data`` as text (UTF-8, a BOM dropped), or the error at the first bad byte's line and
    column with ``fix``: one reading for every YAML file a user writes (inventory, words)."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        col = e.start - (data.rfind(b"\n", 0, e.start) + 1) + 1
        return None, InventoryError(path, line, col, N_("the file is not UTF-8 text"), fix)


def yaml_error(path: str, text: str, error: Exception, nesting_fix: str) -> InventoryError:
    """What PyYAML refused in ``text``, at its line and column, with a hint that names the
    likely fix (``nesting_fix`` for a document nested too deeply)."""
    if isinstance(error, RecursionError):
        return InventoryError(path, None, None, N_("the YAML is nested too deeply"), nesting_fix)
    if isinstance(error, yaml.MarkedYAMLError):
        mark = error.problem_mark or error.context_mark
        problem = error.problem or error.context or "invalid YAML"
        at_line, at_col = (mark.line + 1, mark.column + 1) if mark else (None, None)
        hint = _yaml_hint(problem)
        context = error.context_mark
        if context is not None and mark is not None and context.line != mark.line:
            # like a compiler's "note:": where the enclosing block began, often the real culprit
            hint = N_("{hint} (the enclosing block starts at {where})", hint=hint,
                      where=f"{path}:{context.line + 1}:{context.column + 1}")
        # PyYAML's own words stay in English (a library's text): the fix is translated
        return InventoryError(path, at_line, at_col,
                              N_("YAML syntax error: {problem}", problem=problem), hint)
    position = getattr(error, "position", None)  # ReaderError (control characters) and friends
    return InventoryError(
        path,
        None if position is None else text.count("\n", 0, position) + 1,
        None,
        N_("YAML error: {problem}", problem=str(error)),
        _yaml_hint(str(error)),
    )


def _parse(
    path: str, data: bytes, rules: Mapping[str, HandleRule], url_parser: UrlParser | None
) -> tuple[Inventory | None, list[InventoryError]]:
    text, undecodable = utf8_text(path, data, N_("save the inventory as UTF-8"))
    if text is None:
        assert undecodable is not None
        return None, [undecodable]
    try:
        doc = yaml.load(text, Loader=_MarkedLoader)  # noqa: S506 - SafeLoader subclass
    except (yaml.YAMLError, RecursionError) as e:
        return None, [yaml_error(path, text, e,
                                      N_("an inventory needs only a few levels of nesting"))]
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
