import pytest

from pipeline.lang import detect_lang


@pytest.mark.parametrize(
    "text, lang",
    [
        ("东西部协作是我国贫困治理的重要组成部分。", "zh"),
        ("East and West Cooperation is an important part of poverty governance.", "en"),
        # Chinese punctuation in a machine translation does not make it Chinese.
        ("The Party Central Committee、State Council。Typical Chinese characteristics，", "en"),
        # English spam glued into a Chinese page does not make it English.
        ("bet365 live casino 东西部扶贫协作推动了贫困地区产业发展和乡村振兴", "zh"),
    ],
)
def test_language_follows_the_dominant_script(text, lang):
    assert detect_lang(text) == lang
