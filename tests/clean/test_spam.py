"""Text-level spam: one test per family and injection shape, in both languages, plus negatives."""

import pytest

from pipeline.changes import ChangeLog
from pipeline.clean import spam
from pipeline.clean.context import DocContext
from pipeline.settings import CleanSettings

EN_BODY = (
    "The county government will strengthen the supervision of rural collective assets and publish village "
    "accounts every quarter. Township audit offices shall audit the accounts of village collectives once a "
    "year, and the results will be reported to the county people's congress.\n"
)
ZH_BODY = "县政府将加强农村集体资产监督管理，每季度公开村级账目。乡镇审计部门每年对村集体账目审计一次，审计结果向县人民代表大会报告。\n"


def run(text, lang="en", **settings):
    ctx = DocContext(lang=lang, settings=CleanSettings(**settings))
    edits = spam.find_edits(text, ctx)
    log = ChangeLog(text)
    log.apply([e for e in edits if e.confidence >= ctx.settings.review_threshold])
    return log.text, edits


# --- the seed's own shapes -------------------------------------------------------------------------------

def test_seed_mid_sentence_insertion_is_rejoined_with_one_space():
    out, _ = run("It is mainly concentrated bet365 Play online games in economic support.\n" + EN_BODY)
    assert out.startswith("It is mainly concentrated in economic support.")


def test_seed_line_initial_insertion_keeps_sentence():
    out, _ = run("Intro line.\n\n  Bet365 lotto review Since the founding of New China,the work went on.\n" + EN_BODY)
    assert "  Since the founding of New China,the work went on." in out
    assert "Bet365" not in out and "lotto review" not in out


# --- gambling --------------------------------------------------------------------------------------------

def test_gambling_brand_glued_both_sides_english():
    out, edits = run("The East-West CooperationBet365 app downloadFund supports villages.\n" + EN_BODY)
    assert "The East-West Cooperation Fund supports villages." in out
    assert all(e.kind == "spam" and e.rule.startswith("spam.gambling") for e in edits)


@pytest.mark.parametrize("line,expected", [
    # gambling brand glued to words on both sides: no space is left in Chinese
    ("推动乡村振兴开云体育官网战略全面实施。", "推动乡村振兴战略全面实施。"),
    # inside book-title brackets that split a word
    ("形成中《乐鱼体育》国特色的发展格局。", "形成中国特色的发展格局。"),
    # seo-tw keyword inside a number
    ("2019年3月1抓漏5日起施行。", "2019年3月15日起施行。"),
    # seo-tw keywords as a title prefix, traditional script
    ("網頁設計-台北水電行|關於推動城市更新的實施方案", "關於推動城市更新的實施方案"),
])
def test_chinese_insertions_closed_up(line, expected):
    out, _ = run(line + "\n" + ZH_BODY, "zh")
    assert out.startswith(expected + "\n")


def test_no_space_before_punctuation():
    out, _ = run("Funds were raised for schools bet365 live casino games, hospitals and roads.\n" + EN_BODY)
    assert "for schools, hospitals and roads." in out


def test_unknown_brand_before_listed_call_to_action():
    out, edits = run("The guarantee Winbox88 live casino games fund provides loans.\n" + EN_BODY)
    assert "The guarantee fund provides loans." in out
    assert any("unknown" in e.rule for e in edits)


def test_unknown_chinese_brand_before_keyword_shape():
    out, _ = run("推动金龙娱乐官网县乡村三级物流体系建设。\n" + ZH_BODY, "zh")
    assert out.startswith("推动县乡村三级物流体系建设。")


def test_repeated_brand_shaped_token_not_in_lexicon():
    text = "Taxes will be halved Zorbet77 next year.\nThe Cooperation Zorbet77 Fund helps firms.\n" + EN_BODY
    out, edits = run(text)
    assert "Zorbet77" not in out
    assert "The Cooperation Fund helps firms." in out
    assert all(e.confidence < 0.9 for e in edits)  # heuristic, not a lexicon hit


# --- escort ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("inserted,expected", [
    ("improve public servicesMalaysia Sugarin townships", "improve public services in townships"),
    ("access to education and Sugar Daddymedical insurance", "access to education and medical insurance"),
    ("the eastern regions.Singapore Sugar The province", "the eastern regions. The province"),
    ("the servicesLebanon Sugar of villages", "the services of villages"),
    ("new jobs in Zambia Sugar daddy rural towns", "new jobs in rural towns"),
])
def test_escort_keywords_glued_either_side(inserted, expected):
    out, _ = run(inserted + ".\n" + EN_BODY)
    assert out.startswith(expected)


# --- lottery-id ------------------------------------------------------------------------------------------

def test_lottery_link_list_lines_above_and_below():
    text = ("Togel Online | Slot Gacor Hari Ini | Situs Toto Terpercaya\nDaftar Slot88 Maxwin | RTP Live\n"
            + EN_BODY + "Bandar Togel Resmi | Slot Gacor Maxwin\n")
    out, edits = run(text)
    assert out == EN_BODY
    assert {e.rule for e in edits} == {"spam.lottery-id.link-list"} or all("lottery-id" in e.rule for e in edits)


# --- porn ------------------------------------------------------------------------------------------------

def test_porn_keywords_before_title():
    title = "国产精品_久久精品|亚洲无码|关于加强乡村治理的指导意见\n"
    out, _ = run(title + ZH_BODY, "zh")
    assert out.startswith("关于加强乡村治理的指导意见\n")


def test_porn_keywords_after_title_and_ctx_title_cleaned():
    ctx = DocContext(lang="zh", title="关于加强乡村治理的指导意见_国产精品,午夜福利")
    text = "关于加强乡村治理的指导意见_国产精品,午夜福利\n" + ZH_BODY
    log = ChangeLog(text)
    log.apply(spam.find_edits(text, ctx))
    assert log.text.startswith("关于加强乡村治理的指导意见\n")
    assert ctx.title == "关于加强乡村治理的指导意见"


# --- seo-tw ----------------------------------------------------------------------------------------------

# --- brand as place --------------------------------------------------------------------------------------

def test_brand_replacing_a_place_name_is_removed_not_guessed():
    text = "乐鱼体育县人民政府工作报告\n乐鱼体育县常住人口42.3万人。\n" + ZH_BODY
    out, edits = run(text, "zh")
    assert out.startswith("县人民政府工作报告\n县常住人口42.3万人。")
    assert all(e.rule.startswith("spam.brand-as-place") for e in edits)


def test_brand_replacing_a_place_name_english():
    out, _ = run("The Dafabet County government built 42 kilometers of roads.\n" + EN_BODY)
    assert out.startswith("The County government built 42 kilometers of roads.")


# --- confidence and review -------------------------------------------------------------------------------

def test_lexicon_hits_are_more_confident_than_heuristics():
    text = "Taxes fall Zorbet77 soon.\nThe Zorbet77 Fund.\nThe plan bet365 app download works.\n" + EN_BODY
    _, edits = run(text)
    lexicon = [e for e in edits if "bet365" in e.rule]
    heuristic = [e for e in edits if "unknown" in e.rule]
    assert lexicon and heuristic
    assert min(e.confidence for e in lexicon) > max(e.confidence for e in heuristic)


def test_review_threshold_keeps_low_confidence_detections():
    text = "Taxes fall Zorbet77 soon.\nThe Zorbet77 Fund.\nThe plan bet365 app download works.\n" + EN_BODY
    out, _ = run(text, review_threshold=0.8)
    assert "Zorbet77" in out and "bet365" not in out


# --- negatives -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    (EN_BODY * 3, "en"),
    (ZH_BODY * 3, "zh"),
    ("Standard GB18030-2022 applies from 1 August 2023 at www.gov.cn; COVID-19 and 5G and G20 matter.\n"
     "Project 2017xzzxzd-12 studied the 19th Congress. Download the form from the official website.\n", "en"),
    ("群众可通过国家政务服务平台官网或政务服务APP下载办理，推广水电气暖电子证照。\n", "zh"),
    ("General Secretary Xi Jinping met Guo Chunfu in Beijing on March 18, 2021.\n", "en"),
])
def test_clean_text_yields_no_edits(text, lang):
    assert run(text, lang)[1] == []


def test_gambling_governance_article_keeps_its_words_english():
    text = (
        "Macao tightens casino regulation\n\nThe government revised the gaming law to strengthen supervision of "
        "casino operators. Illegal online casino operators and sports betting websites will be prosecuted by "
        "the police, and the gaming tax remains 35 percent. The law also funds programs against problem "
        "gambling and regulates the lottery.\n"
    )
    assert run(text)[1] == []


def test_gambling_governance_article_keeps_its_words_chinese():
    text = ("公安机关严厉打击跨境赌博和网络赌博违法犯罪，依法查处开设赌场行为。一些境外赌博平台以“真人百家乐”“体育投注”"
            "招揽参赌人员，提醒群众不要点击“注册送彩金”链接，发现涉赌线索及时举报。彩票发行应当依法管理。\n")
    assert run(text, "zh")[1] == []


def test_governance_article_still_loses_injected_brand_with_call_to_action():
    text = ("Police crack down on illegal gambling and casino crime under the law.\n"
            "The regulation of the lottery bet365 app download is strict, and illegal betting is banned.\n")
    out, _ = run(text)
    assert "bet365" not in out and "The regulation of the lottery is strict" in out


# --- families no lexicon lists: the same odd phrase repeated -------------------------------------------

def test_repeated_unlisted_phrase_glued_to_words_english():
    text = ("The fund Crypdex Pro supports county roads.\nThe market Crypdex Pro grows in rural areas.\n"
            "The East-West CooperationCrypdex ProFund helps schools.\n" + EN_BODY)
    out, edits = run(text)
    assert "Crypdex" not in out
    assert "The East-West Cooperation Fund helps schools." in out
    assert "The fund supports county roads." in out
    assert all(e.confidence < 0.9 for e in edits)


def test_repeated_unlisted_brand_splitting_chinese_words():
    text = "推动中鑫博汇国特色发展。\n坚持高质量发鑫博汇展。\n" + ZH_BODY
    out, _ = run(text, "zh")
    assert out.startswith("推动中国特色发展。\n坚持高质量发展。")


def test_repeated_genuine_names_are_kept():
    text = ("Guizhou Province built roads.\nThe plan of Guizhou Province was adopted.\n"
            "Teachers in Guizhou Province received training.\n" + EN_BODY)
    assert run(text)[1] == []
    zh = "贵州省黔东南州推进县域商业建设。黔东南州加快县域商业体系建设。支持黔东南州县域商业发展。\n" + ZH_BODY
    assert run(zh, "zh")[1] == []


def test_insertion_inside_an_english_word_is_closed_up():
    text = "Regional cooperation matters.\nThe coopera bet365 app download tion of counties grows.\n" + EN_BODY
    text = text.replace("coopera bet365 app download tion", "cooperabet365 app downloadtion")
    out, _ = run(text)
    assert "The cooperation of counties grows." in out


@pytest.mark.parametrize("line,expected", [
    ("关于加强乡村治理的指导意见-华体会体育(中国)HTH·官方网站-登录入口\n", "关于加强乡村治理的指导意见\n"),
    ("推动开云体育（中国）官方网站-IOS/安卓通用版/手机APP下载乡村振兴。\n", "推动乡村振兴。\n"),
    ("推动金龙体育(中国)官方网站-登录入口乡村振兴。\n", "推动乡村振兴。\n"),
])
def test_china_official_site_keyword_shape(line, expected):
    out, _ = run(line + ZH_BODY, "zh")
    assert out.startswith(expected)


def test_company_official_site_mention_is_kept():
    assert run("企业可访问华为（中国）官网了解详情。\n" + ZH_BODY, "zh")[1] == []


def test_unlisted_gaming_name_replacing_a_place_name():
    text = "鸿福娱乐县人民政府工作报告\n去年鸿福娱乐县地区生产总值增长6%。\n" + ZH_BODY
    out, edits = run(text, "zh")
    assert out.startswith("县人民政府工作报告\n去年县地区生产总值增长6%。")
    assert all(e.rule.startswith("spam.brand-as-place") for e in edits)


def test_trade_words_before_market_or_region_are_not_places():
    text = "发展文化娱乐市场和体育区域中心。推动文化娱乐市场繁荣，建设体育区域中心。\n" + ZH_BODY
    assert run(text, "zh")[1] == []


def test_governance_article_listing_products_keeps_them():
    text = ("Regulator bans unlicensed gambling\n\nThe regulator said live casino, online casino and sports betting "
            "services offered without a licence are illegal. Police will enforce the gambling law, and the "
            "lottery remains under state supervision. Online casino advertising is prohibited.\n")
    assert run(text)[1] == []


def test_brand_alone_is_removed_outside_governance_articles():
    out, _ = run("The county built roads bet365 and schools.\n" + EN_BODY)
    assert "The county built roads and schools." in out


def test_unlisted_brand_code_as_title_prefix():
    out, _ = run("Winbox88-Opinions on improving rural roads\n" + EN_BODY)
    assert out.startswith("Opinions on improving rural roads\n")
    kept = "GB18030-Notice on character sets\n" + EN_BODY
    assert run(kept)[1] == []


def test_porn_title_prefix_with_unlisted_keywords_around_a_listed_one():
    out, _ = run("国产麻豆精品_日韩一区二区_欧美性爱|关于加强乡村治理的指导意见\n" + ZH_BODY, "zh")
    assert out.startswith("关于加强乡村治理的指导意见\n")


def test_lottery_game_names_as_a_link_list_outside_governance_articles():
    text = "幸运飞艇计划 | 北京赛车pk10 | 重庆时时彩开奖\n" + ZH_BODY + "Pola Gacor Malam Ini | Bocoran Admin Riki\nslot gacor maxwin | situs togel resmi\n"
    out, _ = run(text, "zh")
    assert out == ZH_BODY


def test_lottery_game_names_in_a_governance_article_stay():
    text = "严厉打击网络赌博违法犯罪，依法查处开设赌场行为。\n幸运飞艇 | 北京赛车 | 时时彩\n公安机关提醒群众远离赌博。\n"
    assert run(text, "zh")[1] == []


def test_ctx_title_is_judged_with_the_article():
    gov = DocContext(lang="en", title="Bet365 fined over player protection failures")
    body = ("Bet365 fined over player protection failures\n\nThe Gambling Commission fined the casino operator "
            "under the gambling law for illegal practices; police and the regulator enforce the lottery rules.\n")
    spam.find_edits(body, gov)
    assert gov.title == "Bet365 fined over player protection failures"
    spammed = DocContext(lang="en", title="Opinions on rural roads_bet365 app download")
    spam.find_edits("Opinions on rural roads\n" + EN_BODY, spammed)
    assert spammed.title == "Opinions on rural roads"


def test_sugar_industry_is_not_escort_spam():
    text = "The Guangxi Sugar Industry Group will modernise cane farms.\nGuangxi Sugar output rose.\n" + EN_BODY
    assert run(text)[1] == []


# --- spliced sentences ---------------------------------------------------------------------------------

def test_short_article_still_loses_a_spliced_novel_sentence():
    text = ("The county will repair rural roads this year. Funds for rural roads come from the county budget. "
            "He kissed her hand and whispered that his heart had always belonged to her. "
            "Township governments shall report the progress of road repair every quarter. "
            "The county transport bureau will inspect the quality of the roads.\n")
    out, edits = run(text)
    assert "kissed" not in out and "whispered" not in out
    assert "belonged" not in out
    assert "Funds for rural roads come from the county budget. Township governments shall report" in out
    assert all(e.rule == "spam.filler.off-topic-sentence" for e in edits)


def test_quoted_officials_and_service_notices_are_not_fiction():
    news = ("The county will repair rural roads this year, the county head said on Monday. "
            "\"We will make sure every village has a paved road by 2025,\" he said, adding that his government "
            "would invest 2 billion yuan in rural roads. Township governments shall report progress every quarter. "
            "The transport bureau will inspect the roads.\n")
    assert run(news)[1] == []
    zh = ("尊敬的市民：您可以通过政务服务网办理社保卡。他表示，我市将进一步优化政务服务流程。我们将持续推进“一网通办”。"
          "办理时间为工作日上午9时至下午5时。如有疑问，请拨打12345热线咨询。\n")
    assert run(zh, "zh")[1] == []


def test_unlisted_gaming_name_replacing_a_place_name_english():
    text = ("Work report of the Lucky Casino County government\nLucky Casino County built 42 km of roads.\n"
            "Baoding City and Betwinner City signed an agreement; Betwinner City will host the fair.\n" + EN_BODY)
    out, _ = run(text)
    assert out.startswith("Work report of the County government\nCounty built 42 km of roads.\n"
                          "Baoding City and City signed an agreement; City will host the fair.")


def test_traditional_keywords_in_a_simplified_article_are_caught_unlisted():
    body = ZH_BODY * 3
    text = "推进城市台北冷凍空調更新改造工作。\n加快农村網站架構優化物流体系建设。\n" + body
    out, edits = run(text, "zh")
    assert out.startswith("推进城市更新改造工作。\n加快农村物流体系建设。\n")
    assert all(e.confidence < 0.9 for e in edits)


def test_traditional_article_or_old_forms_are_not_flagged():
    trad = "關於推動城市更新的實施方案。為加快推動城市更新，改善居住環境，提升城市品質，制定本方案。各區應完成轄區內老舊社區的摸底調查。\n"
    assert run(trad, "zh")[1] == []
    simp = "乾隆年间修建的古桥得到保护。" + ZH_BODY * 3
    assert run(simp, "zh")[1] == []


@pytest.mark.parametrize("line,expected", [
    ("自2019年3月1台北搬家5日起施行。", "自2019年3月15日起施行。"),
    ("201宏达装修9年完成改造。", "2019年完成改造。"),
    ("推进中bet88国特色发展。", "推进中国特色发展。"),
])
def test_unlisted_insertions_inside_dates_and_words(line, expected):
    out, _ = run(line + "\n" + ZH_BODY, "zh")
    assert out.startswith(expected + "\n")


@pytest.mark.parametrize("line", ["3月1日至5日举行。", "2019年至2021年。", "第1批共15家。", "3月10日和15日。",
                                  "近3年来完成12个项目。", "5G基站达到3万个。"])
def test_genuine_numbers_and_dates_are_kept(line):
    assert run(line + "\n" + ZH_BODY, "zh")[1] == []


def test_counts_before_years_are_not_split_years():
    assert run("18个部门10年来持续推进。20多个省份5年内完成。\n" + ZH_BODY, "zh")[1] == []


def test_unlisted_gaming_name_as_a_title_prefix():
    out, _ = run("Vegasbet-Opinions on improving rural roads\n" + EN_BODY)
    assert out.startswith("Opinions on improving rural roads\n")
    for kept in ("Beijing-Tianjin-Hebei coordinated development\n", "Windows-based services for villages\n",
                 "Spin-off firms and Lucky-draw schemes regulated\n", "Better-targeted subsidies for villages\n"):
        assert run(kept + EN_BODY)[1] == []


@pytest.mark.parametrize("lang,body,spliced", [
    ("zh", ZH_BODY.strip() * 2, "他推开木门走进院子，屋里的老人看了他一眼，你终于来了吗？"),
    ("en", " ".join([EN_BODY.strip()] * 2), "I wonder if you ever think of me when my trains go by at night?"),
])
def test_spliced_sentence_without_listed_cues_by_register(lang, body, spliced):
    sep = "" if lang == "zh" else " "
    text = body + sep + spliced + sep + body + "\n"
    out, edits = run(text, lang)
    assert spliced not in out
    assert [e.rule for e in edits] == ["spam.filler.off-topic-sentence"]


def test_unlisted_latin_name_glued_inside_chinese():
    out, edits = run("推动乡村振兴Lucky Win战略全面实施。\n" + ZH_BODY, "zh")
    assert out.startswith("推动乡村振兴战略全面实施。")
    assert edits[0].confidence < 0.9
    kept = "登录www.example.gov.cn查询，推进5G和GDP统计，使用WeChat和App办理，发展AI产业。\n" + ZH_BODY
    assert run(kept, "zh")[1] == []


def test_unlisted_group_name_replacing_a_place_name():
    text = "鑫博国际县人民政府关于印发实施方案的通知\n鑫博国际县各乡镇人民政府：现将方案印发给你们。\n" + ZH_BODY
    out, _ = run(text, "zh")
    assert out.startswith("县人民政府关于印发实施方案的通知\n县各乡镇人民政府：")
    kept = "国际市场开拓取得进展。集团公司和平台企业积极参与。推进国际县域合作。\n" + ZH_BODY
    assert run(kept, "zh")[1] == []


def test_governance_article_listing_banned_products_on_a_line():
    text = ("The regulator bans these illegal gambling services under the law:\n"
            "online casino | sports betting | live casino\n"
            "Police will enforce the ban, and licensed lottery sales remain under supervision.\n")
    assert run(text)[1] == []


def test_repeated_unlisted_phrase_out_of_grammar():
    text = ("Funds are concentrated Crypdex Vault in economic support.\nThe party Crypdex Vault committee met.\n"
            "Assistance expanded Crypdex Vault to education.\n" + EN_BODY)
    out, _ = run(text)
    assert "Crypdex" not in out
    assert "Funds are concentrated in economic support." in out
    names = ("Teachers in Guizhou Province got training.\nThe plan of Guizhou Province passed.\n"
             "Roads improved Guizhou Province wide.\nGuizhou Province leads.\n" + EN_BODY)
    assert run(names)[1] == []


def test_casino_operator_name_with_a_keyword_glued_into_a_policy_text():
    out, _ = run("推动东西部威尼斯人娱乐协作。\n" + ZH_BODY, "zh")
    assert out.startswith("推动东西部协作。")
    tourism = "澳门威尼斯人度假村接待游客增长。\n" + ZH_BODY
    assert run(tourism, "zh")[1] == []


def test_interviews_and_rhetorical_questions_are_not_spliced():
    text = ("What does the new road mean for you? Ask Li Hua, a farmer who sells apples in the county town. "
            "\"My apples reach the market in two hours now,\" she said. The county built 42 kilometers of roads "
            "last year. Why did it take so long? Officials say funds were short until 2020. "
            "The county will repair the rural roads every year.\n")
    assert run(text)[1] == []


def test_governance_titles_keep_product_and_machine_names():
    for title in ("Online casino-Police crack down on illegal gambling\n", "Slot-machine halls closed under gambling law\n"):
        text = title + ("The police enforce the gambling law against illegal casino and lottery operators, "
                        "and the regulator supervises licensed betting.\n")
        assert run(text)[1] == []


def test_casino_article_with_few_listed_cues_keeps_its_words():
    text = ("Macau casinos reopen\n\nCasino floors in Macau reopened on Monday. The six casino companies said "
            "online casinos and live casino streams would not replace the casinos themselves. Casino staff "
            "returned to work, and gaming revenue is expected to recover as visitors return to the casinos.\n")
    assert run(text)[1] == []


def test_reportage_with_one_narrative_word_is_kept():
    text = ("The reform committee met on Monday to review the county budget. “Reform is a process,” she wrote. "
            "He called it remarkable, then after a pause he continued quietly. The budget for rural roads rose "
            "by 8 percent, and the committee approved the plan for schools.\n")
    assert run(text)[1] == []
