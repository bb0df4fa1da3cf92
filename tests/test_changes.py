"""The change log: applying the changes to source_text gives text, always."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.changes import ChangeLog, Edit, apply_changes

ALPHABET = "ab 中文,。"


@st.composite
def edit_rounds(draw):
    """A source text and several rounds of non-overlapping edits (as steps propose them)."""
    source = draw(st.text(alphabet=ALPHABET, max_size=40))
    rounds = []
    length = len(source)
    for _ in range(draw(st.integers(1, 5))):
        points = sorted(draw(st.lists(st.integers(0, length), max_size=6, unique=True)))
        edits = []
        for a, b in zip(points[::2], points[1::2]):
            edits.append((a, b, draw(st.text(alphabet="XY ", max_size=3)), draw(st.sampled_from(["spam", "mt"]))))
        rounds.append(edits)
        length += sum(len(after) - (b - a) for a, b, after, _ in edits)
    return source, rounds


@settings(max_examples=400, deadline=None)
@given(edit_rounds())
def test_applying_changes_to_source_gives_text(case):
    source, rounds = case
    log = ChangeLog(source)
    for n, edits in enumerate(rounds):
        expected = log.text
        for a, b, after, _kind in sorted(edits, reverse=True):
            expected = expected[:a] + after + expected[b:]
        log.apply([Edit(a, b, after, kind, f"rule{n}") for a, b, after, kind in edits])
        assert log.text == expected
        changes = log.changes()
        assert apply_changes(source, changes) == log.text
        assert all(c.start <= c.end for c in changes)
        assert all(x.end <= y.start for x, y in zip(changes, changes[1:])), "changes overlap"


@settings(max_examples=200, deadline=None)
@given(edit_rounds())
def test_every_text_offset_maps_into_the_source(case):
    source, rounds = case
    log = ChangeLog(source)
    for n, edits in enumerate(rounds):
        log.apply([Edit(a, b, after, kind, f"rule{n}") for a, b, after, kind in edits])
    previous = 0
    for pos in range(len(log.text) + 1):
        src = log.to_source(pos)
        assert 0 <= src <= len(source)
        assert src >= previous, "the offset map must be monotonic"
        previous = src


def test_offsets_outside_changes_map_to_the_same_character():
    log = ChangeLog("Cooperation bet365 Fund grows")
    log.apply([Edit(11, 18, "", "spam", "spam.gambling.brand")])
    assert log.text == "Cooperation Fund grows"
    pos = log.text.index("Fund")
    assert log.source_text[log.to_source(pos) : log.to_source(pos) + 4] == "Fund"


def test_a_later_edit_inside_an_earlier_one_merges_and_keeps_both_rules():
    log = ChangeLog("era。For a")
    log.apply([Edit(3, 4, ". ", "mt", "mt.punct.zh-full-stop")])
    log.apply([Edit(3, 5, ".  ", "mt", "mt.space.double")])
    [change] = log.changes()
    assert change.before == "。"
    assert change.rule == "mt.punct.zh-full-stop+mt.space.double"
    assert apply_changes(log.source_text, log.changes()) == log.text


def test_edits_that_undo_each_other_leave_no_change():
    log = ChangeLog("abc")
    log.apply([Edit(1, 2, "X", "mt", "r1")])
    log.apply([Edit(1, 2, "b", "mt", "r2")])
    assert log.changes() == []
    assert log.text == "abc"


def test_overlapping_edits_in_one_step_are_refused():
    log = ChangeLog("abcdef")
    with pytest.raises(ValueError, match="overlapping"):
        log.apply([Edit(0, 3, "", "spam", "a"), Edit(2, 4, "", "spam", "b")])


def test_apply_changes_rejects_changes_that_do_not_match_the_source():
    with pytest.raises(ValueError):
        apply_changes("abc", [{"start": 0, "end": 1, "before": "z", "after": ""}])
