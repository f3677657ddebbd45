"""A user's own words reach the classifier (#11): matching/user_words.py's FamilyPattern.

Each test pairs one profile classified without and with the user's words (a mutation test:
without the words the class stays what the built-in lexicon makes it), and checks that the
words are an argument of classify, not a state that outlives the call."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

import matching.profile_signals  # noqa: F401 - its family patterns, for the coverage test
from matching.classify import classify
from matching.lexicon import FAMILIES
from matching.models import Finding, FindingClass, ProfileObservation
from matching.user_words import FamilyPattern, UserWords, _compiled, using

sys.path.insert(0, str(Path(__file__).parent))
from test_decision_mutations import INV, NOW, OFFICIAL, obs  # noqa: E402

VOUCHER = UserWords.of([("scam", "de", "treuegutschein*")])
SCAM_BIO = "Sichern Sie sich jetzt Ihren Treuegutschein in unserem Kundenportal."
CIRCLE = obs("instagram", "quillmark.sammler", display_name="Quillmark Sammlerkreis",
             bio="Wir sammeln Quillmark Papier seit Jahren. Ein Freundeskreis von "
                 "Papierliebhabern.", posts=40)


def one(o: ProfileObservation, words: UserWords | None = None) -> Finding:
    findings = classify(INV, [*OFFICIAL, o], (), now=NOW, words=words)
    return next(f for f in findings if f.key == (o.platform, o.handle))


def test_a_users_scam_phrase_makes_an_impostor_with_evidence_naming_it() -> None:
    o = obs("x", "quillmarkpapier_", bio=SCAM_BIO)
    assert one(o).cls == FindingClass.UNRELATED  # a namesake to the built-in lexicon
    f = one(o, VOUCHER)
    assert f.cls == FindingClass.IMPOSTOR, f
    scam = [e for e in f.evidence if e.signal == "scam_wording"]
    assert scam and "'treuegutschein'" in scam[0].detail, f.evidence


def test_a_users_phrase_in_another_script_is_read_as_written() -> None:
    o = obs("x", "quillmarkpapier_", bio="今すぐポイント受取をどうぞ")
    assert one(o).cls == FindingClass.UNRELATED
    f = one(o, UserWords.of([("scam", "ja", "ポイント受取")]))
    assert f.cls == FindingClass.IMPOSTOR and "ポイント受取" in str(f.evidence), f


def test_a_users_fan_phrase_makes_a_fan() -> None:
    assert one(CIRCLE).cls == FindingClass.UNRELATED
    f = one(CIRCLE, UserWords.of([("fan", "de", "freundeskreis")]))
    assert f.cls == FindingClass.FAN, f
    assert any(e.signal == "self_declared_unofficial" and "freundeskreis" in e.detail
               for e in f.evidence), f.evidence


def test_the_same_words_give_the_same_findings_and_leave_nothing_behind() -> None:
    o = obs("x", "quillmarkpapier_", bio=SCAM_BIO)
    observations = [*OFFICIAL, o, CIRCLE]
    first = classify(INV, observations, now=NOW, words=VOUCHER)
    again = classify(INV, observations, now=NOW,
                     words=UserWords.of([("scam", "de", "treuegutschein*")]))
    assert first == again
    # the words were an argument of that call only: the next call without them is built-in
    assert one(o).cls == FindingClass.UNRELATED
    # equal words are compiled once
    assert _compiled(VOUCHER) is _compiled(UserWords.of([("scam", "de", "treuegutschein*")]))


def test_a_family_pattern_is_its_built_in_pattern_outside_using() -> None:
    rx = FamilyPattern(r"\bwinners list\b", ("scam",))
    assert rx.compiled is re.compile(r"\bwinners list\b")  # (re's cache: the same object)
    assert rx.search("claim your voucher") is None
    with using(UserWords.of([("scam", "en", "claim your voucher"), ("fan", "en", "fanzine")])):
        assert rx.search("please claim  your voucher").group(0) == "claim  your voucher"
        assert rx.search("winners list").group(0) == "winners list"
        assert rx.search("a fanzine") is None  # another family's phrase
        assert rx.search("reclaim your vouchers") is None  # whole words, as the lexicon's
    with using(UserWords()):
        assert rx.search("claim your voucher") is None


def test_every_family_is_read_by_some_pattern() -> None:
    """A family no pattern names would take a user's phrases and never read them (a help
    desk's name in Latin letters is read too: a page presenting itself as the company's
    customer service in its name or bio, matching.profile_signals.help_desk_persona)."""
    latin = {f for p in FamilyPattern.made if p.kind != "native" for f in p.families}
    native = {f for p in FamilyPattern.made if p.kind == "native" for f in p.families}
    assert set(FAMILIES) - latin == set()
    assert set(FAMILIES) - native == set()


@pytest.mark.parametrize("family", ["soft_scam", "dm_invite"])
def test_a_users_soft_word_stays_soft(family: str) -> None:
    """A user's soft scam word is what an honest channel says too: it alone does not make
    the company's own account an impostor, exactly as the built-in soft words."""
    from matching.profile_signals import _SOFT_SCAM

    with using(UserWords.of([(family, "en", "bonus bonanza")])):
        assert _SOFT_SCAM.fullmatch("bonus bonanza")
    assert not _SOFT_SCAM.fullmatch("bonus bonanza")


# ----------------------------------------------------------------------------- the command line

WORDS_FILE = "words:\n  - family: scam\n    language: de\n    phrases: [treuegutschein*]\n"


def _audit_args(tmp_path: Path, words: str) -> list[str]:
    inv = tmp_path / "inventory.yaml"
    inv.write_text("organization: X\n", encoding="utf-8")
    path = tmp_path / "words.yaml"
    path.write_text(words, encoding="utf-8")
    return ["audit", str(inv), "--out", str(tmp_path / "out"), "--db", str(tmp_path / "a.db"),
            "-q", "--words", str(path)]


def test_the_cli_refuses_a_bad_words_file_before_anything_runs(tmp_path, monkeypatch) -> None:
    from click.testing import CliRunner

    from crawler import cli

    monkeypatch.setattr(cli, "_run", lambda *a, **k: pytest.fail("the audit must not start"))
    bad = "words:\n  - family: scams\n    language: en\n    phrases: [claim your voucher]\n"
    result = CliRunner().invoke(cli.main, _audit_args(tmp_path, bad))
    assert result.exit_code == 2, result.output
    assert "--words" in result.output and "1 error in" in result.output
    assert "words.yaml:2:13: unknown family 'scams': did you mean 'scam'?" in result.output
    assert not (tmp_path / "a.db").exists()


def test_the_audit_gets_the_words_and_records_their_digest(tmp_path, monkeypatch) -> None:
    from click.testing import CliRunner

    from crawler import cli
    from crawler.runner import _settings_summary

    seen = []
    monkeypatch.setattr(cli, "_run", lambda options, *a, **k: seen.append(options) or 0)
    monkeypatch.setattr(cli, "_done", lambda code: None)
    CliRunner().invoke(cli.main, _audit_args(tmp_path, WORDS_FILE), catch_exceptions=False)
    (options,) = seen
    assert options.words == VOUCHER and options.words_file == tmp_path / "words.yaml"
    summary = _settings_summary(options)
    assert summary["words"] == str(tmp_path / "words.yaml")
    assert summary["words_digest"] == f"{VOUCHER.digest()} (1 phrases)"
    assert VOUCHER.digest() != UserWords.of([("scam", "de", "treuegutschein")]).digest()


def test_resume_refuses_another_as_of_or_other_words() -> None:
    from crawler.runner import resume_mismatch

    started = {"as_of": "2026-09-30T23:59:59+00:00", "words": "words.yaml",
               "words_digest": "sha256:aaaa (3 phrases)", "platforms": []}
    assert resume_mismatch(7, started, dict(started)) is None
    assert resume_mismatch(7, {"platforms": []}, {}) is None  # an audit from before --words
    other = resume_mismatch(7, started, {**started, "as_of": "2026-12-31T23:59:59+00:00"})
    assert other == ("--resume: audit 7 was started with --as-of 2026-09-30T23:59:59+00:00, "
                     "this run has --as-of 2026-12-31T23:59:59+00:00: give the options it was "
                     "started with to continue it, or leave out --resume to start a new audit")
    bare = resume_mismatch(7, started, {})
    assert bare is not None
    assert ("was started with --as-of 2026-09-30T23:59:59+00:00 and --words words.yaml "
            "[sha256:aaaa (3 phrases)], this run has no --as-of and no --words") in bare
    edited = resume_mismatch(7, started, {**started, "words_digest": "sha256:bbbb (4 phrases)"})
    assert edited is not None and "[sha256:aaaa (3 phrases)]" in edited
    assert "[sha256:bbbb (4 phrases)]" in edited and "--as-of" not in edited


def test_every_pattern_built_from_a_family_reads_the_users_words_too() -> None:
    """A new pattern made of a lexicon family must be a FamilyPattern naming it: a plain
    LazyPattern would read the built-in phrases and silently never the user's."""
    import gc
    import importlib
    import pkgutil

    import matching
    from matching import lexicon
    from matching.lazy_re import LazyPattern
    from matching.signals import native

    for mod in pkgutil.iter_modules(matching.__path__):
        importlib.import_module(f"matching.{mod.name}")
    plain = [p for p in gc.get_objects()
             if isinstance(p, LazyPattern) and not isinstance(p, FamilyPattern)]
    missed = []
    for family in FAMILIES:
        body = lexicon.folded_patterns(family, bounded=False)
        natives = [re.escape(native(w)) for w in lexicon.native_phrases(family)]
        for p in plain:
            if body and body[0][3:-1] in p.pattern:
                missed.append((family, "latin", repr(p)))
            if natives and all(n in p.pattern for n in natives):
                missed.append((family, "native", repr(p)))
    for p in FamilyPattern.made:
        for family in FAMILIES:
            body = lexicon.folded_patterns(family, bounded=False)
            natives = [re.escape(native(w)) for w in lexicon.native_phrases(family)]
            if p.kind != "native" and body and body[0][3:-1] in p.pattern:
                assert family in p.families, (family, p)
            if p.kind == "native" and natives and all(n in p.pattern for n in natives):
                assert family in p.families, (family, p)
    assert missed == []


def test_a_phrase_with_a_comma_is_refused_with_the_fix() -> None:
    """Evidence lists hits with commas and the rules split it there (a soft hit beside a hard
    one): a phrase holding a comma would read as two."""
    from matching.user_words import check_phrase

    problem = check_phrase("claim now, win big")
    assert problem is not None and "write each part as a phrase of its own" in problem
    with pytest.raises(ValueError, match="comma"):
        UserWords.of([("scam", "en", "claim now, win big")])


def test_the_example_words_file_is_valid() -> None:
    from crawler.words_file import load_words, validate_words

    example = Path(__file__).resolve().parents[1] / "examples" / "words.yaml"
    assert validate_words(example) == []
    assert {p.family for p in load_words(example).phrases} <= set(FAMILIES)


def test_a_users_data_request_said_as_a_warning_is_no_scam_wording() -> None:
    from matching.signals import scam_wording

    pin = UserWords.of([("data_request", "en", "loyalty pin")])
    with using(pin):
        asked = scam_wording("Send us your loyalty pin to get the reward.")
        warned = scam_wording("We will never ask for your loyalty pin.")
    assert asked is not None and "loyalty pin" in asked.detail
    assert warned is None
    built_in = scam_wording("Send us your loyalty pin to get the reward.")
    assert built_in is None or "loyalty pin" not in built_in.detail
