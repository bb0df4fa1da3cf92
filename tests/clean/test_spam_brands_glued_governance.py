"""In a gambling-governance article a made-up name glued after the article's own product word
(``online casino|XyzBet``) goes alone: the product word stays (invented examples)."""

from pipeline.clean.context import DocContext
from pipeline.clean.spam import find_edits
from pipeline.settings import CleanSettings

GOV = ("Police in the province broke up 12 illegal gambling rings this year. The crackdown on illegal gambling "
       "targets online casino operators, sports betting agents and the banks that move gambling funds. ")


def apply(text, lang="en"):
    edits = find_edits(text, DocContext(lang=lang, settings=CleanSettings()))
    for e in sorted(edits, key=lambda e: -e.start):
        text = text[: e.start] + e.after + text[e.end :]
    return text


def test_name_glued_after_a_product_word_goes_and_the_product_word_stays():
    for inserted, clean in (
            ("Investigators said the online casinoLuckyDragon88 accepted bets worth 3 million yuan.",
             "Investigators said the online casino accepted bets worth 3 million yuan."),
            ("Officers found that sports bettingRoyalSpinz sites took wagers from minors.",
             "Officers found that sports betting sites took wagers from minors."),
            ("The gang ran an online casinoGoldKoiWin platform from a rented flat.",
             "The gang ran an online casino platform from a rented flat.")):
        assert apply(GOV + inserted) == GOV + clean


def test_product_words_in_plain_governance_prose_stay():
    for genuine in ("Investigators said the online casino accepted bets worth 3 million yuan.",
                    "The gang ran an online casino. Police seized 40 phones and two servers."):
        assert apply(GOV + genuine) == GOV + genuine
