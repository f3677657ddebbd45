"""The evidence pack writer and the report text, pure: no crawl, no database, no browser."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import zipfile
from dataclasses import replace

import pytest
from PIL import Image

from crawler.store import Store
from reports import Case, OfficialView, sample, write_evidence_pack, write_index, zip_pack
from reports.evidence_pack import body_extension
from reports.takedown import TakedownCase, report_text


def png(color: str, size: int = 48) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (size, size), color).save(buf, format="PNG")
    return buf.getvalue()


def data_uri(data: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(data).decode()


PAGE = b"<!DOCTYPE html><html><head><title>x</title><script>alert(1)</script></head></html>"
SHOT, PDF = png("white", 64), b"%PDF-1.4\n%fake\n"


def case(state: str = "shown", **extra) -> Case:
    capture = {
        "state": state, "reason": "the page shows the profile",
        "captured_at": "2026-11-20T10:00:00+00:00",
        "url": "https://www.instagram.com/northwindcoffee_support/", "http_status": 200,
        "final_url": "https://www.instagram.com/northwindcoffee_support/",
        "content_type": "text/html; charset=utf-8", "hops": [], "resources": [],
        "body_sha256": hashlib.sha256(PAGE).hexdigest(),
        "screenshot_sha256": hashlib.sha256(SHOT).hexdigest(),
        "pdf_sha256": hashlib.sha256(PDF).hexdigest(),
    }
    files = {hashlib.sha256(b).hexdigest(): b for b in (PAGE, SHOT, PDF)}
    base = dict(
        capture=capture, capture_files=files,
        official=OfficialView("instagram", "northwindcoffee",
                              "https://www.instagram.com/northwindcoffee/", "Northwind Coffee Co.",
                              data_uri(png("brown"))),
        official_title="Instagram", organization="Northwind Coffee Co.",
        legal_name="Northwind Coffee Company Limited", contact="legal@northwindcoffee.com",
        trademarks=("NORTHWIND COFFEE (UKIPO UK00003512345)",), platform_title="Instagram",
        report_form="https://help.instagram.com/contact/636276399721841",
        report_steps="choose 'my business'", lang="en")
    base.update(extra)
    return Case(**base)


EVIDENCE = {
    "platform": "instagram", "handle": "northwindcoffee_support",
    "first_seen": "2026-11-01T00:00:00+00:00", "avatar_thumb": data_uri(png("orange")),
    "triage_history": [
        {"decision": "impostor_confirmed", "note": "checked", "decided_at": "2026-11-21",
         "by": "Ayşe"},
        {"decision": "takedown_requested", "note": "by Deniz, in report.html of audit 3",
         "decided_at": "2026-11-22"},
    ],
    "sightings": [{"via": "web_search", "source": "duckduckgo", "detail": "q"}],
}


def finding():
    return sample.findings()[1]


def test_a_shown_capture_makes_a_complete_pack(tmp_path):
    out = write_evidence_pack(tmp_path / "p", EVIDENCE, finding(), {}, case())
    names = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}
    assert {"summary.md", "report-text.txt", "evidence.json", "SHA256SUMS", "avatar.png",
            "official-avatar.png", "avatars-side-by-side.png", "capture/page.html.txt",
            "capture/screenshot.png", "capture/page.pdf", "capture/capture.json"} <= names
    assert (out / "capture" / "page.html.txt").read_bytes() == PAGE
    pair = Image.open(out / "avatars-side-by-side.png")
    assert pair.width > pair.height and pair.getpixel((16 + 128, 16 + 128))[0] < 200  # brown
    summary = (out / "summary.md").read_text("utf-8")
    assert "https://www.instagram.com/northwindcoffee/" in summary
    assert "by Ayşe: checked" in summary and "by Deniz" in summary
    assert "impersonation form: https://help.instagram.com/contact/636276399721841" in summary
    assert "found by a web search" in summary
    for line in (out / "SHA256SUMS").read_text().splitlines():
        digest, name = line.split("  ", 1)
        assert hashlib.sha256((out / name).read_bytes()).hexdigest() == digest
        assert name == "summary.md" or f"`{digest}`" in summary  # every file's hash, listed


@pytest.mark.parametrize("state", ["login_wall", "js_shell", "script_only", "blocked"])
def test_a_wall_keeps_no_picture_and_says_so(tmp_path, state):
    c = case(state)
    c.capture = {**c.capture, "reason": "Instagram showed a login wall instead of the profile"}
    out = write_evidence_pack(tmp_path / "p", EVIDENCE, finding(), {}, c)
    assert not (out / "capture" / "screenshot.png").exists()
    assert not (out / "capture" / "page.pdf").exists()
    summary = (out / "summary.md").read_text("utf-8")
    assert "**not shown:" in summary and "login wall instead of the profile" in summary
    text = (out / "report-text.txt").read_text("utf-8")
    assert "could not capture the profile page itself" in text


def test_rewriting_gives_the_same_bytes_and_removes_stale_files(tmp_path):
    out = write_evidence_pack(tmp_path / "p", EVIDENCE, finding(), {}, case())
    first = {p.name: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    write_evidence_pack(out, EVIDENCE, finding(), {}, case())
    assert {p.name: p.read_bytes() for p in out.rglob("*") if p.is_file()} == first
    (out / "mine.txt").write_text("an analyst's own note")
    write_evidence_pack(out, EVIDENCE, finding(), {}, case("login_wall"))
    assert not (out / "capture" / "screenshot.png").exists()  # listed before, not now: removed
    assert (out / "mine.txt").exists()  # never listed: not ours to touch
    a = zip_pack(out, tmp_path / "a.zip").read_bytes()
    b = zip_pack(out, tmp_path / "b.zip").read_bytes()
    assert a == b
    with zipfile.ZipFile(tmp_path / "a.zip") as zf:
        assert "p/mine.txt" not in zf.namelist() and "p/summary.md" in zf.namelist()


def test_index_lists_every_pack(tmp_path):
    rows = [{"platform": "x", "handle": "b", "pack": "x-b", "class": "impostor",
             "capture": "js_shell", "report_form": "https://help.x.com/forms/impersonation"},
            {"platform": "instagram", "handle": "a", "pack": "instagram-a"}]
    write_index(tmp_path, rows)
    data = json.loads((tmp_path / "index.json").read_text("utf-8"))
    assert [r["pack"] for r in data] == ["instagram-a", "x-b"]
    assert "https://help.x.com/forms/impersonation" in (tmp_path / "index.md").read_text("utf-8")
    assert "2 packs, one folder per profile." in (tmp_path / "index.md").read_text("utf-8")
    write_index(tmp_path, rows[:1])  # 'pack(s)' no more
    assert "1 pack, in a folder of its own." in (tmp_path / "index.md").read_text("utf-8")


@pytest.mark.parametrize(("ctype", "body", "ext"), [
    ("text/html; charset=utf-8", b"<html>", ".html.txt"),
    ("application/json", b"{}", ".json"),
    ("image/svg+xml", b"<svg><script/></svg>", ".xml.txt"),
    ("application/xhtml+xml", b"<html/>", ".html.txt"),
    (None, b'{"valid":false,"reason":"taken"}', ".json"),
    (None, b"  <!DOCTYPE html>", ".html.txt"),
    (None, b"\xff\xfe\x00binary", ".bin"),
    ("image/png", SHOT, ".png"),
])
def test_bodies_get_extensions_that_never_run(ctype, body, ext):
    assert body_extension(ctype, body) == ext


def test_report_text_in_english_and_turkish():
    c = TakedownCase(platform_title="Instagram", profile_url="https://www.instagram.com/x/",
                     organization="Northwind Coffee Co.", display_name="Northwind\nCoffee",
                     legal_name="Northwind Coffee Company Limited", contact="legal@nwc.com",
                     trademarks=("NWC",), official_url="https://www.instagram.com/nwc/",
                     official_platform="Instagram", reasons=["copies the logo"],
                     captured_at="2026-11-20")
    en = report_text(c, "en")
    tr = report_text(c, "tr")
    assert "not affiliated with Northwind Coffee Co. It misleads" in en  # one full stop
    assert "(shown as \"Northwind Coffee\")" in en  # one line: no injected line break
    assert "- copies the logo" in en and "legal@nwc.com" in en and "NWC" in en
    assert tr.startswith("Konu: Instagram üzerinde Northwind Coffee Co. taklidi")
    assert "Saygılarımızla," in tr and "https://www.instagram.com/nwc/" in tr
    assert report_text(c, "de") == en  # an unknown language falls back to English


def test_store_keeps_captures_once(tmp_path):
    from crawler.capture import Capture

    store = Store(tmp_path / "s.db")
    cap = Capture(platform="x", handle="h", url="https://x.com/h", state="js_shell",
                  reason="shell", captured_at="2026-11-20T10:00:00+00:00", body=b"<html>",
                  content_type="text/html")
    store.add_capture(cap, audit_id=None)
    store.add_capture(cap, audit_id=None)
    later = replace(cap, captured_at="2026-11-21T10:00:00+00:00", state="shown",
                    screenshot=SHOT, pdf=PDF)
    store.add_capture(later, audit_id=None)
    got = store.captures("x", "h")
    assert [c["state"] for c in got] == ["js_shell", "shown"]
    assert store.snapshot(got[1]["screenshot_sha256"]) == SHOT
    assert got[0]["body_sha256"] == got[1]["body_sha256"]
    store.close()


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_report_text_reasons_are_the_reports_sentences_in_its_language(tmp_path, lang):
    """The text a platform's reviewer reads gives the report's plain sentences, translated,
    not the matcher's details (signal codes, perceptual hashes) or the tool's own advice."""
    c = case("script_only", lang=lang)
    c.capture = {**c.capture, "reason": "Instagram sent the profile only as data for its "
                 "scripts ('brandsweep evidence --recapture --capture-scripts' renders it)"}
    f = finding()
    out = write_evidence_pack(tmp_path / "p", EVIDENCE, f, {}, c)
    text = (out / "report-text.txt").read_text("utf-8")
    assert "brandsweep" not in text and "perceptual" not in text
    assert not any(f"({e.signal})" in text for e in f.evidence)
    if lang == "tr":
        assert "betiklerini çalıştıran tarayıcılara" in text
        assert "1 Kas 2026" in text  # first seen: a date a person reads, not ISO
        assert " the " not in text  # no English sentence left in a Turkish letter
    else:
        assert "only to browsers that run its scripts" in text
        assert "1 Nov 2026" in text


def test_report_text_without_a_capture_says_so_in_its_language():
    c = TakedownCase(platform_title="X", profile_url="https://x.com/a", capture_state="none",
                     not_captured="no capture of the page is stored")
    assert "sayfanın kaydı yok" in report_text(c, "tr")
    assert "no capture of the page is stored" in report_text(c, "en")


def test_the_case_file_gives_each_signal_as_a_sentence_then_the_matchers_record(tmp_path):
    f = finding()
    out = write_evidence_pack(tmp_path / "p", EVIDENCE, f, {}, case())
    summary = (out / "summary.md").read_text("utf-8")
    block = summary.split("## Why it is impersonation: every signal")[1].split("\n## ")[0]
    lines = [ln for ln in block.splitlines() if ln.startswith("- ")]
    assert len(lines) == len(f.evidence)
    assert any(ln.startswith("- the avatar is") for ln in lines), lines


def test_the_platforms_text_leaves_out_our_own_bookkeeping(tmp_path):
    from matching.models import Evidence

    f = finding()
    f = replace(f, evidence=(Evidence("triage", "takedown_requested", "reviewer decided"),
                             Evidence("decision", "impostor: deception or harm", None),
                             *f.evidence))
    out = write_evidence_pack(tmp_path / "p", EVIDENCE, f, {}, case())
    text = (out / "report-text.txt").read_text("utf-8")
    assert "reviewer" not in text and "why this class" not in text
    assert "the avatar is" in text


def test_the_report_texts_times_are_in_the_readers_zone(tmp_path):
    """evidence --timezone: a Turkish team's text said '10:00 (UTC)' for a capture it made at
    13:00 its time."""
    out = write_evidence_pack(tmp_path / "p", EVIDENCE, finding(), {},
                              case(lang="tr", timezone="Europe/Istanbul"))
    text = (out / "report-text.txt").read_text("utf-8")
    assert "20 Kas 2026 13:00 (UTC+03:00)" in text


def test_the_case_files_times_are_the_reports_in_the_readers_zone(tmp_path):
    """summary.md showed '2026-11-20T10:00:00+00:00' (first seen, captured, the files' table)
    while the report and report-text.txt show the local format in --timezone."""
    out = write_evidence_pack(tmp_path / "p", EVIDENCE, finding(), {},
                              case(lang="tr", timezone="Europe/Istanbul"))
    summary = (out / "summary.md").read_text("utf-8")
    assert "+00:00" not in summary and "T00:00:00" not in summary
    assert "1 Kas 2026 03:00 (UTC+03:00)" in summary  # first seen, 00:00 UTC
    files = [ln for ln in summary.splitlines() if ln.startswith("| `")]
    assert any("20 Kas 2026 13:00 (UTC+03:00)" in ln for ln in files)  # the captured column
    assert "21 Kas 2026" in summary  # a decision's bare date stays a date


def test_the_case_file_says_the_avatar_in_words_and_keeps_the_measure_in_evidence_json(
        tmp_path):
    """'(perceptual hash differs in 2 of 64 bits)' is for the technical record only."""
    from matching.models import Evidence

    f = replace(finding(), evidence=(Evidence(
        "avatar_match", 2, "avatar is a copy of the avatar of official account "
        "instagram:northwindcoffee (perceptual hash differs in 2 of 64 bits)"),))
    out = write_evidence_pack(tmp_path / "p", EVIDENCE, f, {}, case())
    summary = (out / "summary.md").read_text("utf-8")
    assert "perceptual" not in summary and "64 bits" not in summary
    assert "the same picture, resized or saved again" in summary
    assert "perceptual hash differs in 2 of 64 bits" in (out / "evidence.json").read_text("utf-8")


def test_the_case_file_gives_a_reviewers_decision_once_in_the_readers_zone(tmp_path):
    """The signals said the decision again with its English record in UTC ('reviewer decided
    'takedown_requested' on 2026-12-06T20:27:07+00:00'), above the reviewers' decisions."""
    from matching.models import Evidence

    f = replace(finding(), evidence=(Evidence(
        "triage", "takedown_requested",
        "reviewer decided 'takedown_requested' on 2026-11-22T10:00:00+00:00"),))
    out = write_evidence_pack(tmp_path / "p", EVIDENCE, f, {},
                              case(lang="tr", timezone="Europe/Istanbul"))
    summary = (out / "summary.md").read_text("utf-8")
    assert "2026-11-22T10:00:00" not in summary and "reviewer decided" not in summary
    assert "Kaldırma talep edildi" in summary


def test_how_it_was_found_marks_the_crawls_english_notes_in_another_language(tmp_path):
    """'bir sayfadan bağlantılı: ... (linked from x.com, a lookalike domain ...)': the crawl's
    English note stood unmarked in a Turkish case file; a search's query stays as typed."""
    evidence = {**EVIDENCE, "sightings": [
        {"via": "web_search", "source": "https://duckduckgo.com/html/?q=x", "detail": '"Çınar"'},
        {"via": "linked_page", "source": "https://lookalike.example/",
         "detail": "linked from lookalike.example, a lookalike domain"}]}
    out = write_evidence_pack(tmp_path / "p", evidence, finding(), {}, case(lang="tr"))
    text = (out / "summary.md").read_text("utf-8")
    assert "(denetim kaydı (İngilizce): linked from lookalike.example" in text
    assert '("Çınar")' in text


def test_no_takedown_pack_for_a_profile_a_reviewer_cleared():
    """evidence --all packed a walled 'impostor' a reviewer had marked false_positive (the
    classifier keeps a walled page's class): a takedown request against a profile the
    company itself cleared."""
    from types import SimpleNamespace

    from crawler.evidence import batch_keys
    from matching.models import Triage, TriageDecision

    imp = sample.findings()[1]
    other = replace(imp, handle="northwind_help")
    cleared = Triage(imp.platform, imp.handle, TriageDecision.FALSE_POSITIVE, None, None)
    store = SimpleNamespace(triage=lambda: {(imp.platform, imp.handle): cleared},
                            latest_audit=lambda: 3, findings=lambda audit: [imp, other])
    assert batch_keys(store, None) == [(other.platform, other.handle)]  # type: ignore[arg-type]


def test_the_case_file_is_in_the_packs_language(tmp_path):
    """With --lang tr the text for the platform was Turkish but the case file a Turkish legal
    team keeps (summary.md) was all English."""
    out = write_evidence_pack(tmp_path / "p", EVIDENCE, finding(), {}, case(lang="tr"))
    summary = (out / "summary.md").read_text("utf-8")
    assert summary.startswith("# Kanıt paketi: Instagram profili northwindcoffee\\_support")
    assert "**Değerlendirme:** Taklitçi, önem: Yüksek (ilgi puanı 0,93)." in summary
    for heading in ("## Taklit ettiği resmî hesap", "## Neden taklit: bütün sinyaller",
                    "## Nasıl bulundu", "## Hak sahibi", "## Dosyalar"):
        assert heading in summary
    assert "| `capture/screenshot.png` | profilin tam sayfa ekran görüntüsü |" in summary
    assert "profil resmi" in summary  # the signals as the Turkish report says them
    # the matcher's English record beside a Turkish sentence says what it is
    signals = summary.split("## Neden taklit: bütün sinyaller")[1].split("\n## ")[0]
    assert "— denetim kaydı (İngilizce): " in signals
    english = (write_evidence_pack(tmp_path / "e", EVIDENCE, finding(), {}, case())
               / "summary.md").read_text("utf-8")
    assert english.startswith("# Evidence pack: Instagram profile northwindcoffee\\_support")


def test_the_index_of_packs_is_in_their_language(tmp_path):
    rows = [{"platform": "x", "handle": "a_b", "pack": "x-a_b", "class": "impostor",
             "decision": None, "capture": None, "report_form": None, "report_email": None}]
    text = write_index(tmp_path, rows, lang="tr").read_text("utf-8")
    assert text.startswith("# Kanıt paketleri\n\n1 paket, her profil için bir klasör.")
    assert "| önem | platform | hesap | profil URL'si | sınıf | karar |" in text
    assert "| kaydedilmedi |" in text
    assert write_index(tmp_path, rows).read_text("utf-8").startswith("# Evidence packs")


def test_the_index_says_class_decision_and_capture_in_words(tmp_path):
    """The Turkish index listed 'impostor', 'takedown_requested' and 'js_shell': codes a
    reader of the packs cannot read; index.json keeps the codes for scripts."""
    rows = [{"platform": "x", "handle": "a_b", "pack": "x-a_b", "class": "impostor",
             "decision": "takedown_requested", "capture": "js_shell", "report_form": None,
             "report_email": None}]
    text = write_index(tmp_path, rows, lang="tr").read_text("utf-8")
    assert "| Taklitçi |" in text and "impostor" not in text
    assert "takedown_requested" not in text and "js_shell" not in text
    english = write_index(tmp_path, rows).read_text("utf-8")
    assert ("| Impostor | Takedown requested | not shown: the platform sent a JavaScript shell |"
            in english)
    data = json.loads((tmp_path / "index.json").read_text("utf-8"))
    assert data[0]["class"] == "impostor" and data[0]["capture"] == "js_shell"


@pytest.mark.parametrize("state", ["login_wall", "script_only", "failed", "shown"])
def test_a_turkish_case_file_says_why_the_capture_came_out_so_in_turkish(tmp_path, state):
    """The Turkish summary.md quoted crawler/capture.py's English reason under its Turkish
    heading; an English one keeps that sentence (it says more)."""
    reasons = {
        "login_wall": "Instagram showed a login wall instead of the profile",
        "script_only": "Instagram sent the profile only as data for its scripts",
        "failed": "the page could not be fetched: connection reset",
        "shown": "the page shows the profile (rendered without JavaScript)",
    }
    c = case(state, lang="tr")
    c = replace(c, capture={**c.capture, "reason": reasons[state]})
    tr = (write_evidence_pack(tmp_path / "tr", EVIDENCE, finding(), {}, c)
          / "summary.md").read_text("utf-8")
    page = tr
    assert reasons[state] not in page or state == "failed"
    if state == "failed":  # what went wrong is kept verbatim, marked as recorded
        assert "(kaydedilen: `the page could not be fetched: connection reset`)" in page
    if state == "login_wall":
        assert "Instagram profil yerine bir giriş duvarı gösterdi." in page
    en = (write_evidence_pack(tmp_path / "en", EVIDENCE, finding(), {},
                              replace(c, lang="en")) / "summary.md").read_text("utf-8")
    assert reasons[state].replace("(", "\\(") in en or reasons[state] in en


def test_a_signal_whose_sentence_quotes_its_detail_says_it_once(tmp_path):
    """'why this class: “its handle presents it as ...” — its handle presents it as ...': the
    rule's reason twice in a row in the case file."""
    from matching.models import Evidence

    why = "its handle presents it as the company's help desk: a candidate to check by hand"
    f = replace(finding(), evidence=(Evidence("decision", "walled, care", why),
                                     *finding().evidence))
    text = (write_evidence_pack(tmp_path / "p", EVIDENCE, f, {}, case()) / "summary.md"
            ).read_text("utf-8")
    line = next(x for x in text.splitlines() if x.endswith("(`decision`)"))
    assert line.count("help desk") == 1


def test_the_turkish_case_file_names_each_reviewers_decision_by_its_label(tmp_path):
    """'**takedown\\_requested** karar veren: ...' in a Turkish case file."""
    tr = (write_evidence_pack(tmp_path / "tr", EVIDENCE, finding(), {}, case(lang="tr"))
          / "summary.md").read_text("utf-8")
    assert "- 22 Kas 2026: **Kaldırma talep edildi** (takedown\\_requested) karar veren" in tr
    en = (write_evidence_pack(tmp_path / "en", EVIDENCE, finding(), {}, case())
          / "summary.md").read_text("utf-8")
    assert "- 22 Nov 2026: **takedown\\_requested** by Deniz" in en


def test_a_language_without_report_texts_says_the_one_the_text_is_written_in(tmp_path):
    """An inventory in Arabic (``language: ar``): the report text is the English one, and the
    files table and evidence.json said "(ar)" of it."""
    out = write_evidence_pack(tmp_path / "p", EVIDENCE, finding(), {}, case(lang="ar"))
    summary = (out / "summary.md").read_text("utf-8")
    assert "the report to paste into the platform's form (en)" in summary
    assert "(ar)" not in summary
    assert json.loads((out / "evidence.json").read_text("utf-8"))["report"]["lang"] == "en"
    assert (out / "report-text.txt").read_text("utf-8").startswith("Subject: ")


def test_the_platforms_text_gives_what_others_show_under_its_own_heading(tmp_path):
    """A walled profile's text listed 'could not be checked: the platform shows a login wall'
    as a reason it impersonates us, and 'secondary: ...' lines a platform's reviewer cannot
    read: our crawler's state is left out (the text says apart why the page is not attached)
    and what search results and linking pages show comes under its own heading."""
    from matching.models import Evidence

    f = replace(finding(), evidence=(
        Evidence("unverifiable", "login_wall", "could not be checked: login_wall"),
        Evidence("handle_similarity", 0.9, "x"),
        Evidence("scam_wording", "dm us", "secondary: from a web search result: uses scam "
                 "vocabulary: 'dm us'"),
    ))
    for lang, heading in (("en", "What search results and pages that link it show of it"),
                          ("tr", "Arama sonuçlarının ve ona bağlantı veren sayfaların")):
        out = write_evidence_pack(tmp_path / lang, EVIDENCE, f, {}, case(lang=lang))
        text = (out / "report-text.txt").read_text("utf-8")
        assert "could not be checked" not in text and "kontrol edilemedi" not in text
        assert "secondary" not in text and "ikincil" not in text
        others = text.split(heading)[1].split("\n\n")[0]
        assert "“dm us”" in others.lower() and "%90" not in others and "90%" not in others


def test_a_shell_rendered_with_its_scripts_on_is_not_said_to_need_them(tmp_path):
    """--capture-scripts on a JavaScript shell: the case file said 'rendered without
    JavaScript the page shows no profile' above 'rendered with JavaScript on', and the
    platform's text 'shows the profile only to browsers that run its scripts'."""
    for lang, said, told in (
            ("tr", "JavaScript açıkken bile", "betiklerini çalıştıran bir tarayıcıya bile"),
            ("en", "even with JavaScript on", "even to a browser running its scripts")):
        c = case("js_shell", lang=lang)
        c = replace(c, capture={**c.capture, "scripts": True,
                                "reason": "even with JavaScript on, the rendered page does "
                                          "not show the profile"})
        out = write_evidence_pack(tmp_path / lang, EVIDENCE, finding(), {}, c)
        summary = (out / "summary.md").read_text("utf-8")
        assert said in summary
        assert "JavaScript olmadan görüntülenen" not in summary
        text = (out / "report-text.txt").read_text("utf-8")
        assert told in text and "only to browsers" not in text
    plain = write_evidence_pack(tmp_path / "plain", EVIDENCE, finding(), {},
                                case("js_shell", lang="tr"))
    assert "yalnızca betiklerini çalıştıran" in (plain / "report-text.txt").read_text("utf-8")
