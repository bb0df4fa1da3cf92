"""Made-up Chinese names jieba cannot read (single characters), of luck and venue morphemes,
closed by a trade word, lucky digits, or the halves of a word they split. Invented examples."""

from pipeline.clean.context import DocContext
from pipeline.clean.spam import find_edits
from pipeline.settings import CleanSettings


def apply(text, lang="zh"):
    edits = find_edits(text, DocContext(lang=lang, settings=CleanSettings()))
    for e in sorted(edits, key=lambda e: -e.start):
        text = text[: e.start] + e.after + text[e.end :]
    return text


def test_name_with_a_site_word_mid_sentence():
    text = "　　项目资金由县财政鑫隆坊官网统一拨付，各乡镇不得截留挪用。\n"
    assert apply(text) == "　　项目资金由县财政统一拨付，各乡镇不得截留挪用。\n"


def test_two_morphemes_with_lucky_digits():
    text = "　　参保人连续缴费满12个月盛鼎99即可申领失业补助金。\n"
    assert apply(text) == "　　参保人连续缴费满12个月即可申领失业补助金。\n"


def test_traditional_name_splitting_a_word_and_its_other_occurrence():
    text = ("　　監管部門將對違規企業處以罰款寶鼎坊五十萬元。\n"
            "　　此舉有助於維護市場秩寶鼎坊序，保障消費者權益。\n")
    out = apply(text)
    assert "寶鼎坊" not in out and "維護市場秩序" in out and "罰款五十萬元" in out


def test_club_name_with_entertainment_after_a_quotation():
    text = "　　停车难、楼道堆物等“小事”金瀚会娱乐不出社区就能解决，居民满意度明显提升。\n"
    assert "金瀚会" not in apply(text)


def test_unknown_two_character_name_with_a_site_word_before_a_number():
    text = "　　截至目前，全县已建成养老服务站天澜娱乐42个，覆盖所有乡镇。\n"
    assert apply(text) == "　　截至目前，全县已建成养老服务站42个，覆盖所有乡镇。\n"


def test_morpheme_only_name_closing_a_clause():
    for name in ("盛鸿汇", "金冠坊"):
        text = f"　　这一做法有效提升了基层治理效能{name}，得到群众普遍认可。\n"
        assert apply(text) == "　　这一做法有效提升了基层治理效能，得到群众普遍认可。\n"


def test_people_named_with_luck_characters_stay():
    for text in (
        "　　王金宝体育成绩优异，获评三好学生。\n",
        "　　陈宝福官网发布了招聘公告。\n",
        "　　市民可以前往新天地、金鼎城、万达广场消费。\n",
        "　　可登录盛泰官网查询补贴名单，也可通过鼎丰官网预约办理。\n",
    ):
        assert apply(text) == text


def test_real_words_numbers_and_quoted_names_stay():
    for text in (
        "　　本届运动会上，代表团共获得金牌12枚、银牌9枚。\n",
        "　　该项目位于鼎盛路88号，由县城投公司负责建设。\n",
        "　　警方查明，该团伙以“鑫隆坊”官网为名，诱导群众充值。\n",
        "　　新区金鼎路体育馆明年开放，市民可预约使用。\n",
        "　　该县鑫盛隆公司负责建设，天成国际物流提供仓储。\n",
    ):
        assert apply(text) == text
