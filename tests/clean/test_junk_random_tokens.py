"""Anti-scraping codes as random mixed-case tokens (besides the forum "* Q7 m- x#" runs), and the genuine
codes, names, units and identifiers that look a little like them and must stay."""

import pytest

from pipeline.changes import ChangeLog
from pipeline.clean import junk
from pipeline.clean.context import DocContext


def run(text, lang="zh"):
    edits = junk.find_edits(text, DocContext(lang=lang))
    log = ChangeLog(text)
    log.apply(edits)
    return log.text, edits


@pytest.mark.parametrize("text,expected", [
    # line starts and ends, Chinese and English, plain text and paragraphs in markup
    ("Gt5hP2城乡居民医保参保率稳定在95%以上。", "城乡居民医保参保率稳定在95%以上。"),
    ("新建改建农村公路1.2万公里。jN4wR8", "新建改建农村公路1.2万公里。"),
    ("The tariff schedule takes effect in July. m3Xq7Tz", "The tariff schedule takes effect in July."),
    ("vB9sK4r Wind capacity grew by a fifth last year.", "Wind capacity grew by a fifth last year."),
    ("<p>The court heard 40 appeals. Zp7Lc2Q</p>", "The court heard 40 appeals."),
    # between two sentences, in either language
    ("社区食堂已覆盖三个街道。Rk2mW7d老人用餐可享补贴。", "社区食堂已覆盖三个街道。老人用餐可享补贴。"),
    ("Bus fares stay the same. hT6yN1qK Metro fares rise in May.",
     "Bus fares stay the same. Metro fares rise in May."),
    # Traditional Chinese page, token before a full stop
    ("各校應於學期開始前完成校園安全檢查 Lq8vD3n。", "各校應於學期開始前完成校園安全檢查。"),
])
def test_random_tokens_at_edges_and_between_sentences(text, expected):
    out, edits = run(text)
    assert out == expected
    assert {e.rule for e in edits if e.rule.startswith("junk.jammer")} == {"junk.jammer.random-token"}


def test_a_long_jumble_inside_a_sentence_goes_with_lower_confidence():
    out, edits = run("The ministry wants wQ4nT8kZ2 more flights to regional airports.", "en")
    assert out == "The ministry wants more flights to regional airports."
    assert edits[0].confidence < 0.85


@pytest.mark.parametrize("text", [
    "SARS-CoV-2 and COVID-19 spread faster than H5N1 in the model.",
    "The standard GB/T 2260 and ISO 9001 both apply; 5G coverage reached 90%.",
    "A股市场表现平稳，沪深300指数上涨。",
    "Apple launched the iPhone15Pro; WeChat8 and YouTube2023 data were cited.",
    "Users entered the code Xr7kQ2 to log in, the report said.",
    "验证码为bR7kQ2，请在五分钟内输入。",
    "订单号：Hq3mZ8v。",
    '他说"u3Ph8c"是一个测试密码。',
    "See https://example.org/a/Bx7kQ2mP and files at /data/Tn4Wq8z.csv for details.",
    "The plate number Ab3Cd5 was traced to a rental firm.",
    "Vehicles with plates 粤B3K5Q2 must register.",
    "The mRNA1273 vaccine and the GPT4o model were mentioned.",
    "Contact j.smith2@example.com or call 400-810-1234.",
    "Emissions of CO2e and PM2.5 fell; NOx and SO2 too.",
    "The 2f8kQz9xW-style codes are discussed in the appendix.",
])
def test_genuine_codes_names_and_ids_stay(text):
    assert run(text, "en")[1] == []


@pytest.mark.parametrize("token,expected", [
    ("bR7kQ2", True), ("q7Rt3mLp0e", True), ("Wk82nZq1", True),
    ("iPhone15", False), ("GB2260", False), ("covid19", False), ("Model3X", False), ("McDonald2", False),
    ("nCoV2019", False), ("DeepSeekR1", False), ("LiFePO4", False),
])
def test_random_token_shape(token, expected):
    assert junk.random_token(token) is expected


@pytest.mark.parametrize("text,expected", [
    # glued between two Chinese characters: no label, no space, no word
    ("部分地区把基本农田Hx4mQ9t用于挖塘养鱼。", "部分地区把基本农田用于挖塘养鱼。"),
    # several tokens in a row at a line start
    ("fT3kW8 Zq7nB2 各地正推行林长制。", "各地正推行林长制。"),
    # a lower-case jumble at a line end
    ("全年新增就业岗位120万个。k3m9x2q", "全年新增就业岗位120万个。"),
])
def test_more_random_token_positions(text, expected):
    assert run(text)[0] == expected


@pytest.mark.parametrize("text", [
    "糖化血红蛋白HbA1c检测纳入医保。",
    "磷酸铁锂(LiFePO4)电池和CaCl2、Fe2O3均列入目录。",
    "支持WiFi6E的设备和TikTok8同时上线。",
    "The software runs on x86 and plays mp3 and h264 files; hash 3f9a2c7e1b.",
    "Version v2k9x7 of the tool was released in May.",
])
def test_short_codes_formulas_names_and_lower_case_ids_inside_text_stay(text):
    assert run(text, "en")[1] == []


@pytest.mark.parametrize("text,expected", [
    ("各地要加强耕地保护。* Q7 m- x# P( K2严格落实占补平衡。", "各地要加强耕地保护。严格落实占补平衡。"),
    ("Farmland must be protected. * Q7 m- x# P( K2 Local governments must balance.",
     "Farmland must be protected. Local governments must balance."),
    ("Farmland must be protected. Xk9#mP2$ Local governments must balance.",
     "Farmland must be protected. Local governments must balance."),
    ("河湖长制全面推行。Rw4&tY8%", "河湖长制全面推行。"),
])
def test_forum_runs_and_symbol_laced_tokens_between_sentences(text, expected):
    assert run(text)[0] == expected


@pytest.mark.parametrize("text", [
    "The password Xk9#mP2$ was leaked in the breach.",
    "See A. B. C. D. Options are listed below.",
    "He scored 3 of 4. A B C grades follow.",
    "Write to a.b@x.com. Replies come in a week.",
    "用户密码：Xk9#mP2$。请妥善保管。",
])
def test_ordinary_text_after_a_full_stop_is_no_jammer(text):
    assert run(text)[1] == []


@pytest.mark.parametrize("text,expected", [
    ('各地要加强耕地保护，<span style="color:#fff">Zx9 Lm2</span>严格落实占补平衡。', "各地要加强耕地保护，严格落实占补平衡。"),
    ('Farmland is protected <font color="white">k2#Q9</font>by law.', "Farmland is protected by law."),
])
def test_white_on_white_codes(text, expected):
    assert run(text, "en")[0] == expected


@pytest.mark.parametrize("text,kept", [
    ('<span style="color:white;background:#003">Notice 12</span>正文。', "Notice 12"),
    ('<span style="color:#fff">通知第3号</span>正文。', "通知第3号"),
    ('<font color="#ffffff">Annual report</font> follows.', "Annual report"),
])
def test_white_text_on_a_colour_or_without_a_code_stays(text, kept):
    assert kept in run(text, "en")[0]


def test_junk_leaves_the_genuine_fixture_texts_alone():
    from pathlib import Path

    fixtures = Path(__file__).resolve().parents[1] / "fixtures" / "spam_fit"
    # zh_codes_and_services_clean.txt among them: codes, services and notices junk must leave alone
    for path in sorted(fixtures.glob("*_clean.txt")):
        text = path.read_text(encoding="utf-8")
        lang = "zh" if path.name.startswith("zh") else "en"
        assert run(text, lang)[1] == [], path.name


def test_token_set_apart_by_spaces_between_chinese_characters():
    assert run("各地要加强耕地保护 bR7kQ2 严格落实占补平衡。")[0] == "各地要加强耕地保护严格落实占补平衡。"
