"""No-reprint and repost notices in both scripts and in English, side by side or closing a sentence;
sentences of copyright policy that use the same words stay."""

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
    ("农村公路养护资金全部到位。\n转载请注明出处，未经授权禁止转载。\n明年继续推进。",
     "农村公路养护资金全部到位。\n明年继续推进。"),
    ("新增托育机构二十家。未經授權，禁止轉載。明年增至三十家。", "新增托育机构二十家。明年增至三十家。"),
    ("新增托育机构二十家，轉載請註明出處。", "新增托育机构二十家。"),
    ("补贴标准提高到每人每月200元，未经本站书面许可，不得转载。", "补贴标准提高到每人每月200元。"),
    ("Bus fares stay the same this year. Reproduction without permission is prohibited.",
     "Bus fares stay the same this year."),
    ("Do not reproduce this article without prior written permission. Metro fares rise in May.",
     "Metro fares rise in May."),
])
def test_notices_go_with_their_punctuation(text, expected):
    out, edits = run(text)
    assert out == expected
    assert all(e.rule.startswith("junk.watermark.") for e in edits)


@pytest.mark.parametrize("text", [
    "严禁转载涉密文件，违者依法处理。",
    "依照著作权法，未经许可不得转载他人作品。",
    "版权局表示，未经授权禁止转载的规定将严格执行。",
    "The law says reproduction without permission is prohibited for most works.",
    "Copying is prohibited under the new rules, the official said.",
    "Reprinting of old textbooks is not permitted under the 2021 rules without a licence fee.",
])
def test_copyright_policy_sentences_stay(text):
    assert run(text)[1] == []
