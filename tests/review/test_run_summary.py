"""Content of the Prefect artifacts, built without Prefect."""

from __future__ import annotations

from pipeline.records import Change
from pipeline.review import runs
from pipeline.review.diff import diff_sets
from pipeline.review.run_summary import count_rows, removal_counts, rule_family
from pipeline.review.text_report import diff_markdown, md_escape

from .helpers import CHANGED_DOC, RUN_A, RUN_B

SUMMARY = {
    "documents_in": 4, "cleaned": 3, "annotated": 3, "quarantined": 1,
    "removed_chars_by_kind": {"spam": 40, "boilerplate": 12},
    "spans_by_label": {"STAGE": 2, "ACTOR": 5},
}


def _change(before, after, kind, rule):
    return Change(start=0, end=len(before), before=before, after=after, kind=kind, rule=rule)


def test_rule_family_is_the_first_two_segments():
    assert rule_family("spam.gambling.brand") == "spam.gambling"
    assert rule_family("boilerplate.icp-filing") == "boilerplate.icp-filing"
    assert rule_family("junk") == "junk"


def test_removals_count_changes_and_removed_characters_by_kind_and_family():
    records = [
        {"changes": [_change("Bet365 app", "", "spam", "spam.gambling.brand").model_dump(),
                     _change("bet365 live casino", "", "spam", "spam.gambling.keyword+dom.hidden.display-none").model_dump()]},
        {"changes": [_change("high -quality", "high-quality", "mt", "mt.hyphen.split").model_dump()]},
    ]
    got = removal_counts(records)
    assert got["by_kind"] == {"mt": {"changes": 1, "chars": 1}, "spam": {"changes": 2, "chars": 28}}
    assert got["by_family"] == {
        "dom.hidden": {"changes": 1, "chars": 18},
        "mt.hyphen": {"changes": 1, "chars": 1},
        "spam.gambling": {"changes": 2, "chars": 28},
    }


def test_count_rows_cover_documents_removals_and_labels():
    removals = {"by_kind": {"spam": {"changes": 2, "chars": 40}}, "by_family": {"spam.gambling": {"changes": 2, "chars": 40}}}
    rows = count_rows(SUMMARY, removals)
    assert rows[:4] == [
        {"group": "documents", "name": "in", "count": 4, "chars": ""},
        {"group": "documents", "name": "cleaned", "count": 3, "chars": ""},
        {"group": "documents", "name": "annotated", "count": 3, "chars": ""},
        {"group": "documents", "name": "quarantined", "count": 1, "chars": ""},
    ]
    assert {"group": "removals by family", "name": "spam.gambling", "count": 2, "chars": 40} in rows
    assert [r["name"] for r in rows if r["group"] == "spans by label"] == ["ACTOR", "STAGE"]
    fallback = count_rows(SUMMARY)
    assert [(r["name"], r["chars"]) for r in fallback if r["group"] == "removals by kind"] == [("boilerplate", 12), ("spam", 40)]
    assert not [r for r in fallback if r["group"] == "removals by family"]


def test_diff_markdown_lists_the_changed_document_only_and_escapes_cells():
    d = diff_sets(runs.load(str(RUN_A), RUN_A.parent), runs.load(str(RUN_B), RUN_A.parent)).as_json()
    md = diff_markdown(d)
    assert CHANGED_DOC in md and "a1f0c0de00000001" not in md
    assert "| relinked | 2 |" in md
    assert "actor/eastern\\-regions" not in md and "actor/eastern-regions" in md
    assert md_escape("a|b <script>") == "a\\|b \\<script\\>"
    assert "No document changed." in diff_markdown(diff_sets(runs.load(str(RUN_A), RUN_A.parent), runs.load(str(RUN_A), RUN_A.parent)).as_json())
