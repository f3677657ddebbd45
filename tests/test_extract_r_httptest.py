"""R's httptest recordings (``.R`` files: the expression that rebuilds httr's response) are
unpacked like other recorders' cassettes: the URL, the status, the content type and the body,
written here by hand with made-up values."""
from __future__ import annotations

from crawler.extract.captures import recorded_answers

TEXT_BODY = rb'''structure(list(url = "https://api.example.test/2/users/by/username/nobody_here",
    status_code = 404L, headers = structure(list(date = "Mon, 01 Mar 2021 10:00:00 GMT",
        `content-type` = "application/json; charset=utf-8", `content-encoding` = "gzip"),
        class = c("insensitive", "list")), cookies = structure(list(), class = "data.frame"),
    content = charToRaw("{\"errors\":[{\"title\":\"Not Found\",\"detail\":\"caf\u00e9 \\\\ x\"}]}"),
    date = structure(1614592800, class = c("POSIXct", "POSIXt"))), class = "response")
'''

RAW_BODY = rb'''structure(list(url = "https://api.example.test/me", status_code = 200L,
    headers = structure(list(`content-type` = "application/json"), class = c("insensitive",
    "list")), content = as.raw(c(0x7b, 0x22, 0x69, 0x64, 0x22, 0x3a, 0x31, 0x7d))),
    class = "response")
'''


def test_an_r_httptest_recording_with_its_body_as_text() -> None:
    (answer,) = recorded_answers(TEXT_BODY)
    assert answer.url == "https://api.example.test/2/users/by/username/nobody_here"
    assert answer.status == 404
    assert answer.headers == {"content-type": "application/json; charset=utf-8"}
    assert answer.body == '{"errors":[{"title":"Not Found","detail":"café \\\\ x"}]}'.encode()


def test_an_r_httptest_recording_with_its_body_as_raw_bytes() -> None:
    (answer,) = recorded_answers(RAW_BODY)
    assert (answer.url, answer.status, answer.body) == ("https://api.example.test/me", 200,
                                                         b'{"id":1}')


def test_r_code_that_is_no_recording_stays_a_bare_body() -> None:
    code = b'structure(list(a = 1, b = "two"), class = "thing")\n'
    (answer,) = recorded_answers(code)
    assert answer.url is None and answer.body == code
