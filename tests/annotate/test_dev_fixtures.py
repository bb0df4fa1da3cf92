"""Precision / recall / F1 per label on the hand-annotated dev examples in tests/fixtures/annotate/."""

from __future__ import annotations

import pytest

from annotate_scoring import LABELS, LabelScore, fixture_records, score_record
from pipeline.annotate import Annotator


@pytest.fixture(scope="module")
def scores():
    fixtures = fixture_records()
    anns = Annotator().annotate([rec for _, _, rec in fixtures])
    by_lang: dict[str, dict[str, LabelScore]] = {}
    for (name, data, rec), ann in zip(fixtures, anns):
        per_label = score_record(ann, data["gold"], data.get("not"))
        totals = by_lang.setdefault(rec.lang, {label: LabelScore() for label in LABELS})
        for label in LABELS:
            totals[label].add(per_label[label])
    return by_lang


def test_both_languages_have_fixtures(scores):
    assert set(scores) == {"zh", "en"}


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("label", LABELS)
def test_f1_per_label_and_language(scores, lang, label):
    s = scores[lang][label]
    assert s.gold > 0
    assert s.f1 >= 0.85, f"{lang} {label}: P={s.precision:.2f} R={s.recall:.2f} missed={s.missed} wrong={s.wrong}"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_stage_years_and_ids(scores, lang):
    assert not scores[lang]["STAGE"].attr_errors
