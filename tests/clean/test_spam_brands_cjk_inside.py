"""Chinese gaming names set inside sentences: a venue name before a call to action inside a
governance article, a brand standing for a place in Traditional script, a hidden seller's name
with a dictionary word in it chased into the text (invented examples)."""

from pipeline.clean.context import DocContext
from pipeline.clean.lexicon import load_spam_lexicon
from pipeline.clean.spam import find_edits
from pipeline.clean.spam_names import chase_sellers, seller_names
from pipeline.clean.spam_shapes import unlisted_brand_as_place
from pipeline.settings import CleanSettings

LEX = load_spam_lexicon()
GOV = "公安机关开展打击跨境赌博专项行动，严厉打击网络赌博犯罪。今年以来共破获赌博案件120起，查处赌博窝点35个。"


def apply(text, lang="zh"):
    edits = find_edits(text, DocContext(lang=lang, settings=CleanSettings()))
    for e in sorted(edits, key=lambda e: -e.start):
        text = text[: e.start] + e.after + text[e.end :]
    return text


def test_venue_name_with_call_to_action_inside_a_governance_sentence_goes():
    for inserted, clean in (("犯罪团伙通过皇冠会体育官网账户转移赌资。", "犯罪团伙通过账户转移赌资。"),
                            ("嫌疑人利用金龙宫娱乐官网链接诱骗群众充值。", "嫌疑人利用链接诱骗群众充值。"),
                            ("部分钱庄为赌博鸿福阁娱乐官网资金结算提供便利。", "部分钱庄为赌博资金结算提供便利。")):
        assert apply(GOV + inserted) == GOV + clean


def test_quoted_site_and_tourism_site_in_a_governance_article_stay():
    for genuine in ("警方查获的“金殿娱乐官网”已被关停。", "凤凰城旅游官网发布了春节开放时间。"):
        assert apply(GOV + genuine) == GOV + genuine


def test_traditional_script_brand_standing_for_a_place():
    for text, name in (("金鼎體育市衛生局表示，金鼎體育市將新建三所醫院。", "金鼎體育"),
                       ("鴻發彩票縣教育局通知，鴻發彩票縣中小學九月開學。", "鴻發彩票"),
                       ("盛隆娛樂縣灌區工程通水。盛隆娛樂縣水利局表示將推行改革。", "盛隆娛樂")):
        assert [text[i.start : i.end] for i in unlisted_brand_as_place(text, [])] == [name, name]


def test_traditional_script_market_words_are_no_place():
    text = "市場監管局與臺北市政府合作，娛樂市場持續成長，體育市場也在擴大。"
    assert unlisted_brand_as_place(text, []) == []


def test_hidden_seller_name_with_a_dictionary_word_is_chased_into_the_text():
    for hidden, text, name in (
            ("王者壹号电子游艺下载", "专业设置每两年调王者壹号整一次。", "王者壹号"),
            ("豪庭八号真人视讯注册", "企业豪庭八号负责人介绍了情况。", "豪庭八号"),
            ("帝尊壹号百家乐下载", "今年新增帝尊壹号了两个专业。", "帝尊壹号")):
        names = seller_names(text, [], LEX, (hidden,))
        assert name in names
        assert [text[i.start : i.end] for i in chase_sellers(text, names, [], LEX)] == [name]


def test_hidden_phrases_of_common_words_are_no_seller_names():
    for hidden in ("欢迎来到电子游艺下载", "最新优惠真人视讯注册", "官方授权百家乐下载"):
        assert seller_names("欢迎来到本市，最新优惠政策和官方授权信息见下文。", [], LEX, (hidden,)) == []


def _morphemes():
    from pipeline.clean.spam_names import place_morphemes

    return LEX.cues("gaming_morphemes", "zh") + place_morphemes(LEX)


def test_gaming_word_with_a_landform_character_standing_for_a_county():
    for text, name in (("今年，金沙岭市新建学校五所。金沙岭市教育局表示将扩大招生。", "金沙岭"),
                       ("近年来永利港县大力发展旅游。永利港县接待游客百万人次。", "永利港"),
                       ("新濠湾镇卫生院完成扩建。新濠湾镇居民就医更方便。", "新濠湾")):
        assert [text[i.start : i.end] for i in unlisted_brand_as_place(text, [], _morphemes())] == [name, name]
        assert apply(text).count(name) == 0 and apply(text).count(text[text.index(name) + 3]) >= 2


def test_real_places_with_gaming_characters_stay():
    text = "银川市和天河区的代表，金沙县、银河镇干部参加会议。银川市代表发言，金沙县代表发言，银河镇代表发言。"
    assert unlisted_brand_as_place(text, [], _morphemes()) == []
    text = "金沙江市场和金沙江市民。金沙江市场繁荣，威宁县、博罗县代表参观。"
    assert unlisted_brand_as_place(text, [], _morphemes()) == []


def test_made_up_luck_venue_name_before_a_set_phrase_goes():
    for text, name in (("2020年以来，鼎盛博汇大力发展乡村旅游，游客人数翻番。", "鼎盛博汇"),
                       ("近年来，永鑫国际积极推进垃圾分类，覆盖全部社区。", "永鑫国际"),
                       ("今年，鸿福彩汇全面推行河长制，河长共有300名。", "鸿福彩汇")):
        assert apply(text) == text.replace(name, "")


def test_real_names_before_a_set_phrase_stay():
    for genuine in ("近年来，新城国际全面推行垃圾分类，覆盖全部社区。",
                    "今年，“金鼎博汇”项目大力发展文旅产业，带动就业500人。",
                    "今年，华润万家全面推行无纸化结算。"):
        assert apply(genuine) == genuine
