"""Spliced sentences (pipeline/clean/spam_fit.py): novel prose and ads spliced into policy text go;
reportage colour, quotes and anecdotes stay, on every genuine text the project holds."""

import json
from pathlib import Path

import pytest

from pipeline.changes import ChangeLog
from pipeline.clean import clean_document, spam
from pipeline.clean.context import DocContext
from pipeline.clean.lexicon import load_spam_lexicon
from pipeline.clean.spam_fit import fit_data, off_topic_sentences
from pipeline.records import RawDocument
from pipeline.settings import CleanSettings

ROOT = Path(__file__).resolve().parents[2]
FIX = ROOT / "tests" / "fixtures" / "spam_fit"
RULE = "spam.filler.off-topic-sentence"

EN_NOVEL = [
    "The rain had not stopped for days, and the candle on the kitchen table burned low.",
    "He pulled his collar up against the wind and walked on without looking back.",
    "Somewhere below the window a dog barked, and she pulled the blanket over her shoulders.",
]
ZH_NOVEL = [
    "月光从破旧的窗棂间洒进来，照在她苍白的脸上。",
    "雨下了一整夜，屋檐下的水滴滴答答地落在青石板上。",
    "少年握紧了手中的长剑，眼中闪过一丝寒芒。",
    "他推开那扇吱呀作响的木门，一股潮湿的霉味扑面而来。",
]


def _genuine_files() -> list[Path]:
    """Every genuine, spam-free text of the project (fixtures, samples, clean evaluation documents)."""
    files = sorted(FIX.glob("*_clean.txt"))
    files += sorted((ROOT / "tests" / "fixtures" / "mt").glob("clean_*.txt"))
    for sub in ("zh_spin", "boilerplate"):
        files += sorted((ROOT / "tests" / "fixtures" / sub).glob("*"))
    files += sorted((ROOT / "raw" / "samples").glob("*"))
    files += sorted((ROOT / "evaluation" / "dev" / "annotation" / "docs").glob("*"))
    gold = ROOT / "evaluation" / "dev" / "cleaning" / "gold"
    for g in sorted(gold.glob("*.json")):
        d = json.loads(g.read_text(encoding="utf-8"))
        if d.get("clean"):
            files.append(gold.parent / d["file"])
    return [f for f in files if f.is_file()]


def _clean(path: Path, **settings):
    media = "text/html" if path.suffix in (".html", ".htm") else "text/plain"
    raw = RawDocument(source=str(path), content=path.read_bytes(), media_type=media)
    return clean_document(raw, CleanSettings(**settings))


def _spliced(record) -> list[str]:
    return [c.before for c in record.changes + record.review if RULE in c.rule]


def run(text: str, lang: str, **settings):
    ctx = DocContext(lang=lang, settings=CleanSettings(**settings))
    edits = spam.find_edits(text, ctx)
    log = ChangeLog(text)
    log.apply([e for e in edits if e.confidence >= ctx.settings.review_threshold])
    return log.text, [e for e in edits if RULE in e.rule]


# --- precision: nothing genuine is removed -----------------------------------------------------------------

def test_genuine_corpus_is_large_enough_to_mean_something():
    assert len(_genuine_files()) >= 30


@pytest.mark.parametrize("path", _genuine_files(), ids=lambda p: p.name)
def test_no_sentence_of_a_genuine_text_is_judged_spliced(path):
    assert _spliced(_clean(path)) == []


def test_dev_set_keep_strings_are_never_in_a_spliced_sentence():
    base = ROOT / "evaluation" / "dev" / "cleaning"
    for g in sorted((base / "gold").glob("*.json")):
        gold = json.loads(g.read_text(encoding="utf-8"))
        for removed in _spliced(_clean(base / gold["file"])):
            assert not [k for k in gold.get("keep", []) if k in removed or removed.strip() in k], removed


def test_reportage_colour_is_kept_in_both_languages():
    for name in ("en_feature_with_colour_clean.txt", "zh_feature_with_colour_clean.txt"):
        text = (FIX / name).read_text(encoding="utf-8")
        out, found = run(text, "zh" if name.startswith("zh") else "en")
        assert found == [] and out == text


# --- recall: novel prose and ads spliced into policy text ---------------------------------------------------

@pytest.mark.parametrize("name,lang,novel", [
    ("en_policy_with_novel_sentences.txt", "en", EN_NOVEL),
    ("zh_policy_with_novel_sentences.txt", "zh", ZH_NOVEL),
])
def test_novel_sentences_go_and_only_they(name, lang, novel):
    text = (FIX / name).read_text(encoding="utf-8")
    out, found = run(text, lang)
    assert sorted(text[e.start:e.end].strip() for e in found) == sorted(novel)
    for sentence in novel:
        assert sentence not in out
    policy_lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in policy_lines:
        for sentence in novel:
            line = line.replace(sentence, "")
        for part in line.replace("。", "。\n").replace(". ", ".\n").splitlines():
            assert part.strip() in out


def test_confidences_sit_in_the_review_band():
    lex = load_spam_lexicon()
    for name, lang in (("en_policy_with_novel_sentences.txt", "en"), ("zh_policy_with_novel_sentences.txt", "zh")):
        found = off_topic_sentences((FIX / name).read_text(encoding="utf-8"), lex, lang)
        assert found and all(0.6 <= conf <= 0.85 for _, _, conf in found)


def test_review_threshold_holds_spliced_sentences_for_review():
    record = _clean(FIX / "en_policy_with_novel_sentences.txt", review_threshold=0.9)
    held = [c.before.strip() for c in record.review if RULE in c.rule]
    assert sorted(held) == sorted(EN_NOVEL)
    assert all(s in record.text for s in EN_NOVEL)


BODY_EN = ("The county will open two training centres for workers from its partner counties this year. "
           "Trainees receive a monthly allowance and a vocational certificate after the final examination. "
           "The human resources bureau will follow each graduate's employment for three years.\n")
BODY_ZH = ("结对县今年将新建2所职业技能培训中心，学员每月领取生活补贴，结业后获得职业资格证书。"
           "县人社局对每名结业学员跟踪服务三年，帮助稳定就业。\n")


def test_quoted_or_reported_fiction_register_is_kept():
    en = BODY_EN + ('"She pulled the blanket over her shoulders and watched the rain," the teacher recalled. '
                    + BODY_EN)
    zh = BODY_ZH + "她说：“月光从窗外洒进来，照在苍白的脸上。”" + BODY_ZH
    assert run(en, "en")[1] == [] and run(zh, "zh")[1] == []


def test_fiction_sentence_naming_the_article_or_its_figures_is_kept():
    named = BODY_EN + "Wang pulled his collar up against the wind and walked to the training centre. " + BODY_EN
    counted = BODY_ZH + "老人点了点头，低头看了看手里的合同，半天没有说话。" + BODY_ZH
    assert run(named, "en")[1] == [] and run(counted, "zh")[1] == []


def test_advert_sentence_goes_but_reporting_on_adverts_stays():
    ad_en = BODY_EN + "Sign up at SpinKing today and claim your free welcome bonus. " + BODY_EN
    out, found = run(ad_en, "en")
    assert len(found) == 1 and "claim your free" not in out
    ad_zh = BODY_ZH + "专业管道疏通，欢迎来电洽询，免费上门。" + BODY_ZH
    assert "欢迎来电" not in run(ad_zh, "zh")[0]
    warning = BODY_ZH + "警方提醒，“首存即送”“免费彩金”等宣传都是诈骗。" + BODY_ZH
    assert run(warning, "zh")[1] == []


def test_signal_lists_have_both_languages():
    data = fit_data()
    for key in ("scene_words", "third_person", "speech_markers", "domain_anchors", "call_to_action", "promotion_words"):
        assert data[key]["en"] and data[key]["zh"], key


def test_a_feature_article_that_tells_anchored_stories_keeps_its_unanchored_scene():
    scene = "She hummed softly to the baby until its eyelids drooped. "
    dry = BODY_EN.strip() + " " + scene + BODY_EN
    assert [dry[e.start:e.end].strip() for e in run(dry, "en")[1]] == [scene.strip()]
    stories = ("Grandmother Wang wiped her hands on her apron and smiled at the 46 new greenhouses. "
               "In 2021 a storm tore the covers off, and Wang's son walked the rows with a torch until dawn.\n")
    feature = stories + BODY_EN.strip() + " " + scene + BODY_EN
    assert run(feature, "en")[1] == []


def test_question_leading_into_an_advert_goes_with_it():
    ad = "Looking for reliable plumbing services in Taipei? Call us today for a free quote."
    out, found = run(BODY_EN.strip() + " " + ad + " " + BODY_EN, "en")
    assert found and "plumbing" not in out and "free quote" not in out
    assert BODY_EN.strip() in out


@pytest.mark.parametrize("text,lang", [
    ("For more information, contact us by email or visit our office on weekdays.", "en"),
    ("How can workers find jobs? Call the county hotline today for free advice.", "en"),
    ("县人社局提供免费咨询和预约服务，欢迎群众来电。", "zh"),
    ("台北市政府提醒民众，專業到府服務須認明合格業者。", "zh"),
])
def test_public_service_notices_are_not_adverts(text, lang):
    body = BODY_EN if lang == "en" else BODY_ZH
    sep = " " if lang == "en" else ""
    assert run(body.strip() + sep + text + sep + body, lang)[1] == []
