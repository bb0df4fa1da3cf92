"""The bundled sample pages (raw/samples) through the whole cleaner: what each one demonstrates."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.clean import clean_document
from pipeline.records import RawDocument

SAMPLES = Path(__file__).resolve().parents[2] / "raw" / "samples"


def _clean(name: str):
    path = SAMPLES / name
    media = "text/html" if name.endswith(".html") else "text/plain"
    return clean_document(RawDocument(source=name, content=path.read_bytes(), media_type=media))


def _by_kind(record, kind: str) -> str:
    return "\n".join(c.before for c in record.changes if c.kind == kind)


def test_gbk_page_hidden_gambling_links_and_porn_title():
    raw = (SAMPLES / "zh_gbk_hidden_gambling_links_porn_title.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # the sample really is GBK
    rec = _clean("zh_gbk_hidden_gambling_links_porn_title.html")
    assert rec.title == "深化东西部协作 巩固拓展脱贫攻坚成果"
    assert rec.metadata["title_removed"] == ["午夜福利,成人视频,国产精品"]
    assert rec.published == "2021-06-21" and rec.authors == ["杨秀兰"] and rec.metadata["editor"] == "马建国"
    assert any(c.kind == "spam" and c.rule == "dom.hidden.css-off-screen" and "bet365体育官网" in c.before
               for c in rec.changes)
    assert "澳门彩票" not in rec.text and "青ICP备" not in rec.text and "相关新闻" not in rec.text
    assert "食用菌产业园已建成标准化大棚420个" in rec.text


def test_traditional_mirror_keeps_article_drops_seo_links():
    rec = _clean("zh_hant_mirror_pinyin_glosses.html")
    assert "發(fā)展" in rec.source_text  # the glosses are in the page ...
    assert rec.title == "對口支援推動邊疆地區醫療衛生事業發展"  # ... not in the title
    assert rec.metadata["title_removed"] == ["台北水電抓漏推薦"]
    assert rec.published == "2021-07-08"
    assert "網站排名優化服務" not in rec.text and "屋頂防水抓漏專家" not in rec.text
    assert "建立遠程會診平台" in rec.text


def test_english_mt_page_glued_escort_link_and_chrome():
    rec = _clean("en_mt_glued_sugar_daddy.html")
    assert rec.title == "Pairing assistance helps the western counties to get rid of poverty"
    assert rec.published == "2020-11-26" and rec.authors == ["Liu Hong"]
    assert rec.metadata["source_name"] == "Guangming Daily" and rec.metadata["editor"] == "Wang Lei"
    assert "Philippines Sugar Daddy dating" in _by_kind(rec, "spam")
    assert "Your location" not in rec.text and "All rights reserved" not in rec.text


def test_plain_chinese_article_byline():
    rec = _clean("zh_plain_article_with_byline.txt")
    assert rec.title == "携手共建产业园 东西协作结硕果"
    assert rec.published == "2021-09-15" and rec.authors == ["陈丽娟", "张伟"]
    assert rec.metadata["source_name"] == "某县融媒体中心" and rec.metadata["editor"] == "刘洋"
    assert "来源：" not in rec.text and "责任编辑" not in rec.text
    assert "为乡村振兴打下坚实基础。" in rec.text
