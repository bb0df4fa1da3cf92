"""Chinese HTML pages (some in GBK, GB18030 or Big5 bytes), invented for this set."""

DOCS = [
    {
        "name": "201_zh_gbk_hidden_links.html",
        "lang": "zh",
        "charset": "gbk",
        "kind": "HTML in GBK: news page with a display:none gambling link block, site navigation, QR code and ICP/public-security footer",
        "families": ["gambling"],
        "metadata": {"title": "东西部协作推动劳务输出提质增效", "published": "2021-05-19", "authors": ["李红梅"]},
        "body": """
<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>东西部协作推动劳务输出提质增效_中国乡村振兴网</title>
<meta name="publishdate" content="2021-05-19">
</head>
<body>
<div class="top-nav"><a href="/">[[B|网站首页]]</a> | <a href="/news/">[[B|新闻中心]]</a> | <a href="/policy/">[[B|政策法规]]</a> | <a href="/case/">[[B|典型案例]]</a></div>
<div style="display:none"><a href="https://www.xy88bet.com/">[[S:gambling:hidden-element|星耀体育官网]]</a> <a href="https://hy-guoji.vip/">[[S:gambling:hidden-element|鸿运国际真人娱乐]]</a> <a href="https://www.amxpj.com/">[[S:gambling:hidden-element|澳门新葡京官方网站]]</a></div>
<div class="main">
<h1>东西部协作推动劳务输出提质增效</h1>
<div class="info">发布时间：2021-05-19 09:30　来源：中国乡村振兴网　作者：李红梅</div>
<div class="article">
<p>[[K|今年以来，东西部协作双方聚焦稳岗就业，推动劳务协作由“输出数量”向“输出质量”转变。]]</p>
<p>[[K|协作双方共建劳务协作工作站126个，开展订单式、定向式技能培训3.4万人次。]][[K|一季度，西部地区农村劳动力到东部地区就业42.7万人，其中脱贫人口18.3万人。]]</p>
<p>[[K|东部企业在西部县域设立帮扶车间，让群众在家门口实现就业。]][[K|有的地方还探索“劳务经纪人”制度，对组织输出成效明显的给予奖补。]]</p>
<p>[[K|下一步，将进一步完善劳务协作信息对接机制，确保有就业意愿的脱贫劳动力应转尽转。]]</p>
</div>
<div class="editor">[[B|责任编辑：王宁]]</div>
</div>
<div class="side"><h3>[[B|热点推荐]]</h3><ul><li><a href="/a/1.html">[[B|乡村振兴重点帮扶县名单公布]]</a></li><li><a href="/a/2.html">[[B|多地出台防返贫监测新举措]]</a></li></ul></div>
<div class="footer">
<p><img src="/img/qrcode.jpg" alt="二维码">[[B|扫一扫关注官方微信]]</p>
<p>[[B|版权所有：中国乡村振兴网 未经许可不得转载]]</p>
<p>[[B|京ICP备18052173号-2]]　[[B|京公网安备 11010202008841号]]</p>
<p>[[B|联系电话：010-63589012]]　[[B|邮箱：xczx@countryside.cn]]</p>
</div>
</body>
</html>
""",
    },
    {
        "name": "202_zh_gb18030_style_hidden.html",
        "lang": "zh",
        "charset": "gb18030",
        "kind": "HTML in GB18030: journal page with spam spans hidden by a class in a <style> rule, font-size:0 and aria-hidden, glued inside sentences",
        "families": ["gambling", "porn"],
        "metadata": {"title": "数字技术赋能乡村治理的逻辑与路径", "published": "2022-09-05", "authors": ["赵宇", "何芳"]},
        "body": """
<html>
<head>
<meta charset="gb18030">
<title>数字技术赋能乡村治理的逻辑与路径</title>
<style>
.nr9x { display: none; }
body { font-family: SimSun; }
</style>
</head>
<body>
<div id="header">[[B|当前位置：首页 > 学术期刊 > 2022年第5期]]</div>
<div id="content">
<h1>数字技术赋能乡村治理的逻辑与路径</h1>
<p class="author">赵宇　何芳</p>
<p class="date">2022-09-05</p>
<p class="abstract">[[K|摘要：数字技术正在重塑乡村治理的主体关系、运行机制和治理方式。]][[K|本文基于浙江、四川两省6个村的案例，分析数字技术赋能乡村治理的内在逻辑。]]</p>
<p>[[K|一是数字技术提升了治理的精准性。[[S:gambling:glued|九游会J9真人官网]]通过“网格+数字”平台，村干部能够实时掌握村民诉求。]]<span class="nr9x">[[S:gambling:hidden-element|金樽娱乐城app下载]]</span>[[K|二是数字技术拓展了村民参与的渠道，村民可以在线参与村务讨论和监督。]]</p>
<p>[[K|三是数字技术促进了公共服务下沉]]<span style="font-size:0">[[S:porn:hidden-element|成人影院在线观看]]</span>[[K|，医保、社保等高频事项实现“村里办”。]]</p>
<p>[[K|但也要看到，部分地区存在“重建设、轻应用”的问题]]<span aria-hidden="true">[[S:gambling:hidden-element|太阳城娱乐注册送彩金]]</span>[[K|，一些数字平台使用率不高，甚至增加了基层负担。]]</p>
<p>[[K|基金项目：国家社会科学基金一般项目“数字乡村建设中的基层治理转型研究”（22BSH071）。]]</p>
</div>
<div id="footer">[[B|Copyright © 2022 《农村经济》编辑部 版权所有]]<br>[[B|蜀ICP备05009263号]]</div>
</body>
</html>
""",
        "notes": "The first gambling brand sits inside the paragraph text itself (no hiding element): a spam span glued to genuine text.",
    },
    {
        "name": "203_zh_big5_tw_seo_page.html",
        "lang": "zh",
        "charset": "big5",
        "kind": "HTML in Big5: Traditional-script mirror with Taiwanese SEO keywords in the title, body, numbers and a link block",
        "families": ["seo-tw"],
        "metadata": {"title": "偏鄉長照服務的社區化經驗", "published": "2021-12-01"},
        "body": """
<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>[[S:seo-tw:title-prefix|網頁設計|關鍵字排名|]]偏鄉長照服務的社區化經驗</title>
</head>
<body>
<div class="menu">[[B|首頁]] | [[B|最新消息]] | [[B|服務項目]] | [[B|聯絡我們]]</div>
<h2>[[S:seo-tw:title-prefix|新北抓漏專家 ]]偏鄉長照服務的社區化經驗</h2>
<p>發佈日期：2021-12-01</p>
<p>[[K|人口老化是偏鄉地區面臨的共同挑戰。]][[K|部分鄉鎮65歲以上人口比例已超過[[S:seo-tw:mid-number|水電維修]]25%]]，[[K|照顧人力明顯不足。]]</p>
<p>[[K|近年來，地方政府推動社區照顧關懷據點]][[S:seo-tw:glued|網路行銷公司推薦]][[K|，由村里辦公處、社區發展協會與在地教會共同營運。]][[K|據點提供共餐、健康促進與電話問安等服務，每週服務長者約1,200人次。]]</p>
<p>[[K|經驗顯示，社區化長照的關鍵在於培力在地志工]]，[[K|並建立與醫療院所的轉介機制。]][[S:seo-tw:spliced-sentence|專業抓漏、防水工程，免費到府估價，保固五年。]]</p>
<div class="links">[[S:seo-tw:link-block|熱門關鍵字：台北水電行 新北抓漏 桃園網頁設計 SEO優化 關鍵字廣告]]</div>
<div class="foot">[[B|本站內容歡迎分享，轉載請註明出處]]　[[B|客服信箱：service@example.com.tw]]</div>
</body>
</html>
""",
    },
    {
        "name": "204_zh_big5_gov_macau_gaming.html",
        "lang": "zh",
        "charset": "big5",
        "kind": "HTML in Big5: legitimate Traditional-script article on Macau casino regulation, with an off-screen gambling link block",
        "families": ["gambling-governance"],
        "metadata": {"title": "澳門修訂博彩法 加強賭場監管", "published": "2022-06-22"},
        "body": """
<html>
<head>
<meta charset="big5">
<title>澳門修訂博彩法 加強賭場監管 - [[B|時事評論網]]</title>
</head>
<body>
<div class="crumb">[[B|首頁 &gt; 港澳 &gt; 正文]]</div>
<div style="position:absolute;left:-9999px;top:-9999px"><a href="https://vns-cc.com/">[[S:gambling:hidden-element|威尼斯人線上娛樂城]]</a> <a href="https://bt365.asia/">[[S:gambling:hidden-element|bet365體育投注]]</a></div>
<article>
<h1>澳門修訂博彩法 加強賭場監管</h1>
<time datetime="2022-06-22">2022年6月22日</time>
<p>[[K|澳門特區立法會細則性通過《修改第16/2001號法律〈娛樂場幸運博彩經營法律制度〉》法案。]][[K|新法將博彩經營批給數目上限定為六個，批給期限不超過十年。]]</p>
<p>[[K|新法規定，衛星娛樂場須在三年過渡期內結束營運或轉由承批公司在自有物業經營。]][[K|同時，博彩中介人不得與承批公司分享博彩收益，並加強對賭場信貸的監管。]]</p>
<p>[[K|特區政府表示，修法旨在促進博彩業健康發展，防範非法賭博和洗錢活動]]，[[K|並推動經濟適度多元發展。]][[K|2021年澳門博彩毛收入為868億澳門元，較疫情前大幅下降。]]</p>
<p>[[K|學者指出，負責任博彩和防治問題賭博應成為監管的重要內容。]]</p>
</article>
<div class="footer">[[B|時事評論網 版權所有 轉載必究]]</div>
</body>
</html>
""",
    },
    {
        "name": "205_zh_utf8_porn_title_related.html",
        "lang": "zh",
        "kind": "HTML in UTF-8: porn keyword strings joined by | and _ stuffed into <title> and the heading, related-article list, share widget and comments box",
        "families": ["porn"],
        "metadata": {"title": "农村基层党组织建设的新探索", "published": "2020-06-10", "authors": ["吴强"]},
        "body": """
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>[[S:porn:title-prefix|日本AV|国产自拍|成人色情网站|]]农村基层党组织建设的新探索[[S:porn:title-suffix|_91视频_午夜福利影院]]</title>
<meta name="keywords" content="成人,AV,福利">
</head>
<body>
<header><nav><a href="/">[[B|首页]]</a><a href="/dj/">[[B|党建]]</a><a href="/sn/">[[B|三农]]</a></nav></header>
<main>
<h1>[[S:porn:title-prefix|国产自拍,成人视频,]]农村基层党组织建设的新探索</h1>
<div class="byline">作者：吴强　2020-06-10 15:22</div>
<div class="content">
<p>[[K|农村基层党组织是党在农村全部工作和战斗力的基础。]][[K|近年来，各地通过整顿软弱涣散村党组织、选优配强村党组织书记等举措，基层党组织的组织力明显增强。]]</p>
<p>[[K|一些地方推行村党组织书记通过法定程序担任村委会主任]]，[[K|实现“一肩挑”比例超过95%。]][[K|同时，建立村干部报酬动态增长机制，稳定村干部队伍。]]</p>
<p>[[K|实践证明，抓好基层党组织建设，是推动乡村振兴的关键一招。]]</p>
</div>
<div class="share">[[B|分享到：微信 微博 QQ空间]]</div>
<div class="related"><h3>[[B|相关阅读]]</h3><ul><li><a href="/1">[[B|如何选优配强村级带头人]]</a></li><li><a href="/2">[[B|村务监督委员会的实践与思考]]</a></li></ul></div>
<div class="comments">[[B|网友评论]] [[B|请登录后发表评论]] [[B|已有0条评论]]</div>
</main>
<footer>[[B|关于我们]] | [[B|联系我们]] | [[B|广告服务]]<br>[[B|Copyright © 2020 乡村党建网 All Rights Reserved]]</footer>
</body>
</html>
""",
    },
    {
        "name": "206_zh_gbk_random_id_elements.html",
        "lang": "zh",
        "charset": "gbk",
        "kind": "HTML in GBK: empty hidden elements repeating one random id inside words, hidden-id spam text, visible gambling insertion inside a word",
        "families": ["gambling"],
        "shapes": ["empty-id-element"],
        "metadata": {"title": "易地搬迁安置社区治理的三个关键", "published": "2021-08-16"},
        "body": """
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>易地搬迁安置社区治理的三个关键</title>
<style>#tz7k2q{display:none}</style>
</head>
<body>
<div class="nav">[[B|首页 &gt; 理论 &gt; 正文]]</div>
<h1>易地搬迁安置社区治理的三个关键</h1>
<p>2021-08-16 来源：理论周刊</p>
<p>[[K|易地扶贫搬迁<b id="tz7k2q"></b>安置社区是一种新型社区]]，[[K|居民来自不同村庄，生活方式和社会关系都发生了深刻变化。]]</p>
<p>[[K|第一个关键是建强社区党组织，把党的领导贯穿社区治<b id="tz7k2q"></b>理全过程。]][[K|第二个关键是稳定就业，确保每户至少一人就业。]]<span id="tz7k2q">[[S:gambling:hidden-element|亚洲城ca88娱乐官网]]</span></p>
<p>[[K|第三个关键是促进融入。安置社区要开展邻里互助、文化活动，帮助搬迁群众尽快适应城镇生活。]][[K|某安置区组建了12支志愿服[[S:gambling:mid-word|大发快三彩票平台]]务队，常年为老人和儿童提供服务。]]</p>
<p>[[K|做好安置社区治理，才能实现“搬得出、稳得住、能致富”的目标。<b id="tz7k2q"></b>]]</p>
</body>
</html>
""",
    },
    {
        "name": "207_zh_gov_portal_anti_gambling.html",
        "lang": "zh",
        "charset": "gbk",
        "kind": "HTML in GBK: legitimate government-portal news on an anti-gambling campaign, portal chrome, visibility:hidden spam",
        "families": ["gambling-governance"],
        "metadata": {"title": "我县开展农村地区禁赌专项整治行动", "published": "2023-01-09"},
        "body": """
<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>我县开展农村地区禁赌专项整治行动_[[B|县人民政府门户网站]]</title>
<meta name="PubDate" content="2023-01-09 10:12">
</head>
<body>
<div class="header">[[B|县人民政府门户网站]]　[[B|无障碍浏览]]　[[B|长者模式]]</div>
<div class="position">[[B|您当前的位置：首页 > 政务公开 > 部门动态]]</div>
<div class="title">我县开展农村地区禁赌专项整治行动</div>
<div class="info">[[B|信息来源：县公安局]]　发布时间：2023-01-09　[[B|字号：大 中 小]]　[[B|打印本页]]</div>
<div class="text">
<p>[[K|为维护农村社会治安秩序，县公安局自即日起至3月底在全县农村地区开展禁赌专项整治行动。]]</p>
<p>[[K|整治行动重点打击聚众赌博、开设赌场以及利用网络赌博平台组织参赌等违法犯罪行为。]][[K|对群众举报的涉赌线索，公安机关将在24小时内核查处置。]]</p>
<p>[[K|各乡镇要把禁赌宣传纳入村规民约]]，[[K|通过村广播、微信群等方式提醒群众远离赌博。]]<span style="visibility:hidden">[[S:gambling:hidden-element|皇冠体育投注网址]]</span>[[K|举报电话：0835-6221110。]]</p>
<p>[[K|去年以来，全县共查处赌博案件67起，处理违法人员213人，收缴赌资46.5万元。]]</p>
</div>
<div class="ewm">[[B|扫一扫在手机打开当前页]]</div>
<div class="close">[[B|关闭窗口]]</div>
<div class="foot">[[B|主办单位：县人民政府办公室]]　[[B|网站标识码：5118230001]]<br>[[B|蜀ICP备12003456号]]　[[B|川公网安备 51182302000123号]]</div>
</body>
</html>
""",
    },
]

DOCS += [
    {
        "name": "208_zh_html_novel_filler_midword.html",
        "lang": "zh",
        "kind": "HTML in UTF-8: Chinese commentary with spliced novel sentences, a brand in guillemets inside a word and a friendship-link block",
        "families": ["filler", "gambling"],
        "metadata": {"title": "以共同富裕为导向深化东西部协作", "published": "2022-10-11", "authors": ["郑文涛"]},
        "body": """
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>以共同富裕为导向深化东西部协作</title></head>
<body>
<div class="topbar">[[B|设为首页]] [[B|加入收藏]] [[B|手机版]]</div>
<h1>以共同富裕为导向深化东西部协作</h1>
<div class="source">2022年10月11日 来源：学习时报 作者：郑文涛</div>
<div class="TRS_Editor">
<p>[[K|中[[S:gambling:mid-word|《乐鱼体育》]]国式现代化是全体人民共同富裕的现代化。]][[K|东西部协作作为促进区域协调发展的制度安排，在新征程上被赋予了新的使命。]]</p>
<p>[[K|要推动协作从单向帮扶转向双向互利]]，[[S:filler:spliced-sentence|少年握紧手中的长剑，目光中闪过一丝冷意，低声道：“今日之仇，他日必报。”]][[K|引导东部产业有序向西部梯度转移。]][[K|西部地区要主动对接东部市场，发展特色产业和劳动密集型产业。]]</p>
<p>[[K|要健全协作评价机制，把产业合作、劳务协作、消费帮扶等成效纳入考核。]][[S:filler:spliced-sentence|月光洒在宗门大殿前，师兄叹了口气，转身消失在夜色之中。]][[K|同时，要更好发挥市场机制作用，激发企业和社会组织参与协作的积极性。]]</p>
</div>
<div class="links">[[B|友情链接：]]<a href="http://www.gov.cn/">[[B|中国政府网]]</a> <a href="https://leyu-tiyu.example/">[[S:gambling:link-block|乐鱼体育app下载]]</a> <a href="https://www.example-kaiyun.cc/">[[S:gambling:link-block|开元棋牌官网]]</a></div>
</body>
</html>
""",
    },
    {
        "name": "209_zh_html_journal_togel_offscreen.html",
        "lang": "zh",
        "kind": "HTML in UTF-8: Chinese journal abstract page (authors, affiliations, keywords, funding) with an off-screen togel link list and download chrome",
        "families": ["lottery-id"],
        "metadata": {"title": "对口支援政策变迁的间断均衡分析", "published": "2019-04-25", "authors": ["马丽", "高远"]},
        "body": """
<html>
<head>
<meta charset="utf-8">
<title>对口支援政策变迁的间断均衡分析 - [[B|中国知识资源总库]]</title>
<meta name="citation_author" content="马丽">
<meta name="citation_author" content="高远">
<meta name="citation_date" content="2019-04-25">
</head>
<body>
<div class="wxTitle"><h2>对口支援政策变迁的间断均衡分析</h2>
<div class="author"><span>马丽</span><span>高远</span></div>
<div class="orgn">[[K|西南大学国家治理学院；四川大学公共管理学院]]</div></div>
<div class="wxBaseinfo">
<p>[[K|摘要：本文运用间断均衡理论，考察1979年以来对口支援政策的变迁过程。]][[K|研究发现，对口支援政策经历了长期的渐进调整和三次较大的政策间断]]，[[K|分别发生在1996年、2010年和2016年前后。]][[K|政策间断的出现与中央注意力分配、焦点事件和政策形象的变化密切相关。]]</p>
<p>[[K|关键词：对口支援；政策变迁；间断均衡；注意力分配]]</p>
<p>[[K|基金：教育部人文社会科学研究青年基金项目（18YJC810007）]]</p>
<p>[[B|下载次数：1261]]　[[B|被引次数：37]]</p>
</div>
<div style="position:absolute;left:-3000px;top:0"><a href="https://t1.example/">[[S:lottery-id:hidden-element|prediksi togel hk malam ini]]</a><br><a href="https://t2.example/">[[S:lottery-id:hidden-element|slot88 gacor terbaru]]</a><br><a href="https://t3.example/">[[S:lottery-id:hidden-element|link alternatif judi online]]</a></div>
<div class="dllink">[[B|CAJ下载]] [[B|PDF下载]] [[B|在线阅读]]</div>
</body>
</html>
""",
    },
    {
        "name": "210_zh_html_portal_brand_place.html",
        "lang": "zh",
        "kind": "HTML in GBK: government-portal article in which a gambling brand replaced the town's name throughout, with portal chrome",
        "charset": "gbk",
        "families": ["brand-as-place"],
        "metadata": {"title": "镇积分制管理激活乡村治理“一池春水”", "published": "2022-04-07"},
        "body": """
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>[[S:brand-as-place:place-replacement|新濠天地]]镇积分制管理激活乡村治理“一池春水”</title>
</head>
<body>
<div class="head">[[B|政务服务]] [[B|政民互动]] [[B|信息公开]]</div>
<h1>[[S:brand-as-place:place-replacement|新濠天地]]镇积分制管理激活乡村治理“一池春水”</h1>
<p>发布日期：2022-04-07</p>
<p>[[K|今年以来，[[S:brand-as-place:place-replacement|新濠天地]]镇在全镇14个村推行积分制管理]]，[[K|把环境卫生、移风易俗、邻里互助等事项量化为积分。]]</p>
<p>[[K|村民可以用积分在“积分超市”兑换生活用品。]][[K|[[S:brand-as-place:place-replacement|新濠天地]]镇党委负责人介绍，积分制实施以来，参与村庄公共事务的村民比例由35%提高到78%。]]</p>
<p>[[K|下一步，[[S:brand-as-place:place-replacement|新濠天地]]镇将把积分与评优评先、信贷支持挂钩，让“小积分”发挥“大作用”。]]</p>
<div class="foot">[[B|主办：镇人民政府]]　[[B|技术支持：县大数据中心]]　[[B|浙ICP备13021745号]]</div>
</body>
</html>
""",
    },
    {
        "name": "211_zh_html_escort_porn_hidden.html",
        "lang": "zh",
        "kind": "HTML in UTF-8: Chinese article with escort keywords glued in the text, porn keywords in a hidden-class block and a comment box",
        "families": ["escort", "porn"],
        "metadata": {"title": "“村BA”火爆背后的乡村文化振兴", "published": "2023-08-02"},
        "body": """
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>“村BA”火爆背后的乡村文化振兴</title>
<style>.hidden-kw{display:none !important}</style>
</head>
<body>
<h1>“村BA”火爆背后的乡村文化振兴</h1>
<div class="pubtime">2023-08-02 16:45</div>
<p>[[K|今年夏天，一场场乡村篮球赛在黔东南的村寨里举行，吸引了数以万计的观众。]][[K|被网友称为“村BA”的赛事，[[S:escort:glued|广州外围模特]]没有明星球员，却让人热血沸腾。]]</p>
<p>[[K|“村BA”的火爆，源于群众自发组织、自愿参与。]][[K|比赛的奖品往往是一头牛、一只羊或几袋大米]][[S:escort:glued|Thailand Sugar Daddy]]，[[K|朴素而充满乡土气息。]]</p>
<div class="hidden-kw">[[S:porn:hidden-element|欧美色情_国产偷拍_成人网站免费看]]</div>
<p>[[K|乡村文化振兴，关键是让农民成为文化建设的主体。]][[K|地方政府要做好服务保障，避免过度商业化，让乡村文化活动保持本色。]]</p>
<div class="comment">[[B|发表评论]] [[B|文明上网理性发言]]</div>
</body>
</html>
""",
    },
]
