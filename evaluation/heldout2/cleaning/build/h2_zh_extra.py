"""Held-out set 2: two more Chinese documents (pension reform text, village points-system page)."""

DOCS = [
    {
        "name": "zh_jichu_yanglaojin.txt",
        "lang": "zh",
        "kind": "plain text: pension reform article with a gambling keyword after the title (Title_keyword中国网), English escort keywords glued to Chinese words on either side, a gambling brand inside a date and a spliced English casino advert",
        "metadata": {"title": "城乡居民基础养老金再提标：钱从哪里来", "published": "2023-06-26", "authors": ["黎照南"], "source": "民生周刊"},
        "body": r"""
城乡居民基础养老金再提标：钱从哪里来[[S:gambling:title-suffix|_盛鼎娱乐中国网]]
[[B|首页 > 社保 > 养老]]
[[K|2023年6月2[[S:gambling:mid-number|鑫博体育]]6日]]　来源：民生周刊　作者：黎照南
　　[[K|从今年7月起，滇南省城乡居民基础养老金最低标准再提高10元]]，[[K|达到每人每月163元]]。[[K|这是近五年来该省第四次上调基础养老金]]，[[K|惠及60岁以上参保人员约620万人]]。
　　[[K|与企业职工基本养老保险相比，城乡居民养老保险的待遇水平仍然偏低]]。[[K|不少农村老人每月领取的养老金只有两三百元]][[S:escort:glued|Hanoi Sugar Daddy]]，[[K|主要还得靠子女赡养和自己劳动]]。[[S:gambling:spliced-sentence|Join AceMonarch live casino today and claim a 200% welcome bonus.]]
　　[[K|提标的资金从哪里来]]？[[K|按照规定，基础养老金由中央和地方财政共同负担]]，[[K|中西部地区的最低标准部分由中央财政全额补助]]。[[K|省人社厅负责人介绍，此次提标每年需新增财政支出约7.4亿元]]，[[K|其中省级财政承担六成]]。
　　[[K|专家建议，在提高基础养老金的同时]]，[[K|要引导参保人选择更高的缴费档次]]，[[S:escort:glued|Saigon escorts]][[K|“多缴多得、长缴多得”的激励机制还需要进一步完善]]。[[K|目前，全省选择500元以上缴费档次的参保人占比不到15%]]。
[[B|（责任编辑：邓可）]]
""",
    },
    {
        "name": "zh_xiangcun_jifenzhi.html",
        "lang": "zh",
        "kind": "HTML page (UTF-8) with site chrome: village points-system governance article with porn keywords joined by | after the title, spam hidden by several classes in a <style> rule and by text-indent off-screen, an escort keyword inside a word, and gambling links among the friend links",
        "metadata": {"title": "小积分撬动乡村大治理", "published": "2023-07-18", "authors": ["符晓东"], "source": "清溪县融媒体中心"},
        "body": r"""
<html><head><meta charset="utf-8"><title>小积分撬动乡村大治理[[S:porn:title-suffix| | 日韩无码中文字幕 | 福利姬网站 | 成人直播app]]</title>
<style>.p-ad,.p-lk{display:none!important}.sn{color:#333}</style></head>
<body>
<div class="head"><span>[[B|清溪县人民政府门户网站]]</span>　<a href="#">[[B|无障碍浏览]]</a>　<a href="#">[[B|长者模式]]</a></div>
<div class="crumb">[[B|首页 &gt; 乡村振兴 &gt; 工作动态]]</div>
<h1>小积分撬动乡村大治理</h1>
<div class="sn">信息来源：清溪县融媒体中心　作者：符晓东　发布时间：2023-07-18　[[B|【字体：大 中 小】]]</div>
<p>[[K|在清溪县柏林村的积分超市里]]，[[K|村民余桂兰用攒下的120个积分换了一桶食用油和两袋洗衣粉]]。[[K|“打扫庭院、参加志愿服务、孝敬老人，都能加分。”]][[K|她说]]。<span class="p-ad">[[S:gambling:hidden-element|鑫博体育 官方APP 注册即送 天天返水]]</span></p>
<p>[[K|2021年起，清溪县在全县128个行政村推行“积分制”管理]]，[[K|把人居环境整治、移风易俗、邻里互助等事项细化为38项积分指标]]。[[K|积分由村民小组评议、村两委审核]]，[[K|每月在村务公开栏公示]]。<p style="text-indent:-9999px;overflow:hidden">[[S:escort:hidden-element|广州外围模特上门 高端商务伴游]]</p>[[K|积分可以在村里的积分超市兑换生活用品]]，[[K|也与评选“文明家庭”挂钩]]。</p>
<p>[[K|两年多来，全县累计发放积分460余万分]]，[[K|兑换商品价值约230万元]]。[[K|柏林村党支部书记说，过去开村民大会]]，[[K|来的人不到一半]]；[[K|现在村里组织清理河[[S:escort:mid-word|包夜外围]]塘、修路]]，[[K|报名的村民常常超过需要的人数]]。</p>
<p>[[K|也有村干部反映，积分指标过细，评分工作量大]]。[[K|县里正在推广积分管理小程序]]，[[K|由网格员现场拍照上传]]，[[K|减少人工统计]]。</p>
<div class="share">[[B|分享到： 微信 微博]]　[[B|【打印】【关闭】]]</div>
<div class="links"><b>[[B|友情链接：]]</b><a href="#">[[B|清溪县人民政府]]</a> <a href="#">[[B|清溪县纪委监委]]</a> <span class="p-lk">[[S:gambling:link-block|<a href="#">盛鼎娱乐城</a> <a href="#">鑫博体育官网</a> <a href="#">AceMonarch casino</a>]]</span></div>
<div class="foot"><p>[[B|主办：清溪县人民政府办公室　承办：清溪县融媒体中心]]</p><p>[[B|网站标识码：4311250011]]　[[B|湘ICP备16019328号]]　[[B|湘公网安备 43112502000211号]]</p></div>
</body></html>
""",
    },
]
