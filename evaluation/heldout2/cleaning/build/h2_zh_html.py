"""Held-out set 2: Chinese HTML pages (UTF-8, GBK, GB18030, Big5 Traditional), invented for this set."""

DOCS = [
    {
        "name": "zh_wangge_zhili.html",
        "lang": "zh",
        "kind": "HTML page (UTF-8) with full site chrome (nav, breadcrumbs, share bar, sidebar, related list, comments, QR code, contact and ICP/公安备案 footer): grassroots grid governance article with Indonesian togel/slot link blocks above and below, gambling text hidden by display:none and a visible English brand glued to a Chinese word",
        "metadata": {"title": "网格员：城市社区治理的“毛细血管”", "published": "2023-03-14", "authors": ["戴晓宁"], "source": "江州日报", "editor": "郝敏"},
        "body": r"""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>网格员：城市社区治理的“毛细血管”_江州新闻网</title>
<meta name="keywords" content="网格化,基层治理,社区"></head>
<body>
<div class="top-links">[[S:lottery-id:link-block|<a href="https://x7.example/">togel hongkong malam ini</a> <a href="https://x7.example/a">bandar toto macau resmi</a> <a href="https://x7.example/b">prediksi togel singapura jitu</a> <a href="https://x7.example/c">daftar akun pro thailand</a>]]</div>
<div class="header"><img src="/images/logo.png" alt="江州新闻网">
<ul class="nav"><li>[[B|新闻首页]]</li><li>[[B|时政要闻]]</li><li>[[B|区县动态]]</li><li>[[B|民生服务]]</li><li>[[B|视听江州]]</li></ul></div>
<div class="crumb">[[B|您的位置：江州新闻网 &gt; 区县动态 &gt; 正文]]</div>
<div class="article">
<h1>网格员：城市社区治理的“毛细血管”</h1>
<div class="info">2023-03-14 08:30　来源：江州日报　作者：戴晓宁　<span class="share">[[B|分享到：微信 微博 QQ空间]]</span>　[[B|字号：大 中 小]]</div>
<div class="content">
<p>[[K|早上八点半，望江街道桂花社区的网格员林秀芬已经走完了她负责的4栋居民楼]]。[[K|哪家的老人独居、哪户的楼道堆了杂物、哪个路灯不亮了]]，[[K|她都记在手机上的“网格通”里]]。</p>
<p>[[K|2021年以来，江州市把全市划分为4863个基础网格]]，[[K|每个网格配备1名专职网格员]]，[[K|负责信息采集、矛盾调解、安全巡查和政策宣传]]。<span style="display:none">[[S:gambling:hidden-element|盛鼎娱乐城官方网址 注册送88 真人视讯 电子游艺]]</span>[[K|网格员发现的问题按照“小事不出网格、大事不出街道”的原则分级处置]]。</p>
<p>[[K|去年，全市网格员共上报各类事件21.7万件]]，[[K|按期办结率达到97.2%]]。[[K|在疫情防控、防汛救灾中]]，[[K|网格员[[S:gambling:glued|AceMonarch真人娱乐]]成为连接社区与居民的第一道纽带]]。</p>
<p>[[K|网格员队伍也面临待遇偏低、事务繁杂的问题]]。[[K|不少网格员反映，各部门都往网格里“派活”]]，[[K|一名网格员每月要填报的表格多达二十多种]]。[[K|对此，江州市出台了网格事项准入清单]]，[[K|未经审核的事项一律不得下沉到网格]]，[[K|并将专职网格员月薪提高到不低于当地最低工资标准的1.5倍]]。</p>
<p>[[K|“网格不是管理的‘格子’，而是服务的‘单元’。”]][[K|市委政法委有关负责人说]]。</p>
</div>
<div class="editor">[[B|（责任编辑：郝敏）]]</div>
<div class="related"><h3>[[B|相关阅读]]</h3><ul><li>[[B|江州市召开基层治理现代化推进会]]</li><li>[[B|桂花社区：一张清单管到底]]</li><li>[[B|“红色物业”让小区更和谐]]</li></ul></div>
<div class="comments"><h3>[[B|网友评论（2）]]</h3>
<p>[[B|江州市民 2023-03-14 10:12：网格员辛苦了！]]</p>
<p>[[B|老李头 2023-03-14 11:40：我们小区的网格员很负责]]</p>
<p>[[B|发表评论　登录后才能评论]]</p></div>
</div>
<div class="sidebar"><h3>[[B|热点排行]]</h3><ol><li>[[B|江州地铁3号线全线通车]]</li><li>[[B|2023年江州中考政策发布]]</li><li>[[B|老旧小区加装电梯补贴标准出台]]</li></ol>
<div class="qr"><img src="/images/qrcode.jpg" alt="二维码">[[B|扫码关注江州新闻网微信公众号]]</div></div>
<div class="bottom-links">[[S:lottery-id:link-block|<a href="https://s9.example/">slot demo x500 anti rungkad</a> | <a href="https://s9.example/l">link alternatif slot88 gacor</a> | <a href="https://s9.example/j">judi bola parlay online</a>]]</div>
<div class="footer">
<p>[[B|关于我们 | 联系我们 | 广告服务 | 网站地图]]</p>
<p>[[B|新闻热线：0731-88612345　邮箱：jzxw@jznews.cn]]</p>
<p>[[B|江州日报社主办　版权所有，未经授权禁止转载]]</p>
<p>[[B|湘ICP备12004187号-3]]　[[B|湘公网安备 43010502000876号]]</p>
</div>
</body></html>
""",
    },
    {
        "name": "zh_caipiao_gongyijin_gbk.html",
        "lang": "zh",
        "charset": "gbk",
        "kind": "HTML page in GBK: audit article on misused lottery welfare funds (legitimate lottery words) with gambling and porn text hidden by a <style> class rule, font-size:0 and off-screen positioning, and a gambling brand glued to a word",
        "families": ["gambling-governance"],
        "metadata": {"title": "审计发现部分地区彩票公益金被挤占挪用", "published": "2022-09-20", "authors": ["简一鸣"], "source": "财经观察"},
        "body": r"""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>审计发现部分地区彩票公益金被挤占挪用</title>
<style type="text/css">.art p{line-height:1.8} .tj9w{display:none}</style></head>
<body>
<div id="nav">[[B|首页]] | [[B|宏观]] | [[B|财政]] | [[B|金融]] | [[B|评论]]</div>
<div class="art">
<h1>审计发现部分地区彩票公益金被挤占挪用</h1>
<p class="src">来源：财经观察　作者：简一鸣　2022年09月20日</p>
<p>[[K|审计部门近日公布的专项审计结果显示]]，[[K|部分地区存在挤占挪用彩票公益金的问题]]，[[K|涉及资金9.84亿元]]。[[K|一些地方将本应用于养老、助残和全民健身的彩票公益金]]，[[K|用于弥补行政经费或修建办公楼]]。<span class="tj9w">[[S:gambling:hidden-element|BetNova体育投注 足球滚球 官方指定入口]]</span></p>
<p>[[K|按照规定，彩票公益金按政府性基金管理办法纳入预算]]，[[K|专款专用，结余结转下年继续使用]]。[[K|中央集中的彩票公益金主要用于补充全国社会保障基金]]，[[K|其余用于社会福利、体育和扶贫等公益事业]]。<span style="font-size:0px">[[S:porn:hidden-element|成人电影网站_激情小说_免费看黄]]</span></p>
<p>[[K|审计还发现，个别福利彩票、体育彩票销售机构违规委托无资质企业代销]]，[[K|有的销售站点向未成年人出售彩票]]。<div style="position:absolute;left:-8000px;top:0">[[S:gambling:hidden-element|皇潮66体育官网 世界杯竞猜 返水无上限]]</div>[[K|对审计发现的问题，有关地区已整改追回资金6.1亿元]]，[[K|问责相关人员47人]]。</p>
<p>[[K|专家指出，彩票是国家为筹集社会公益资金而特许发行的]]，[[K|必须严格与赌博划清界限]]。[[K|下一步应推动彩票公益金使用情况全面公开]][[S:gambling:glued|宝泰国际娱乐]]，[[K|接受社会监督]]。</p>
</div>
<div class="foot">[[B|本站所有内容未经授权不得转载]]　[[B|京ICP备10025643号]]</div>
</body></html>
""",
    },
    {
        "name": "zh_tandafeng_yuanqu_gb18030.html",
        "lang": "zh",
        "charset": "gb18030",
        "kind": "HTML page in GB18030: carbon peaking in an industrial park, with an escort keyword mid-sentence, spam hidden by aria-hidden and visibility:hidden, emoji and box-drawing symbols inside words, and a gambling brand inside an English word",
        "metadata": {"title": "工业园区碳达峰的“减法”与“加法”", "published": "2023-05-09", "authors": ["沈砚秋"]},
        "body": r"""
<html><head><meta charset="gb18030"><title>工业园区碳达峰的“减法”与“加法”</title></head>
<body>
<div class="nav">[[B|首页]] &gt; [[B|绿色发展]] &gt; [[B|正文]]</div>
<h1>工业园区碳达峰的“减法”与“加法”</h1>
<p class="byline">沈砚秋　2023年5月9日</p>
<p>[[K|工业园区是能源消耗和碳排放的集中地]]，[[K|也是实现碳达峰目标的主战场之一]]。[[K|位于长淮市东郊的临港化工园区]]，[[K|去年单位工业增加值能耗比2020年下降了14.2%]]。</p>
<p>[[K|做“减法”，园区关停了3台燃煤锅炉]]，[[K|建设集中供热管网]]，[[K|淘汰落后产能涉及企业[[S:escort:mid-sentence|昆明外围上门服务]]11家]]。<span aria-hidden="true">[[S:gambling:hidden-element|盛鼎娱乐城app下载 老虎机 百家乐]]</span>[[K|做“加法”，园区在厂房屋顶铺设分布式光伏]]，[[K|装机容量达到86兆瓦]]，[[K|每年可发绿电9[[S:symbols:symbol-in-word|🎲]]000多万千瓦时]]。</p>
<p>[[K|园区还建立了碳排放监测平台]]，[[K|对年综合能耗5000吨标准煤以上的企业实行在线监测]]。<font style="visibility:hidden">[[S:escort:hidden-element|Bangkok Sugar Baby 包养网]]</font>[[K|园区推出的碳普惠小程序“Low Car[[S:gambling:mid-word|RoyalTide66]]bon Life”]][[K|已吸引1.2万名员工注册]]，[[K|绿色出行、节约用电都可以兑换积分]]。</p>
<p>[[K|园区管委会负责人表示，碳达峰不是“一刀切”地压减产[[S:symbols:symbol-in-word|╋]]能]]，[[K|而是要在发展中推动能源结构和产业结构调整]]。</p>
<div class="foot">[[B|主办：长淮市生态环境局]]　[[B|皖ICP备08102233号]]</div>
</body></html>
""",
    },
    {
        "name": "zh_jiedu_fudao_big5.html",
        "lang": "zh",
        "charset": "big5",
        "kind": "HTML page in Big5 (Traditional): problem-gambling counselling article (legitimate gambling words) with Taiwanese SEO keywords after the title, glued to a sentence, inside a word and as a spliced sentence, and a forum-style share bar",
        "families": ["gambling-governance"],
        "metadata": {"title": "問題賭博求助個案回升　戒賭輔導宜及早介入", "published": "2023-08-11", "authors": ["何穎詩"]},
        "body": r"""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>問題賭博求助個案回升　戒賭輔導宜及早介入[[S:seo-tw:title-suffix|｜台中室內設計推薦]]</title></head>
<body>
<div class="menu">[[B|新聞首頁]]　[[B|社會民生]]　[[B|專題評論]]</div>
<h1>問題賭博求助個案回升　戒賭輔導宜及早介入</h1>
<p>記者 何穎詩　2023年8月11日</p>
<p>[[K|多間戒賭輔導機構表示，今年上半年求助個案較去年同期增加約兩成]]，[[K|其中不少求助者是因為網上賭博而欠下巨債]]。[[K|輔導員指出，網上賭博隨時隨地都可以下注]]，[[K|輸錢後又容易「追數」]]，[[K|令問題賭博更難察覺]]。[[S:seo-tw:spliced-sentence|彰化水電維修，漏水不通二十四小時到府服務，價格公道。]]</p>
<p>[[K|一名四十多歲的求助者說]]，[[K|他最初只是在足球賽事期間小額投注]]，[[K|後來在非法博彩網站借貸下注]]，[[K|兩年內欠下近八十萬元]]。[[K|「直到家人接到追債電話，我才[[S:seo-tw:mid-word|SEO優化排名保證首頁]]肯面對。」]]</p>
<p>[[K|學者認為，問題賭博應被視為一種需要治療的行為成癮]]，[[K|而不只是個人品德問題]]。[[K|他們建議在學校推行預防賭博教育]]，[[K|並要求合法博彩營辦者在投注平台上設置自我限額和冷靜期功能]][[S:seo-tw:glued|網站架設代管]]。</p>
<p>[[K|有需要的市民可致電戒賭輔導熱線]]，[[K|服務免費並會保密]]。</p>
<div class="share">[[B|分享：Facebook　Line　列印　寄給朋友]]</div>
<div class="foot">[[B|版權所有　不得轉載]]</div>
</body></html>
""",
    },
    {
        "name": "zh_jiucheng_gengxin_big5.html",
        "lang": "zh",
        "charset": "big5",
        "kind": "HTML page in Big5 (Traditional mirror): urban renewal article with a gambling brand before the title, glued to words, text hidden by a hidden attribute and by an id hidden in a <style> rule, and literal empty tags repeating one random id left in the text",
        "metadata": {"title": "老城更新不搞大拆大建：南塘街區的微改造", "published": "2022-10-28", "authors": ["龔書瑤"]},
        "body": r"""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>[[S:gambling:title-prefix|金樽娛樂城-]]老城更新不搞大拆大建：南塘街區的微改造</title>
<style>#zx81k {display: none;}</style></head>
<body>
<h1>老城更新不搞大拆大建：南塘街區的微改造</h1>
<p>龔書瑤　2022-10-28</p>
<p>[[K|南塘街區是汾城市保留最完整的老城片區之一]]，[[K|區內有清末民初的傳統民居三百餘棟]]。[[K|過去這裡房屋老舊、管線雜亂]]，[[K|不少年輕人搬走了，只剩下老人住在巷子裡]][[S:markup:empty-id-element|&lt;span id="qw4h7n"&gt;&lt;/span&gt;]]。</p>
<p>[[K|2020年啟動更新時，汾城市沒有選擇整片拆除重建]]，[[K|而是採取「一戶一策」的微改造方式]]。[[K|政府負責道路、管網、消防等公共設施]]，[[K|居民可自願申請房屋修繕補貼]]，[[K|最高補助修繕費用的百分之四十[[S:markup:empty-id-element|&lt;span id="qw4h7n"&gt;&lt;/span&gt;]]]]。</p>
<p hidden>[[S:gambling:hidden-element|金樽娛樂城官方網站 百家樂 線上真人]]</p>
<p>[[K|兩年來，街區完成了雨污分流改造4.2公里]]，[[K|新增口袋公園和社區食堂各2處]]。[[K|一些老宅被改造成書店、茶館和非遺工作室]][[S:gambling:glued|金樽娛樂城]]，[[K|吸引了遊客，也留住了原住民]]。</p>
<div id="zx81k">[[S:seo-tw:hidden-element|台北網站設計公司推薦 關鍵字行銷]]</div>
<p>[[K|規劃專家表示，城市更新要把保護歷史文脈和改善民生結合起來]][[S:markup:empty-id-element|&lt;span id="qw4h7n"&gt;&lt;/span&gt;]]，[[K|避免把老街改造成千篇一律的「網紅街」]]。</p>
</body></html>
""",
    },
    {
        "name": "zh_zhijiao_chanjiao.html",
        "lang": "zh",
        "kind": "HTML page (UTF-8): vocational education article with porn keywords joined by underscores before the title, filler sentences spliced into paragraphs (a novel, English filler, Chinese machine filler), literal empty tags with one random id, and a gambling link hidden by height:0 overflow",
        "families": ["filler"],
        "metadata": {"title": "职业教育产教融合：从“校企合作”到“校企共同体”", "published": "2023-11-20", "authors": ["贺一凡", "滕雨桐"]},
        "body": r"""
<html><head><meta charset="utf-8"><title>[[S:porn:title-prefix|爱情动作片在线_91自拍偷拍_麻豆国产_]]职业教育产教融合：从“校企合作”到“校企共同体”</title></head>
<body>
<div class="crumb">[[B|首页 » 教育 » 职业教育]]</div>
<h1>职业教育产教融合：从“校企合作”到“校企共同体”</h1>
<p class="meta">贺一凡　滕雨桐　发布时间：2023-11-20</p>
<p>[[K|在岳川职业技术学院的智能制造实训中心]]，[[K|学生操作的工业机器人和生产线与合作企业的车间完全一致]]。[[K|这个投资4800万元的实训中心由学校和企业共同建设]]，[[K|企业工程师每周来校授课两天]]。[[S:filler:spliced-sentence|She looked out of the window and wondered whether the train would ever come.]]</p>
<p>[[K|过去的校企合作，往往是“学校热、企业冷”]]。[[K|一些企业只把学生当作廉价的实习劳动力]]，[[S:markup:empty-id-element|&lt;font id="zr5ub"&gt;&lt;/font&gt;]][[K|学校的专业设置也跟不上产业变化]]。[[S:filler:spliced-sentence|综上所述，我们要不断努力，坚持不懈，才能取得更大的成绩，创造更加美好的明天。]][[K|2022年新修订的职业教育法明确]]，[[K|企业可以设置专职或兼职实施职业教育的岗位]]，[[K|参与职业教育的企业可按规定享受税费优惠]]。</p>
<p>[[K|岳川市目前已组建市域产教联合体3个]]，[[K|吸纳企业215家、职业院校14所]][[S:markup:empty-id-element|&lt;font id="zr5ub"&gt;&lt;/font&gt;]]。[[K|学生从二年级起进入“现代学徒制”班级]]，[[K|由学校老师和企业师傅共同带教]]，[[K|毕业生留在合作企业就业的比例达到62%]]。<div style="height:0;overflow:hidden"><a href="https://m3.example/">[[S:gambling:hidden-element|银沙汇线上娱乐 注册领取彩金]]</a></div></p>
<p>[[K|业内人士认为，产教融合的关键是让企业从“配角”变成“主角”]]。[[S:filler:spliced-sentence|老周把最后一口酒喝干，起身推开门，消失在茫茫夜色里。]][[K|下一步还要完善企业参与办学的成本分担和激励机制]][[S:markup:empty-id-element|&lt;font id="zr5ub"&gt;&lt;/font&gt;]]。</p>
<div class="foot">[[B|Copyright © 2023 岳川教育网 All Rights Reserved]]</div>
</body></html>
""",
    },
    {
        "name": "zh_nongxin_gaige_gbk.html",
        "lang": "zh",
        "charset": "gbk",
        "kind": "HTML page in GBK: rural credit reform article whose city name has been replaced everywhere by a gambling brand, with a gambling brand inside a word, an opacity:0 hidden block and a slot link list below the article",
        "metadata": {"title": "农信社改革：在“姓农”与“市场化”之间找平衡", "published": "2022-12-13", "authors": ["鲍振宇"], "source": "农村金融时报"},
        "body": r"""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>农信社改革：在“姓农”与“市场化”之间找平衡</title></head>
<body>
<div class="nav">[[B|网站首页]] - [[B|农金动态]] - [[B|改革观察]]</div>
<h1>农信社改革：在“姓农”与“市场化”之间找平衡</h1>
<p>来源：农村金融时报　作者：鲍振宇　2022-12-13</p>
<p>[[K|农村信用社是服务“三农”的金融主力军]]。[[K|近年来，各地农信社加快改制为农村商业银行]]，[[K|但也有一些机构出现了贷款“脱农进城”的倾向]]。</p>
<p>[[S:brand-as-place:place-replacement|凯利宝]][[K|市农商银行由原市农村信用合作联社改制而来]]。[[K|截至今年9月末，该行各项贷款余额386亿元]]，[[K|其中涉农贷款占比68.4%]]，[[K|比改制前提高了5.2个百分点]]。[[K|行长介绍，该行坚持“小额、分散”的原则]]，[[K|在全市设立了1120个农村普惠金融服务点]]，[[K|农民在村口就能办理小额取款和转账]]。</p>
<p>[[K|在[[S:brand-as-place:place-replacement|凯利宝]]市下辖的南岗镇，种植户方德明去年通过“整村授信”获得了20万元信用贷款]]，[[K|不需要抵押担保]]。“[[K|过去贷款要跑好几趟，还得找人担保]]，现在手机上就能申请[[S:gambling:mid-word|汇鑫国际app]]，三天就放款了。”</p>
<p>[[K|专家指出，农信社改革要坚持服务县域的定位]]，[[K|同时完善公司治理]]，[[K|防范大股东操纵和内部人控制风险]]。<div style="opacity:0;height:1px">[[S:gambling:hidden-element|汇鑫国际娱乐平台 在线开户]]</div>[[K|近年来一些地方农信机构暴露的风险]]，[[K|多与股东违规干预经营有关]]。</p>
<ul class="bottom">[[S:lottery-id:link-block|<li><a href="#">situs slot online gacor hari ini</a></li><li><a href="#">toto macau 4d keluaran tercepat</a></li><li><a href="#">bocoran rtp slot88</a></li>]]</ul>
<div class="foot">[[B|主办单位：农村金融时报社]]　[[B|京ICP备09081726号-1]]</div>
</body></html>
""",
    },
    {
        "name": "zh_clean_shuiku_jiagu.html",
        "lang": "zh",
        "kind": "HTML page (UTF-8): clean water conservancy article on a reservoir reinforcement project, with site chrome but no spam",
        "clean": True,
        "metadata": {"title": "大坪水库除险加固完工 灌区恢复灌溉面积8.6万亩", "published": "2023-12-05", "authors": ["邝建国"], "source": "南岭水利网", "editor": "罗婷"},
        "body": r"""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>大坪水库除险加固完工 灌区恢复灌溉面积8.6万亩-南岭水利网</title></head>
<body>
<ul class="nav"><li>[[B|网站首页]]</li><li>[[B|水利要闻]]</li><li>[[B|工程建设]]</li><li>[[B|政策法规]]</li></ul>
<div class="loc">[[B|当前位置：首页 > 工程建设]]</div>
<h1>大坪水库除险加固完工 灌区恢复灌溉面积8.6万亩</h1>
<div class="info">发布时间：2023-12-05　来源：南岭水利网　作者：邝建国</div>
<p>12月1日，大坪水库除险加固工程通过竣工验收。大坪水库建于1958年，总库容1.27亿立方米，是一座以灌溉、防洪为主的中型水库，因坝体渗漏、溢洪道老化，2019年被鉴定为三类坝。</p>
<p>工程总投资2.35亿元，主要对大坝进行防渗处理、加高加固溢洪道，新建放空洞，并安装了大坝安全监测和雨水情测报设施。施工期间，建设单位采取分期导流，保证了下游两个乡镇的春灌用水。</p>
<p>除险加固后，水库正常蓄水位恢复到设计高程，灌区恢复和改善灌溉面积8.6万亩，下游3.8万人的防洪安全得到保障。县水利局表示，将落实水库大坝安全管理责任人，完善“四预”措施，确保工程长期安全运行。</p>
<p class="editor">[[B|【责任编辑：罗婷】]]</p>
<div class="foot">[[B|主办：南岭水利网　联系电话：0759-3316208]]　[[B|粤ICP备14052219号]]</div>
</body></html>
""",
    },
]
