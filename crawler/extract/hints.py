"""Platform-independent hints a profile answer gives in words rather than in keys.

The generic layers (``layers.py``) read profile objects by their key names; many answers say
the same things as display text instead, in the page's UI language: a header line "5.04M
subscribers", "12,5 B Follower", "1,2 mil seguidores", "1.2万 粉丝"; a meta description "Name.
3,783 likes · 65 were here. <bio>"; a badge whose only trace is a label "Name, verified" or an
icon name; an outside link hidden behind the platform's link-out wrapper
(``/redirect?q=<url>``, ``l.php?u=<url>``); an error page whose title says "This account
doesn't exist". This module turns those words into fields, for every platform, so a page of an
era no platform rule was written for still reads.

Everything here is total (never raises) and bounded (texts are cut before any regex runs).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit, urlunsplit

from crawler.extract import values as V

MAX_TEXT = 400  # a counter, badge label or title is short; longer strings are no hint
MAX_STRINGS = 4_000  # strings visited in one subtree

# ---------------------------------------------------------------------------- counter words

# the people a count is of, in a sentence that counts them ('53,887 people follow this')
_PEOPLE = r"(?:people|personen|personnes|personas|persone|pessoas|mensen|osób|osoby|человек|kişi)"
# what follows (or, in CJK UIs, precedes) a count, per field, in the UI languages seen on real
# pages; matched case-insensitively on whole words
FOLLOWER_WORDS = (
    r"followers?|subscribers?|suscriptores?|abonnés?|abonnenten|abonnent(?:inn)?en|"
    r"seguidores?|seguidor(?:es|as)|iscritti|follower|volgers|följare|følgere|seuraajaa|"
    r"obserwuj[aą]cych|sledující|követő|urmăritori|takipçi|подписчик(?:ов|а|и)?|"
    r"участник(?:ов|а|и)?|abonnees|members?|membres|mitglieder|miembros|membros|fans|"
    r"pengikut|người theo dõi|متاب\u0650?ع(?:ين|ون)?|עוקבים|फ़ॉलोअर्स|"
    # subscribers and followers in more of the UI languages YouTube, TikTok and Instagram use
    r"odběratel(?:ů|é|e)?|sledujících|tilaajaa|prenumeranter|abonnenter|feliratkozó|"
    r"abona[țt]i|συνδρομητές|ακόλουθοι|người đăng ký|مشترك(?:ين|ون)?|مشترک|دنبال‌کننده|"
    r"सदस्य|ผู้ติดตาม|ผู้ติดตาม|subskrybent(?:ów|a|ci)?|підписник(?:ів|и|а)?|"
    r"inscritos?|iscritto|abone|מנויים|"
    r"粉丝|粉絲|关注者|關注者|追蹤者|フォロワー|팔로워|구독자|チャンネル登録者|"
    # a Facebook page's info column of 2016-2019 ('53,887 people follow this'), in its UI
    # languages: a follower count said as a sentence
    rf"{_PEOPLE}\s+(?:follow this|haben das abonniert|suivent ça|siguen esto|"
    r"lo seguono|volgen dit|estão seguindo isso|seguem isto|obserwuje to|подписаны)"
)
FOLLOWING_WORDS = (
    r"following|follows|abonnements|abonniert|seguidos|seguindo|siguiendo|gefolgt|volgend|"
    r"folge ich|seguiti|suivi(?:e)?s|följer|seuraa|"  # a fediverse server's UI (Mastodon's)
    r"takip(?: edilen)?|подписок|подписк(?:и|а)|obserwowan(?:i|ych)|mengikuti|đang theo dõi|"
    r"متاب\u064eع|"  # Arabic: the followed (fatha) beside the follower (kasra)
    r"正在关注|已关注|关注|關注中|追蹤中|フォロー中|팔로잉|friends"
)
POST_WORDS = (
    r"posts?|tweets?|videos?|vidéos|vídeos|video|beiträge|publicaciones|publicações|"
    r"publications|pubblicazioni|berichten|gönderi|публикаци(?:й|и|я)|видео|postów|"
    r"pins|(?:public )?repositories|(?:public )?repos|uploads|toots|statuses|videí|videota|"
    r"videoer|videor|videoclipuri|"
    r"βίντεο|วิดีโอ|वीडियो|فيديو|ویدیو|відео|filmów|posty|inlägg|innlegg|opslag|"
    r"bejegyzés|postări|δημοσιεύσεις|bài viết|منشورات|منشور|पोस्ट|โพสต์|postingan|"
    r"帖子|貼文|投稿|게시물|동영상|動画|视频|影片|"
    r"updates|"  # X's profile pages of 2007-2009 ('Updates 70'): posts were 'updates' then
    r"threads?|notes|"  # a Threads profile's '34 Threads' (Italian '1 thread'), Misskey's 'Notes'
    # the same count in Threads' other UI languages: Spanish '34 hilos', Turkish '34 ileti dizisi'
    r"hilos?|ileti dizi(?:si|leri)"
)
# counts that are no audience: a page's likes ("3,783 likes") stand in for followers only when
# no follower count is given
LIKE_WORDS = (r"likes|j['’]aime|gefällt|me gusta|curtidas|mi piace|нравится|beğeni(?:lme)?|"
              r"vind-ik-leuks|"
              # the info column's sentence ('54,624 people like this', '54.624 Personen gefällt
              # das')
              rf"{_PEOPLE}\s+(?:like this|gefällt das|aiment ça|curtiram isso|vinden dit leuk|"
              r"lubi to)")
# a like count whose word comes first, in the UI languages that say it so: German 'Gefällt
# 54.624 Mal', Italian 'Piace a 1.234 persone' (a Facebook page's description and info column)
_LIKES_FIRST = r"(?:gefällt|piace a)"
_LIKES_AFTER = r"(?:\s+(?:mal|persone))?"
_OTHER_COUNTER_WORDS = (
    r"talking about this|were here|check-ins|connections|relations|hearts|views|"
    r"monthly listeners|watching|personnes en parlent|waren hier|"
    # the same counters of a Facebook page's description in its other UI languages
    rf"(?:{_PEOPLE}\s+)?(?:sprechen darüber|waren hier|en parlent|étaient ici|"
    r"están hablando de esto|estuvieron aquí|falando sobre isso|estiveram aqui|ne parlano|"
    r"sono stat[ei] qui|praten hierover|mówi o tym|bunun hakkında konuşuyor)"
)

# a count as pages print it: 1,234 / 1.234 / 1 234 / 12.5K / 1,2 mil / 3,4 Mio. / 1.2万 / 5.04m
COUNT = (
    r"\d{1,3}(?:[ \u00a0\u202f.,']\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
)
# every unit word of values.parse_count (1,2 mil / 3,4 Mio. / 1,2 тыс. / 1.2万 / 1,2 mil M ...)
_SUFFIX = rf"(?:\s?(?:mil\s+(?:m|millones|milhões)(?![^\W\d_])|{V.UNIT_PATTERN}))?\+?"
_COUNTED = rf"(?P<n>(?:{COUNT}){_SUFFIX})(?:\s*(?:de|di|d['’])(?=\s|\w))?"  # '4,69 M de', "3 M d'",
# '1,2 Mln di' (Italian)

# a Chinese, Japanese or Korean measure word between a count and its noun ('4,210 位粉丝',
# '17 人已关注', '321 篇帖子')
_MEASURE = r"[位人篇个個件名명개条條則]"
_FIELD_WORDS = (("followers", FOLLOWER_WORDS), ("following", FOLLOWING_WORDS),
                ("posts", POST_WORDS), ("likes", LIKE_WORDS))
_EXACT = {
    name: (re.compile(rf"^\s*{_COUNTED}\s*(?:{words})\s*[.:]?\s*$", re.I),
           re.compile(rf"^\s*(?:{words})\s*[:：]?\s*{_COUNTED}\s*$", re.I))
    for name, words in _FIELD_WORDS
}
_INLINE = {
    name: re.compile(rf"(?<![\w.,]){_COUNTED}\s*(?:{_MEASURE}\s*)?(?:{words})(?![\w])", re.I)
    for name, words in _FIELD_WORDS
}
_CJK_INLINE = {
    name: re.compile(rf"(?:{words})\s*[:：]?\s*{_COUNTED}", re.I)
    for name, words in _FIELD_WORDS
}
_ANY_COUNTER_SEG = re.compile(
    rf"^(?:{_COUNTED}\s*(?:{FOLLOWER_WORDS}|{FOLLOWING_WORDS}|{POST_WORDS}|{LIKE_WORDS}|"
    rf"{_OTHER_COUNTER_WORDS})|{_LIKES_FIRST}\s+{_COUNTED.replace('?P<n>', '')}"
    rf"{_LIKES_AFTER})(?![\w])",
    re.I,
)


COUNTER_WORD = re.compile(rf"(?i)(?:{FOLLOWER_WORDS}|{FOLLOWING_WORDS}|{POST_WORDS})")


def count_value(text: str, context: str = "") -> int | None:
    """'5.04m' -> 5040000, '1,2 mil' -> 1200, '1.2万' -> 12000, '12,5 B' -> 12500000000;
    ``context``: the words around it, for units only some languages use ('12,5 B abone' is
    Turkish for 12,500)."""
    text = text.strip().rstrip("+")
    if not re.search(r"(?i)(?:mil|mio|mrd|mld|mia|tys|tis|tsd|тыс|тис|млн|млрд|χιλ|εκ|δισ|"
                     r"milj|mill|md|mln|mn|rb|t)\.$", text):
        text = text.rstrip(".")  # a sentence's full stop, not the dot of an abbreviation
    return V.parse_count(text, context)


def exact_counter(text: str) -> tuple[str, int] | None:
    """A short text that is one counter and nothing else ('5.04m subscribers', 'Followers:
    12K', '1.2万 粉丝') -> (field, count); 'likes' is its own field. None otherwise."""
    if not text or len(text) > 60:
        return None
    text = V.ascii_digits(text)
    for name, pair in _EXACT.items():
        for rx in pair:
            m = rx.match(text)
            count = count_value(m.group("n"), m.group(0)) if m else None
            if count is not None:
                return name, count
    return None


def counters_in(text: str) -> dict[str, int]:
    """Every counter a sentence mentions ('12K Followers, 34 Following, 56 Posts - ...'),
    first of each field; 'likes' is its own field."""
    out: dict[str, int] = {}
    text = V.ascii_digits(text[:2000])
    for name in _INLINE:
        for rx in (_INLINE[name], _CJK_INLINE[name]):
            m = rx.search(text)
            if m:
                count = count_value(m.group("n"), m.group(0))
                if count is not None:
                    out.setdefault(name, count)
                    break
    return out


def strip_counters(desc: str, name: str | None = None) -> str:
    """A meta description without the counters it starts with: 'Meedan. 3,783 likes · 65
    were here. Make sense of the web.' -> 'Make sense of the web.'. Only counter segments that
    name a counted thing are removed (a bio that starts '3 kids, 2 dogs' stays whole)."""
    text = desc.strip()
    if name:
        m = re.match(rf"{re.escape(name.strip())}\s*[.·:|\-–—]\s+", text)
        if m and _ANY_COUNTER_SEG.match(text[m.end():]):
            text = text[m.end():]
    stripped = False
    for _ in range(6):
        m = _ANY_COUNTER_SEG.match(text)
        if not m:
            break
        rest = text[m.end():]
        sep = re.match(r"\s*(?:[·•,.|;]|-\s|–|—)\s*", rest)
        if not sep and rest.strip():
            break
        text = rest[sep.end():] if sep else ""
        stripped = True
    # counters after the bio ('Boats. Across the bay. 8.9M Followers.', Threads): the text
    # before the first separator behind which only counter segments follow
    for m in re.finditer(r"[.·•|,;]\s+|\s[-–—]\s+", text):
        rest = text[m.end():].strip()
        if rest and _only_counters(rest):
            head = text[:m.start()].strip()
            if head:
                return head
    return text.strip() if stripped else desc.strip()


# a character of one sentence: no sentence end, but the dots inside an @name ('@wren.mallow');
# an @name is one piece, taken whole (atomic), and a bare '@' only where no name follows: with
# two ways to split every name ('@qa_fin' as one piece or as '@' and six characters), a
# description of many names backtracked through every split of every name (a t.me channel's
# eight @links took 25 s to read)
_SENTENCE_CHAR = r"(?>@[\w.]*\w)|[^.!?…@]|@(?!\w)"
# 'conversations' in the UI languages of Threads (the stem: conversaciones, conversas,
# conversazioni, Unterhaltungen, sohbetleri, gesprekken, rozmowy, разговоры ...)
_CONVERSATIONS = (r"conversation|conversa|conversazion|unterhaltung|sohbet|gesprek|rozmow|"
                  r"разговор|бесед|beszélget|keskustelu|samtal|percakapan|cuộc trò chuyện|"
                  r"会話|대화|对话|對話|บทสนทนา")
# and 'latest' (the sentence is Threads' 'See the latest conversations with @name.', not a bio's
# 'Join the conversation with @name.')
_LATEST = (r"latest|recent|recient|récent|neueste|nieuwste|derni[eè]r|[uú]ltim|en son|"
           r"najnowsz|последн|legújabb|uusimm|senaste|nyeste|seneste|terbaru|mới nhất|"
           r"最新|최신|ล่าสุด")
# a site's own sentence after the user's words in a meta description (Threads' 'See the latest
# conversations with @name.', GitHub's '<name> has 12 repositories available. Follow their code
# on GitHub.' and 'Contribute to <name> development by creating an account on GitHub.')
_SITE_SENTENCE = re.compile(
    r"(?i)\s*(?:see the latest conversations with @[\w.]+\.?|"
    # the same sentence in Threads' other UI languages: the last sentence, naming the account
    # by @name and the conversations ('Mira las conversaciones más recientes con @name.',
    # 'Sieh dir die neuesten Unterhaltungen mit @name an.', '@name ile ilgili en son sohbetleri
    # gör.')
    rf"(?:(?<=[.!?…])|^)\s*(?=(?:{_SENTENCE_CHAR})*@[\w.]*\w)(?=(?:{_SENTENCE_CHAR})*?"
    rf"(?:{_CONVERSATIONS}))(?=(?:{_SENTENCE_CHAR})*?(?:{_LATEST}))(?:{_SENTENCE_CHAR})+[.!?…]?|"
    r"[\w.-]+ has \d[\d,.]* repositor(?:y|ies) available\.?|follow their code on github\.?|"
    r"contribute to [\w.-]+ development by creating an account on github\.?)\s*$")


def strip_site_sentences(bio: str) -> str:
    """``bio`` without the site's sentences that end a meta description (``_SITE_SENTENCE``)."""
    text = bio
    for _ in range(4):
        cut = _SITE_SENTENCE.sub("", text)
        if cut == text:
            break
        text = cut
    return text.strip()


def _only_counters(text: str) -> bool:
    """Whether a text is counter segments and separators only ('8.9M Followers. 12 Threads.')."""
    for _ in range(6):
        m = _ANY_COUNTER_SEG.match(text)
        if not m:
            return False
        text = text[m.end():]
        sep = re.match(r"\s*(?:[·•,.|;]|-\s|–|—)?\s*", text)
        text = text[sep.end():] if sep else text
        if not text:
            return True
    return False


def name_before_counters(desc: str) -> str | None:
    """'Meedan. 66 likes. ...' -> 'Meedan': the name a description gives before its counters
    (Facebook pages), else None."""
    m = re.match(r"\s*([^.·|\n]{1,80}?)\s*[.·|]\s+", desc)
    if m and _ANY_COUNTER_SEG.match(desc[m.end():]):
        return m.group(1).strip()
    return None


# ---------------------------------------------------------------------------- badges, links

_BADGE_TEXT = re.compile(
    r"(?i)(?:^|,\s*|\s)(?:verified(?: account| channel| artist| badge)?|official artist channel|"
    r"vérifié|verifiziert|verificad[oa]|verificato|подтвержд[её]н\w*|認証済み|已认证|인증됨)\s*$"
)
_BADGE_TOKEN = re.compile(r"(?i)^(?:BADGE_STYLE_TYPE_VERIFIED(?:_ARTIST)?|CHECK_CIRCLE_(?:THICK|"
                          r"FILLED)|OFFICIAL_ARTIST_BADGE|VERIFIED(?:_BADGE)?|"
                          r"(?:icon[-_])?verified(?:[-_]badge)?)$")
_NOT_VERIFIED = re.compile(r"(?i)\b(?:not|un)\s*-?verified\b|verify your|get verified")


def is_badge(text: str) -> bool:
    """A label or icon name that says 'verified' ('Gronkh, verified', 'Verified account',
    'BADGE_STYLE_TYPE_VERIFIED', 'CHECK_CIRCLE_FILLED'), not 'unverified' or 'get verified'."""
    if not text or len(text) > 80 or _NOT_VERIFIED.search(text):
        return False
    return bool(_BADGE_TOKEN.match(text.strip()) or _BADGE_TEXT.search(text.strip()))


_WRAP_PARAMS = ("q", "u", "url", "target", "to", "dest", "z", "link", "redirect", "redir")


def unwrap_link_out(url: str, own_host: Any) -> str | None:
    """The outside URL a platform's link-out wrapper carries (youtube.com/redirect?q=<url>,
    l.facebook.com/l.php?u=<url>, l.instagram.com/?u=<url>, t.umblr.com/redirect?z=<url>),
    else None. ``own_host(host)`` says whether a host is the platform's own."""
    try:
        parts = urlsplit(url)
        query = parse_qs(parts.query)
    except ValueError:
        return None
    host = (parts.hostname or "").lower()
    if not host or not (own_host(host) or host.startswith(("l.", "lm.")) or "redirect" in parts.path
                        or parts.path.endswith("/l.php")):
        return None
    for key in _WRAP_PARAMS:
        for value in query.get(key, [])[:1]:
            target = V.to_url(value) if value.startswith(("http://", "https://")) else None
            if target is None:
                continue
            try:
                target_host = (urlsplit(target).hostname or "").lower()
            except ValueError:
                continue
            if target_host and not own_host(target_host):
                # the wrapper's click id (fbclid, igshid) and campaign tags are not the link
                return _untracked(target)
    return None


def _untracked(url: str) -> str:
    """``url`` without the click ids and campaign tags a link-out wrapper adds."""
    if not re.search(r"[?&](?:fbclid|igshid|utm_\w+)=", url):
        return url
    parts = urlsplit(url)
    kept = [p for p in parts.query.split("&")
            if p and not re.match(r"(?:fbclid|igshid|utm_\w+)=", p)]
    return urlunsplit(parts._replace(query="&".join(kept)))


def _outside(url: str, own_host: Any) -> str | None:
    """``url`` when it leads off the platform (a header's own link to a website), else None."""
    target = V.to_url(url)
    if target is None:
        return None
    try:
        host = (urlsplit(target).hostname or "").lower()
    except ValueError:
        return None
    return target if host and not own_host(host) else None


# ---------------------------------------------------------------------------- JSON subtrees


def header_nodes(doc: Any, limit: int = 8) -> list[Any]:
    """The subtrees of an answer that are a page's header (a key with 'header' in its name:
    ``header``, ``c4TabbedHeaderRenderer``, ``pageHeaderViewModel``, ``profileHeader``): on a
    profile page or its API answer the header is the profile's own, whereas counts and badges
    elsewhere belong to listed videos, posts or suggested accounts."""
    out: list[Any] = []
    stack: list[tuple[Any, int]] = [(doc, 0)]
    seen = 0
    while stack and len(out) < limit and seen < 20_000:
        node, depth = stack.pop()
        seen += 1
        if depth > 10:
            continue
        if isinstance(node, dict):
            for key, value in node.items():
                if not isinstance(value, dict | list):
                    continue
                low = str(key).lower()
                if "header" in low and "topbar" not in low and "masthead" not in low:
                    out.append(value)
                elif key not in ("contents", "tabs", "items", "onResponseReceivedActions"):
                    stack.append((value, depth + 1))
        elif isinstance(node, list):
            stack.extend((v, depth + 1) for v in node[:50] if isinstance(v, dict | list))
    return out


def strings(node: Any, limit: int = MAX_STRINGS) -> Iterator[tuple[str, str]]:
    """(key, string value) pairs of a subtree, depth first, bounded."""
    for path, value in paths(node, limit):
        yield (path[-1] if path else ""), value


def paths(node: Any, limit: int = MAX_STRINGS) -> Iterator[tuple[tuple[str, ...], str]]:
    """(key path, string value) pairs of a subtree, depth first, bounded."""
    stack: list[tuple[tuple[str, ...], Any]] = [((), node)]
    seen = 0
    while stack and seen < limit:
        path, value = stack.pop()
        seen += 1
        if isinstance(value, str):
            yield path, value
        elif len(path) < 25 and isinstance(value, dict):
            stack.extend(((*path, str(k)), v) for k, v in reversed(list(value.items())))
        elif len(path) < 25 and isinstance(value, list):
            runs = _runs_text(value)
            if runs is not None:
                yield path, runs  # a text made of styled runs: '287K' + ' videos'
            stack.extend((path, v) for v in reversed(value[:100]))


def _runs_text(items: list) -> str | None:
    """The text of a list of styled runs (``[{"text": "287K"}, {"text": " videos"}]``, the way
    rich-text UIs split one line), else None."""
    if not 1 < len(items) <= 12:
        return None
    parts = []
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            return None
        parts.append(item["text"])
    return "".join(parts)


# keys whose text may be a badge's label or icon name
_BADGE_KEYS = re.compile(r"(?i)badge|label|icon|imageName|^style$|tooltip")
# parts of a header that hold pictures, not links (avatars, banners, favicons of its links)
_PICTURE_KEYS = re.compile(r"(?i)thumbnail|icon|image|avatar|banner|favicon|picture|logo|"
                           r"tracking|conversion|rss|feed")


def header_hints(doc: Any, own_host: Any) -> dict[str, Any]:
    """Counters, a badge and outside links from the header subtrees of a JSON document."""
    out: dict[str, Any] = {}
    links: list[str] = []
    for node in header_nodes(doc):
        for path, text in paths(node):
            key = path[-1] if path else ""
            if len(text) > MAX_TEXT:
                continue
            hit = exact_counter(text)
            if hit and key.lower() not in ("title", "name"):
                out.setdefault(hit[0], hit[1])
                continue
            if _BADGE_KEYS.search(key) and is_badge(text):
                out.setdefault("verified", True)
            if text.startswith(("http://", "https://")):
                target = unwrap_link_out(text, own_host)
                if target is None and key.lower() in ("url", "href", "link") and not any(
                    _PICTURE_KEYS.search(p) for p in path
                ):
                    target = _outside(text, own_host)
                if target:
                    links.append(target)
    if links:
        out["external_links"] = V.dedupe(links)
    return out


# ---------------------------------------------------------------------------- error pages

# an error page's own words (its title or first heading); every platform's variant seen on real
# pages, in the words users read
MISSING_PAGE = re.compile(
    r"(?i)\b(?:page|profile|user|account|channel|content|link)\s+(?:is\s+)?not\s+found\b|"
    r"(?:page|account|user|profile|channel)\s+(?:does\s*n[o']t|doesn[’']t)\s+exist|"
    r"this (?:page|account|profile|channel|content) (?:isn[’']t|is not) available|"
    r"sorry, (?:that|this) page (?:doesn[’']t|does not) exist|"
    r"(?:user|account|channel|profile) (?:has been )?deleted|"
    r"nobody on reddit goes by that name|couldn[’']t find this account|"
    # the usual words of a server's own 404 page (Mastodon's 'The page you are looking for isn't
    # here.'): they name no account, so they count with a 404 or 410 only
    r"\bthe page you (?:are|were|re|’re|'re) looking for (?:isn[’']t here|is not here|"
    r"(?:does\s*n[o']t|doesn[’']t) exist|"
    r"(?:could\s*n[o']t|couldn[’']t|can\s*not|can[’']t) be found|(?:was|is) not found)|"
    r"\bwe (?:could\s*n[o']t|couldn[’']t|can[’']t|cannot) find (?:that|this|the) page\b|"
    r"\bthis page (?:could\s*n[o']t|couldn[’']t|cannot|can[’']t) be found\b|"
    # GNU social, StatusNet, postActiv: 'No such user.', 'No such user found.', 'No such profile.'
    r"^\s*no such (?:user|account|profile)(?: found)?\s*\.?\s*$|"
    # a bare status title ('404', '404 Not Found', 'Error 404', '404 - Gone'), not a name
    # that merely contains 404 ('404 Studio')
    r"^\s*(?:error\s*)?404(?:\s*[-–—:|]?\s*(?:(?:page\s+)?not\s+found|error|gone))?\s*"
    r"(?:[|•·–—-]\s*\w+\s*)?$|\b404\s*[-–—:|]\s*(?:page\s+)?not\s+found|"
    r"^\s*(?:page\s+)?not\s+found\s*(?:[|•·–—-]\s*\w+\s*)?$|"
    # 'Error 404 (Not Found)!!1' (Google's), 'reddit.com: page not found' (old Reddit)
    r"^\s*error\s*404\s*\(not found\)|^\s*[\w-]+\.(?:com|net|org)\s*:\s*page\s+not\s+found\s*$|"
    # the same in other UI languages: a page not found (with a 404 only), an account that does
    # not exist (words that name the account)
    r"p[áa]gina no encontrada|seite nicht gefunden|page introuvable|pagina non trovata|"
    r"p[áa]gina n[ãa]o encontrada|sayfa bulunamad[ıi]|страница не найдена|ページが見つかりません|"
    r"페이지를 찾을 수 없습니다|dieser account existiert nicht|dieses konto existiert nicht|"
    r"esta cuenta no existe|ce compte n.existe pas|questo account non esiste|"
    r"esta conta n[ãa]o existe|bu hesap mevcut de[ğg]il|этот аккаунт не существует|"
    r"このアカウントは存在しません|"
    # a user not found, in the UI languages a soft 404 speaks (words that name the account)
    r"benutzer(?:in)? (?:wurde )?nicht gefunden|usuario no encontrado|utilisateur introuvable|"
    r"utilisateur non trouv[ée]|utente non trovato|usu[áa]rio n[ãa]o encontrado|"
    r"kullan[ıi]c[ıi] bulunamad[ıi]|пользователь не найден|ユーザーが見つかりません|"
    r"gebruiker niet gevonden|nie znaleziono u[żz]ytkownika|"
    # a page not available ('Sorry, this page isn't available.'), in other UI languages
    r"diese seite ist (?:leider )?nicht verf[üu]gbar|esta p[áa]gina no est[áa] disponible|"
    r"cette page n.est pas disponible|questa pagina non [èe] disponibile|"
    r"esta p[áa]gina n[ãa]o est[áa] dispon[íi]vel|"
    r"bu sayfa (?:kullan[ıi]lam[ıi]yor|mevcut de[ğg]il)|"
    r"эта страница недоступна|このページはご利用いただけません|"
    # a page not found in more UI languages (Dutch, Polish, Russian, Ukrainian, Chinese, Arabic,
    # Persian, Vietnamese, Indonesian and Malay, Thai, the Nordic ones, Greek, Czech, Slovak,
    # Hungarian, Romanian, Hebrew, Hindi): with a 404 or 410 only
    r"pagina niet gevonden|deze pagina bestaat niet|nie znaleziono strony|"
    r"strona nie (?:zosta[łl]a znaleziona|istnieje)|такой страницы нет|"
    r"страница не существует|сторінк[уа] не знайден[оа]|页面不存在|找不到(?:该|此)?页面|"
    r"頁面不存在|找不到(?:該|此)?頁面|网页不存在|الصفحة غير موجودة|"
    r"لم يتم العثور على الصفحة|صفحه(?: مورد نظر)? (?:یافت|پیدا) نشد|kh[ôo]ng t[ìi]m th[ấa]y trang|"
    r"halaman tidak (?:ditemukan|dijumpai)|ไม่พบหน้า|sidan (?:kunde inte hittas|hittades inte)|"
    r"siden (?:blev ikke fundet|findes ikke|kunne ikke findes|finnes ikke|ble ikke funnet)|"
    r"sivua ei (?:l[öo]ytynyt|l[öo]ydy)|η σελίδα δεν βρέθηκε|str[áa]nka (?:nenalezena|"
    r"nebyla nalezena|sa nena[šs]la|nebola n[áa]jden[áa])|(?:az )?oldal nem tal[áa]lhat[óo]|"
    r"pagina nu a fost g[ăa]sit[ăa]|(?:הדף|העמוד) לא נמצא|(?:पेज|पृष्ठ) नहीं मिला|"
    # an account or user that does not exist, in the same languages (words that name it)
    r"(?:dit |het )?account (?:bestaat niet|niet gevonden)|(?:to )?konto nie istnieje|"
    r"(?:цей )?акаунт не існує|користувача не знайдено|пользователь не существует|"
    r"аккаунт не найден|(?:该|此|这个|這個)?(?:账号|帳號|账户|帳戶|用户|用戶)不存在|"
    r"找不到(?:该|此|這個|这个)?(?:用户|用戶|账号|帳號)|(?:이 )?계정(?:이|은)? 존재하지 않습니다|"
    r"사용자를 찾을 수 없습니다|アカウントが見つかりません|(?:هذا )?الحساب غير موجود|"
    r"المستخدم غير موجود|لم يتم العثور على المستخدم|"
    r"(?:این )?حساب(?: کاربری)? (?:وجود ندارد|یافت نشد)|"
    r"کاربر (?:یافت|پیدا) نشد|t[àa]i kho[ảa]n (?:n[àa]y )?kh[ôo]ng t[ồo]n t[ạa]i|"
    r"kh[ôo]ng t[ìi]m th[ấa]y (?:ng[ườ]+i d[ùu]ng|t[àa]i kho[ảa]n)|"
    r"akun (?:ini )?tidak (?:ada|ditemukan)|pengguna tidak ditemukan|ไม่พบ(?:บัญชี|ผู้ใช้)|"
    r"บัญชีนี้ไม่มีอยู่|(?:det h[äa]r )?kontot finns inte|anv[äa]ndaren (?:finns inte|hittades inte)|"
    r"(?:denne )?konto(?:en)? (?:findes|finnes) ikke|brugeren (?:findes ikke|blev ikke fundet)|"
    r"brukeren (?:finnes ikke|ble ikke funnet)|(?:t[äa]t[äa] )?tili[äa] ei ole olemassa|"
    r"k[äa]ytt[äa]j[äa][äa] ei l[öo]ytynyt|(?:αυτός ο )?λογαριασμός δεν υπάρχει|"
    r"ο χρήστης δεν βρέθηκε|(?:tento )?[úu][čc]et neexistuje|"
    r"u[žz]ivatel (?:nenalezen|nebyl nalezen)|"
    r"(?:ez a )?fi[óo]k nem l[ée]tezik|(?:a )?felhaszn[áa]l[óo] nem tal[áa]lhat[óo]|"
    r"(?:acest )?cont(?:ul)? nu exist[ăa]|utilizatorul nu a fost g[ăa]sit|"
    r"(?:החשבון הזה|חשבון זה) לא קיים|המשתמש לא נמצא|(?:यह )?खाता मौजूद नहीं है|"
    r"उपयोगकर्ता नहीं मिला"
)
# the words of an error notice that name the account (a soft 404 answered 200 must name it)
NAMES_ACCOUNT = re.compile(
    r"(?i)account|user|profile|channel|reddit|konto|cuenta|compte|conta|hesap|аккаунт|アカウント|"
    r"benutzer|usuario|utilisateur|utente|usu[áa]rio|kullan[ıi]c[ıi]|пользовател|ユーザー|"
    r"gebruiker|u[żz]ytkownik|акаунт|користувач|账号|帳號|账户|帳戶|用户|用戶|계정|사용자|"
    r"حساب|المستخدم|کاربر|t[àa]i kho[ảa]n|ng[ườ]+i d[ùu]ng|akun|pengguna|บัญชี|ผู้ใช้|"
    r"kont|anv[äa]ndar|bruger|bruker|tili|k[äa]ytt[äa]j|λογαριασμ|χρήστη|[úu][čc]et|u[žz]ivatel|"
    r"fi[óo]k|felhaszn[áa]l|\bcont(?:ul)?\b|utilizator|חשבון|משתמש|खाता|उपयोगकर्ता"
)
SUSPENDED_PAGE = re.compile(
    r"(?i)\baccount (?:has been |is )?(?:currently |temporarily |permanently )?suspended\b|"
    r"\bsuspended account\b|"
    r"(?:account|channel) (?:has been |was )?terminated|"
    r"(?:account|channel) (?:has been |was )?(?:removed|banned|taken down)|"
    r"\b(?:konto|account) (?:wurde )?gesperrt\b|\bcuenta suspendida\b|\bcompte suspendu\b|"
    r"\baccount sospeso\b|\bconta suspensa\b|\bhesap ask[ıi]ya al[ıi]nd[ıi]|"
    r"аккаунт заблокирован|учётная запись заблокирована|アカウントは凍結されています"
)


def error_page(title: str, heading: str, status: int) -> tuple[str, str | None] | None:
    """('missing', reason) when a page's title or first heading says the profile is gone.

    A generic 'page not found' counts only with a 404 or 410 status (a soft 404 answered 200
    says it in words that name the account: 'This account doesn't exist'); a suspension counts
    with 200, 403, 404 or 410."""
    texts = [t.strip()[:MAX_TEXT] for t in (title, heading) if t and t.strip()]
    for text in texts:
        if SUSPENDED_PAGE.search(text) and status in (200, 403, 404, 410):
            return "missing", "suspended"
    for text in texts:
        m = MISSING_PAGE.search(text)
        if not m:
            continue
        names_account = NAMES_ACCOUNT.search(m.group(0))
        if status in (404, 410) or (status == 200 and names_account):
            return "missing", None
    return None


# ---------------------------------------------------------------------------- block pages

_PLATFORM_NAMES = (r"Facebook|Instagram|Twitter|X|LinkedIn|TikTok|Threads|Pinterest|Reddit|"
                   r"YouTube|Google|Telegram|GitHub|Bluesky|Mastodon|Cloudflare")
# a whole <title> that is a block, challenge or rate-limit notice, in the UI languages seen
# (WAFs, CDNs and the platforms' own bot walls; Sherlock's and Maigret's lists, PLATFORMS.md
# section 4), optionally with a status code or the site's name beside it: (pattern, reason)
_BLOCK_TITLES: tuple[tuple[str, str], ...] = (
    (r"too many requests|rate[\s-]?limit(?:ed|ing| exceeded)?|slow down|request limit|"
     r"zu viele anfragen|demasiadas (?:solicitudes|peticiones)|trop de requ[êe]tes|"
     r"(?:muitas|demasiadas) (?:solicita[çc][õo]es|requisi[çc][õo]es)|troppe richieste|"
     r"te veel verzoeken|слишком много запросов|リクエストが多すぎます|请求过多|요청이 너무 많|"
     r"çok fazla istek|zbyt wiele żądań|429", "rate_limited"),
    (r"are you (?:a )?(?:robot|human)\??|robot check|human verification|bot verification|"
     r"verify(?:ing)? (?:that )?you(?: a|['’]re|are) (?:a )?human|security check(?:point)?|"
     r"captcha|checking your browser[^<]{0,60}|checking if the site connection is secure|"
     r"pardon our interruption|one more step|just a moment\.*|please wait\.*|"
     r"sicherheitsüberprüfung|bist du ein mensch\??|vérification de sécurité|"
     r"êtes-vous un robot\s*\??|¿eres un robot\??|verificación de seguridad|"
     r"você é um robô\??|verifica di sicurezza|проверка безопасности|вы робот\??|"
     r"セキュリティチェック|人机验证|安全验证|보안 확인", "captcha"),
    (r"access denied|access to this page has been denied|forbidden|(?:request|access) blocked|"
     r"(?:request|you have been|you['’]ve been|temporarily) blocked|blocked|request denied|"
     r"request rejected|not allowed|unusual activity|attention required!?|"
     r"zugriff verweigert|acceso denegado|acc[èe]s refus[ée]|acesso negado|accesso negato|"
     r"toegang geweigerd|доступ запрещ[её]н|アクセスが拒否されました|访问被拒绝|拒绝访问|"
     r"접근이 거부|erişim engellendi|dostęp zabroniony|40[13]", "bot_block"),
)
_BLOCK_TITLE = [
    (re.compile(r"(?i)^\s*(?:(?:error|http|" + _PLATFORM_NAMES + r")\s*[-–—:|•·]?\s*)?"
                r"(?:\d{3}\s*[-–—:|•·]?\s*)?(?:" + words + r")"
                r"(?:\s*[-–—:|•·!.]?\s*(?:\d{3}|error|" + _PLATFORM_NAMES + r"))*\s*[!.]?\s*$"),
     reason)
    for words, reason in _BLOCK_TITLES
]
# a small page's own line saying the client was blocked, challenged or throttled
BLOCK_TEXT = re.compile(
    r"(?i)your request has been blocked|you have been blocked|you['’]ve been blocked|"
    r"access to this page has been denied|request (?:was|has been) (?:blocked|denied)|"
    r"(?:please )?verify (?:that )?you(?: a|['’]re|are) (?:a )?human|"
    r"our systems have detected unusual (?:traffic|activity)|detected unusual activity|"
    r"automated (?:queries|requests|access)|are you a robot|prove you['’]re (?:human|not a robot)|"
    r"confirm (?:that )?you(?:['’]re| are) not a (?:ro)?bot|"
    r"too many requests|rate limit (?:exceeded|reached)|you are being rate limited|"
    r"temporarily (?:blocked|restricted|limited)|try again later|"
    r"wir haben ungewöhnliche aktivitäten|zu viele anfragen|demasiadas solicitudes|"
    r"trop de requêtes|actividad inusual|activité inhabituelle|атипичн|подозрительн\w+ активност"
)


def block_reason(title: str) -> str | None:
    """The reason a page whose whole title is a block notice could not be read, else None."""
    text = " ".join((title or "").split())[:MAX_TEXT]
    if not text:
        return None
    for rx, reason in _BLOCK_TITLE:
        if rx.match(text):
            return reason
    return None


def block_text_reason(text: str) -> str | None:
    """The reason a small page's own line gives for not serving the page, else None."""
    m = BLOCK_TEXT.search(text[:MAX_TEXT])
    if not m:
        return None
    words = m.group(0).lower()
    if re.search(r"many|rate|limit|anfragen|solicitudes|requêtes|abuse|wait a few", words):
        return "rate_limited"
    if re.search(r"human|robot|not a bot|automated|unusual|ungewöhnliche|inusual|inhabituelle|"
                 r"атипичн|подозрительн", words):
        return "captcha"
    return "bot_block"
