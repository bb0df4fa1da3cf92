"""Chinese text inside English articles (spam_script.cjk_in_english)."""

import pytest

from pipeline.clean.spam_script import cjk_in_english


def _found(text):
    return [text[i.start : i.end] for i in cjk_in_english(text, [])]


def test_keywords_joined_by_ascii_commas_are_one_phrase():
    title = "County opens new wastewater plant for three townships,三级片免费观看,日韩激情"
    assert _found(title) == ["三级片免费观看,日韩激情"]


def test_short_text_with_much_chinese_is_not_taken_for_bilingual():
    # A title alone: the Chinese is a large share of few characters, but no line is Chinese.
    assert _found("Farm roads,外围女上门") == ["外围女上门"]


def test_spaced_phrase_inside_an_english_sentence():
    text = "The bureau repaired the canals, 彩虹国际 the sluice gates and two pumping stations."
    assert _found(text) == ["彩虹国际"]


@pytest.mark.parametrize("text", [
    "The programme known as 对口支援 pairs eastern cities with western counties.",
    "The policy of 组团式帮扶 sends medical teams to county hospitals each year.",
    "Every household keeps its hukou (户口) booklet at home.",
    "Officials cited the slogan 绿水青山 in every township meeting.",
    "Residents call it 菜篮子 (vegetable basket), a term from the 1980s programme.",
])
def test_terms_the_article_names_stay(text):
    assert _found(text) == []


def test_bilingual_text_is_left_alone():
    text = ("The county built 120 kilometres of farm roads in 2021.\n"
            "县里在2021年修建了120公里农村公路，方便群众出行。\n"
            "Villagers say the roads cut travel time to market by half.\n"
            "村民说，新修的公路让他们去集市的时间缩短了一半。\n")
    assert _found(text) == []


def test_line_of_its_own_is_not_taken():
    text = "农村公路建设\nThe county built 120 kilometres of farm roads in 2021 and more next year.\n"
    assert _found(text) == []


EN_A = "The county built 120 kilometres of farm roads in 2021, linking every village to the highway."
EN_B = "Villagers say the new roads cut their travel time to the market by half."


def test_chinese_prose_line_between_english_paragraphs():
    text = f"Farm roads\n{EN_A}\n专业代写论文，包过查重，价格优惠，欢迎咨询。\n{EN_B}\n"
    found = cjk_in_english(text, [])
    assert [text[i.start : i.end] for i in found] == ["专业代写论文，包过查重，价格优惠，欢迎咨询。"]
    assert found[0].whole_line and found[0].rule == "spam.unknown.chinese-line-in-english"


@pytest.mark.parametrize("line", [
    "来源：县交通运输局农村公路管理站",       # a label line (metadata)
    "“要想富，先修路”是村里常说的一句话。",   # a quotation
])
def test_chinese_lines_an_english_article_may_hold(line):
    text = f"Farm roads\n{EN_A}\n{line}\n{EN_B}\n"
    assert cjk_in_english(text, []) == []


def test_chinese_title_line_on_top_stays():
    text = f"县里农村公路建设成效明显，群众出行更方便\n{EN_A}\n{EN_B}\n"
    assert cjk_in_english(text, []) == []
