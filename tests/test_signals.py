"""Each signal on real-looking cases: every Evidence sentence names what a reviewer can check."""

from __future__ import annotations

import io

import imagehash
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw

from matching import signals as sig
from matching.models import LinkedPage, ProfileFields, Sighting, Via

OFFICIAL = ["northwindcoffee.com", "northwindcoffee.com.tr"]
BRAND_KEYS = ["northwindcoffee"]


def logo(size: int = 400) -> Image.Image:
    """A brand-like logo: a coloured disc with a star and a bar."""
    img = Image.new("RGB", (size, size), (250, 246, 238))
    d = ImageDraw.Draw(img)
    s = size / 400
    d.ellipse((40 * s, 40 * s, 360 * s, 360 * s), fill=(18, 62, 92))
    d.polygon(
        [
            (200 * s, 80 * s),
            (230 * s, 170 * s),
            (320 * s, 170 * s),
            (245 * s, 220 * s),
            (275 * s, 310 * s),
            (200 * s, 255 * s),
            (125 * s, 310 * s),
            (155 * s, 220 * s),
            (80 * s, 170 * s),
            (170 * s, 170 * s),
        ],
        fill=(236, 180, 60),
    )
    d.rectangle((90 * s, 330 * s, 310 * s, 350 * s), fill=(200, 80, 40))
    return img


def phash(img: Image.Image) -> str:
    return str(imagehash.phash(img))


def reencode(img: Image.Image, size: int, quality: int) -> Image.Image:
    buf = io.BytesIO()
    img.resize((size, size), Image.Resampling.LANCZOS).save(buf, "JPEG", quality=quality)
    return Image.open(io.BytesIO(buf.getvalue())).convert("RGB")


def test_copied_logo_reencoded_and_resized_matches() -> None:
    official = {"instagram:northwindcoffee": phash(logo())}
    copy = phash(reencode(logo(), 150, 55))
    ev = sig.avatar_similarity(copy, official, max_distance=10)
    assert ev is not None and ev.signal == "avatar_match"
    assert isinstance(ev.value, int) and ev.value <= 10
    assert "instagram:northwindcoffee" in ev.detail


def test_unrelated_picture_does_not_match() -> None:
    img = Image.new("RGB", (300, 300), (30, 120, 200))
    d = ImageDraw.Draw(img)
    for i in range(0, 300, 20):
        d.line((0, i, 300, 300 - i), fill=(255, 255, 255), width=3)
    assert sig.avatar_similarity(phash(img), {"x:nwc": phash(logo())}) is None
    assert sig.avatar_similarity("not-hex", {"x:nwc": phash(logo())}) is None


def test_handle_similarity_explains_the_edit_and_family() -> None:
    targets = {"brand": "Northwind Coffee"}
    ev = sig.handle_similarity("n0rthwindcoffee", targets)
    assert ev is not None and ev.value == 1.0
    assert "homoglyph" in ev.detail and "'0' replaces 'o' at position 2" in ev.detail
    ev = sig.handle_similarity("northwindcofee", targets)
    assert ev is not None and "omission" in ev.detail and "left out" in ev.detail
    ev = sig.handle_similarity("northwindcoffee_support", targets)
    assert ev is not None and "affix_scam" in ev.detail and "'support'" in ev.detail
    ev = sig.handle_similarity("n\u043erthwindcoffee", targets)
    assert ev is not None and "U+043E" in ev.detail
    assert sig.handle_similarity("sailing_windermere", targets) is None


@pytest.mark.parametrize(
    "variant, family",
    [
        ("northwindcofee", "omission"),
        ("northwindcofffee", "repetition"),
        ("nrothwindcoffee", "transposition"),
        ("narthwindcoffee", "vowel_swap"),
        ("nprthwindcoffee", "replacement"),
        ("n0rthwindcoffee", "homoglyph"),
        ("north_wind_coffee", "separator"),
        ("northwindcoffee_help", "affix_scam"),
        ("the_northwindcoffee", "affix"),
    ],
)
def test_explain_family(variant: str, family: str) -> None:
    assert sig.explain_family(variant, "northwindcoffee") == family


def test_display_name_homoglyphs_are_flagged() -> None:
    ev = sig.display_name_similarity("N\u043erthwind Coffee Co.", {"b": "Northwind Coffee Co."})
    assert ev is not None and ev.value == 1.0 and "U+043E" in ev.detail
    ev = sig.display_name_similarity("Nοrthwind Cοffee", {"b": "Northwind Coffee"})  # Greek ο
    assert ev is not None and "U+03BF" in ev.detail
    assert sig.display_name_similarity("Northwind Sailing Club", {"b": "Northwind Coffee"}) is None
    h = sig.homoglyph_use("N\u043erthwind", ["northwind"])
    assert h is not None and h.value is True
    assert sig.homoglyph_use("Northwind", ["northwind"]) is None


def test_turkish_dotless_i_name_matches() -> None:
    ev = sig.display_name_similarity("NORTHWIND KAHVE", {"b": "Northwind Kahve"})
    assert ev is not None and ev.value == 1.0
    ev = sig.handle_similarity("northwınd_kahve", {"b": "Northwind Kahve"})
    assert ev is not None and ev.value == 1.0


def test_bio_copy() -> None:
    official = {
        "instagram:northwindcoffee": "Small-batch roasters since 2009 ☕ Ethically "
        "sourced, roasted in Leeds."
    }
    ev = sig.bio_similarity(
        "Small-batch roasters since 2009 ☕ Ethically sourced, roasted in "
        "Leeds. DM us your order number!",
        official,
    )
    assert ev is not None and "instagram:northwindcoffee" in ev.detail
    assert sig.bio_similarity("Dinghy sailing on Windermere since 1974.", official) is None


@pytest.mark.parametrize(
    "url, signal",
    [
        ("https://northwind-coffee-rewards.com/claim?ref=ig", "lookalike_link"),
        ("https://northwindcoffee-tr.com/", "lookalike_link"),
        ("https://www.northwindcoffee.com.tr/iletisim", "official_link"),
        ("https://shop.northwindcoffee.com/", "official_link"),
        ("https://www.northwindsailing.org.uk/", None),
        ("https://northwindcafe.co.nz/", None),
    ],
)
def test_external_link_domain(url: str, signal: str | None) -> None:
    ev = sig.external_link_domain([url], OFFICIAL, BRAND_KEYS, cutoff=90)
    assert (ev.signal if ev else None) == signal
    if ev is not None:
        assert str(ev.value) in ev.detail


def test_lookalike_wins_over_official_and_bio_domains() -> None:
    ev = sig.external_link_domain(
        ["https://www.northwindcoffee.com/", "https://northwind-coffee-rewards.com/"],
        OFFICIAL,
        BRAND_KEYS,
    )
    assert ev is not None and ev.signal == "lookalike_link"
    assert sig.domains_in_text("Claim now at northwind-coffee-rewards.com 🚀") == [
        "northwind-coffee-rewards.com"
    ]


def test_lookalike_names_the_longest_official_name_it_contains() -> None:
    # two brands whose names nest: the detail must name the specific one, whatever the hash seed
    for order in (
        ["ritorwinchocolate.com", "torwinchocolate.com"],
        ["torwinchocolate.com", "ritorwinchocolate.com"],
    ):
        offs = frozenset(order)
        kind, dom, why = sig.classify_domain("https://ritorwin-chocolate-rewards.com/x", offs, ())
        assert (kind, dom) == ("lookalike", "ritorwin-chocolate-rewards.com")
        assert "'ritorwinchocolate'" in why


def test_lookalike_linked_page() -> None:
    page = LinkedPage(
        "https://bit.ly/x",
        "instagram",
        "northwindcofee",
        final_url="https://northwind-coffee-rewards.com/claim",
        http_status=200,
        title="Northwind Coffee Rewards",
    )
    ev = sig.lookalike_linked_page([page], OFFICIAL, BRAND_KEYS)
    assert ev is not None and ev.value == "northwind-coffee-rewards.com"
    refused = LinkedPage("http://10.0.0.1/", "instagram", "x", refused="private address")
    assert sig.lookalike_linked_page([refused], OFFICIAL, BRAND_KEYS) is None


PORT_URL = "http://127.0.0.1:41234/admin"


@pytest.mark.parametrize(
    ("page", "value", "detail"),
    [
        (
            LinkedPage("https://quillmark-rewards.com/claim", "mastodon", "qm", final_url=PORT_URL,
                       refused=f"refused: loopback address 127.0.0.1 (redirected to {PORT_URL})"),
            PORT_URL,
            f"its link https://quillmark-rewards.com/claim redirects to {PORT_URL}; brandsweep "
            "refused to follow it (loopback address)",
        ),
        (
            LinkedPage("https://bit.ly/meta", "x", "qm",
                       refused="refused: link-local address 169.254.169.254 (redirected to "
                               "http://169.254.169.254/latest/meta-data/)"),
            "http://169.254.169.254/latest/meta-data/",
            "its link https://bit.ly/meta redirects to http://169.254.169.254/latest/meta-data/;"
            " brandsweep refused to follow it (link-local address)",
        ),
        (
            LinkedPage("http://0x7f.1/admin", "mastodon", "qm",
                       refused="refused: loopback address 127.0.0.1"),
            "http://0x7f.1/admin",
            "its link http://0x7f.1/admin points into a private network (loopback address "
            "127.0.0.1); brandsweep refused to fetch it",
        ),
        (
            LinkedPage("https://promo.example/", "x", "qm",
                       refused="refused: promo.example resolves to a private address 10.0.0.7"),
            "https://promo.example/",
            "its link https://promo.example/ points into a private network (promo.example "
            "resolves to a private address 10.0.0.7); brandsweep refused to fetch it",
        ),
    ],
)
def test_link_refused(page: LinkedPage, value: str, detail: str) -> None:
    ev = sig.link_refused([page])
    assert ev is not None and ev.signal == "link_refused"
    assert (ev.value, ev.detail) == (value, detail)


def test_link_refused_names_every_refused_link_in_a_stable_order() -> None:
    hexed = LinkedPage("http://0x7f.1/admin", "mastodon", "qm",
                       refused="refused: loopback address 127.0.0.1")
    redirect = LinkedPage("https://quillmark-rewards.com/claim", "mastodon", "qm",
                          final_url=PORT_URL, refused=f"refused: loopback address 127.0.0.1 "
                                                      f"(redirected to {PORT_URL})")
    fine = LinkedPage("https://quillmark-rewards.com/", "mastodon", "qm", http_status=200)
    one = sig.link_refused([hexed, fine, redirect])
    assert one == sig.link_refused([redirect, hexed, fine])
    assert one is not None and one.value == PORT_URL
    assert one.detail.startswith("its link https://quillmark-rewards.com/claim redirects to")
    assert "; its link http://0x7f.1/admin points into a private network" in one.detail


@pytest.mark.parametrize(
    "refused",
    [None, "scheme 'ftp'", "fetch failed: timeout", "robots", "too_large",
     "refused: scheme 'ftp' is not http/https (redirected to ftp://x/y)",
     "refused: not an IP address: 'x'"],
)
def test_link_refused_only_for_private_network_targets(refused: str | None) -> None:
    page = LinkedPage("https://l.example/", "x", "qm", http_status=200 if not refused else None,
                      refused=refused)
    assert sig.link_refused([page]) is None


def test_refused_link_to_a_lookalike_is_still_a_lookalike_page() -> None:
    page = LinkedPage("https://bit.ly/x", "x", "qm",
                      final_url="https://northwind-coffee-rewards.com/claim",
                      refused="too_many_redirects")
    ev = sig.lookalike_linked_page([page], OFFICIAL, BRAND_KEYS)
    assert ev is not None and ev.value == "northwind-coffee-rewards.com"
    assert "not fetched: too_many_redirects" in ev.detail


def test_official_site_and_verified_links() -> None:
    s = Sighting(
        "instagram",
        "northwindcareers",
        Via.OFFICIAL_SITE,
        "https://www.northwindcoffee.com/careers",
    )
    assert sig.linked_from_official_site([s], OFFICIAL) is not None
    fake = Sighting("instagram", "x", Via.OFFICIAL_SITE, "https://northwind-coffee-rewards.com/")
    assert sig.linked_from_official_site([fake], OFFICIAL) is None
    web = Sighting("instagram", "x", Via.WEB_SEARCH, "https://www.northwindcoffee.com/")
    assert sig.linked_from_official_site([web], OFFICIAL) is None
    f = ProfileFields(verified_links=("https://www.northwindcoffee.com",))
    assert sig.verified_official_link(f, OFFICIAL) is not None
    assert (
        sig.verified_official_link(
            ProfileFields(external_links=("https://www.northwindcoffee.com",)), OFFICIAL
        )
        is None
    )  # noqa: E501
    assert sig.verified_badge(ProfileFields(verified=True)) is not None
    assert sig.verified_badge(ProfileFields(verified=None)) is None


def test_dormancy_uses_now_not_the_clock() -> None:
    f = ProfileFields(last_active_at="2023-04-02")
    ev = sig.dormancy(f, "2026-11-20T12:00:00+00:00", 365)
    assert ev is not None and ev.value > 365 and "2023-04-02" in ev.detail
    assert sig.dormancy(f, "2023-06-01T00:00:00+00:00", 365) is None
    assert sig.dormancy(ProfileFields(), "2026-11-20T12:00:00+00:00") is None


@pytest.mark.parametrize(
    "text",
    [
        "Fan page, not affiliated with Northwind Coffee Co.",
        "Parody account.",
        "unofficial fan account ☕",
        "Northwind Kahve hayran sayfası.",
        "Resmi değil!",
        "Taklit hesap",
    ],
)
def test_self_declared_fan(text: str) -> None:
    assert sig.self_declared_fan(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "DM us your order number for a refund",
        "Message us on WhatsApp",
        "GIVEAWAY! Claim your prize",
        "Send BTC to our wallet",
        "Büyük çekiliş! Hediye kazan",
        "Destek hattı: DM'den yazın",
    ],
)
def test_scam_wording(text: str) -> None:
    ev = sig.scam_wording(text)
    assert ev is not None and ev.signal == "scam_wording"


def test_plain_bios_trigger_nothing() -> None:
    bio = "Small-batch roasters since 2009. Ethically sourced, roasted in Leeds."
    assert sig.scam_wording(bio) is None
    assert sig.self_declared_fan(bio) is None


def test_empty_profile_needs_known_zero_posts() -> None:
    assert sig.empty_profile(ProfileFields(posts=0)) is not None
    assert sig.empty_profile(ProfileFields()) is None  # existence-only probe: unknown, not empty
    assert sig.empty_profile(ProfileFields(posts=0, bio="hello")) is None


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 _.@İı", max_size=14
    )
)
def test_name_tokens_shortcut_matches_the_token_pipeline(s: str) -> None:
    """One-word ASCII names take a shortcut; it must equal the general path through tokens()."""
    from matching.normalise import AFFIXES, deleet, tokens

    for text in (s, s + "Fans", "Official" + s):
        words = tokens(text)
        kept = [deleet(w) for w in words if deleet(w) not in AFFIXES]
        assert sig.name_tokens(text) == (" ".join(kept) or " ".join(words))


def test_a_handle_that_is_the_brand_name_reads_as_the_name_itself():
    from matching.signals import explain_family, explain_handle

    assert explain_family("northwindcoffee", "Northwind Coffee") == "exact"
    assert explain_family("north_wind_coffee", "Northwind Coffee") == "separator"
    ev = explain_handle("northwindcoffee", "Northwind Coffee", 1.0)
    assert ev.detail == (
        "handle 'northwindcoffee' is the name 'Northwind Coffee' itself; similarity 1.00"
    )
