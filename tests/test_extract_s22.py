"""Families closed in the s22ag round: twitter.com's profile pages of 2007-2009 (an hCard with
``<span class="bio">``, the site's tagline as every page's description, 'Updates' for posts, the
account's number in its feed links, a suspended account whose old profile is still printed under
the notice), and descriptions that list many @names (a t.me channel's sister channels). Every page
here is written by hand with made-up values in the shapes of real pages (none is a copy of a file
in tests/fixtures/real_captures) and read by the full reader and by the generic layers alone."""

# ruff: noqa: E501  (realistic bodies are long lines)
from __future__ import annotations

import pytest
from extract_cases import FOUND, NOT_FOUND, read_either

from crawler.extract import hints as H

_read = read_either

BOTH = pytest.mark.parametrize("generic", [True, False], ids=["generic", "full"])

TAGLINE = "Twitter is a free social messaging utility for staying connected in real-time"


def _twitter_2008(*, notice: str = "", statuses: str = "", feed_host: str = "twitter.com",
                  desc: str = TAGLINE) -> str:
    """A twitter.com profile page as the site served it in 2008: the About box (an hCard), the
    Stats box, the owner's feeds in the head, then the status list."""
    return f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
<title>Twitter / LarkPress</title>
<meta name="description" content="{desc}">
<link rel="alternate" type="application/rss+xml" title="Lark Press Fans (RSS)" href="http://{feed_host}/statuses/user_timeline/17380042.rss"/>
<link rel="alternate" type="application/atom+xml" title="Lark Press Fans (Atom)" href="http://{feed_host}/statuses/user_timeline/17380042.atom"/>
</head><body class="account" id="profile">
<div id="container"><div id="content"><div class="wrapper">
<h2 class="thumb"><a href="/account/profile_image/LarkPress"><img alt="" class="profile-img" src="http://s3.amazonaws.com/twitter_production/profile_images/1/lark_normal.png"/></a>LarkPress</h2>
<div class="hentry">{notice}</div>
<div class="tab"><ol class="statuses" id="timeline">{statuses}</ol></div>
</div></div>
<div id="side"><div class="section"><div class="section-header"><h1>About</h1></div>
<address><ul class="about vcard entry-author">
<li><span class="label">Name</span> <span class="fn">Lark Press Fans</span></li>
<li><span class="label">Web</span> <a href="http://www.larkpress.example/" class="url" rel="me nofollow">http://www.larkpre...</a></li>
<li id="bio"><span class="label">Bio</span> <span class="bio">Not the press itself - just readers who love its broadsides.</span></li>
</ul></address></div>
<div class="section"><div class="section-header"><h1>Stats</h1></div><ul class="stats">
<li><span class="label"><a href="/LarkPress/friends" id="following_count_link" rel="me">Following</a> </span> <span id="following_count" class="stats_count numeric">12</span></li>
<li><span class="label"><a href="/LarkPress/followers" id="followers_count_link" rel="me">Followers</a> </span> <span id="followers_count" class="stats_count numeric">345</span></li>
<li><span class="label"><a href="/LarkPress/favourites" id="favourites_count_link" rel="me">Favorites</a> </span> <span id="favourites_count" class="stats_count numeric">6</span></li>
<li><a href="/LarkPress" class="label">Updates</a> <span class="stats_count numeric">78</span></li>
</ul></div></div></div></body></html>'''


STATUS = ('<li class="hentry status u-LarkPress" id="status_901"><span class="status-body">'
          '<span class="entry-content">{text}</span></span></li>')


@BOTH
def test_a_2008_profile_page_reads_its_hcard_bio_updates_and_feed_id(generic):
    got = _read("x", "http://twitter.com/LarkPress", 200, _twitter_2008(), generic)
    assert got.state is FOUND and got.handle == "larkpress"
    assert got.fields.display_name == "Lark Press Fans"
    # the hCard's <span class="bio">, not the site's tagline in the description
    assert got.fields.bio == "Not the press itself - just readers who love its broadsides."
    assert (got.fields.followers, got.fields.following, got.fields.posts) == (345, 12, 78)
    assert got.fields.external_links == ("http://www.larkpress.example/",)
    # the owner's number in the head's feed links (user_timeline/<id>.rss and .atom)
    assert got.fields.platform_id == "17380042"


@BOTH
def test_the_sites_tagline_is_no_bio_when_no_card_gives_one(generic):
    page = _twitter_2008().replace('<span class="bio">Not the press itself - just readers who love its broadsides.</span>', "")
    got = _read("x", "http://twitter.com/LarkPress", 200, page, generic)
    assert got.state is FOUND
    assert got.fields.bio is None or "free social messaging" not in got.fields.bio


def test_the_taglines_of_other_sites_are_boilerplate_a_users_sentence_is_not():
    from crawler.extract.layers import BOILERPLATE
    assert BOILERPLATE.search("Twitter is a free service that lets you keep in touch with people")
    assert BOILERPLATE.search("Facebook is a social utility that connects people with friends")
    assert not BOILERPLATE.search("Letterpress is a free hobby if you own the press")
    assert not BOILERPLATE.search("We think Twitter is a free social place to chat about ink")


@BOTH
def test_feed_links_on_another_host_or_naming_two_ids_give_no_id(generic):
    page = _twitter_2008(feed_host="feeds.larkpress.example")
    assert _read("x", "http://twitter.com/LarkPress", 200, page, generic).fields.platform_id is None
    two = _twitter_2008().replace("user_timeline/17380042.atom", "user_timeline/17380043.atom")
    assert _read("x", "http://twitter.com/LarkPress", 200, two, generic).fields.platform_id is None


def test_updates_count_as_posts_in_a_stats_list():
    assert H.exact_counter("Updates 78") == ("posts", 78)
    assert H.exact_counter("1,204 updates") == ("posts", 1204)
    assert H.exact_counter("Get updates") is None


@BOTH
@pytest.mark.parametrize("notice", [
    "<p><em>This account is currently suspended and is being investigated due to strange activity.</em></p>",
    "<p>This account has been suspended.</p>",
    "<div class=\"notice\">The account is temporarily suspended</div>",
])
def test_a_suspended_accounts_old_profile_under_the_notice_is_gone(notice, generic):
    got = _read("x", "http://twitter.com/LarkPress", 200, _twitter_2008(notice=notice), generic)
    assert got.state is NOT_FOUND and got.reason == "suspended"


@BOTH
@pytest.mark.parametrize("where", [
    # a post of the timeline that quotes the words (about another account)
    {"statuses": STATUS.format(text="This account is currently suspended, says @inkwell_ltd's page. Odd!")},
    # the viewer's own account, not the profile's
    {"notice": "<p>Your account has been suspended.</p>"},
    # a sentence about suspension that does not say this account is suspended
    {"notice": "<p>The account suspension rules changed last week; see the help pages.</p>"},
])
def test_suspension_words_elsewhere_leave_the_profile_found(where, generic):
    got = _read("x", "http://twitter.com/LarkPress", 200, _twitter_2008(**where), generic)
    assert got.state is FOUND and got.fields.display_name == "Lark Press Fans"


# ------------------------------------------- descriptions that list many @names

def _tme_channel(desc: str) -> str:
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Telegram: Contact @lark_qa</title>'
            '<meta property="og:title" content="Lark QA">'
            f'<meta property="og:description" content="{desc}">'
            '<meta property="og:image" content="https://cdn4.telegram-cdn.org/file/lark.jpg">'
            '</head><body><div class="tgme_page"><div class="tgme_page_title"><span dir="auto">Lark QA</span></div>'
            '<div class="tgme_page_extra">12 345 subscribers</div>'
            f'<div class="tgme_page_description">{desc}</div></div></body></html>')


@BOTH
@pytest.mark.parametrize("count", [1, 8, 40])
def test_a_description_listing_many_at_names_is_the_bio_whole(count, generic):
    names = "\t".join(f"@lark_qa{i} - sister channel {i}" for i in range(count))
    desc = f"For testers and QA.\t\t{names}\t\tPartnerships: @lark_ads"
    got = _read("telegram", "https://t.me/lark_qa", 200, _tme_channel(desc), generic)
    assert got.state is FOUND and got.fields.followers == 12345
    assert " ".join(got.fields.bio.split()) == " ".join(desc.split())


@pytest.mark.parametrize("text, kept", [
    # a site sentence after many @names is still cut
    ("Ink daily. @a_b - one @c.d - two @e_f - three. See the latest conversations with @lark.", "Ink daily. @a_b - one @c.d - two @e_f - three."),
    ("Grullas. @lark_es @lark_fr. Mira las conversaciones más recientes con @lark.qa.", "Grullas. @lark_es @lark_fr."),
    # a bare '@' and dotted names stay the user's words
    ("Mail us @ the shop. Join the conversation with @lark.qa", "Mail us @ the shop. Join the conversation with @lark.qa"),
    (" ".join(f"@lark.qa{i}" for i in range(60)), " ".join(f"@lark.qa{i}" for i in range(60))),
])
def test_site_sentences_are_cut_whatever_at_names_come_before(text, kept):
    assert H.strip_site_sentences(text) == kept
