"""Reader chrome of news sites saved as text (English and Chinese): sign-in and paywall prompts, newsletter
sign-ups, reading time, skip links, cookie banners, comment prompts, read-more teasers."""

from __future__ import annotations

import pytest

from pipeline.clean import clean_document
from pipeline.clean.boilerplate import classify_line
from pipeline.records import RawDocument
from pipeline.settings import CleanSettings


@pytest.mark.parametrize(
    "line",
    [
        "Log in to leave a comment", "Sign in to comment", "Subscribe to continue reading",
        "Already a subscriber? Log in", "You have 2 free articles left this month",
        "Sign up for our weekly newsletter", "Listen to this article (4 min)", "7 min read",
        "Reading time: 3 minutes", "Skip to main content", "Accept all cookies",
        "This site uses cookies to give you a better experience.", "Email this story", "Link copied",
        "Comments are closed.", "Story continues below advertisement", "Read more: Ferry fares to stay the same",
        "Follow Harbour Ledger on Weibo", "全文共2381字，阅读大约需要5分钟", "预计阅读时间：6分钟",
        "點擊圖片查看大圖", "正在加载…", "登录后参与评论", "Photo: Ana Ruiz/Coastal Courier",
    ],
)
def test_reader_chrome_lines(line):
    cls, rule = classify_line(line)
    assert cls == "strong" and rule in ("boilerplate.reader-chrome", "boilerplate.photo-credit", "boilerplate.comments")


@pytest.mark.parametrize(
    "line",
    [
        "Residents can sign up for the scheme at any community service center until the end of March.",
        "Related measures will be announced next week, the bureau said.",
        "Read more about the plan on page 3, officials told reporters at the briefing.",
        "The program reads five minutes of news to elderly listeners every morning.",
        "Villagers said they would join the conversation about the new road plan at the town hall.",
        "Loading of the grain trucks began at dawn.",
        "全文共分五章，阅读后请在表格中签字。",
        "点击图片可以看到村里的新变化。",
        "The ferry company uses cookies and tea from local farms in its cafe, the manager said.",
    ],
)
def test_article_sentences_stay(line):
    assert classify_line(line)[0] in ("text", "short")


def test_native_news_page_saved_as_text():
    doc = ("Skip to main content\nHarbour Ledger  Subscribe  Sign in\nFerry timetable changes\n5 min read\n"
           "The river ferry will run every twenty minutes from next month, the transport bureau said on Friday.\n"
           "Story continues below advertisement\n"
           "Fares stay the same, and students and pensioners keep their discount cards, officials said.\n"
           "Comments are closed.\nLog in to leave a comment\n")
    rec = clean_document(RawDocument(source="t.txt", content=doc.encode(), media_type="text/plain"), CleanSettings())
    assert rec.title == "Ferry timetable changes"
    for gone in ("Skip to", "Subscribe", "min read", "Story continues", "Comments are closed", "Log in"):
        assert gone not in rec.text
    assert "every twenty minutes" in rec.text and "students and pensioners" in rec.text
