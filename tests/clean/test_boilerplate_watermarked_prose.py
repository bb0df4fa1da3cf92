"""A prose line that carries a forum watermark is prose: the boilerplate step keeps the line and the
junk step takes only the watermark out (texts written for this test)."""

import pytest

from pipeline.clean import clean_document
from pipeline.clean.boilerplate import classify_line
from pipeline.records import RawDocument


@pytest.mark.parametrize("line", [
    "本帖最后由 老李 于 2023-05-06 10:12 编辑 今年全县新建村级养老服务站42个，覆盖所有行政村。",
    "This post was last edited by villager88 on 2023-05-06 10:12 The county has built 42 village "
    "elderly-care stations this year, covering every administrative village.",
    "Villages elected mediation committees, and each committee meets twice a month. "
    "本帖最后由 admin 于 2023-05-06 10:12 编辑",
])
def test_watermarked_prose_line_is_text(line):
    assert classify_line(line)[0] == "text"


def test_a_watermark_alone_or_beside_chrome_is_still_chrome():
    assert classify_line("本帖最后由 老李 于 2023-05-06 10:12 编辑")[0] != "text"
    assert classify_line("Northbay Post. Reproduction without permission is prohibited")[0] == "strong"


def test_only_the_watermark_leaves_the_cleaned_text():
    body = ("县里推进养老服务站建设\n2023-05-06 作者：李明\n"
            "今年以来，县民政局统筹资金1800万元，推进村级养老服务站建设。\n"
            "本帖最后由 老李 于 2023-05-06 10:12 编辑 今年全县新建村级养老服务站42个，覆盖所有行政村。\n"
            "下一步，县里将推动养老服务站与卫生室融合运营。\n")
    rec = clean_document(RawDocument(source="t.txt", content=body.encode(), media_type="text/plain"))
    assert "今年全县新建村级养老服务站42个，覆盖所有行政村。" in rec.text
    assert "本帖最后由" not in rec.text
