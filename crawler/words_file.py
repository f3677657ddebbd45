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

from matching.inventory import N_, InventoryError, Text, os_reason, utf8_text, yaml_error
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
_WRITE_IT = N_("write it as:\n{example}", example=_EXAMPLE)


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
        return UserWords(), [InventoryError(where, None, None,
                                            N_("cannot read the words file: {reason}",
                                               reason=os_reason(exc)),
                                            N_("check the path"))]
    if len(data) > MAX_BYTES:
        return UserWords(), [InventoryError(where, None, None,
                                            N_("the words file is larger than 2 MB"),
                                            N_("keep one list of phrases, not a corpus"))]
    text, undecodable = utf8_text(where, data, N_("save it as UTF-8"))
    if text is None:
        assert undecodable is not None
        return UserWords(), [undecodable]
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except (yaml.YAMLError, RecursionError) as exc:
        return UserWords(), [yaml_error(where, text, exc, N_("a words file has three levels: "
                                                             "words, its entries, their phrases"))]
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

    def error(self, node: yaml.Node | None, message: Text, hint: Text | None = None) -> None:
        line, col = _at(node) if node is not None else (None, None)
        self.errors.append(InventoryError(self.where, line, col, message, hint))

    def root(self, root: yaml.Node | None) -> None:
        if root is None:
            self.error(None, N_("the words file is empty"), _WRITE_IT)
            return
        if not isinstance(root, yaml.MappingNode):
            self.error(root, N_("the words file must be a mapping with a 'words:' list"),
                       _WRITE_IT)
            return
        found = None
        for key, value in root.value:
            name = _scalar(key) if isinstance(key, yaml.ScalarNode) else None
            if name == "words":
                found = value
            else:
                self.error(key, N_("unknown key {name!r} at the top", name=name),
                           N_("the file has one key, 'words:', a list of entries"))
        if found is None:
            self.error(root, N_("no 'words:' list"), _WRITE_IT)
        elif not isinstance(found, yaml.SequenceNode):
            self.error(found, N_("'words:' must be a list of entries, one '- family: ...' each"),
                       _WRITE_IT)
        else:
            for entry in found.value:
                self.entry(entry)

    def entry(self, node: yaml.Node) -> None:
        if not isinstance(node, yaml.MappingNode):
            self.error(node, N_("each entry of 'words:' is a mapping with family, language and "
                                "phrases"), _WRITE_IT)
            return
        values: dict[str, yaml.Node] = {}
        for key, value in node.value:
            name = _scalar(key) if isinstance(key, yaml.ScalarNode) else None
            if name not in ENTRY_KEYS:
                near = difflib.get_close_matches(str(name), ENTRY_KEYS, n=1, cutoff=0.6)
                self.error(key, N_("unknown key {name!r}", name=name),
                           N_("did you mean '{word}'?", word=near[0]) if near else
                           N_("an entry has: {keys}", keys=list(ENTRY_KEYS)))
            elif name in values:
                self.error(key, N_("'{name}' is given twice in this entry", name=name),
                           N_("keep one (first at line {line})", line=_at(values[name])[0]))
            else:
                values[str(name)] = value
        for required in ENTRY_KEYS[:3]:
            if required not in values:
                self.error(node, N_("this entry has no '{key}'", key=required),
                           N_("add '{key}: ...'; an entry has family, language, phrases",
                              key=required))
        family = self.word(values.get("family"), check_family)
        language = self.word(values.get("language"), check_language)
        note = values.get("note")
        if note is not None and not (isinstance(note, yaml.ScalarNode)
                                     and isinstance(_scalar(note), str)):
            self.error(note, N_("'note' must be text"), N_("write it in quotes"))
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
            self.error(node, N_("'phrases' must be a list"),
                       N_("write - one phrase per line, or [first phrase, second phrase]"))
            return
        if not items:
            self.error(node, N_("'phrases' is empty"), N_("add a phrase, or remove the entry"))
        for item in items:
            value = _scalar(item) if isinstance(item, yaml.ScalarNode) else None
            if not isinstance(item, yaml.ScalarNode):
                problem: Text | None = N_("each phrase is one line of text, not a list or a "
                                          "mapping")
            elif value is not None and not isinstance(value, str):
                kind = {"bool": N_("yes/no"), "int": N_("a number"), "float": N_("a number"),
                        "date": N_("a date"), "datetime": N_("a date")}.get(
                            type(value).__name__, type(value).__name__)
                problem = N_("'{value}' reads as {kind} in YAML, not as text: put it in quotes "
                             "(\"{value}\")", value=item.value, kind=kind)
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
                self.error(item, N_("'{phrase}' is already in family '{family}' (line {line})",
                                    phrase=phrase, family=family, line=self.seen[key]),
                           N_("remove one of them"))
                continue
            self.seen[key] = line
            if family and language:
                self.phrases.append(UserPhrase(family, language, phrase, f"{self.where}:{line}"))
