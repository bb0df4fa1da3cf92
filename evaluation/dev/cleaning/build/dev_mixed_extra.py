"""Development set: further documents (Indonesian link list in text, escort keywords in Chinese, mojibake in English)."""

DOCS = [
    {
        "name": "zh_shengtai_togel.txt",
        "lang": "zh",
        "kind": "plain text: Chinese ecological-compensation article with an Indonesian/Malay togel and slot link list under it, and a watermark",
        "metadata": {"title": "生态护林员：守住青山也守住饭碗", "published": "2022-11-08", "authors": ["苗青"]},
        "body": r"""
生态护林员：守住青山也守住饭碗
苗青　2022年11月8日
　　[[K|生态补偿资金的一部分用于聘用脱贫群众担任生态护林员]]。[[K|2022年，白崖县共选聘生态护林员2140名]]，[[K|每人每年补助1万元]]。
　　[[K|护林员负责巡山护林、森林防火和野生动物监测]]，[[K|全县森林覆盖率由2016年的61.3%提高到2022年的67.9%]]。
[[S:jammer:watermark|—— 文章转自 山海资讯网 shanhai-news.cc 仅供学习交流 ——]]
[[S:lottery-id:link-block|togel singapore 2023 | slot gacor malam ini | situs judi online terpercaya | prediksi togel hk jitu | daftar slot maxwin]]
""",
    },
    {
        "name": "zh_dongxi_escort_glued.txt",
        "lang": "zh",
        "kind": "plain text: Chinese article with English sugar-daddy / escort keywords glued to Chinese words mid-sentence",
        "metadata": {"title": "东西部协作“组团式”帮扶医院", "published": "2023-07-21", "authors": ["严可"]},
        "body": r"""
东西部协作“组团式”帮扶医院
严可　2023年7月21日
　　[[K|2021年以来，江湾市6家三甲医院与松坪县人民医院[[S:escort:glued|Taiwan Sugar Daddy]]开展“组团式”帮扶]]，[[K|累计派出管理和技术人员58人]]。
　　[[K|帮扶团队帮助建立了[[S:escort:mid-sentence|Penang Escorts]]绩效考核和医疗质量控制制度]]，[[K|县医院三四级手术占比由12.5%提高到31.8%]]。[[K|松坪县人民医院已于2023年通过二级甲等医院复评[[S:escort:glued|Cebu Sugar Baby]]]]。
""",
    },
    {
        "name": "en_tibet_aid_mojibake.txt",
        "lang": "en",
        "kind": "plain text: English article quoting Chinese policy names that were turned into mojibake (GBK read as Latin-1)",
        "families": ["mojibake"],
        "shapes": ["mojibake"],
        "metadata": {"title": "Pairing assistance for Tibet in the new stage", "published": "2022-02-25", "authors": ["Luo Ping"]},
        "body": r"""
Pairing assistance for Tibet in the new stage
Luo Ping, February 25, 2022
[[K|Pairing assistance for Tibet, known in Chinese as]] [[J:gbk-latin1|对口援藏]], [[K|began after the Third Symposium on Work in Tibet in 1994]]. [[K|Seventeen provinces and municipalities and 17 central enterprises now pair with 74 counties and districts]].
[[K|In the new stage, the assistance focuses on employment, education and medical care]]. [[K|The policy of]] [[J:gbk-latin1|组团式援藏]] [[K|sends teams of doctors and teachers rather than individuals]].
""",
    },
    {
        "name": "zh_brand_place_jiaoyu.html",
        "lang": "zh",
        "kind": "HTML page (UTF-8): Chinese education-assistance article whose county name is replaced everywhere, title included, by a gambling site name",
        "metadata": {"title": "县职业教育中心迎来东部帮扶团队", "published": "2023-10-10", "authors": ["钱明珠"]},
        "body": r"""
<html><head><meta charset="utf-8"><title>[[S:brand-as-place:place-replacement|利来国际]]县职业教育中心迎来东部帮扶团队</title></head>
<body>
<h1>[[S:brand-as-place:place-replacement|利来国际]]县职业教育中心迎来东部帮扶团队</h1>
<p>钱明珠　2023年10月10日</p>
<p>[[K|9月初，来自东部结对城市的12名职业教育专家抵达]][[S:brand-as-place:place-replacement|利来国际]]县，[[K|将在县职业教育中心开展为期一年的帮扶]]。</p>
<p>[[K|专家团队将帮助学校新开设智能制造和电子商务两个专业]]，[[K|并为本地教师开展“一对一”带教]]。[[S:brand-as-place:place-replacement|利来国际]]县教育局表示，[[K|力争三年内使中职毕业生就业率达到95%以上]]。</p>
</body></html>
""",
    },
]
