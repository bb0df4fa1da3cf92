"""Round-3 generalisation of spliced sentences (pipeline/clean/spam_fit.py, spam_commerce.py):

- a speech verb used as narration (answered with a roar, replied with a nod, called out into the
  night) is no reported speech, so it does not anchor a novel's sentence in the article;
- a service pitch (a trade recommended with reassurance claims: 一次到位, 最安心, peace of mind)
  goes even without a phone number or an order to call;
while reportage that recalls a scene and public-service sentences that promise 一次到位 stay.
Every example is invented for these tests."""

import pytest

from pipeline.changes import ChangeLog
from pipeline.clean import spam
from pipeline.clean.context import DocContext
from pipeline.settings import CleanSettings

RULE = "spam.filler.off-topic-sentence"

EN_HEAD = ("The provincial health commission will extend free cancer screening to rural women aged 35 to 64 "
           "from next March. Screening will be offered at 212 township clinics, and the commission has trained "
           "1,480 nurses to take samples. ")
EN_TAIL = ("Results will be sent to each woman by text message within three weeks.\n"
           "The commission said the programme would cost 86 million yuan a year, shared by the province and "
           "the counties. Clinics that miss their screening targets will have to report the reasons to the "
           "county health bureau.\n")

ZH_HEAD = ("市人社局近日出台新政，灵活就业人员可按月缴纳职工养老保险，缴费基数在全省平均工资的60%至300%之间自选。"
           "截至10月底，全市已有3.2万名灵活就业人员参保。")
ZH_TAIL = ("\n市人社局有关负责人介绍，参保人员可通过手机办理缴费，断缴后补缴的期限延长至12个月。"
           "下一步，该局将联合税务部门开展政策宣讲，推动更多新就业形态劳动者参保。\n")


def run(text: str, lang: str):
    ctx = DocContext(lang=lang, settings=CleanSettings())
    edits = spam.find_edits(text, ctx)
    log = ChangeLog(text)
    log.apply([e for e in edits if e.confidence >= ctx.settings.review_threshold])
    return log.text, edits


def _en(sentence: str) -> str:
    return EN_HEAD + sentence + " " + EN_TAIL


def _zh(sentence: str) -> str:
    return ZH_HEAD + sentence + ZH_TAIL


@pytest.mark.parametrize("sentence", [
    "The young swordswoman answered with a cry that split the frozen lake, and her horse reared beneath the pale moon.",
    "Far beyond the dunes the ancient dragon replied with a low growl, and the desert wind carried the smoke "
    "across the dark sky.",
    "The starship captain called out into the silent void as the burning rings of the dying planet drifted past "
    "the window.",
])
def test_speech_verb_used_as_narration_does_not_anchor_a_novel_sentence(sentence):
    out, edits = run(_en(sentence), "en")
    assert sentence not in out
    assert EN_HEAD.strip() in out and "county health bureau" in out


@pytest.mark.parametrize("sentence", [
    "An elderly beekeeper recalled carrying his hives down the mountain path at dawn, when the valley was "
    "still covered in mist.",
    "Villagers said the old road flooded every spring and the buses stopped running for weeks.",
])
def test_reportage_that_recalls_a_scene_stays(sentence):
    text = _en(sentence)
    out, edits = run(text, "en")
    assert out == text


@pytest.mark.parametrize("sentence", [
    "搬家公司推荐，长途搬运、家具拆装一站式服务最省心。",
    "專業水電維修，漏水抓漏、管線更新一次到位，收費透明。",
    "二手车收购找诚信车行，当场估价、手续全包最安心。",
])
def test_service_pitch_goes(sentence):
    out, edits = run(_zh(sentence), "zh")
    assert sentence not in out
    assert ZH_HEAD in out and "推动更多新就业形态劳动者参保" in out


@pytest.mark.parametrize("sentence", [
    "县政务服务中心推行一站式服务，群众办事一次到位，更加省心。",
    "专家推荐优先在社区卫生服务中心试点，改革力求一次到位。",
])
def test_public_service_promising_one_visit_stays(sentence):
    text = _zh(sentence)
    out, edits = run(text, "zh")
    assert out == text


# --- machine filler: a grand trend of the age with a generic subject, naming nothing ---

@pytest.mark.parametrize("lang,sentence", [
    ("zh", "在这个飞速发展的时代，人们对美好生活的追求也在不断提升。"),
    ("zh", "隨著生活水平的日益提高，越來越多的人開始重視身心健康的全面發展。"),
    ("zh", "随着互联网的不断普及，人们的生活方式正在发生翻天覆地的变化。"),
    ("en", "In today's fast-paced world, more and more people are paying attention to their quality of life."),
])
def test_machine_filler_about_the_age_goes(lang, sentence):
    text = _zh(sentence) if lang == "zh" else _en(sentence)
    out, edits = run(text, lang)
    assert sentence not in out
    assert (ZH_HEAD in out) if lang == "zh" else ("county health bureau" in out)


@pytest.mark.parametrize("lang,sentence", [
    ("zh", "随着县域医共体建设持续推进，越来越多的群众选择在家门口就医。"),
    ("zh", "随着经济社会持续发展，全县城乡居民收入不断提高，人均可支配收入达到2.8万元。"),
    ("en", "As the rural economy develops, more and more women are able to take time off for a check-up."),
])
def test_trend_sentences_about_the_article_stay(lang, sentence):
    text = _zh(sentence) if lang == "zh" else _en(sentence)
    out, edits = run(text, lang)
    assert out == text


# --- a product blurb opened by a demonstrative and a classifier (这瓶, 这支, 这款) ---

@pytest.mark.parametrize("sentence", [
    "这款洗面奶泡沫绵密，温和不刺激，洗完脸清爽不紧绷。",
    "这瓶爽肤水清透水润，温和不刺激，敏感肌也能放心用。",
    "这支口红颜色显白，质地顺滑，持久不脱色，约会通勤都百搭。",
])
def test_cosmetics_blurb_goes(sentence):
    out, edits = run(_zh(sentence), "zh")
    assert sentence not in out
    assert ZH_HEAD in out and "推动更多新就业形态劳动者参保" in out


@pytest.mark.parametrize("sentence", [
    "市场监管局抽检发现，这款洗面奶的防腐剂含量不合格，已责令下架。",
    "这瓶消毒液由县疾控中心统一发放给各村卫生室，使用时需按比例稀释。",
])
def test_products_the_article_reports_on_stay(sentence):
    text = _zh(sentence)
    out, edits = run(text, "zh")
    assert out == text
