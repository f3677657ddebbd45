# ruff: noqa: E501  (HTML/JSON templates copy the shape of real pages; wrapping them hurts reading)
"""Web search of the simulated web: a DuckDuckGo HTML endpoint and a SearXNG JSON endpoint.

Both read one index built from the world: every profile whose ``indexed_by`` has ``web_search``
and every page of an indexed website. Matching is deliberately loose, like a real engine:
``site:`` filters (``site:linkedin.com/company``), quoted phrases (all their words must appear)
and free terms (at least half must appear, as substrings of the folded text, so "northwind"
finds "northwindcofee"). The CAPTCHA and "all engines unresponsive" answers are switches in
the world's settings, or magic words in the query, so tests can reach them.
"""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import quote, urlsplit

from simweb.http import Request, Response, count_short, esc, html_response, json_response

if TYPE_CHECKING:
    from simweb.server import App
    from simweb.world import World, WorldProfile

_TR = str.maketrans({"ı": "i", "İ": "i", "ş": "s", "Ş": "s", "ğ": "g", "Ğ": "g", "ç": "c",
                     "Ç": "c", "ö": "o", "Ö": "o", "ü": "u", "Ü": "u",
                     # Arabic and Persian spell the same letters with different code points
                     # (yeh, kaf, alef maksura, teh marbuta); real engines match them
                     "ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه"})


def fold(text: str) -> str:
    """Lower-case, Turkish letters to ASCII, Arabic and Persian letter forms to one, accents
    stripped: what the index compares."""
    text = unicodedata.normalize("NFKD", text.translate(_TR))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def _word_char(c: str) -> bool:
    """Letters, digits, ``_.@-`` and the vowel signs and marks of Brahmic and other scripts
    (Burmese, Lao, Thai, Khmer, Devanagari, Sinhala ...): those are not ``\\w`` in Python, and
    splitting on them cut a word into single letters that matched almost every page in the
    script. A real engine segments such text into whole words."""
    return c.isalnum() or c in "_.@-" or unicodedata.category(c).startswith("M")


def query_terms(text: str) -> list[str]:
    words = "".join(c if _word_char(c) else " " for c in fold(text)).split()
    return [t for t in words if t not in ("or", "and")]


@dataclass(frozen=True)
class Doc:
    url: str
    title: str
    snippet: str
    text: str  # folded, for matching
    where: str  # host+path without www., for site: filters


def _title(p: WorldProfile) -> str:
    n, h = p.display_name, p.handle
    return {
        "instagram": f"{n} (@{h}) • Instagram photos and videos",
        "facebook": f"{n} | Facebook",
        "tiktok": f"{n} (@{h}) | TikTok",
        "x": f"{n} (@{h}) / X",
        "linkedin": f"{n} | LinkedIn",
        "youtube": f"{n} - YouTube",
        "telegram": f"Telegram: Contact @{h}",
        "github": f"{h} ({n}) · GitHub",
        "reddit": f"{h} - Reddit" if h.lower().startswith("r/") else f"u/{h} - Reddit",
        "mastodon": f"{n} (@{h}@{p.instance}) - Mastodon",
        "bluesky": f"{n} (@{h}) — Bluesky",
        "pinterest": f"{n} ({h}) - Profile | Pinterest",
        "threads": f"{n} (@{h}) • Threads, Say more",
    }[p.platform]


def _snippet(p: WorldProfile) -> str:
    if p.platform == "instagram":
        return (f"{count_short(p.followers)} Followers, {count_short(p.following)} Following, "
                f"{count_short(p.posts)} Posts - {p.display_name} (@{p.handle}) on Instagram: "
                f"\"{p.bio}\"")
    if p.platform == "x":
        return f"{p.bio} {' '.join(p.links)}".strip()
    if p.platform == "youtube":
        return f"{p.bio} {count_short(p.followers)} subscribers"
    return p.bio


def _where(url: str) -> str:
    parts = urlsplit(url)
    host = parts.netloc.lower().removeprefix("www.")
    return host + parts.path


def build_index(world: World) -> list[Doc]:
    """The search index of a world (cached on the world; rebuilt when its lists change)."""
    stamp = (id(world.profiles), len(world.profiles), id(world.sites), len(world.sites))
    cached = world.__dict__.get("_search_index")
    if cached is not None and cached[0] == stamp:
        return cached[1]
    docs = _build_index(world)
    world.__dict__["_search_index"] = (stamp, docs)
    return docs


def _build_index(world: World) -> list[Doc]:
    docs = []
    for p in world.profiles:
        if "web_search" not in p.indexed_by:
            continue
        title, snippet = _title(p), _snippet(p)
        text = fold(f"{title} {snippet} {p.handle} {p.url} {' '.join(p.links)}")
        docs.append(Doc(p.url, title, snippet, text, _where(p.url)))
    for site in world.sites:
        if "web_search" not in site.indexed_by:
            continue
        for path, page in site.pages.items():
            if path.startswith("/private"):
                continue
            url = f"https://{site.host}{path}"
            body = re.sub(r"<[^>]+>", " ", page.body)
            body = html.unescape(re.sub(r"\s+", " ", body)).strip()
            # the text of its links is text the page shows ("Telegram @brand_hr"), indexed
            # like the rest of it by a real engine
            shown = " ".join(label for _url, label in page.links)
            text = fold(f"{page.title} {body} {shown} {url}")
            docs.append(Doc(url, page.title, body[:240], text, _where(url)))
    return docs


def _site_match(where: str, site: str) -> bool:
    """``site:x.com`` covers x.com/... and sub.x.com/...; ``site:linkedin.com/company`` a path prefix."""
    if where.startswith(site):
        return True
    host = where.split("/", 1)[0]
    return "/" not in site and host.endswith("." + site)


def search(world: World, query: str) -> list[Doc]:
    """Documents matching a query, best first."""
    sites = [s.lower().removeprefix("www.") for s in re.findall(r"site:(\S+)", query, re.I)]
    rest = re.sub(r"site:\S+", " ", query, flags=re.I)
    phrases = [query_terms(ph) for ph in re.findall(r'"([^"]*)"', rest)]
    rest = re.sub(r'"[^"]*"', " ", rest)
    rest = re.sub(r"[()]", " ", rest)
    excluded = [fold(t[1:]) for t in rest.split() if t.startswith("-") and len(t) > 1]
    terms = [t for t in query_terms(" ".join(t for t in rest.split() if not t.startswith("-")))]
    scored = []
    for i, doc in enumerate(build_index(world)):
        if sites and not any(_site_match(doc.where, s) for s in sites):
            continue
        if any(all(w in doc.text for w in ph) is False for ph in phrases if ph):
            continue
        if any(e in doc.text for e in excluded):
            continue
        hit = sum(1 for t in terms if t in doc.text)
        if terms and hit * 2 < len(terms):
            continue
        if not terms and not phrases and not sites:
            continue
        scored.append((-(hit + 2 * len(phrases)), i, doc))
    return [d for *_, d in sorted(scored, key=lambda s: (s[0], s[1]))]


# ---------------------------------------------------------------------------------- DuckDuckGo


def _vqd(query: str) -> str:
    d = hashlib.sha256(("vqd:" + query).encode()).hexdigest()
    return f"4-{int(d[:20], 16)}"


CAPTCHA = """<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>DuckDuckGo</title></head>
<body><div class="anomaly-modal__mask"><div class="anomaly-modal__modal" data-testid="anomaly-modal">
<div class="anomaly-modal__title">Unfortunately, bots use DuckDuckGo too.</div>
<div class="anomaly-modal__description">Please complete the following challenge to confirm this search was made by a human.</div>
<form id="challenge-form" action="//duckduckgo.com/anomaly.js?sv=html&amp;cc=sre&amp;ti={ti}" method="POST">
<input type="hidden" name="q" value="{q}"><div class="anomaly-modal__images"></div>
<button type="submit" class="anomaly-modal__submit">Submit</button></form></div></div></body></html>"""


def duckduckgo(app: App, req: Request) -> Response:
    srv = "nginx"
    if req.host == "duckduckgo.com" and req.path == "/l/":
        from simweb.http import redirect

        return redirect(req.arg("uddg") or "https://duckduckgo.com/", 302)
    if req.path not in ("/html/", "/html", "/lite/"):
        return html_response("<html><head><title>DuckDuckGo</title></head><body></body></html>", 200, server=srv)
    q = req.farg("q").strip()
    world = app.world
    if world.setting("ddg_captcha") or (world.setting("captcha_word") and
                                         world.setting("captcha_word") in q.lower()):
        return html_response(CAPTCHA.format(ti=_vqd(q)[2:14], q=esc(q)), 202, server=srv)
    if len(q) >= 500:
        return html_response("<html><body>Query too long</body></html>", 400, server=srv)
    size = int(world.setting("page_size", 10))
    try:
        offset = max(0, int(req.farg("s", "") or req.farg("b", "") or 0))
    except ValueError:
        offset = 0
    docs = search(world, q) if q else []
    if offset and req.farg("vqd") != _vqd(q):
        docs = []  # later pages need the vqd token of the first page
    chunk = docs[offset: offset + size]
    results = []
    for d in chunk:
        wrapped = f"//duckduckgo.com/l/?uddg={quote(d.url, safe='')}&amp;rut={hashlib.sha256(d.url.encode()).hexdigest()}"
        shown = d.url.split("://", 1)[1]
        results.append(f"""<div class="result results_links results_links_deep web-result ">
  <div class="links_main links_deep result__body">
    <h2 class="result__title">
      <a rel="nofollow" class="result__a" href="{wrapped}">{esc(d.title)}</a>
    </h2>
    <div class="result__extras"><div class="result__extras__url">
      <span class="result__icon"><a rel="nofollow" href="{wrapped}"><img class="result__icon__img" width="16" height="16" alt="" src="//external-content.duckduckgo.com/ip3/{esc(urlsplit(d.url).netloc)}.ico" name="i15"></a></span>
      <a class="result__url" href="{wrapped}">{esc(shown)}</a>
    </div></div>
    <a class="result__snippet" href="{wrapped}">{esc(d.snippet)}</a>
    <div class="clear"></div>
  </div>
</div>""")
    if not chunk:
        results.append('<div class="result results_links results_links_deep result--no-result">'
                       '<div class="no-results">No results.</div></div>')
    nav = ""
    if offset + size < len(docs):
        nxt = offset + size
        nav = f"""<div class="nav-link">
<form action="/html/" method="post">
  <input type="submit" class="btn btn--alt" value="Next">
  <input type="hidden" name="q" value="{esc(q)}">
  <input type="hidden" name="s" value="{nxt}">
  <input type="hidden" name="nextParams" value="">
  <input type="hidden" name="v" value="l">
  <input type="hidden" name="o" value="json">
  <input type="hidden" name="dc" value="{nxt + 1}">
  <input type="hidden" name="api" value="d.js">
  <input type="hidden" name="vqd" value="{_vqd(q)}">
  <input name="kl" value="wt-wt" type="hidden">
</form>
</div>"""
    body = "\n".join(results)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="content-type" content="text/html; charset=UTF-8">
<meta name="referrer" content="origin">
<title>{esc(q)} at DuckDuckGo</title>
</head><body>
<div id="header"><form name="x" id="search_form" action="/html/" method="post">
<input type="text" name="q" value="{esc(q)}" id="search_form_input_homepage">
<input type="hidden" name="vqd" value="{_vqd(q)}"></form></div>
<div class="serp__results"><div id="links" class="results">
{body}
{nav}
</div></div></body></html>"""
    return html_response(page, server=srv, headers={"X-Content-Type-Options": "nosniff"})


# ---------------------------------------------------------------------------------- SearXNG


def searxng(app: App, req: Request) -> Response:
    if req.path == "/healthz":
        return html_response("OK")
    if req.path != "/search":
        return html_response("<html><head><title>SearXNG</title></head><body>"
                             "<form action=\"/search\"><input name=\"q\"></form></body></html>")
    if req.farg("format") != "json":
        if req.farg("format"):
            return html_response("<html><body><h1>403 Forbidden</h1></body></html>", 403)
        return html_response("<html><body>format=json only in this instance</body></html>", 200)
    q = req.farg("q").strip()
    world = app.world
    base = {"query": q, "number_of_results": 0, "answers": [], "corrections": [],
            "infoboxes": [], "suggestions": []}
    word = world.setting("unresponsive_word")
    if world.setting("searx_mode") == "unresponsive" or (word and word in q.lower()):
        return json_response({**base, "results": [], "unresponsive_engines": [
            ["duckduckgo", "CAPTCHA"], ["brave", "too many requests"], ["google", "timeout"]]})
    size = int(world.setting("page_size", 10))
    try:
        page = max(1, int(req.farg("pageno", "1") or 1))
    except ValueError:
        page = 1
    docs = search(world, q) if q else []
    chunk = docs[(page - 1) * size: page * size]
    results = []
    for rank, d in enumerate(chunk, start=(page - 1) * size + 1):
        parts = urlsplit(d.url)
        results.append({"url": d.url, "title": d.title, "content": d.snippet,
                        "engine": "duckduckgo", "engines": ["duckduckgo", "brave"],
                        "parsed_url": [parts.scheme, parts.netloc, parts.path, "", parts.query, ""],
                        "template": "default.html", "positions": [rank], "score": round(2.0 / rank, 4),
                        "category": "general", "publishedDate": None})
    return json_response({**base, "number_of_results": len(docs), "results": results,
                          "unresponsive_engines": []})
