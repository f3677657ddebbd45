"""Mutation pairs: a link into a Telegram chat is scam vocabulary (a fake help desk sends people
to its own chat), except when it goes to the company's own declared channel, as the company's
dormant accounts say ("we no longer post here, find us at t.me/<ours>")."""

from __future__ import annotations

from matching.models import Finding, FindingClass, Severity, Sighting, SignalName, Via
from tests.builders import (
    QUILLMARK_URL,
    finding_for,
    one_brand_inventory,
    profile,
    quillmark_inventory,
)

INVENTORY = one_brand_inventory(
    "Sverdlo School LLC", "Sverdlo School", domain="sverdlo.ua", site="https://sverdlo.ua",
    aliases=("Sverdlo",), strategy=("instagram", "telegram"),
    accounts=[("instagram", "sverdlo.school"), ("telegram", "sverdlo_school"),
              ("telegram", "sverdlo_help")])
DECLARED = [profile("instagram", "sverdlo.school", display_name="Sverdlo School",
                    bio="IT school for adults. https://sverdlo.ua", posts=300,
                    last_active_at="2026-11-20"),
            profile("telegram", "sverdlo_school", display_name="Sverdlo School",
                    bio="IT school for adults", posts=500, last_active_at="2026-11-28")]


def _x_page(bio: str):
    return profile("x", "sverdloschool", display_name="Sverdlo School", bio=bio, posts=40,
                   last_active_at="2021-03-01", external_links=("https://sverdlo.ua",))


def _scam_words(finding) -> list[str]:
    return [str(e.value) for e in finding.evidence if e.signal == SignalName.SCAM_WORDING]


def test_a_dormant_page_pointing_to_our_declared_channel_is_ours() -> None:
    page = _x_page("We no longer post on X: find us on Telegram t.me/sverdlo_school "
                   "https://sverdlo.ua")
    finding = finding_for(INVENTORY, page, DECLARED)
    assert _scam_words(finding) == []
    # no takedown on it: at most a low-priority candidate (its name alone resembles ours)
    assert finding.cls != FindingClass.IMPOSTOR or finding.severity == Severity.LOW


def test_the_help_channel_we_declared_is_ours_too() -> None:
    page = _x_page("Questions? Our support answers at https://t.me/sverdlo_help")
    assert _scam_words(finding_for(INVENTORY, page, DECLARED)) == []


def test_a_chat_nobody_declared_stays_a_scam_word() -> None:
    page = _x_page("We no longer post on X: find us on Telegram t.me/sverdlo_support_desk "
                   "https://sverdlo.ua")
    assert _scam_words(finding_for(INVENTORY, page, DECLARED)) == ["t.me"]


def test_one_chat_of_ours_beside_one_of_theirs_stays_a_scam_word() -> None:
    page = _x_page("Write to t.me/sverdlo_school or faster to t.me/sverdlo_admin_help")
    assert _scam_words(finding_for(INVENTORY, page, DECLARED)) == ["t.me"]


# The same pointer read from a web search result of a page that shows a crawler nothing (X's
# JavaScript shell): its result bears only the company's traces, so a reviewer checks it by
# hand; a chat nobody declared beside it keeps it a candidate as before.
SHELL_INV = quillmark_inventory(("instagram", "telegram"),
                                accounts=[("instagram", "quillmarkpapier"),
                                          ("telegram", "quillmarkpapier")])
SHELL_OFFICIAL = [profile("instagram", "quillmarkpapier", display_name="Quillmark Papier",
                          posts=900, external_links=(QUILLMARK_URL,))]


def _shell(snippet: str) -> Finding:
    url = "https://x.test/QuillmarkPapier"
    hit = Sighting("x", "quillmarkpapier", Via.WEB_SEARCH, "https://html.duckduckgo.com/html/",
                   "quillmark", url, title="Quillmark Papier (@QuillmarkPapier) / X",
                   snippet=snippet)
    return finding_for(SHELL_INV, profile("x", "quillmarkpapier", url=url, sightings=(hit,)),
                       SHELL_OFFICIAL)


def test_a_shell_whose_result_sends_people_to_our_declared_channel_is_checked_by_hand() -> None:
    f = _shell("Wir posten hier nicht mehr: t.me/quillmarkpapier https://www.quillmark.de")
    assert f.cls == FindingClass.UNVERIFIED, f
    assert _scam_words(f) == [], f


def test_a_shell_whose_result_sends_people_to_a_chat_of_its_own_stays_a_candidate() -> None:
    f = _shell("Wir posten hier nicht mehr: t.me/quillmark_hilfe https://www.quillmark.de")
    assert f.cls == FindingClass.IMPOSTOR, f
