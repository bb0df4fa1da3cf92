"""A brand-shaped name splitting a rarer word, and its site chased in any case, even glued into
a number. Invented examples."""

from pipeline.clean.context import DocContext
from pipeline.clean.spam import find_edits
from pipeline.settings import CleanSettings


def apply(text, lang="en"):
    edits = find_edits(text, DocContext(lang=lang, settings=CleanSettings()))
    for e in sorted(edits, key=lambda e: -e.start):
        text = text[: e.start] + e.after + text[e.end :]
    return text


def test_code_name_splitting_a_less_common_word():
    for word, cut in (("deferral", 5), ("arrears", 3), ("waivers", 3)):
        text = f"Members in {word[:cut]}TigerLux77{word[cut:]} may apply again after six months, the bureau said.\n"
        out = apply(text)
        assert f"Members in {word} may apply" in out, out


def test_camel_name_splitting_a_word():
    text = "The county added 300 beds for elderly resPixelMoonspite care this year.\n"
    assert "elderly respite care" in apply(text)


def test_a_split_names_site_is_chased_in_lower_case_inside_a_number():
    text = ("Applicants need a tax deferOrbaLux88ral certificate from the local bureau.\n"
            "By May, more than 2orbalux88.club4.1 million people had applied, officials said.\n")
    out = apply(text)
    assert "orbalux" not in out.lower()
    assert "tax deferral certificate" in out and "more than 24.1 million people" in out


def test_ordinary_words_and_real_sites_stay():
    for text in (
        "Tax deferral applies to contributions, and details are on www.gov.cn for all applicants.\n",
        "The fund's website, pension.gov.cn, lists 12 approved banks and 3 insurers.\n",
        "The respite care programme, called SilverBridge, served 4,000 families in 2023.\n",
    ):
        assert apply(text) == text


def test_a_bare_names_site_next_to_it_goes_too():
    text = "Residents can now renew permits online Fortunix88 fortunix88.vip, the bureau said.\n"
    assert apply(text) == "Residents can now renew permits online, the bureau said.\n"


def test_bare_gaming_site_in_prose_goes_in_both_languages():
    for text, site, lang in (
        ("The subsidy covers 3,000 households www.spinvora88.com in the county this year.\n", "www.spinvora88.com", "en"),
        ("Clinics in 12 townships luckbetway.vip now share one drug catalogue.\n", "luckbetway.vip", "en"),
        ("　　全县已建成养老服务站42个hy777club.cc，覆盖所有乡镇。\n", "hy777club.cc", "zh"),
    ):
        out = apply(text, lang)
        assert site not in out, out


def test_sites_the_article_points_to_stay():
    for text, lang in (
        ("Applicants can visit www.hrss2023.com or the portal at ynjob88.cn for details.\n", "en"),
        ("The notice is on www.mof.gov.cn and www.spinwheel.org, the ministry said.\n", "en"),
        ("　　市民可登录www.zwfw365.com办理，或关注官方网站rsj2023.cn获取信息。\n", "zh"),
    ):
        assert apply(text, lang) == text
