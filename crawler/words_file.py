"""A user's words file (``--words FILE``), read and checked into a
:class:`~matching.user_words.UserWords`.

Read once at start-up, checked strictly, every problem at once with file, line and fix, as
inventory errors are (``words.yaml:7:15: unknown family 'scams': did you mean 'scam'? ...``)::

    # words.yaml: our own wording, added to the classifier's lexicon
    words:
      - family: scam            # one of: scam, soft_scam, advance_payment, data_request, ...
        language: en            # a language code of the lexicon: en, tr, de, pt-br ...
        phrases:
          - claim your loyalty voucher
          - verify your wallet
        note: the March 2026 campaign   # optional: why (kept for the next reviewer)
      - family: fan
        language: tr
        phrases: [taraftar sayfası]

Matching never reads files: this module is the only reader, and what it returns is data.
"""

from __future__ import annotations

import difflib
from pathlib import Path

import yaml

from matching.inventory import InventoryError, utf8_text, yaml_error
from matching.user_words import (
    UserPhrase,
    UserWords,
    check_family,
    check_language,
    check_phrase,
)

__all__ = ["WordsFileErrors", "load_words", "validate_words"]

#: keys of one entry; the first three are required
ENTRY_KEYS = ("family", "language", "phrases", "note")
#: a words file of more than this many bytes is not a list of phrases a person wrote
MAX_BYTES = 2_000_000

_EXAMPLE = ("words:\n  - family: scam\n    language: en\n    phrases: [claim your voucher]")


class WordsFileErrors(Exception):
    """Every problem of one words file (each an :class:`InventoryError`: file:line:col)."""

    def __init__(self, errors: list[InventoryError]):
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))


def load_words(path: str | Path) -> UserWords:
    """The checked words of ``path``; :class:`WordsFileErrors` when anything is wrong."""
    words, errors = _read(Path(path))
    if errors:
        raise WordsFileErrors(errors)
    return words


def validate_words(path: str | Path) -> list[InventoryError]:
    """Every problem of the words file at ``path``, sorted by line; empty when it is valid."""
    return _read(Path(path))[1]


def _read(path: Path) -> tuple[UserWords, list[InventoryError]]:
    where = str(path)
    try:
        data = path.read_bytes()[: MAX_BYTES + 1]
    except OSError as exc:
        return UserWords(), [InventoryError(where, None, None, f"cannot read the words file: "
                                            f"{exc.strerror or exc}", "check the path")]
    if len(data) > MAX_BYTES:
        return UserWords(), [InventoryError(where, None, None, "the words file is larger than "
                                            "2 MB", "keep one list of phrases, not a corpus")]
    text, undecodable = utf8_text(where, data, "save it as UTF-8")
    if text is None:
        assert undecodable is not None
        return UserWords(), [undecodable]
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except (yaml.YAMLError, RecursionError) as exc:
        return UserWords(), [yaml_error(where, text, exc, "a words file has three levels: "
                                        "words, its entries, their phrases")]
    checker = _Checker(where)
    checker.root(root)
    errors = sorted(checker.errors, key=lambda e: (e.line or 0, e.column or 0))
    return (UserWords() if errors else UserWords(tuple(checker.phrases))), errors


def _at(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


#: constructs scalars as YAML reads them (``yes`` -> True, ``12`` -> 12, ``~`` -> None)
_LOADER = yaml.SafeLoader("")


def _scalar(node: yaml.Node) -> object:
    """A scalar node's value as YAML reads it; a list or a mapping as an empty one."""
    if isinstance(node, yaml.SequenceNode):
        return []
    if isinstance(node, yaml.MappingNode):
        return {}
    return _LOADER.construct_object(node)


class _Checker:
    def __init__(self, where: str):
        self.where = where
        self.errors: list[InventoryError] = []
        self.phrases: list[UserPhrase] = []
        self.seen: dict[tuple[str, str], int] = {}  # (family, folded phrase) -> line

    def error(self, node: yaml.Node | None, message: str, hint: str | None = None) -> None:
        line, col = _at(node) if node is not None else (None, None)
        self.errors.append(InventoryError(self.where, line, col, message, hint))

    def root(self, root: yaml.Node | None) -> None:
        if root is None:
            self.error(None, "the words file is empty", f"write it as:\n{_EXAMPLE}")
            return
        if not isinstance(root, yaml.MappingNode):
            self.error(root, "the words file must be a mapping with a 'words:' list",
                       f"write it as:\n{_EXAMPLE}")
            return
        found = None
        for key, value in root.value:
            name = _scalar(key) if isinstance(key, yaml.ScalarNode) else None
            if name == "words":
                found = value
            else:
                self.error(key, f"unknown key {name!r} at the top", "the file has one key, "
                           "'words:', a list of entries")
        if found is None:
            self.error(root, "no 'words:' list", f"write it as:\n{_EXAMPLE}")
        elif not isinstance(found, yaml.SequenceNode):
            self.error(found, "'words:' must be a list of entries, one '- family: ...' each",
                       f"write it as:\n{_EXAMPLE}")
        else:
            for entry in found.value:
                self.entry(entry)

    def entry(self, node: yaml.Node) -> None:
        if not isinstance(node, yaml.MappingNode):
            self.error(node, "each entry of 'words:' is a mapping with family, language and "
                       "phrases", f"write it as:\n{_EXAMPLE}")
            return
        values: dict[str, yaml.Node] = {}
        for key, value in node.value:
            name = _scalar(key) if isinstance(key, yaml.ScalarNode) else None
            if name not in ENTRY_KEYS:
                near = difflib.get_close_matches(str(name), ENTRY_KEYS, n=1, cutoff=0.6)
                self.error(key, f"unknown key {name!r}",
                           f"did you mean '{near[0]}'?" if near else
                           f"an entry has: {', '.join(ENTRY_KEYS)}")
            elif name in values:
                self.error(key, f"'{name}' is given twice in this entry",
                           f"keep one (first at line {_at(values[name])[0]})")
            else:
                values[str(name)] = value
        for required in ENTRY_KEYS[:3]:
            if required not in values:
                self.error(node, f"this entry has no '{required}'",
                           f"add '{required}: ...'; an entry has family, language, phrases")
        family = self.word(values.get("family"), check_family)
        language = self.word(values.get("language"), check_language)
        note = values.get("note")
        if note is not None and not (isinstance(note, yaml.ScalarNode)
                                     and isinstance(_scalar(note), str)):
            self.error(note, "'note' must be text", "write it in quotes")
        if "phrases" in values:
            self.phrase_list(values["phrases"], family, language)

    def word(self, node: yaml.Node | None, check) -> str | None:
        if node is None:
            return None
        value = _scalar(node)
        problem = check(value)
        if problem:
            self.error(node, problem)
            return None
        return str(value)

    def phrase_list(self, node: yaml.Node, family: str | None, language: str | None) -> None:
        items = node.value if isinstance(node, yaml.SequenceNode) else None
        if items is None:
            self.error(node, "'phrases' must be a list", "write - one phrase per line, or "
                       "[first phrase, second phrase]")
            return
        if not items:
            self.error(node, "'phrases' is empty", "add a phrase, or remove the entry")
        for item in items:
            value = _scalar(item) if isinstance(item, yaml.ScalarNode) else None
            if not isinstance(item, yaml.ScalarNode):
                problem: str | None = "each phrase is one line of text, not a list or a mapping"
            elif value is not None and not isinstance(value, str):
                kind = {"bool": "yes/no", "int": "a number", "float": "a number",
                        "date": "a date", "datetime": "a date"}.get(type(value).__name__,
                                                                 type(value).__name__)
                problem = (f"'{item.value}' reads as {kind} in YAML, not as text: put it in "
                           f"quotes (\"{item.value}\")")
            else:
                problem = check_phrase("" if value is None else value)
            if problem:
                self.error(item, problem)
                continue
            assert isinstance(value, str)
            phrase = " ".join(value.split())
            key = (family or "", phrase.casefold())
            line = _at(item)[0]
            if family and key in self.seen:
                self.error(item, f"'{phrase}' is already in family '{family}' (line "
                           f"{self.seen[key]})", "remove one of them")
                continue
            self.seen[key] = line
            if family and language:
                self.phrases.append(UserPhrase(family, language, phrase, f"{self.where}:{line}"))
