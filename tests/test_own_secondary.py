"""The company's own accounts seen only through secondary evidence (#11).

A profile whose own page a crawler cannot read (X's JavaScript shell, a login wall) but whose
search result bears only the company's traces (it links only the official domain and sends
people to a declared account, or calls itself an old or automatic account) is the company's:
the same evidence on a readable page makes it so. Mutation pairs: the same profile with a
lookalike link or scam wording in its search result is no longer the company's.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from matching.models import Finding, FindingClass, ProbeState, Sighting, Via
from tests.builders import QUILLMARK_URL, finding_for, profile, quillmark_inventory, with_fields

SITE = QUILLMARK_URL
OWN = (FindingClass.OFFICIAL_UNLISTED, FindingClass.REDUNDANT)

INV = quillmark_inventory(("instagram", "facebook", "x"),
                          accounts=[("x", "QuillmarkPapier", "Marketing"),
                                    ("facebook", "quillmarkpapier", "Marketing")],
                          departments=("Marketing",))

OFFICIAL = [
    profile("x", "quillmarkpapier", display_name="Quillmark Papier", posts=900,
            external_links=(SITE,)),
    profile("facebook", "quillmarkpapier", display_name="Quillmark Papier", posts=300,
            external_links=(SITE,)),
]


def seen(platform: str, handle: str, snippet: str, state: ProbeState = ProbeState.FOUND,
         name: str = "Quillmark Papier – Info") -> Finding:
    """A profile whose page shows nothing (a JavaScript shell, or walled), and its result."""
    url = f"https://{platform}.test/{handle}"
    hit = Sighting(platform, handle.lower(), Via.WEB_SEARCH, "https://html.duckduckgo.com/html/",
                   "quillmark", url, title=f"{name} (@{handle}) / {platform}", snippet=snippet)
    o = profile(platform, handle.lower(), url=url, state=state,
                reason="login_wall" if state != ProbeState.FOUND else None, sightings=(hit,))
    return finding_for(INV, o, OFFICIAL)


OLD_INFO = "Altes Infokonto. Kundendienst: @QuillmarkPapier https://www.quillmark.de"


def _traces(f: Finding) -> list[str]:
    return [e.detail for e in f.evidence if e.signal == "own_traces"]


def test_a_javascript_shell_whose_search_result_points_at_us_is_our_second_account() -> None:
    f = seen("x", "QuillmarkInfo", OLD_INFO)
    assert f.cls == FindingClass.REDUNDANT, f  # a second X account of the brand
    assert _traces(f) and _traces(f)[0].startswith("secondary: from a web search result"), f
    assert not any("namesake" in e.detail for e in f.evidence), f


@pytest.mark.parametrize("snippet", [
    "Kundendienst: @QuillmarkPapier https://www.quillmark.de",  # points at the declared one
    "Automatic flight status. https://www.quillmark.de",  # an automatic account
    "Gamall reikningur. https://www.quillmark.de",  # "old account" (Icelandic)
    "Старый аккаунт. https://www.quillmark.de",  # "old account" (Russian)
])
def test_any_one_trace_of_the_company_makes_it_ours(snippet: str) -> None:
    f = seen("x", "QuillmarkInfo", snippet)
    assert f.cls in OWN and _traces(f), f


def test_a_login_walled_page_with_our_traces_is_ours_not_unverified() -> None:
    f = seen("facebook", "quillmarkinfo", OLD_INFO, ProbeState.UNVERIFIABLE)
    assert f.cls in OWN, f
    assert f.evidence[0].detail.startswith("secondary: ") or _traces(f), f


@pytest.mark.parametrize("state", [ProbeState.FOUND, ProbeState.UNVERIFIABLE])
@pytest.mark.parametrize("snippet", [
    # a lookalike link beside the pointer
    "Altes Infokonto. Kundendienst: @QuillmarkPapier https://quillmark-service.com/login",
    # scam wording beside the official link
    "Altes Infokonto. Gewinnspiel! Kartendaten per DM senden. @QuillmarkPapier "
    "https://www.quillmark.de",
])
def test_the_same_with_a_scam_sign_is_not_ours(snippet: str, state: ProbeState) -> None:
    f = seen("x" if state == ProbeState.FOUND else "facebook", "QuillmarkInfo", snippet, state)
    assert f.cls not in OWN and not _traces(f), f


def test_a_lure_word_in_the_handle_is_not_ours() -> None:
    f = seen("x", "QuillmarkSupport", OLD_INFO, name="Quillmark Papier Support")
    assert f.cls not in OWN and not _traces(f), f


def test_without_a_trace_the_official_link_alone_on_a_lookalike_handle_stays_unproven() -> None:
    f = seen("x", "QuillmarkInfo", "Papier und Hefte. https://www.quillmark.de")
    assert not _traces(f), f


def test_pointing_at_itself_is_no_pointer() -> None:
    f = seen("x", "QuillmarkInfo", "Papier und Hefte. @QuillmarkInfo https://www.quillmark.de")
    assert not _traces(f), f


def test_the_same_text_on_a_readable_page_needs_no_secondary_label() -> None:
    o = profile("x", "quillmarkinfo", display_name="Quillmark Papier – Info", bio=OLD_INFO,
                posts=95)
    f = finding_for(INV, o, OFFICIAL)
    assert not _traces(f), f  # read directly: the page speaks for itself (own_channel etc.)
    assert replace(o).key == ("x", "quillmarkinfo")


# ----------------------------------------------------------------------------- defers


def regional(bio: str, last_active_at: str | None = None) -> Finding:
    """The company's regional Facebook page, linked from its own page on the official site;
    Facebook shows a crawler no date, so only its words say whether it is still kept up."""
    site = Sighting("facebook", "quillmarkhamburg", Via.OFFICIAL_SITE, SITE + "hamburg",
                    url="https://facebook.test/quillmarkhamburg")
    o = profile("facebook", "quillmarkhamburg", sightings=(site,),
                display_name="Quillmark Papier – Hamburg", bio=bio,
                avatar_phash="f766e88961998798", external_links=(SITE,),
                last_active_at=last_active_at)
    official = [replace(OFFICIAL[0]), with_fields(OFFICIAL[1], avatar_phash="f766e88961998798")]
    return finding_for(INV, o, official)


@pytest.mark.parametrize("bio", [
    "Filiale Hamburg. Alle Neuigkeiten jetzt auf facebook.com/quillmarkpapier",
    "Hamburg shop. From now on: @quillmarkpapier",
    "Магазин в Гамбурге. Все новости теперь на facebook.com/quillmarkpapier",
])
def test_an_own_page_that_sends_its_readers_to_the_declared_one_is_redundant(bio: str) -> None:
    f = regional(bio)
    assert f.cls == FindingClass.REDUNDANT, f
    assert any(e.signal == "defers_to_declared" for e in f.evidence), f


@pytest.mark.parametrize(("bio", "last_active_at"), [
    ("Filiale Hamburg, Hafenstraße 3. Fragen: @quillmarkpapier", None),  # a help desk named
    ("Filiale Hamburg (vormals @quillmarkpapier). Neue Seite.", None),  # its former name
    ("Filiale Hamburg. Alle Neuigkeiten jetzt auf facebook.com/quillmarkpapier",
     "2026-11-19"),  # its activity is visible and recent: the date decides, not the words
])
def test_a_pointer_that_is_no_move_keeps_it_official_unlisted(
        bio: str, last_active_at: str | None) -> None:
    f = regional(bio, last_active_at)
    assert f.cls == FindingClass.OFFICIAL_UNLISTED, f
    assert not any(e.signal == "defers_to_declared" for e in f.evidence), f
