"""Escort euphemisms after a place named by its shape (not listed: ads invent or vary the city), and
short service ads that name their Taiwanese market; the genuine sentences around the same words."""

import pytest

from pipeline.clean import clean_document
from pipeline.clean.lexicon import load_spam_lexicon
from pipeline.records import RawDocument
from pipeline.settings import CleanSettings


@pytest.fixture(scope="module")
def lex():
    return load_spam_lexicon()


def _ids(lex, text):
    return [(text[h.start : h.end], h.entry_id) for h in lex.find_terms(text)]


def _clean(text):
    raw = RawDocument(source="t.txt", content=text.encode("utf-8"), media_type="text/plain")
    return clean_document(raw, CleanSettings())


@pytest.mark.parametrize("text,phrase", [
    ("村民可以体验榕城陪游项目", "榕城陪游"),
    ("扩大覆盖面沧澜市包夜服务，让更多人参加", "沧澜市包夜服务"),
    ("青州外围女微信", "青州外围女微信"),
    ("這些鷺城全套服務都", "鷺城全套服務"),        # Traditional script from the same list
    ("推动建设霁川县伴游", "霁川县伴游"),
])
def test_unlisted_place_and_escort_euphemism(lex, text, phrase):
    assert (phrase, "escort.compose.place-name-euphemism") in _ids(lex, text)


@pytest.mark.parametrize("text", [
    "禁止网吧提供包夜服务。",
    "广州市文旅局规范陪游讲解服务。",
    "该县城区公交夜间线路延长至23点。",
    "景区推出导游伴游服务，游客可提前预约。",
])
def test_genuine_night_and_guide_services_are_not_escort_hits(lex, text):
    assert not [h for h in lex.find_terms(text) if h.family == "escort"]


def test_invented_place_escort_in_the_middle_of_a_word_is_cut():
    text = ("乡村旅游带动了手工艺复兴，每个村围绕一种非遗手艺设计体验项目。"
            "游客可以学做竹编、扎染和米榕城伴游酒，周末客流明显增加。\n")
    out = _clean(text).text
    assert "扎染和米酒" in out and "伴游" not in out


@pytest.mark.parametrize("ad", [
    "汽車鍍膜首選，高雄屏東一次到位。",
    "屋頂防水施工，台南嘉義品質保證。",
    "專業車身改色，新竹苗栗一條龍服務。",
])
def test_short_service_ad_naming_its_market_is_cut(ad):
    text = f"縣府今年推動長照據點建設，已在十二個鄉鎮設立服務站。{ad}據點每週提供健康檢查與共餐服務。\n"
    out = _clean(text).text
    assert out.strip() == "縣府今年推動長照據點建設，已在十二個鄉鎮設立服務站。據點每週提供健康檢查與共餐服務。"


@pytest.mark.parametrize("text", [
    "台中市政府表示，汽車包膜業者須依法登記，違者將處以罰鍰。彰化縣今年也將檢查車身改色是否符合規定。\n",
    "環保局指出，台中彰化地區的汽車改裝業者專業分工，一次到位的服務受到車主歡迎。\n",
])
def test_reports_about_the_trade_stay(text):
    assert _clean(text).changes == []


@pytest.mark.parametrize("text,phrase", [
    ("新建高标准农田，国产精品一区二区在线观看重点支持", "国产精品一区二区在线观看"),
    ("日韩无码高清视频", "日韩无码高清视频"),
    ("歐美人妻中文字幕", "歐美人妻中文字幕"),   # the other script, from the same lists
])
def test_porn_tag_chains_are_one_hit(lex, text, phrase):
    assert (phrase, "porn.compose.tag-chain") in _ids(lex, text)


@pytest.mark.parametrize("text", [
    "推进精品在线开放课程建设", "精品视频课程上线", "欧美亚洲市场需求旺盛", "国产高清设备出口增长",
    "久久为功，综合施策", "91家企业参与", "会议室AV设备更新",
])
def test_ordinary_words_of_porn_strings_stay(lex, text):
    assert not [h for h in lex.find_terms(text) if h.family == "porn"]


@pytest.mark.parametrize("text,phrase,rule", [
    ("汀州上门外围，微信：abc123。", "汀州上门外围，微信：abc123", "escort.compose.place-visit"),
    ("杭州上门美女", "杭州上门美女", "escort.compose.place-visit"),
    ("成都伴游 VX: chengdu_88", "成都伴游 VX: chengdu_88", "escort.compose.city-euphemism"),
])
def test_escort_place_visit_and_contact_handle(lex, text, phrase, rule):
    assert (phrase, rule) in _ids(lex, text)


@pytest.mark.parametrize("text", ["北京上门服务覆盖全市", "温州上门护理试点", "北京外围防线，电话：12345678"])
def test_home_visits_and_perimeters_stay(lex, text):
    assert not [h for h in lex.find_terms(text) if h.family == "escort"]


@pytest.mark.parametrize("text,phrase,rule", [
    ("上海搬家公司哪家好？", "上海搬家公司哪家好", "seo-tw.compose.city-trade-sales"),
    ("深圳冷气维修推荐", "深圳冷气维修推荐", "seo-tw.compose.city-trade-sales"),
    ("高雄外牆拉皮施工推薦。", "高雄外牆拉皮施工推薦", "seo-tw.compose.place-trade"),
])
def test_service_ads_for_a_mainland_city_or_a_new_trade(lex, text, phrase, rule):
    assert (phrase, rule) in _ids(lex, text)


@pytest.mark.parametrize("text", ["上海搬家公司数量增加", "广州家电维修服务中心挂牌", "北京冷气维修费用上涨"])
def test_city_trades_in_reports_stay(lex, text):
    assert not [h for h in lex.find_terms(text) if lex.is_strong(h.entry_id)]
