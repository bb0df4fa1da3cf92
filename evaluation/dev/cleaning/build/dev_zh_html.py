"""Development set: Chinese HTML pages (UTF-8, GBK, GB18030, Big5)."""

DOCS = [
    {
        "name": "zh_dongxi_xiezuo_gbk.html",
        "lang": "zh",
        "charset": "gbk",
        "kind": "HTML page in GBK: East-West collaboration article with gambling text hidden by display:none and visibility:hidden, a gambling link block and site chrome",
        "metadata": {"title": "东滨—云岫东西部协作五年记", "published": "2022-08-09", "authors": ["许正阳"]},
        "body": r"""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>东滨—云岫东西部协作五年记</title></head>
<body>
<div class="nav">[[B|网站首页]] | [[B|政务公开]] | [[B|协作动态]]</div>
<h1>东滨—云岫东西部协作五年记</h1>
<p class="info">作者：许正阳　发布日期：2022-08-09</p>
<p>[[K|2017年，东滨市与云岫县正式结成东西部扶贫协作关系]]。<span style="display:none">[[S:gambling:hidden-element|金沙萬利娱乐城官方网址]]</span>[[K|五年来，东滨市累计投入财政帮扶资金6.8亿元]]，[[K|实施产业、教育、医疗等项目214个]]。</p>
<p>[[K|东滨市先后选派挂职干部73名、专业技术人才520名到云岫工作]]。<font style="visibility: hidden">[[S:gambling:hidden-element|WinStar体育投注平台]]</font>[[K|云岫县也选派196名干部到东滨跟岗学习]]，[[K|学习产业园区管理和招商引资经验]]。</p>
<p>[[K|两地共建的东云产业园已入驻企业38家]]，[[K|吸纳云岫籍劳动力就业4100余人]]。</p>
<div class="links">[[S:gambling:link-block|<a href="#">金沙萬利官网</a> <a href="#">WinStar体育入口</a> <a href="#">鸿运彩城注册送彩金</a>]]</div>
<div class="foot">[[B|主办单位：东滨市乡村振兴局]]　[[B|浙ICP备05018827号]]</div>
</body></html>
""",
    },
    {
        "name": "zh_yuanjiang_gb18030.html",
        "lang": "zh",
        "charset": "gb18030",
        "kind": "HTML page in GB18030: aid to Xinjiang article with spam hidden by font-size:0 and off-screen positioning, and emoji / box-drawing symbols inside words",
        "metadata": {"title": "援疆干部在阿恰勒县的三年", "published": "2023-06-27", "authors": ["阿依古丽", "陈振"]},
        "body": r"""
<html><head><meta charset="gb18030"><title>援疆干部在阿恰勒县的三年</title></head>
<body>
<h1>援疆干部在阿恰勒县的三年</h1>
<p>阿依古丽　陈振　2023年6月27日</p>
<p>[[K|2020年，第十批援疆干部人才来到阿恰勒县]]，[[K|开始为期三年的对口支[[S:symbols:symbol-in-word|🎰]]援工作]]。<span style="font-size:0">[[S:gambling:hidden-element|LuckyHarbor88真人娱乐]]</span>[[K|三年间，援疆资金共安排项目86个]]，[[K|总投资12.4亿元]]。</p>
<p>[[K|援疆医生在县人民医院建起了胸痛中心和卒中中心]]，[[K|援疆教师带出的本地徒弟已有137名]]。<div style="position:absolute;left:-9999px;top:-9999px">[[S:escort:hidden-element|乌鲁木齐外围女上门服务]]</div>[[K|县里的棉花加工园区吸纳农[[S:symbols:symbol-in-word|╬]]牧民就业2600余人]]。</p>
<p>[[K|“援疆不是一阵子，而是一辈[[S:symbols:symbol-in-word|💰]]子的情谊。”]][[K|一名即将返回的援疆干部说]]。</p>
</body></html>
""",
    },
    {
        "name": "zh_aomen_boci_big5.html",
        "lang": "zh",
        "charset": "big5",
        "kind": "HTML page in Big5 (Traditional): Macau gaming-law article (legitimate gambling words) with Taiwanese SEO keywords in the title and sentences",
        "families": ["gambling-governance"],
        "metadata": {"title": "澳門修訂博彩法：從「擴張」轉向「規範」", "published": "2022-07-05", "authors": ["梁嘉慧"]},
        "body": r"""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"><title>澳門修訂博彩法：從「擴張」轉向「規範」[[S:seo-tw:title-suffix|－台北水電行推薦]]</title></head>
<body>
<h1>澳門修訂博彩法：從「擴張」轉向「規範」</h1>
<p>文／梁嘉慧　2022年7月5日</p>
<p>[[K|澳門立法會細則性通過《修改第16/2001號法律〈娛樂場幸運博彩經營法律制度〉》法案]]，[[K|將博彩經營批給的數目上限定為六個]]，[[K|批給期限不超過十年]]。[[S:seo-tw:spliced-sentence|專業屋頂防水抓漏，新北桃園免費到府估價。]]</p>
<p>[[K|新法案收緊了對賭廳的規管]]，[[K|規定每個娛樂場只能有一個賭廳經營者與承批公司合作]]，[[K|並禁止賭廳經營者與承批公司分[[S:seo-tw:mid-word|網頁設計公司]]享博彩收益]]。</p>
<p>[[K|特區政府表示，修法目的在於促進博彩業健康發展]]，[[K|加強對非法博彩活動的打擊]]，[[K|推動經濟適度多元]]。[[K|學者認為，博彩業在澳門本地生產總值中的比重將逐步下降]][[S:seo-tw:glued|SEO關鍵字排名優化]]。</p>
</body></html>
""",
    },
    {
        "name": "zh_pinyin_gloss_fanti.html",
        "lang": "zh",
        "kind": "HTML page (UTF-8, Traditional) from a mirror that leaks pinyin glosses after characters",
        "families": ["pinyin"],
        "metadata": {"title": "東西部協作中的產業轉移", "published": "2021-12-13", "authors": ["魏書恆"]},
        "body": r"""
<html><head><meta charset="utf-8"><title>東西部協作中的產業轉移</title></head>
<body>
<h1>東西部協作中的產業轉移</h1>
<p>魏書恆　2021年12月13日</p>
<p>[[K|產業轉移是東西部協作的重要抓手]]。[[K|近年來，東部企業到西部投資興業、共建園區]]，[[K|推動了西部地區產業發[[S:pinyin:pinyin-gloss|(fā)]]展]]。[[K|但一些項目也存在“水土不服”]]。</p>
<p>[[K|研究表明，成功的產業轉移需要三個條件]]：[[K|一是結合當地資[[S:pinyin:pinyin-gloss|(zī)]]源稟賦]]；[[K|二是配套完善的物[[S:pinyin:pinyin-gloss|(wù)]]流設施]]；[[K|三是培[[S:pinyin:pinyin-gloss|(péi)]]養本地技術工人]]。</p>
<p>[[K|在雲岫縣，東濱企業投資的電子元件廠已帶動當地就業1300人]]，[[K|成為協作項目中發[[S:pinyin:pinyin-gloss|(fā)]]展最穩定的一個]]。</p>
</body></html>
""",
    },
    {
        "name": "zh_pinyin_zhuzi.html",
        "lang": "zh",
        "kind": "HTML page (UTF-8) with pinyin after every character of one paragraph",
        "families": ["pinyin"],
        "metadata": {"title": "村规民约里的乡风文明", "published": "2023-01-18", "authors": ["孔祥宇"]},
        "body": r"""
<html><head><meta charset="utf-8"><title>村规民约里的乡风文明</title></head>
<body>
<h1>村规民约里的乡风文明</h1>
<p>孔祥宇　2023年1月18日</p>
<p>[[K|村[[S:pinyin:pinyin-interleave|cūn]]规[[S:pinyin:pinyin-interleave|guī]]民[[S:pinyin:pinyin-interleave|mín]]约[[S:pinyin:pinyin-interleave|yuē]]是[[S:pinyin:pinyin-interleave|shì]]村[[S:pinyin:pinyin-interleave|cūn]]民[[S:pinyin:pinyin-interleave|mín]]自[[S:pinyin:pinyin-interleave|zì]]治[[S:pinyin:pinyin-interleave|zhì]]的[[S:pinyin:pinyin-interleave|de]]重[[S:pinyin:pinyin-interleave|zhòng]]要[[S:pinyin:pinyin-interleave|yào]]形[[S:pinyin:pinyin-interleave|xíng]]式[[S:pinyin:pinyin-interleave|shì]]]]。</p>
<p>[[K|桃源村把婚丧嫁娶从简、移风易俗写进了村规民约]]，[[K|规定宴席不超过15桌]]，[[K|彩礼不超过3万元]]。[[K|村里成立了红白理事会，由8名德高望重的村民担任理事]]。</p>
<p>[[K|两年来，全村婚丧事宜平均花费下降了六成左右]]。</p>
</body></html>
""",
    },
    {
        "name": "zh_caipiao_jianguan.html",
        "lang": "zh",
        "kind": "HTML page (UTF-8): lottery regulation article (legitimate lottery words) with spam hidden by aria-hidden and by a class and an id hidden in a <style> rule",
        "families": ["gambling-governance"],
        "metadata": {"title": "规范彩票市场 严禁擅自利用互联网销售彩票", "published": "2022-03-24", "authors": ["林海"]},
        "body": r"""
<html><head><meta charset="utf-8"><title>规范彩票市场 严禁擅自利用互联网销售彩票</title>
<style>.mk9x{display:none} #zq7 {visibility:hidden}</style></head>
<body>
<h1>规范彩票市场 严禁擅自利用互联网销售彩票</h1>
<p>林海　2022年3月24日</p>
<p>[[K|财政部、公安部等部门近日联合发布公告]]，[[K|重申未经批准任何单位不得利用互联网销售彩票]]。<span class="mk9x">[[S:porn:hidden-element|国产精品_无码专区_午夜福利视频]]</span>[[K|公告指出，一些网站以“彩票代购”“合买”名义非法销售彩票]]，[[K|甚至为境外赌博网站引流]]。</p>
<p>[[K|2021年全国共销售彩票3732.85亿元]]，[[K|其中福利彩票1422.55亿元、体育彩票2310.30亿元]]。<div id="zq7">[[S:gambling:hidden-element|鸿运彩城彩票app下载]]</div>[[K|彩票公益金主要用于社会福利、体育事业和扶贫等公益项目]]。</p>
<p>[[K|有关部门提醒购彩者通过合法渠道购买彩票]]，<span aria-hidden="true">[[S:escort:hidden-element|深圳外围模特预约]]</span>[[K|理性购彩]]。</p>
</body></html>
""",
    },
    {
        "name": "zh_nongcun_dianshang.html",
        "lang": "zh",
        "kind": "HTML page (UTF-8): rural e-commerce article with an Indonesian slot/togel link block above it and site chrome",
        "metadata": {"title": "直播带货走进帮扶车间", "published": "2023-09-12", "authors": ["吴悦"]},
        "body": r"""
<html><head><meta charset="utf-8"><title>直播带货走进帮扶车间</title></head>
<body>
<ul class="hot">[[S:lottery-id:link-block|<li><a href="#">slot gacor maxwin hari ini</a></li><li><a href="#">situs toto 4d terpercaya</a></li><li><a href="#">togel sidney pools</a></li><li><a href="#">rtp live slot pragmatic</a></li>]]</ul>
<h1>直播带货走进帮扶车间</h1>
<p>吴悦　2023年9月12日</p>
<p>[[K|在平川县的帮扶车间里，工人们一边包装辣椒酱，一边看着手机上的直播订单]]。[[K|车间负责人说，直播带货让日销量从200瓶增加到3000瓶]]。</p>
<p>[[K|平川县与东部结对城市合作举办了6期电商主播培训班]]，[[K|培训本地主播240人]]。[[K|全县已有17个帮扶车间开通了网店]]。</p>
<div class="side">[[B|相关阅读]]　[[B|扫一扫在手机上阅读]]</div>
<div class="foot">[[B|Copyright © 平川县融媒体中心 版权所有]]</div>
</body></html>
""",
    },
    {
        "name": "zh_luntan_jammer.html",
        "lang": "zh",
        "kind": "HTML page (UTF-8) from a Discuz forum: jammer elements inside the text and a forum watermark",
        "families": ["jammer"],
        "metadata": {"title": "对口支援三十年：一位老干部的回忆", "published": "2021-05-30", "authors": ["郑启明"]},
        "body": r"""
<html><head><meta charset="utf-8"><title>对口支援三十年：一位老干部的回忆</title></head>
<body>
<h1>对口支援三十年：一位老干部的回忆</h1>
<p>郑启明　2021-05-30</p>
<div class="t_msgfont">[[K|1992年我第一次到对口支援的县里工作]]，[[K|那时候全县只有一条柏油路]]。<font class="jammer">[[S:jammer:jammer-code|8 y& E3 p# T]]</font><br>
[[K|我们带去的第一批项目是水泥厂和小水电站]]，[[K|后来又办起了职业学校]]。<font class="jammer">[[S:jammer:jammer-code|% W9 k! c2 R]]</font><br>
[[K|三十年过去了，县里通了高速公路]]，[[K|当年职业学校的学生，有的已经当上了乡镇干部]]。<font class="jammer">[[S:jammer:jammer-code|~ n5 G@ u0 L]]</font><br>
[[S:jammer:watermark|【本文由 枫桥论坛 www.fengqiao-bbs.com 网友原创发布】]]</div>
</body></html>
""",
    },
    {
        "name": "zh_clean_laowu.html",
        "lang": "zh",
        "kind": "HTML page (UTF-8): clean Chinese article on skills training for migrant workers",
        "clean": True,
        "metadata": {"title": "订单式培训让务工更有底气", "published": "2023-04-03", "authors": ["蒋晨"]},
        "body": r"""
<html><head><meta charset="utf-8"><title>订单式培训让务工更有底气</title></head>
<body>
<h1>订单式培训让务工更有底气</h1>
<p>蒋晨　2023年4月3日</p>
<p>2022年，河坝县与东部的3家制造企业签订“订单式”培训协议，由企业提出岗位需求，县职业技术学校按需开设焊工、电工和数控车床等课程，学员结业后直接到企业上岗。</p>
<p>全年共培训1150人次，取证率达到91.2%，到岗就业876人，月均工资4800元左右。报名咨询可访问 http://rsj.heba.gov.cn/peixun 或发送邮件至 peixun@heba.gov.cn。</p>
</body></html>
""",
    },
]
