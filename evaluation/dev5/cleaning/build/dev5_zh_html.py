"""Dev5: Chinese HTML pages (UTF-8, GBK, GB18030, Big5; fresh author; invented prose)."""

DOCS = [
    {
        "name": "zh5_chengshi_gengxin_utf8.html",
        "lang": "zh",
        "charset": "utf-8",
        "kind": "HTML page in UTF-8 with full site chrome: urban renewal article whose city name is replaced by a Latin gambling brand (no suffix, also in title), hidden spam via display:none and a class hidden by a <style> rule, a lottery link block, QR code, share widget, comments",
        "metadata": {"title": "市老旧小区改造进入“后半篇”", "published": "2023-07-18", "authors": ["周沐阳"], "editor": "李芸"},
        "body": r"""
<html><head><meta charset="utf-8"><title>[[S:brand-as-place:place-replacement|BetNova]]市老旧小区改造进入“后半篇”</title>
<style>.yx-tip{display:none}</style></head>
<body>
<div class="top">[[B|首页]] | [[B|要闻]] | [[B|规划建设]] | [[B|百姓生活]] | [[B|视频]]</div>
<div class="crumb">[[B|当前位置：首页 > 规划建设 > 正文]]</div>
<h1>[[S:brand-as-place:place-replacement|BetNova]]市老旧小区改造进入“后半篇”</h1>
<p class="info">来源：城建周刊　作者：周沐阳　2023-07-18 09:30</p>
<p>[[K|三年来，[[S:brand-as-place:place-replacement|BetNova]]市累计改造老旧小区418个]]，[[K|惠及居民11.2万户]]。<span style="display:none">[[S:gambling:hidden-element|BetNova真人视讯官网]]</span>[[K|加装电梯、更换管网、增设充电桩是居民呼声最高的三项内容]]。</p>
<p>[[K|在桂园小区，居民自发成立了改造议事小组]]，[[K|从方案设计到施工监督全程参与]]。<div class="yx-tip">[[S:gambling:hidden-element|金樽会娱乐 注册即送88元]]</div>[[K|“以前是政府定，现在是大家商量着定。”]][[K|议事小组组长说]]。</p>
<p>[[K|[[S:brand-as-place:place-replacement|BetNova]]市住建局表示]]，[[K|改造完成后将引入物业服务]]，[[K|建立“改造—管理—运营”长效机制]]。</p>
<p class="edit">[[B|责任编辑：李芸]]</p>
<div class="share">[[B|分享到：微信 微博 QQ空间]]</div>
<div class="related"><h3>[[B|相关阅读]]</h3><ul><li>[[B|城市更新要守住历史文脉]]</li><li>[[B|社区微更新的十个样本]]</li></ul></div>
<div class="links">[[S:lottery-id:link-block|<a href="#">slot gacor hari ini</a> <a href="#">togel sgp</a> <a href="#">toto 4d resmi</a> <a href="#">link alternatif BetNova</a>]]</div>
<div class="comments">[[B|网友评论（0）]] [[B|发表评论]]</div>
<div class="qr"><img src="qr.png" alt="扫码关注">[[B|扫一扫关注官方微信]]</div>
<div class="foot">[[B|主办：城建周刊社　联系电话：0571-88123456]]　[[B|浙ICP备16044821号]]　[[B|浙公网安备 33010602011234号]]</div>
</body></html>
""",
    },
    {
        "name": "zh5_caipiao_jianguan_gbk.html",
        "lang": "zh",
        "charset": "gbk",
        "kind": "HTML page in GBK: legitimate lottery-regulation article (彩票/博彩/赌博 are keep words) with a gambling brand hidden by visibility:hidden, a plain-word brand mid-sentence and a content-farm sentence spliced in",
        "families": ["gambling-governance"],
        "metadata": {"title": "彩票销售网点实名制管理试点启动", "published": "2024-01-09", "authors": ["许嘉禾"]},
        "body": r"""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>彩票销售网点实名制管理试点启动</title></head>
<body>
<div class="nav">[[B|网站首页]] | [[B|财政动态]] | [[B|政策解读]]</div>
<h1>彩票销售网点实名制管理试点启动</h1>
<p>作者：许嘉禾　发布日期：2024-01-09</p>
<p>[[K|省财政厅、省民政厅、省体育局联合印发通知]]，[[K|在三个地市开展彩票销售网点实名制管理试点]]。[[K|购彩者单笔投注超过一定金额须出示身份证件]]。<font style="visibility:hidden">[[S:gambling:hidden-element|鼎盛国际博彩平台官网入口]]</font></p>
<p>[[K|通知要求，严禁向未成年人销售彩票]]，[[K|严禁网点提供赊账投注]]，[[K|[[S:gambling:mid-sentence|皇玺会]]对借彩票名义从事赌博活动的]]，[[K|移送公安机关依法处理]]。</p>
<p>[[K|省财政厅有关负责人表示]]，[[K|彩票公益金主要用于养老、残疾人事业和全民健身]]。[[S:filler:spliced-sentence|总而言之，选择一款适合自己的产品非常重要，希望本文能够对大家有所帮助，欢迎收藏转发。]][[K|去年全省筹集彩票公益金23.6亿元]]。</p>
<p>[[K|专家认为，彩票不同于博彩和赌博]]，[[K|必须坚持国家发行、公益属性的定位]]。</p>
<div class="foot">[[B|版权所有：省财政厅　联系邮箱：xxgk@czt.example.gov.cn]]　[[B|皖ICP备05001287号]]</div>
</body></html>
""",
    },
    {
        "name": "zh5_zhijiao_gb18030.html",
        "lang": "zh",
        "charset": "gb18030",
        "kind": "HTML page in GB18030: vocational education article with spam hidden by font-size:0, off-screen positioning and aria-hidden, an escort string glued inside a clause, a mid-word gambling brand and a sci-fi sentence spliced in",
        "metadata": {"title": "产教融合让职业教育“对路子”", "published": "2022-10-25", "authors": ["唐立群", "邓可"]},
        "body": r"""
<html><head><meta charset="gb18030"><title>产教融合让职业教育“对路子”</title></head>
<body>
<div class="nav">[[B|首页]] > [[B|学苑频道]] > [[B|正文]]</div>
<h1>产教融合让职业教育“对路子”</h1>
<p>唐立群　邓可　2022年10月25日</p>
<p>[[K|槐安职业技术学院与本地18家制造企业共建产业学院]]，[[K|企业工程师每周到校授课]]。<span style="font-size:0">[[S:gambling:hidden-element|豪门壹号电子游艺下载]]</span>[[K|学生第三学年进入企业顶岗实习]]。</p>
<p>[[K|学院开设的工业机器人专业]]，[[K|毕业生就业率连续三年超过98%]]。<div style="position:absolute;left:-10000px">[[S:escort:hidden-element|胡志明外围上门 包夜服务]]</div>[[K|不少学生还没毕业就被企业“预订”]]。</p>
<p>[[K|学院院长介绍]]，[[K|专业设置每两年调[[S:gambling:mid-word|豪门壹号]]整一次]]，[[K|淘汰就业率低的专业]]。[[S:filler:spliced-sentence|舰长盯着屏幕上不断逼近的光点，下令全舰进入跃迁准备。]][[K|今年新增了新能源汽车检测与维修专业]]。</p>
<p>[[K|企业也从合作中受益]]，[[K|一家机床企业负责人说[[S:escort:glued|釜山包养网]]]]，[[K|新员工上岗培训周期从半年缩短到两个月]]。<span aria-hidden="true">[[S:gambling:hidden-element|豪门壹号app 最高返水1.8%]]</span></p>
<div class="foot">[[B|槐安教育网　版权所有]]　[[B|鲁ICP备12038855号]]</div>
</body></html>
""",
    },
    {
        "name": "zh5_yangbao_gaige_big5.html",
        "lang": "zh",
        "charset": "big5",
        "kind": "HTML page in Big5 (Traditional mirror): pension reform article with Taiwanese SEO keywords as title prefix, inside a number and glued; a gambling brand glued to 娛樂城 and a literal tag",
        "metadata": {"title": "個人養老金制度全面推開", "published": "2024-12-15", "authors": ["鄭文博"]},
        "body": r"""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"><title>[[S:seo-tw:title-prefix|台北汽車美容推薦｜]]個人養老金制度全面推開</title></head>
<body>
<h1>個人養老金制度全面推開</h1>
<p>文／鄭文博　2024年12月15日</p>
<p>[[K|個人養老金制度自12月15日起在全國全面實施]]，[[K|參加基本養老保險的勞動者都可以開立個人養老金帳戶]]。[[K|每人每年繳費上限為1.[[S:seo-tw:mid-number|桃園室內設計]]2萬元]]。</p>
<p>[[K|繳費可以享受稅收優惠]]，[[K|領取時按3%的稅率單獨計稅]]。[[K|可購買的產品包括儲蓄存款、理財產品、商業養老保險和公募基金]][[S:gambling:glued|威尼斯人娛樂城]]。<b id="m2x8kd"></b>[[K|目前已有上千款產品納入目錄]]。</p>
<p>[[K|專家指出，個人養老金是多層次養老保險體系的第三支柱]]，[[K|有助於緩解基本養老保險基金的壓力]][[S:seo-tw:glued|新竹網站架設]]。</p>
</body></html>
""",
    },
    {
        "name": "zh5_shuili_big5.html",
        "lang": "zh",
        "charset": "big5",
        "kind": "HTML page in Big5 (Traditional mirror): water conservancy article whose county name is replaced by a Chinese gambling brand with 縣 suffix, an SEO sentence spliced in and hidden text via a style-class rule",
        "metadata": {"title": "縣灌區續建配套工程通水", "published": "2023-05-30", "authors": ["何遠征"]},
        "body": r"""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"><title>[[S:brand-as-place:place-replacement|天譽娛樂]]縣灌區續建配套工程通水</title>
<style>.hd-x{display:none}</style></head>
<body>
<div class="nav">[[B|首頁]] | [[B|水利要聞]] | [[B|工程建設]]</div>
<h1>[[S:brand-as-place:place-replacement|天譽娛樂]]縣灌區續建配套工程通水</h1>
<p>何遠征　2023-05-30</p>
<p>[[K|[[S:brand-as-place:place-replacement|天譽娛樂]]縣大型灌區續建配套與節水改造工程日前正式通水]]，[[K|新增和恢復灌溉面積12.8萬畝]]。<span class="hd-x">[[S:gambling:hidden-element|天譽娛樂城 線上百家樂]]</span></p>
<p>[[K|工程改造幹渠46公里、支渠132公里]]，[[K|渠系水利用係數由0.52提高到0.61]]。[[S:seo-tw:spliced-sentence|台中房屋仲介推薦，買房賣房找專業團隊最安心。]][[K|每年可節水3400萬立方米]]。</p>
<p>[[K|[[S:brand-as-place:place-replacement|天譽娛樂]]縣水利局表示]]，[[K|將推行農業水價綜合改革]]，[[K|實行定額內優惠、超定額累進加價]]。</p>
<div class="foot">[[B|版權所有　水利資訊網]]</div>
</body></html>
""",
    },
    {
        "name": "zh5_xianyi_yiyuan_utf8.html",
        "lang": "zh",
        "charset": "utf-8",
        "kind": "HTML page in UTF-8: county hospital reform article with a lottery link list above the text, a gambling brand glued to live casino wording, a Latin brand inside a Chinese word, symbols inside words and a machine-generated filler sentence with no fiction cues",
        "metadata": {"title": "县域医共体让群众看病少跑路", "published": "2023-03-21", "authors": ["覃晓峰"], "source": "健康时报网"},
        "body": r"""
<html><head><meta charset="utf-8"><title>县域医共体让群众看病少跑路</title></head>
<body>
<div class="links">[[S:lottery-id:link-block|<a href="#">situs toto terpercaya</a> | <a href="#">slot88 gacor</a> | <a href="#">togel hongkong</a>]]</div>
<h1>县域医共体让群众看病少跑路</h1>
<p>来源：健康时报网　作者：覃晓峰　2023-03-21</p>
<p>[[K|鹿鸣县以县人民医院为龙头]]，[[K|整合14家乡镇卫生院和186个村卫生室组建医共体]]。[[K|县医院专家定期到乡镇坐诊[[S:gambling:glued|LuxBet live casino]]]]，[[K|乡镇卫生院的检查结果县医院互认]]。</p>
<p>[[K|医共体实行医保基金总额付费]]，[[K|结余留用、合理超支分担]]。[[K|县域内就诊率提高到91.5%[[S:symbols:symbol-in-word|♠]]]]，[[K|群众外出就医减少了三成多]]。[[S:filler:spliced-sentence|随着科技的不断进步和社会的持续发展，越来越多的人开始关注生活品质的全面提升。]]</p>
<p>[[K|县卫健委负责人说，下一步将推进远程心电和影[[S:gambling:mid-word|LuxBet]]像诊断中心建设]]，[[K|让村民在村卫生室就能做检[[S:symbols:symbol-in-word|★]]查]]。</p>
<div class="foot">[[B|健康时报网　京ICP备10029781号-3]]</div>
</body></html>
""",
    },
    {
        "name": "zh5_clean_tanfeng_gbk.html",
        "lang": "zh",
        "charset": "gbk",
        "kind": "HTML page in GBK: clean carbon peaking article with site chrome only (nav, footer with ICP number)",
        "clean": True,
        "metadata": {"title": "工业园区绿色低碳改造稳步推进", "published": "2024-05-08", "authors": ["孔令杰"]},
        "body": r"""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>工业园区绿色低碳改造稳步推进</title></head>
<body>
<div class="nav">[[B|首页]] | [[B|生态环境]] | [[B|双碳行动]]</div>
<h1>工业园区绿色低碳改造稳步推进</h1>
<p>孔令杰　2024-05-08</p>
<p>[[K|青澜经济开发区今年启动园区绿色低碳改造]]，[[K|计划三年内建成屋顶分布式光伏120兆瓦]]。[[K|园区企业单位产值能耗较2020年下降14.6%]]。</p>
<p>[[K|开发区还建设了集中供热管网]]，[[K|关停企业自备燃煤锅炉23台]]。[[K|“过去每家企业都烧锅炉，现在统一供汽，成本也降了。”]][[K|一家印染企业负责人说]]。</p>
<div class="foot">[[B|主办：青澜经济开发区管委会]]　[[B|赣ICP备18006632号]]</div>
</body></html>
""",
    },
]
