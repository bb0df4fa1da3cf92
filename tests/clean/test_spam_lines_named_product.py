"""A made-up name with the gaming product it sells, set before or after a title with | or -:
spam even in an article about gambling enforcement; titles that discuss the product stay."""

import pytest

from pipeline.clean import clean_document
from pipeline.records import RawDocument
from pipeline.settings import CleanSettings

_BODY_EN = ("Police said the suspects ran illegal gambling dens and online betting from a rented flat. "
            "Gambling is illegal in the province, and the public should report recruitment ads.\n")
_BODY_ZH = "公安部表示，去年共侦办跨境赌博案件2300起，打掉赌博平台1200个，冻结涉赌账户3600个。\n"


def _clean(text):
    raw = RawDocument(source="t.txt", content=text.encode("utf-8"), media_type="text/plain")
    return clean_document(raw, CleanSettings())


@pytest.mark.parametrize("title,kept", [
    ("Harbour Star Sportsbook | Police arrest 40 over illegal betting ring", "Police arrest 40 over illegal betting ring"),
    ("Police arrest 40 over illegal betting ring | Silverfox Live Casino", "Police arrest 40 over illegal betting ring"),
    ("Redpine 88 Online Casino - Province bans gambling ads on buses", "Province bans gambling ads on buses"),
])
def test_name_and_product_beside_the_title(title, kept):
    out = _clean(f"{title}\n{_BODY_EN}").text
    assert out.splitlines()[0].strip() == kept


def test_chinese_name_and_product_before_the_title():
    out = _clean(f"金樽汇真人娱乐 | 公安机关严厉打击跨境赌博\n{_BODY_ZH}").text
    assert out.splitlines()[0].strip() == "公安机关严厉打击跨境赌博"


@pytest.mark.parametrize("title", [
    "Macau Online Casino Crackdown | Police arrest 40 suspects",
    "Why Macau Live Casino revenue fell | Analysis",
    "Police arrest 40 over illegal betting ring | The Online Casino Problem",
])
def test_titles_about_the_product_stay(title):
    out = _clean(f"{title}\n{_BODY_EN}").text
    assert out.splitlines()[0].strip() == title


def test_keywords_glued_into_a_clause_of_the_first_line_go_inline():
    text = "市政府推动养老服务体系建设，新北搬家公司推薦今年新增社区食堂50家。\n老年人助餐补贴每人每餐3元，覆盖全市60岁以上老人。\n"
    out = _clean(text).text
    assert "今年新增社区食堂50家" in out and "搬家" not in out


@pytest.mark.parametrize("line,kept", [
    ("The county will build 12 new schools by 2026, the bureau said. Royal Tiger Sportsbook | Golden Ace Live Casino",
     "The county will build 12 new schools by 2026, the bureau said."),
    ("The county will build 12 new schools by 2026, the bureau said. Harbour Nine Online Casino",
     "The county will build 12 new schools by 2026, the bureau said."),
    ("县教育局表示，到2026年将新建学校12所。金虎体育官网 | 皇家真人娱乐", "县教育局表示，到2026年将新建学校12所。"),
])
def test_name_and_product_tail_after_a_line_s_last_sentence(line, kept):
    text = f"Rural schools\n{line}\nTeachers will get higher pay in rural areas, the bureau said.\n"
    out = _clean(text).text
    assert kept in out.splitlines()
    assert "Casino" not in out and "娱乐" not in out


@pytest.mark.parametrize("line", [
    "Police closed an illegal online casino last month. Officials said the operators fled abroad.",
    "Police closed 12 sites. The ban covers online casino ads and sportsbook sponsorship",
    "县公安局表示，今年已关停境外赌博网站12个。涉案平台以体育官网名义招揽会员",
])
def test_sentences_about_the_products_are_no_tail(line):
    from pipeline.clean.lexicon import load_spam_lexicon
    from pipeline.clean.spam_lines import keyword_tails
    assert keyword_tails(f"{line}\n", load_spam_lexicon()) == []
