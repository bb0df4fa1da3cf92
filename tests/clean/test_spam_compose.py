"""Composed keyword families (pipeline/data/spam/compositions.json): place + trade, trade +
sales word, platform + ad service, city + escort euphemism, porn genre + viewing call."""

import json
import shutil

import pytest

from pipeline.clean import clean_document
from pipeline.clean.lexicon import SPAM_DIR, LexiconError, load_spam_lexicon
from pipeline.clean.spam_compose import positional_trades
from pipeline.records import RawDocument
from pipeline.settings import CleanSettings


@pytest.fixture(scope="module")
def lex():
    return load_spam_lexicon()


def _ids(lex, text, weak=False):
    return [(text[h.start : h.end], h.entry_id) for h in lex.find_terms(text, include_weak=weak)]


@pytest.mark.parametrize("text, phrase, rule", [
    ("改革宜蘭系統櫃後", "宜蘭系統櫃", "seo-tw.compose.place-trade"),
    ("羅東地毯清洗工作室推薦", "羅東地毯清洗工作室推薦", "seo-tw.compose.place-trade"),
    ("熱水器安裝推薦", "熱水器安裝推薦", "seo-tw.compose.trade-sales"),
    ("專業除甲醛免費到府", "除甲醛免費到府", "seo-tw.compose.trade-sales"),
    ("IG廣告代操", "IG廣告代操", "seo-tw.compose.platform-ad"),
    ("LINE粉專代操", "LINE粉專代操", "seo-tw.compose.platform-ad"),
    ("斗六鍍膜推薦", "斗六鍍膜推薦", "seo-tw.compose.place-trade"),
    ("成都伴游", "成都伴游", "escort.compose.city-euphemism"),
    ("南宁学生妹上门", "南宁学生妹上门", "escort.compose.city-euphemism"),
    ("厦门喝茶联系方式", "厦门喝茶联系方式", "escort.compose.city-venue"),
    ("楼凤微信", "楼凤微信", "escort.compose.euphemism-contact"),
    ("三级片免费观看", "三级片免费观看", "porn.compose.genre-call"),
    ("免费毛片", "免费毛片", "porn.compose.free-genre"),
    ("亚洲韩国伦理在线播放", "亚洲韩国伦理在线播放", "porn.compose.genre-call"),
    ("台南外送茶加LINE", "台南外送茶加LINE", "escort.compose.city-euphemism"),
])
def test_compositions_are_strong_hits(lex, text, phrase, rule):
    assert (phrase, rule) in _ids(lex, text)


def test_both_scripts_come_from_one_list(lex):
    # Vocabularies are written once; the other script is added by the loader.
    assert ("屏东抓漏推荐", "seo-tw.compose.place-trade") in _ids(lex, "屏东抓漏推荐")
    assert ("深圳外圍女", "escort.compose.city-euphemism") in _ids(lex, "深圳外圍女")
    assert ("倫理片線上看", "porn.compose.genre-call") in _ids(lex, "倫理片線上看")  # Taiwanese wording of 在线看
    assert ("倫理片在線觀看", "porn.compose.genre-call") in _ids(lex, "倫理片在線觀看")


@pytest.mark.parametrize("text", [
    "推動室內設計產業升級",          # an industry the article names: no place, no sales word
    "电商平台中网站设计不规范",      # 台中 inside 平台中 is no city
    "阳台中防水层破损",
    "游客在杭州品茶节上品尝新茶",    # tea tasting, no contact or venue word
    "北京外围防线",
    "依法查处色情网站，开通在线举报",
    "广州空降兵学院",
    "市民可到新北市政府免費諮詢",
    "冷凍設備的費用由學校負擔",
    "Seoul and Google",
    "台南外送茶飲店增加",           # delivered tea drinks
    "日本人口政策在线观看",
])
def test_genuine_phrases_are_not_strong_hits(lex, text):
    assert _ids(lex, text) == []


def test_bare_trade_phrase_is_weak(lex):
    text = "居民反映地毯清洗保養價格不一"
    assert _ids(lex, text) == []
    assert ("地毯清洗保養", "seo-tw.compose.trade-phrase") in _ids(lex, text, weak=True)


def test_weak_phrase_never_replaces_a_listed_keyword(lex):
    hits = _ids(lex, "分網頁設計公司享", weak=True)
    assert hits and all(rule != "seo-tw.compose.trade-phrase" for _t, rule in hits)


def test_trade_phrase_inside_a_word_or_number(lex):
    text = "政策允許提前支沙發清洗保養取，收入增長了3.地毯清洗5個百分點。"
    found = [(text[i.start : i.end], i.rule) for i in positional_trades(text, lex.compositions, [])]
    assert ("沙發清洗保養", "spam.seo-tw.compose.trade-phrase.inside-a-word") in found
    assert ("地毯清洗", "spam.seo-tw.compose.trade-phrase.inside-a-word") in found


def test_trade_phrase_between_words_stays(lex):
    text = "縣裡推動沙發清洗保養產業，也鼓勵地毯清洗業者登記。"
    assert positional_trades(text, lex.compositions, []) == []


def _clean(text):
    raw = RawDocument(source="t.txt", content=text.encode("utf-8"), media_type="text/plain")
    return clean_document(raw, CleanSettings()).text


def test_cleaning_removes_composed_keywords_in_a_traditional_article():
    text = ("縣政府今年推動鄉村長照據點建設，已在十二個鄉鎮設立服務站，由衛生所派員巡迴。"
            "據點每週提供健康檢查與共餐服務，參與長者超過一千二百人，滿意度調查達九成以上。"
            "縣長表示，明年將再增設五個據點，並與醫院合作推出居家復健服務花蓮紗窗更換，讓長者安心。\n"
            "縣府也編列預算補助交通車，方便偏遠地區長者前往據點參與活動。羅東汽車鍍膜推薦\n")
    out = _clean(text)
    assert "花蓮紗窗更換" not in out and "羅東汽車鍍膜推薦" not in out
    assert "推出居家復健服務，讓長者安心" in out
    assert "方便偏遠地區長者前往據點參與活動。" in out


def test_clean_policy_text_with_trade_words_gets_no_edit():
    text = ("市府推動室內設計與汽車美容等生活服務業轉型，協助業者數位化，今年已輔導一百二十家業者。"
            "勞動部門也開設冷凍空調技術課程，結訓學員可報考相關證照，提升就業能力。"
            "負責人表示，將持續檢討補助辦法，並邀請業者與消費者團體共同研商服務標準。\n")
    assert _clean(text) == text


def test_bad_composition_pattern_is_rejected(tmp_path):
    for f in SPAM_DIR.glob("*.json"):
        shutil.copy(f, tmp_path / f.name)
    raw = json.loads((SPAM_DIR / "compositions.json").read_text(encoding="utf-8"))
    raw["compositions"].append({"id": "seo-tw.compose.bad", "family": "seo-tw", "pattern": "<nowhere>"})
    (tmp_path / "compositions.json").write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(LexiconError):
        load_spam_lexicon(tmp_path)


def test_keyword_entries_marked_both_scripts_match_traditional_mirrors(lex):
    # keywords.json lists porn and gambling strings in Simplified; Big5 mirrors carry them converted.
    assert ("國產精品", "porn") in [(t, r.split(".")[0]) for t, r in _ids(lex, "國產精品")]
    assert ("真人視訊", "gambling") in [(t, r.split(".")[0]) for t, r in _ids(lex, "真人視訊")]
    assert any(h.entry_id == "gambling.topic.zh" and h.end - h.start == 4
               for h in lex.topic_terms("嚴打跨境賭博"))
    assert _ids(lex, "水电行") == []  # seo-tw keywords are not converted: mainland text says 水电 too


@pytest.mark.parametrize("host, family", [
    ("www.xm-pincha.net", "escort"), ("loufeng123.com", "escort"),
    ("ks-zhualou.com.tw", "seo-tw"), ("tc-banjia.tw", "seo-tw"),
    ("www.gov.cn", None), ("www.moi.gov.tw", None), ("interior.gob.es", None),
])
def test_domain_tokens_for_escort_pinyin_and_service_trades(lex, host, family):
    assert lex.domain_family(host) == family


def test_service_ad_sentence_without_any_listed_term():
    text = ("縣府今年推動鄉村長照據點建設，已在十二個鄉鎮設立服務站，由衛生所派員巡迴。"
            "老師傅紗窗更換，全年無休，隨叫隨到。"
            "據點每週提供健康檢查與共餐服務，參與長者超過一千二百人，滿意度調查達九成以上。\n")
    out = _clean(text)
    assert "紗窗更換" not in out and "隨叫隨到" not in out
    assert "由衛生所派員巡迴。據點每週" in out


def test_industry_named_by_a_genuine_article_stays():
    # Home cleaning is the article's subject: its sentences fit, and 居家清潔 alone is no ad.
    text = ("縣府今年推出長者居家清潔補助，七十歲以上獨居長者每月可申請兩次到宅打掃，費用由縣府全額負擔。\n"
            "社會處表示，居家清潔由專業團隊執行，長者可透過里長或電話預約。\n"
            "去年試辦期間共有八百多位長者申請，滿意度超過九成，縣府今年將補助名額擴大到一千五百人。\n")
    raw = RawDocument(source="t.txt", content=text.encode("utf-8"), media_type="text/plain")
    changes = clean_document(raw, CleanSettings()).changes
    assert not [c for c in changes if "compose" in c.rule or "seo-tw.kw" in c.rule]


def test_english_sentence_with_a_glued_trade_is_not_an_ad_sentence(lex):
    from pipeline.clean.spam_compose import service_ad_sentences
    text = "Each station has a professional team 紗窗更換，全年無休 and serves 40 villages.\n"
    assert service_ad_sentences(text, lex.compositions, []) == []


def test_bank_account_opening_is_no_gambling_call(lex):
    text = "缴存人可通过小程序在线开户，也可以到网点免费开户。"
    assert _ids(lex, text) == []
    assert any(rule == "gambling.cta.zh-short" for _t, rule in _ids(lex, text, weak=True))
