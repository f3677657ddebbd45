"""A user's words file (``--words FILE``): read once, checked strictly (file, line, fix), and
given to matching as data in the lexicon's own shape. Pure and fast: small files in tmp_path."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from crawler.words_file import WordsFileErrors, load_words, validate_words
from matching import lexicon
from matching.user_words import UserPhrase, UserWords, check_phrase

GOOD = """\
# our wording
words:
  - family: scam
    language: en
    phrases:
      - claim your loyalty voucher
      - "verify  your wallet"
    note: the March campaign
  - family: fan
    language: tr
    phrases: [taraftar sayfası]
  - family: scam
    language: ru
    phrases: [заберите приз]
"""


def _file(tmp_path, text: str):
    path = tmp_path / "words.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_good_file_gives_the_phrases_in_the_lexicons_shape(tmp_path):
    words = load_words(_file(tmp_path, GOOD))
    assert words.as_lexicon() == {
        "en": {"scam": ("claim your loyalty voucher", "verify your wallet")},
        "tr": {"fan": ("taraftar sayfası",)},
        "ru": {"scam": ("заберите приз",)},
    }
    assert words.family("scam") == ("claim your loyalty voucher", "verify your wallet",
                                    "заберите приз")
    assert words.phrases[0].source.endswith("words.yaml:6")
    assert validate_words(_file(tmp_path, GOOD)) == []


@pytest.mark.parametrize(("text", "line", "words"), [
    ("words:\n  - family: scams\n    language: en\n    phrases: [x y]\n", 2,
     "unknown family 'scams': did you mean 'scam'?"),
    ("words:\n  - family: scam\n    language: xx\n    phrases: [x y]\n", 3,
     "unknown language 'xx'"),
    ("words:\n  - family: scam\n    language: en\n    phrases: ['']\n", 4, "empty phrase"),
    ("words:\n  - family: scam\n    language: en\n    phrases:\n      - yes\n", 5,
     "'yes' reads as yes/no in YAML, not as text: put it in quotes"),
    ("words:\n  - family: scam\n    language: en\n    phrases:\n      - 2024\n", 5,
     "reads as a number"),
    ("words:\n  - family: scam\n    language: en\n    phrases: claim\n", 4,
     "'phrases' must be a list"),
    ("words:\n  - family: scam\n    language: en\n    phrases: []\n", 4, "'phrases' is empty"),
    ("words:\n  - family: scam\n    language: en\n", 2, "this entry has no 'phrases'"),
    ("words:\n  - family: scam\n    lang: en\n    phrases: [x y]\n", 3,
     "unknown key 'lang' — did you mean 'language'?"),
    ("words:\n  - family: scam\n    language: en\n    phrases: [a]\n", 4,
     "fewer than two letters"),
    ("words:\n  - family: scam\n    language: en\n    phrases: ['w*n big']\n", 4,
     "'*' may only end a word"),
    ("words:\n  - family: scam\n    language: en\n    phrases: [Free Gift, free  gift]\n", 4,
     "'free gift' is already in family 'scam' (line 4)"),
    ("words:\n  - family: scam\n    language: en\n    phrases: [[x]]\n", 4,
     "one line of text, not a list"),
    ("words: [scam]\n", 1, "each entry of 'words:' is a mapping"),
    ("scam: [x]\n", 1, "unknown key 'scam' at the top"),
    ("words:\n  - family: scam\n   language: en\n", 3, "YAML syntax error"),
])
def test_each_problem_names_the_line_and_the_fix(tmp_path, text, line, words):
    path = _file(tmp_path, text)
    errors = validate_words(path)
    assert any(e.line == line and words in str(e) for e in errors), [str(e) for e in errors]
    assert all(str(e).startswith(str(path)) for e in errors)
    with pytest.raises(WordsFileErrors):
        load_words(path)


def test_every_problem_at_once_sorted_by_line(tmp_path):
    path = _file(tmp_path, "words:\n  - family: scamm\n    language: english\n    phrases: [x]\n")
    assert [e.line for e in validate_words(path)] == [2, 3, 4]


@pytest.mark.parametrize("text", ["", "   \n", "not a mapping\n"])
def test_an_empty_or_shapeless_file_shows_the_form(tmp_path, text):
    [err] = validate_words(_file(tmp_path, text))
    assert "words:\n  - family: scam" in str(err)


def test_unreadable_and_not_utf8(tmp_path):
    [missing] = validate_words(tmp_path / "none.yaml")
    assert "cannot read the words file" in str(missing) and "check the path" in str(missing)
    bad = tmp_path / "latin1.yaml"
    bad.write_bytes(b"words:\n  - family: fan\n    phrases: [caf\xe9]\n")
    [err] = validate_words(bad)
    assert err.line == 3 and "not UTF-8" in str(err)


def test_user_words_from_code_are_checked_too():
    w = UserWords.of([("scam", "en", "claim  your voucher")])
    assert w.phrases == (UserPhrase("scam", "en", "claim your voucher"),)
    assert not UserWords() and w
    with pytest.raises(ValueError, match="did you mean 'fan'"):
        UserWords.of([("fans", "en", "fan page")])
    assert check_phrase("nagrod*") is None
    assert check_phrase("支持") is None  # one word of a script without spaces: enough letters
    assert "at most" in (check_phrase("x" * 81) or "")


def test_the_lexicon_reads_user_phrases_as_its_own(monkeypatch):
    """The entry point's promise: merged in the lexicon's shape, a user phrase is folded and
    matched like a built-in one (diacritics or not, whole words)."""
    words = UserWords.of([("scam", "en", "claim your loyalty vouchér"),
                          ("scam", "ru", "заберите приз")])
    merged = {lang: dict(fams) for lang, fams in lexicon.LEXICON.items()}
    for lang, fams in words.as_lexicon().items():
        for fam, phrases in fams.items():
            merged.setdefault(lang, {})[fam] = (*merged.get(lang, {}).get(fam, ()), *phrases)
    monkeypatch.setattr(lexicon, "LEXICON", merged)
    latin, native = lexicon._split.__wrapped__("scam")
    assert "claim your loyalty voucher" in latin and "заберите приз" in native
    body = lexicon._trie_pattern(latin)
    assert re.search(rf"\b{body}\b", "please claim your loyalty voucher now")
    assert not re.search(rf"\b{body}\b", "unclaim your loyalty vouchers")


def test_validate_checks_the_words_file_beside_the_inventory(tmp_path):
    from click.testing import CliRunner

    from crawler.cli import main

    seed = str(Path(__file__).resolve().parents[1] / "seeds" / "official_accounts.yaml")
    good = CliRunner().invoke(main, ["validate", seed, "--words", str(_file(tmp_path, GOOD))])
    assert good.exit_code == 0 and "words.yaml: OK" in good.output
    bad = _file(tmp_path, "words:\n  - family: scam\n    language: en\n    phrases: [a]\n")
    result = CliRunner().invoke(main, ["validate", seed, "--words", str(bad)])
    assert result.exit_code == 2
    assert f"{bad}:4:15: phrase 'a' has fewer than two letters" in result.output
