"""Mutation tests (#11, detect39): fans who say so in a form the lexicon lacked, and private
pages that hide what they are. Each pair differs only in the deciding signal.

* a negation glued or hyphenated to "official" ("onofficieel", "ez-ofiziala"), "non
  affiliée", "chaîne de fans", "Harriola Zaleak", an Arabic "satirical page": a fan, and the
  same page without those words a namesake (``unrelated``); with a lookalike link an impostor
  (a fan's words excuse no lookalike);
* a private subreddit that shows only that it exists (Reddit's 403 "private") is
  ``unverified`` whatever its name, as a page behind a wall; the same subreddit public, its
  description of its own read, is decided by what it says.
"""

from __future__ import annotations

import pytest

from matching.models import (
    Finding,
    FindingClass,
    ProbeState,
    ProfileFields,
    ProfileObservation,
    Sighting,
    Via,
)
from matching.signals import self_declared_fan
from tests.builders import (
    QUILLMARK_LOGO,
    QUILLMARK_URL,
    active_page,
    finding_for,
    profile,
    quillmark_instagram,
    quillmark_inventory,
    with_fields,
)

LOGO = QUILLMARK_LOGO
SITE = QUILLMARK_URL
LOOKALIKE = "https://quillmark-rewards.com/claim"

INV = quillmark_inventory(("instagram", "facebook", "youtube", "reddit"))
OFFICIAL = quillmark_instagram()


def classify_one(o: ProfileObservation) -> Finding:
    return finding_for(INV, o, [OFFICIAL])


@pytest.mark.parametrize("text,said", [
    ("Onofficiële groep van deelnemers", "onofficiele"),
    ("Deelnemers (onofficieel)", "onofficieel"),
    ("Korrikalarien podcast ez-ofiziala", "ez-ofiziala"),
    ("Chaîne de passionné non affiliée", "chaine de passionne"),
    ("Communauté d'auditeurs, non affiliée à la radio", "non affiliee"),
    ("Vieilles émissions numérisées par des fans", "par des fans"),
    ("Chaîne de fans", "chaine de fans"),
    ("صفحة ساخرة 😂", "صفحه ساخره"),
])
def test_unofficial_in_more_forms(text: str, said: str) -> None:
    e = self_declared_fan(text)
    assert e is not None and e.value == said, (text, e)


@pytest.mark.parametrize("text", [
    "Photos in official colours", "Neon office supplies", "One official store in Hamburg",
    "Le site officiel", "Affiliée au réseau Quillmark",
])
def test_official_and_affiliated_said_plainly_deny_nothing(text: str) -> None:
    assert self_declared_fan(text) is None, text


@pytest.mark.parametrize("name,bio,silent_name,plain", [
    ("Deelnemers Quillmark Papier (onofficieel)",
     "Onofficiële groep van en voor klanten van Quillmark Papier.",
     "Deelnemers Quillmark Papier", "Groep van en voor klanten van Quillmark Papier."),
    ("Quillmark Podcasta", "Korrikalarien podcast ez-ofiziala, Quillmark Papier-i buruz.",
     "Quillmark Podcasta", "Korrikalarien podcast, Quillmark Papier-i buruz."),
    ("Papier Archives", "Vieux catalogues de Quillmark Papier. Chaîne de fans, non affiliée.",
     "Papier Archives", "Vieux catalogues de Quillmark Papier."),
    ("Quillmark Zaleak", "Quillmark Papier 📝 Hamburg", "Quillmark Hamburg",
     "Quillmark Papier 📝 Hamburg"),
    ("ميمز كويلمارك", "صفحة ساخرة 😂 عن Quillmark Papier", "ميمز كويلمارك",
     "صفحة عن Quillmark Papier"),
])
def test_a_fan_who_says_so_is_a_fan_and_the_same_page_silent_is_not(
        name: str, bio: str, silent_name: str, plain: str) -> None:
    """The deciding words make the fan; without them (in its name and its bio) the page is
    no fan; with a lookalike link it is an impostor whatever it says."""
    fan = active_page("youtube", "quillmarkfans", name, bio)
    f = classify_one(fan)
    assert f.cls == FindingClass.FAN, f
    g = classify_one(with_fields(fan, display_name=silent_name, bio=plain))
    assert g.cls != FindingClass.FAN, g
    fake = with_fields(fan, avatar_phash=LOGO, external_links=(LOOKALIKE,))
    h = classify_one(fake)
    assert h.cls == FindingClass.IMPOSTOR, h


def _subreddit(handle: str, private: bool, snippet: str) -> ProfileObservation:
    url = f"https://www.reddit.com/{handle}/"
    sightings = (
        Sighting("reddit", handle, Via.PROBE, "variant", url=url),
        Sighting("reddit", handle, Via.WEB_SEARCH, "search", url=url,
                 title=f"{handle} - Reddit", snippet=snippet),
    )
    fields = (ProfileFields(is_private=True, category="private") if private
              else ProfileFields(display_name=handle[2:], bio=snippet, followers=120))
    return ProfileObservation("reddit", handle, url, ProbeState.FOUND,
                              http_status=403 if private else 200, fields=fields,
                              sightings=sightings)


@pytest.mark.parametrize("handle,snippet,public", [
    # nothing in the snippet names the brand: public, a namesake; private, unknown
    ("r/quillmarkworkers", "Private community for factory workers.", FindingClass.UNRELATED),
    # the snippet calls it a fans' community: public, a fan; private, still unread
    ("r/quillmarkpapier", "Unofficial community of Quillmark Papier customers",
     FindingClass.FAN),
])
def test_a_private_subreddit_is_unverified_and_the_same_one_public_is_read(
        handle: str, snippet: str, public: FindingClass) -> None:
    """Reddit's 403 "private" proves a subreddit exists and shows nothing else: whatever its
    name or its search result, the audit could not read it (``unverified``, the evidence
    saying it is private). The same subreddit public, its description read, is what its
    words make it."""
    hidden = classify_one(_subreddit(handle, True, snippet))
    assert hidden.cls == FindingClass.UNVERIFIED, hidden
    assert any("private" in e.detail for e in hidden.evidence), hidden
    shown = classify_one(_subreddit(handle, False, snippet))
    assert shown.cls == public, shown


def _public_subreddit(name: str, bio: str, **more: object) -> ProfileObservation:
    handle = "r/quillmarkpapier"
    return profile("reddit", handle, url=f"https://www.reddit.com/{handle}/", display_name=name,
                   bio=bio, followers=410, **more)


def test_a_subreddit_named_for_the_brand_and_about_it_is_its_users_community() -> None:
    """A subreddit named for the brand whose description talks of the brand (stockists,
    recipes) is its users' community though it never says "unofficial": a fan. The same
    subreddit about another subject of the name (no mention of the brand) is no fan; with the
    company's logo, or a lookalike link, it poses, and is no fan either."""
    bio = "Talk about Quillmark Papier notebooks: stockists abroad, inks, swaps."
    f = classify_one(_public_subreddit("Quillmark Papier", bio))
    assert f.cls == FindingClass.FAN, f
    g = classify_one(_public_subreddit("Quillmark", "Everything about quill pens and calligraphy."))
    assert g.cls != FindingClass.FAN, g
    h = classify_one(_public_subreddit("Quillmark Papier", bio, avatar_phash=LOGO))
    assert h.cls != FindingClass.FAN, h
    i = classify_one(_public_subreddit("Quillmark Papier", bio, external_links=(LOOKALIKE,)))
    assert i.cls == FindingClass.IMPOSTOR, i


@pytest.mark.parametrize("bio,listed", [
    ("Independent paper price watch: Quillmark Papier, Brio Papier, other mills. "
     "Not affiliated.",
     "Independent paper price watch: Quillmark Papier and its mills. Not affiliated."),
    ("Независимые обзоры бумаги: Quillmark Papier, Brio, Lamy. Без рекламы.",
     "Независимые обзоры бумаги Quillmark Papier. Без рекламы."),
])
def test_a_disclaimer_beside_a_list_of_brands_is_a_trades_not_a_fans(
        bio: str, listed: str) -> None:
    """An independent price watch or review channel that names the brand as one item of a
    list is about its trade: no fan (``unrelated``). The same page about the brand alone is
    a fan; a parody of a list of brands is a fan too (its word is a fan's)."""
    many = active_page("youtube", "paperwatch", "Paper Watch", bio)
    f = classify_one(many)
    assert f.cls == FindingClass.UNRELATED, f
    one = classify_one(with_fields(many, bio=listed))
    assert one.cls == FindingClass.FAN, one
    parody = classify_one(with_fields(
        many, bio="Parodia 😂 Quillmark Papier, Brio eta beste. Ez ofiziala."))
    assert parody.cls == FindingClass.FAN, parody
