"""One function per signal. Each returns an :class:`~matching.models.Evidence` or ``None``.

An Evidence is printed verbatim in the report, so its ``detail`` is a sentence a reviewer can
check against the profile ("'0' replaces 'o' at position 2 of 'northwind'"), never a log line.
``classify`` computes the expensive comparisons in bulk (rapidfuzz ``cdist``, numpy) and then
calls the ``explain_*`` helpers here to word the winners; the one-shot functions are the same
logic for a single profile (tests, the evidence pack).

Nothing here reads the clock: dormancy takes ``now``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA, Levenshtein

from matching import lexicon as _lexicon
from matching import words
from matching.lazy_re import LazyPattern
from matching.models import (
    Evidence,
    HandleForm,
    LinkedPage,
    ProfileFields,
    Sighting,
    SignalName,
    Via,
)
from matching.normalise import (
    AFFIXES,
    comparison_key,
    deleet,
    fold,
    fold_script,
    fold_text,
    homoglyphs_used,
    peel_affixes,
    plain_key,
    registered_domain,
    scripts_of,
    squash,
    tokens,
)
from matching.user_words import FamilyPattern

__all__ = [
    "avatar_similarity",
    "namesake_site",
    "own_named_site",
    "someone_else",
    "suspicious_site",
    "scam_warning",
    "disowned_by_official_site",
    "link_context",
    "link_text",
    "listed_among_others",
    "fake_mark",
    "bio_similarity",
    "display_name_similarity",
    "dormancy",
    "retired",
    "defers_to_declared",
    "retired_link",
    "retired_page",
    "retired_wording",
    "sentence_around",
    "empty_profile",
    "explain_edit",
    "explain_family",
    "domains_in_text",
    "external_link_domain",
    "handle_similarity",
    "homoglyph_use",
    "disguised_words",
    "linked_from_lookalike_site",
    "link_refused",
    "linked_from_official_site",
    "lookalike_linked_page",
    "phash_distance",
    "registered_domain",
    "scam_wording",
    "self_declared_fan",
    "verified_badge",
    "verified_official_link",
]

# ----------------------------------------------------------------------------- wording lists

FAN_PATTERNS = words.FAN_PATTERNS
SCAM_PATTERNS = words.SCAM_PATTERNS
_FAN_RE = FamilyPattern("|".join(FAN_PATTERNS), ("fan",))
_SCAM_RE = FamilyPattern("|".join(SCAM_PATTERNS), (
    "scam", "dm_invite", "data_request", "advance_payment", "account_alert", "soft_scam"))
_DATA_RE = FamilyPattern("|".join((*words.DATA_REQUEST_PATTERNS, *words.FEE_REQUEST_PATTERNS)),
                         ("data_request", "advance_payment"))
#: a fee by its name (:data:`~matching.words.FEE_WORDING_PATTERNS`), as one scam word
_FEE_WORDING = LazyPattern("|".join(words.FEE_WORDING_PATTERNS))
_NEGATION_RE = FamilyPattern(r"(?<![a-z-])(" + "|".join(re.escape(n) for n in words.NEGATIONS)
                             + r")(?![a-z])", ("negation",))
#: a return promise said as a warning (:func:`promise_withdrawn`): a negation or "without"
#: just before it, at most one word apart and no comma between ("we never promise guaranteed
#: returns", "no guarantee of returns", "sin rentabilidad garantizada"; not "no risk,
#: guaranteed returns"), or the languages that say it after ("getiri garanti edilmez",
#: "αποδόσεις δεν είναι εγγυημένες", "عوائد غير مضمونة")
_PROMISE_NEGATION = LazyPattern(
    r"(?<![a-z-])(" + "|".join(re.escape(n) for n in words.NEGATIONS) + r"|without|sin|ohne|"
    r"sans|senza|sem|zonder|bez|tanpa)(?![a-z])( [^\s.,;:!?|]+)? $")
_PROMISE_NEGATED_AFTER = LazyPattern(
    r"\b(den (einai )?eggyim|ghyr mdmwn|garanti (edilmez|edilemez|verilmez|degil)|"
    r"garantisi (yok|verilmez)|garantili degil)")
_PROMISE_RE = LazyPattern("|".join(words.RETURN_PROMISE_PATTERNS))


def _phrases(phrases: Iterable[str], *families: str) -> LazyPattern:
    return FamilyPattern("|".join(re.escape(native(p)) for p in sorted(phrases, key=len,
                                                                       reverse=True)),
                         families, "native")


def native(text: str | None) -> str:
    """Text as written, for phrases of other scripts: NFKC, case-folded, not transliterated,
    without the marks writers use or leave out at will (:func:`~matching.normalise.fold_script`:
    Arabic vowel marks and tatweel, Hebrew niqqud, Greek accents ...)."""
    return fold_script(text)


_NATIVE_FAN = _phrases(words.NATIVE_FAN_PHRASES, "fan")
_NOT_OFFICIAL = LazyPattern("|".join(words.NEGATED_OFFICIAL_PATTERNS))
_NATIVE_NOT_OFFICIAL = LazyPattern("|".join(words.NATIVE_NEGATED_OFFICIAL_PATTERNS))
_NATIVE_NOT_A_NAME = _phrases((*words.NATIVE_HELP_DESK_PHRASES, *words.NATIVE_POSE_PHRASES,
                               *words.NATIVE_DESK_NAME_WORDS), "help_desk", "official")
#: a help desk's name in Latin letters ("servicio al cliente", "kundenservice"), folded
_HELP_DESK_NAME = FamilyPattern("|".join(words.HELP_DESK_PATTERNS), ("help_desk",))
_NATIVE_SCAM = _phrases(words.NATIVE_SCAM_PHRASES, "scam", "soft_scam", "dm_invite")
_NATIVE_DATA = _phrases(words.NATIVE_DATA_PHRASES, "data_request", "advance_payment",
                        "account_alert")
_NATIVE_NEGATION = _phrases(words.NATIVE_NEGATIONS, "negation")
NATIVE_EMPLOYEE = _phrases(words.NATIVE_EMPLOYEE_PHRASES, "employee")


def _spaced_letter(c: str) -> bool:
    """A letter of a script that puts spaces between words (Arabic, Hebrew, Cyrillic, Greek,
    Indic ...), not of one that glues them (Thai, Lao, Khmer, Burmese, kana, CJK, Hangul)."""
    o = ord(c)
    unspaced = (0x0E00 <= o <= 0x0EFF or 0x1000 <= o <= 0x109F or 0x1780 <= o <= 0x17FF
                or 0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF
                or 0xF900 <= o <= 0xFAFF)
    return c.isalpha() and not c.isascii() and not unspaced


def typo_of(handle: str, declared: Iterable[str]) -> str | None:
    """The declared handle (of the same platform) that ``handle`` misspells by one letter:
    two letters swapped ("cabel" for "cable"), one replaced, added or left out, separators
    and case aside (``guranscabelcar`` for ``guranscablecar``). A company does not open its
    own account under a typo of the one it runs beside it; a typosquatter does. One country
    code for another (``brand_ie`` beside ``brand.de``) is another market's account."""
    def squash(h: str) -> str:
        return re.sub(r"[^a-z0-9]", "", h.lower().lstrip("@"))
    mine = squash(handle)
    if len(mine) < 6:
        return None
    for d in declared:
        theirs = squash(d)
        if not theirs or theirs == mine or OSA.distance(mine, theirs) != 1:
            continue
        if _another_market(handle, d):
            continue
        # a letter added or dropped at either end is a renaming ("nkbura" -> "hnkbura"),
        # a plural, a prefix: only one inside the name is a slip of the keyboard
        if len(mine) == len(theirs) or (mine[0] == theirs[0] and mine[-1] == theirs[-1]):
            return d
    return None


def _market_code(handle: str) -> str | None:
    """The country code a handle ends with as a word of its own (``brand.de``, ``brand_ie``)."""
    parts = re.split(r"[._\-]+", handle.lower().strip("@._-"))
    return parts[-1] if len(parts) > 1 and parts[-1] in words.COUNTRY_HANDLE_CODES else None


def _another_market(handle: str, declared: str) -> bool:
    """Both handles end with a country code of their own, and the codes differ
    (``brand_ie`` beside ``brand.de``): two markets' accounts, not a slip of the keyboard."""
    a, b = _market_code(handle), _market_code(declared)
    return a is not None and b is not None and a != b


def native_negated(text: str, start: int, end: int) -> bool:
    """A negation of another script shortly before or after ``text[start:end]`` (Japanese
    and Korean say it after: "暗証番号をお伺いすることはありません"). In a script that
    spaces its words a negation is a word of its own: "لن" inside "ابعتلنا" or starting
    "لنا" ("send us", "to us"),
    "لا " ending "أهلا " ("hello"), "לא " ending "מלא " ("fill in") or "не " ending
    "телефоне " negate nothing."""
    # before it, up to 40 letters back in its own clause ("Мы никогда не просим код из СМС
    # или пароль"); a comma or a sentence's end closes the clause
    clause = max((m.end() for m in _NATIVE_CLAUSE_END.finditer(text, max(0, start - 40),
                                                              start)),
                 default=max(0, start - 40))
    stop = _NATIVE_CLAUSE_END.search(text, end, end + 20)
    for lo, hi in ((min(max(0, start - 20), clause), start), (end, stop.start() if stop
                                                              else end + 20)):
        for m in _NATIVE_NEGATION.finditer(text, lo, min(hi, len(text))):
            at, to = m.start(), m.end()
            if at > 0 and _spaced_letter(text[at]) and _spaced_letter(text[at - 1]):
                continue
            if m.group(0) == "لن" and to < len(text) and _spaced_letter(text[to]):
                continue  # "لنا", "to us" ("ارسل لنا": "send us"), not "لن", "will not"
            return True
    return False


#: the end of a clause in any script: a comma, a full stop, the Devanagari danda, the
#: ideographic full stop and comma, the Arabic comma
_NATIVE_CLAUSE_END = LazyPattern(r"[,.;!?\n\u0964\u3001\u3002\uff0c\u060c]")


def native_negated_word(text: str | None, phrase: str) -> bool:
    """Every place the text as written says ``phrase`` (Latin letters inside another script:
    "OTP" in "हम कभी भी OTP या पासवर्ड नहीं मांगते") is negated in that script's words."""
    t = native(text)
    at = [m.start() for m in re.finditer(re.escape(phrase), t)]
    return bool(at) and all(native_negated(t, i, i + len(phrase)) for i in at)


def native_data_request(text: str | None) -> str | None:
    """A request for card, code or login data in another script, not said as a warning: in
    that script's words, nor (for the Latin letters these phrases share with every language,
    "CVV", "CVC", "OTP") in the words of a Latin-script one ("we never ask for your CVV",
    "nunca te pediremos el CVC", :func:`negated`)."""
    t = native(text)
    for m in _NATIVE_DATA.finditer(t):
        if native_negated(t, m.start(), m.end()):
            continue
        if m.group(0).isascii() and _latin_negated(text or "", m.group(0)):
            continue
        return m.group(0)
    return None


def _latin_negated(text: str, phrase: str) -> bool:
    """Every place the folded ``text`` says ``phrase`` (Latin letters) is negated."""
    folded = fold_text(text)
    at = [m.start() for m in re.finditer(re.escape(phrase), folded)]
    return bool(at) and all(negated(folded, i, i + len(phrase), text) for i in at)


#: words that fold to a negation of another language: the Albanian "në" (in, at) is the
#: Slavic "ne" once its diaeresis is gone ("shkruaj në Messenger" says where, not "not"); the
#: Vietnamese "mãi" of "khuyến mãi" (a promotion) is the Italian and Romanian "mai" (never)
_FALSE_NEGATIONS = LazyPattern(r"(?<![^\W\d_])(në|nē|nè|mãi|ma\u0303i)(?![^\W\d_])")
#: "no" as the abbreviation of "number", no negation: after a noun that takes a number
#: ("TC kimlik no", "account no.", "hesap no"), or before a figure ("No. 5", "nº 12")
_NUMBER_NO = LazyPattern(
    r"(?<![a-z])(kimlik|hesap|account|acct|card|kart|order|siparis|tel|phone|telefon|"
    r"passport|pasaport|ref|reference|referans|vergi|id|ticket|bilet|policy|police|invoice|"
    r"fatura|registration|kayit|booking|rezervasyon|iban|cep|musteri|customer)\.? no(?![a-z])"
    r"|(?<![a-z])no\.?:? ?#?\d"
    # the Portuguese "no", "in the", before a private channel or a shop's page ("chama no
    # privado", "no direct", "cartão no checkout")
    r"|(?<![a-z])no(?= (privado|direct|direto|inbox|pv|zap|whats\w*|checkout|carrinho|site|"
    r"app|link|perfil)(?![a-z]))")


def _blank_no(m: re.Match[str]) -> str:
    s = m.group(0)
    i = s.rfind("no") if m.group(1) else s.find("no")
    return s[:i] + "##" + s[i + 2:]


def _false_negations(text: str, raw: str | None) -> str:
    """``text`` (folded) with the words that only look like a negation blanked out: "no" as
    "number" (:data:`_NUMBER_NO`) and, when the text as written is given, the words of another
    language that folding made one (:data:`_FALSE_NEGATIONS`); the same length as ``text``, or
    ``text`` itself when the written form folds to another length."""
    text = _NUMBER_NO.sub(_blank_no, text)
    if raw is None or not _FALSE_NEGATIONS.search(raw.lower()):
        return text
    cleaned = fold_text(_FALSE_NEGATIONS.sub(lambda m: "@" * len(m.group(0)), raw.lower()))
    if len(cleaned) != len(text):
        return text
    return "".join("#" if c == "@" else t for c, t in zip(cleaned, text, strict=True))


def negated(text: str, start: int, end: int, raw: str | None = None) -> bool:
    """A negation word shortly before or after ``text[start:end]`` (folded text). After it,
    not "ne": the Slavic particle negates the verb it precedes. Never a word that only looks
    like one: "no" as "number" ("TC kimlik no ve IBAN", "account no. and card number"), or,
    given ``raw`` (the text as written), a word of another language that folds to a
    negation (the Albanian "në", "in": "dërgo në inbox kodin CVV" asks, it does not warn)."""
    text = _false_negations(text, raw)
    if _NEGATION_RE.search(text[max(0, start - 40):start]):
        return True
    return any(m.group(0) != "ne" for m in _NEGATION_RE.finditer(text[end:end + 25]))


def negated_clause(text: str, start: int, end: int, raw: str | None = None) -> bool:
    """A negation word anywhere in the sentence that holds ``text[start:end]`` (folded text),
    and only there: "We will never ask for your card number or password by DM" warns of the
    DM too, however far the "never"; "Order not arrived? DM us your order number" asks (the
    "not" is the question's). After the words, not "ne", as :func:`negated` reads it."""
    text = _false_negations(text, raw)
    cs = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    stop = _CLAUSE_END.search(text, end)
    after = text[end:stop.start() if stop else len(text)]
    return bool(_NEGATION_RE.search(text[cs:start])) or any(
        m.group(0) != "ne" for m in _NEGATION_RE.finditer(after))


_CLAUSE_END = re.compile(r"[.!?;\n](?=\s|$)")


def fee_warned(text: str, start: int, end: int, raw: str | None = None) -> bool:
    """The fee named at ``text[start:end]`` (folded) is said as a warning: a negation among
    the four words just before it, in its own clause ("we never charge a registration fee",
    "nous ne demandons jamais de frais de dossier", "kami tidak pernah memungut biaya
    pendaftaran"), and no sum after it there; not a "no" of another phrase before a comma,
    nor a fee with its sum ("No experience needed, registration fee 50 USD" asks it)."""
    head = _false_negations(text, raw)[:start]
    cut = max((m.end() for m in re.finditer(r"[,.;:!?\n]", head)), default=0)
    stop = re.search(r"[,.;:!?\n](?=\s|$)", text[end:])
    if _MONEY.search(text[end:end + (stop.start() if stop else len(text))]):
        return False
    return bool(_NEGATION_RE.search(" ".join(head[cut:].split()[-4:])))


_MONEY = LazyPattern(words.MONEY_AMOUNT)


def promise_withdrawn(text: str, start: int, end: int) -> bool:
    """The return promised at ``text[start:end]`` (folded) is said as a warning: a negation
    inside it ("returns are not guaranteed"), just before it ("no guaranteed returns", "we
    never promise guaranteed returns") or, as Turkish, Greek and Arabic say it, after the
    word for guaranteed ("garanti edilmez")."""
    return bool(_NEGATION_RE.search(text[start:end])
                or _PROMISE_NEGATION.search(text[max(0, start - 30):start])
                or _PROMISE_NEGATED_AFTER.search(text[max(0, start - 30):end + 25]))


def _text(s: str | None) -> str:
    """Folded text for wording checks: Turkish letters transliterated, lower case, Cyrillic
    read as the words it spells (:func:`~matching.normalise.fold_text`)."""
    return fold_text(s or "")


# ----------------------------------------------------------------------------- handles


def explain_edit(variant: str, source: str) -> str:
    """Levenshtein opcodes as sentences: ``'0' replaces 'o' at position 2``."""
    parts: list[str] = []
    for op in Levenshtein.opcodes(source, variant):
        if op.tag == "equal":
            continue
        a = source[op.src_start : op.src_end]
        b = variant[op.dest_start : op.dest_end]
        pos = op.src_start + 1
        if op.tag == "replace":
            parts.append(f"'{b}' replaces '{a}' at position {pos}")
        elif op.tag == "delete":
            parts.append(f"'{a}' is left out at position {pos}")
        else:
            parts.append(f"'{b}' is inserted at position {pos}")
        if len(parts) == 4:
            parts.append("...")
            break
    return "; ".join(parts)


#: letter pairs a reader takes for one letter in most fonts ("rn" for "m", "vv" for "w")
_CONFUSABLE_PAIRS = (("rn", "m"), ("vv", "w"))


def confusable_key(s: str) -> str:
    """``s`` (squashed) as a reader sees it: digits read as letters ('1' for 'i' or 'l', '0'
    for 'o'), 'l' and 'i' alike, "rn" as "m" and "vv" as "w"; two handles of one key differ
    only by look-alike letters, whatever the language (``denta1guayacan``, ``srovrneas``).

    >>> confusable_key("srovrneas") == confusable_key("srovmeas")
    True
    """
    key = plain_key(s)
    for pair, one in _CONFUSABLE_PAIRS:
        key = key.replace(pair, one)
    return key


def explain_family(variant: str, source: str) -> str:
    """Which variant family (see :mod:`matching.variants`) turns ``source`` into ``variant``."""
    v_plain, s_plain = squash(variant), squash(source)
    if v_plain == s_plain:
        if variant.lower() == source.lower():
            return "exact"
        if homoglyphs_used(variant):
            return "homoglyph"
        # "Northwind Coffee" written as the handle "northwindcoffee" is the name itself;
        # "north_wind_coffee" adds separators the name does not have.
        if _separator_count(variant) <= _separator_count(source):
            return "exact"
        return "separator"
    if homoglyphs_used(variant) or deleet(v_plain) == deleet(s_plain) or (
            confusable_key(v_plain) == confusable_key(s_plain)):
        return "homoglyph"
    core, affixes = peel_affixes(variant)
    if affixes and comparison_key(core) == comparison_key(source):
        scam = any(a in words.LURE_AFFIXES for a in affixes)
        return "affix_scam" if scam else "affix"
    if comparison_key(variant) == comparison_key(source):
        core_of_source, source_affixes = peel_affixes(source)
        if not affixes and source_affixes and v_plain == squash(core_of_source):
            # the name without its own last word ("suhail" of "Suhail Hadaya", whose
            # "hadaya" reads as an affix): a word left out, no letter disguised
            return "affix"
        return "homoglyph"
    lv, ls = len(v_plain), len(s_plain)
    ops = [o for o in Levenshtein.opcodes(s_plain, v_plain) if o.tag != "equal"]
    if lv == ls - 1 and len(ops) == 1:
        return "omission"
    if lv == ls + 1 and len(ops) == 1:
        o = ops[0]
        ins = v_plain[o.dest_start : o.dest_end]
        near = s_plain[max(o.src_start - 1, 0) : o.src_start + 1]
        return "repetition" if ins in near else "insertion"
    if lv == ls and len(ops) == 2 and sorted(v_plain) == sorted(s_plain):
        return "transposition"
    if lv == ls and len(ops) == 1 and ops[0].src_end - ops[0].src_start == 1:
        a = s_plain[ops[0].src_start]
        b = v_plain[ops[0].dest_start]
        if a in "aeiou" and b in "aeiou":
            return "vowel_swap"
        return "replacement"
    if lv == ls and len(ops) == 1:
        return "transposition" if sorted(v_plain) == sorted(s_plain) else "replacement"
    return "similar"


def handle_similarity(
    handle: str, targets: Mapping[str, str], cutoff: float = 80.0
) -> Evidence | None:
    """The handle compared with brand names and declared handles (``targets``: label -> text).

    Compares :func:`~matching.normalise.comparison_key` forms (homoglyphs, leetspeak, affixes
    undone), never ``utils.default_process`` which would erase ``_`` and ``.``.
    """
    if not handle or not targets:
        return None
    best = process.extractOne(
        handle, targets, scorer=fuzz.ratio, processor=comparison_key, score_cutoff=cutoff
    )
    if best is None:
        return None
    _, score, label = best
    return explain_handle(handle, targets[label], score / 100.0)


def _separator_count(s: str) -> int:
    return sum(1 for ch in s if not ch.isalnum())


def explain_handle(handle: str, target: str, score: float) -> Evidence:
    """Evidence sentence for a handle that matched ``target`` with ``score`` (0..1)."""
    family = explain_family(handle, target)
    shown = handle.lower()
    src = squash(target)
    if family == "exact":
        detail = f"handle '{shown}' is the name '{target}' itself; similarity {score:.2f}"
        return Evidence(SignalName.HANDLE_SIMILARITY, round(score, 3), detail)
    elif family in ("affix", "affix_scam"):
        _, affixes = peel_affixes(handle)
        how = "adds " + ", ".join(f"'{a}'" for a in affixes)
    elif family == "separator":
        how = "only adds separators"
    else:
        how = explain_edit(plain_key(handle) if family == "homoglyph" else squash(handle), src)
        if family == "homoglyph":
            glyphs = homoglyphs_used(handle)
            edits = explain_edit(squash(handle), src)
            how = edits or how
            if glyphs:
                how = ", ".join(f"'{c}' (U+{ord(c):04X}) imitates '{t}'" for c, t in glyphs)
    detail = f"handle '{shown}' resembles '{src}' ({family}): {how}; similarity {score:.2f}"
    return Evidence(SignalName.HANDLE_SIMILARITY, round(score, 3), detail)


# ----------------------------------------------------------------------------- names & bios


_AFFIX_SET = frozenset(AFFIXES)


@lru_cache(maxsize=200_000)
def name_tokens(s: str | None) -> str:
    """Folded, de-leeted, space-joined words: what token scorers compare.

    Affix words (``official``, ``fans``) are left out unless nothing else is left. Cached:
    ``classify`` calls it once per display name, and names repeat across platforms.
    """
    if s and s.isascii() and s.isalnum():  # one plain word ("Kabodu1234"): tokens is [lower]
        word = s.lower()
        d = deleet(word)
        return word if d in _AFFIX_SET else d
    if s and any(not _spaced_letter(c) and c.isalpha() and not c.isascii() for c in s):
        # a script that glues its words ("呷茶客服中心": the brand, then "customer service"):
        # a help desk's or a claim's words are set apart, as spaces set "Brand Support" apart
        s = _NATIVE_NOT_A_NAME.sub(" ", native(s))
    words = tokens(s or "")
    kept = [d for d in map(deleet, words) if d not in _AFFIX_SET]
    return " ".join(kept) or " ".join(words)


def display_name_similarity(
    display_name: str | None, brand_names: Mapping[str, str], cutoff: float = 85.0
) -> Evidence | None:
    """Display name vs brand names, token-based after skeletons; homoglyph use is flagged.

    ``token_set_ratio``: "Northwind Coffee Rewards" contains the whole brand name "Northwind
    Coffee"; single-word aliases are where namesakes live, so ``classify`` weighs them down.
    """
    if not display_name or not brand_names:
        return None
    best = process.extractOne(
        display_name,
        brand_names,
        scorer=fuzz.token_sort_ratio,
        processor=name_tokens,
        score_cutoff=cutoff,
    )
    if best is None:
        return None
    _, score, label = best
    return explain_name(display_name, brand_names[label], score / 100.0)


def disguised_words(name: str, brand_keys: Iterable[str],
                    own_scripts: Iterable[str] = ()) -> str:
    """The words of a display name that use look-alike letters as a disguise, joined by
    spaces: a word mixing scripts ("Aеgеas" with Cyrillic е, "Ақбoта" with a Latin o), a
    word of Latin letters with a look-alike among them ("Nɑrthwind"), or a whole word of
    look-alikes in a script the brand does not write its names in that spells a brand word
    ("Ｎｏｒｔｈｗｉｎｄ", Cyrillic "Техас" for a Latin "Texac"). A word written wholly in a
    script of the brand's own names and aliases (``own_scripts``: Cyrillic for "Ақбота
    Қаржы", Greek for "Αιγαίας") is the brand's own spelling, no imitation; so is a word in
    its own script that spells no brand word ("Φίλοι της Aegeas")."""
    own = frozenset(own_scripts) - {"LATIN"}
    keys = tuple(brand_keys)
    out = []
    for w in re.split(r"[\W_]+", name or ""):
        glyphs = homoglyphs_used(w)
        if not glyphs:
            continue
        letters = [c for c in w if c.isalpha()]
        scripts = scripts_of(w)
        if len(scripts) > 1 or any(c.isascii() for c in letters):
            out.append(w)
            continue
        if scripts and scripts <= own:
            continue
        proto = "".join(dict(glyphs).get(c, c) for c in w if c.isalnum())
        if len(proto) >= 4 and proto.isascii() and any(proto.lower() in k for k in keys):
            out.append(w)
    return " ".join(out)


def explain_name(display_name: str, brand_name: str, score: float,
                 disguised: str | None = None) -> Evidence:
    """The display-name match; ``disguised`` (default: :func:`disguised_words` against the
    brand name and its scripts) is where look-alike letters are listed from: a name written
    in the brand's own script lists none."""
    if disguised is None:
        disguised = disguised_words(display_name, (plain_key(brand_name),),
                                    scripts_of(brand_name))
    glyphs = homoglyphs_used(disguised)
    extra = ""
    if glyphs:
        extra = "; look-alike letters: " + ", ".join(
            f"'{c}' (U+{ord(c):04X}) imitates '{t}'" for c, t in glyphs
        )
    detail = f"display name '{display_name}' matches brand name '{brand_name}' ({score:.2f}){extra}"
    return Evidence(SignalName.DISPLAY_NAME_SIMILARITY, round(score, 3), detail)


def homoglyph_use(text: str | None, brand_keys: Iterable[str] = ()) -> Evidence | None:
    """Look-alike letters from another script; with ``brand_keys``, only when they spell one."""
    if not text:
        return None
    glyphs = homoglyphs_used(text)
    if not glyphs:
        return None
    keys = set(brand_keys)
    if keys and not any(k and k in comparison_key(text) for k in keys):
        return None
    listed = ", ".join(f"'{c}' (U+{ord(c):04X}) imitates '{t}'" for c, t in glyphs)
    return Evidence(SignalName.HOMOGLYPHS, True, f"'{text}' uses look-alike letters: {listed}")


def bio_similarity(
    bio: str | None, official_bios: Mapping[str, str], cutoff: float = 70.0
) -> Evidence | None:
    """A bio copied from an official account (``official_bios``: 'platform:handle' -> bio)."""
    if not bio or len(bio.strip()) < 12 or not official_bios:
        return None
    best = process.extractOne(
        bio, official_bios, scorer=fuzz.token_set_ratio, processor=_text, score_cutoff=cutoff
    )
    if best is None:
        return None
    _, score, label = best
    if fuzz.token_sort_ratio(_text(bio), _text(official_bios[label])) < 60:
        return None
    return Evidence(
        SignalName.BIO_COPY,
        round(score / 100.0, 3),
        f"bio is {score:.0f}% similar to the bio of official account {label}",
    )


# ----------------------------------------------------------------------------- avatar


def phash_distance(a: str, b: str) -> int | None:
    """Hamming distance of two phash hex strings (None when either is unusable)."""
    try:
        return (int(a, 16) ^ int(b, 16)).bit_count()
    except (TypeError, ValueError):
        return None


def avatar_similarity(
    phash: str | None, official: Mapping[str, str], max_distance: int = 10
) -> Evidence | None:
    """The avatar's perceptual hash within ``max_distance`` bits of an official avatar's."""
    if not phash or not official:
        return None
    best: tuple[int, str] | None = None
    for label, other in official.items():
        d = phash_distance(phash, other)
        if d is not None and d <= max_distance and (best is None or d < best[0]):
            best = (d, label)
    if best is None:
        return None
    return explain_avatar(best[0], best[1])


def explain_avatar(distance: int, label: str, share: float | None = None) -> Evidence:
    """``share``: the copy is of a central crop of the official avatar keeping that share of
    its side (below 1: the logo cut to its centre), or of the avatar with a margin added
    around it (above 1: the copy's side over the avatar's)."""
    cropped = ""
    if share is not None and share < 1:
        cropped = f", cropped to its centre ({round(share * 100)} % of its side)"
    elif share is not None:
        cropped = f", with a margin added around it (it fills {round(100 / share)} % of the side)"
    return Evidence(
        SignalName.AVATAR_MATCH,
        distance,
        f"avatar is a copy of the avatar of official account {label}{cropped} "
        f"(perceptual hash differs in {distance} of 64 bits)",
    )


# ----------------------------------------------------------------------------- links & domains

_DOMAIN_IN_TEXT = LazyPattern(
    r"(?:https?://)?(?<![@\w.-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})(?:/\S*)?",
    re.IGNORECASE,
)


def domains_in_text(text: str | None) -> list[str]:
    """Domain-like words of a bio ("claim at northwind-coffee-rewards.com"): links but for a tag."""
    if not text or "." not in text:
        return []
    out = []
    for m in _DOMAIN_IN_TEXT.finditer(text):
        d = m.group(1).lower()
        if registered_domain(d) and "." in d and d not in out:
            out.append(d)
    return out


@lru_cache(maxsize=100_000)
def _domain_label(domain: str) -> str:
    label = domain.split(".", 1)[0]
    return label


def classify_domain(
    url: str, official_domains: frozenset[str], brand_keys: tuple[str, ...], cutoff: float = 80.0
) -> tuple[str, str, str]:
    """('official' | 'lookalike' | 'other', registered domain, why) for one link."""
    dom = registered_domain(url)
    if not dom:
        return "other", "", ""
    if dom in official_domains:
        return "official", dom, "an official domain"
    return _lookalike(dom, official_domains, brand_keys, cutoff)


@lru_cache(maxsize=64)
def _official_labels(official_domains: frozenset[str]) -> dict[str, str]:
    """comparison key of each official domain's label -> domain, longest key first.

    Ordered, not set-ordered: a lookalike that contains two official names
    (``ritorwin-chocolate-rewards.com`` holds ``ritorwinchocolate`` and ``torwinchocolate``)
    must name the longer, more specific one on every run, whatever the string hash seed.
    """
    labels: dict[str, str] = {}
    for d in sorted(official_domains):
        labels.setdefault(comparison_key(_domain_label(d)), d)
    return dict(sorted(labels.items(), key=lambda kv: (-len(kv[0]), kv[0])))


@lru_cache(maxsize=200_000)
def _lookalike(
    dom: str, official_domains: frozenset[str], brand_keys: tuple[str, ...], cutoff: float
) -> tuple[str, str, str]:
    """A registered domain that imitates an official one or a brand name.

    ``brand_keys`` are comparison keys of full brand names; an entry written ``=key`` is a
    single-word alias ("Celeste"), too common to look for inside other names, which makes a
    lookalike only as the whole name plus a lure or pose word (``celeste-soporte.es``).
    """
    label = _domain_label(dom)
    key = comparison_key(label)
    plain = plain_key(label)
    official_labels = _official_labels(official_domains)
    for k, d in official_labels.items():
        if len(k) >= 5 and (k in plain or k == key):
            return "lookalike", dom, f"contains the official domain name '{_domain_label(d)}'"
        if len(k) >= 5 and confusable_key(label) == confusable_key(_domain_label(d)):
            # "rn" for "m", "vv" for "w": one letter read as two scores low on a ratio
            return "lookalike", dom, (f"spells the official domain name '{_domain_label(d)}' "
                                      "with look-alike letters")
    aliases = {k[1:] for k in brand_keys if k.startswith("=")}
    brand_keys = tuple(k for k in brand_keys if not k.startswith("="))
    if key in aliases:
        lures = [a for a in peel_affixes(label)[1]
                 if a in words.LURE_AFFIXES or a in words.POSE_AFFIXES]
        if lures:
            return "lookalike", dom, f"is the brand name '{key}' with '{lures[0]}'"
    for k in brand_keys:
        if len(k) >= 6 and k in plain:
            return "lookalike", dom, f"contains the brand name '{k}'"
    choices = list(official_labels) + [k for k in brand_keys if len(k) >= 6]
    if choices:
        best = process.extractOne(
            key, choices, scorer=fuzz.ratio, processor=None, score_cutoff=cutoff
        )
        if best is not None:
            return "lookalike", dom, f"resembles '{best[0]}' ({best[1]:.0f}%)"
    return "other", dom, ""


def external_link_domain(
    links: Sequence[str],
    official_domains: Iterable[str],
    brand_keys: Iterable[str] = (),
    cutoff: float = 80.0,
) -> Evidence | None:
    """Links to an official domain (value 'official') or to a lookalike of one ('lookalike').

    ``northwind-coffee-rewards.com`` and ``northwindcoffee-tr.com`` are lookalikes of
    ``northwindcoffee.com``; a lookalike outranks an official link in the answer because it is
    the one a reviewer must act on.
    """
    offs = _official_set(official_domains)
    keys = tuple(sorted(set(brand_keys)))
    found: dict[str, tuple[str, str]] = {}
    for url in links:
        kind, dom, why = classify_domain(url, offs, keys, cutoff)
        if kind != "other":
            found.setdefault(kind, (dom, why))
    if "lookalike" in found:
        dom, why = found["lookalike"]
        return Evidence(SignalName.LOOKALIKE_LINK, dom,
                        f"links to {dom}, a lookalike domain that {why}")
    if "official" in found:
        dom, _ = found["official"]
        return Evidence(SignalName.OFFICIAL_LINK, dom, f"links to the official domain {dom}")
    return None


_SCAM_ALERT = LazyPattern(words.SCAM_WARNING_WORDS)
#: the same in scripts written without spaces (Chinese, Japanese, Thai ...), as written
_NATIVE_SCAM_ALERT = LazyPattern("|".join(re.escape(native(w))
                                          for w in words.NATIVE_SCAM_WARNING_WORDS))


def scam_warning(text: str | None) -> str | None:
    """The words with which a page warns of a scam ("Alert: fake ... jobs", "Attention aux
    arnaques", "мошенники"), or None: a consumer body's alert, a news report, an NGO bulletin.
    The crawl visits such a search result; matching counts it against a walled page it links."""
    m = _SCAM_ALERT.search(fold_text(text or ""))
    if m:
        return _as_written(text or "", m.group(0))
    m = _NATIVE_SCAM_ALERT.search(native(text))
    return m.group(0) if m else None


def _as_written(text: str, folded: str) -> str:
    """The words of ``text`` that fold to ``folded`` ("احذروا" for "hdhrw", "Lažne" for
    "lazne"), for a reason a reader of the page's language recognises; ``folded`` itself when
    folding joined or split them otherwise."""
    want = folded.split()
    shown = text.split()
    for i in range(len(shown) - len(want) + 1):
        got = [fold_text(w) for w in shown[i:i + len(want)]]
        if all(w in g for w, g in zip(want, got, strict=True)):
            return " ".join(shown[i:i + len(want)]).strip(".,:;!?\"'()«»„“”")
    return folded


def suspicious_site(
    url: str,
    text: str,
    official_domains: Iterable[str],
    brand_keys: Iterable[str] = (),
    brand_names: Iterable[str] = (),
    cutoff: float = 80.0,
) -> str | None:
    """Why a web search result that is no profile is worth one visit, or None.

    Scam sites rarely link from a profile the crawl already knows: they sit in search results
    for the brand ("Maison Velours – Jeu concours" on ``velours-cadeaux.com``) and link the
    ring's profiles from their footer. A result is worth fetching when its domain is a
    lookalike of an official domain or brand name, or when its title and snippet name the
    brand in full and use scam wording or warn of a scam (an alert that links the scam's walled
    pages). Official domains never are (the websites path reads them).
    """
    kind, dom, why = classify_domain(url, _official_set(official_domains),
                                     tuple(sorted(set(brand_keys))), cutoff)
    if kind == "official" or not dom:
        return None
    if kind == "lookalike":
        return f"{dom}, a lookalike domain that {why}"
    plain = plain_key(text or "")
    named = [n for n in brand_names if len(tokens(n)) > 1 and plain_key(n) in plain]
    scam = scam_wording(text)
    if named and scam is not None:
        return f"{dom}: its search result names '{named[0]}' and {scam.detail}"
    warning = scam_warning(text)
    if warning is not None:
        # a consumer body's alert, a news report, an NGO bulletin: the page names the scam's
        # profiles to warn of them, and nothing else leads a crawl to a walled one it links.
        # The crawl reads only results of searches for the brand's names, so the engine found
        # the name on the page even when its title ("fake cruise jobs") does not repeat it
        return (f"{dom}: a search for the brand lists it and it warns of a scam "
                f"('{warning}')")
    word = _borrowed_word(dom, named, brand_names) if named else None
    if word is not None:
        return (f"{dom}: a domain made of the brand's word '{word}' and others, whose search "
                f"result names '{named[0]}' in full")
    return None


def _borrowed_word(dom: str, named: Sequence[str], brand_names: Iterable[str]) -> str | None:
    """A word of a brand name the result names in full (five letters or more) inside the
    domain's label beside other letters, or a short name of the brand (its initials, "MCX")
    as a word of the label: ``<word>-careers.net``, ``<initials>-tracking.net``."""
    first = dom.split(".", 1)[0]
    label = plain_key(first)
    for n in named:
        for w in tokens(n):
            k = plain_key(w)
            if len(k) >= 5 and k in label and k != label:
                return w
    parts = {plain_key(x) for x in re.split(r"[^a-z0-9]+", fold(first)) if x}
    if len(parts) < 2:
        return None
    return next((n for n in brand_names if len(tokens(n)) == 1
                 and 3 <= len(plain_key(n)) <= 4 and plain_key(n) in parts), None)


def initialled(name: str | None, label: str) -> bool:
    """The domain label (or handle) ``label`` is the name with its own words cut to their
    initials and the words the label spells kept whole, in their order: "Smučarski klub
    Kozorog" and ``skkozorog``, the usual domain or handle of a club or an association named
    after a word (SK, PD, FC, KUD ...: ``sk-kozorog.si``). Two words or more must be cut and
    one kept: a brand word beside a single letter says nothing of its own."""
    out, cut, kept = [], 0, 0
    for w in tokens(name or ""):
        k = plain_key(w)
        if len(k) >= 4 and k in label:
            out.append(k)
            kept += 1
        elif k:
            out.append(k[0])
            cut += 1
    return cut >= 2 and kept > 0 and "".join(out) == label


def reordered(name: str | None, label: str) -> bool:
    """The domain label (or handle) ``label`` is spelled by two or more of the name's words,
    each used once, in any order: "Guesthouse Quillmark, Racha" and ``quillmark-guesthouse``,
    "Hotel Quillmark" and ``quillmarkhotel``; a business writes its trade before or after its
    name as its language or its domain registrar's taste goes."""
    keys = {k for k in (plain_key(w) for w in tokens(name or "")) if len(k) >= 2}

    def spell(rest: str, left: frozenset[str], used: int) -> bool:
        if not rest:
            return used >= 2
        return any(rest.startswith(k) and spell(rest[len(k):], left - {k}, used + 1)
                   for k in left)
    return bool(label) and len(keys) <= 8 and spell(label, frozenset(keys), 0)


_TITLE_SEP = LazyPattern(r"\s+[-–—|·:]\s+|\s*[|·]\s*")


def namesake_site(
    dom: str, why: str, pages: Sequence[LinkedPage], brand_names: Iterable[str]
) -> Evidence | None:
    """A domain that only *contains* the brand's word is another business's own site when
    its page, fetched, names itself as the domain does and neither names the brand in full
    nor lures (``rheinhafengrill.de`` titled "Rheinhafen Grill" next to the insurer
    ``rheinhafen.de``; ``celeste-panaderia.es`` titled "Panadería Celeste").

    A lookalike set up to deceive wears the brand's full name ("Maison Velours SAV"), a lure
    word (``-rewards``, ``-cadeaux``, caught before this, see :func:`_lookalike`), a typo of
    the official name, or scam wording; a town's grill, bakery or festival named after the
    same place or word does none of that. Unfetched pages prove nothing: only a page the
    crawl read can clear a domain.
    """
    if not why.startswith("contains"):
        return None
    label = plain_key(_domain_label(dom))
    # a brand name the domain itself spells is the word it shares, not a claim: the page of
    # "<trade> <word>" on ``<trade><word>.vn`` names itself; the brand's *other* full names
    # (its legal or longer name) on the page are a claim
    full = [k for k in (plain_key(n) for n in brand_names if len(tokens(n)) > 1)
            if k and k not in label]
    for page in pages:
        if page.refused or not page.title or (page.http_status or 200) >= 400:
            continue
        if registered_domain(page.final_url or page.url) != dom:
            continue
        title = plain_key(page.title)
        # the page's own name: the title's head, before a tagline ("El X – cocina de ...")
        head = plain_key(_TITLE_SEP.split(page.title, maxsplit=1)[0])
        # the title names what the domain names, perhaps in a shorter form ("Lynglia gard"
        # on lyngliagarden.no), with a word of its own beside the brand's
        same = label in title or (
            len(title) >= 5 and title in label
            and someone_else(page.title, brand_names) is not None) or (
            len(head) >= 5 and head in label and someone_else(head, brand_names) is not None
        ) or (
            # the place or trade in the domain with a case ending on the page ("<word>-ciems"
            # titled "... <Word> Ciemā"): the same name, inflected, beside a word of its own
            len(label) >= 10 and label[:-2] in title
            and someone_else(page.title, brand_names) is not None
        ) or initialled(_TITLE_SEP.split(page.title, maxsplit=1)[0], label) or (
            # its words in another order ("Guesthouse <Word>" on ``<word>-guesthouse.ge``)
            reordered(page.title, label) and someone_else(page.title, brand_names) is not None
        )
        if not same or any(f in title for f in full):
            continue
        if scam_wording(page.title) is not None:
            continue
        return Evidence(
            SignalName.NAMESAKE,
            dom,
            f"links to {dom}, whose name contains the brand's word but whose page "
            f"'{page.title}' is another business's own site: it names itself as its domain "
            "does, not with the brand's full name, and shows no lure or scam wording",
        )
    return None


def pages_claim_nothing(dom: str, pages: Sequence[LinkedPage],
                        brand_names: Iterable[str]) -> bool:
    """No read page of ``dom`` names the brand in full (a name of several words the domain
    does not itself spell), is titled with nothing but the brand's name, or uses scam wording
    in its title: what the page says leaves the domain's name to speak (none read: nothing
    said)."""
    label = plain_key(_domain_label(dom))
    full = [k for k in (plain_key(n) for n in brand_names if len(tokens(n)) > 1)
            if k and k not in label]
    for page in pages:
        title = page.title or ""
        head = _TITLE_SEP.split(title, maxsplit=1)[0]
        # a title (or its head) that is nothing but the brand's name presents the page as it
        if (any(f in plain_key(title) for f in full) or scam_wording(title) is not None
                or someone_else(head, brand_names) is None):
            return False
    return True


def own_named_site(
    dom: str, why: str, handle: str, display_name: str | None, brand_names: Iterable[str]
) -> Evidence | None:
    """A domain that only *contains* the brand's word is the profile's own website when it is
    named as the profile itself is, and that name is someone else's: a brand word plus words
    of their own, none of them a lure or a claim of authority (``zuraw-dzwigi.pl`` of
    "Żuraw Dźwigi Sp. j.", a crane-rental firm; ``marcogallerani.com`` of the photographer
    Marco Gallerani).

    A lookalike set up to deceive is named after the brand with a lure (``-premi``,
    ``-pomoc``), or is the brand's own name on another suffix (``pasarkilat.co``), and the
    profile that links it wears the brand's name alone ("PasarKilat", "ŻurawBox").
    """
    if not why.startswith("contains") or not display_name:
        return None
    label = plain_key(_domain_label(dom))
    own = {plain_key(handle), plain_key(display_name)}
    named = len(label) >= 5 and (any(label in o or (len(o) >= 5 and o in label) for o in own)
                                 or initialled(display_name, label)
                                 or same_trade_word(display_name, label, brand_names))
    practice = not named and len(label) >= 5 and persons_practice(display_name, label,
                                                                  brand_names)
    if not (named or practice):
        return None
    if someone_else(display_name, brand_names) is None:
        return None
    lures = words.LURE_AFFIXES | words.POSE_AFFIXES
    if any(a in lures for a in peel_affixes(_domain_label(dom))[1]) or any(
            w in lures for w in tokens(f"{handle} {display_name}")):
        return None
    if practice:
        return Evidence(
            SignalName.NAMESAKE,
            dom,
            f"links to {dom}, the practice of the person it names ('{display_name}'): the "
            "domain is a practice's word beside her surname, which is the brand's word",
        )
    return Evidence(
        SignalName.NAMESAKE,
        dom,
        f"links to {dom}, its own website named as the profile is ('{display_name}'): the "
        "domain only contains the brand's word, beside a name of its own",
    )


def persons_practice(display_name: str | None, label: str, brand_names: Iterable[str]) -> bool:
    """A person named as the brand is, and her practice's domain: the display name ends in the
    brand's one word as a surname, after a title or a given name of her own ("Dr. Anna
    Quillmark", "Dra. Quillmark", "Dr. Quillmark DDS": the letters of a degree after it), and
    the domain label is that word beside the word for a
    practice or an office (``praxis-quillmark``, ``clinica-quillmark``, ``quillmarklaw``:
    :data:`~matching.words.PRACTICE_LABEL_WORDS`) that none of the brand's names uses (a
    clinic's brand has its clinic lookalikes)."""
    said = tokens(display_name or "")
    while said and fold_text(said[-1]) in words.PERSON_CREDENTIAL_WORDS:
        said = said[:-1]  # "Dr. Ken Quillmark DDS"
    titled = any(fold_text(w) in words.PERSON_TITLE_WORDS for w in said[:-1])
    if len(said) < 2 or not (titled or someone_else(display_name, brand_names)):
        return False
    surname = plain_key(said[-1])
    names = {plain_key(n) for n in brand_names if len(tokens(n)) == 1}
    theirs = {plain_key(w) for n in brand_names for w in tokens(n)}
    if surname not in names or any(plain_key(w) in names for w in said[:-1]):
        return False
    rest = label.replace(surname, "", 1) if surname in label else None
    return bool(rest) and rest in _PRACTICE_KEYS and rest not in theirs


#: :data:`~matching.words.PRACTICE_LABEL_WORDS` as domain labels are compared (``plain_key``)
_PRACTICE_KEYS = frozenset(plain_key(w) for w in words.PRACTICE_LABEL_WORDS)


def same_trade_word(display_name: str | None, label: str, brand_names: Iterable[str]) -> bool:
    """The domain label is the brand's word and the name's own word in another form of it
    (its stem, a plural, a compound): "Almklang Alpakahof" and ``almklang-alpakas``, "Quillmark
    Bäckerei" and ``quillmark-backwaren``, "Rheinhafen Ferienwohnungen" and
    ``rheinhafen-ferienhaus``. A business writes its trade in its name one way and in its
    domain another; both share the word's first letters (five at least, most of the shorter
    word). The rest of the label may be no lure word (``-rewards``, ``-hediye``)."""
    other = someone_else(display_name, brand_names)
    if not other:
        return False
    keys = sorted({k for n in brand_names for k in (plain_key(n), *map(plain_key, tokens(n)))
                   if len(k) >= 3 and k in label}, key=len, reverse=True)
    if not keys:
        return False
    rest = label.replace(keys[0], "", 1)
    lures = words.LURE_AFFIXES | words.POSE_AFFIXES
    if len(rest) < 5 or any(rest.startswith(a) for a in lures if len(a) >= 4):
        return False
    for w in tokens(other):
        k = plain_key(w)
        n = next((i for i, (a, b) in enumerate(zip(k, rest, strict=False)) if a != b),
                 min(len(k), len(rest)))
        if n >= 5 and n * 5 >= 3 * min(len(k), len(rest)):
            return True
    return False


def someone_else(display_name: str | None, brand_names: Iterable[str]) -> str | None:
    """The words of a display name that are neither the brand's (its names and aliases), nor
    affixes (official, support, a country code), nor numbers: what makes "Gallerani Quartet"
    or "Luca Gallerani" someone other than "Gallerani". None when nothing is left: the name
    presents itself as the brand."""
    if not display_name:
        return None
    # a help desk's or a claim's words of another script are no one's name ("ชบา ฝ่ายบริการลูกค้า")
    display_name = _NATIVE_NOT_A_NAME.sub(" ", native(display_name))
    # nor are a help desk's words in Latin letters ("Servicio al Cliente <Brand>", "<Brand>
    # Müşteri Hizmetleri", "Customer Care"): the name presents the brand's own service
    folded = fold_text(display_name)
    if _HELP_DESK_NAME.search(folded):
        display_name = _HELP_DESK_NAME.sub(" ", folded)
    # the brand's names as the name was read: in native spelling ("السدرة" as "السدره") too
    names = {m for n in brand_names for m in (n, native(n))}
    brand = {plain_key(n) for n in names}
    brand |= {plain_key(w) for n in names for w in tokens(n)}
    affixes = set(AFFIXES) | words.LURE_AFFIXES | words.POSE_AFFIXES
    rest = []
    for w in tokens(display_name):
        k = plain_key(w)
        if len(k) <= 1 or k.isdigit() or k in brand or w in affixes:
            continue
        if comparison_key(w) in brand or any(len(k) >= 4 and k in b for b in brand):
            continue
        rest.append(w)
    said = {plain_key(w) for w in rest}
    rest += [w for w in _other_native_words(display_name, names) if plain_key(w) not in said]
    return " ".join(rest) or None


def _other_native_words(display_name: str, names: Iterable[str]) -> list[str]:
    """Words of ``display_name`` written in a script the brand writes its own name in, that
    are not that name: another name of the same sound ("兰峰", a person's, where the brand is
    "岚锋"; both fold to "lanfeng"). Folding transliterates them alike; as written they
    differ. A script the brand has no name in is read folded, as before."""
    own: dict[str, list[str]] = {}
    for n in names:
        for sc in scripts_of(n) - {"LATIN"}:
            own.setdefault(sc, []).append(native(n))
    out = []
    for w in re.findall(r"\w+", display_name):
        written = scripts_of(w)
        if len(written) != 1 or next(iter(written)) not in own:
            continue
        nw = native(w)
        if not any(nw in n or n in nw for n in own[next(iter(written))]):
            out.append(w)
    return out


def lookalike_linked_page(
    pages: Sequence[LinkedPage],
    official_domains: Iterable[str],
    brand_keys: Iterable[str] = (),
    cutoff: float = 80.0,
) -> Evidence | None:
    """A page harvested one hop from the profile that lives on (or redirects to) a lookalike."""
    offs = frozenset(registered_domain(d) or d for d in official_domains)
    keys = tuple(sorted(set(brand_keys)))
    for page in pages:
        for url in filter(None, (page.final_url, page.url)):
            kind, dom, why = classify_domain(url, offs, keys, cutoff)
            if kind != "lookalike":
                continue
            if page.refused:
                # not fetched (a refused redirect, a limit): where it leads is still evidence
                return Evidence(
                    SignalName.LOOKALIKE_PAGE,
                    dom,
                    f"its link {page.url} leads to {dom}, a lookalike domain that {why} "
                    f"(not fetched: {page.refused})",
                )
            title = f" titled '{page.title}'" if page.title else ""
            return Evidence(
                SignalName.LOOKALIKE_PAGE,
                dom,
                f"its link {page.url} leads to a page{title} on {dom}, a lookalike "
                f"domain that {why}",
            )
    return None


#: a refusal of the SSRF guard (``crawler.netguard``) because of where the link leads, as the
#: crawler words it: ``refused: loopback address 127.0.0.1 (redirected to http://...)``,
#: ``refused: localhost resolves to a loopback address 127.0.0.1``. Scheme refusals, robots.txt
#: and failed fetches are not about the link's target and say nothing of intent.
_REFUSED_ADDRESS = LazyPattern(
    r"^refused:(?!\s*not an IP)\s*(?P<why>[^()]*?\baddress\b[^()]*?)\s*"
    r"(?:\(redirected to (?P<to>[^)\s]+)\))?\s*$"
)
_TRAILING_ADDRESS = LazyPattern(r"\s+\[?[0-9a-fA-F.:]+\]?$")


def link_refused(pages: Sequence[LinkedPage]) -> Evidence | None:
    """Profile links that lead into a private network (loopback, link-local such as the cloud
    metadata address, private ranges), which brandsweep's SSRF guard refused to follow.

    A public page has no reason to send its visitors to 127.0.0.1: it is a trap for scanners,
    or a scam kit hiding its real page from them. Either way the reviewer must see it, with
    where the link led::

        its link https://quillmark-rewards.com/claim redirects to http://127.0.0.1:8080/admin;
        brandsweep refused to follow it (loopback address)

    Several such links make one Evidence (redirects first, then by URL: the same sentence
    whatever order the crawl met them in); ``value`` is the first one's target.
    """
    found: list[tuple[bool, str, str, str]] = []  # (not a redirect, url, target, sentence)
    for page in pages:
        m = _REFUSED_ADDRESS.match(page.refused or "")
        if m is None:
            continue
        why = m.group("why").strip()
        kind = _TRAILING_ADDRESS.sub("", why) or why
        to = m.group("to") or page.final_url
        if to and to != page.url:
            sentence = (f"its link {page.url} redirects to {to}; brandsweep refused to follow "
                        f"it ({kind})")
        else:
            sentence = (f"its link {page.url} points into a private network ({why}); "
                        "brandsweep refused to fetch it")
        found.append((not (to and to != page.url), page.url, to or page.url, sentence))
    if not found:
        return None
    found = sorted(set(found))
    return Evidence(SignalName.LINK_REFUSED, found[0][2], "; ".join(f[3] for f in found))


def _official_set(domains: Iterable[str]) -> frozenset[str]:
    key = domains if isinstance(domains, frozenset) else frozenset(domains)
    return _official_set_cached(key)


@lru_cache(maxsize=64)
def _official_set_cached(domains: frozenset[str]) -> frozenset[str]:
    return frozenset(registered_domain(d) or d for d in domains)


def linked_from_official_site(
    sightings: Sequence[Sighting], official_domains: Iterable[str]
) -> Evidence | None:
    """A sighting via the official website whose source page is on an official domain."""
    offs = _official_set(official_domains)
    for s in sightings:
        if s.via == Via.OFFICIAL_SITE and registered_domain(s.source) in offs:
            return Evidence(
                SignalName.OFFICIAL_SITE_LINK, s.source,
                f"linked from the official website page {s.source}",
            )
    return None


_FAKE_MARK = LazyPattern(words.FAKE_MARK_WORDS)
_NATIVE_FAKE_MARK = LazyPattern("|".join(re.escape(native(w))
                                         for w in words.NATIVE_FAKE_MARK_WORDS))


def fake_mark(text: str | None) -> str | None:
    """The words with which a link's text calls what it links a fake ("(FALSO)", "(fake)",
    "（假冒）", "not ours"), as written, or None."""
    m = _FAKE_MARK.search(fold_text(text or ""))
    if m:
        return _as_written(text or "", m.group(0))
    m = _NATIVE_FAKE_MARK.search(native(text))
    return m.group(0) if m else None


def disowned_by_official_site(
    sightings: Sequence[Sighting], official_domains: Iterable[str]
) -> tuple[str, str] | None:
    """(page, its words): a page of the official website links the profile under a text that
    calls it a fake ("Casting <Brand> (FALSO)", "<Brand> Giveaway (fake)"), or in a sentence,
    list item or table cell, or under a heading, that disowns it (the crawler's note,
    :func:`link_context`: "Gefälschtes Konto, bitte melden: <url> (nicht von uns!)"): the
    company's own warning page, which names the impostors to warn its customers, says the page
    is not its own. The link's own text and its own sentence count, not the page's other
    sentences: a warning page also lists the company's real accounts ("our only official pages
    are: ..."), in the same paragraph."""
    offs = _official_set(official_domains)
    for s in sightings:
        if s.via != Via.OFFICIAL_SITE or registered_domain(s.source) not in offs:
            continue
        note = _LINK_NOTE.search(s.detail or "")
        if note and note.group(1) == LINK_WARNED:
            return s.source, note.group(2)
        said = fake_mark(link_text(s.detail))
        if said:
            return s.source, said
    return None


def link_text(detail: str | None) -> str:
    """A sighting's link text without the crawler's note on what the words around it say
    (:func:`link_context`): "Instagram [the page warns of it: '...']" -> "Instagram"."""
    return _LINK_NOTE.sub("", detail or "")


def listed_among_others(
    sightings: Sequence[Sighting], official_domains: Iterable[str]
) -> tuple[str, str] | None:
    """(page, its words): every link of the official website to the profile sits on a page or
    under a heading that lists other people's or businesses' accounts (a festival's line-up,
    "Authorised ticket agents", "Stockists", "Sponsoren": the crawler's note,
    :func:`link_context`). Such a link names someone else's account, no claim that it is the
    company's. None when any official link to it is a plain one (a footer, "our accounts")."""
    offs = _official_set(official_domains)
    listed: tuple[str, str] | None = None
    for s in sightings:
        if s.via != Via.OFFICIAL_SITE or registered_domain(s.source) not in offs:
            continue
        note = _LINK_NOTE.search(s.detail or "")
        if note is None or note.group(1) != LINK_LISTED:
            return None
        listed = listed or (s.source, note.group(2))
    return listed


#: how the crawler notes the company's word on a link, after the link's text (``Sighting.detail``)
LINK_WARNED = "the page warns of it"
LINK_LISTED = "listed among others' accounts"
_LINK_NOTE = re.compile(r" ?\[(" + re.escape(LINK_WARNED) + "|" + re.escape(LINK_LISTED)
                        + r"): '([^'\]]*)'\]")
_DISOWN_CONTEXT = LazyPattern(words.DISOWN_CONTEXT_WORDS)
_NATIVE_DISOWN = LazyPattern("|".join(re.escape(native(w)) for w in (
    *words.NATIVE_DISOWN_CONTEXT_WORDS, *words.NATIVE_FAKE_MARK_WORDS)))
_REPORT_ACCOUNT = LazyPattern(words.REPORT_ACCOUNT_WORDS)
_OWN_CLAIM = LazyPattern(words.OWN_CLAIM_WORDS)
_NATIVE_CLAIM = LazyPattern("|".join(re.escape(native(w)) for w in words.NATIVE_OWN_CLAIM_WORDS))
_THIRD_PARTY = LazyPattern(words.THIRD_PARTY_LIST_WORDS)
_NATIVE_THIRD_PARTY = LazyPattern("|".join(re.escape(native(w))
                                           for w in words.NATIVE_THIRD_PARTY_LIST_WORDS))
_LINK_CLAUSE_END = re.compile(r"[,;:、，；：]\s|\s[–—-]\s")
#: a dash or a colon right after the link introduces what the page says of it ("<url> - not
#: ours", "<url>: fake"): the start of its own clause, not the end of it
_LINK_APPOSITION = re.compile(r"^\s*[–—:：-]\s")
#: how far from the link (characters of its sentence) a word still speaks of it
_CONTEXT_REACH = 160


def _marks(text: str, before: bool) -> list[tuple[int, int, str]]:
    """(distance to the link, 0 disowning / 1 claiming, the words) of the words of ``text``
    (the part of the sentence before the link, or after it) that disown or claim it."""
    out: list[tuple[int, int, str]] = []
    for raw, folded in ((native(text), False), (_text(text), True)):
        pats = ((_FAKE_MARK, 0), (_DISOWN_CONTEXT, 0), (_NOT_OFFICIAL, 0), (_OWN_CLAIM, 1)) \
            if folded else ((_NATIVE_DISOWN, 0), (_NATIVE_CLAIM, 1))
        for pat, kind in pats:
            for m in pat.finditer(raw):
                dist = len(raw) - m.end() if before else m.start()
                if dist <= _CONTEXT_REACH:
                    said = _as_written(text, m.group(0)) if folded else m.group(0)
                    out.append((dist, kind, said))
    return out


def _clean(words_: str) -> str:
    return " ".join(words_.replace("'", "’").replace("]", ")").split())[:100]


def link_context(text: str, block: str = "", heading: str = "", title: str = "") -> str | None:
    """The company's word on a link of its own page, from the words around it, as a note the
    crawler adds after the link's text (matching reads it: :func:`disowned_by_official_site`,
    :func:`listed_among_others`), or None when they say nothing either way. ``text``: the
    link's text (for a URL written as text, the URL); ``block``: its sentence's paragraph, list
    item or table cell; ``heading``: the heading it sits under; ``title``: the page's title
    (the page's kind: none for the links of a page's header, navigation and footer).

    The nearest word of its own sentence decides, before or after it, in any language: a fake
    or disowning word ("Gefälschtes Konto, bitte melden: <url> (nicht von uns!)", "not
    affiliated with us", "sahte") disowns, a claiming one ("our official accounts:",
    "offizielle Kanäle") keeps it the company's::

        >>> link_context("https://x.com/brand_help", "Fake support, not ours: https://x.com/brand_help")
        "[the page warns of it: 'Fake support, not ours']"
        >>> link_context("X", "Our official accounts: X, Instagram.") is None
        True

    Without such a word, a heading that calls what it lists fakes ("Fake accounts") disowns;
    on a page that warns of scams (its heading or title), a request to report the account
    does ("report this account: ..."); a heading or title that lists others' accounts (a
    line-up, "Authorised agents", "Stockists", "Sponsoren") lists it among them::

        >>> link_context("Nipi on Instagram", "", "Line-up", "Line-up 2027")
        "[listed among others' accounts: 'Line-up']"
    """
    at = block.find(text) if text else -1
    sentence = sentence_around(block, at, at + len(text)) if at >= 0 else ""
    if sentence:
        i = sentence.find(text)
        before, after = sentence[:i], sentence[i + len(text):]
        # after the link, its own clause only ("<url> (not ours!)"), never the next item of a
        # list ("our accounts: <url>, and beware of fakes")
        after = _LINK_CLAUSE_END.split(_LINK_APPOSITION.sub(" ", after), maxsplit=1)[0]
        marks = sorted([*_marks(before, True), *_marks(after, False)])
        if marks and marks[0][1] == 0:
            said = sentence.replace(text, "…").strip() or marks[0][2]
            return f"[{LINK_WARNED}: '{_clean(said)}']"
        if marks:
            return None  # claimed
    heard = sorted(_marks(heading[-_CONTEXT_REACH:], True)) if heading else []
    if heard and heard[0][1] == 0:
        return f"[{LINK_WARNED}: '{_clean(heading)}']"
    page = f"{heading} · {title}"
    if sentence and _REPORT_ACCOUNT.search(_text(sentence)) and (
            scam_warning(page) or fake_mark(page)):
        return f"[{LINK_WARNED}: '{_clean(sentence.replace(text, '…').strip())}']"
    for words_ in (heading, title):
        m = _THIRD_PARTY.search(_text(words_)) or _NATIVE_THIRD_PARTY.search(native(words_))
        if m:
            return f"[{LINK_LISTED}: '{_clean(words_)}']"
    return None


def sentence_claims(text: str, sentence: str) -> bool:
    """The nearest word of ``sentence`` that speaks of ``text`` in it (a handle written as
    text, a link) claims it as the company's ("our official X: @brand", "公式X @brand"), as
    :func:`link_context` reads it; a disowning word nearer wins."""
    i = sentence.find(text) if text else -1
    if i < 0:
        return False
    after = _LINK_CLAUSE_END.split(_LINK_APPOSITION.sub(" ", sentence[i + len(text):]),
                                   maxsplit=1)[0]
    marks = sorted([*_marks(sentence[:i], True), *_marks(after, False)])
    return bool(marks) and marks[0][1] == 1


def linked_from_lookalike_site(
    sightings: Sequence[Sighting],
    official_domains: Iterable[str],
    brand_keys: Iterable[str] = (),
    cutoff: float = 90.0,
) -> Evidence | None:
    """A sighting via a linked page on a lookalike domain: the scam site promotes this profile."""
    offs = _official_set(official_domains)
    keys = tuple(sorted(set(brand_keys)))
    for s in sightings:
        if s.via != Via.LINKED_PAGE:
            continue
        kind, dom, why = classify_domain(s.source, offs, keys, cutoff)
        if kind == "lookalike":
            return Evidence(
                SignalName.PROMOTED_BY_LOOKALIKE,
                dom,
                f"linked from {s.source}, a page on {dom}, a lookalike domain that {why}",
            )
    return None


def verified_official_link(
    fields: ProfileFields, official_domains: Iterable[str]
) -> Evidence | None:
    """A link the platform itself verified (Mastodon ``verified_at``) to an official domain."""
    offs = _official_set(official_domains)
    for url in fields.verified_links:
        dom = registered_domain(url)
        if dom in offs:
            return Evidence(
                SignalName.VERIFIED_OFFICIAL_LINK,
                dom,
                f"the platform verified its link to the official domain {dom}",
            )
    return None


def verified_badge(fields: ProfileFields) -> Evidence | None:
    if fields.verified:
        return Evidence(SignalName.VERIFIED_BADGE, True, "the platform shows a verified badge")
    return None


# ----------------------------------------------------------------------------- activity


def _parse(ts: str | None) -> datetime | None:
    if not ts:
        return None
    try:
        d = datetime.fromisoformat(ts.replace("Z", "+00:00"))
    except ValueError:
        return None
    if d.tzinfo is None:
        d = d.replace(tzinfo=UTC)
    return d


def dormancy(fields: ProfileFields, now: str, dormant_days: int = 365) -> Evidence | None:
    """Inactive for more than ``dormant_days`` before ``now`` (ISO 8601, never the clock)."""
    last = _parse(fields.last_active_at)
    ref = _parse(now)
    if last is None or ref is None:
        return None
    days = (ref - last).days
    if days <= dormant_days:
        return None
    return Evidence(
        SignalName.DORMANT,
        days,
        f"no activity since {last.date().isoformat()} ({days} days, more than {dormant_days})",
    )


#: a year in a name (2000 onwards), unless a word before it makes it a founding year
#: ("since 2004", "desde", "depuis", "seit", "dal", "sejak", "od", "kopš", "з", "с", "منذ",
#: "est.", "founded"): read on folded text, Cyrillic and Arabic in their own letters
_YEAR_RE = re.compile(r"(?<!\d)(20\d\d)(?!\d)")
_FOUNDED_BEFORE = re.compile(
    r"(?:\b(?:since|desde|depuis|seit|dal|dall|sejak|od|kops|est|estd|founded|fondee?|"
    r"fundad[ao]|tangu|mula|vanaf|sedan|siden|alkaen|beri|tu|tu nam)|(?<!\w)(?:с|з|від|со|"
    r"منذ))\W*$", re.IGNORECASE)


def _founding(before: str) -> bool:
    return bool(_FOUNDED_BEFORE.search(before) or _FOUNDED_BEFORE.search(_text(before)))


def past_season(fields: ProfileFields, now: str, brand_names: Iterable[str] = ()) -> \
        Evidence | None:
    """A campaign's or an event's page whose name carries a year before the audit's ("Reto
    <Brand> 2022", "<Brand> Steam Gala 2019"), and whose name and bio name no year since:
    the campaign is over, its page left behind. Read on an own account whose last activity
    nobody can see (Facebook and X show a crawler no dates). A founding year ("since 2004")
    or a year in the brand's own name is no season."""
    ref = _parse(now)
    name = fields.display_name or ""
    if ref is None or not name:
        return None
    brand_years = {y for n in brand_names for y in _YEAR_RE.findall(n)}
    years = [int(m.group(1)) for m in _YEAR_RE.finditer(name)
             if m.group(1) not in brand_years and not _founding(name[:m.start()])]
    later = [int(y) for y in _YEAR_RE.findall(f"{name} {fields.bio or ''}")
             if int(y) >= ref.year]
    if not years or later or max(years) >= ref.year:
        return None
    return Evidence(SignalName.DORMANT, max(years),
                    f"its name is a campaign's or an event's of {max(years)}, a season over "
                    f"('{name[:60]}')")


_RETIRED_RE = FamilyPattern("|".join(words.RETIRED_PATTERNS), ("retired",))
_NATIVE_RETIRED = _phrases(words.NATIVE_RETIRED_PHRASES, "retired")


def retired(fields: ProfileFields) -> Evidence | None:
    """The page says it is retired ("no longer updated", "we moved to @brand", "更新終了"):
    read on an account proven the company's, a reason to retire it even when its last post
    is recent or unknown (a JavaScript shell shows no dates)."""
    for text in (fields.display_name, fields.bio):
        m = _RETIRED_RE.search(_text(text)) or _NATIVE_RETIRED.search(native(text))
        if m:
            return Evidence(SignalName.DORMANT, m.group(0),
                            f"says it is no longer in use ('{m.group(0)}')")
    return None


_ARCHIVE_RE = FamilyPattern("|".join(words.ARCHIVE_LINK_PATTERNS), ("archive_link",))
_NATIVE_ARCHIVE = _phrases(words.NATIVE_ARCHIVE_LINK_PHRASES, "archive_link")
#: "old page", "ukurasa wa zamani", "página antigua" beside the company's link: the lexicon's
#: former-account phrases (none of them an automatic feed, which is in use)
_OLD_LINK_RE = FamilyPattern("|".join(_lexicon.folded_patterns("former_account")),
                             ("former_account",))
_NATIVE_OLD_LINK = _phrases(_lexicon.native_phrases("former_account"), "former_account")


def retired_wording(text: str | None) -> str | None:
    """The words that call a channel retired or archived ("no longer updated", "(arhivă)",
    "página antigua", "már nem frissül") in ``text``, or None: how a crawler notes what the
    sentence around a company's link says of it (:func:`retired_link` then reads the note)."""
    if not text:
        return None
    m = _retired_match(_text(text), native(text))
    return m.group(0) if m else None


def _retired_match(folded: str, raw: str) -> re.Match[str] | None:
    """Archive, retired or old-page words (``folded`` and as written, ``raw``)."""
    return (_ARCHIVE_RE.search(folded) or _RETIRED_RE.search(folded)
            or _NATIVE_ARCHIVE.search(raw) or _NATIVE_RETIRED.search(raw)
            or _OLD_LINK_RE.search(folded) or _NATIVE_OLD_LINK.search(raw))


_SENTENCE_END = re.compile(r"[.!?;](?=\s|$)|\n\s*\n")


def sentence_around(text: str, at: int, end: int | None = None) -> str:
    """The sentence of ``text`` that holds ``text[at:end]``: from the previous sentence end
    (a full stop, ! or ? before a space, so ``facebook.com/name`` stays whole) to the next."""
    end = at if end is None else end
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.end() <= at:
            start = m.end()
        elif m.start() >= end:
            return text[start:m.end()]
    return text[start:]


_FOLLOW_NOW_RE = FamilyPattern("|".join(words.FOLLOW_NOW_PATTERNS), ("follow_now",))
_NATIVE_FOLLOW_NOW = _phrases(words.NATIVE_FOLLOW_NOW_PHRASES, "follow_now")


def _formerly(before: str) -> bool:
    """The last word before a handle names it as a former name ("formerly @x", "(旧 @x")."""
    last = [w for w in re.split(r"[\s(（:：\-–]+", before) if w]
    return bool(last) and (last[-1] in words.FORMERLY_WORDS or any(
        last[-1].endswith(w) for w in words.FORMERLY_WORDS if not w.isascii()))


def defers_to_declared(fields: ProfileFields, declared: Iterable[str],
                       own_handle: str = "", shown: HandleForm | None = None,
                       ) -> Evidence | None:
    """The bio sends its readers for good to a declared account of the same platform ("all
    news now at facebook.com/brand", "follow @brand"): ``declared`` are that platform's
    declared handles. Read on an own account whose last activity nobody can see (Facebook
    and X show a crawler no dates), the company's word that its audience moved there: a
    reason to retire it. A declared help desk named "for questions" is no such word.
    ``shown``: how the platform writes a handle (the catalog's), for the evidence; without
    it the declared handle as written."""
    bio = fields.bio or ""
    if not bio:
        return None
    own = own_handle.lower().lstrip("@")
    for declared_as in declared:
        h = declared_as.lower().lstrip("@")
        if not h or h == own:
            continue
        m = re.search(r"(?:@|/)" + re.escape(h) + r"(?![\w.])", bio, re.IGNORECASE)
        before = native(bio[max(0, m.start() - 14):m.start()]) if m else ""
        if m and not _formerly(before) and (
                _FOLLOW_NOW_RE.search(_text(bio)) or _NATIVE_FOLLOW_NOW.search(native(bio))):
            name = shown.show(declared_as) if shown is not None \
                else declared_as.strip().lstrip("@")
            return Evidence(SignalName.DEFERS_TO_DECLARED, name,
                            f"sends its readers to the declared account {name} ('{bio[:80]}')")
    return None


def retired_link(sightings: Iterable[Sighting]) -> Evidence | None:
    """The company's own page links the account as retired or archived ("Pagina Cluj
    (arhivă)", "公式X（更新終了）"): the company's word that the channel is no longer in use,
    which a JavaScript shell or a page without dates cannot show."""
    for s in sightings:
        shown = link_text(s.detail)
        if s.via != Via.OFFICIAL_SITE or not shown:
            continue
        m = _retired_match(_text(shown), native(shown))
        if m:
            return Evidence(SignalName.DORMANT, m.group(0),
                            f"the official page {s.source} links it as no longer in use "
                            f"('{shown.strip()[:80]}')")
    return None


def retired_page(sightings: Iterable[Sighting]) -> Evidence | None:
    """Every official page that links the account says it is closed, archived, moved or no
    longer monitored ("Remit UK (archive)", "Our UK desk closed in 2020", "ya no está
    activa"): the company's own channel, left behind. Read near the link
    (:func:`_near_link`: the page's title and the line holding the link), never
    a page that warns of fakes (:func:`scam_warning`) or calls a channel new or to follow."""
    found: Evidence | None = None
    for s in sightings:
        if s.via != Via.OFFICIAL_SITE:
            continue
        said = _page_says_retired(s)
        if said is None:
            return None
        found = found or Evidence(SignalName.DORMANT, said,
                                  f"the official page {s.source} that links it says it is "
                                  f"no longer in use ('{said}')")
    return found


def _page_says_retired(s: Sighting) -> str | None:
    """The retired words near the link on the official page of ``s`` (see :func:`retired_page`)."""
    if not s.page_text or scam_warning(s.page_text):
        return None
    shown = link_text(s.detail)
    near = _near_link(s.page_text, shown.strip())
    said = None
    for line in [*near, shown]:
        folded, raw = _text(line), native(line)
        m = _retired_match(folded, raw)
        gone = m.group(0) if m else "\x00"  # "artık" is also "now at" ("artık X'teyiz")
        if (_FOLLOW_NOW_RE.search(folded.replace(gone, " "))
                or _NATIVE_FOLLOW_NOW.search(raw.replace(gone, " "))):
            return None
        # a line of the retired word alone ("Archive") is a menu item or a heading of links
        if m and said is None and re.sub(r"\W+", "", folded) != re.sub(r"\W+", "", gone):
            said = gone
    return said


def _near_link(page_text: str, link_text: str) -> list[str]:
    """The page's title (its first line: what the whole page is about) and the line holding
    the link's text (``Sighting.page_text``'s lines are joined by " · "). Not the page's
    other lines: a paragraph before a list of links speaks of another channel ("our video
    archive (2012-2019)", "our old @x account is no longer monitored")."""
    lines = page_text.split(" · ")
    return lines[:1] + [line for line in lines[1:] if link_text and link_text in line][:1]


def empty_profile(fields: ProfileFields) -> Evidence | None:
    """No posts and no bio: a handle held, not used (squatting)."""
    # posts must be known to be 0: an existence-only probe (X) shows nothing, which is not empty
    if fields.posts == 0 and not (fields.bio or "").strip() and not fields.external_links:
        return Evidence(SignalName.EMPTY_PROFILE, True,
                        "no posts, no bio and no links: the handle is held")
    return None


# ----------------------------------------------------------------------------- wording


def fan_words(*texts: str | None) -> bool:
    """Words of a fan (fan page, parody, not affiliated), beyond a bare "not official"."""
    return any(_FAN_RE.search(_text(t)) or _NATIVE_FAN.search(native(t)) for t in texts)


def fan_words_beyond_unofficial(*texts: str | None) -> bool:
    """Words of a fan once every bare "not official" ("unofficial", "非官方", "Nismo službena
    stranica") is taken out: what a person's own page says too ("个人账号 非官方", a personal
    account, unofficial) is no fan's word; "fan page", "not sponsored" still are."""
    for t in texts:
        folded = _NOT_OFFICIAL.sub(" ", _text(t))
        said = _NATIVE_NOT_OFFICIAL.sub(" ", native(t))
        if _FAN_RE.search(folded) or _NATIVE_FAN.search(said):
            return True
    return False


def not_official(said: str) -> bool:
    """``said`` (a fan's words, as :func:`self_declared_fan` gives them) is a bare "not
    official" ("unofficial", "ez-ofiziala", "非官方"), not a denied tie or a fan's word."""
    return bool(_NOT_OFFICIAL.fullmatch(_text(said)) or _NATIVE_NOT_OFFICIAL.fullmatch(
        native(said)))


def self_declared_fan(*texts: str | None) -> Evidence | None:
    """Openly unofficial wording: fan page, parody, not affiliated, hayran sayfası, taklit."""
    for t in texts:
        m = (_FAN_RE.search(_text(t)) or _NATIVE_FAN.search(native(t))
             or _NOT_OFFICIAL.search(_text(t)) or _NATIVE_NOT_OFFICIAL.search(native(t)))
        if m:
            return Evidence(
                SignalName.SELF_DECLARED_UNOFFICIAL,
                m.group(0),
                f"describes itself as unofficial: '{m.group(0)}'",
            )
    return None


_CUSTOMER_STORY = LazyPattern("|".join(words.CUSTOMER_STORY_PATTERNS))
_NATIVE_CUSTOMER_STORY = LazyPattern("|".join(
    re.escape(native(p)) for p in sorted(words.NATIVE_CUSTOMER_STORY_PHRASES, key=len,
                                         reverse=True)))


_CUSTOMER_STORY_AFTER_NAME = LazyPattern("|".join(words.CUSTOMER_STORY_AFTER_NAME_PATTERNS))
_NATIVE_CUSTOMER_STORY_AFTER_NAME = LazyPattern("|".join(
    re.escape(native(p)) for p in sorted(words.NATIVE_CUSTOMER_STORY_AFTER_NAME_PHRASES,
                                         key=len, reverse=True)))


def customer_story(text: str | None, brand_names: Iterable[str]) -> str | None:
    """A customer's own story of the brand (:data:`~matching.words.CUSTOMER_STORY_PATTERNS`:
    "my treatment with", "mis noches en", "мой отдых в") with one of the brand's names among
    the three words after it, before a comma or a full stop, or, as Turkish, Hindi, Japanese
    or Korean say it, the name just before the words ("<Brand>'taki tatilim", "<Brand> में
    मेरा इलाज", "<Brand>での治療"): the words and the name, or None."""
    if not text:
        return None
    names = list(brand_names)
    for said, pattern, key in ((_text(text), _CUSTOMER_STORY_AFTER_NAME, fold_text),
                               (native(text), _NATIVE_CUSTOMER_STORY_AFTER_NAME, native)):
        for m in pattern.finditer(said):
            # the name just before, a case ending or a space between ("<Brand>'taki tatilim",
            # "<Brand> में मेरा इलाज", "<Brand>での治療")
            hits = [h for n in names if len(key(n).strip()) >= 3 for h in [re.search(
                rf"{re.escape(key(n).strip())}\W{{0,2}}$", said[:m.start()])] if h]
            if hits:
                return said[min(h.start() for h in hits):m.end()]
    for said, pattern, key in ((_text(text), _CUSTOMER_STORY, fold_text),
                               (native(text), _NATIVE_CUSTOMER_STORY, native)):
        for m in pattern.finditer(said):
            # the name among the next three words, before a comma or a full stop
            tail = " ".join(re.split(r"[,.;:!?|]", said[m.end():m.end() + 60])[0].split()[:3])
            at = [(hit.start(), n) for n in names if len(key(n).strip()) >= 3
                  for hit in [re.search(rf"(?<!\w){re.escape(key(n).strip())}", tail)] if hit]
            if at:
                return f"{m.group(0)} {min(at)[1]}"
    return None


_RECIPE = LazyPattern("|".join(words.RECIPE_PATTERNS))
_NATIVE_RECIPE = LazyPattern("|".join(
    re.escape(native(p)) for p in sorted(words.NATIVE_RECIPE_PHRASES, key=len, reverse=True)))


def recipes_with(text: str | None, brand_names: Iterable[str]) -> str | None:
    """A home cook's recipes with the brand's product (:data:`~matching.words.RECIPE_PATTERNS`:
    "Kedvenc receptjeim Rubin paprikával", "On cuisine tout à l'huile <Brand>", "وصفات ...
    بزيت <Brand>"), one of the brand's names among the four words after the recipe word,
    before a full stop: the words and the name, or None. The brand's product is the page's
    subject, a customer's."""
    if not text:
        return None
    names = list(brand_names)
    for said, pattern, key in ((_text(text), _RECIPE, fold_text),
                               (native(text), _NATIVE_RECIPE, native)):
        for m in pattern.finditer(said):
            tail = " ".join(re.split(r"[.;:!?|]", said[m.end():m.end() + 80])[0].split()[:4])
            at = [(hit.start(), n) for n in names if len(key(n).strip()) >= 3
                  for hit in [re.search(rf"(?<!\w){re.escape(key(n).strip())}", tail)] if hit]
            if at:
                return f"{m.group(0)} {min(at)[1]}"
    return None


_FAN_NAME_WORDS = frozenset(fold_text(w) for w in words.FAN_NAME_WORDS)


def fan_name(display_name: str | None, brand_names: Iterable[str]) -> Evidence | None:
    """A display name that is the brand's name and the word for its fans, nothing else
    ("Quillmark Fans", "Hinchas de Quillmark", "Номины фэнүүд", "عشاق كويلمارك"): the page
    names itself as the fans' page, openly unofficial. Another word of its own ("Quillmark
    Fans Shop") and it says something else; the brand's name alone is no fan's."""
    if not display_name:
        return None
    split = re.compile(r"[^\w']+")
    brand = {w for n in brand_names for w in split.split(fold_text(n)) if len(w) >= 3}
    said = [w for w in split.split(fold_text(display_name)) if w and not w.isdigit()]
    fans = [w for w in said if w in _FAN_NAME_WORDS]
    # the brand's word, perhaps with a case ending glued on ("nominy": Номины)
    ours = [w for w in said if any(w.startswith(b) and len(w) - len(b) <= 3 for b in brand)]
    rest = [w for w in said if w not in _FAN_NAME_WORDS and w not in words.FAN_NAME_GLUE
            and w not in ours]
    if not fans or not ours or rest:
        return None
    return Evidence(SignalName.SELF_DECLARED_UNOFFICIAL, display_name,
                    f"its name says it is the brand's fans' page: '{display_name}'")


_LATIN_LURE = LazyPattern("|".join(words.LATIN_SCRIPT_LURE_WORDS))
#: a word without one Latin letter (Cyrillic, Greek, Arabic, Hebrew, Armenian, Georgian ...)
_NON_LATIN_WORD = re.compile(r"\b[^\W\d_a-zA-Z\u00c0-\u024f\u1e00-\u1eff]+\b")


def transliterated_lure(hit: str, text: str | None) -> bool:
    """Whether the scam word ``hit`` (folded) is a lure of a Latin-script language
    (:data:`~matching.words.LATIN_SCRIPT_LURE_WORDS`) that ``text`` spells only as folding
    transliterates a word of another script ("Казань" -> "kazan"): no scam word there. Written
    in Latin letters it still counts, in a text of any script ("Казань: kazan iPhone!")."""
    if not text or text.isascii() or not _LATIN_LURE.fullmatch(hit):
        return False
    latin = fold_text(_NON_LATIN_WORD.sub(" ", text))
    return re.search(r"(?<![a-z0-9])" + re.escape(hit), latin) is None


_NAMES_TOO = frozenset(words.SCAM_WORDS_THAT_ARE_NAMES)


def only_a_name(hit: str, text: str | None) -> bool:
    """Whether the scam word ``hit`` (folded; one of
    :data:`~matching.words.SCAM_WORDS_THAT_ARE_NAMES`) stands in ``text`` only as a person's
    name ("Iban Zubia", "Iban Etxeberria") or inside an @handle or a web address
    ("@iban.lasterketa"): a race director called Iban asks nobody for an IBAN. "IBAN",
    "send your iban", "Iban number" still ask."""
    if hit not in _NAMES_TOO or not text:
        return False
    found = False
    for m in re.finditer(rf"(?<![^\W_]){re.escape(hit)}(?![^\W_])", text, re.IGNORECASE):
        found = True
        word, before = m.group(0), text[:m.start()]
        head = before.split()[-1] if before[-1:].strip() else ""
        token = head + text[m.start():].split(None, 1)[0]  # the whitespace-free run around it
        in_token = "@" in token or "://" in token
        named = (word[:1].isupper() and word[1:].islower()
                 and re.match(r"\s+[A-Z\u00c0-\u024f][a-z\u00df-\u024f]+", text[m.end():])
                 is not None)
        if not (in_token or named):
            return False
    return found


def scam_wording(*texts: str | None) -> Evidence | None:
    """Scam vocabulary: DM us, WhatsApp, giveaway, wallet, claim, çekiliş, hediye, DM'den.

    A request for data said as a warning ("we never ask for your card details", "burada kimse
    kart bilgisi istemez") is no scam wording, nor is a fee by its name said so ("we never
    charge a registration fee", "nous ne demandons jamais de frais de dossier": a recruiter's
    or a shop's own warning)."""
    hits: list[str] = []
    for t in texts:
        text = _text(t)
        for m in _SCAM_RE.finditer(text):
            if _DATA_RE.fullmatch(m.group(0)) and (negated(text, m.start(), m.end(), t) or (
                    m.group(0).isascii() and not (t or "").isascii()
                    and native_negated_word(t, m.group(0)))):
                continue
            if _FEE_WORDING.fullmatch(m.group(0)) and fee_warned(text, m.start(), m.end(), t):
                continue
            if _PROMISE_RE.fullmatch(m.group(0)) and promise_withdrawn(text, m.start(), m.end()):
                continue
            if transliterated_lure(m.group(0), t) or only_a_name(m.group(0), t):
                continue
            if m.group(0) not in hits:
                hits.append(m.group(0))
        raw = native(t)
        for m in _NATIVE_SCAM.finditer(raw):
            if m.group(0) not in hits:
                hits.append(m.group(0))
        asked = native_data_request(t)
        if asked and asked not in hits:
            hits.append(asked)
    if not hits:
        return None
    return Evidence(
        SignalName.SCAM_WORDING,
        ", ".join(hits[:5]),
        "uses scam vocabulary: " + ", ".join(f"'{h}'" for h in hits[:5]),
    )
