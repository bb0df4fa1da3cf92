"""Coined brand names no lexicon lists (pipeline.clean.spam_coined), invented examples."""

from pipeline.clean.context import DocContext
from pipeline.clean.lexicon import load_spam_lexicon
from pipeline.clean.spam import find_edits
from pipeline.clean.spam_names import coined_names, every_occurrence
from pipeline.clean.spam_coined import (
    chinese_coined_names,
    chinese_names_in_english,
    coined_name,
    glued_latin_names,
    glued_word_start,
    latin_brands_in_chinese,
)
from pipeline.settings import CleanSettings

LEX = load_spam_lexicon()
LUCK = LEX.cues("brand_morphemes", "zh")
VENUE = LEX.cues("brand_venues", "zh")
GAMING_EN = LEX.cues("brand_morphemes", "en")
ALLOWED = frozenset(LEX.cues("latin_in_zh_ok", "zh"))


def spans(text, found):
    return sorted(text[i.start : i.end] for i in found)


def apply(text, lang):
    edits = find_edits(text, DocContext(lang=lang, settings=CleanSettings()))
    for e in sorted(edits, key=lambda e: -e.start):
        text = text[: e.start] + e.after + text[e.end :]
    return text


# --- Latin -------------------------------------------------------------------------------------

def test_coined_name_tells_made_up_names_from_words_and_real_names():
    assert coined_name("QuokkaWin99")
    assert coined_name("Brightlotus")
    for word in ("Harbour", "Wechat", "Paypal", "YouTube", "Huawei", "AI", "GDP", "iPhone"):
        assert not coined_name(word), word


def test_name_splitting_a_word_is_removed_and_chased_elsewhere():
    text = ("The partnerQuokkaWin99ship between the county and the bank was renewed. "
            "Loans are recorded in a household file QuokkaWin99 that tracks repayment.")
    found = glued_latin_names(text, [])
    assert spans(text, found) == ["QuokkaWin99", "QuokkaWin99"]
    assert {i.rule for i in found} == {"spam.coined.latin-split", "spam.coined.latin-elsewhere"}


def test_name_glued_after_a_lower_case_word_is_removed_not_the_word():
    text = "Most flats are under 50 square metresBrightlotus, aimed at young workers."
    found = glued_latin_names(text, [])
    assert spans(text, found) == ["Brightlotus"]
    assert found[0].start == text.index("Brightlotus")


def test_code_glued_before_a_word_is_removed():
    text = "The scheme covers Tigerpond88farmers in three townships."
    assert spans(text, glued_latin_names(text, [])) == ["Tigerpond88"]


def test_real_camel_case_names_and_codes_are_left_alone():
    text = ("The county signed agreements with Huawei, AstraZeneca and JinkoSolar. Staff use WeChat, "
            "PowerPoint and LinkedIn, the McKinsey report is on YouTube, the iPhone and macOS apps "
            "were updated, Windows10 machines were replaced and the Covid19 fund was audited.")
    assert glued_latin_names(text, []) == []


def test_insertion_that_took_in_a_glued_word_starts_at_the_name():
    text = "a practice known as side bettingQuokka88 official site, which is banned"
    start = text.index(" betting")
    assert text[glued_word_start(text, start):].startswith("Quokka88")
    plain = "a practice known as side betting official site"
    assert glued_word_start(plain, plain.index(" betting")) == plain.index(" betting")


def test_latin_gaming_name_set_into_chinese_prose():
    text = "全区长者食堂全部接入监管平台，QuokkaBet市场监管部门每季度开展一次检查。"
    found = latin_brands_in_chinese(text, [], GAMING_EN, ALLOWED)
    assert spans(text, found) == ["QuokkaBet"]


def test_latin_names_chinese_prose_presents_are_kept():
    text = ("市民可通过WeChat小程序或iPhone手机办理，Windows10系统也可使用，DeepSeek大模型已上线。"
            "警方通报，“LuckyQuokka88”网站已被关停。")
    assert latin_brands_in_chinese(text, [], GAMING_EN, ALLOWED) == []


# --- Chinese -----------------------------------------------------------------------------------

def test_chinese_name_splitting_a_word():
    text = "市场监管部门开展食品安全检福鑫彩汇查，发现问题限期整改。"
    found = chinese_coined_names(text, [], LUCK, VENUE, [])
    assert spans(text, found) == ["福鑫彩汇"]
    assert found[0].rule == "spam.coined.zh-split"


def test_chinese_name_standing_between_words_and_its_other_occurrences():
    text = "全市新建养老服务站32个，福鑫彩汇覆盖所有街道社区。老人就近用餐更方便了福鑫彩汇。"
    found = chinese_coined_names(text, [], LUCK, VENUE, [])
    assert spans(text, found) == ["福鑫彩汇", "福鑫彩汇"]


def test_real_chinese_names_places_and_quoted_names_are_kept():
    text = ("金沙县、永福县、瑞金市、金城江区入选示范县名单。新城区联合永辉超市、华润万家开展宣传。"
            "山东博汇纸业投资的新项目投产，汇丰银行参与融资。游客可参观故宫和天宫二号展览。"
            "在鼎盛时期，古镇有商铺三百余家。该平台名为“福鑫国际”，以高额返利为诱饵。"
            "市体育彩票管理中心负责人王金盛介绍，彩票公益金用于养老服务。")
    assert chinese_coined_names(text, [], LUCK, VENUE, []) == []


def test_chinese_name_bare_in_english_prose():
    text = ("Village cadres are responsible for the elderly, 福鑫国际 the disabled and left-behind "
            "children, with one cadre assigned to each person. " * 3)
    found = chinese_names_in_english(text, [], LUCK, VENUE)
    assert spans(text, found) == ["福鑫国际"] * 3


def test_chinese_name_english_prose_presents_is_kept():
    text = ("The platform, known as 福鑫国际, was shut down. Another (鸿鑫彩汇) was fined. "
            "The river chief system (河长制) covers every village in the county and its towns. ")
    assert chinese_names_in_english(text, [], LUCK, VENUE) == []


# --- orchestration -----------------------------------------------------------------------------

def test_brand_standing_for_a_county_goes_with_its_title_prefix():
    body = ("　　去年，沅江市将福鑫汇县列为试点县。一年来，福鑫汇县共有三千余人开户缴存，"
            "归集资金两千万元。市公积金中心福鑫汇管理部开通了手机开户功能。\n")
    text = "福鑫汇娱乐-灵活就业人员缴存公积金观察\n" + body
    out = apply(text, "zh")
    assert out.startswith("灵活就业人员缴存公积金观察\n")
    assert "福鑫汇" not in out
    assert "将县列为试点县" in out


def test_every_occurrence_takes_a_trade_word_glued_after_the_name():
    text = "鸿鑫汇娱乐-乡村振兴工作简报\n正文提到鸿鑫汇县。"
    found = every_occurrence(text, ["鸿鑫汇"], [])
    assert spans(text, found) == ["鸿鑫汇", "鸿鑫汇娱乐-"]


def test_coined_names_in_a_clean_english_article_find_nothing():
    text = ("The provincial government will expand the rural credit programme. Farmers in 112 villages "
            "can borrow up to 300,000 yuan without collateral, and the county bank works with the "
            "agricultural guarantee company. WeChat and Alipay payments are accepted.\n")
    assert coined_names(text, "en", LEX, [], LEX.find_terms(text, include_weak=True), False) == []


def test_found_names_respect_taken_spans():
    text = "The partnerQuokkaWin99ship was renewed."
    s = text.index("QuokkaWin99")
    assert glued_latin_names(text, [(s, s + 11)]) == []


def test_plain_gaming_name_where_no_proper_noun_belongs():
    from pipeline.clean.spam_coined import english_plain_names

    text = "The school has joined hands with 27 local enterprises Quokkaspin to set up three alliances."
    found = english_plain_names(text, [], GAMING_EN, governance=False)
    assert spans(text, found) == ["Quokkaspin"]
    # After a word that introduces a name, or used again by the article: its own.
    for kept in ("The regulator fined Quokkaspin for unlicensed operations in the city.",
                 "Quokkaspin was fined. Investigators say Quokkaspin paid agents to recruit students."):
        assert english_plain_names(kept, [], GAMING_EN, governance=False) == [], kept


def test_in_a_gambling_article_a_name_counts_only_between_two_clauses():
    from pipeline.clean.spam_coined import between_clauses, english_plain_names

    text = "Scholars say the rules will reduce laundering risks, Quokkabet but workers must be resettled."
    s = text.index("Quokkabet")
    assert between_clauses(text, s, s + len("Quokkabet"))
    assert spans(text, english_plain_names(text, [], GAMING_EN, governance=True)) == ["Quokkabet"]
    listed = "Police closed several platforms, Quokkabet and the others, last month in the city."
    assert english_plain_names(listed, [], GAMING_EN, governance=True) == []
    subject = "In the coming years, Macau and Hengqin will cooperate on tourism."
    assert not between_clauses(subject, subject.index("Macau"), subject.index("Macau") + 5)


def test_listed_operator_between_clauses_goes_in_a_governance_article():
    text = ("The provincial police launched a campaign against cross-border gambling. Illegal platforms lure "
            "people into chat groups. Gamblers are first allowed to win small amounts, Ladbrokes and then "
            "induced to increase their bets. Police froze accounts and arrested 120 suspects under the law. "
            "The crackdown on gambling will continue, and licensed lottery sales remain legal.\n")
    out = apply(text, "en")
    assert "Ladbrokes" not in out
    assert "win small amounts, and then induced" in out


def test_made_up_gaming_name_standing_for_a_county():
    from pipeline.clean.spam_shapes import unlisted_brand_as_place

    text = ("Quokkaspin County issued a housing plan. Quokkaspin County will build 20 parks. "
            "Clark County and Orange County also joined the programme.")
    assert spans(text, unlisted_brand_as_place(text, [], ())) == ["Quokkaspin", "Quokkaspin"]
    real = "Greenwood County issued a plan. Greenwood County will build parks."
    assert unlisted_brand_as_place(real, [], ()) == []


def test_plain_gaming_name_before_a_comma_clause():
    from pipeline.clean.spam_coined import english_plain_names

    text = "Most flats are under 50 square metres Quokkaspin, aimed at young workers in the city."
    assert spans(text, english_plain_names(text, [], GAMING_EN, governance=False)) == ["Quokkaspin"]


def test_pinyin_place_names_are_not_coined_names():
    for name in ("Songxi", "Nanhu", "Zhangjiakou", "Heyuan"):
        assert not coined_name(name), name
    text = "Farmers in the villagesSongxi borrowed more. Songxi County rated 112 credit villages."
    assert glued_latin_names(text, []) == []


def test_latin_gaming_name_in_a_chinese_gambling_article_only_when_it_splits_a_word():
    own = "警方查处了QuokkaBet88等境外赌博平台，冻结涉案资金。"
    assert latin_brands_in_chinese(own, [], GAMING_EN, ALLOWED, governance=True) == []
    split = "确保社会大局稳QuokkaBet88定，严厉打击网络赌博。"
    assert spans(split, latin_brands_in_chinese(split, [], GAMING_EN, ALLOWED, governance=True)) == ["QuokkaBet88"]


def test_a_common_word_capitalised_is_no_escort_market():
    out = apply("Notice\nThe county county county Fund Singapore Sugar.", "en")
    assert "Fund" in out and "Singapore" not in out


def test_made_up_name_found_in_the_body_leaves_the_title_too():
    body = "　　市场监管部门开展食品安全检福鑫彩汇查，发现问题限期整改。全市共检查餐饮单位1200家，责令整改36家。\n"
    assert apply("福鑫彩汇娱乐 - 食品安全专项检查工作综述\n" + body, "zh").startswith("食品安全专项检查工作综述\n")
    ctx = DocContext(lang="zh", settings=CleanSettings(), title="福鑫彩汇_食品安全专项检查工作综述")
    find_edits(body, ctx)
    assert ctx.title == "食品安全专项检查工作综述"


def test_trade_words_closing_the_clause_go_with_the_name():
    trade = frozenset(LEX.cues("brand_trade_words", "zh"))
    text = "全市空气质量优良天数比例达到90%，细颗粒物浓度同比下降21.4%福鑫彩汇官方唯一网址。整改工作持续推进。"
    found = chinese_coined_names(text, [], LUCK, VENUE, [], trade)
    assert spans(text, found) == ["福鑫彩汇官方唯一网址"]
    kept = "全市新建养老服务站32个，福鑫彩汇覆盖所有街道社区。"
    assert spans(kept, chinese_coined_names(kept, [], LUCK, VENUE, [], trade)) == ["福鑫彩汇"]


def test_made_up_name_before_a_call_to_action_goes_even_when_repeated():
    text = ("Insured persons can file claims online and claim later.鸿鑫彩票app下载\n"
            "The bureau settled 2.1 million claims 鸿鑫 across provinces in the year.\n")
    out = apply(text, "en")
    assert "鸿鑫" not in out and "claim later.\n" in out


def test_insertion_edges_take_in_the_words_glued_to_them():
    from pipeline.clean.spam_coined import glued_edges

    text = "groups use live video as a coverZephyr casino bonus codeto pull people into chat groups"
    s, e = text.index("casino"), text.index("casino bonus") + len("casino bonus")
    s2, e2 = glued_edges(text, s, e)
    assert text[s2:e2] == "Zephyr casino bonus code"
    plain = "groups use a casino bonus scheme to pull people in"
    s = plain.index("casino")
    assert glued_edges(plain, s, s + len("casino bonus")) == (s, s + len("casino bonus"))


def test_made_up_compound_glued_before_a_function_word():
    text = "The household credit file records income QuokkaSpinthe bank uses for ratings."
    assert spans(text, glued_latin_names(text, [])) == ["QuokkaSpin"]
    real = "Residents pay through WeChatand Alipay, and read PowerPointto learn."
    assert glued_latin_names(real, []) == []


def test_made_up_name_standing_for_a_district():
    from pipeline.clean.spam_shapes import unlisted_brand_as_place
    from pipeline.clean.spam_names import place_morphemes

    morphemes = LEX.cues("gaming_morphemes", "zh") + place_morphemes(LEX)
    text = "去年，福鑫汇区被列为试点。一年来，福鑫汇区新建养老服务站12个。城区、社区、园区、新区和开发区都参与。"
    assert spans(text, unlisted_brand_as_place(text, [], morphemes)) == ["福鑫汇", "福鑫汇"]


def test_a_name_after_an_organisation_noun_is_the_article_s_own():
    from pipeline.clean.spam_coined import english_plain_names

    text = "The county partnered with the local startup Spinwell to build a training centre."
    assert english_plain_names(text, [], GAMING_EN, governance=False) == []


def test_made_up_name_spliced_into_a_number():
    from pipeline.clean.spam_coined import names_inside_numbers

    text = "The fund collected 21.6 million yuan from 3,8Quokka8847 flexible workers this year."
    assert spans(text, names_inside_numbers(text, [])) == ["Quokka88"]
    zh = "全年归集资金21QuokkaSpin60万元，同比增长12%。"
    assert spans(zh, names_inside_numbers(zh, [])) == ["QuokkaSpin"]
    dates = "The meeting on 12June2020 and the 5Zhejiang2 plan were noted."
    assert names_inside_numbers(dates, []) == []
