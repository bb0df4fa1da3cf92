"""The cleaning scorer itself, on tiny synthetic gold with a fake cleaner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.evaluation.cleaning import Cleaned, evaluate
from pipeline.evaluation.gold import find_gold, match_form

SOURCE_EN = (
    "Pairing assistance,Typical。The Cooperation Leyu SportsFund grew. "
    "Bet365 app download The high -quality development went on.\nCopyright reserved\n"
)


def make_set(tmp_path: Path, gold: dict, text: str, name: str = "a.txt", sub: str = "set") -> Path:
    base = tmp_path / sub
    (base / "docs").mkdir(parents=True)
    (base / "gold").mkdir()
    (base / "docs" / name).write_text(text, encoding="utf-8")
    gold = {"file": f"docs/{name}", "lang": "en", **gold}
    (base / "gold" / (name.split(".")[0] + ".json")).write_text(json.dumps(gold), encoding="utf-8")
    return tmp_path


def fake(text: str, **kw):
    return lambda path, settings: Cleaned(text=text, source_text=path.read_text(encoding="utf-8"), **kw)


def test_one_of_two_spam_strings_surviving_gives_recall_half(tmp_path):
    root = make_set(tmp_path, {"spam": ["Leyu Sports", "Bet365 app download"], "families": ["gambling"]}, SOURCE_EN)
    cleaned = SOURCE_EN.replace("Leyu Sports", " ")
    result = evaluate(root, cleaner=fake(cleaned))
    assert result["overall"]["spam_recall"]["value"] == 0.5
    assert result["by_family"]["gambling"]["spam_recall"] == {"value": 0.5, "num": 1.0, "den": 2.0}
    assert result["documents_detail"][0]["misses"]["spam"] == ["Bet365 app download"]


def test_spam_is_counted_per_occurrence_and_in_the_title(tmp_path):
    text = "Title X\nBrandZ here and BrandZ there.\n"
    root = make_set(tmp_path, {"spam": ["BrandZ"]}, text)
    one_left = evaluate(root, cleaner=fake("Title X\nhere and BrandZ there.\n"))
    assert one_left["overall"]["spam_recall"]["value"] == 0.5
    in_title = evaluate(root, cleaner=fake("here and there.\n", title="BrandZ Title X"))
    assert in_title["overall"]["spam_recall"]["value"] == 0.5
    gone = evaluate(root, cleaner=fake("here and there.\n", title="Title X"))
    assert gone["overall"]["spam_recall"]["value"] == 1.0


def test_keep_tolerates_punctuation_repair_but_not_glued_words(tmp_path):
    keep = ["Pairing assistance,Typical。", "The Cooperation Fund grew", "The high-quality development"]
    root = make_set(tmp_path, {"keep": keep}, SOURCE_EN)
    repaired = "Pairing assistance, Typical. The Cooperation Fund grew. The high-quality development went on."
    assert evaluate(root, cleaner=fake(repaired))["overall"]["keep_rate"]["value"] == 1.0
    glued = "Pairing assistance, Typical. The CooperationFund grew. The high -quality development went on."
    result = evaluate(root, cleaner=fake(glued))
    assert result["overall"]["keep_rate"]["value"] == pytest.approx(2 / 3, abs=1e-4)
    assert result["documents_detail"][0]["misses"]["keep"] == ["The Cooperation Fund grew"]


def test_match_form_ignores_case_width_and_cjk_spacing_only():
    assert match_form("中 国，Ｇｏｏｄ") == match_form("中国,good")
    assert match_form("third -party") == match_form("third-party")
    assert match_form("East West") != match_form("EastWest")


def test_boilerplate_metadata_and_repairs(tmp_path):
    gold = {
        "boilerplate": ["Copyright reserved"],
        "metadata": {"title": "Pairing assistance", "published": "2021-03-18", "authors": ["Guo Chunfu"]},
        "mt_artifacts": {"must_not_remain": ["。", "high -quality"], "no_regex": [",(?=[A-Za-z])"]},
        "repairs": [{"after": "The high-quality development"}],
    }
    root = make_set(tmp_path, gold, SOURCE_EN)
    good = evaluate(
        root,
        cleaner=fake("Pairing assistance, Typical. The high-quality development went on.\n", title="Pairing assistance", published="2021-03-18T08:55:00", authors=["Guo Chunfu"]),
    )["overall"]
    assert good["boilerplate_removal"]["value"] == 1.0
    assert good["metadata_accuracy"]["value"] == 1.0
    assert good["mt_repair_rate"]["value"] == 1.0
    bad = evaluate(root, cleaner=fake(SOURCE_EN, title="Pairing", published=None, authors=["Guo Chunfu"]))["overall"]
    assert bad["boilerplate_removal"]["value"] == 0.0
    assert bad["metadata_accuracy"]["value"] == pytest.approx(1 / 3, abs=1e-4)
    assert bad["mt_repair_rate"]["value"] == 0.0


def test_gambling_words_ignore_removed_spam(tmp_path):
    text = "Police closed illegal casinos. Royal casino review here. Gambling harms families.\n"
    gold = {"families": ["gambling-governance"], "spam": ["Royal casino review"]}
    root = make_set(tmp_path, gold, text)
    kept = evaluate(root, cleaner=fake("Police closed illegal casinos. Gambling harms families.\n"))
    assert kept["overall"]["gambling_words_kept"]["value"] == 1.0
    lost = evaluate(root, cleaner=fake("Police closed illegal. Royal casino review here. harms families.\n"))
    assert lost["overall"]["gambling_words_kept"] == {"value": 0.0, "num": 0.0, "den": 2.0}


def test_clean_edit_ratio_counts_changed_characters(tmp_path):
    text = "A clean sentence of forty characters ok.\n"
    root = make_set(tmp_path, {"clean": True, "keep": ["A clean sentence"]}, text)
    change = {"start": 0, "end": 2, "before": "A ", "after": "", "kind": "spam", "rule": "x"}
    result = evaluate(root, cleaner=fake(text[2:], changes=[change]))
    assert result["overall"]["clean_edit_ratio"]["num"] == 2
    assert result["overall"]["clean_edit_ratio"]["den"] == len(text)


def test_clean_page_chrome_and_byline_removals_are_not_edits_but_other_removals_are(tmp_path):
    text = "Home | News | About\nBy Ann Lee, May 2, 2023\nA clean sentence of forty characters ok.\n"
    gold = {"clean": True, "boilerplate": ["Home", "News"], "keep": ["A clean sentence"],
            "metadata": {"authors": ["Ann Lee"], "published": "2023-05-02"}}
    root = make_set(tmp_path, gold, text)
    nav = {"before": "Home | News | About\n", "after": "", "kind": "boilerplate", "rule": "dom.nav"}
    byline = {"before": "By Ann Lee, May 2, 2023\n", "after": "", "kind": "metadata", "rule": "metadata.byline"}
    expected = evaluate(root, cleaner=fake(text.split("\n", 2)[2], changes=[nav, byline]))
    assert expected["overall"]["clean_edit_ratio"]["num"] == 0
    # the same line removed as spam, a genuine line removed as chrome, and a rewrite all count
    spam = dict(nav, kind="spam")
    genuine = {"before": "A clean sentence of forty characters ok.\n", "after": "", "kind": "boilerplate", "rule": "b"}
    rewrite = dict(byline, after="By Ann Lee")
    for change in (spam, genuine, rewrite):
        result = evaluate(root, cleaner=fake(text, changes=[change]))
        assert result["overall"]["clean_edit_ratio"]["num"] == len(change["before"])


def test_a_failing_cleaner_never_improves_a_figure(tmp_path):
    root = make_set(tmp_path, {"spam": ["Leyu Sports"], "keep": ["Pairing assistance"], "clean": True}, SOURCE_EN)
    result = evaluate(root, cleaner=lambda p, s: Cleaned(text="", error="boom"))
    overall = result["overall"]
    assert overall["spam_recall"]["value"] == 0.0
    assert overall["keep_rate"]["value"] == 0.0
    assert overall["clean_edit_ratio"]["value"] == 1.0
    assert result["errors"] == {"docs/a.txt": "boom"}


def test_gold_files_are_found_recursively_relative_to_their_folder(tmp_path):
    make_set(tmp_path, {"spam": ["x"]}, "x y\n", sub="one/deeper")
    make_set(tmp_path, {"annotations": {}}, "z\n", name="b.txt", sub="two")
    found = find_gold(tmp_path)
    assert [d.doc_path.exists() for d in found] == [True, True]
    assert [d.is_cleaning_gold() for d in found] == [True, False]
    assert evaluate(tmp_path, cleaner=fake("y\n"))["documents"] == 1


def test_html_reference_text_includes_hidden_elements(tmp_path):
    page = '<html><head><meta charset="gbk"><title>T</title></head><body><p>正文内容</p><div style="display:none">星耀体育官网</div></body></html>'
    base = tmp_path / "s"
    (base / "docs").mkdir(parents=True)
    (base / "gold").mkdir()
    (base / "docs" / "p.html").write_bytes(page.encode("gbk"))
    (base / "gold" / "p.json").write_text(json.dumps({"file": "docs/p.html", "lang": "zh", "spam": ["星耀体育官网"], "keep": ["正文内容"]}), encoding="utf-8")
    result = evaluate(tmp_path, cleaner=lambda p, s: Cleaned(text="正文内容"))
    assert result["overall"]["spam_recall"]["value"] == 1.0
    assert result["overall"]["keep_rate"]["value"] == 1.0
