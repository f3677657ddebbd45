"""Families closed in the s19 round: the misses of the batch 2026-12-07-s18ac-blind (YouTube
channel feeds of 2015-2024 in the shapes feed libraries keep them), oEmbed answers about a
profile, and the shapes of answers nobody here had met (429s, X GraphQL's unavailable users,
Instagram's null user, TikTok's status codes ...). Every answer here is written by hand with
made-up values (none is a copy of a file in tests/fixtures/real_captures) and read by the full
reader and by the generic layers alone."""

# ruff: noqa: E501  (realistic bodies are long lines)
from __future__ import annotations

import pytest
from extract_cases import FOUND, NOT_FOUND, UNVERIFIABLE, read_either

_read = read_either

BOTH = pytest.mark.parametrize("generic", [True, False], ids=["generic", "full"])

_CH = "UCkestrelpaperAAAAAAAAAA"  # made-up, 24 characters as a channel id is


# ------------------------------------------------ a YouTube channel feed as feed libraries keep it

def _entry(author: str = "Kestrel Paper Co", uri: str = f"https://www.youtube.com/channel/{_CH}",
           n: int = 1) -> str:
    return (f'<entry><id>yt:video:kestrelvid{n}</id><yt:videoId>kestrelvid{n}</yt:videoId>'
            f'<yt:channelId>{_CH}</yt:channelId><title>Folding a crane, part {n}</title>'
            f'<link rel="alternate" href="https://www.youtube.com/watch?v=kestrelvid{n}"/>'
            f'<author><name>{author}</name><uri>{uri}</uri></author>'
            f'<published>2019-03-0{n}T10:00:00+00:00</published>'
            '<media:group><media:title>Folding</media:title>'
            '<media:community><media:starRating count="12" average="5.00" min="1" max="5"/>'
            '<media:statistics views="345"/></media:community></media:group></entry>')


_NS = ('xmlns:yt="http://www.youtube.com/xml/schemas/2015" xmlns:media="http://search.yahoo.com/mrss/" '
       'xmlns="http://www.w3.org/2005/Atom"')


@BOTH
def test_a_channel_feed_cut_down_to_its_id_title_and_entries_names_its_channel(generic):
    # the head kept only <id>yt:channel:...</id> and <title>: the entries' one author is the channel
    body = (f'<?xml version="1.0" encoding="UTF-8"?>\n<feed {_NS}>\n <id>yt:channel:{_CH}</id>\n'
            f' <title>Kestrel Paper Co</title>\n {_entry(n=1)}\n {_entry(n=2)}\n</feed>')
    got = _read("youtube", f"https://www.youtube.com/feeds/videos.xml?channel_id={_CH}", 200, body, generic)
    assert got.state is FOUND
    assert got.fields.display_name == "Kestrel Paper Co"
    assert got.fields.platform_id == _CH
    assert got.fields.followers is None and got.fields.posts is None  # one video's figures


@BOTH
def test_entries_of_different_authors_name_no_channel(generic):
    # a feed whose entries were written by several people is no one's profile
    body = (f'<feed {_NS}><id>tag:kestrel.example,2019:mixed</id><title>Paper folding picks</title>'
            f'{_entry(n=1)}{_entry(author="Someone Else", uri="https://www.youtube.com/channel/UCotherpersonBBBBBBBBBBB", n=2)}</feed>')
    got = _read("youtube", "https://kestrel.example/picks.xml", 200, body, generic)
    assert got.state is not FOUND or got.fields.platform_id != _CH


@BOTH
def test_a_feed_with_blank_lines_before_its_declaration_is_read(generic):
    # a feed saved (or served by a template) with an empty line before <?xml ...?>
    body = (f'\n\n<?xml version="1.0" encoding="UTF-8"?>\n<feed {_NS}>'
            '<link rel="self" href="http://www.youtube.com/feeds/videos.xml?user=kestrelpaper"/>'
            f'<id>yt:channel:{_CH}</id><yt:channelId>{_CH}</yt:channelId><title>Kestrel Paper Co</title>'
            '<link rel="alternate" href="http://www.youtube.com/user/kestrelpaper"/>'
            f'<author><name>Kestrel Paper Co</name><uri>http://www.youtube.com/channel/{_CH}</uri></author>'
            f'<published>2009-01-01T00:00:00+00:00</published>{_entry()}</feed>')
    got = _read("youtube", "http://www.youtube.com/feeds/videos.xml?user=kestrelpaper", 200, body, generic)
    assert got.state is FOUND
    assert (got.fields.display_name, got.fields.platform_id) == ("Kestrel Paper Co", _CH)
    bom = _read("youtube", "http://www.youtube.com/feeds/videos.xml?user=kestrelpaper", 200,
                "\ufeff" + body.lstrip(), generic)
    assert bom.state is FOUND and bom.fields.platform_id == _CH


@BOTH
def test_a_channel_feeds_title_is_the_channels_name_not_its_byline(generic):
    # the feed's author reads otherwise than its title (a byline edited by hand): a channel's
    # own feed is titled with the channel's name
    body = (f'<feed {_NS}><id>yt:channel:{_CH}</id><yt:channelId>{_CH}</yt:channelId>'
            '<title>Kestrel Paper Co</title>'
            f'<author><name>Kestrel Paper Co Staff</name><uri>https://www.youtube.com/channel/{_CH}</uri></author>'
            f'{_entry()}</feed>')
    got = _read("youtube", f"https://www.youtube.com/feeds/videos.xml?channel_id={_CH}", 200, body, generic)
    assert got.state is FOUND
    assert got.fields.display_name == "Kestrel Paper Co"


def test_a_channel_feed_id_is_read_whole_or_abbreviated():
    from crawler.extract.layers import _CHANNEL_FEED_ID
    assert _CHANNEL_FEED_ID.match(f"yt:channel:{_CH}").group(1) == _CH
    assert _CHANNEL_FEED_ID.match("yt:channel:kestrelpaperAAAAAAAAAA").group(1) == "kestrelpaperAAAAAAAAAA"
    assert _CHANNEL_FEED_ID.match("yt:video:kestrelvid1") is None
    assert _CHANNEL_FEED_ID.match("tag:youtube.com,2008:channel:abc") is None
