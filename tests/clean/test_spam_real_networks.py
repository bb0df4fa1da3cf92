"""Shapes that real spam networks use on hacked policy pages (written for this test):
a listed brand with the whole of its call (官方网站), a market named before a Chinese
escort keyword, a casino operator glued to its venue word, a demonym before Escort."""

from pipeline.clean.context import DocContext
from pipeline.clean.lexicon import load_spam_lexicon
from pipeline.clean.spam import find_edits
from pipeline.settings import CleanSettings


def apply(text: str, lang: str) -> str:
    edits = find_edits(text, DocContext(lang=lang, settings=CleanSettings()))
    for e in sorted(edits, key=lambda e: -e.start):
        text = text[: e.start] + e.after + text[e.end :]
    return text


def test_listed_brand_goes_with_its_whole_call():
    text = "全县投入1200万元建设网格化管理平台爱游戏体育官方网站，覆盖全部行政村。"
    assert apply(text, "zh") == "全县投入1200万元建设网格化管理平台，覆盖全部行政村。"


def test_market_before_a_chinese_escort_keyword_goes_too():
    text = "县委召开专题会议研究基层治理工作，菲律宾包养网明确了工作思路。"
    assert apply(text, "zh") == "县委召开专题会议研究基层治理工作，明确了工作思路。"


def test_operator_glued_to_its_venue_word_goes_in_an_ordinary_article():
    text = "村民通过手机端上报问题，2022年群众满意度提升到96%新葡京娱乐场。"
    assert apply(text, "zh") == "村民通过手机端上报问题，2022年群众满意度提升到96%。"


def test_operator_and_venue_stay_in_an_article_about_casino_regulation():
    text = ("澳门特区政府修订博彩法，加强对博彩中介人的监管。新法规定，澳门新葡京娱乐场等博彩场所须设立"
            "负责任博彩资讯站。博彩监察协调局表示，将严厉打击非法赌博和跨境赌博。")
    assert apply(text, "zh") == text


def test_venue_word_no_longer_hides_a_product_behind_a_weak_brand():
    lex = load_spam_lexicon()
    (hit,) = lex.find_terms("提升到96%新葡京娱乐场。")
    assert lex.role_strength(hit.entry_id) == ("product", "strong")


def test_demonym_before_escort_goes():
    text = "The county Afrikaner Escort has built 12 poverty alleviation workshops since 2018."
    assert apply(text, "en") == "The county has built 12 poverty alleviation workshops since 2018."


def test_entertainment_venues_are_no_casino():
    text = "加强体育、文化、娱乐场所等公共服务设施的信息公开，方便群众查询。"
    assert apply(text, "zh") == text


def test_latin_code_glued_after_a_chinese_brand_goes_with_it():
    text = "东西部协作成效明显\n2021年，帮扶资金总额达到23亿元，比上年增长12%华体会HTH。"
    assert apply(text, "zh") == "东西部协作成效明显\n2021年，帮扶资金总额达到23亿元，比上年增长12%。"


def test_keyword_line_joined_by_a_colon_goes_whole():
    text = "县里建成现代农业园区，吸纳周边农民务工。\n台湾包养网站推荐：甜心宝贝包养网\n下一步将继续推进。"
    assert apply(text, "zh") == "县里建成现代农业园区，吸纳周边农民务工。\n下一步将继续推进。"


def test_a_code_after_a_genuine_chinese_word_stays():
    text = "全县建成5G基站120个，实现行政村5G网络全覆盖。"
    assert apply(text, "zh") == text


def test_genuine_texts_get_no_spam_edit_at_all():
    """The whole spam step, not only the spliced-sentence rule, leaves genuine prose alone: company
    and app names, colourful features, commentary and service guides (all written for the tests)."""
    from pathlib import Path

    fixtures = Path(__file__).resolve().parents[1] / "fixtures" / "spam_fit"
    files = sorted(fixtures.glob("*_clean.txt"))
    assert len(files) >= 10
    for path in files:
        text = path.read_text(encoding="utf-8")
        lang = "zh" if path.name.startswith("zh") else "en"
        assert apply(text, lang) == text, path.name


def test_a_name_given_away_by_a_hidden_element_goes_from_the_visible_text():
    from pipeline.clean import clean_document
    from pipeline.records import RawDocument

    page = ("<html><head><title>Rural water supply</title></head><body><div class='article'>"
            "<h1>Rural water supply</h1>"
            "<p>The county built 32 water stations in 2022, serving 41,000 villagers in the hill townships.</p>"
            "<div style='display:none'>Zorvexa online casino bonus</div>"
            "<p>Engineers from the provincial water bureau tested every pump before handover. "
            "Zorvexa Maintenance teams now visit each station once a month.</p>"
            "<p>Residents pay 2.1 yuan per ton, and the county subsidises households on the minimum living "
            "allowance.</p></div></body></html>")
    rec = clean_document(RawDocument(source="p.html", content=page.encode(), media_type="text/html"))
    assert "Zorvexa" not in rec.text
    assert "before handover. Maintenance teams now visit" in rec.text


def test_glued_technical_terms_codes_and_a_repeated_trade_stay_in_chinese():
    text = ("县里为老人提供家电维修服务。\n养老机构采购了支持WiFi6的呼叫终端，糖化血红蛋白HbA1c检测纳入体检，"
            "短信验证码例如Kx4pT8，家电维修由社区统一安排。")
    assert apply(text, "zh") == text


def test_a_gaming_name_glued_into_chinese_prose_still_goes():
    text = "县里推进乡村振兴ApexSpin战略实施，今年新建产业园3个。"
    assert apply(text, "zh") == "县里推进乡村振兴战略实施，今年新建产业园3个。"


def test_an_operating_system_version_glued_into_chinese_stays():
    text = "通知\n全县机关电脑统一升级到Win10Pro系统，并安装国产办公软件。\n"
    assert apply(text, "zh") == text
