"""Filler beyond whole novel sentences (pipeline/clean/spam_filler.py, spam_fit.py): content-farm talk,
novel clauses glued into genuine sentences, English sentences in Chinese paragraphs, pronouns nobody
introduced, a novel's dialogue; and what must stay: reportage, quotes, public services, sentences that
merely carry an insertion. All texts are invented for these tests."""

import pytest

from pipeline.changes import ChangeLog
from pipeline.clean import spam
from pipeline.clean.context import DocContext
from pipeline.clean.spam_fit import fit_data
from pipeline.settings import CleanSettings

FILLER = "spam.filler."

ZH = ("全县今年新建高标准农田3.2万亩，亩均投入1500元，配套建设灌溉渠道和机耕路。"
      "县农业农村局会同财政局对项目资金实行专户管理，确保专款专用。"
      "项目区粮食亩产平均提高80公斤，农民每亩增收约200元。\n"
      "在项目建设中，各乡镇坚持先规划后建设，组织村民代表参与选址和验收。"
      "县里还引入第三方机构开展质量检测，发现问题限期整改。"
      "下一步，全县将统筹推进土壤改良和农田水利建设，力争到2025年建成高标准农田20万亩。\n")
EN = ("The county built 32,000 mu of high-standard farmland this year, investing 1,500 yuan per mu in "
      "irrigation channels and farm roads. The agriculture bureau and the finance bureau manage the project "
      "funds through a dedicated account. Grain yields in the project area rose by 80 kilograms per mu, and "
      "farmers earned about 200 yuan more per mu.\n"
      "Townships consulted village representatives on site selection and acceptance checks. The county also "
      "hired third-party inspectors to test construction quality and ordered contractors to fix defects within "
      "a deadline. By 2025 the county plans to complete 200,000 mu of high-standard farmland.\n")


def _after_first_sentence(base: str, lang: str, sentence: str) -> str:
    cut = base.index("。") + 1 if lang == "zh" else base.index(". ") + 2
    return base[:cut] + sentence + ("" if lang == "zh" else " ") + base[cut:]


def run(text: str, lang: str):
    ctx = DocContext(lang=lang, settings=CleanSettings())
    edits = spam.find_edits(text, ctx)
    log = ChangeLog(text)
    log.apply([e for e in edits if e.confidence >= ctx.settings.review_threshold])
    return log.text, [text[e.start:e.end].strip() for e in edits if FILLER in e.rule]


# --- content-farm talk ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,sentence", [
    ("zh", "喜欢这篇文章的朋友们记得点赞关注，我们下期再见。"),
    ("zh", "其实每个人都会面对各种各样的选择，关键在于我们能否保持一颗平常心。"),
    ("en", "If you have ever wondered why some things just work better than others, you are not alone."),
    ("en", "Whether you are a beginner or an expert, there is always something new to learn."),
    ("en", "Needless to say, there are many factors to consider when making such an important decision."),
    ("en", "It goes without saying that everyone wants to make the right choice in daily life."),
])
def test_content_farm_sentence_goes(lang, sentence):
    base = ZH if lang == "zh" else EN
    out, found = run(_after_first_sentence(base, lang, sentence), lang)
    assert found == [sentence] and sentence not in out


def test_a_vague_sentence_carrying_content_farm_talk_on_goes_with_it():
    farm = ("There are many things you should think about before making a choice, and it is always a good idea "
            "to ask around. Everyone has different needs, and what is right for one person may not suit another.")
    out, found = run(EN.replace("\n", "\n" + farm + "\n", 1), "en")
    assert "Everyone has different needs" not in out and "ask around" not in out
    assert "Townships consulted village representatives" in out


@pytest.mark.parametrize("lang,sentence", [
    ("zh", "总的来说，今年全县粮食生产形势稳定。"),
    ("zh", "随着经济社会的不断发展，越来越多的群众开始关注农田质量。"),
    ("zh", "村民张大爷说：“你看这渠修好了，我们浇地再也不用求人了。”"),
    ("en", "You can apply for the subsidy at the township office with your household register."),
    ("en", "Many people say it is important to consider the needs of everyone in the village."),
    ("en", "\"You can see the difference in the fields,\" said Li Ming, head of the village cooperative."),
    ("en", "Needless to say, many farmers were delighted with the new channels, said Li Ming, a village head."),
])
def test_plain_talk_of_the_article_stays(lang, sentence):
    base = ZH if lang == "zh" else EN
    text = _after_first_sentence(base, lang, sentence)
    out, found = run(text, lang)
    assert found == [] and out == text


def test_a_feature_speaker_introduced_with_colour_keeps_the_introduction():
    feature = ("At six in the morning, with mist still on the hills, laughter rang through the tea gardens of "
               "Shimen village. Looking at the rows of tea bushes, village Party secretary Wang Jianguo was moved. "
               "He still remembers that ten years ago the slope was barren.\n"
               "In 2016, the county sent a village work team to set up a tea cooperative.\n"
               "He grinned from ear to ear: \"This year each household received more than 6,000 yuan.\"\n")
    out, found = run(feature, "en")
    assert found == [] and out == feature


# --- a novel's clause glued into a genuine sentence ----------------------------------------------------------

@pytest.mark.parametrize("lang,host,clause", [
    ("en", "Townships consulted village representatives on site selection, {}and the acceptance checks were "
           "completed in May.", "but the wolves howled beyond the frozen river all night, "),
    ("en", "The county built 32,000 mu of farmland this year, {}", "and the lantern swung slowly in the empty "
                                                                   "doorway while she waited."),
    ("zh", "县农业农村局会同财政局对项目资金实行专户管理，{}确保专款专用。", "那天夜里，他独自坐在灯下，久久没有说话，"),
    ("zh", "全县今年新建高标准农田3.2万亩，亩均投入1500元，{}", "月光洒在她苍白的脸上，她轻轻叹了口气。"),
])
def test_only_the_spliced_clause_goes(lang, host, clause):
    base = ZH if lang == "zh" else EN
    text = base + host.format(clause) + "\n"
    out, found = run(text, lang)
    assert found == [clause.strip()]
    head = host.split("{}")[0].strip(" ，,")
    assert head in out and clause.strip(" ，,。.") not in out


@pytest.mark.parametrize("lang,sentence", [
    ("en", "The new road opened in May, and the old bus that rattled through the mud every morning finally "
           "stopped running."),
    ("zh", "县里组织专家到田间地头指导，村民们顶着烈日在地里忙碌着，脸上洋溢着丰收的喜悦。"),
    ("zh", "老人点了点头，低头看了看手里的合同，半天没有说话。"),
])
def test_the_articles_own_colour_inside_a_sentence_stays(lang, sentence):
    base = ZH if lang == "zh" else EN
    text = base + sentence + "\n"
    assert run(text, lang) == (text, [])


# --- other languages, pronouns, dialogue ---------------------------------------------------------------------

def test_english_sentence_glued_into_a_chinese_paragraph_goes():
    sentence = "It is widely believed that the secret of happiness lies in the small things we do every day."
    text = ZH.replace("80公斤，", "80公斤。" + sentence, 1)
    out, found = run(text, "zh")
    assert found == [sentence] and "happiness" not in out and "农民每亩增收约200元" in out


@pytest.mark.parametrize("tail", [
    "该县与Wageningen University合作开展土壤研究，研究报告题为“Soil Health in the North China Plain”。",
    "会议指出，要坚持“Farmers First”的原则。",
    "Abstract: This paper examines the effect of farmland consolidation on grain yields in the county.",
])
def test_english_names_titles_and_abstract_lines_stay_in_chinese_text(tail):
    assert run(ZH + tail + "\n", "zh")[1] == []


def test_a_pronoun_nobody_introduced_opens_a_novel_sentence():
    sentence = "他把最后一根火柴划亮，借着微光看清了墙上的字。"
    out, found = run(_after_first_sentence(ZH, "zh", sentence), "zh")
    assert found == [sentence]


@pytest.mark.parametrize("text", [
    ZH + "去年冬天，村党支部书记李建国带着村民冒雪修渠。他说，修好这条渠，全村人心里才踏实。\n",
    ZH + "项目负责人介绍，今年共培训农民2000人次。他表示，下一步将扩大培训范围。\n",
    ZH + "她叫王秀兰，今年58岁，是村里的种粮大户。\n",
])
def test_a_pronoun_for_someone_the_article_named_stays(text):
    assert run(text, "zh") == (text, [])


@pytest.mark.parametrize("lang,sentence", [
    ("en", "\"I told you never to come back here,\" the old man said, closing the shutters against the wind."),
    ("zh", "“你到底还要瞒我多久？”林婉儿红着眼眶问道，手里的茶杯微微发抖。"),
])
def test_a_novels_dialogue_goes_whole(lang, sentence):
    base = ZH if lang == "zh" else EN
    out, found = run(base + sentence + "\n", lang)
    assert "".join(found).replace(" ", "") == sentence.replace(" ", "") and sentence not in out


# --- precision: insertions, short sentences, public services -------------------------------------------------

def test_a_sentence_is_judged_without_the_insertion_it_carries():
    sentence = "对独居老人，社区还组织志愿者定期上门探访，Bangkok Sugar Daddy帮助老人打扫卫生。"
    out, found = run(_after_first_sentence(ZH, "zh", sentence), "zh")
    assert found == [] and "Sugar Daddy" not in out and "帮助老人打扫卫生" in out


@pytest.mark.parametrize("sentence", ["对高龄老人，社区还提供上门助浴服务。", "食堂还为行动不便的老人送餐上门。"])
def test_a_short_public_service_sentence_is_not_an_advert(sentence):
    text = _after_first_sentence(ZH, "zh", sentence)
    assert run(text, "zh") == (text, [])


def test_an_order_naming_a_made_up_brand_code_is_an_advert():
    ad = "Spin Royal777 reels anytime, cash out in 5 minutes!"
    out, found = run(_after_first_sentence(EN, "en", ad), "en")
    assert "Royal777" not in out and "Townships consulted" in out


def test_thresholds_and_lists_live_in_the_data_file():
    data = fit_data()
    for key in ("farm_reader_total", "farm_generic", "clause_evidence", "clause_fit", "host_fit", "dialogue_evidence"):
        assert key in data["thresholds"], key
    for part in ("reader", "generic"):
        assert data["content_farm"][part]["en"] and data["content_farm"][part]["zh"]


# --- a novel's paragraph, closings, a name doing things ------------------------------------------------------

@pytest.mark.parametrize("lang,paragraph", [
    ("en", "The wind came down from the hills that night. Martha locked the door twice and sat by the fire "
           "without a word. Nobody came. By morning the snow had covered the road to the village."),
    ("zh", "那年冬天来得特别早。母亲坐在炕沿上缝着棉袄，一句话也没说。屋外的风呼呼地刮着。天亮的时候，院子里已经积了厚厚一层雪。"),
])
def test_a_novels_paragraph_goes_whole(lang, paragraph):
    base = ZH if lang == "zh" else EN
    out, found = run(base.replace("\n", "\n" + paragraph + "\n", 1), lang)
    assert paragraph not in out and all(part not in out for part in found)
    assert sum(len(f) for f in found) >= len(paragraph) - 5
    assert base.splitlines()[1] in out


@pytest.mark.parametrize("lang,sentence", [
    ("zh", "以上就是今天分享的全部内容，希望对大家有所帮助。"),
    ("zh", "不得不说，这真的是一个值得我们每个人深思的问题。"),
    ("en", "In conclusion, this is a topic that matters to all of us, and we should never stop learning about it."),
])
def test_content_farm_closings_go(lang, sentence):
    base = ZH if lang == "zh" else EN
    out, found = run(_after_first_sentence(base, lang, sentence), lang)
    assert found == [sentence]


@pytest.mark.parametrize("sentence,spliced", [
    ("Tomas wiped the frost from the window and waited for the train that never came.", True),
    ("Guangdong invested 3 billion yuan in rural roads, and Yunnan followed with a similar plan.", False),
    ("Zhejiang launched a pilot programme that Jiangsu later copied.", False),
])
def test_a_name_doing_things_in_a_scene_is_narration_but_a_province_investing_is_not(sentence, spliced):
    out, found = run(_after_first_sentence(EN, "en", sentence), "en")
    assert bool(found) == spliced


def test_a_genuine_sentence_sharing_a_paragraph_with_a_novel_sentence_stays():
    genuine = "Under the new rules, contractors may not hand the work on to subcontractors."
    novel = "She folded the shawl twice, then slipped the coins back into the pocket of her grey coat."
    text = EN.replace("\n", "\n" + genuine + " " + novel + "\n", 1)
    out, found = run(text, "en")
    assert found == [novel] and genuine in out


def test_traditional_script_articles_are_read_with_the_same_signals():
    import opencc

    s2t = opencc.OpenCC("s2t").convert
    base = s2t(ZH)
    for sentence in ("他把最后一根火柴划亮，借着微光看清了墙上的字。", "喜欢这篇文章的朋友们记得点赞关注，我们下期再见。"):
        sentence = s2t(sentence)
        out, found = run(_after_first_sentence(base, "zh", sentence), "zh")
        assert found == [sentence], sentence
    genuine = s2t("县里组织专家到田间地头指导，村民们顶着烈日在地里忙碌着，脸上洋溢着丰收的喜悦。")
    assert run(base + genuine + "\n", "zh")[1] == []


# --- adverts -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,ad", [
    ("en", "Looking for cheap flights? Book now and save up to 50% on your next trip."),
    ("zh", "本店常年供应各种型号钢材，质优价廉，欢迎新老客户来电洽谈。"),
    ("zh", "高价回收二手手机、笔记本电脑，上门取件，当天到账。"),
    ("zh", "想要快速减肥？扫码添加客服微信，三天见效，无效退款。"),
])
def test_advert_sentences_go(lang, ad):
    base = ZH if lang == "zh" else EN
    out, found = run(_after_first_sentence(base, lang, ad), lang)
    assert "".join(found).replace(" ", "") == ad.replace(" ", "")


@pytest.mark.parametrize("lang,sentence", [
    ("zh", "废旧物资回收企业开展上门回收服务，市民可通过微信小程序预约。"),
    ("zh", "景区推出门票五折优惠，游客可在官方网站提前预订。"),
    ("zh", "市场监管部门提醒消费者，不要轻信“无效退款”“三天见效”等虚假宣传。"),
    ("en", "The company offers free delivery to villages and says customers can book online."),
    ("en", "Farmers can call the hotline 24 hours a day for free technical advice."),
])
def test_news_about_businesses_and_offers_is_not_an_advert(lang, sentence):
    base = ZH if lang == "zh" else EN
    text = _after_first_sentence(base, lang, sentence)
    assert run(text, lang)[1] == []


@pytest.mark.parametrize("sentence", [
    "那年夏天雨水特别多，父亲把仅剩的一袋种子挂在房梁上，谁也不许碰。",
    "在这个信息爆炸的时代，了解相关知识显得尤为重要，本文将为您一一解答。",
])
def test_chinese_novel_time_phrase_and_content_farm_preview_go(sentence):
    out, found = run(_after_first_sentence(ZH, "zh", sentence), "zh")
    assert found == [sentence]


# --- speaking to the reader, musing on life ------------------------------------------------------------------

@pytest.mark.parametrize("lang,sentence", [
    ("en", "Sometimes you just have to slow down and enjoy the little things around you."),
    ("en", "Happiness is a journey, and every day brings a new chance to find it."),
    ("zh", "看完这些，相信你心里已经有了自己的答案。"),
    ("zh", "人生就像一杯茶，苦过之后才知道幸福的滋味。"),
])
def test_a_lone_word_to_the_reader_or_a_musing_on_life_goes(lang, sentence):
    base = ZH if lang == "zh" else EN
    out, found = run(_after_first_sentence(base, lang, sentence), lang)
    assert found == [sentence]


GUIDE_ZH = ("申请人须年满60周岁并持有本县户籍。\n您可以携带身份证和户口簿到乡镇社保所办理。\n"
            "如果您无法亲自前往，可以委托家属代办。\n您也可以通过政务服务网在线提交材料。\n"
            "审核结果将在15个工作日内以短信方式通知您。\n")


@pytest.mark.parametrize("lang,text", [
    ("zh", ZH + "如有疑问，请联系我们，我们将及时答复。\n"),
    ("zh", GUIDE_ZH + "建议您保留好所有材料的复印件。\n"),
    ("en", EN + "For more information, contact us by email or visit our office on weekdays.\n"),
])
def test_an_office_speaking_or_a_guide_addressing_its_reader_stays(lang, text):
    assert run(text, lang)[1] == []
