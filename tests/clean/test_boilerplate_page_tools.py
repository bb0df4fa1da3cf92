"""Chrome classes of Chinese government, news and journal pages (and their English editions):
today's date in the masthead, single page buttons, app and read-more links, picture credits, journal
catalogue lines, page-number rows, platform disclaimers. Each class in several surface forms, and
genuine sentences using the same words that must stay."""

from __future__ import annotations

import pytest

from pipeline.clean import clean_document
from pipeline.clean.boilerplate import classify_line
from pipeline.records import RawDocument
from pipeline.settings import CleanSettings


@pytest.mark.parametrize(
    "line, rule",
    [
        ("今天是：2024年3月5日 星期二", "boilerplate.today-date"),
        ("今天是2023年11月20日　农历十月初八", "boilerplate.today-date"),
        ("Today is Wednesday, June 12, 2024", "boilerplate.today-date"),
        ("我要纠错", "boilerplate.page-button"),
        ("【視力保護色】", "boilerplate.page-button"),
        ("举报/反馈", "boilerplate.page-button"),
        ("Listen to this article", "boilerplate.page-button"),
        ("打开APP阅读全文", "boilerplate.read-more"),
        ("打開客戶端 閱讀體驗更佳", "boilerplate.read-more"),
        ("展开全文", "boilerplate.read-more"),
        ("返回网易，查看更多", "boilerplate.read-more"),
        ("Open in the app", "boilerplate.read-more"),
        ("[Photo/Xinhua]", "boilerplate.photo-credit"),
        ("[Photo by Wu Lan/For Coastal Daily]", "boilerplate.photo-credit"),
        ("（新华社/李明）", "boilerplate.photo-credit"),
        ("图片来源：县融媒体中心", "boilerplate.photo-credit"),
        ("題圖/視覺中國", "boilerplate.photo-credit"),
        ("Photo courtesy of the county bureau", "boilerplate.photo-credit"),
        ("中图分类号：D630　文献标识码：A　文章编号：1000-0001(2023)02-0012-08", "boilerplate.journal-info"),
        ("DOI: 10.1234/abcd.2023.02.002", "boilerplate.journal-info"),
        ("收稿日期：2023-01-02；修回日期：2023-03-11", "boilerplate.journal-info"),
        ("Received: 12 January 2023; Accepted: 3 March 2023", "boilerplate.journal-info"),
        ("Cite this article: Li M. County governance[J]. Administrative Forum, 2023(2): 12-20.",
         "boilerplate.journal-info"),
        ("上一页 1 2 3 下一页", "boilerplate.pager"),
        ("首頁 上一頁 1 2 下一頁 尾頁", "boilerplate.pager"),
        ("« Previous 1 2 3 4 Next »", "boilerplate.pager"),
        ("共5页", "boilerplate.pager"),
        ("Page 2 of 7", "boilerplate.pager"),
        ("本文仅代表作者本人观点，不代表本站立场。", "boilerplate.disclaimer"),
        ("The views expressed in this article do not necessarily reflect the views of the newspaper.",
         "boilerplate.disclaimer"),
        ("Font: Large Medium Small", "boilerplate.font-size"),
        ("Share - WeChat", "boilerplate.share"),
    ],
)
def test_page_chrome_lines(line, rule):
    assert classify_line(line) == ("strong", rule)


@pytest.mark.parametrize(
    "line",
    [
        "今天是全国第十个扶贫日，全县各乡镇开展了形式多样的宣传活动。",
        "Today is the deadline for the first round of subsidy applications, officials said.",
        "群众可通过“我要纠错”栏目反映政府网站存在的问题，相关部门将在三个工作日内答复。",
        "The app lets residents report an error in their tax records and open a case online.",
        "图片来源不明的帖子将被平台限流，网信办有关负责人表示。",
        "The photo agency said it will open a new office in the province next year.",
        "Received applications rose to 3,200 this year, up from 2,100 last year.",
        "第1页至第3页列明了申请材料清单，申请人应逐项核对。",
        "The next phase will start on page 2 of the plan, which lists 14 projects.",
        "The report does not reflect the views of every village, the researchers admitted in their summary.",
    ],
)
def test_article_sentences_with_the_same_words_stay(line):
    assert classify_line(line)[0] in ("text", "short")


@pytest.mark.parametrize("row", ["下载PDF　HTML全文　导出引用", "Download PDF | Export citation", "全文下载 | 参考文献"])
def test_journal_download_rows_are_chrome_fragments(row):
    assert classify_line(row) == ("strong", "boilerplate.chrome-fragments")


def test_journal_page_saved_as_text_keeps_abstract_and_keywords():
    doc = ("县域网格化治理的实践逻辑\n"
           "李明　王芳\n"
           "摘要：本文以三个县的网格化治理实践为例，分析基层治理资源下沉的路径与约束。\n"
           "关键词：县域治理；网格化管理；基层负担\n"
           "中图分类号：D630　文献标识码：A　文章编号：1000-0001(2023)02-0012-08\n"
           "网格化管理最早在城市社区推行，近年来逐步向县域延伸。各地普遍将网格员纳入社区工作者队伍，统一考核。\n"
           "研究发现，网格员的主要工作集中在信息采集、矛盾调解和政策宣传三方面，填表任务占用了大量时间。\n"
           "DOI：10.1234/j.cnki.xz.2023.02.002\n")
    rec = clean_document(RawDocument(source="t.txt", content=doc.encode(), media_type="text/plain"), CleanSettings())
    assert "中图分类号" not in rec.text and "DOI" not in rec.text
    assert "关键词：县域治理" in rec.text and "摘要：本文以三个县" in rec.text
    assert "填表任务占用了大量时间" in rec.text


@pytest.mark.parametrize("line", ["Issued at HKT 15:42", "Issued at 09:30", "NNNN", "-30-", "###"])
def test_press_release_end_marks(line):
    assert classify_line(line) == ("strong", "boilerplate.release-end")


@pytest.mark.parametrize("line", ["Issued at the plenary meeting, the circular sets out ten measures.",
                                  "The permit was issued at 15:42 on Monday, officials said."])
def test_sentences_about_issuing_stay(line):
    assert classify_line(line)[0] in ("text", "short")
