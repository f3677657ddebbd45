"""How the official-site crawl reads a company's links (#11): the link's text, and the words
of its sentence that call the channel retired."""

from __future__ import annotations

from scrapy.http import HtmlResponse

from crawler.spiders.websites import _links


def _page(body: str) -> HtmlResponse:
    return HtmlResponse("https://www.quillmark.de/filialen", body=body.encode(),
                        encoding="utf-8")


def test_a_link_whose_sentence_retires_it_carries_the_words_in_brackets() -> None:
    links = dict(_links(_page(
        "<html><body><p>Neue Videos auf dem Hauptkanal "
        "<a href='https://www.youtube.com/@Quillmark'>Quillmark</a>. Der alte Kanal "
        "<a href='https://www.youtube.com/@QuillmarkTV'>Quillmark TV</a> bleibt als Archiv.</p>"
        "<p>Unsere alte Seite: <a href='https://www.facebook.com/quillmark.bremen'>"
        "facebook.com/quillmark.bremen</a> (wird nicht mehr aktualisiert).</p>"
        "<ul><li><a href='https://www.instagram.com/quillmark/'>Instagram</a></li></ul>"
        "</body></html>")))
    assert links["https://www.youtube.com/@Quillmark"] == "Quillmark"
    assert links["https://www.youtube.com/@QuillmarkTV"] == "Quillmark TV (archiv)"
    assert links["https://www.facebook.com/quillmark.bremen"] == (
        "facebook.com/quillmark.bremen (wird nicht mehr aktualisiert)")
    assert links["https://www.instagram.com/quillmark/"] == "Instagram"
