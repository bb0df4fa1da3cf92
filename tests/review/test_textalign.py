"""Old-to-new offset mapping used to compare spans after the text changed."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.review.textalign import OffsetMap, text_opcodes

WORDS = ["国务院", "对口支援", "State Council", "pairing", " ", "\n", "，", "。", "😀", "𠀀", "Bet365 "]
INSERTS = st.sampled_from(["【广告】", "¤¤", "♣ casino ♣", "\u200b"])


def _apply(ops, old, new):
    """Rebuild new from old with the opcodes (checks they describe the edit exactly)."""
    return "".join(old[i1:i2] if tag == "equal" else new[j1:j2] for tag, i1, i2, j1, j2 in ops)


def _edited(words, inserts):
    new_words = list(words)
    for pos, w in sorted(inserts, reverse=True):
        new_words.insert(min(pos, len(new_words)), w)
    return "".join(words), "".join(new_words)


@settings(max_examples=300, deadline=None)
@given(st.permutations(WORDS), st.lists(st.tuples(st.integers(0, len(WORDS)), INSERTS), max_size=5))
def test_words_untouched_by_insertions_map_to_the_same_words(words, inserts):
    old, new = _edited(words, inserts)
    ops = text_opcodes(old, new)
    assert _apply(ops, old, new) == new
    m = OffsetMap(ops)
    start = 0
    for w in words:
        end = start + len(w)
        assert new[m.start(start) : m.end(end)] == w
        start = end


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=30),
       st.lists(st.tuples(st.integers(0, 30), st.sampled_from(WORDS + ["【广告】"])), max_size=5))
def test_mapping_never_gives_other_text_for_a_span_inside_an_equal_block(words, inserts):
    # Repetitive text can be aligned in more than one way (difflib is not a
    # minimal diff), but a span that the alignment keeps must keep its text.
    old, new = _edited(words, inserts)
    ops = text_opcodes(old, new)
    assert _apply(ops, old, new) == new
    m = OffsetMap(ops)
    start = 0
    for w in words:
        end = start + len(w)
        if any(t == "equal" and i1 <= start and end <= i2 for t, i1, i2, _, _ in ops):
            assert new[m.start(start) : m.end(end)] == w
        assert 0 <= m.start(start) <= m.end(end) <= len(new)
        start = end


def test_insertions_at_a_boundary_stay_outside_the_span_and_deleted_text_collapses():
    old = "A State Council B"
    new = "A <x>State Council<y> B"
    m = OffsetMap(text_opcodes(old, new))
    assert new[m.start(2) : m.end(15)] == "State Council"
    old2, new2 = "keep Bet365 casino support", "keep support"
    m2 = OffsetMap(text_opcodes(old2, new2))
    assert m2.start(old2.index("Bet365")) == m2.end(old2.index(" support")) == new2.index(" support")


def test_multiline_documents_align_line_by_line():
    old = "\n".join(f"line {i} 东西部协作" for i in range(2000))
    new = old.replace("line 1000 ", "line 1000 spam ")
    ops = text_opcodes(old, new)
    assert [op[0] for op in ops] == ["equal", "insert", "equal"]
    m = OffsetMap(ops)
    s = old.index("line 1500")
    assert new[m.start(s) : m.end(s + 9)] == "line 1500"
