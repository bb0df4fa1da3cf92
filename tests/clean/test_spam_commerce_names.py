"""Whole advert sentences (pipeline/clean/spam_commerce.py): what is left of a sentence after its spam
counts as the advertised brand only when it reads as a name."""

from pipeline.changes import ChangeLog
from pipeline.clean import spam
from pipeline.clean.context import DocContext
from pipeline.settings import CleanSettings


def _clean(text: str) -> str:
    log = ChangeLog(text)
    log.apply(spam.find_edits(text, DocContext(lang="zh", settings=CleanSettings())))
    return log.text


def test_one_character_repeated_is_not_the_brand_name_of_an_advert():
    assert _clean("通知\n县县开云体育官网，") == "通知\n县县，"


def test_a_made_up_name_before_the_spam_goes_with_it():
    out = _clean("通知\n金狮开云体育官网。\n")
    assert "金狮" not in out and "开云" not in out
