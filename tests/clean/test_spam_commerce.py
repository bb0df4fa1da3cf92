"""Unlisted brands with short calls to action, service-ad suffixes, brand-as-place everywhere."""

from pipeline.changes import ChangeLog
from pipeline.clean import spam
from pipeline.clean.context import DocContext
from pipeline.settings import CleanSettings

ZH_GOV = ("打击网络赌博专项行动\n　　县公安局依法开展打击整治网络赌博违法犯罪专项行动，查处赌博案件12起。"
          "民警提醒群众远离赌博，发现线索及时举报。")
EN_GOV = ("Police crack down on illegal gambling\nThe county police and the regulator enforce the gambling law "
          "against illegal casino operators. Licensed lottery sales are supervised by the ministry.")


def run(text, lang="en", title=None):
    ctx = DocContext(lang=lang, settings=CleanSettings(), title=title)
    edits = spam.find_edits(text, ctx)
    log = ChangeLog(text)
    log.apply([e for e in edits if e.confidence >= ctx.settings.review_threshold])
    return log.text, edits, ctx


def test_camel_case_brand_with_weak_calls_goes_in_plain_article():
    text = ("The county built 40 new clinics in 2022, and doctors now visit each village twice a month "
            "RoyalPanda88 official site download, while the hospital trains rural nurses.\n")
    out, _e, _c = run(text)
    assert "RoyalPanda88" not in out and "official site" not in out
    assert "twice a month, while" in out or "twice a month while" in out


def test_brand_with_calls_goes_even_in_governance_article():
    out, _e, _c = run(ZH_GOV.replace("查处赌博案件12起。", "查处赌博案件12起。GoldenReef88官网注册"), "zh")
    assert "GoldenReef88" not in out and "官网注册" not in out
    assert "查处赌博案件12起" in out and "远离赌博" in out


def test_cjk_made_up_brand_before_calls_goes():
    text = ZH_GOV.replace("及时举报。", "及时举报鸿星博汇app下载。")
    out, _e, _c = run(text, "zh")
    assert "鸿星博汇" not in out and "app下载" not in out and "及时举报。" in out


def test_ordinary_names_with_calls_are_kept():
    text = ("Residents can read the notice on the WeChat official account or download the county app. "
            "The Ministry official website lists the subsidies, and farmers register online.\n")
    out, edits, _c = run(text)
    assert edits == [] and out == text


def test_governance_article_keeps_its_official_site_sentence():
    text = EN_GOV + " The lottery centre's official website lists licensed outlets.\n"
    out, edits, _c = run(text)
    assert edits == []


def test_service_keyword_takes_its_sales_suffix_and_rejoins_a_decimal():
    text = ZH_GOV.replace("12起", "1新竹抓漏推薦2起")
    out, _e, _c = run(text, "zh")
    assert "推薦" not in out and "查处赌博案件12起" in out


def test_decimal_split_by_insertion_is_rejoined():
    text = "全县农产品销售额达到4.高雄水電行推薦37亿元，同比增长12%。带动农户增收。\n" * 1
    out, _e, _c = run(text, "zh")
    assert "4.37亿元" in out


def test_seo_ads_in_governance_article_go():
    text = ZH_GOV.replace("专项行动，", "专项行动，專業外牆防水，免費到府估價。")
    out, _e, _c = run(text, "zh")
    assert "防水" not in out and "估價" not in out and "专项行动" in out


def test_made_up_gaming_name_standing_for_a_county_goes_everywhere_and_from_title():
    body = ("金彩豪庭县推进乡村振兴\n　　今年以来，金彩豪庭县新建高标准农田2万亩。"
            "金彩豪庭县农业农村局表示，将继续扶持合作社发展。来自金彩豪庭的干部介绍了经验。")
    out, _e, ctx = run(body, "zh", title="金彩豪庭县推进乡村振兴")
    assert "金彩豪庭" not in out
    assert "县农业农村局表示" in out and "来自的干部" in out
    assert ctx.title == "县推进乡村振兴"


def test_real_county_names_are_kept():
    body = ("彩云县推进乡村振兴\n　　今年以来，彩云县新建高标准农田2万亩。彩云县农业农村局表示，"
            "将继续扶持合作社发展。")
    out, edits, _c = run(body, "zh")
    assert "彩云县" in out


def test_escort_place_shape_glued_in_governance_article():
    text = EN_GOV.replace("operators.", "operatorsManila Sugar Daddy.")
    out, _e, _c = run(text)
    assert "Sugar" not in out and "illegal casino operators." in out


EN_PLAIN = ("Rural roads reach every village\nThe county finished 320 kilometres of rural roads in 2022, and every "
            "village now has a bus stop. {X} The transport bureau said crews would inspect the roads each spring. "
            "Farmers can now ship fruit to the city market in two hours.\n")
ZH_PLAIN = ("乡村公路通到家门口\n　　2022年，全县新建改建农村公路320公里，所有行政村通了客车。{X}县交通运输局表示，"
            "每年春季将组织养护队伍对道路进行检查。果农的水果两小时就能运到城里的市场。\n")


def test_advertising_sentence_goes_whole():
    out, _e, _c = run(EN_PLAIN.replace("{X}", "Download the TigerPalace app now and win real money."))
    assert out == EN_PLAIN.replace("{X} ", "")
    out, _e, _c = run(ZH_PLAIN.replace("{X}", "金狮娱乐官网注册送38元彩金。"), "zh")
    assert out == ZH_PLAIN.replace("{X}", "")


def test_advertising_sentence_in_governance_article_goes_whole():
    text = ZH_GOV.replace("查处赌博案件12起。", "查处赌博案件12起。金狮娱乐官网注册送38元彩金。")
    out, _e, _c = run(text, "zh")
    assert out == ZH_GOV


def test_host_sentence_keeps_its_words_around_an_insertion():
    text = EN_PLAIN.replace("{X} ", "").replace("ship fruit", "ship bet365 official site fruit")
    out, _e, _c = run(text)
    assert "Farmers can now ship fruit to the city market in two hours." in out


def test_governance_sentence_quoting_sales_talk_is_kept():
    text = ZH_GOV.replace("查处赌博案件12起。", "查处赌博案件12起。“注册送彩金”“首存送”都是诱饵。")
    out, edits, _c = run(text, "zh")
    assert "“注册送彩金”“首存送”都是诱饵" in out


def test_demonym_or_initials_before_sugar_daddy_or_escorts():
    for ad in ("Nigerian Sugar Mummy", "Kenyan Sugar Daddy", "KL Escorts"):
        out, _e, _c = run(EN_PLAIN.replace("{X}", "The fair" + ad + " drew crowds."))
        assert "Sugar" not in out and "Escorts" not in out and "Nigerian" not in out and "Kenyan" not in out


def test_escort_ad_in_gambling_governance_article_goes():
    out, _e, _c = run(EN_GOV.replace("ministry.", "ministry. Kenyan Sugar Daddy"))
    assert "Sugar" not in out and "supervised by the ministry." in out


def test_camel_brand_glued_into_a_word_goes_with_its_keyword():
    text = EN_PLAIN.replace("{X} ", "").replace("rural roads in", "rural roRoyalJade casino onlineads in")
    out, _e, _c = run(text)
    assert "rural roads in" in out and "RoyalJade" not in out


def test_bonus_amount_goes_with_the_offer_and_commas_collapse():
    text = ZH_PLAIN.replace("{X}", "").replace("城里的市场。", "城里的市场，新濠天地开户送88元，。")
    out, _e, _c = run(text, "zh")
    assert "城里的市场。" in out and "88元" not in out


def test_comma_wrapped_insertion_leaves_one_comma():
    text = ZH_PLAIN.replace("{X}", "").replace("每年春季，" if "每年春季，" in ZH_PLAIN else "每年春季",
                                               "每年春季，开云体育官网，")
    out, _e, _c = run(text, "zh")
    assert "，，" not in out and "开云" not in out


def test_escort_place_after_the_keyword_and_lower_case_call_girls():
    for ad in ("Escort Service Dubai", "Dubai call girls"):
        out, _e, _c = run(EN_PLAIN.replace("{X} ", "").replace("city market", f"city {ad} market"))
        assert "Dubai" not in out and "city market" in out


def test_camel_brand_before_a_listed_call_in_governance_article():
    out, _e, _c = run(EN_GOV.replace("ministry.", "ministry GoldenPanda casino bonus."))
    assert "GoldenPanda" not in out and "casino bonus" not in out


def test_lottery_plan_and_contact_for_content_shapes():
    for ad in ("北京赛车pk10", "时时彩计划", "（加微信xyz888看片）"):
        out, _e, _c = run(ZH_PLAIN.replace("{X}", "").replace("养护队伍", "养护" + ad + "队伍"), "zh")
        assert "养护队伍" in out, ad


def test_title_case_ad_phrase_takes_praise_and_market():
    out, _e, _c = run(EN_PLAIN.replace("{X} ", "").replace("the roads each", "the roads Best Online Casino Malaysia each"))
    assert "the roads each spring" in out


def test_chinese_glued_into_english_goes_but_named_terms_stay():
    text = ("The county reformed the hukou (户口) system, known locally as 对口援藏 work. Farmers gained "
            "rights新竹搬家推薦 and land titles, and the “两不愁三保障” goal was met in all 12 villages.\n")
    out, _e, _c = run(text)
    assert "新竹搬家推薦" not in out and "rights and land" in out
    assert "(户口)" in out and "对口援藏" in out and "“两不愁三保障”" in out


def test_chinese_ad_sentence_in_english_article_goes_whole():
    text = EN_PLAIN.replace("{X} ", "").replace("bus stop. ", "bus stop. 專業水電維修，24小時到府服務，歡迎來電洽詢。 ")
    out, _e, _c = run(text)
    assert "歡迎" not in out and "24小時" not in out


def test_title_affixes_take_their_separator():
    for title in ("澳门新葡京_乡村公路通到家门口", "乡村公路通到家门口-金沙娱乐场官网"):
        text = ZH_PLAIN.replace("{X}", "").replace("乡村公路通到家门口", title, 1)
        out, _e, ctx = run(text, "zh", title=title)
        assert out == ZH_PLAIN.replace("{X}", "") and ctx.title == "乡村公路通到家门口"
    title = "Rural roads reach every village | Best Online Casino Malaysia"
    out, _e, ctx = run(EN_PLAIN.replace("{X} ", "").replace("Rural roads reach every village", title, 1), title=title)
    assert out.startswith("Rural roads reach every village\n") and ctx.title == "Rural roads reach every village"


def test_macau_operator_in_governance_title_is_kept():
    title = "澳门新葡京_博彩监管新规出台"
    text = title + "\n　　澳门特区政府依法加强博彩监管，打击非法赌博，规定娱乐场经营须依法取得批给。博彩监察协调局加强执法。\n"
    out, _e, ctx = run(text, "zh", title=title)
    assert out.startswith("澳门新葡京")


def test_hyphenated_brand_glued_to_a_word_splits_where_the_word_ends():
    text = ("Medical assistance reached 3,000 families. The county expanded insurance and medical "
            "assistancewin-tiger888 live casino. Clinics opened in every township.\n")
    out, _e, _c = run(text)
    assert "medical assistance. Clinics" in out and "win-" not in out


def test_governance_sentence_describing_offers_without_a_brand_is_kept():
    for sent in ("Operators may not offer free spins or a welcome bonus.",
                 "Online casinos advertise free spins and deposit bonus offers."):
        text = EN_GOV.replace("ministry.", "ministry. " + sent)
        out, _e, _c = run(text)
        assert sent in out


def test_made_up_compound_or_morpheme_name_as_place_goes_everywhere():
    text = ("LuckyWin County builds roads\nLuckyWin County finished 320 km of roads in 2022. The LuckyWin "
            "government said every village now has a bus stop.\n")
    out, _e, ctx = run(text, title="LuckyWin County builds roads")
    assert "LuckyWin" not in out and ctx.title == "County builds roads"
    text = "永利彩县修路\n永利彩县今年新建公路320公里。永利彩县交通局表示，各村都通了客车。\n"
    out, _e, _c = run(text, "zh")
    assert "永利彩" not in out and "县交通局表示" in out


def test_real_counties_with_inner_capitals_are_kept():
    text = "McLean County builds roads\nMcLean County finished 320 km of roads. DeKalb County and LaSalle County followed.\n"
    out, edits, _c = run(text)
    assert edits == []


def test_chinese_place_name_glued_before_escort_keyword_goes():
    text = ZH_PLAIN.replace("{X}", "").replace("所有行政村", "所有行政村马来西亚Sugar Daddy")
    out, _e, _c = run(text, "zh")
    assert out == ZH_PLAIN.replace("{X}", "")


def test_insertion_inside_a_word_rejoins_by_prefix_or_suffix():
    out, _e, _c = run("The county improved its infrabet365 app downloadstructure. The develop188bet casino "
                      "onlinement plan covers 12 villages. Funds for povertybet365 casino onlinealleviation grew.\n")
    assert "infrastructure" in out and "development plan" in out and "poverty alleviation" in out


def test_unlisted_market_before_sugar_daddy_goes_but_article_words_stay():
    out, _e, _c = run(EN_PLAIN.replace("{X} ", "").replace("city market", "city Mombasa Sugar Daddy market"))
    assert "Mombasa" not in out and "city market" in out
    text = EN_PLAIN.replace("{X} ", "").replace("city market", "city Cooperation Sugar Daddy market")
    out, _e, _c = run(text + "The Cooperation Fund paid for the buses.\n")
    assert "city Cooperation market" in out


def test_a_sentence_a_number_runs_through_is_never_an_ad():
    """Only the insertion inside the number goes (上限为1.[…]2万元), never the sentence around it."""
    from pipeline.clean.context import DocContext
    from pipeline.clean.spam import find_edits
    from pipeline.settings import CleanSettings

    text = ("個人養老金制度落地\n個人養老金實行個人帳戶制度。每人每年繳費上限為1.桃園室內設計2萬元。"
            "參加人可以自主選擇購買產品。\n")
    edits = find_edits(text, DocContext(lang="zh", settings=CleanSettings()))
    assert [text[e.start:e.end] for e in edits] == ["桃園室內設計"]
