"""A made-up gaming name standing for a place: seen once with a place word and bare elsewhere,
a Chinese name in English prose with County or 县. Invented examples."""

from pipeline.clean.context import DocContext
from pipeline.clean.spam import find_edits
from pipeline.settings import CleanSettings


def apply(text, lang):
    edits = find_edits(text, DocContext(lang=lang, settings=CleanSettings()))
    for e in sorted(edits, key=lambda e: -e.start):
        text = text[: e.start] + e.after + text[e.end :]
    return text


def test_chinese_gaming_name_with_county_and_xian_in_english_prose():
    text = ("Two years after the rural road programme began in 鑫博汇 County, 86 villages have paved roads.\n"
            "The 鑫博汇县 transport bureau said maintenance crews now cover every township.\n")
    out = apply(text, "en")
    assert "鑫博汇" not in out
    assert "rural road programme began in" in out and "transport bureau said maintenance crews" in out


def test_chinese_gaming_name_with_district_then_bare():
    text = ("Residents of 鸿彩坊 District can now renew permits online, the district office said.\n"
            "Officials in 鸿彩坊 added 12 service windows and extended opening hours on Saturdays.\n")
    out = apply(text, "en")
    assert "鸿彩坊" not in out and "added 12 service windows" in out


def test_latin_gaming_name_once_with_city_and_bare_in_the_body():
    text = ("Spinmoor City expands free bus passes for residents over 65\n"
            "This year Spinmoor will add 40 routes, and the transport bureau expects 2 million more trips.\n")
    out = apply(text, "en")
    assert "Spinmoor" not in out and "will add 40 routes" in out


def test_latin_lucky_name_as_county_twice_bare():
    text = ("Farmers in Betharrow County received 3,200 tonnes of seed this spring.\n"
            "Betharrow officials said the subsidy doubled compared with last year.\n")
    assert "Betharrow" not in apply(text, "en")


def test_real_places_glossed_or_in_pinyin_are_kept():
    for text in (
        "Songxi County (松溪县) opened a new clinic. Songxi officials said 2,000 residents use it.\n",
        "Winchester City Council approved the plan, and Winchester residents welcomed it.\n",
        "The county, known in Chinese as “金华市”, exports hardware. Jinhua City has 7 million people.\n",
    ):
        assert apply(text, "en") == text
