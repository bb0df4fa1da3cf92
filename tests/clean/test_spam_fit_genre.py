"""Sentences of another genre (pipeline/clean/spam_genre.py): product blurbs, genre fiction whose
character goes by a role, circular content-farm filler. Each class: invented variants in other
surface forms go; genuine sentences of the same look stay."""

import pytest

from pipeline.clean.spam_fit import fit_data
from pipeline.clean.spam_genre import _count_word

from test_spam_fit import run

RULE = "spam.filler.off-topic-sentence"

ZH_BODY = [
    "今年以来，县人社局围绕稳就业目标，组织开展春风行动专场招聘会12场，提供就业岗位3600个。",
    "针对返乡农民工，县里开设电工、焊工、家政等技能培训班，培训合格后推荐到园区企业上岗。",
    "截至6月底，全县城镇新增就业2140人，农村劳动力转移就业4.2万人，零就业家庭保持动态清零。",
    "下一步，县人社局将加大创业担保贷款发放力度，对首次创业的青年给予一次性创业补贴。",
]
EN_BODY = [
    "The county employment bureau held 12 job fairs this spring and offered 3,600 positions to local workers.",
    "Returning migrant workers can join free courses in welding, electrical work and home care, and graduates "
    "are referred to companies in the industrial park.",
    "By the end of June the county had added 2,140 urban jobs, and 42,000 rural workers had found work elsewhere.",
    "Next, the bureau will expand guaranteed start-up loans and pay a one-off grant to young people starting "
    "their first business.",
]


def _doc(body: list[str], sentence: str, lang: str, at: int = 2) -> str:
    """The body in two paragraphs with ``sentence`` spliced inside the second, before sentence ``at``."""
    parts = body[:at] + [sentence] + body[at:]
    sep = "" if lang == "zh" else " "
    head = "县里多措并举稳就业\n" if lang == "zh" else "County steps up efforts to keep jobs steady\n"
    return head + sep.join(parts[:2]) + "\n" + sep.join(parts[2:]) + "\n"


def _assert_only_removed(sentence: str, body: list[str], lang: str, at: int = 2):
    text = _doc(body, sentence, lang, at)
    out, found = run(text, lang)
    assert [text[e.start:e.end].strip() for e in found] == [sentence]
    assert sentence not in out
    for genuine in body:
        assert genuine in out


# --- product blurbs ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "这款保温杯采用不锈钢内胆，保温长达12小时，小巧便携，是办公室和户外出行的理想之选。",
    "该款空气炸锅容量大，一键操作，静音设计，是居家厨房的必备好物。",
    "新款跑鞋采用透气面料，轻便耐用，长时间穿着依然舒适。",
    "该净水器采用五级过滤技术，出水量大，安装简单，让全家喝上放心水。",  # no listed product: 净水器 by its suffix
    "真皮材质的钱包做工精细，卡位充足，轻薄便携，商务休闲两相宜。",
])
def test_zh_product_blurb_goes(sentence):
    _assert_only_removed(sentence, ZH_BODY, "zh")


@pytest.mark.parametrize("sentence", [
    "These wireless earbuds deliver 30 hours of playback and stay comfortable through a long commute.",
    "Our insulated backpack is lightweight, waterproof and the ideal companion for weekend hikes.",
    "Made of soft, breathable fabric, this hoodie is perfect for the gym and comes in six colours.",
    "With a 5000mAh battery and fast charging, this phone keeps you connected all day long.",
])
def test_en_product_blurb_goes(sentence):
    _assert_only_removed(sentence, EN_BODY, "en", at=1)


@pytest.mark.parametrize("sentence,lang", [
    ("Crafted from premium materials, it offers unmatched comfort and style for every occasion.", "en"),
    ("五色可选，降噪效果出众，送礼自用两相宜。", "zh"),
])
def test_a_blurb_naming_no_product_goes_on_its_features_alone(sentence, lang):
    _assert_only_removed(sentence, ZH_BODY if lang == "zh" else EN_BODY, lang, at=2 if lang == "zh" else 1)


@pytest.mark.parametrize("sentence,lang", [
    ("智能充电桩采用快充技术，充电一次只需40分钟，方便市民出行。", "zh"),
    ("新建的污水处理设备采用生物膜技术，运行成本低，操作简单，维护方便。", "zh"),
    ("这款App界面简洁、操作简单，老人也能轻松上手，是办理业务的好帮手。", "zh"),
    ("The new charging stations are easy to use and let residents top up a car battery in under an hour.", "en"),
    ("This year's winter coats for pupils are lightweight, waterproof and comfortable, the education bureau said.",
     "en"),
])
def test_public_equipment_described_in_product_words_stays(sentence, lang):
    """Public services and equipment use a blurb's words too (采用, 简单, easy to use), even off topic."""
    text = _doc(ZH_BODY if lang == "zh" else EN_BODY, sentence, lang)
    out, found = run(text, lang)
    assert found == [] and sentence in out


TRAD_BODY = ["今年以來，縣人社局圍繞穩就業目標，組織開展專場招聘會12場，提供就業崗位3600個。",
             "針對返鄉農民工，縣裡開設電工、焊工、家政等技能培訓班，培訓合格後推薦到園區企業上崗。",
             "截至6月底，全縣城鎮新增就業2140人，農村勞動力轉移就業4.2萬人。",
             "下一步，縣人社局將加大創業擔保貸款發放力度，對首次創業的青年給予一次性創業補貼。"]


@pytest.mark.parametrize("sentence", [
    "這款藍牙音箱採用防水設計，續航長達20小時，是戶外露營的理想之選。",
    "艦長盯著閃爍的星圖，低聲下令：「全員進入休眠艙。」",
    "總而言之，美好的生活需要積極的心態，積極的心態又能帶來更加美好的生活。",
])
def test_traditional_script_blurb_genre_and_tautology_go(sentence):
    _assert_only_removed(sentence, TRAD_BODY, "zh")


def test_product_features_in_the_articles_own_story_stay():
    """A regulator's inspection of thermos flasks, a government app built for the elderly."""
    checks = [
        ("zh", "市场监管局抽检发现，部分保温杯不锈钢材质不达标，保温时长未达到标称的12小时。"),
        ("zh", "这款政务App采用适老化设计，字体更大、操作更简便，成为老年人网上办事的首选。"),
        ("en", "The new electric buses are designed for comfort, with low floors and batteries that last a full day."),
        ("en", "Market regulators found that some stainless steel flasks did not keep drinks hot for the hours "
               "printed on their labels."),
    ]
    zh_app = ["市政务服务中心上线老年人专版App，老年人可在App上办理社保认证、医保报销等事项。",
              "专版App字体放大一倍，办事页面只保留常用事项，老年人办事更方便。"]
    for lang, sentence in checks:
        body = (ZH_BODY if lang == "zh" else EN_BODY) + (zh_app if "App" in sentence else [])
        text = _doc(body, sentence, lang)
        out, found = run(text, lang)
        assert found == [] and sentence in out, sentence


# --- genre fiction: a character known by a role --------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "神探蹲下身，用镊子夹起窗台上的一根红色丝线，冷冷地说：“他是从这里翻进来的。”",
    "那女侠衣袂翻飞，一剑刺出，檐下的灯笼应声而落。",
    "总裁靠在落地窗前，修长的手指轻轻敲着酒杯，淡淡地说：“你终于肯来见我了。”",
    "船长盯着舷窗外缓缓旋转的星云，低声命令：“全员进入休眠舱。”",
])
def test_zh_genre_character_goes(sentence):
    _assert_only_removed(sentence, ZH_BODY, "zh")


@pytest.mark.parametrize("sentence", [
    "The inspector crouched by the cold hearth, turned the ashes over slowly and muttered, "
    "\"Whoever did this was gone before midnight.\"",
    "The swordsman drew his blade in one fluid motion, and the lantern behind him flickered and died.",
    "The admiral stared at the glowing star map and whispered, \"Take us through the gate.\"",
])
def test_en_genre_character_goes(sentence):
    _assert_only_removed(sentence, EN_BODY, "en", at=1)


def test_roles_the_article_itself_holds_stay():
    """A named captain the article returns to; an inspector of the article's food-safety campaign;
    少年 inside 青少年 / 少年宫 is no character."""
    zh = ("县里开展渔船安全专项整治\n"
          "今年伏季休渔期间，县海洋渔业局对全县310名渔船船长开展安全培训，考核合格率达到98%。\n"
          "凌晨四点，渔船船长林海生站在船头，望着海面说：“休渔三个半月，鱼明显多了。”"
          "县里为每艘渔船配备了北斗终端，船长们可以随时查看海况预报。\n"
          "县少年宫组织孩子们到码头参观，讲解员为他们介绍渔船上的救生设备。\n")
    en = ("County steps up food safety checks\n"
          "The county market regulator sent 40 inspectors to school canteens this term. Each inspector "
          "checks storage, cooking temperatures and staff health certificates.\n"
          "In one kitchen the inspector lifted a pot lid, sniffed the soup and said, \"This one is fine.\" "
          "Canteens that fail twice are closed until they pass a new inspection.\n")
    for text, lang in ((zh, "zh"), (en, "en")):
        out, found = run(text, lang)
        assert found == [] and out == text


def test_zh_role_words_count_only_whole_words():
    assert _count_word("青少年活动中心和少年宫", "少年", "zh", bounded=True) == 0
    assert _count_word("那少年握紧了剑", "少年", "zh", bounded=True) == 1


# --- circular filler -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,lang", [
    ("总而言之，美好的生活需要积极的心态，积极的心态又能带来更加美好的生活。", "zh"),
    ("可以说，成功的人生离不开不懈的奋斗，不懈的奋斗也成就了成功的人生。", "zh"),
    ("In conclusion, a healthy lifestyle requires healthy habits, and healthy habits create an even "
     "healthier lifestyle.", "en"),
])
def test_tautology_goes(sentence, lang):
    _assert_only_removed(sentence, ZH_BODY if lang == "zh" else EN_BODY, lang, at=1 if lang == "en" else 2)


@pytest.mark.parametrize("sentence,lang", [
    ("发展为了人民，发展依靠人民，发展成果由人民共享。", "zh"),
    ("绿水青山就是金山银山，保护生态环境就是保护生产力，改善生态环境就是发展生产力。", "zh"),
    ("Cleaner rivers mean healthier towns, and healthier towns keep rivers cleaner, the bureau chief said.", "en"),
])
def test_slogans_and_parallel_phrasing_stay(sentence, lang):
    text = _doc(ZH_BODY if lang == "zh" else EN_BODY, sentence, lang)
    out, found = run(text, lang)
    assert found == [] and sentence in out


def test_genre_lists_have_both_languages():
    d = fit_data()
    for key in ("products", "features"):
        assert d["product_blurb"][key]["en"] and d["product_blurb"][key]["zh"]
    assert d["genre_roles"]["en"] and d["genre_roles"]["zh"]
    assert d["tautology"]["openers"]["en"] and d["tautology"]["openers"]["zh"]


# --- a novel's dialogue tagged by a bare pronoun (Chinese) ----------------------------------------------------

@pytest.mark.parametrize("sentence,at", [
    ("他温柔地捧起她的脸，轻声说：“这一次，我再也不会放开你的手。”", 2),
    ("她缓缓转过身，眼里噙着泪，低声道：“你走吧，我不会再等你了。”", 2),
    ("他把酒杯重重地放在桌上，冷冷地说：“你以为我真的不知道吗？”", 0),
])
def test_zh_pronoun_tagged_dialogue_goes(sentence, at):
    _assert_only_removed(sentence, ZH_BODY, "zh", at=at)


FEATURE_ZH = ("智慧农业让种粮更轻松\n"
              "今年，县农业农村局在全县推广植保无人机和智能灌溉，种粮大户的亩均成本下降了15%。"
              "老周是村里的种粮大户，今年承包了两百亩地。\n"
              "六月的田野一片金黄。地里的麦子长势喜人。他擦了擦汗，笑着说：“我种了一辈子地，没想到你们年轻人用手机就能管庄稼。”\n"
              "县农业农村局表示，下一步将继续扩大智慧农业示范面积，培训新型职业农民2000人次。\n")
CANTEEN_ZH = ("社区养老服务覆盖所有街道\n"
              "今年，市民政局在全市建成社区养老服务站120个，为老年人提供助餐、助浴和日间照料服务。\n"
              "走进城东社区的养老服务站，饭菜的香味扑面而来。她端起饭碗，笑着说：“我一个人住，以前常常凑合吃，"
              "现在你们天天给我们做热乎饭。”\n"
              "市民政局表示，明年将把助餐服务延伸到农村地区。\n")
CANTEEN_EN = ("Community canteens now cover every district\n"
              "The civil affairs bureau has opened 120 community care stations this year, offering meals, bathing "
              "help and day care to older residents.\n"
              "Stepping into the station in the east district, the smell of braised pork drifted from the kitchen. "
              "Retired teacher Zhou Min said the meals had changed her days.\n"
              "The bureau plans to bring the meal service to rural areas next year.\n")


@pytest.mark.parametrize("text,lang", [(FEATURE_ZH, "zh"), (CANTEEN_ZH, "zh"), (CANTEEN_EN, "en")])
def test_features_quoting_their_people_and_setting_their_scene_stay(text, lang):
    """A villager the article introduced speaks (他笑着说); the reporter walks in and a scene follows
    in the same sentence (走进…，饭菜的香味扑面而来)."""
    out, found = run(text, lang)
    assert found == [] and out == text


@pytest.mark.parametrize("sentence,lang", [
    ("傍晚时分，一位老者坐在祠堂前的石凳上，摇着蒲扇，看着孩子们在广场上追逐嬉戏。", "zh"),
    ("有个少年骑着单车穿过雨后的小巷，车铃叮当作响。", "zh"),
    ("A lone swordsman once guarded the mountain pass, and the old gate still stands in the mist.", "en"),
])
def test_a_role_introduced_by_an_indefinite_is_no_known_character(sentence, lang):
    """Reportage and legend introduce people (一位老者, a swordsman); fiction's roles are known (那剑客)."""
    from pipeline.clean.spam_genre import _introduced

    roles = fit_data()["genre_roles"][lang]
    assert any(_introduced(sentence, r, lang) for r in roles if r.lower() in sentence.lower())
    assert not _introduced("那剑客足尖一点，身形已掠过城墙。", "剑客", "zh")
    assert not _introduced("The swordsman drew his blade.", "swordsman", "en")


# --- a blurb's clauses glued into a genuine sentence -----------------------------------------------------------

SERVICE = {"zh": ("县里推进便民服务\n今年，县政务服务中心新增服务事项120项，群众办事更加方便。\n",
                  "\n下一步，县里将继续优化服务流程。\n"),
           "en": ("County improves services\nThe county service centre added 120 services this year, making life "
                  "easier for residents.\n", "\nNext year the county will simplify more procedures.\n")}


@pytest.mark.parametrize("lang,before,blurb,after", [
    ("zh", "县里在街道和社区布设自助终端580台，", "这款耳机佩戴舒适，续航长达48小时，", "老年人可在工作人员帮助下办理社保认证。"),
    ("zh", "今年全县新增就业岗位3600个，", "该款空气炸锅一键操作，静音设计，", "返乡青年创业热情高涨。"),
    ("en", "The bureau installed 580 self-service kiosks in towns, ", "this thermos keeps drinks hot for twelve hours, ",
     "and older residents can renew their pension status there."),
])
def test_glued_blurb_clauses_go_and_the_host_sentence_stays(lang, before, blurb, after):
    pre, post = SERVICE[lang]
    text = pre + before + blurb + after + post
    out, found = run(text, lang)
    assert [text[e.start:e.end].strip() for e in found] == [blurb.strip()]
    assert (before + after) in out


@pytest.mark.parametrize("lang,sentence", [
    ("zh", "全市推广新能源公交车420辆，新车采用低地板设计，乘坐舒适，方便老人和残疾人上下车。"),
    ("zh", "学校为每名学生配发了护眼台灯，这款台灯亮度可调，小巧便携，学生在家写作业也能用。"),
    ("en", "The county bought 40 electric buses, which are quiet, comfortable and easy to board for older passengers."),
    ("zh", "这双手工布鞋做工考究，穿着舒适，是村里妇女合作社的拳头产品。"),
    ("en", "This handmade straw hat is light, breathable and comfortable, and has become the cooperative's best seller."),
])
def test_public_equipment_clauses_stay(lang, sentence):
    pre, post = SERVICE[lang]
    out, found = run(pre + sentence + post, lang)
    assert found == [] and sentence in out


@pytest.mark.parametrize("sentence,lang", [
    ("这批新配发的执勤羽绒服采用防风面料，轻盈保暖，让坚守在边境一线的民警温暖过冬。", "zh"),
    ("园区企业研发的扫地机器人吸力强劲，一次充电可清扫两百平方米，今年出口订单增长三成。", "zh"),
    ("The donated winter jackets are lightweight, waterproof and comfortable, and frontline officers wear them "
     "on night patrols.", "en"),
])
def test_goods_an_institution_issues_or_makes_stay(sentence, lang):
    """Goods issued, donated or exported are the article's own news, however they are described."""
    text = _doc(ZH_BODY if lang == "zh" else EN_BODY, sentence, lang)
    out, found = run(text, lang)
    assert found == [] and sentence in out


@pytest.mark.parametrize("sentence", [
    "The captain of the winning team lifted the trophy as the crowd cheered and the band played on.",
    "The inspector from the county bureau lifted the lid, sniffed the soup and nodded slowly.",
])
def test_a_role_with_its_post_is_a_job_not_a_character(sentence):
    from pipeline.clean.spam_genre import _job_title

    roles = [r for r in fit_data()["genre_roles"]["en"] if r in sentence.lower()]
    assert roles and any(_job_title(sentence, r, "en") for r in roles)
    assert not _job_title("The captain slammed his fist on the console.", "captain", "en")


@pytest.mark.parametrize("sentence,lang", [
    ("这款面霜质地轻薄，吸收迅速，长效保湿，敏感肌也能放心使用。", "zh"),
    ("This cordless vacuum weighs just 1.5 kilograms, runs for 45 minutes on a single charge and converts into "
     "a handheld in seconds.", "en"),
    ("王爷放下茶盏，眯着眼睛打量着跪在堂下的书生，半晌没有开口。", "zh"),
    ("The sheriff spat into the dust, hooked his thumbs into his gun belt and squinted at the riders on the ridge.",
     "en"),
])
def test_more_products_and_genres_go(sentence, lang):
    _assert_only_removed(sentence, ZH_BODY if lang == "zh" else EN_BODY, lang, at=2 if lang == "zh" else 1)


@pytest.mark.parametrize("sentence,lang", [
    ("The detective, who asked not to be named, said caseloads had finally become manageable and night shifts "
     "were shorter.", "en"),
    ("The inspector told reporters that the stalls along the river had been cleared within a week.", "en"),
    ("老探长坦言，过去办案靠跑腿，现在线索都在大数据平台上，破案快多了。", "zh"),
])
def test_a_role_in_indirect_speech_is_reportage(sentence, lang):
    """Fiction quotes its characters; reportage also reports what they said (said …, 坦言)."""
    text = _doc(ZH_BODY if lang == "zh" else EN_BODY, sentence, lang)
    out, found = run(text, lang)
    assert found == [] and sentence in out


@pytest.mark.parametrize("lang,action,quote", [
    ("en", "The inspector narrowed his eyes.", "\"The killer left before ten last night.\""),
    ("en", "The captain gripped the rail.", "\"Brace yourselves, the storm is coming.\""),
    ("zh", "剑客冷笑一声。", "“就凭你们几个，也想拦住我？”"),
])
def test_a_short_role_action_and_the_bare_quote_after_it_go(lang, action, quote):
    sep = " " if lang == "en" else ""
    text = _doc(EN_BODY if lang == "en" else ZH_BODY, action + sep + quote, lang, 1 if lang == "en" else 2)
    out, found = run(text, lang)
    assert action not in out and quote not in out
    assert all(b in out for b in (EN_BODY if lang == "en" else ZH_BODY))


def test_a_role_the_article_returns_to_speaks_in_its_own_quote():
    text = ("New pier opens on the island\nThe county spent 30 million yuan on a new ferry pier this year, cutting "
            "the crossing to the island from an hour to 25 minutes.\n"
            "On opening day the captain waved from the wheelhouse. \"We have waited years for this,\" she called "
            "to the crowd on the pier. The captain has run the island ferry for twenty years.\n"
            "The transport bureau plans two more ferry routes next year.\n")
    out, found = run(text, "en")
    assert found == [] and out == text


@pytest.mark.parametrize("lang,question,blurb", [
    ("en", "Looking for the perfect travel companion?",
     "This lightweight backpack is waterproof, comfortable and fits a 15-inch laptop."),
    ("zh", "还在为通勤路上的噪音烦恼吗？", "这款降噪耳机佩戴舒适，续航长达30小时，是上班族的理想之选。"),
])
def test_the_question_a_blurb_opens_with_goes_with_it(lang, question, blurb):
    sep = " " if lang == "en" else ""
    body = EN_BODY if lang == "en" else ZH_BODY
    text = _doc(body, question + sep + blurb, lang)
    out, found = run(text, lang)
    assert question not in out and blurb not in out
    assert all(b in out for b in body)


@pytest.mark.parametrize("lang,question,answer", [
    ("en", "Does a thermos really keep drinks hot for twelve hours?",
     "Market regulators tested 126 batches and found seven that did not."),
    ("zh", "保温杯真能保温12小时吗？", "市场监管局抽检126批次，其中7批次未达到标称时长。"),
])
def test_a_question_answered_by_the_article_stays(lang, question, answer):
    sep = " " if lang == "en" else ""
    text = _doc(EN_BODY if lang == "en" else ZH_BODY, question + sep + answer, lang)
    out, found = run(text, lang)
    assert found == [] and question in out
