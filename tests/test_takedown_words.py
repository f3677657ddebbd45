"""The takedown pack in the reviewer's language (issue #11): fast unit tests, made-up values.

* the built-in catalog's report steps and notes are said in the pack's language, the platform
  form's own labels kept quoted as the platform shows them; a user's own text stays as written;
* an account the evidence cites reads as its URL and platform, never ``platform:handle``;
* a single triage decision prints date and time, as ``triage --import`` does.
"""

from __future__ import annotations

import re
from pathlib import Path

from crawler.catalog_texts import extract_report_texts, translate_report_text
from crawler.cli import triaged_message
from matching.models import Evidence, Triage, TriageDecision
from reports.evidence_pack import Case, OfficialView, _reason_text, account_refs
from reports.i18n import Translator, catalog_messages

ROOT = Path(__file__).resolve().parents[1]
QUOTED = re.compile(r'"[^"]+"')


def _builtin_texts() -> list[str]:
    with (ROOT / "crawler" / "platforms.yaml").open("rb") as fh:
        return [m for _line, _f, m, _c in extract_report_texts(fh, None, None, None)]


def test_builtin_report_steps_are_translated_and_keep_the_platforms_labels():
    texts = _builtin_texts()
    assert len(texts) >= 10
    tr = catalog_messages("tr")
    for text in texts:
        said = tr.get(text)
        assert said and said != text, text
        # the form's labels as the platform shows them, and any address, unchanged
        for label in QUOTED.findall(text) + re.findall(r"https://\S+|\S+@\S+\.\w+", text):
            assert label in said, (label, said)


def test_pybabel_extracts_the_builtin_report_steps():
    """babel.cfg names the extractor, so ``pybabel extract`` keeps these texts in the catalog."""
    from babel.messages.extract import extract_from_file
    from babel.messages.frontend import parse_mapping_cfg

    with (ROOT / "babel.cfg").open(encoding="utf-8") as fh:
        method_map, _options = parse_mapping_cfg(fh)
    method = dict(method_map)["crawler/platforms.yaml"]
    found = [m for _line, m, _c, _ctx in extract_from_file(
        method, str(ROOT / "crawler" / "platforms.yaml"))]
    assert sorted(found) == sorted(_builtin_texts())


def test_report_steps_in_the_packs_language_and_a_users_own_text_as_written():
    steps = ('"Report an impersonation account": choose "my business or organization"; the '
             'form asks for proof such as a trademark registration')
    tr = translate_report_text(steps, "tr")
    assert tr is not None and "seçin" in tr and '"Report an impersonation account"' in tr
    assert "choose" not in tr
    assert translate_report_text(steps, "en") == steps
    mine = 'Use "Flag profile" and name our page'
    assert translate_report_text(mine, "tr") == mine
    assert translate_report_text(None, "tr") is None
    assert translate_report_text(mine, "xx") == mine


def test_the_official_account_cited_by_the_evidence_reads_as_its_url_and_platform():
    case = Case(official=OfficialView(platform="youtube", handle="kavakfirin",
                                      url="https://www.youtube.com/@kavakfirin"),
                official_title="YouTube")
    e = Evidence("avatar_match", 0, "avatar is a copy of official account youtube:kavakfirin")
    for lang in ("en", "tr"):
        text = _reason_text(Translator(lang), e, account_refs(case))
        assert "youtube:kavakfirin" not in text
        assert "https://www.youtube.com/@kavakfirin (YouTube)" in text
    # without a known URL, brandsweep's notation stays quoted (nothing invented)
    assert "“youtube:kavakfirin”" in _reason_text(Translator("en"), e, {})
    # an account other than the official one, given by the case
    other = Case(account_refs={"tiktok:kavak.f": "https://www.tiktok.com/@kavak.f (TikTok)"})
    e2 = Evidence("bio_copy", 0.9, "bio copies official account tiktok:kavak.f")
    assert "https://www.tiktok.com/@kavak.f (TikTok)" in _reason_text(
        Translator("en"), e2, account_refs(other))


def test_a_single_triage_decision_prints_date_and_time_like_import():
    t = Triage("instagram", "kavak_help", TriageDecision("fan"),
               decided_at="2026-11-02T11:05:00+00:00", by="ayse")
    for lang in ("en", "tr"):
        tr = Translator(lang, "Europe/Istanbul")
        text = triaged_message(tr, "instagram:kavak_help", t, None)
        assert tr.datetime(t.decided_at) in text and "14:05" in text, text
