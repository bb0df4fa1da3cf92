"""Title affixes in English articles: Chinese segments go with the spam keywords beside them."""

from pipeline.clean import spam
from pipeline.clean.context import DocContext
from pipeline.settings import CleanSettings

BODY = ("The county has built elderly care stations in twelve townships this year, staffed by clinic "
        "workers on rotation. The stations offer weekly health checks and meals to older residents.\n")


def _removed(first_line):
    text = first_line + "\n" + BODY
    return [text[e.start : e.end] for e in spam.find_edits(text, DocContext(lang="en", settings=CleanSettings()))]


def test_chinese_segments_beside_spam_keywords_go_on_both_sides():
    assert _removed("精选推荐,County builds elderly care stations,三级片免费观看") == [
        "精选推荐,", ",三级片免费观看"]


def test_chinese_segment_without_spam_stays():
    # A site name after an English title is chrome for others to judge, not spam.
    assert _removed("County builds elderly care stations - 县民政局网站") == []
