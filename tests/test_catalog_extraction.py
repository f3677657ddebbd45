"""The README's pybabel commands keep the Turkish catalogue whole.

``pybabel extract`` (babel.cfg, the README's keywords) then ``pybabel update`` marks obsolete
(``#~``) every entry the extraction did not find, and a message marked so is shown in English.
A ``tr.gettext('FOLDER')`` written inside an f-string is such a message: Python's tokenizer gives
the f-string as one string (3.11), so Babel never sees the call, and the update lost 19 Turkish
messages ('<KLASÖR>', 'PLATFORM:KULLANICI_ADI', ...). This test extracts with Babel's Python API
exactly as the README's command does, and checks that every message of the catalogue that the
code holds as a string is found, that none of them is kept only as an obsolete entry, and that
every message found has its Turkish translation (test_reports.py's check, moved here: one
extraction serves all).
"""

from __future__ import annotations

import ast
import re
import shlex
from functools import lru_cache
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
PO = ROOT / "reports" / "locale" / "tr" / "LC_MESSAGES" / "messages.po"
#: the folders whose code says messages to a reader
CODE = ("crawler", "matching", "reports")
#: what a gettext call is named in the code (Babel's default keywords and the README's reach
#: these, except inside an f-string)
CALLS = frozenset({"_", "gettext", "ngettext", "N_", "NP_", "n_"})
#: functions that translate their first argument but are no extraction keyword: it is marked
#: with N_ where it is written
UNMARKED = frozenset({"_said"})


def readme_keywords() -> dict[str, tuple[int, ...] | None]:
    """Babel's default keywords plus the ``-k`` options of the README's extract command."""
    from babel.messages.extract import DEFAULT_KEYWORDS
    from babel.messages.frontend import parse_keywords

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    line = next(x for x in readme.splitlines() if x.startswith("pybabel extract "))
    args = shlex.split(line)
    given = [args[i + 1] for i, a in enumerate(args) if a == "-k"]
    assert "-F" in args and args[args.index("-F") + 1] == "babel.cfg", line
    return {**DEFAULT_KEYWORDS, **parse_keywords(given)}


@lru_cache(maxsize=1)
def extracted() -> frozenset[str]:
    """Every msgid (each of a plural pair) the README's ``pybabel extract`` finds."""
    from babel.messages.extract import extract_from_dir
    from babel.messages.frontend import parse_mapping_cfg

    with (ROOT / "babel.cfg").open(encoding="utf-8") as fh:
        method_map, options_map = parse_mapping_cfg(fh)
    found: set[str] = set()
    for _file, _line, message, _comments, _ctx in extract_from_dir(
            str(ROOT), method_map, options_map, keywords=readme_keywords()):
        found.update(m for m in (message if isinstance(message, tuple) else (message,)) if m)
    return frozenset(found)


def catalogue() -> tuple[set[str], set[str]]:
    """(the msgids of the Turkish catalogue's live entries, of its obsolete ``#~`` ones)."""
    from babel.messages.pofile import read_po

    with PO.open("rb") as fh:
        po = read_po(fh, locale="tr")

    def ids(messages) -> set[str]:
        return {str(i) for m in messages if m.id
                for i in (m.id if isinstance(m.id, tuple | list) else (m.id,))}
    return ids(po), ids(po.obsolete.values())


#: a file that translates calls one of these (the word lists of matching/ never do: parsing
#: them costs seconds)
_TRANSLATES = re.compile(r"(?<![\w.])(?:_|N_|NP_|n_|_said)\(|gettext\(")


@lru_cache(maxsize=1)
def code_trees() -> dict[str, ast.AST]:
    """Each Python file of the code that translates a text (its path from the repository's
    root), parsed once."""
    out = {}
    for folder in CODE:
        for p in (ROOT / folder).rglob("*.py"):
            source = p.read_text(encoding="utf-8")
            if _TRANSLATES.search(source):
                out[p.relative_to(ROOT).as_posix()] = ast.parse(source)
    return out


@lru_cache(maxsize=1)
def code_strings() -> frozenset[str]:
    """Every string the code holds: the Python files' constants (also those inside an
    f-string's braces), the templates' quoted texts, the YAML files' values."""
    out: set[str] = {n.value for tree in code_trees().values() for n in ast.walk(tree)
                      if isinstance(n, ast.Constant) and isinstance(n.value, str)}
    for folder in CODE:
        for path in (ROOT / folder).rglob("*.html"):
            text = path.read_text(encoding="utf-8")
            out.update(m.group(2) for m in re.finditer(r"""(["'])((?:(?!\1).)+)\1""", text))
        for path in (ROOT / folder).rglob("*.yaml"):
            stack = [yaml.load(path.read_text(encoding="utf-8"),  # noqa: S506 (the safe one)
                               Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))]
            while stack:
                item = stack.pop()
                if isinstance(item, str):
                    out.add(item)
                elif isinstance(item, dict):
                    stack.extend([*item.keys(), *item.values()])
                elif isinstance(item, list):
                    stack.extend(item)
    return frozenset(out)


def _name(call: ast.Call) -> str | None:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else \
        func.id if isinstance(func, ast.Name) else None


def _literal_first(call: ast.Call) -> bool:
    return bool(call.args) and isinstance(call.args[0], ast.Constant) \
        and isinstance(call.args[0].value, str)


def hidden_calls(source: str | ast.AST) -> list[str]:
    """The calls translating a text written where Babel's extraction does not see it: inside
    an f-string's braces (read as one string on Python < 3.12), or given to a translating
    function that is no keyword (``_said("...")`` instead of ``_said(N_("..."))``)."""
    found = []
    tree = ast.parse(source) if isinstance(source, str) else source
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            found += [ast.unparse(c) for c in ast.walk(node) if isinstance(c, ast.Call)
                      and _name(c) in CALLS and _literal_first(c)]
        elif isinstance(node, ast.Call) and _name(node) in UNMARKED and _literal_first(node):
            found.append(ast.unparse(node))
    return found


def test_every_message_the_code_holds_is_extracted_by_the_readmes_command():
    live, obsolete = catalogue()
    used = (live | obsolete) & code_strings()
    assert len(used) > 1000
    missing = sorted(used - extracted())
    assert missing == [], "pybabel update would mark these obsolete: " + repr(missing[:20])


def test_no_message_the_code_holds_is_obsolete_in_the_catalogue():
    _live, obsolete = catalogue()
    assert sorted(obsolete & code_strings()) == []


def test_every_extracted_message_is_a_live_translated_entry():
    from reports.i18n import catalog_messages

    translated = {k for k, v in catalog_messages("tr").items() if v}
    assert sorted(extracted() - translated) == []


def test_no_text_is_translated_where_the_extraction_does_not_look():
    hidden = {rel: calls for rel, tree in code_trees().items() if (calls := hidden_calls(tree))}
    assert hidden == {}


def _marks(tree: ast.AST) -> bool:
    """The file translates a text written in it (a marker or gettext call with a literal)."""
    return any(isinstance(n, ast.Call) and _name(n) in CALLS and _literal_first(n)
               for n in ast.walk(tree))


def test_every_file_that_marks_a_text_is_in_babel_cfg():
    """A module whose messages babel.cfg does not list is never extracted: its texts stay
    English in every language, and no test of the catalogue sees them."""
    from babel.messages.frontend import parse_mapping_cfg
    from babel.util import pathmatch

    with (ROOT / "babel.cfg").open(encoding="utf-8") as fh:
        method_map, _options = parse_mapping_cfg(fh)
    unlisted = sorted(rel for rel, tree in code_trees().items()
                      if not any(pathmatch(pattern, rel) for pattern, _method in method_map)
                      and _marks(tree))
    assert unlisted == []


def test_the_hidden_call_check_sees_one():
    assert hidden_calls("x = f\"<{tr.gettext('FOLDER')}>\"") == ["tr.gettext('FOLDER')"]
    assert hidden_calls("x = '<' + tr.gettext('FOLDER') + '>'") == []
    assert hidden_calls("x = f'{_(label)}'") == []  # a variable's values are marked elsewhere
    assert hidden_calls("_said('{db} is a folder', db=db)") == ["_said('{db} is a folder', db=db)"]
    assert hidden_calls("_said(N_('{db} is a folder'), db=db)") == []
