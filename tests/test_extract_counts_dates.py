"""Counts and relative dates in the languages the platforms render them in (issue #11).

Each kind of failure a blind batch showed is tested as a family, not as the capture that showed
it: a count written '1.2K' / '1,2 mil' / '12 тыс.' in every UI language's compact form (CLDR's
short formats as YouTube, Instagram, TikTok, X and Facebook print them), and a relative date
('3 years ago', 'Streamed 2 weeks ago') in the languages of YouTube's ``hl``, read against the
answer's Date header.
"""
# ruff: noqa: E501  (tables of real-shaped strings)

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from crawler.extract import hints as H
from crawler.extract import read_profile, without_rules
from crawler.extract.dates import newest_activity, reference_time, relative_date, response_date
from crawler.extract.values import parse_count
from tests.extract_cases import CAT, FOUND

COUNTS = [
 ("1.2K subscribers", 1200), ("1.2M", 1_200_000), ("1.2B", 1_200_000_000), ("12K", 12000),
 ("1,2 mil suscriptores", 1200), ("1,2 M de suscriptores", 1_200_000), ("1,2 mil M de suscriptores", 1_200_000_000),
 ("1,2 mil inscritos", 1200), ("1,2 mi de inscritos", 1_200_000), ("1,2 bi de inscritos", 1_200_000_000),
 ("1,2 k abonnés", 1200), ("1,2 M d’abonnés", 1_200_000), ("1,2 Md abonnés", 1_200_000_000),
 ("1,2 Mio. Abonnenten", 1_200_000), ("1,2 Mrd. Abonnenten", 1_200_000_000), ("1234 Abonnenten", 1234), ("12 Tsd. Abonnenten", 12000),
 ("1,2 Mln di iscritti", 1_200_000), ("1,2 Mrd di iscritti", 1_200_000_000), ("12.345 iscritti", 12345), ("1,2 mila iscritti", 1200),
 ("1,2 mln. abonnees", 1_200_000), ("1,2 mld. abonnees", 1_200_000_000), ("1,2 K abonnees", 1200),
 ("1,2 тыс. подписчиков", 1200), ("1,2 млн подписчиков", 1_200_000), ("1,2 млрд", 1_200_000_000), ("12 тыс.", 12000),
 ("1,2 тис. підписників", 1200), ("1,2 млн підписників", 1_200_000),
 ("1,2 tys. subskrybentów", 1200), ("1,2 mln subskrybentów", 1_200_000), ("1,2 mld", 1_200_000_000),
 ("1,2 Mn abone", 1_200_000), ("1,2 Mr abone", 1_200_000_000),
 ("チャンネル登録者数 1.2万人", 12000), ("1.2億", 120_000_000), ("1.2万 粉丝", 12000), ("1.2亿", 120_000_000), ("1.2萬", 12000), ("1.2만명", 12000), ("1.2천명", 1200), ("1.2억", 120_000_000),
 ("1,2 rb subscriber", 1200), ("1,2 jt subscriber", 1_200_000), ("1,2 M subscriber", 1_200_000),
 ("1,2 N người đăng ký", 1200), ("1,2 Tr người đăng ký", 1_200_000), ("1,2 T người đăng ký", 1_200_000_000),
 ("1.2 हज़ार सदस्य", 1200), ("12 लाख सदस्य", 1_200_000), ("1.2 क॰ सदस्य", 12_000_000), ("1.2 lakh subscribers", 120000), ("1.2 Cr subscribers", 12_000_000),
 ("1.2 ألف مشترك", 1200), ("1.2 مليون مشترك", 1_200_000), ("1.2 مليار", 1_200_000_000), ("١٫٢ ألف مشترك", 1200), ("۱٫۲ هزار", 1200), ("1.2 میلیون", 1_200_000),
 ("1.2 พัน", 1200), ("1.2 หมื่น", 12000), ("1.2 แสน", 120000), ("1.2 ล้าน", 1_200_000),
 ("1,2 tn prenumeranter", 1200), ("1,2 mn prenumeranter", 1_200_000), ("1,2 md", 1_200_000_000),
 ("1,2 t. abonnenter", 1200), ("1,2 mio. abonnenter", 1_200_000), ("1,2 mia. abonnenter", 1_200_000_000),
 ("1,2 t. tilaajaa", 1200), ("1,2 milj. tilaajaa", 1_200_000), ("1,2 mrd. tilaajaa", 1_200_000_000),
 ("1,2 tis. odběratelů", 1200), ("1,2 mil. odběratelů", 1_200_000), ("1,2 mld. odběratelů", 1_200_000_000),
 ("1,2 E feliratkozó", 1200), ("1,2 M feliratkozó", 1_200_000), ("1,2 Mrd feliratkozó", 1_200_000_000),
 ("1,2 K abonați", 1200), ("1,2 mil. de abonați", 1_200_000), ("1,2 mld. de abonați", 1_200_000_000),
 ("1,2 χιλ. συνδρομητές", 1200), ("1,2 εκ. συνδρομητές", 1_200_000), ("1,2 δισ.", 1_200_000_000),
 ("1.2K עוקבים", 1200), ("12,3 тыс", 12300), ("1 234 567", 1234567), ("1'234", 1234), ("1.234.567 seguidores", 1234567),
 ("1.2k", 1200), ("1.2m", 1_200_000), ("2.5 million", 2_500_000), ("1,5 Millionen Abonnenten", 1_500_000), ("1,2 milhão", 1_200_000), ("2,3 milhões de inscritos", 2_300_000),
 ("1,2 millones de suscriptores", 1_200_000), ("12 mil", 12000), ("3 тыс. участников", 3000),
 ("1.2 thousand", 1200), ("1,2 B abone", 1200),
]


@pytest.mark.parametrize(("text", "want"), COUNTS, ids=[c[0] for c in COUNTS])
def test_compact_counts_in_every_ui_language(text, want):
    assert parse_count(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # a unit only one language uses is read beside that language's words, else left alone
    ("12,5 B abone", 12_500), ("12,5 B subscribers", 12_500_000_000),
    ("1,2 N người đăng ký", 1200), ("1,2 E feliratkozó", 1200), ("1,2 E", 1),
    # a letter that starts a word is no unit
    ("12 Mbps", 12), ("3 bytes", 3), ("5 tweets", 5), ("7 mila", 7000),
    # any script's digits
    ("١٢٣٬٤٥٦ متابع", 123_456), ("१२ लाख", 1_200_000), ("۱٫۵ میلیون", 1_500_000),
])
def test_units_that_need_their_language_and_other_scripts_digits(text, want):
    assert parse_count(text) == want


@pytest.mark.parametrize(("text", "field", "want"), [
    ("1,2 тыс. подписчиков", "followers", 1200), ("1,2 mil. odběratelů • 340 videí", "followers", 1_200_000),
    ("1,2 mil. odběratelů • 340 videí", "posts", 340), ("12,5 B abone", "followers", 12_500),
    ("١٫٢ ألف مشترك", "followers", 1200), ("1.2 हज़ार सदस्य", "followers", 1200),
    ("1,2 tn prenumeranter", "followers", 1200), ("1.2 ล้าน ผู้ติดตาม", "followers", 1_200_000),
    ("2,3 milhões de inscritos", "followers", 2_300_000), ("1,2 mil M de suscriptores", "followers", 1_200_000_000),
    ("3,4 тис. підписників", "followers", 3400), ("12 tys. obserwujących", "followers", 12_000),
    ("1,5 M abonați", "followers", 1_500_000), ("2,1 χιλ. συνδρομητές", "followers", 2100),
])
def test_counters_in_sentences_of_other_languages(text, field, want):
    assert H.counters_in(text)[field] == want


def test_a_bio_with_numbers_is_no_counter():
    assert H.counters_in("3 kids, 2 dogs and 1 boat") == {}
    assert H.counters_in("Since 1921. 12 ferries") == {}


REF = datetime(2026, 12, 1, tzinfo=UTC)
# platforms floor a relative date ('1 year ago' is one year to just under two): 'N units ago'
# reads as the middle of its interval, N + 0.5 units; 'yesterday' as one day
DATES = [("3 years ago", 3.5*365), ("Streamed 2 weeks ago", 2.5*7), ("1 year ago", 1.5*365), ("an hour ago", 1.5/24), ("a month ago", 1.5*30),
 ("hace 3 años", 3.5*365), ("Transmitido hace 2 semanas", 2.5*7), ("hace 1 mes", 1.5*30), ("há 3 anos", 3.5*365), ("Transmitido há 2 semanas", 2.5*7),
 ("il y a 3 ans", 3.5*365), ("Diffusé il y a 2 semaines", 2.5*7), ("il y a un an", 1.5*365), ("vor 3 Jahren", 3.5*365), ("Vor 2 Wochen gestreamt", 2.5*7), ("vor einem Jahr", 1.5*365),
 ("3 anni fa", 3.5*365), ("Trasmesso in live streaming 2 settimane fa", 2.5*7), ("3 jaar geleden", 3.5*365), ("2 weken geleden gestreamd", 2.5*7),
 ("3 года назад", 3.5*365), ("5 лет назад", 5.5*365), ("Трансляция закончилась 2 недели назад", 2.5*7), ("3 роки тому", 3.5*365),
 ("3 lata temu", 3.5*365), ("5 lat temu", 5.5*365), ("3 yıl önce", 3.5*365), ("2 hafta önce yayınlandı", 2.5*7), ("3 ay önce", 3.5*30),
 ("3 年前", 3.5*365), ("3年前", 3.5*365), ("2 週間前に配信済み", 2.5*7), ("3 か月前", 3.5*30), ("1 日前", 1.5), ("3个月前", 3.5*30), ("2周前", 2.5*7), ("5小时前", 5.5/24),
 ("3년 전", 3.5*365), ("3개월 전", 3.5*30), ("2주 전 스트리밍됨", 2.5*7), ("3 năm trước", 3.5*365), ("Đã phát trực tiếp 2 tuần trước", 2.5*7),
 ("3 tahun yang lalu", 3.5*365), ("Streaming 2 minggu yang lalu", 2.5*7), ("3 vuotta sitten", 3.5*365), ("3 साल पहले", 3.5*365), ("3 वर्ष पहले", 3.5*365),
 ("3 ปีที่แล้ว", 3.5*365), ("قبل 3 سنوات", 3.5*365), ("قبل ٣ سنوات", 3.5*365), ("לפני 3 שנים", 3.5*365), ("πριν από 3 χρόνια", 3.5*365),
 ("3 éve", 3.5*365), ("2 hete", 2.5*7), ("acum 3 ani", 3.5*365), ("för 3 år sedan", 3.5*365), ("for 3 år siden", 3.5*365), ("před 3 lety", 3.5*365),
 ("yesterday", 1), ("ayer", 1), ("12,345 views", None), ("3 years", None), ("Our company was founded 3 years ago and we love what we do every day", None),
 ("10 minutes ago", 10.5/1440), ("3 days ago", 3.5), ("2 months ago", 2.5*30)]


@pytest.mark.parametrize(("text", "days"), DATES, ids=[d[0] for d in DATES])
def test_relative_dates_in_the_languages_platforms_serve(text, days):
    want = None if days is None else REF - timedelta(days=days)
    assert relative_date(text, REF) == want


def test_the_reference_is_the_answers_date_header_else_the_clock():
    assert response_date({"Date": "Tue, 01 Dec 2026 12:00:00 GMT"}) == datetime(2026, 12, 1, 12, tzinfo=UTC)
    assert response_date({b"date": [b"Tue, 01 Dec 2026 12:00:00 GMT"]}) == datetime(2026, 12, 1, 12, tzinfo=UTC)
    assert response_date({"Date": "yesterday-ish"}) is None
    assert reference_time({})[1] == "clock"
    assert reference_time({"Date": "Tue, 01 Dec 2026 12:00:00 GMT"})[1] == "date_header"


UC, OTHER = "UC" + "a" * 22, "UC" + "b" * 22


def _channel(*items, lang="en"):
    data = {"metadata": {"channelMetadataRenderer": {"title": "Harbour Ferry", "externalId": UC,
                                                     "vanityChannelUrl": "http://www.youtube.com/@harbourferry"}},
            "contents": {"twoColumnBrowseResultsRenderer": {"tabs": [{"tabRenderer": {"content": {
                "sectionListRenderer": {"contents": list(items)}}}}]}}}
    return (f'<html lang="{lang}"><head><title>Harbour Ferry - YouTube</title>'
            f'<meta property="og:url" content="https://www.youtube.com/channel/{UC}"></head><body>'
            f'<script>var ytInitialData = {json.dumps(data)};</script></body></html>').encode()


def _video(when, by=None, key="gridVideoRenderer"):
    item = {"videoId": "v", "publishedTimeText": {"simpleText": when}}
    if by:
        item["shortBylineText"] = {"runs": [{"text": "x", "navigationEndpoint": {"browseEndpoint": {"browseId": by}}}]}
    return {key: item}


DATE = {"Date": "Tue, 01 Dec 2026 12:00:00 GMT"}


@pytest.mark.parametrize("catalog", [CAT, without_rules(CAT)], ids=["rules on", "rules off"])
@pytest.mark.parametrize(("lang", "old", "new"), [
    ("en", "3 years ago", "Streamed 2 years ago"), ("de", "vor 3 Jahren", "Vor 2 Jahren gestreamt"),
    ("es", "hace 3 años", "Transmitido hace 2 años"), ("ja", "3 年前", "2 年前に配信済み"),
    ("ru", "3 года назад", "Трансляция закончилась 2 года назад"), ("pt", "há 3 anos", "Transmitido há 2 anos"),
])
def test_a_channels_last_activity_is_its_newest_own_item(catalog, lang, old, new):
    body = _channel(_video(old), _video(new), _video("3 days ago", by=OTHER), lang=lang)
    got = read_profile(catalog["youtube"], "https://www.youtube.com/@harbourferry", 200, DATE, body)
    assert got.state is FOUND
    # "2 years ago", read as the middle of two to three years (2.5 * 365 days) before the Date
    # header; another channel's video of last week is not its activity
    assert got.fields.last_active_at == "2024-06-02T00:00:00+00:00"
    assert got.evidence["relative_dates_from"] == "date_header"


def test_lockup_cards_of_2024_carry_the_date_in_their_metadata_parts():
    lockup = {"lockupViewModel": {"metadata": {"lockupMetadataViewModel": {"metadata": {
        "contentMetadataViewModel": {"metadataRows": [{"metadataParts": [
            {"text": {"content": "1.2K views"}}, {"text": {"content": "5 months ago"}}]}]}}}}}}
    got = read_profile(CAT["youtube"], "https://www.youtube.com/@harbourferry", 200, DATE, _channel(lockup))
    assert got.fields.last_active_at == "2026-06-19T12:00:00+00:00"  # 5.5 * 30 days before


def test_no_date_is_made_up():
    doc = {"items": [{"publishedTimeText": {"simpleText": "Premieres in 3 days"}},
                     {"dateText": {"simpleText": "Streamed live on Mar 5, 2021"}},
                     {"publishedTimeText": "We started this channel 3 years ago to show our harbour to everyone who loves it"}]}
    assert newest_activity(doc, REF) is None
    assert newest_activity({"a" * 10: [[[[[[]]]]]] * 100}, REF) is None
