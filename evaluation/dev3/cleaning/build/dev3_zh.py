"""Development set 3: Chinese documents (plain text and HTML), invented prose,
spam modelled on real hacked-page networks (real and invented brands)."""

DOCS = [
    {
        "name": "zh_hezhangzhi_luyuan.txt",
        "lang": "zh",
        "kind": "plain text: Chinese river-chief article from a hacked mirror; porn keywords after the title, real sports-betting brands glued to words and inside a word, a Taiwanese SEO keyword inside a number, page chrome",
        "metadata": {"title": "鹭原市推行“河长+”机制　让每条河都有人管", "published": "2023-06-12", "authors": ["冯启航"], "source": "鹭原日报", "editor": "汤晓雯"},
        "body": r"""
鹭原市推行“河长+”机制　让每条河都有人管[[S:porn:title-suffix|_亚洲精品一区二区|久久综合色]]
[[B|当前位置：首页 > 生态环保 > 正文]]
来源：鹭原日报　作者：冯启航　发布时间：2023-06-12 09:41　[[B|浏览次数：]]
　　[[K|全面推行河长制以来，鹭原市建立了市、县、乡、村四级河长体系]]，[[K|共设立各级河长2136名]]，[[K|实现全市大小河流、湖泊、水库全覆盖]]。[[S:gambling:glued|开云体育官网入口]][[K|今年以来，鹭原市在河长制基础上探索“河长+警长”“河长+检察长”协作机制]]，[[K|推动河湖管护从“有名”向“有实”转变]]。
　　在柘水河流域，[[K|市级河长每季度至少巡河一次]]，[[K|县级河长每月巡河一次]]，[[K|村级河[[S:gambling:mid-word|华体会体育app下载]]长和河道保洁员每周巡河不少于两次]]。[[K|巡河发现的问题通过“智慧河湖”平台派单处置]]，[[K|去年共受理各类问题1[[S:seo-tw:mid-number|板橋馬桶不通]]874件，办结率98.6%]]。
　　[[K|“过去河道里垃圾多、违建多，群众意见很大。”]]柘水县白渡镇一位村级河长说，[[K|现在每段河道都立了公示牌[[S:gambling:glued|乐鱼体育官方网站]]]]，[[K|上面有河长姓名、职责和监督电话]]，群众发现问题可以直接打电话。
　　[[K|下一步，鹭原市将把河湖长制落实情况纳入领导干部自然资源资产离任审计]]，[[K|推动河湖治理由“治标”向“治本”延伸]]。
[[B|【字体：大 中 小】【打印本页】【关闭窗口】]]
[[B|主办：鹭原日报社　闽ICP备14003827号-1]]
""",
    },
    {
        "name": "zh_jujia_yanglao_brandplace.txt",
        "lang": "zh",
        "kind": "plain text: Chinese home-based old-age care article whose county name has been replaced everywhere by a real gambling brand (九游会), with a title prefix of the same network",
        "metadata": {"title": "居家养老服务走进山区村组", "published": "2022-11-08", "authors": ["罗佩瑜", "韦成林"], "source": "宁岗市民政局"},
        "body": r"""
[[S:gambling:title-prefix|九游会J9官网-]]居家养老服务走进山区村组
来源：宁岗市民政局　作者：罗佩瑜　韦成林　2022年11月8日
　　[[K|人口老龄化是当前山区县面临的突出问题]]。[[S:brand-as-place:place-replacement|九游会]]县60岁以上老年人口占比已达27.3%，[[K|其中独居和空巢老人超过1.1万人]]。
　　[[K|为破解山区养老难题]]，[[S:brand-as-place:place-replacement|九游会]]县在全县148个行政村推行“[[K|村级互助幸福院+邻里互助员]]”模式，[[K|由村集体提供场地，县财政按每院每年2万元给予运营补贴]]。[[K|邻里互助员多为本村低龄老人和留守妇女]]，[[K|每人结对服务3至5名高龄老人]]，提供送餐、代购、陪诊等服务。
　　[[K|“以前一个人吃饭凑合，现在中午有热饭，还有人陪着说话。”]]今年82岁的村民杨大爷说。[[S:brand-as-place:place-replacement|九游会]]县民政局负责人介绍，[[K|县里还为1800多户特殊困难老人家庭完成了适老化改造]]，[[K|安装扶手、防滑地板和紧急呼叫设备]]。
　　[[K|宁岗市民政局表示，将总结推广这一做法]]，[[K|力争到2025年实现农村互助养老服务设施行政村全覆盖]]。
""",
    },
    {
        "name": "zh_gongjijin_luntan.txt",
        "lang": "zh",
        "kind": "plain text: Chinese housing-provident-fund article copied from a forum: jammer codes at line starts and ends, a forum watermark and edit note, literal empty tags repeating one random id, symbols inside words",
        "metadata": {"title": "灵活就业人员可自愿缴存住房公积金", "published": "2023-03-27", "authors": ["许嘉禾"]},
        "body": r"""
灵活就业人员可自愿缴存住房公积金
[[S:jammer:watermark|本帖最后由 榆溪老乡 于 2023-3-28 21:06 编辑]]
许嘉禾　2023-03-27
　　[[K|记者从榆溪市住房公积金管理中心获悉]]，[[K|自4月1日起，在榆溪市就业的个体工商户、自由职业者等灵活就业人员]]，[[K|可以按照自愿原则申请缴存住房公积金]]。[[S:jammer:jammer-code|( r4 Z; b8 ]5 N+ q]]
[[S:jammer:jammer-code|% w1 P' d& M9 c]]　　[[K|灵活就业人员的月缴存基数不低于上年度全市最低工资标准]]，[[K|缴存比例在5%至12%之间自主选择]]。[[K|缴存人连续足额缴存满6个月后]]，[[K|可以申请住房公[[S:symbols:symbol-in-word|★]]积金贷款]]，[[K|贷款额度与单位职工同等计算[[S:markup:empty-id-element|<b id="q7kz2w"></b>]]]]。
[[S:jammer:watermark|本文来自 榆溪生活网 bbs.yuxi-life.cn ，欢迎转载但请注明出处]]
　　[[K|中心负责人介绍，截至去年底，全市公积金缴存职工约41.6万人]]，[[K|但灵活就业人员覆盖率不到一成]]。[[K|将这部分群体纳入制度范围[[S:markup:empty-id-element|<b id="q7kz2w"></b>]]，有助于解决他们的住房困难]]。[[S:jammer:jammer-code|; h3 X* u0 L! e6]]
　　[[K|缴存人可通过“榆溪公积金”小程序在线开户]]，[[K|也可以到各管理部柜台办理]]，[[K|提取条件与单[[S:symbols:symbol-in-word|◆]]位职工基本一致]]。[[S:markup:empty-id-element|<b id="q7kz2w"></b>]]
""",
    },
    {
        "name": "zh_kuajing_dubo_zhengzhi.txt",
        "lang": "zh",
        "kind": "plain text: Chinese article on a campaign against cross-border online gambling (legitimate gambling words kept) with real betting and Macau casino brands injected as spam, one plain brand name with no keyword",
        "families": ["gambling-governance"],
        "metadata": {"title": "石栏县开展打击跨境赌博专项行动", "published": "2023-08-21", "authors": ["陶宇飞"], "source": "石栏县公安局", "editor": "郑倩"},
        "body": r"""
石栏县开展打击跨境赌博专项行动
来源：石栏县公安局　作者：陶宇飞　责任编辑：郑倩　发布时间：2023-08-21
　　[[K|今年以来，石栏县公安局以打击跨境赌博为重点]]，[[K|会同网信、金融、通信等部门开展专项行动]]，[[K|共侦破网络赌博案件37起]]，[[K|抓获犯[[S:gambling:mid-word|米乐m6官网]]罪嫌疑人214名]]，[[K|冻结涉赌资金1.3亿元]]。
　　[[K|办案民警介绍，境外赌博集团往往以“体育竞猜”“真人视讯”为幌子]]，[[K|通过社交软件拉人进群]]，[[S:gambling:glued|澳门新葡京娱乐场]][[K|先让参赌人员小额赢钱，再诱导其加大投注]]。[[K|一些参赌人员因此负债累累，甚至走上违法犯罪道路]]。
　　[[K|在专项行动中，县公安局还对为赌博平台提供支付结算的“跑分”团伙进行了集中打击]]，[[K|清理涉赌银行卡和支付账户1200余个]]。[[K|同时，县里在各乡镇开展反赌宣传进村入户活动]][[S:gambling:glued|威尼斯人线上娱乐平台]]，[[K|发放宣传资料3万余份]]。
　　[[K|县公安局提醒广大群众]]：[[K|赌博违法，网赌必输]]，[[S:gambling:mid-sentence|必威]][[K|发现涉赌线索请及时拨打110举报]]。
""",
    },
    {
        "name": "zh_liangshi_anquan_clean.txt",
        "lang": "zh",
        "kind": "plain text: clean Chinese article on grain security and high-standard farmland, with a full byline",
        "clean": True,
        "metadata": {"title": "枫渡县新建高标准农田12万亩", "published": "2023-10-16", "authors": ["包文韬"], "source": "宁岗日报", "editor": "蒋悦"},
        "body": r"""
枫渡县新建高标准农田12万亩
来源：宁岗日报　作者：包文韬　责任编辑：蒋悦　2023-10-16
　　[[K|粮食安全是“国之大者”]]。[[K|今年，枫渡县新建和改造提升高标准农田12万亩]]，[[K|配套建设机耕路186公里、灌排渠系240公里]]，[[K|项目区亩均粮食产能提高约80公斤]]。
　　[[K|在项目实施中，枫渡县坚持“先建后补、农民参与”]]，[[K|由村集体经济组织和种粮大户参与施工监督]]。[[K|建成后的农田统一交由村集体管护]]，[[K|管护经费从土地流转收益中列支]]。
　　[[K|县农业农村局负责人说，高标准农田建好后，更要用好]]。[[K|全县已培育家庭农场620家、农机合作社47家]]，[[K|主要农作物耕种收综合机械化率达到89%]]。
　　[[K|今年秋粮收获期间，枫渡县还启用了12座烘干中心]]，[[K|有效减少了连阴雨天气造成的粮食损失]]。
""",
    },
    {
        "name": "zh_nongcun_xindai_filler.txt",
        "lang": "zh",
        "kind": "plain text: Chinese rural-credit article with a Taiwanese SEO title prefix, novel sentences and machine-generated filler spliced into paragraphs, and a country-prefixed sugar-dating keyword mid-sentence",
        "metadata": {"title": "整村授信让农户贷款“一次都不用跑”", "published": "2022-05-30", "authors": ["殷若兰"]},
        "body": r"""
[[S:seo-tw:title-prefix|台北SEO公司推薦｜]]整村授信让农户贷款“一次都不用跑”
作者：殷若兰　2022年5月30日
　　[[K|针对农户贷款难、贷款贵的问题]]，[[K|宁岗农商银行在全市推行“整村授信”]]。[[S:filler:spliced-sentence|雨下了整整一夜，她坐在门槛上，等那个说好天亮就回来的人。]][[K|银行客户经理和村干部组成评议小组]]，[[K|逐户建立信用档案]]，[[K|对评定为信用户的农户给予3万至30万元不等的授信额度]]。
　　[[K|截至今年4月，全市已完成整村授信的行政村达到412个]]，[[K|累计授信金额46.8亿元]]。[[S:filler:spliced-sentence|在当今快速发展的时代，选择一款适合自己的产品显得尤为重要，本文将为您详细介绍。]][[K|农户通过手机银行即可随借随还]]，[[K|利率比普通经营贷款低0.5至1个百分点]]。
　　[[K|石湾村养殖户何师傅去年用信用贷款扩建了牛棚]]，[[S:escort:mid-sentence|台湾包养网]][[K|存栏量从30头增加到85头]]。他说：“[[K|以前贷款要找担保人，现在凭信用就能贷]]。”
　　[[K|业内人士认为，整村授信的关键在于信用信息的真实可靠]]，[[S:filler:spliced-sentence|老船工把缆绳解开，船慢慢离了岸，河面上起了薄雾。]][[K|下一步应推动涉农信用信息在部门间共享]]。
""",
    },
    {
        "name": "zh_ticai_guanli_clean.txt",
        "lang": "zh",
        "kind": "plain text: clean Chinese article on lottery regulation (sports lottery outlets, minors, illegal online sales) using 彩票 and 赌博 legitimately",
        "families": ["gambling-governance"],
        "clean": True,
        "metadata": {"title": "规范彩票销售行为　严禁向未成年人售彩", "published": "2023-04-11", "authors": ["秦墨"], "source": "鹭原市财政局"},
        "body": r"""
规范彩票销售行为　严禁向未成年人售彩
来源：鹭原市财政局　作者：秦墨　2023-04-11
　　[[K|近日，鹭原市财政局会同市体育局、民政局对全市彩票销售场所开展专项检查]]，[[K|共检查体育彩票和福利彩票实体店863家]]，[[K|责令整改41家]]。
　　[[K|检查重点包括是否向未成年人销售彩票]]、[[K|是否违规提供信用投注]]、[[K|是否借彩票名义从事赌博活动]]等。[[K|对3家多次违规的销售网点]]，[[K|有关部门已依法终止代销协议]]。
　　[[K|市财政局提醒，未经批准通过互联网销售彩票属于违法行为]]，[[K|购彩者应到合法实体网点购买]]，[[K|理性购彩，量力而行]]。
　　[[K|据统计，去年全市彩票公益金筹集额达4.2亿元]]，[[K|主要用于养老服务、残疾人康复和全民健身设施建设]]。
""",
    },
    {
        "name": "zh_xianyiyuan_gaige_gbk.html",
        "lang": "zh",
        "charset": "gbk",
        "kind": "HTML page in GBK: county hospital reform article on a government site with full chrome (nav, breadcrumbs, sidebar, share bar, QR caption, footer with ICP and 公安备案 numbers); gambling text hidden by display:none, an Indonesian togel list moved off-screen, porn keywords after the title",
        "metadata": {"title": "县域医共体建设让群众看病少跑路", "published": "2023-02-14", "authors": ["黎晨光"], "source": "柘水县卫生健康局", "editor": "孟可欣"},
        "body": r"""
<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>县域医共体建设让群众看病少跑路[[S:porn:title-suffix|_偷拍自拍_人妻中文字幕]]</title></head>
<body>
<div class="top">[[B|柘水县人民政府门户网站]]　<a href="#">[[B|无障碍浏览]]</a>　<a href="#">[[B|长者模式]]</a></div>
<ul class="nav"><li>[[B|政务公开]]</li><li>[[B|政务服务]]</li><li>[[B|互动交流]]</li><li>[[B|走进柘水]]</li></ul>
<div class="crumb">[[B|您当前的位置：首页 &gt; 政务公开 &gt; 部门动态]]</div>
<h1>县域医共体建设让群众看病少跑路</h1>
<div class="info">发布时间：2023-02-14 16:20　来源：柘水县卫生健康局　作者：黎晨光　[[B|字号：大 中 小]]</div>
<div class="content">
<p>　　[[K|2021年以来，柘水县以县人民医院为龙头]]，[[K|整合县中医院、14家乡镇卫生院和186个村卫生室]]，[[K|组建紧密型县域医疗共同体]]。<span style="display:none">[[S:gambling:hidden-element|半岛体育平台官网登录入口]]</span>[[K|医共体内实行人员统一调配、财务统一管理、药品统一采购]]。</p>
<p>　　[[K|县人民医院向乡镇卫生院派驻了32名骨干医师]]，[[K|开设慢病、康复、儿科等联合门诊]]。[[K|通过远程心电、远程影像系统]]，[[K|乡镇卫生院拍的片子由县医院专家出具诊断报告]]，[[K|群众在家门口就能享受县级医疗服务]]。</p>
<div style="position:absolute;left:-9999px;top:-9999px">[[S:lottery-id:hidden-element|<a href="#">togel sidney hari ini</a> <a href="#">data sgp lengkap</a> <a href="#">slot deposit dana 5000</a> <a href="#">situs slot thailand asli</a>]]</div>
<p>　　[[K|2022年，柘水县县域内就诊率达到91.2%]]，[[K|较改革前提高了9个百分点]]；[[K|乡镇卫生院门诊量同比增长17%]]。[[K|县卫健局负责人表示，下一步将推动医保基金按医共体总额付费]]，[[K|引导医共体从“以治病为中心”向“以健康为中心”转变]]。</p>
</div>
<div class="share">[[B|分享到：微信 微博 QQ空间]]</div>
<div class="qr"><img src="/images/qrcode.jpg" alt="">[[B|扫一扫在手机打开当前页]]</div>
<div class="side"><h3>[[B|相关阅读]]</h3><ul><li>[[B|我县召开2023年卫生健康工作会议]]</li><li>[[B|柘水县开展家庭医生签约服务宣传周活动]]</li></ul></div>
<div class="foot">[[B|主办单位：柘水县人民政府办公室]]　[[B|联系电话：0593-6621035]]<br>[[B|闽ICP备05002317号]]　[[B|闽公网安备 35092602000118号]]　[[B|网站标识码：3509260011]]</div>
</body></html>
""",
    },
    {
        "name": "zh_shuzi_zhengfu_gb18030.html",
        "lang": "zh",
        "charset": "gb18030",
        "kind": "HTML page in GB18030: digital-government article with a sugar-dating keyword hidden by visibility:hidden, an SEO keyword in font-size:0, gambling text in an element whose class a <style> rule hides, a gambling link block in a friendly-links bar, a comments section",
        "metadata": {"title": "“一网通办”让企业开办最快半天完成", "published": "2023-09-05", "authors": ["谢鸣远", "周曼"], "source": "宁岗市政务服务数据管理局"},
        "body": r"""
<html><head><meta charset="gb18030"><title>“一网通办”让企业开办最快半天完成_宁岗市人民政府</title>
<style>.gg-bar{display:none}</style></head>
<body>
<div class="header">[[B|宁岗市人民政府门户网站]]　[[B|设为首页]]　[[B|加入收藏]]</div>
<div class="crumb">[[B|首页 &gt; 新闻中心 &gt; 政务要闻]]</div>
<h1>“一网通办”让企业开办最快半天完成</h1>
<p class="byline">来源：宁岗市政务服务数据管理局　作者：谢鸣远　周曼　发布日期：2023-09-05</p>
<p>　　[[K|今年以来，宁岗市深入推进数字政府建设]]，[[K|依托一体化政务服务平台]]，[[K|将企业开办涉及的营业执照、公章刻制、税务登记、社保登记等事项整合为“一件事”办理]]。<span style="visibility:hidden">[[S:escort:hidden-element|新加坡包养网 甜心约会]]</span>[[K|申请人只需登录一次、提交一套材料]]，[[K|最快半个工作日即可领取全部证照]]。</p>
<p>　　[[K|目前，全市已有1463项政务服务事项实现“全程网办”]]，<span style="font-size:0">[[S:seo-tw:hidden-element|社群行銷代操 臉書廣告投放]]</span>[[K|“跨省通办”事项拓展到186项]]。[[K|市民通过“宁岗通”移动端可以查询社保、公积金、不动产登记等信息]]。</p>
<div class="gg-bar">[[S:gambling:hidden-element|爱游戏体育app下载 官方正版]]</div>
<p>　　[[K|市政务服务数据管理局负责人表示]]，[[K|将加快打通部门之间的数据壁垒]]，[[K|推动更多事项“免证办”“就近办”]]，[[K|同时加强政务数据安全管理]]。</p>
<div class="comment"><h4>[[B|网友评论]]</h4><p>[[B|已有0条评论，我也来说两句]]</p></div>
<div class="links">[[B|友情链接：]][[S:gambling:link-block|<a href="#">开云体育app</a> <a href="#">华体会hth官网</a> <a href="#">188金宝博亚洲体育</a> <a href="#">威廉希尔中文网站</a>]]</div>
<div class="foot">[[B|版权所有：宁岗市人民政府　苏ICP备12047756号]]</div>
</body></html>
""",
    },
    {
        "name": "zh_aomen_boyi_jianguan_big5.html",
        "lang": "zh",
        "charset": "big5",
        "kind": "HTML page in Big5 (Traditional script): article on Macau's gaming regulation (legitimate 博彩/賭場 words kept) with Taiwanese SEO keywords in the title and glued to a sentence, a casino brand hidden by aria-hidden, and an online casino keyword glued mid-sentence",
        "families": ["gambling-governance"],
        "metadata": {"title": "澳門加強衛星賭場監管　博彩業步入規範發展", "published": "2023-01-09", "authors": ["何慧珊"], "source": "濠江評論"},
        "body": r"""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>澳門加強衛星賭場監管　博彩業步入規範發展[[S:seo-tw:title-suffix|-三重水電行|新莊清水溝]]</title></head>
<body>
<div class="menu">[[B|首頁]] | [[B|時事評論]] | [[B|港澳動態]] | [[B|聯絡我們]]</div>
<h1>澳門加強衛星賭場監管　博彩業步入規範發展</h1>
<p>濠江評論　記者 何慧珊　2023年1月9日</p>
<p>　　[[K|隨著新修訂的博彩法正式生效]]，[[K|澳門特區政府對衛星賭場實施過渡安排]]，[[K|要求相關場所在三年內改為由承批公司直接經營或結業]]。<span aria-hidden="true">[[S:gambling:hidden-element|新葡京線上娛樂城]]</span>[[K|業界估計，受影響的衛星賭場約有十餘家]]。</p>
<p>　　[[K|博彩監察協調局表示]]，[[K|將加強對中介人及博彩推廣活動的監管]]，[[S:seo-tw:glued|內湖網站架設推薦]][[K|嚴禁以任何形式向內地居民推廣跨境賭博]]。[[K|同時，政府要求承批公司每年提交非博彩項目投資計劃]]，[[K|推動經濟適度多元發展]]。</p>
<p>　　[[K|有學者指出，規範衛星賭場有助於降低洗錢風險]]，[[K|但也要妥善處理從業員的就業安置問題]]。[[K|勞工事務局已為受影響僱員開設轉職培訓課程]]，[[S:gambling:mid-sentence|真人百家樂線上投注]][[K|首批學員約有四百人]]。</p>
<div class="foot">[[B|本網站內容未經授權不得轉載]]　[[B|聯絡電郵：editor@haojiang-review.mo]]</div>
</body></html>
""",
    },
    {
        "name": "zh_tanfeng_tanzhonghe.html",
        "lang": "zh",
        "kind": "HTML page (UTF-8): carbon-peaking article with an Indonesian slot/togel link list above the title, emoji and symbols inside words, literal empty tags left as visible text, an Indonesian slot keyword glued to a sentence",
        "metadata": {"title": "宁岗市工业领域碳达峰行动方案出台", "published": "2022-12-19", "authors": ["韩知远"], "source": "宁岗发布"},
        "body": r"""
<html><head><meta charset="utf-8"><title>宁岗市工业领域碳达峰行动方案出台</title></head>
<body>
<div class="hot">[[S:lottery-id:link-block|<a href="#">mahjong ways 2 scatter hitam</a> · <a href="#">rtp slot pragmatic hari ini</a> · <a href="#">link alternatif sbobet88</a> · <a href="#">keluaran hk 6d</a>]]</div>
<h1>宁岗市工业领域碳达峰行动方案出台</h1>
<p>宁岗发布　韩知远　2022-12-19</p>
<p>[[K|近日，宁岗市印发《工业领域碳达峰行动方案》]]，[[K|提出到2025年，全市规模以上工业单位增加值能耗较2020年下降15%]]，[[K|力争工业领域二氧化碳排放在2030年前达到峰值]]。</p>
<p>[[K|方案明确了钢铁、建材、化工等重点行业的节能降碳路径]]。[[K|对水泥熟料、平板玻璃等行业]]，[[K|严格执行产能置换政策]]；[[K|对存量项目，分行业开展能效诊断和节能改造]]。[[K|全市将培育绿色工厂60家、绿色园区5个]][[S:markup:empty-id-element|&lt;b id="wp0m3x"&gt;&lt;/b&gt;]]，[[K|推动企业使用光伏、储能等清洁能源]]。</p>
<p>[[K|在资金保障方面，市财政每年安排节能[[S:symbols:symbol-in-word|🔥]]降碳专项资金1.5亿元]]，[[K|对超额完成节能目标的企业给予奖励]]。[[K|同时，宁岗市将加快建设碳排放监测平台[[S:symbols:symbol-in-word|✨]]]]，[[K|实现重点用能单位能耗在线监测全覆盖]]。[[S:lottery-id:glued|slot server kamboja deposit pulsa tanpa potongan]]</p>
<p>[[K|市发展改革委负责人表示]]，[[K|碳达峰不是“攀高峰”，更不是“运动式减碳”]]，[[K|要坚持先立后破、稳妥有序]]。</p>
</body></html>
""",
    },
    {
        "name": "zh_chengshi_gengxin_brandplace.html",
        "lang": "zh",
        "kind": "HTML page (UTF-8): urban-renewal article whose neighbourhood name is replaced everywhere by a Macau casino name used as spam, with a casino brand title prefix and a share widget",
        "metadata": {"title": "老旧小区改造：加装电梯与“一刻钟便民生活圈”", "published": "2023-07-03", "authors": ["卢思齐"], "source": "鹭原市住房和城乡建设局"},
        "body": r"""
<html><head><meta charset="utf-8"><title>[[S:gambling:title-prefix|永利皇宫娱乐城官网|]]老旧小区改造：加装电梯与“一刻钟便民生活圈”</title></head>
<body>
<div class="crumb">[[B|首页 › 城建动态 › 正文]]</div>
<h1>老旧小区改造：加装电梯与“一刻钟便民生活圈”</h1>
<div class="meta">来源：鹭原市住房和城乡建设局　作者：卢思齐　时间：2023-07-03</div>
<p>　　[[K|城市更新是提升城市品质的重要抓手]]。[[K|今年，鹭原市把建成于2000年以前的老旧小区改造列为民生实事]]，[[S:brand-as-place:place-replacement|永利皇宫]]街道的19个小区率先启动。</p>
<p>　　[[K|改造分为基础类、完善类和提升类三类]]。[[K|基础类主要是更换供水、排水、燃气管道和屋面防水]]；[[K|完善类包括加装电梯、增设停车位和充电桩]]；[[K|提升类则是补齐养老、托育、便民市场等公共服务设施]]。[[S:brand-as-place:place-replacement|永利皇宫]]街道已完成加装电梯42部。</p>
<p>　　[[K|“加装电梯要全楼居民同意，难就难在协调。”]][[S:brand-as-place:place-replacement|永利皇宫]]街道一位社区书记说，[[K|街道请来规划师、律师和居民代表一起开协商会]]，[[K|最终按楼层确定出资比例]]。</p>
<p>　　[[K|按照计划，鹭原市将在三年内完成全部412个老旧小区改造]]，[[K|同步建设“一刻钟便民生活圈”]]。</p>
<div class="share">[[B|分享：微信　微博　复制链接]]</div>
<div class="foot">[[B|鹭原市住房和城乡建设局版权所有]]</div>
</body></html>
""",
    },
    {
        "name": "zh_zhiye_jiaoyu_clean.html",
        "lang": "zh",
        "kind": "HTML page (UTF-8): clean vocational-education article on a government site with chrome (nav, breadcrumbs, related list, footer with ICP number) and no spam",
        "clean": True,
        "metadata": {"title": "产教融合共同体助力职业院校学生高质量就业", "published": "2023-05-22", "authors": ["戴维宁"], "source": "柘水县教育局", "editor": "林溪"},
        "body": r"""
<html><head><meta charset="utf-8"><title>产教融合共同体助力职业院校学生高质量就业</title></head>
<body>
<ul class="nav"><li>[[B|机构概况]]</li><li>[[B|教育动态]]</li><li>[[B|通知公告]]</li></ul>
<div class="crumb">[[B|首页 &gt;&gt; 教育动态]]</div>
<h1>产教融合共同体助力职业院校学生高质量就业</h1>
<p>发布时间：2023-05-22　来源：柘水县教育局　作者：戴维宁　责任编辑：林溪</p>
<p>　　[[K|职业教育与经济社会发展联系最紧密]]。[[K|去年以来，柘水县职业中专联合县内27家企业]]，[[K|组建了茶叶加工、新能源汽车维修、电子商务三个产教融合共同体]]。</p>
<p>　　[[K|共同体实行“校企双导师”制度]]，[[K|企业技术骨干进校授课]]，[[K|学校教师定期到企业实践]]。[[K|学生在三年级进入企业跟岗实习]]，[[K|实习岗位与所学专业对口率达到92%]]。</p>
<p>　　[[K|今年，该校毕业生就业率为96.4%]]，[[K|其中留在本县就业的比例比三年前提高了21个百分点]]。[[K|县教育局表示，将推动更多企业参与职业教育办学]]。</p>
<div class="related"><h3>[[B|相关文章]]</h3><ul><li>[[B|我县举办中等职业学校技能大赛]]</li></ul></div>
<div class="foot">[[B|柘水县教育局　闽ICP备09017224号-3]]</div>
</body></html>
""",
    },
    {
        "name": "zh_shuili_gongcheng_gbk.html",
        "lang": "zh",
        "charset": "gbk",
        "kind": "HTML page in GBK: water-conservancy article with a novel sentence spliced into a paragraph, a city-prefixed 包养网 keyword glued on both sides, a sugar-dating string in an element whose id a <style> rule hides, jammer codes at paragraph ends",
        "metadata": {"title": "苇塘灌区续建配套工程完工", "published": "2021-12-02", "authors": ["贺文澜"]},
        "body": r"""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>苇塘灌区续建配套工程完工</title>
<style>#tx4h {position:absolute; display:none}</style></head>
<body>
<h1>苇塘灌区续建配套工程完工</h1>
<p>文／贺文澜　2021-12-02</p>
<p>　　[[K|苇塘灌区是榆溪市最大的中型灌区]]，[[K|设计灌溉面积28.6万亩]]。[[K|由于建成年代久远，渠道渗漏、建筑物老化问题突出]]。[[S:filler:spliced-sentence|那年冬天来得早，母亲把最后一袋米藏在床底下，谁也不许提。]][[K|2019年起，灌区实施续建配套与节水改造工程]]，[[K|总投资3.2亿元]]。[[S:jammer:jammer-code|& C5 w) n2 T#]]</p>
<p>　　[[K|工程共衬砌干支渠97公里]]，[[K|改造渠系建筑物683座]]，[[K|新建量水设施210处]]。[[K|改造后，渠系水利用系数由0.52提高到0.63]]，[[S:escort:glued|吉隆坡包养网]][[K|年节水约2100万立方米]]。<div id="tx4h">[[S:escort:hidden-element|Ghana Sugar Daddy 约会]]</div>[[S:jammer:jammer-code|7 S( f] y4 Q!]]</p>
<p>　　[[K|灌区管理所同步推行农业水价综合改革]]，[[K|实行定额内优惠、超定额累进加价]]。[[K|“以前大水漫灌，现在按方计费，大家都知道省水了。”]]一位种粮大户说。</p>
</body></html>
""",
    },
]
