"""Development set 4: Chinese HTML pages (UTF-8, GBK, GB18030, Big5)."""

DOCS = [
    {
        "name": "zh4_jiceng_zhili_gbk.html",
        "lang": "zh",
        "charset": "gbk",
        "kind": "HTML page in GBK with full site chrome: grassroots governance article, gambling text hidden by display:none and by a class hidden in a <style> rule, brand glued mid-sentence, link block",
        "metadata": {"title": "网格化管理让基层治理“细”起来", "published": "2023-05-22", "authors": ["涂明轩"], "source": "清川日报", "editor": "严可"},
        "body": r"""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>网格化管理让基层治理“细”起来_清川日报</title>
<style>.zx9q{display:none}</style></head>
<body>
<div class="nav">[[B|清川网首页]] | [[B|时政要闻]] | [[B|社会治理]] | [[B|图片新闻]]</div>
<div class="crumb">[[B|当前位置：首页 &gt; 社会治理 &gt; 正文]]</div>
<h1>网格化管理让基层治理“细”起来</h1>
<p class="info">来源：清川日报　作者：涂明轩　发布时间：2023-05-22</p>
<p>[[K|清川市把全市划分为3216个基础网格]]，[[K|每个网格配备一名专职网格员]]。<span style="display:none">[[S:gambling:hidden-element|金樽会体育官网注册送88元]]</span>[[K|网格员每天走访商户和居民]]，[[K|收集矛盾纠纷和安全隐患]]。</p>
<p>[[K|2022年，网格员上报事件11.4万件]]，[[K|办结率达到98.6%]]。<div class="zx9q">[[S:gambling:hidden-element|金樽会真人百家乐在线开户]]</div>[[K|小区停车难、楼道堆物等“小事”]][[S:gambling:mid-sentence|金樽会娱乐]][[K|不出网格就能解决]]。</p>
<p>[[K|但一些网格员反映，各部门都往网格里派任务]]，[[K|填表报数占用了大量时间]]。[[K|市里已出台网格事项准入清单]]，[[K|未列入清单的事项不得下派]]。</p>
<div class="share">[[B|分享到：微信 微博 QQ空间]]</div>
<div class="related">[[B|相关阅读]]<ul><li>[[B|清川市召开城市更新工作推进会]]</li><li>[[B|我市社区工作者招聘公告]]</li></ul></div>
<div class="links">[[S:gambling:link-block|<a href="#">金樽会官网</a> <a href="#">鼎博国际娱乐</a> <a href="#">鼎博体育APP下载</a>]]</div>
<p>[[B|责任编辑：严可]]</p>
<div class="foot">[[B|清川日报社版权所有]]　[[B|湘ICP备09031275号-1]]　[[B|湘公网安备 43011102000876号]]<br><img src="qr_qcrb.png" alt="二维码"><span>[[B|扫码关注清川日报微信公众号]]</span></div>
</body></html>
""",
    },
    {
        "name": "zh4_chengshi_gengxin.html",
        "lang": "zh",
        "kind": "HTML page (UTF-8): urban renewal article where a Chinese gambling brand replaces the district name (with 区 and without), also in the title; hidden via aria-hidden and font-size:0",
        "metadata": {"title": "彩盛坊区老旧小区改造观察", "published": "2022-11-03", "authors": ["桂海燕"]},
        "body": r"""
<html><head><meta charset="utf-8"><title>[[S:brand-as-place:place-replacement|彩盛坊]]区老旧小区改造观察</title></head>
<body>
<div class="nav">[[B|首页]] · [[B|城建]] · [[B|民生]]</div>
<h1>[[S:brand-as-place:place-replacement|彩盛坊]]区老旧小区改造观察</h1>
<p>桂海燕　2022年11月3日</p>
<p>[[K|[[S:brand-as-place:place-replacement|彩盛坊]]区共有2000年以前建成的老旧小区173个]]，[[K|涉及居民4.8万户]]。[[K|2021年以来，区里已改造其中的96个]]。</p>
<p>[[K|改造内容包括加装电梯、更换管网、增设停车位]]。<span aria-hidden="true">[[S:gambling:hidden-element|彩盛坊娱乐城手机版]]</span>[[K|居民出资比例由各小区协商确定]]，[[K|加装一部电梯居民平均分摊约12万元]]。</p>
<p>[[K|在[[S:brand-as-place:place-replacement|彩盛坊]]老城片区]]，[[K|改造还保留了三条历史街巷的青石板路]]。<span style="font-size:0px">[[S:gambling:hidden-element|彩盛坊体育投注]]</span>[[K|“房子旧了可以修，街巷的记忆不能丢。”]][[K|一位老住户说]]。</p>
<p>[[K|下一步，区里将引入社会资本参与改造后的物业运营]]。</p>
<div class="foot">[[B|版权所有 © 城建观察网]]　[[B|京ICP备18052114号]]</div>
</body></html>
""",
    },
    {
        "name": "zh4_yanglao_jin_gb18030.html",
        "lang": "zh",
        "charset": "gb18030",
        "kind": "HTML page in GB18030: pension reform article with a sci-fi novel sentence and content-farm blather spliced in, off-screen and visibility:hidden escort text, escort keyword glued",
        "metadata": {"title": "个人养老金制度实施一年观察", "published": "2023-11-25", "authors": ["沈知远"]},
        "body": r"""
<html><head><meta charset="gb18030"><title>个人养老金制度实施一年观察</title></head>
<body>
<h1>个人养老金制度实施一年观察</h1>
<p class="info">作者：沈知远　2023年11月25日</p>
<p>[[K|个人养老金制度在36个城市先行实施已满一年]]。[[K|开户人数超过4000万]]，[[K|但实际缴存人数不到开户人数的三分之一]]。</p>
<p>[[K|参加人每年缴费上限为12000元]]，[[K|可享受个人所得税优惠]]。[[S:filler:spliced-sentence|舰长盯着全息星图上不断闪烁的红点，低声下令：“启动跃迁引擎，目标半人马座。”]][[K|对于收入不高、不需缴纳个税的人来说]]，[[K|这一激励作用有限]]。</p>
<div style="position:absolute;left:-10000px">[[S:escort:hidden-element|潼州同城约会上门服务]]</div>
<p>[[K|可投资的产品包括储蓄存款、理财、商业养老保险和公募基金]]。[[S:filler:spliced-sentence|小编今天就来给大家盘点一下，相信看完这篇文章你一定会有所收获，赶快收藏起来吧！]][[K|受市场波动影响，部分基金产品收益为负]]。</p>
<p style="visibility:hidden">[[S:escort:hidden-element|潼州外围女模特伴游]]</p>
<p>[[K|专家建议，提高缴费上限、扩大税收优惠覆盖面]][[S:escort:glued|潼州包夜服务]]，[[K|让更多中低收入群体愿意参加]]。</p>
</body></html>
""",
    },
    {
        "name": "zh4_caipiao_jianguan.html",
        "lang": "zh",
        "kind": "HTML page (UTF-8): legitimate lottery regulation article (彩票 genuine) with an injected lottery-id link list below and a gambling brand glued to 官网 mid-sentence",
        "families": ["gambling-governance"],
        "metadata": {"title": "财政部等部门重申禁止擅自利用互联网销售彩票", "published": "2024-03-12", "authors": ["左晓琳"], "source": "财经时评"},
        "body": r"""
<html><head><meta charset="utf-8"><title>财政部等部门重申禁止擅自利用互联网销售彩票</title></head>
<body>
<div class="crumb">[[B|首页 &gt; 财经 &gt; 监管]]</div>
<h1>财政部等部门重申禁止擅自利用互联网销售彩票</h1>
<p>来源：财经时评　记者：左晓琳　2024-03-12</p>
<p>[[K|财政部、公安部、市场监管总局近日联合发布公告]]，[[K|重申未经批准任何单位不得利用互联网销售彩票]]。</p>
<p>[[K|公告指出，一些网站和应用程序以“彩票代购”“合买”名义非法售彩]]，[[K|扰乱彩票市场秩序]]。[[K|彩票发行机构和销售机构]][[S:gambling:glued|玖鼎彩官网]][[K|不得委托任何单位和个人通过互联网销售彩票]]。</p>
<p>[[K|2023年全国共销售彩票5797亿元]]，[[K|筹集彩票公益金约1500亿元]]，[[K|主要用于养老、体育和教育等公益事业]]。</p>
<div class="tags">[[S:lottery-id:link-block|<a href="#">togel hari ini</a> <a href="#">slot gacor maxwin</a> <a href="#">toto macau 4d</a> <a href="#">situs slot88 resmi</a>]]</div>
<div class="foot">[[B|财经时评网 版权所有]]　[[B|沪ICP备14011862号-3]]</div>
</body></html>
""",
    },
    {
        "name": "zh4_aomen_jianguan_big5.html",
        "lang": "zh",
        "charset": "big5",
        "kind": "HTML page in Big5 (Traditional): legitimate casino-regulation article (賭場/博彩 genuine) with seo-tw title prefix, gambling brand inside a word and a spliced sentence",
        "families": ["gambling-governance"],
        "metadata": {"title": "博彩監察局加強賭場反洗錢審查", "published": "2023-08-17", "authors": ["何穎欣"]},
        "body": r"""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"><title>[[S:seo-tw:title-prefix|台南網站架設推薦－]]博彩監察局加強賭場反洗錢審查</title></head>
<body>
<h1>博彩監察局加強賭場反洗錢審查</h1>
<p>文／何穎欣　2023年8月17日</p>
<p>[[K|博彩監察協調局表示，將加強對各賭場大額交易的審查]]，[[K|要求承批公司每季度提交可疑交易報告]]。</p>
<p>[[K|監管部門去年共向賭場發出整改通知41份]]，[[K|涉及客戶身份識別不足和籌碼兌換記錄不全]]。[[K|一家衛星場因違規被罰款]][[S:gambling:mid-sentence|銀河豪庭]][[K|三百萬元]]。</p>
<p>[[K|學者指出，博彩業監管的重點已從擴張轉向合規]]。[[S:seo-tw:spliced-sentence|專業汽車包膜，台中彰化全車改色一次到位。]][[K|反洗錢制度的完善有助於維護澳門國際聲[[S:gambling:mid-word|銀河豪庭]]譽]]。</p>
</body></html>
""",
    },
    {
        "name": "zh4_nongcun_xindai.html",
        "lang": "zh",
        "kind": "HTML page (UTF-8): rural credit article with a lottery-id link block above the article, a Latin gambling brand glued to live casino, a mystery-novel sentence spliced in, porn title with | joins",
        "metadata": {"title": "农村信用体系建设让农户贷款更便捷", "published": "2022-08-29", "authors": ["邵启帆"]},
        "body": r"""
<html><head><meta charset="utf-8"><title>[[S:porn:title-prefix|成人影片|激情视频|午夜直播间|]]农村信用体系建设让农户贷款更便捷</title></head>
<body>
<div>[[S:lottery-id:link-block|<a href="#">bandar togel online</a> <a href="#">slot demo gacor</a> <a href="#">toto sgp hari ini</a>]]</div>
<h1>农村信用体系建设让农户贷款更便捷</h1>
<p>邵启帆　2022年8月29日</p>
<p>[[K|农村信用体系建设以信用户、信用村、信用乡镇评定为基础]]。[[K|在东坪县，全县已建立农户信用档案8.6万户]]，[[K|评定信用村112个]]。</p>
<p>[[K|信用户可获得最高30万元的免担保信用贷款]][[S:gambling:glued|Zelvara live casino]]，[[K|利率比普通贷款低0.5个百分点]]。[[S:filler:spliced-sentence|探长弯腰拾起地上的半截烟头，眯起眼睛说：“凶手是左撇子，而且昨晚十点以前就离开了。”]][[K|养殖户张大姐用贷款扩建了牛棚]]。</p>
<p>[[K|农商银行还把信用评定结果与惠农补贴发放挂钩]]，[[K|形成“守信激励、失信约束”的机制]]。</p>
</body></html>
""",
    },
    {
        "name": "zh4_shuili_gongcheng_big5.html",
        "lang": "zh",
        "charset": "big5",
        "kind": "HTML page in Big5 (Traditional, clean): water conservancy article with site chrome and no spam",
        "clean": True,
        "metadata": {"title": "灌區現代化改造提升農田灌溉效率", "published": "2023-02-14", "authors": ["鄭立峰"]},
        "body": r"""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"><title>灌區現代化改造提升農田灌溉效率</title></head>
<body>
<div class="nav">[[B|首頁]] | [[B|水利新聞]] | [[B|工程建設]]</div>
<h1>灌區現代化改造提升農田灌溉效率</h1>
<p>鄭立峰　2023年2月14日</p>
<p>[[K|大中型灌區是糧食生產的重要基地]]。[[K|近年來，各地對老化失修的渠系進行現代化改造]]，[[K|推廣管道輸水和智慧量測設施]]。</p>
<p>[[K|在東河灌區，改造後渠系水利用係數由0.48提高到0.61]]，[[K|每年節約用水約3200萬立方米]]。[[K|灌溉面積擴大了4.5萬畝]]。</p>
<p>[[K|專家認為，灌區改造要與農業水價綜合改革同步推進]]。</p>
<div class="foot">[[B|版權所有：水利資訊網]]</div>
</body></html>
""",
    },
    {
        "name": "zh4_xiangcun_lvyou.html",
        "lang": "zh",
        "kind": "HTML page (UTF-8): rural tourism article with forum jammer codes at paragraph ends, empty-id elements, an escort keyword mid-word and a machine-generated filler sentence",
        "metadata": {"title": "乡村民宿如何走出同质化", "published": "2023-06-08", "authors": ["温若溪"]},
        "body": r"""
<html><head><meta charset="utf-8"><title>乡村民宿如何走出同质化</title></head>
<body>
<h1>乡村民宿如何走出同质化</h1>
<p>温若溪　2023-06-08</p>
<p>[[K|近年来，乡村民宿数量快速增长]]，[[K|但不少民宿装修风格雷同、服务内容单一]]。[[S:jammer:jammer-code|hK3p9Z]]</p>
<p>[[K|在云溪村，村集体统一规划了28家民宿]]，[[K|每家围绕一种非遗手艺设计体验项目]]。[[S:markup:empty-id-element|&lt;b id="m2kt7"&gt;&lt;/b&gt;]][[K|游客可以学做竹编、扎染和米[[S:escort:mid-word|岚城伴游]]酒]]。[[S:jammer:jammer-code|W8cn4e]]</p>
<p>[[K|村里还成立了民宿协会，统一定价和服务标准]]。[[S:filler:spliced-sentence|在当今社会，随着科技的不断发展，人们的生活方式正在发生翻天覆地的变化，这一点值得我们深入思考。]][[K|2022年，全村旅游收入达到1860万元]]。[[S:markup:empty-id-element|&lt;b id="m2kt7"&gt;&lt;/b&gt;]]</p>
</body></html>
""",
    },
    {
        "name": "zh4_qiye_tuixiu.html",
        "lang": "zh",
        "kind": "HTML page (UTF-8): retirement-age reform article with a Latin brand as place with County suffix in Chinese text, symbols inside words, gambling hidden by display:none and a share widget",
        "metadata": {"title": "渐进式延迟退休改革的几点思考", "published": "2024-09-20", "authors": ["蒲景行"], "editor": "苗苗"},
        "body": r"""
<html><head><meta charset="utf-8"><title>渐进式延迟退休改革的几点思考</title></head>
<body>
<h1>渐进式延迟退休改革的几点思考</h1>
<p>作者：蒲景行　2024-09-20</p>
<p>[[K|我国现行法定退休年龄是上世纪50年代确定的]]。[[K|随着人均预期寿命提高到78.6岁]]，[[K|渐进式延迟退休已成为必然选择]]。</p>
<p>[[K|改革坚持“小步调整、弹性实施”]]，[[K|用15年时间逐步把男职工退休年龄从60岁延迟到63岁]]。<span style="display:none">[[S:gambling:hidden-element|Kaspira88体育官网]]</span>[[K|职工也可以自愿选择弹性提[[S:symbols:symbol-in-word|🃏]]前退休]]。</p>
<p>[[K|笔者在[[S:brand-as-place:place-replacement|Kaspira88]]县调研时发现]]，[[K|灵活就业人员对延迟退休的担忧更多]]。[[K|[[S:brand-as-place:place-replacement|Kaspira88]]县一位个体户说，“多缴几年费，养老金能涨多[[S:symbols:symbol-in-word|★]]少”]]。</p>
<p>[[K|配套政策也很关键]]，[[K|包括大龄劳动者就业支持和托育服务]]。</p>
<div class="share">[[B|分享到：]][[B|微信好友]] [[B|朋友圈]]</div>
<p>[[B|责任编辑：苗苗]]</p>
</body></html>
""",
    },
]
