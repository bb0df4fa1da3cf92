"""junk.without_watermarks: the prose of a line that carries a forum watermark."""

from pipeline.clean.junk import without_watermarks


def test_prose_sentence_keeps_its_words_without_the_watermark():
    line = "Fares stay at two yuan, and students ride free. 本帖最后由 lanshan 于 2024-3-2 10:05 编辑"
    assert without_watermarks(line) == "Fares stay at two yuan, and students ride free."


def test_chinese_sentence_with_watermark_in_front():
    line = "本帖最后由 老王 于 2023-5-1 08:00 编辑 村里新修了两座便民桥。"
    assert "本帖" not in without_watermarks(line) and "村里新修了两座便民桥。" in without_watermarks(line)


def test_a_line_without_watermark_is_unchanged():
    line = "The county  opened four routes."
    assert without_watermarks(line) == line
