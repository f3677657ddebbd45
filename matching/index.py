"""What classification compares against, built once per audit: the brand index and its keys.

:class:`BrandIndex` holds the inventory's comparison targets (brand names, aliases, declared
handles as :func:`~matching.normalise.comparison_key` forms), official domains, copied-bio and
logo references and the mention pattern. :func:`fast_key` is the cached comparison key of one
string; :func:`is_quiet` says when nothing but a name could tie a profile to the inventory.
Pure: no I/O.
"""

from __future__ import annotations

import base64
import binascii
import io
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TypeVar
from urllib.parse import urlsplit

import numpy as np

from matching.models import (
    Evidence,
    HandleForm,
    HandleRule,
    Inventory,
    LinkedPage,
    OfficialAccount,
    ProbeState,
    ProfileObservation,
    SignalName,
    Via,
    handle_forms,
)
from matching.normalise import (
    AFFIXES,
    comparison_key,
    fold,
    plain_key,
    registered_domain,
    tokens,
)
from matching.signals import customer_story, self_declared_fan

# ----------------------------------------------------------------------------- keys

# affix words as they look at either end of a plain key (glyphs folded there, so ``real`` is
# looked for as ``reai``): only a key starting or ending with one can change when peeled
_AFFIX_EDGE = tuple(sorted({plain_key(a) for a in AFFIXES} | set(AFFIXES)))


_ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
# plain_key letter by letter: for an ASCII letters-and-digits string (most handles) the
# pipeline is lower case, leet and glyph folding, all one character at a time
_PLAIN = str.maketrans({c: plain_key(c) for c in _ALNUM})
_ONE_TO_ONE = all(len(plain_key(c)) == 1 for c in _ALNUM)


@lru_cache(maxsize=400_000)
def fast_key(s: str) -> str:
    """:func:`~matching.normalise.comparison_key`, without peeling when there is nothing to peel.

    Peeling tries every affix at both ends of every string (5 us a handle, most of the key
    cost for 100,000 profiles); a key with no affix word at either end *is* its
    :func:`~matching.normalise.plain_key`, which for plain ASCII letters and digits is one
    ``str.translate``. Same result always (``tests/test_classify.py``); cached because one
    handle is probed on many platforms.
    """
    k = s.translate(_PLAIN) if _ONE_TO_ONE and s.isascii() and s.isalnum() else plain_key(s)
    return comparison_key(s) if k.startswith(_AFFIX_EDGE) or k.endswith(_AFFIX_EDGE) else k


# ----------------------------------------------------------------------------- the index


@dataclass
class Target:
    brand: int
    text: str  # what it was derived from (name, alias or handle)
    key: str
    strong: bool  # full brand name / declared handle vs single-word alias
    is_name: bool = True  # a brand name or alias (display names compare with these only)


@dataclass
class BrandIndex:
    """Everything about the inventory classification compares against, built once."""

    inventory: Inventory
    canon: Mapping[str, HandleRule] | None
    targets: list[Target] = field(default_factory=list)
    official: dict[tuple[str, str], OfficialAccount] = field(default_factory=dict)
    official_domains: frozenset[str] = frozenset()
    brand_domains: dict[str, int] = field(default_factory=dict)  # registered domain -> brand
    brand_keys: tuple[str, ...] = ()
    allow: dict[tuple[str, str], str | None] = field(default_factory=dict)
    bios: dict[int, dict[str, str]] = field(default_factory=dict)  # brand -> label -> bio
    avatar_bits: np.ndarray | None = None
    avatar_labels: list[tuple[int, OfficialAccount]] = field(default_factory=list)
    #: per hash of :attr:`avatar_bits`, the share of the official avatar's side a central crop
    #: of it keeps (None: the avatar as it is; see :func:`crop_hashes`)
    avatar_crops: list[float | None] = field(default_factory=list)
    mention_re: re.Pattern[str] | None = None
    mention_brand: dict[str, int] = field(default_factory=dict)
    mention_words: frozenset[str] = frozenset()  # first word of every mention term
    #: brand names written in a script without spaces between words (Japanese, Chinese,
    #: Thai; Korean glues its particles on), as written: found inside a word, since there the
    #: name runs into the next word ("ひなたマートの...")
    native_mentions: tuple[tuple[str, int], ...] = ()
    _forms: dict[str, HandleForm] | None = field(default=None, init=False, repr=False)

    @property
    def forms(self) -> dict[str, HandleForm]:
        """How each platform writes a handle (the catalog's ``shown_as``): display only."""
        if self._forms is None:
            self._forms = handle_forms(self.canon)
        return self._forms

    def shown(self, platform: str, handle: str) -> str:
        """``handle`` as ``platform``'s pages write it (:func:`shown_handle`)."""
        return shown_handle(platform, handle, self.forms)

    def key(self, platform: str, handle: str) -> tuple[str, str]:
        rule = self.canon.get(platform) if self.canon else None
        if rule is not None:
            return platform, rule.canonical(handle)
        return platform, handle.strip().lstrip("@").lower()


#: scripts written without spaces between words (or with particles glued on): Hiragana,
#: Katakana, CJK ideographs, Hangul, Thai, Lao, Khmer, Myanmar
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0eff"
                       r"\u1780-\u17ff\u1000-\u109f]")


def native_text(text: str | None) -> str:
    """Text as written (NFKC, case-folded), for names of other scripts."""
    return unicodedata.normalize("NFKC", text or "").casefold()


def unspaced_name(name: str) -> bool:
    """A name of four or more letters in a script without word spaces: distinctive there,
    though its transliteration is one short word ("ひなたマート")."""
    letters = [c for c in name if c.isalpha()]
    return len(letters) >= 4 and sum(1 for c in letters if _UNSPACED.match(c)) * 2 > len(letters)


def native_mention(ix: BrandIndex, text: str | None) -> tuple[str, int] | None:
    """(name, brand) of the first brand name of :attr:`BrandIndex.native_mentions` in
    ``text``, or None."""
    if not ix.native_mentions or not text:
        return None
    t = native_text(text)
    return next(((n, b) for n, b in ix.native_mentions if n in t), None)


def strong_name(name: str) -> bool:
    """A multi-word or long name identifies a company; one short common word does not."""
    return len(tokens(name)) > 1 or len(comparison_key(name)) >= 12


def build_index(
    inventory: Inventory,
    official_obs: Mapping[tuple[str, str], ProfileObservation],
    rules: Mapping[str, HandleRule] | None,
) -> BrandIndex:
    ix = BrandIndex(inventory, rules)
    seen_keys: set[tuple[int, str]] = set()
    domains = {registered_domain(d) or d for d in inventory.domains}
    mention_terms: dict[str, int] = {}
    native: list[tuple[str, int]] = []
    rooted: set[str] = set()  # domains a brand's website has at its root
    for b, brand in enumerate(inventory.brands):
        for i, name in enumerate(brand.names):
            k = comparison_key(name)
            if k and (b, k) not in seen_keys:
                seen_keys.add((b, k))
                ix.targets.append(Target(b, name, k, i == 0 or strong_name(name)))
            if strong_name(name):
                mention_terms[fold(name)] = b
            if unspaced_name(name):
                native.append((native_text(name), b))
        for acc in brand.accounts:
            ix.official[ix.key(acc.platform, acc.handle)] = acc
            k = comparison_key(acc.handle)
            if len(k) >= 4 and (b, k) not in seen_keys:
                seen_keys.add((b, k))
                ix.targets.append(Target(b, acc.handle, k, len(k) >= 6, is_name=False))
            if len(acc.handle) >= 5:
                mention_terms["@" + acc.handle.lower()] = b
        for site in brand.websites:
            d = registered_domain(site)
            if d:
                domains.add(d)
                # a brand on a section of another's site (``brand.com/kuyteav``) leaves the
                # domain to the brand at its root, whose pages the section's links are not
                root = not urlsplit(site if "//" in site else "//" + site).path.strip("/")
                if d not in ix.brand_domains or (root and d not in rooted):
                    ix.brand_domains[d] = b
                if root:
                    rooted.add(d)
    for d in domains:
        mention_terms.setdefault(d, 0 if len(inventory.brands) == 1 else -1)
    ix.official_domains = frozenset(domains)
    strong = {t.key for t in ix.targets if t.strong and len(t.key) >= 6}
    # single-word aliases, marked "=": a lookalike domain only as alias + lure word
    # (matching.signals._lookalike)
    weak = {"=" + t.key for t in ix.targets
            if t.is_name and not t.strong and len(t.key) >= 5 and t.key not in strong}
    ix.brand_keys = tuple(sorted(strong | weak))
    ix.allow = {ix.key(a.platform, a.handle): a.note for a in inventory.allow}
    if mention_terms:
        alts = sorted(mention_terms, key=len, reverse=True)
        # a domain is no mention as the end of another one ("praxis-quillmark.de" holds
        # "quillmark.de"): a hyphen before it makes it someone else's name
        doms = [re.escape(t) for t in alts if "." in t and not t.startswith("@")]
        own_domain = r"(?!(?<=-)(?:" + "|".join(doms) + r"))" if doms else ""
        ix.mention_re = re.compile(
            r"(?<![a-z0-9])" + own_domain + "(" + "|".join(re.escape(t) for t in alts)
            + r")(?![a-z0-9])"
        )
        ix.mention_brand = mention_terms
        ix.mention_words = frozenset(w for term in mention_terms for w in WORD.findall(term)[:1])
    ix.native_mentions = tuple(sorted(set(native), key=lambda t: -len(t[0])))
    for n, b in ix.native_mentions:
        ix.mention_brand.setdefault(n, b)
    bits: list[int] = []
    brand_index = {b.name: i for i, b in enumerate(inventory.brands)}
    # in the inventory's order, not the observations' (the crawl's, which varies run to run):
    # two accounts with one picture, the copy is said to imitate the first declared
    official_obs = {k: official_obs[k] for k in ix.official if k in official_obs}
    pictures: dict[tuple[str, str], int] = {}
    for key, obs in official_obs.items():
        declared_acc = ix.official.get(key)
        if declared_acc is None or obs.state != ProbeState.FOUND:
            continue
        acc = declared_acc
        b = brand_index.get(acc.brand, 0)
        f = obs.fields
        if f.bio and len(f.bio.strip()) >= 12:
            ix.bios.setdefault(b, {})[f"{acc.platform}:{acc.handle}"] = f.bio
        if f.avatar_phash:
            try:
                pictures[key] = int(f.avatar_phash, 16) & 0xFFFFFFFFFFFFFFFF
            except ValueError:
                continue
    plain = not_marks(pictures, {k: ix.official[k].brand for k in pictures})
    for key, value in pictures.items():
        if key in plain:
            continue
        acc = ix.official[key]
        bits.append(value)
        ix.avatar_labels.append((brand_index.get(acc.brand, 0), acc))
        ix.avatar_crops.append(None)
    # after every avatar as it is: a copy equally close to both is the uncropped one's
    for key, obs in official_obs.items():
        owner = ix.official.get(key)
        if (owner is None or obs.state != ProbeState.FOUND or not obs.fields.avatar_phash
                or key in plain):
            continue
        for share, value in crop_hashes(obs.fields.avatar_thumb):
            bits.append(value)
            ix.avatar_labels.append((brand_index.get(owner.brand, 0), owner))
            ix.avatar_crops.append(share)
    if bits:
        ix.avatar_bits = np.array(bits, dtype=np.uint64)
    return ix


#: two official avatars this few bits apart are one picture: re-encoding and resizing move a
#: perceptual hash by 0..6 bits, two different pictures sit near 32
MARK_BITS = 8
K = TypeVar("K")


def not_marks(pictures: Mapping[K, int], brands: Mapping[K, str]) -> set[K]:
    """The declared accounts whose avatar is not the company's mark: a picture only that one
    account shows, while its brand's other accounts share another (the logo). A copy of a
    company's logo is a sign of posing; a picture the company's accounts do not present as
    theirs (a platform's default silhouette on a private group, a stock or group photo) is
    one other people wear too: a namesake with the same default picture copies nothing.

    A picture is the mark when two or more declared accounts show it (whatever their brand:
    a sub-brand may wear the parent's logo), or when no two accounts of its brand share
    another picture (its only account, or every account in its own picture: nothing tells
    which is the logo).

    >>> sorted(not_marks({"a": 0x0F0F, "b": 0x0F0E, "c": 0xFFFF0000}, dict.fromkeys("abc", "B")))
    ['c']
    >>> sorted(not_marks({"a": 0x0F0F, "c": 0xFFFF0000}, dict.fromkeys("ac", "B")))
    []
    """
    def shown_by(value: int) -> list[K]:
        return [k for k, v in pictures.items() if (v ^ value).bit_count() <= MARK_BITS]

    shared = {k for k, v in pictures.items() if len(shown_by(v)) >= 2}
    brands_with_logo = {brands[k] for k in shared
                        if sum(brands[o] == brands[k] for o in shown_by(pictures[k])) >= 2}
    return {k for k in pictures if k not in shared and brands[k] in brands_with_logo}


#: shares of its side a central crop of an official avatar keeps: impostors crop the logo to
#: its centre (a platform's round frame, a re-upload cut to the emblem), which moves its
#: perceptual hash by 10 to 30 bits, as far as another picture; the hash of the same crop of
#: the official avatar stays within a few bits of the copy's
AVATAR_CROPS: tuple[float, ...] = (0.9, 0.8, 0.7)
#: shares of the copy's side the official avatar fills when a margin is added around it (the
#: logo shrunk onto a larger square): the same distance, the other way
AVATAR_MARGINS: tuple[float, ...] = (0.9, 0.8, 0.7)


def crop_hashes(thumb: str | None) -> list[tuple[float, int]]:
    """(share, perceptual hash) of central crops of an avatar (share < 1: the share of its
    side kept) and of the avatar with a margin of its corner's colour around it (share > 1:
    the copy's side over the avatar's), from the thumbnail the crawler keeps of it (a
    ``data:`` URI); none without one or when it does not decode."""
    if not thumb or not thumb.startswith("data:image/") or "," not in thumb:
        return []
    return list(_crop_hashes(thumb))


@lru_cache(maxsize=256)
def _crop_hashes(thumb: str) -> tuple[tuple[float, int], ...]:
    # Pillow and imagehash: only where official avatars have thumbnails (a sweep of
    # existence-only sites never has one, and every classification would pay their import)
    import imagehash
    from PIL import Image, UnidentifiedImageError  # with imagehash, as said above

    try:
        raw = base64.b64decode(thumb.split(",", 1)[1], validate=False)
        with Image.open(io.BytesIO(raw)) as opened:
            img = opened.convert("RGB")
    except (binascii.Error, UnidentifiedImageError, OSError, ValueError):
        return ()
    w, h = img.size
    out = []
    for share in AVATAR_CROPS:
        dx, dy = int(w * (1 - share) / 2), int(h * (1 - share) / 2)
        if w - 2 * dx < 8 or h - 2 * dy < 8:
            continue
        out.append((share, int(str(imagehash.phash(img.crop((dx, dy, w - dx, h - dy)))), 16)))
    for share in AVATAR_MARGINS:
        big = Image.new("RGB", (round(w / share), round(h / share)), img.getpixel((0, 0)))
        big.paste(img, ((big.width - w) // 2, (big.height - h) // 2))
        out.append((round(1 / share, 3), int(str(imagehash.phash(big)), 16)))
    return tuple(out)



WORD = re.compile(r"[a-z0-9]+")

_DOMAINISH = re.compile(r"[a-z0-9-]\.[a-z]{2,}")


def may_mention(ix: BrandIndex, bio: str | None) -> bool:
    """Cheap pre-check for :attr:`BrandIndex.mention_re`: does any mention term's first word occur?

    Also true for any domain-like word, which may be a lookalike written in the bio.
    """
    if not bio:
        return False
    text = fold(bio)
    if _DOMAINISH.search(text) or native_mention(ix, bio) is not None:
        return True
    if ix.mention_re is not None and not ix.mention_words.isdisjoint(WORD.findall(text)):
        return True
    # a fan, reviewer or collector may write the name inflected ("Koivulan", "Ugleøjes") or
    # only its first word in another script ("ชบา"): its fan wording is worth a full look
    if self_declared_fan(bio) is not None:
        return True
    # a customer's own story: "Mis noches en <Word>", the brand's one-word name after it
    return customer_story(bio, [n for b in ix.inventory.brands for n in b.names]) is not None


_FOUND = ProbeState.FOUND
_SITE_VIAS = (Via.OFFICIAL_SITE, Via.LINKED_PAGE)


def is_quiet(
    o: ProfileObservation,
    k: tuple[str, str],
    ix: BrandIndex,
    pages: Mapping[tuple[str, str], list[LinkedPage]],
    mentions: dict[str | None, bool],
) -> bool:
    """Nothing but the name could tie this profile to us: no links, pages, site sightings,
    allow entry, domain handle or mention. With a low name score it is unrelated as it stands."""
    f = o.fields
    return (
        o.state is _FOUND
        and not f.external_links
        and not f.verified_links
        and k not in ix.allow
        and k not in pages
        and not (o.sightings and any(s.via in _SITE_VIAS for s in o.sightings))
        and o.platform != "bluesky"
        and not may_mention_cached(ix, f.bio, mentions)
    )



def may_mention_cached(ix: BrandIndex, bio: str | None, seen: dict[str | None, bool]) -> bool:
    hit = seen.get(bio)
    if hit is None:
        hit = seen[bio] = may_mention(ix, bio)
    return hit


def community_prefix(platform: str, handle: str) -> bool:
    """The handle is a community's, its platform's path kept in it: a subreddit ``r/<name>``,
    a Facebook group ``groups/<name or id>``."""
    return (platform == "reddit" and handle.startswith("r/")) or (
        platform == "facebook" and handle.startswith("groups/"))


def shown_handle(platform: str, handle: str,
                 forms: Mapping[str, HandleForm] | None = None) -> str:
    """A handle as its platform shows it, by the catalog's ``shown_as`` (``forms``:
    platform -> :class:`~matching.models.HandleForm`, from
    :func:`~matching.models.handle_forms`): an X account ``@name``, a subreddit
    ``r/<name>``, a Reddit user ``u/<name>``, a YouTube channel id as it is. A platform
    without a form (a LinkedIn page, a site of the user's catalog that names none): the
    handle as written, without a leading '@'. Display only: classify names with it the
    account a finding points to (an official one, a group), never the profile judged, so a
    blank twin's replayed finding reads the same.

    >>> from matching.models import HandleForm
    >>> shown_handle("x", "NorthwindCare", {"x": HandleForm((("", "@{handle}"),))})
    '@NorthwindCare'
    >>> shown_handle("some_forum", "@northwind")
    'northwind'
    """
    form = forms.get(platform) if forms else None
    return form.show(handle) if form is not None else handle.strip().lstrip("@")


def handle_text(o: ProfileObservation) -> str:
    """The part of a handle that carries a name: Bluesky's ``x.bsky.social`` -> ``x``; a
    community's name without the path folded into its handle (a subreddit's ``r/x``, a
    Facebook group's ``groups/x`` -> ``x``)."""
    h = o.handle
    if community_prefix(o.platform, h):
        return h.split("/", 1)[1]
    if o.platform == "bluesky" and "." in h:
        dom = registered_domain(h)
        if dom in ("bsky.social", "bsky.app") or not dom:
            return h[: -len(dom) - 1] if dom and h.endswith("." + dom) else h
        return dom.split(".", 1)[0] if h == dom or h.endswith("." + dom) else h
    return h


def domain_handle(o: ProfileObservation, ix: BrandIndex) -> Evidence | None:
    """A Bluesky handle that *is* an official domain: the platform checked DNS/.well-known."""
    if o.platform != "bluesky" or "." not in o.handle:
        return None
    dom = registered_domain(o.handle)
    if dom and dom in ix.official_domains:
        return Evidence(
            SignalName.DOMAIN_HANDLE,
            o.handle,
            f"the handle is the official domain {dom}, which the platform verifies",
        )
    return None


def official_brand(e: Evidence, ix: BrandIndex) -> int | None:
    return ix.brand_domains.get(registered_domain(str(e.value))) if e.value else None


