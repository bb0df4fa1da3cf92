"""A made-up name set after 'and' between a lower-case word and an adverb or article, where no
noun phrase belongs; used once. Invented examples."""

from pipeline.clean.context import DocContext
from pipeline.clean.spam import find_edits
from pipeline.settings import CleanSettings


def apply(text, lang="en"):
    edits = find_edits(text, DocContext(lang=lang, settings=CleanSettings()))
    for e in sorted(edits, key=lambda e: -e.start):
        text = text[: e.start] + e.after + text[e.end :]
    return text


def test_made_up_name_in_a_governance_sentence():
    text = ("Police said illegal lottery apps promise guaranteed returns and Brivanta then freeze accounts "
            "once players deposit large sums. Overseas casino websites also target students.\n")
    out = apply(text)
    assert "Brivanta" not in out and "guaranteed returns and then freeze accounts" in out


def test_made_up_name_before_an_article_and_an_adverb():
    for text, name in (
        ("Shops must post warnings and Quorblex a hotline number for people worried about gambling.\n", "Quorblex"),
        ("Villages repaired roads and Zentavio also built 12 bridges with the subsidy.\n", "Zentavio"),
    ):
        out = apply(text)
        assert name not in out, out


def test_firms_introduced_or_named_twice_stay():
    for text in (
        "The ministry and Zentavio also signed a deal, and Zentavio will build 12 clinics.\n",
        "Regulators fined the app Quorblex and the lender Brivanta a total of 2 million yuan.\n",
        "Acme and Brivanta then merged their logistics arms.\n",
        "Farmers grow rice and Songxi then buys the harvest through its cooperative.\n",
    ):
        assert apply(text) == text
