"""A site's masthead saved as a text line: its name beside account, language or footer links."""

from __future__ import annotations

import pytest

from pipeline.clean import clean_document
from pipeline.clean.boilerplate import classify_line, fragment_chrome
from pipeline.records import RawDocument
from pipeline.settings import CleanSettings


@pytest.mark.parametrize(
    "line",
    [
        "Harbour Ledger | Log in | Register",
        "Sign in  Subscribe  The Coastal Courier",
        "Lanshan Evening Post  My account  Sign out",
        "English 简体中文 Qinghe Online",
        "岚山县人民政府 登录 注册 无障碍",
        "清河新闻网｜登錄｜註冊",
    ],
)
def test_site_name_with_account_links_is_chrome(line):
    assert fragment_chrome(line)
    assert classify_line(line)[0] == "strong"


@pytest.mark.parametrize(
    "line",
    [
        "Pingan Bank Launches Online Register Search",
        "How to Register and Log in to the Tax App",
        "Harbour Ledger Search Register",  # no unmistakable account link
        "新版个人所得税App注册登录",
        "Residents can now sign in to the Subscribe service with their ID card.",
        "Log in to Register Online",  # words between the links: a sentence, not a link row
    ],
)
def test_headlines_and_sentences_with_account_words_are_not_masthead(line):
    assert not fragment_chrome(line)


def _clean_text(text: str):
    return clean_document(RawDocument(source="t.txt", content=text.encode(), media_type="text/plain"),
                          CleanSettings())


def test_masthead_line_above_a_plain_text_article_goes():
    doc = ("Northbay Herald  Subscribe  Sign in\n"
           "Ferry timetable changes\n"
           "The river ferry will run every twenty minutes from next month, the transport bureau said on Friday.\n"
           "Fares stay the same, and students and pensioners keep their discount cards, officials said.\n")
    rec = _clean_text(doc)
    assert "Northbay Herald" not in rec.text and "Subscribe" not in rec.text
    assert rec.title == "Ferry timetable changes"
    assert "students and pensioners" in rec.text


def test_an_article_sentence_about_signing_in_stays():
    doc = ("Ferry timetable changes\n"
           "The river ferry will run every twenty minutes from next month, the transport bureau said on Friday.\n"
           "Riders sign in to the ferry app and subscribe to delay alerts, officials said.\n")
    rec = _clean_text(doc)
    assert "subscribe to delay alerts" in rec.text
    assert not rec.changes
