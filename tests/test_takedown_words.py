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


def test_the_index_of_packs_names_each_account_by_its_platform_name_and_address(tmp_path):
    """The index of ``evidence --all`` listed ``x | acme_destek``, brandsweep's
    ``platform:handle``: a reviewer reads an account by its platform, display name and URL
    (scraped names quoted and escaped; an address that is no plain https URL shown verbatim,
    never as a link); index.json keeps platform and handle for scripts."""
    import json

    from reports.evidence_pack import write_index

    rows = [{"platform": "x", "handle": "acme_destek", "pack": "x-acme_destek",
             "platform_title": "X (Twitter)", "display_name": "Acme | Destek",
             "url": "https://x.com/acme_destek", "class": "impostor", "severity": "high"},
            {"platform": "site", "handle": "h", "pack": "site-h", "display_name": None,
             "url": "https://e.example/[x](https://evil.example)"}]
    text = write_index(tmp_path, rows, lang="tr").read_text("utf-8")
    assert "| önem | platform | hesap | profil URL'si |" in text
    assert ("| Yüksek | X (Twitter) | “Acme \\| Destek” | https://x.com/acme_destek | Taklitçi |"
            in text)
    assert "| - | site | h | `https://e.example/[x](https://evil.example)` |" in text
    # worst first, as the report's action list
    assert text.index("X (Twitter)") < text.index("| site |")
    assert "acme_destek |" not in text.split("https://x.com/acme_destek")[0]
    data = json.loads((tmp_path / "index.json").read_text("utf-8"))
    assert (data[0]["platform"], data[0]["handle"]) == ("x", "acme_destek")


def test_the_case_file_cites_accounts_by_their_url_and_platform_name(tmp_path):
    """summary.md said 'the official instagram account' and quoted “youtube:kavakfirin”
    where the report text beside it gives the URL: both name them as a reviewer reads them."""
    from matching.models import FindingClass, Severity
    from reports import sample
    from reports.evidence_pack import write_evidence_pack

    base = sample.findings()[0]
    finding = base.__class__(**{**base.__dict__, "cls": FindingClass.IMPOSTOR,
                                "severity": Severity.HIGH,
                                "imitates": ("youtube", "kavakfirin"),
                                "evidence": [Evidence("avatar_match", 0, "avatar is a copy of "
                                                      "official account youtube:kavakfirin")]})
    case = Case(official=OfficialView(platform="youtube", handle="kavakfirin",
                                      url="https://www.youtube.com/@kavakfirin"),
                official_title="YouTube", platform_title="Instagram", lang="tr")
    out = write_evidence_pack(tmp_path / "p", {"platform": finding.platform,
                                               "handle": finding.handle}, finding, {}, case)
    summary = (out / "summary.md").read_text("utf-8")
    assert summary.startswith("# Kanıt paketi: Instagram profili ")
    assert "resmî YouTube hesabı kavakfirin" in summary
    assert "youtube:kavakfirin" not in summary
    assert "https://www.youtube.com/@kavakfirin (YouTube)" in summary
