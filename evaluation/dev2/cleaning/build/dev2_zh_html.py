"""Second development set: Chinese HTML pages (UTF-8, GBK, GB18030, Big5), several with full site chrome.

Invented topics, places and spam surface forms, none taken from evaluation/dev or the seed.
"""

DOCS = [
    {
        "name": "zh2_xiaoxing_shuiku_gbk.html",
        "lang": "zh",
        "charset": "gbk",
        "kind": "HTML page in GBK with full site chrome (nav, breadcrumbs, sidebar ranking, share bar, QR caption, footer with ICP and 公安备案): small-reservoir safety article with a gambling brand hidden by display:none, an escort string hidden by visibility:hidden and a gambling link block in the sidebar",
        "metadata": {"title": "柘溪县小型水库除险加固全面完工", "published": "2023-04-26", "authors": ["聂远征"], "source": "嵩湖市水利局", "editor": "龚雨桐"},
        "body": r"""
<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>柘溪县小型水库除险加固全面完工_嵩湖市水利局</title></head>
<body>
<div class="top-nav"><a href="/">[[B|网站首页]]</a> <a href="/zwgk/">[[B|政务公开]]</a> <a href="/bsfw/">[[B|办事服务]]</a> <a href="/hdjl/">[[B|互动交流]]</a> <a href="/slyw/">[[B|水利要闻]]</a></div>
<div class="crumb">[[B|您现在的位置：首页 &gt; 水利要闻 &gt; 区县动态]]</div>
<div class="main">
<h1>柘溪县小型水库除险加固全面完工</h1>
<div class="info">来源：嵩湖市水利局　作者：聂远征　发布时间：2023-04-26　[[B|浏览次数：1382]]　[[B|字号：大 中 小]]</div>
<div class="content">
<p>[[K|4月25日，随着石门冲水库溢洪道改造工程通过验收]]，[[K|柘溪县2021年以来实施的37座小型病险水库除险加固项目全部完工]]，[[K|累计完成投资1.94亿元]]。</p>
<p>[[K|柘溪县共有小型水库126座]]，[[K|大多建于上世纪六七十年代]]，[[K|坝体渗漏、溢洪道过流能力不足、放水设施老化等问题较为突出]]。<span style="display:none">[[S:gambling:hidden-element|皇朝金殿娱乐城官网入口]]</span>[[K|2021年，县水利局对全县小型水库开展安全鉴定]]，[[K|鉴定为三类坝的37座水库纳入除险加固计划]]。</p>
<p>[[K|为保证工程质量，县里实行“县级统一招标、乡镇属地监管、专家驻场指导”的建设管理模式]]，[[K|邀请省水利水电勘测设计院的技术人员全程参与]]。<font style="visibility:hidden">[[S:escort:hidden-element|三亚外围女包夜服务]]</font>[[K|每座水库完工后都要经过蓄水检验]]。</p>
<p>[[K|除险加固只是第一步]]。[[K|柘溪县同步落实小型水库“三个责任人”]]，[[K|即政府行政责任人、技术责任人和巡查责任人]]，[[K|并聘用专职管护人员142名]]，[[K|管护经费纳入县级财政预算]]。</p>
<p>[[K|县水利局负责人表示，今年汛期前将完成全部水库雨水情测报和安全监测设施建设]]，[[K|实现对126座小型水库的在线监测]]。</p>
</div>
<div class="share">[[B|分享到：]]<a>[[B|微信]]</a> <a>[[B|微博]]</a> <a>[[B|QQ空间]]</a>　<a href="javascript:window.print()">[[B|【打印本页】]]</a> <a href="javascript:window.close()">[[B|【关闭窗口】]]</a></div>
</div>
<div class="side">
<h3>[[B|热点排行]]</h3>
<ul><li>[[B|全市春季农田水利建设现场推进会召开]]</li><li>[[B|2023年度河湖长制工作要点印发]]</li><li>[[B|我局开展安全生产大检查]]</li></ul>
<div class="friend">[[S:gambling:link-block|<a href="http://hc-jindian.example/">皇朝金殿官方网站</a> <a href="http://apexbet.example/">ApexBet体育投注</a> <a href="http://dfcf.example/">大发彩坊注册送88元</a>]]</div>
<div class="qr"><img src="/images/qrcode_slj.jpg" alt="二维码"><p>[[B|扫一扫在手机打开当前页]]</p></div>
</div>
<div class="footer">
<p>[[B|主办：嵩湖市水利局]]　[[B|地址：嵩湖市滨江路88号]]　[[B|联系电话：0736-2218874]]</p>
<p>[[B|湘ICP备11007364号]]　<img src="/images/gaba.png">[[B|湘公网安备 43070202000156号]]　[[B|网站标识码4307000021]]</p>
</div>
</body></html>
""",
    },
    {
        "name": "zh2_laojiu_xiaoqu_gb18030.html",
        "lang": "zh",
        "charset": "gb18030",
        "kind": "HTML page in GB18030: urban-renewal article (old residential compounds) with porn keywords after the title, spam hidden by font-size:0 and by off-screen positioning, and emoji inside words",
        "metadata": {"title": "鹿溪市老旧小区改造的“绣花功夫”", "published": "2022-08-17", "authors": ["梅若川"]},
        "body": r"""
<html><head><meta charset="gb18030"><title>鹿溪市老旧小区改造的“绣花功夫”[[S:porn:title-suffix|,午夜福利影院,在线观看免费视频,黄色网站]]</title></head>
<body>
<h1>鹿溪市老旧小区改造的“绣花功夫”</h1>
<p class="byline">梅若川　2022年8月17日</p>
<p>[[K|今年，鹿溪市计划改造2000年以前建成的老旧小区143个]]，[[K|涉及居民3.1万户]]。[[K|与以往“刷墙补路”不同]]，[[K|这一轮改造坚持“一小区一方案”]]，[[K|改什么、怎么改由居民投票决定]]。</p>
<p>[[K|在建于1992年的纺机宿舍小区]]，[[K|居民最迫切的需求是加装电[[S:symbols:symbol-in-word|🎲]]梯和增加停车位]]。<span style="font-size:0px">[[S:gambling:hidden-element|TigerPalm88真人视讯官网]]</span>[[K|社区先后召开11次居民议事会]]，[[K|最终确定加装电梯6部]]、[[K|利用边角地新增停车位54个]]。</p>
<p>[[K|加装电梯的费用怎么分摊]]，[[K|曾是最难谈拢的事]]。[[K|最后按照楼层高低确定出资比例]]，[[K|一楼住户不出资]]，[[K|政府每部电梯补贴20万元]]。<div style="position:absolute;left:-8000px;top:-8000px">[[S:escort:hidden-element|Dubai Escorts VIP booking]]</div>[[K|住在六楼的退休教师王伯说]]，[[K|“盼了十几年，终于不用爬楼了。”]]</p>
<p>[[K|改造还补上了社区服务的短板]]。[[K|小区闲置的锅炉房被改造成了社区食[[S:symbols:symbol-in-word|🔥]]堂和老年活动室]]，[[K|每天为120多位老人提供午餐]]。</p>
<p>[[K|鹿溪市住建局有关负责人表示]]，[[K|老旧小区改造既要“面子”更要“里子”]]，[[K|今年将优先改造水电气管网等地下设施]]，[[K|并同步建立小区长效管理机制]]。</p>
</body></html>
""",
    },
    {
        "name": "zh2_yiwang_tongban.html",
        "lang": "zh",
        "kind": "HTML page (UTF-8) with chrome and a comment box: digital-government article with spam hidden by a class and an id hidden in a <style> rule and by aria-hidden, and a spam comment",
        "metadata": {"title": "“一网通办”让企业开办跑出加速度", "published": "2023-06-02", "authors": ["覃嘉树", "温可欣"], "source": "沅津市政务服务数据管理局"},
        "body": r"""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>“一网通办”让企业开办跑出加速度</title>
<style>.gx3p{display:none} #wq8t{position:absolute;top:-6000px}</style></head>
<body>
<header><nav><a href="/">[[B|政务服务网首页]]</a> | <a>[[B|个人办事]]</a> | <a>[[B|法人办事]]</a> | <a>[[B|好差评]]</a></nav></header>
<article>
<h1>“一网通办”让企业开办跑出加速度</h1>
<p class="meta">来源：沅津市政务服务数据管理局　作者：覃嘉树　温可欣　2023-06-02</p>
<p>[[K|“以前开一家公司，营业执照、刻章、税务登记要跑好几个窗口]]，[[K|现在手机上填一次表就全办好了。”]][[K|刚在沅津市开办了一家设计公司的小周说]]，[[K|从提交申请到拿到电子营业执照，只用了不到一个工作日]]。</p>
<p>[[K|2022年以来，沅津市推进政务服务“一网通办”]]，[[K|把企业开办涉及的6个环节整合为“一表申请、一窗发放”]]。<div class="gx3p">[[S:gambling:hidden-element|永盛国际娱乐app下载]]</div><div class="gx3p">[[S:gambling:hidden-element|永盛国际真人荷官在线发牌]]</div>[[K|全市企业开办平均用时由3.5天压缩到0.8天]]。</p>
<p>[[K|数据共享是“一网通办”的底座]]。[[K|市政务服务数据管理局牵头建成全市统一的数据共享交换平台]]，[[K|已接入43个部门的1270类数据]]。<span id="wq8t">[[S:lottery-id:hidden-element|situs toto macau resmi]]</span>[[K|群众办事时可以调取的电子证照达到98类]]，[[K|不必再重复提交纸质材料]]。</p>
<p>[[K|为照顾老年人等群体]]，[[K|各级政务服务中心保留了线下窗口]]，<span aria-hidden="true">[[S:escort:hidden-element|重庆外围上门一条龙]]</span>[[K|并设置“办不成事”反映窗口]]，[[K|专门解决群众在网上办事时遇到的难题]]。</p>
<p>[[K|下一步，沅津市将推动更多事项“跨省通办”]]，[[K|并探索依托人工智能提供“智能预填”“智能审批”服务]]。</p>
</article>
<section class="comments">
<h3>[[B|网友评论（已有3条评论）]]</h3>
<div class="c">[[B|沅津网友 2023-06-02 10:14]]　[[B|点赞，上个月刚办过，确实快。]]</div>
<div class="c">[[B|游客 2023-06-03 01:37]]　[[S:gambling:spliced-sentence|推荐一个稳赚的平台：永盛国际，注册就送彩金，日入上千不是梦。]]</div>
<div class="c">[[B|梅塘网友 2023-06-03 09:02]]　[[B|希望社保转移也能全程网办。]]</div>
<p>[[B|发表评论]]　[[B|文明上网理性发言，请遵守新闻评论服务协议]]</p>
</section>
<footer>[[B|沅津市人民政府办公室主办]]　[[B|赣ICP备09002641号]]　[[B|赣公网安备36110202000217号]]　[[B|建议使用1920×1080分辨率浏览本站]]</footer>
</body></html>
""",
    },
    {
        "name": "zh2_duanka_zijinlian.html",
        "lang": "zh",
        "families": ["gambling-governance"],
        "kind": "HTML page (UTF-8): article on cutting the money chains of online gambling (legitimate 赌博 / 跑分 / 赌资 / 博彩 words) with a gambling brand as title suffix, a hidden brand (display:none), literal empty-id tags left in the visible text, and a brand glued to a genuine word",
        "metadata": {"title": "斩断网络赌博资金链", "published": "2022-10-11", "authors": ["柯伟杰"]},
        "body": r"""
<html><head><meta charset="utf-8"><title>斩断网络赌博资金链[[S:gambling:title-suffix| - 鼎盛博汇娱乐]]</title></head>
<body>
<h1>斩断网络赌博资金链</h1>
<p>柯伟杰　2022年10月11日</p>
<p>[[K|资金是[[K|网络赌博]]的“生命线”]]。[[K|境外[[K|赌博]]平台要在境内招揽参赌人员]]，[[K|必须依赖大量银行卡、支付账户和“跑分”团伙完成[[K|赌资]]的收付和转移]]。[[S:markup:empty-id-element|&lt;i id="m3rk0p"&gt;&lt;/i&gt;]][[K|公安机关把打击资金链作为治理跨境[[K|赌博]]的重点]]。</p>
<p>[[K|所谓“跑分”，就是不法分子招募他人提供收款码]]，[[K|帮助[[K|赌博]]平台接收[[K|赌资]]]]，[[K|并按流水抽取佣金]]。<span style="display:none">[[S:gambling:hidden-element|鼎盛博汇体育在线投注]]</span>[[K|参与者往往以为只是“兼职赚钱”]]，[[K|实际上已经涉嫌帮助信息网络犯罪活动罪]]，[[S:markup:empty-id-element|&lt;i id="m3rk0p"&gt;&lt;/i&gt;]][[K|甚至构成开设赌场罪的共犯]]。</p>
<p>[[K|金融机构是防线的关键一环]]。[[K|今年以来，多家银行建立了涉赌涉诈账户风险监测模型]]，[[K|对短时间内频繁收付、夜间交易集中的账户进行预警]][[S:gambling:glued|鼎盛博汇]]，[[K|并采取限制非柜面交易等措施]]。</p>
<p>[[K|专家提醒，所谓“[[K|博彩]]攻略”“包赢计划”都是骗局]]，[[K|群众切勿出租、出借自己的银行卡和支付账户]]，[[S:markup:empty-id-element|&lt;i id="m3rk0p"&gt;&lt;/i&gt;]][[K|发现[[K|赌博]]线索可以向公安机关举报]]。</p>
</body></html>
""",
    },
    {
        "name": "zh2_kuajing_dubo_big5.html",
        "lang": "zh",
        "charset": "big5",
        "families": ["gambling-governance"],
        "kind": "HTML page in Big5 (Traditional mirror): anti cross-border gambling campaign article (legitimate 賭博 / 賭場 / 博彩 words) with a Taiwanese SEO keyword title suffix, a Traditional gambling brand hidden by visibility:hidden, an SEO keyword inside a number and a spliced SEO sentence",
        "metadata": {"title": "邊境地區嚴打跨境賭博招賭引流", "published": "2023-08-15", "authors": ["龍逸飛"]},
        "body": r"""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"><title>邊境地區嚴打跨境賭博招賭引流[[S:seo-tw:title-suffix|－台中網站架設推薦]]</title></head>
<body>
<h1>邊境地區嚴打跨境賭博招賭引流</h1>
<p>文／龍逸飛　2023年8月15日</p>
<p>[[K|今年以來，邊境某州公安機關聯合海關、移民管理等部門]]，[[K|開展打擊跨境[[K|賭博]]招賭引流專項行動]]，[[K|共破獲相關案件41起]]，[[K|勸返滯留境外人員326名]]。</p>
<p>[[K|辦案人員介紹，境外[[K|賭場]]常以高薪招聘為名]]，[[K|誘騙年輕人偷越國境從事“客服”“推廣”工作]]，<span style="visibility:hidden">[[S:gambling:hidden-element|鼎盛博匯娛樂城]]</span>[[K|到了境外才發現是替[[K|賭博]]網站拉人]]，[[K|證件被扣、人身自由受到限制]]。</p>
<p>[[K|專項行動中，警方摧毀招賭引流團夥12個]]，[[K|查扣涉案資金4.[[S:seo-tw:mid-number|板橋汽車美容]]2億元]]。[[S:seo-tw:spliced-sentence|專業關鍵字廣告投放，讓您的生意排名第一頁。]][[K|對於受騙出境的群眾]]，[[K|有關部門堅持教育挽救為主]]。</p>
<p>[[K|當地還在邊境村寨開展反賭宣傳]]，[[K|通過雙語廣播、村民大會等方式]]，[[K|講清參與[[K|博彩]]和偷越國境的法律後果]]。[[K|專家表示，治理跨境[[K|賭博]]需要加強國際執法合作]]，[[K|從源頭上壓縮[[K|賭場]]的生存空間]]。</p>
</body></html>
""",
    },
    {
        "name": "zh2_geren_yanglaojin_big5.html",
        "lang": "zh",
        "charset": "big5",
        "kind": "HTML page in Big5 (Traditional mirror): private-pension reform article with Taiwanese SEO keywords glued to a sentence end and inside a word, a Traditional novel sentence spliced into a paragraph, and a brand title prefix",
        "metadata": {"title": "個人養老金制度落地一週年", "published": "2023-11-27", "authors": ["祁書瑤"], "editor": "駱子明"},
        "body": r"""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"><title>[[S:seo-tw:title-prefix|網路行銷顧問｜]]個人養老金制度落地一週年</title></head>
<body>
<div class="nav">[[B|回首頁]] ｜ [[B|財經新聞]] ｜ [[B|理財專欄]]</div>
<h1>個人養老金制度落地一週年</h1>
<p>記者 祁書瑤　2023年11月27日</p>
<p>[[K|個人養老金制度在36個先行城市實施已滿一年]]。[[K|參加人每年繳費上限為12000元]]，[[K|可以購買符合規定的儲蓄存款、理財產品、商業養老保險和公募基金]]，[[K|繳費環節享受個人所得稅稅前扣除]]。[[S:seo-tw:glued|台北水管疏通到府服務]]</p>
<p>[[K|據統計，先行城市開立個人養老金帳戶的人數已超過4000萬]]，[[K|但實際繳費的比例不高]]。[[K|一些年輕人表示，收入不穩定]]，[[K|不願意把錢鎖定到退休]]；[[S:filler:spliced-sentence|老人撐著油紙傘走過石橋，回頭望了一眼那座早已荒廢的戲樓。]][[K|也有人覺得可選產品太多]]，[[K|不知道如何選擇]]。</p>
<p>[[K|專家認為，個人養老金是多層次養老保險體系的“第三支柱”]]，[[K|與基本養老保險和企業年金相互補充]]。[[K|要提高制度吸引力]]，[[K|可以考慮提高稅收優惠力度]]，[[K|並在特定情況下允許提前支[[S:seo-tw:mid-word|冷氣保養清洗]]取]]。</p>
<p>[[K|人社部門表示，將適時把個人養老金制度推廣到全國]]，[[K|同時豐富產品供給]]，[[K|加強投資者教育]]。</p>
<div class="foot">[[B|本網站內容未經授權不得轉載]]　[[B|客服信箱：service@caijing-tw.example]]</div>
</body></html>
""",
    },
    {
        "name": "zh2_jifenzhi_xiangcun_zhili.html",
        "lang": "zh",
        "clean": True,
        "kind": "HTML page (UTF-8), clean: village-governance points-system article with ordinary site chrome (nav, breadcrumbs, related list, footer) and no spam",
        "metadata": {"title": "积分制激活乡村治理“一池春水”", "published": "2022-03-24", "authors": ["黎少白"], "source": "梅塘县融媒体中心", "editor": "韩悦"},
        "body": r"""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>积分制激活乡村治理“一池春水”-梅塘县人民政府</title></head>
<body>
<div class="nav"><a>[[B|政府信息公开]]</a> <a>[[B|政务服务]]</a> <a>[[B|政民互动]]</a> <a>[[B|魅力梅塘]]</a></div>
<div class="loc">[[B|当前位置：首页 > 新闻中心 > 乡镇动态]]</div>
<h1>积分制激活乡村治理“一池春水”</h1>
<div class="src">来源：梅塘县融媒体中心　作者：黎少白　时间：2022-03-24</div>
<p>[[K|走进梅塘县双溪村]]，[[K|村委会门口的“积分超市”里摆满了洗衣粉、食用油和毛巾]]。[[K|村民拿着积分卡就能兑换]]，[[K|积分来自参加志愿服务、垃圾分类、邻里互助等日常表现]]。</p>
<p>[[K|2021年，梅塘县在全县86个行政村推行乡村治理积分制]]。[[K|各村结合实际制定积分细则]]，[[K|经村民代表大会表决后公示]]，[[K|由村务监督委员会负责审核积分]]。</p>
<p>[[K|双溪村党支部书记介绍，推行积分制以后]]，[[K|参加村里义务劳动的村民从过去的十几人增加到一百多人]]，[[K|乱堆乱放、占道晾晒的现象明显减少]]。</p>
<p>[[K|县委组织部有关负责人表示，积分制把乡村治理的软要求变成了硬指标]]，[[K|下一步将推动积分结果与评先评优、信用贷款挂钩]]。</p>
<div class="xgyd"><h4>[[B|相关阅读]]</h4><ul><li>[[B|我县召开2022年农村人居环境整治推进会]]</li><li>[[B|双溪村获评省级文明村]]</li></ul></div>
<div class="footer">[[B|梅塘县人民政府办公室 版权所有]]　[[B|湘ICP备05003318号]]　[[B|湘公网安备43112502000109号]]</div>
</body></html>
""",
    },
    {
        "name": "zh2_laonian_zhucan.html",
        "lang": "zh",
        "kind": "HTML page (UTF-8): community meal-assistance article for the elderly with Indonesian lottery link lists above and below the article, an English escort string glued to a Chinese word, a Chinese escort string hidden by aria-hidden and a plain-word brand mid-sentence",
        "metadata": {"title": "社区长者食堂：一碗热饭里的民生温度", "published": "2023-09-19", "authors": ["甘露", "严子墨"]},
        "body": r"""
<html><head><meta charset="utf-8"><title>社区长者食堂：一碗热饭里的民生温度</title></head>
<body>
<div class="gacor">[[S:lottery-id:link-block|<a href="#">link gacor terbaru 2023</a> | <a href="#">situs judi bola resmi</a> | <a href="#">bandar togel hongkong</a>]]</div>
<h1>社区长者食堂：一碗热饭里的民生温度</h1>
<p>甘露　严子墨　2023-09-19</p>
<p>[[K|中午11点，嵩湖市青陂区枫桥社区长者食堂里已经坐满了老人]]。[[K|今天的菜单是红烧鸡块、清炒菜心和冬瓜汤]]，[[K|80岁以上老人每餐只需付8元]]。</p>
<p>[[K|2022年以来，青陂区按照“政府引导、社会参与、市场运作”的思路]]，[[K|在全区建成长者食堂46个]]、[[K|老年助餐点112个]]，[[S:escort:glued|Phuket Sugar Baby]][[K|基本实现城市社区全覆盖]]。[[K|对独居、失能老人，食堂还提供送餐上门服务]]。</p>
<p>[[K|食堂运营靠什么持续？]][[K|青陂区对长者食堂给予一次性建设补贴和按餐次计算的运营补贴]]，<span aria-hidden="true">[[S:escort:hidden-element|昆明外围伴游私人定制]]</span>[[K|同时允许食堂向社区居民开放]]，[[K|以“大食堂”养“小助餐”]]。[[K|枫桥社区长者食堂每天供餐600多份]]，[[K|其中老年人约占三分之一]]。</p>
<p>[[K|区民政局负责人说]]，[[K|助餐服务要“吃得起、吃得好、吃得放心”]]。[[K|全区长者食堂全部接入“明厨亮灶”监管平台]]，[[S:gambling:mid-sentence|ApexBet]][[K|市场监管部门每季度开展一次食品安全检查]]。</p>
<div class="gacor">[[S:lottery-id:link-block|<a href="#">toto 4d sgp</a> <a href="#">slot deposit pulsa tanpa potongan</a> <a href="#">rtp slot tertinggi hari ini</a>]]</div>
</body></html>
""",
    },
    {
        "name": "zh2_duchazhenggai_gb18030.html",
        "lang": "zh",
        "charset": "gb18030",
        "kind": "HTML page in GB18030: environmental-inspection rectification article whose county name is replaced everywhere by a gambling brand, with a brand title prefix and a brand glued after a number",
        "metadata": {"title": "中央生态环境保护督察反馈问题整改见闻", "published": "2022-12-28", "authors": ["鲍晨曦"]},
        "body": r"""
<html><head><meta charset="gb18030"><title>[[S:gambling:title-prefix|永盛国际-]]中央生态环境保护督察反馈问题整改见闻</title></head>
<body>
<h1>中央生态环境保护督察反馈问题整改见闻</h1>
<p>鲍晨曦　2022年12月28日</p>
<p>[[K|2021年第二轮中央生态环境保护督察指出]]，[[K|[[S:brand-as-place:place-replacement|永盛国际]]县部分石材加工企业粉尘污染严重]]，[[K|废水直排周边农田]]。[[K|督察反馈后，[[S:brand-as-place:place-replacement|永盛国际]]县成立由县委书记任组长的整改工作领导小组]]。</p>
<p>[[K|一年多来，[[S:brand-as-place:place-replacement|永盛国际]]县关停取缔无证石材加工点93家]]，[[K|对保留的27家企业实施入园集中管理]]，[[K|统一建设污水处理和粉尘收集设施]]。[[K|园区废水循环利用率达到95%以上]]。</p>
<p>[[K|曾经灰蒙蒙的石材街如今变了样]]。[[K|附近的村民说，过去晒的衣服一天就落满灰]]，[[K|田里的稻子也长不好]]，[[K|现在天蓝了、水清了]]。[[K|[[S:brand-as-place:place-replacement|永盛国际]]县生态环境分局数据显示]]，[[K|今年全县PM10平均浓度同比下降21.4%]][[S:gambling:glued|永盛国际官方唯一网址]]。</p>
<p>[[K|整改不是一关了之]]。[[K|县里为转产的石材工人开设了技能培训班]]，[[K|引导部分企业转向石材深加工和文创产品]]，[[K|努力实现生态效益和经济效益双赢]]。</p>
</body></html>
""",
    },
    {
        "name": "zh2_nongjia_shuwu.html",
        "lang": "zh",
        "kind": "HTML page (UTF-8) copied through a forum: rural-library (public culture) article with a chapter of a web novel spliced in (with a chapter heading), machine-generated filler, a forum watermark, jammer codes at paragraph ends and literal empty-id tags shown as text",
        "metadata": {"title": "农家书屋如何从“有人建”到“有人读”", "published": "2021-05-06", "authors": ["费明哲"]},
        "body": r"""
<html><head><meta charset="utf-8"><title>农家书屋如何从“有人建”到“有人读”</title></head>
<body>
<h1>农家书屋如何从“有人建”到“有人读”</h1>
<p>费明哲　2021年5月6日</p>
<p>[[K|农家书屋工程实施十多年来，全省已建成农家书屋2.7万个]]，[[K|基本实现行政村全覆盖]]。[[K|但在一些村里，书屋常年锁门]]，[[K|图书蒙尘，成了“摆设”]]。[[S:jammer:jammer-code|8 p, a/ U$ Y! C7 R]]</p>
<p>[[K|望川县石坪村的做法提供了一个样本]]。[[K|村里把书屋搬进了村民每天都要去的便民服务中心]]，[[K|开放时间调整到傍晚和周末]]，[[S:markup:empty-id-element|&lt;b id="vz4k1w"&gt;&lt;/b&gt;]][[K|还请返乡大学生担任管理员]]。[[S:filler:spliced-sentence|第一百二十七章 血月之夜 林凡眼中寒芒一闪，体内灵力疯狂运转，一掌拍向那名黑袍长老。]][[K|每逢周末，书屋里都是来写作业的孩子]]。</p>
<p>[[K|书屋的图书也变得更“接地气”]]。[[K|县图书馆按照村民点单配送图书]]，[[K|种养殖技术、法律常识和儿童绘本最受欢迎]]，[[S:markup:empty-id-element|&lt;b id="vz4k1w"&gt;&lt;/b&gt;]][[K|每季度轮换一次]]。[[S:filler:spliced-sentence|小编觉得这个问题确实值得每个人认真思考一下，欢迎大家在评论区留言讨论。]][[S:jammer:jammer-code|# F: O& z7 e- j]]</p>
<p>[[K|县委宣传部负责人表示，书屋建设要从“重数量”转向“重服务”]]，[[K|把农家书屋和新时代文明实践站、乡村学校少年宫结合起来]]，[[K|让书屋真正成为村民的精神家园]]。</p>
<p class="wm">[[S:jammer:watermark|本帖由 石坪老乡 发布于 望川论坛 bbs.wangchuan-home.example]]</p>
</body></html>
""",
    },
    {
        "name": "zh2_gonggong_falv_fuwu_gbk.html",
        "lang": "zh",
        "charset": "gbk",
        "clean": True,
        "kind": "HTML page in GBK, clean: public-legal-service article with breadcrumbs and footer chrome and no spam",
        "metadata": {"title": "“一村一法律顾问”打通法律服务最后一公里", "published": "2021-12-09", "authors": ["尹家骏"], "source": "岚台县司法局"},
        "body": r"""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>“一村一法律顾问”打通法律服务最后一公里</title></head>
<body>
<div class="crumb">[[B|首页 &gt;&gt; 司法行政 &gt;&gt; 工作动态]]</div>
<h1>“一村一法律顾问”打通法律服务最后一公里</h1>
<div class="info">信息来源：岚台县司法局　作者：尹家骏　发布日期：2021-12-09</div>
<p>[[K|岚台县为全县158个村（社区）全部配备了法律顾问]]，[[K|由律师、基层法律服务工作者担任]]，[[K|每月至少到村开展一次法律咨询和法治宣传]]。</p>
<p>[[K|法律顾问还参与村规民约修订、村集体经济合同审查和矛盾纠纷调解]]。[[K|今年以来，全县村（社区）法律顾问共提供法律咨询4600余次]]，[[K|审查合同310份]]，[[K|参与调解纠纷285件]]。</p>
<p>[[K|为方便群众，县司法局开通了“法律顾问热线”和微信群]]，[[K|村民足不出户就能得到专业解答]]。[[K|对经济困难的群众，法律顾问协助其申请法律援助]]。</p>
<p>[[K|县司法局有关负责人表示，将建立法律顾问履职考评制度]]，[[K|考评结果作为续聘和补贴发放的依据]]。</p>
<div class="foot">[[B|岚台县司法局 主办]]　[[B|技术支持：岚台县大数据中心]]　[[B|桂ICP备12003957号-3]]</div>
</body></html>
""",
    },
]
