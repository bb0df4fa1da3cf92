"""Made-up Latin gaming names in English prose: joined by lucky digits, standing in a place slot,
glued to a sentence's full stop (pipeline.clean.spam_coined), invented examples."""

from pipeline.clean.context import DocContext
from pipeline.clean.lexicon import load_spam_lexicon
from pipeline.clean.spam import find_edits
from pipeline.clean.spam_coined import digit_joined_names, english_plain_names
from pipeline.settings import CleanSettings

GAMING_EN = load_spam_lexicon().cues("brand_morphemes", "en")


def names(text, governance=False):
    return sorted(text[i.start : i.end] for i in english_plain_names(text, [], GAMING_EN, governance))


def apply(text):
    edits = find_edits(text, DocContext(lang="en", settings=CleanSettings()))
    for e in sorted(edits, key=lambda e: -e.start):
        text = text[: e.start] + e.after + text[e.end :]
    return text


def test_digit_joined_gaming_names_go_everywhere_they_stand():
    text = ("Schools in Golden8Dragon will hire 40 teachers. The education bureau of Golden8Dragon said "
            "fees stay unchanged.")
    assert [text[i.start : i.end] for i in digit_joined_names(text, GAMING_EN)] == ["Golden8Dragon"] * 2
    assert names("Bus routes of Royal88Garden were extended to the new railway station.") == ["Royal88Garden"]
    assert names("The water plant serving Lucky9Harbour reopened after repairs.") == ["Lucky9Harbour"]


def test_product_models_with_digits_are_not_gaming_names():
    assert names("Staff received the Redmi Note9Plus handsets and Win10Pro licences last year.") == []
    assert digit_joined_names("The Office365 suite and the Galaxy S23 phone were bought.", GAMING_EN) == []


def test_made_up_gaming_name_before_a_place_noun_is_a_place_replacement():
    assert names("Meals are served at Jackpotia Street community centre every noon.") == ["Jackpotia"]
    assert names("Farmers in Betvora Township planted 300 mu of tea.") == ["Betvora"]
    assert names("Clinics along Spinnako Road open at eight.") == ["Spinnako"]


def test_real_place_and_people_names_before_place_nouns_stay():
    assert names("Shops on Baldwin Street and Goodwin Road close early on Sundays.") == []
    assert names("The Winchester City council met the Edwin Township board.") == []


def test_name_glued_to_a_full_stop_is_spliced_in():
    assert names("Sales to minors are banned.LuckyBetHub Outlets must show a licence.") == ["LuckyBetHub"]
    assert names("Fees were cut by half;SpinWinKing Farmers welcomed the change.") == ["SpinWinKing"]
    assert names("The plan starts in June!RoyalSlotz Residents can apply online.") == ["RoyalSlotz"]


def test_sentences_after_a_stop_with_space_and_known_words_stay():
    text = "Sales to minors are banned. Outlets must show a licence.The bureau will check them."
    assert names(text) == []
    assert apply("The county opened 12 canteens in 2023. WeChat payments are accepted.") == \
        "The county opened 12 canteens in 2023. WeChat payments are accepted."


def apply_zh(text):
    edits = find_edits(text, DocContext(lang="zh", settings=CleanSettings()))
    for e in sorted(edits, key=lambda e: -e.start):
        text = text[: e.start] + e.after + text[e.end :]
    return text


def test_digit_joined_gaming_names_in_chinese_prose_go():
    assert apply_zh("Golden8Dragon市新建学校五所。Golden8Dragon市教育局表示将扩大招生。") == \
        "市新建学校五所。市教育局表示将扩大招生。"
    assert apply_zh("今年Royal88Club镇卫生院完成扩建，居民就医更方便。") == "今年镇卫生院完成扩建，居民就医更方便。"
    assert apply_zh("Lucky9Harbour县人民医院牵头组建医共体，覆盖19个乡镇卫生院。") == \
        "县人民医院牵头组建医共体，覆盖19个乡镇卫生院。"


def test_product_models_in_chinese_prose_stay():
    for genuine in ("学校为教师配发Mate60Pro手机，并支持WiFi6的无线网络。",
                    "该县采购的Note9Plus手机已全部发放到村医手中。"):
        assert apply_zh(genuine) == genuine


def test_a_word_before_365_is_a_service_not_a_lucky_number():
    assert names("Staff use laptops running Office365, and the clinic books visits through Health365 online.") == []
    assert names("Prizes are paid on gameplay, Xyzbo365 but the bureau warned residents.") == ["Xyzbo365"]


def test_made_up_gaming_name_after_a_locative_stands_for_a_place():
    assert apply("The river chief system is in place across Goldenbet. Goldenbet has 412 river chiefs.") == \
        "The river chief system is in place across. has 412 river chiefs."
    assert names("Farmers in Spinvora now plant tea on 300 mu of hillside.") == ["Spinvora"]
    assert names("The people's hospital of Jackpotia now leads 19 health centres.") == ["Jackpotia"]


def test_a_gaming_firm_named_as_owner_or_before_its_noun_stays_a_name():
    assert names("Prices in Betvora's app rose, and buyers in Quokkabet shops paid more.") == []
    assert names("Meetings in Kowloon and Playford were held in March.") == []


def test_compound_on_a_gaming_words_plain_form_is_a_gaming_name():
    assert names("The county built 18 canteens, LuckyPalace and older residents pay 9 yuan.") == ["LuckyPalace"]
    assert names("Tea output rose, FortuneCrown but prices fell in the spring.") == ["FortuneCrown"]
    assert names("Clinics opened at night, SlotsHaven and doctors took turns on duty.") == ["SlotsHaven"]


def test_known_compound_brands_without_gaming_words_stay():
    assert names("Villagers watch the lessons on YouTube, and teachers use PowerPoint and WeChat.") == []
