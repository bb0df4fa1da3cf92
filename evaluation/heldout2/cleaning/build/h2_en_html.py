"""Held-out set 2: English HTML pages (machine translations of invented Chinese
policy articles and native English articles, with site chrome), in UTF-8, GBK,
GB18030 and Big5."""

DOCS = [
    {
        "name": "en_digital_government_gbk.html",
        "lang": "en",
        "charset": "gbk",
        "kind": "HTML page in GBK: English machine translation on a municipal portal, with Chinese porn keywords after the title, gambling text hidden by display:none, escort text positioned off-screen, Chinese punctuation, a hyphen split and a literal term, full site chrome (menu, breadcrumb, share, related list, footer with Chinese ICP and public-security filing numbers)",
        "families": ["mt"],
        "metadata": {
            "title": "\"One network for all services\" makes government services faster in Langzhou",
            "published": "2022-11-24",
            "source": "Langzhou Municipal Big Data Administration",
            "authors": ["Shi Yongkang"],
        },
        "body": r"""
<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>"One network for all services" makes government services faster in Langzhou[[S:porn:title-suffix|_亚洲精品一区二区_午夜免费影院]]</title>
<link rel="stylesheet" href="/css/en_style.css"></head>
<body>
<div class="top"><span class="site">[[B|Langzhou Municipal People's Government Portal]]</span>
<ul class="nav"><li><a href="/en/">[[B|Home Page]]</a></li><li><a href="/en/zwgk/">[[B|Government Information Disclosure]]</a></li><li><a href="/en/bs/">[[B|Online Services]]</a></li><li><a href="/en/hd/">[[B|Interaction]]</a></li></ul></div>
<div class="crumb">[[B|Current location: Home &gt; News Center &gt; Departmental Trends]]</div>
<div class="article">
<h1>"One network for all services" makes government services faster in Langzhou</h1>
<div class="info">Release time: 2022-11-24 15:20 Source: Langzhou Municipal Big Data Administration Author: Shi Yongkang <span class="fs">[[B|Font size: large medium small]]</span> <a href="javascript:window.print()">[[B|Print this page]]</a></div>
<p>[[K|Digital government construction is an important part of the digital China strategy]][[M|。]]Since 2020[[M|，]]Langzhou City has [[K|integrated 58 departmental business systems into a unified government service platform]][[M|，]]<span style="display:none">[[S:gambling:hidden-element|天鼎国际娱乐官网 TianDing Casino live dealer]]</span>[[K|2,136 government service items can be handled online]][[M|，]]and the online handling rate has reached 92.7%[[M|。]]</p>
<p>[[K|Citizens no longer need to submit the same material again and again]][[M|。]]The city has [[K|built an electronic license library covering 312 types of certificates]][[M|，]]business licenses[[M|、]]ID cards[[M|、]]household registration books can be called up directly by window staff[[M|，]]and [[K|the average number of materials submitted per item has dropped by 46%]][[M|。]]<div style="position:absolute;left:-9999px;top:-9999px">[[S:escort:hidden-element|Karachi call girls booking WhatsApp 24/7]]</div></p>
<p>[[K|For businesses, the city launched a]] [[R|one -stop=>one-stop]] service for opening a company[[M|：]][[K|business registration, seal engraving, tax invoice application and social security registration]] can be completed in 1 working day[[M|。]]In the first ten months of this year[[M|，]][[K|31,000 new market entities were registered]][[M|，]]up 18.4% year on year[[M|。]]</p>
<p>The city also uses the "[[M|good and bad evaluation]]" system to collect the views of the masses on each service[[M|，]][[K|the satisfaction rate reached 99.3%]][[M|。]]Next[[M|，]]Langzhou will [[K|promote the unified management of urban operation on one network]][[M|，]]letting data run more and the masses run less[[M|。]]</p>
</div>
<div class="share">[[B|Share to:]] <a href="#">[[B|Sina Weibo]]</a> <a href="#">[[B|WeChat Moments]]</a> <img src="/images/qrcode_lz.png" alt="qrcode"> <span>[[B|Scan the QR code to open this page on your phone]]</span></div>
<div class="related"><h3>[[B|Related Articles]]</h3><ul>
<li><a href="/en/c/1021.html">[[B|Langzhou holds a promotion meeting on government data sharing]]</a></li>
<li><a href="/en/c/1017.html">[[B|Guidelines for applying for electronic licenses in Langzhou]]</a></li>
</ul></div>
<div class="footer"><p>[[B|Sponsor: General Office of Langzhou Municipal People's Government]]</p>
<p>[[B|岚ICP备05006431号-1]] <img src="/images/gaba.png" alt=""> [[B|岚公网安备 53010202000391号]] [[B|Website identification code: 5301000014]]</p>
<p>[[B|Address: No. 9 Xinghe Road, Langzhou]] [[B|Tel: 0871-6518 2030]]</p></div>
</body></html>
""",
    },
    {
        "name": "en_county_hospital_gb18030.html",
        "lang": "en",
        "charset": "gb18030",
        "kind": "HTML page in GB18030: English machine translation of a county medical community article with escort text hidden by visibility:hidden, gambling text in an aria-hidden element, emoji and card-suit symbols inside words, a brand link posted as a comment, Chinese punctuation, sidebar, share widget and comments",
        "families": ["mt"],
        "metadata": {
            "title": "County medical community: letting common diseases be treated within the county",
            "published": "2023-04-17",
            "source": "Moyang County Health Commission",
            "authors": ["Liang Shuhua"],
        },
        "body": r"""
<html><head><meta charset="gb18030"><title>County medical community: letting common diseases be treated within the county</title></head>
<body>
<div class="header"><span class="logo">[[B|Health Reform Observer]]</span> <a href="/policy/">[[B|Policy Express]]</a> | <a href="/local/">[[B|Local Practice]]</a> | <a href="/expert/">[[B|Expert Views]]</a> | <a href="/search/">[[B|Search this site]]</a></div>
<div class="main">
<h1>County medical community: letting common diseases be treated within the county</h1>
<p class="meta">2023-04-17 | Author: Liang Shuhua | Source: Moyang County Health Commission</p>
<p>[[K|In 2019, Moyang County was listed as a national pilot county for the construction of a close-knit county medical community]][[M|。]]The county people's hospital leads [[K|21 township health centers and 236 village clinics]][[M|，]]and [[K|the county has implemented unified management of personnel, finance and drugs within the medical community]][[M|。]]</p>
<p>Doctors of the county hospital [[K|go down to the township health centers to sit in clinics every week]][[M|，]]and the CT and DR images taken in townships are [[K|read remotely by the imaging center of the county hospital]][[M|。]]<span style="visibility:hidden">[[S:escort:hidden-element|Nairobi Sugar Daddy meet discreet]]</span></p>
<p>[[K|The medical insurance fund is paid to the medical community as a package]] according to the number of insured people[[M|，]]and the balance is retained and used by the community[[M|。]]This [[K|encourages hospitals to shift from treating diseases to preventing them]][[M|。]]<i aria-hidden="true">[[S:gambling:hidden-element|MegaJade88 老虎机 slots 888 welcome bonus]]</i></p>
<p>Results are showing[[M|：]][[K|the proportion of patients treated within the county rose from 78.2% in 2018 to 91.5% in 2022]][[M|，]]and the number of patients transferred [[K|from the county hospital to hospitals above the county level fell by 37%]][[M|。]]Residents in remote villages can now consult specialists through tele[[S:symbols:symbol-in-word|♠]]medicine at the village clinic[[M|。]]</p>
<p>[[K|The shortage of talent at the grassroots remains a weak link]][[M|。]]The county [[K|recruits 40 rural-oriented medical students every year]] and [[K|provides a monthly subsidy of 800 yuan for village doctors]][[M|。]]The director of the county hos[[S:symbols:symbol-in-word|🎲]]pital said that the next step is to [[K|build a chronic disease management center for hypertension and diabetes]][[M|。]]</p>
<div class="share">[[B|Share this article:]] <a href="#">[[B|Weibo]]</a> <a href="#">[[B|QQ Zone]]</a> <img src="/img/wx_share_qr.png" alt="share"></div>
<div class="comments"><h4>[[B|Comments (2)]]</h4>
<div class="c">[[B|Netizen from Xiqiao Town: The health center near my home now has a doctor from the county hospital every Tuesday.]]</div>
<div class="c">[[S:gambling:link-block|<a href="http://mj88.example/reg">MegaJade88 官方网站 最新登录地址</a>]]</div>
</div>
</div>
<div class="side"><h3>[[B|Hot Articles]]</h3><ul>
<li><a href="/a/3310.html">[[B|Ten questions and answers on the medical insurance payment reform]]</a></li>
<li><a href="/a/3297.html">[[B|How to sign a family doctor contract online]]</a></li>
</ul></div>
<div class="footer">[[B|Copyright Health Reform Observer 2015-2023]] [[B|ICP License No. 13021877]] [[B|Contact us: tougao@hro-news.cn]]</div>
</body></html>
""",
    },
    {
        "name": "en_urban_renewal_big5.html",
        "lang": "en",
        "charset": "big5",
        "kind": "HTML page in Big5 (Taiwanese mirror site): English machine translation of an urban-renewal article with Traditional-script SEO keywords before the title, glued to a sentence, inside a number, spliced as a sentence and hidden by font-size:0, a literal term, Chinese punctuation and Traditional-script site chrome",
        "families": ["mt"],
        "metadata": {
            "title": "Renovating old residential communities: lifts, parking and a say for residents",
            "published": "2023-08-02",
            "source": "Dongling Urban Construction News",
            "authors": ["Wen Xiaoyu"],
        },
        "body": r"""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"><title>[[S:seo-tw:title-prefix|彰化冷氣安裝推薦|基隆除蟲公司-]]Renovating old residential communities: lifts, parking and a say for residents</title></head>
<body>
<div id="nav"><a href="/">[[B|首頁]]</a> <a href="/new/">[[B|最新文章]]</a> <a href="/tags/">[[B|熱門標籤]]</a></div>
<div id="post">
<h1>Renovating old residential communities: lifts, parking and a say for residents</h1>
<p>2023-08-02 | Dongling Urban Construction News | Wen Xiaoyu</p>
<p>[[K|Old residential communities built before 2000 are home to many elderly residents]][[M|，]][[K|and problems such as aging pipes, a lack of lifts and chaotic parking are common]][[M|。]]In 2023[[M|，]]Dongling City plans to [[K|renovate 214 old residential communities involving 38,600 households]][[M|。]]<span style="font-size:0">[[S:seo-tw:hidden-element|宜蘭形象網站架設 Google地圖排名]]</span></p>
<p>The renovation of these "[[M|old and old communities]]" [[K|follows the principle of asking residents what they need]][[M|。]]Before the work starts[[M|，]][[K|each community holds residents' meetings to decide the list of projects]][[M|，]][[K|and a project can only begin after more than two thirds of households agree]][[M|。]][[S:seo-tw:glued|苗栗水管疏通專業團隊]]</p>
<p>[[K|Installing lifts in existing multi-storey buildings]] is the most welcome item[[M|。]]The city gives a subsidy of up to 250,000 yuan for each lift[[M|，]][[K|and residents on different floors share the rest of the cost]] according to a negotiated formula[[M|。]]So far[[M|，]]1[[S:seo-tw:mid-number|新北市抽水肥]]64 lifts have been installed[[M|。]]</p>
<p>[[K|Parking spaces have been added by using idle land around the communities]][[M|，]]and 3,200 charging piles for electric bicycles have been built[[M|。]][[S:seo-tw:spliced-sentence|專業抽水肥服務，全區二十四小時到府，價格公道。]][[K|The "15-minute living circle" around the communities now includes canteens, clinics and daycare centers]][[M|。]]</p>
</div>
<div id="foot">[[B|版權所有 東陵新聞網]] | <a href="/contact">[[B|聯絡我們]]</a> | <a href="/privacy">[[B|隱私權政策]]</a></div>
</body></html>
""",
    },
    {
        "name": "en_lottery_outlets_gambling.html",
        "lang": "en",
        "charset": "utf-8",
        "kind": "HTML page (UTF-8): native English article on responsible-gaming rules for welfare lottery outlets (legitimate lottery and gambling words must stay), with Chinese gambling spam in an element whose class a <style> rule hides, a brand glued to a sentence end and a togel/slot link block below",
        "families": ["gambling-governance"],
        "metadata": {
            "title": "Welfare lottery outlets adopt responsible gaming rules",
            "published": "2023-07-04",
            "source": "Fenghe Daily",
            "authors": ["Sun Peiran"],
        },
        "body": r"""
<html><head><meta charset="utf-8"><title>Welfare lottery outlets adopt responsible gaming rules</title>
<style>.p-note { color: #666 } .adx7 { display: none }</style></head>
<body>
<div class="masthead"><a href="/">[[B|Fenghe Daily English Edition]]</a> <a href="/province/">[[B|Provincial News]]</a> <a href="/business/">[[B|Business]]</a> <a href="/life/">[[B|Lifestyle]]</a></div>
<h1>Welfare lottery outlets adopt responsible gaming rules</h1>
<p class="p-note">By Sun Peiran | Fenghe Daily | 2023-07-04</p>
<p>[[K|Welfare lottery outlets in Fenghe Province must refuse to sell tickets to minors]] and [[K|post warnings about problem gambling at their counters]] under rules that took effect on July 1, the provincial civil affairs department said.</p>
<p>[[K|Each of the province's 4,870 outlets now displays a sign reading "Buy lottery tickets rationally, never gamble on credit"]]. [[K|Sellers may not extend credit or accept bank cards belonging to other people]]<span class="adx7">[[S:gambling:hidden-element|天鼎娱乐官网 彩票网上投注 注册送彩金]]</span>, and [[K|an outlet that sells to a minor loses its licence for six months]].</p>
<p>[[K|Instant scratch cards have drawn particular attention]]. [[K|A single buyer may purchase no more than 20 cards at a time]], and outlets must not let customers scratch cards on the premises for more than 30 minutes in a row.[[S:gambling:glued|天鼎娱乐官网]]</p>
<p>[[K|Lottery sales in the province reached 6.9 billion yuan last year]], [[K|of which about 28 percent went to the public welfare fund]] for elderly care, disability services and [[K|support for children in difficulty]]. "[[K|Lottery is a way to raise money for welfare, not a way to get rich]]," said Zhou Ping, director of the provincial welfare lottery center.</p>
<p>[[K|Residents worried about a family member's gambling can call the counselling line printed on every ticket]].</p>
<div class="links">[[S:lottery-id:link-block|<a href="#">link slot gacor hari ini</a> <a href="#">togel singapura 4d resmi</a> <a href="#">akun demo slot anti rungkad</a> <a href="#">GACORJAYA daftar</a>]]</div>
<div class="foot">[[B|Fenghe Daily English Edition. All rights reserved.]] [[B|Reproduction without permission is prohibited.]]</div>
</body></html>
""",
    },
    {
        "name": "en_irrigation_linkblock.html",
        "lang": "en",
        "charset": "utf-8",
        "kind": "HTML page (UTF-8): English machine translation of an irrigation-district article with a slot/toto link block above the page, escort text in an element whose id a <style> rule hides, a zh brand glued to the author's name, a brand link among the comments, Chinese punctuation and a stutter",
        "families": ["mt"],
        "metadata": {
            "title": "Modernization of the Baicao irrigation district: saving water and increasing grain",
            "published": "2021-09-15",
            "source": "Chiyuan Water Resources Bureau",
            "authors": ["Ding Yuanchao"],
        },
        "body": r"""
<html><head><meta charset="utf-8"><title>Modernization of the Baicao irrigation district: saving water and increasing grain</title>
<style>#fx93 {position:absolute; display:none}</style></head>
<body>
<div class="topbar">[[S:lottery-id:link-block|<a href="#">slot deposit dana 5000 tanpa potongan</a> &middot; <a href="#">prediksi toto hk jitu</a> &middot; <a href="#">situs slot bintang77 rungkad</a>]]</div>
<div class="head"><a href="/">[[B|Chiyuan Water Resources Bureau official website]]</a> <a href="/news/">[[B|Water News]]</a> <a href="/notice/">[[B|Notices and Announcements]]</a></div>
<h1>Modernization of the Baicao irrigation district: saving water and increasing grain</h1>
<p>Time: 2021-09-15 Source: Chiyuan Water Resources Bureau Author: Ding Yuanchao[[S:gambling:glued|金禾体育官网]] Views: 1873</p>
<p>[[K|The Baicao irrigation district was built in the 1960s]][[M|，]][[K|with a designed irrigation area of 560,000 mu]][[M|。]]Because of the aging of the canal system[[M|，]][[K|the water leakage loss of the main canal once exceeded 40%]][[M|。]]<span id="fx93">[[S:escort:hidden-element|Ho Chi Minh Sugar Baby arrangement]]</span></p>
<p>Since 2019[[M|，]][[K|Chiyuan City has invested 870 million yuan in the continued construction and water-saving transformation of the irrigation district]][[M|，]]lining 126 kilometers of main and branch canals[[M|，]]and [[K|rebuilt 1,480 canal buildings such as sluices and culverts]][[M|。]][[K|The effective utilization coefficient of irrigation water rose from 0.47 to 0.58]][[M|。]]</p>
<p>[[K|The irrigation district has also built an information system]][[M|，]][[K|the water level and flow of 212 measuring points can be viewed on a mobile phone]][[M|，]]so the dispatching of [[R|water allocation water allocation=>water allocation]] has changed from "shouting" to "clicking"[[M|。]]Farmers' water user associations [[K|take charge of the maintenance of the end canals]][[M|，]]and water fees are charged by volume[[M|。]]</p>
<p>[[K|The water saved each year is about 38 million cubic meters]][[M|，]][[K|enough to expand the irrigated area by 42,000 mu]][[M|。]]Local farmers said that now "[[K|the water arrives at the field on time]]"[[M|。]]</p>
<div class="comment-list"><p class="c-title">[[B|Netizen comments]]</p>
<p>[[B|Chiyuan netizen 1342: The canal in our village was lined last winter and the water now reaches the tail fields.]]</p>
<p>[[S:gambling:link-block|<a href="http://jh8.example/">JH8 Sports 金禾体育 真人娱乐 casino online 首存送100%</a>]]</p>
</div>
<div class="foot">[[B|Chiyuan Water Resources Bureau. All Rights Reserved]] [[B|ICP No. 2021008875]]</div>
</body></html>
""",
    },
    {
        "name": "en_clean_carbon_peaking.html",
        "lang": "en",
        "charset": "utf-8",
        "kind": "HTML page (UTF-8): clean native English article on an industrial park's carbon peaking plan with full site chrome (menu, breadcrumb, tags, share, most-read list, newsletter box, footer with ICP number); no injected spam",
        "clean": True,
        "metadata": {
            "title": "Zhaoshan Industrial Park sets out its carbon peaking roadmap",
            "published": "2022-08-29",
            "authors": ["Yao Qinghe", "Wei Lanting"],
        },
        "body": r"""
<html><head><meta charset="utf-8"><title>Zhaoshan Industrial Park sets out its carbon peaking roadmap</title></head>
<body>
<header><div class="logo">[[B|Eastern Coast Economic Review]]</div>
<nav><a href="/markets">[[B|Markets]]</a> <a href="/energy">[[B|Energy &amp; Environment]]</a> <a href="/regions">[[B|Regions]]</a> <a href="/opinion">[[B|Opinion]]</a> <a href="/login">[[B|Sign in]]</a></nav></header>
<div class="crumbs">[[B|You are here: Home &rsaquo; Energy &amp; Environment &rsaquo; Green Development]]</div>
<article>
<h1>Zhaoshan Industrial Park sets out its carbon peaking roadmap</h1>
<p class="byline">By Yao Qinghe and Wei Lanting | August 29, 2022</p>
<p>[[K|Zhaoshan Industrial Park, home to 1,140 manufacturers, has published an action plan to peak its carbon emissions by 2028]], two years ahead of the provincial target. [[K|Energy use per unit of industrial output is to fall by 16% from the 2020 level by 2025]].</p>
<p>The plan focuses on the park's 38 heaviest energy users, [[K|which account for nearly 70% of its emissions]]. [[K|Each must submit an energy audit by the end of this year]], and firms that miss efficiency benchmarks will pay higher electricity prices from 2024.</p>
<p>[[K|Rooftop solar is the quickest lever]]. The park has signed agreements to install 210 megawatts of panels on factory roofs, [[K|enough to supply about 12% of its electricity]]. [[K|A shared steam network will replace 46 small coal-fired boilers]].</p>
<p>"[[K|Cutting carbon is becoming a condition for winning orders]]," said Tang Ruixue, head of the park's management committee. Several exporters have been asked by European customers for product carbon footprints.</p>
<p>[[K|The park will also pilot a carbon accounting platform with the local branch of the power grid company]], so that companies can check their monthly emissions online.</p>
<p class="tags">[[B|Tags: carbon peaking / industrial parks / solar]]</p>
</article>
<div class="share">[[B|Share this article]] <a href="#">[[B|Copy link]]</a></div>
<aside><h3>[[B|Most Read]]</h3><ol>
<li><a href="/a/88213">[[B|Port throughput hits a record in July]]</a></li>
<li><a href="/a/88190">[[B|Why small exporters are hedging against the yuan]]</a></li>
</ol>
<div class="newsletter">[[B|Sign up for our daily newsletter]] <input type="email" placeholder="Email"></div></aside>
<footer>[[B|Copyright 2022 Eastern Coast Economic Review]] [[B|Privacy Policy]] [[B|Terms of Use]] [[B|ICP No. 17042210]]</footer>
</body></html>
""",
    },
    {
        "name": "en_rural_credit_mojibake.html",
        "lang": "en",
        "charset": "utf-8",
        "kind": "HTML page (UTF-8): English machine translation of a rural-credit article whose town name has been replaced by a gambling brand that is also put before the title, literal empty tags repeating one random id in the visible text, the Chinese original title as mojibake (GBK read as Latin-1), Chinese punctuation and site chrome",
        "families": ["mt", "mojibake"],
        "metadata": {
            "title": "Whole-village credit makes loans easier for farmers",
            "published": "2022-04-12",
            "source": "Rural Finance Times",
            "authors": ["Cao Minghui"],
        },
        "body": r"""
<html><head><meta charset="utf-8"><title>[[S:gambling:title-prefix|DragonTide8娱乐城 | ]]Whole-village credit makes loans easier for farmers</title></head>
<body>
<div class="nav"><a href="/">[[B|Rural Finance Times Online]]</a> <a href="/bank/">[[B|Banking &amp; Credit]]</a> <a href="/insurance/">[[B|Insurance]]</a> <a href="/en/">[[B|English Channel]]</a></div>
<h1>Whole-village credit makes loans easier for farmers</h1>
<p>Published: 2022-04-12 Author: Cao Minghui Source: Rural Finance Times</p>
<p>[[K|In the past, farmers who wanted a loan had to find a guarantor and provide collateral]][[M|，]][[K|and the approval often took more than half a month]][[M|。]]In 2021[[M|，]]the rural commercial bank of [[S:brand-as-place:place-replacement|DragonTide8]] Town launched [[K|the "whole-village credit" model]][[M|，]][[K|granting credit lines to all households in a village at once]][[M|。]][[S:markup:empty-id-element|&lt;font id="m4r8kz"&gt;&lt;/font&gt;]]</p>
<p>[[K|Bank staff, village cadres and villager representatives form an evaluation group]][[M|，]][[K|which rates each household according to its reputation, family income and production plans]][[M|。]][[K|Households rated "good" can get an unsecured credit line of up to 300,000 yuan]][[M|，]]and borrow and repay at any time through the mobile banking app[[M|。]][[S:markup:empty-id-element|&lt;font id="m4r8kz"&gt;&lt;/font&gt;]]</p>
<p>So far[[M|，]][[K|the bank has granted credit to 46 villages]] in [[S:brand-as-place:place-replacement|DragonTide8]] Town and the neighboring townships[[M|，]]with a total credit of 1.83 billion yuan[[M|，]][[K|and the non-performing loan ratio is only 0.6%]][[M|。]]"[[K|I used to borrow from relatives to buy piglets]][[M|，]]now I can get the money on my phone in ten minutes[[M|，]]" said Lu Fugen[[M|，]]a pig farmer in [[S:brand-as-place:place-replacement|DragonTide8]] Town[[M|。]]</p>
<p>[[K|Experts remind that credit should be matched with risk control]][[M|，]][[K|and village-level credit information needs to be updated every year]][[M|。]][[S:markup:empty-id-element|&lt;font id="m4r8kz"&gt;&lt;/font&gt;]]</p>
<p class="orig">Original Chinese title of this article: [[J:gbk-latin1|整村授信让农户贷款不再难]]</p>
<div class="foot">[[B|Rural Finance Times Online Copyright]] [[B|E-mail: webmaster@rft-news.cn]] [[B|Tel: 010-6219 5570]]</div>
</body></html>
""",
    },
    {
        "name": "en_grid_governance_gb18030.html",
        "lang": "en",
        "charset": "gb18030",
        "kind": "HTML page in GB18030: native English feature on neighbourhood grid workers, with a plain-word gambling brand mid-sentence, a casino brand hidden off-screen by text-indent, escort text glued to a quotation and hidden by the hidden attribute, and a machine-generated filler sentence spliced in",
        "metadata": {
            "title": "Grid workers bring neighbourhood services to the doorstep",
            "published": "2024-03-09",
            "source": "Harbour City Herald",
            "authors": ["Shen Ruoxi"],
        },
        "body": r"""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb18030"><title>Grid workers bring neighbourhood services to the doorstep</title></head>
<body>
<div class="bar"><a href="/">[[B|Harbour City Herald - Metro]]</a> <a href="/subscribe">[[B|Subscribe]]</a> <a href="/account">[[B|My account]]</a></div>
<h1>Grid workers bring neighbourhood services to the doorstep</h1>
<p class="byline">By Shen Ruoxi | Harbour City Herald | March 9, 2024</p>
<p>[[K|Every morning at eight, Zhao Lijuan walks the six residential buildings that make up her grid]] in Taoxi Street, [[K|checking on elderly residents who live alone]] and noting broken lights, blocked drains and cars that block fire lanes.</p>
<p>[[K|She is one of 1,260 full-time grid workers in Wutong District]], [[K|each responsible for roughly 300 households]]. Problems they cannot solve on the spot [[K|are logged in an app and sent to the relevant department]], [[K|which must respond within 48 hours]].<span style="display:block;text-indent:-9999px;overflow:hidden;height:1px">[[S:gambling:hidden-element|Lucksail casino VIP rebate 1.5%]]</span></p>
<p>[[K|Last year the district's grid workers handled 41,000 cases]], [[K|from disputes between neighbours over noise to]] [[S:gambling:mid-sentence|Lucksail]] [[K|leaking roofs in older blocks]]. About 93 percent were closed within the deadline, according to the district's governance office.</p>
<p>[[K|Residents have mixed views]]. "[[K|The grid worker knows every family on our floor]]," said Pan Jianguo, a retired teacher[[S:escort:glued|Ghana Sugar Mummy]]. [[K|Others worry about the amount of personal information being collected]], and the district says [[K|data is stored on a government server and accessed only by authorised staff]].[[S:filler:spliced-sentence| With the continuous development of society, people's living standards have been continuously improved, and more and more people have begun to pay attention to their health.]]</p>
<p>[[K|The district now plans to recruit volunteers as part-time grid assistants]], [[K|offering them priority access to community services in return]].<div hidden>[[S:escort:hidden-element|Doha Sugar Daddy online chat now]]</div></p>
<div class="more"><h3>[[B|More from Metro]]</h3><ul><li>[[B|Night buses return to three suburban routes]]</li><li>[[B|Taoxi Street market to reopen after repairs]]</li></ul></div>
<div class="footer">[[B|Harbour City Herald. All rights reserved.]] [[B|Advertise with us]] [[B|Corrections policy]]</div>
</body></html>
""",
    },
    {
        "name": "en_rural_roads_gbk.html",
        "lang": "en",
        "charset": "gbk",
        "kind": "HTML page in GBK: English machine translation of a rural-roads article with a gambling keyword after the title (Title_keyword中国网), a zh brand glued between two sentences, escort text hidden by opacity:0, gambling brands among the genuine friendly links, a literal term, Chinese punctuation, and a footer with Chinese ICP and public-security filing numbers",
        "families": ["mt"],
        "metadata": {
            "title": "Road chiefs keep rural roads in good repair",
            "published": "2022-05-19",
            "source": "Anqiao Transport Bureau",
            "authors": ["Tang Yifan", "Lei Min"],
        },
        "body": r"""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>Road chiefs keep rural roads in good repair[[S:gambling:title-suffix|_PandaBet体育中国网]]</title></head>
<body>
<div class="nav"><a href="/">[[B|Anqiao Transport Bureau Home]]</a> <a href="/gk/">[[B|Open Government Affairs]]</a> <a href="/fw/">[[B|Convenience Services]]</a></div>
<div class="pos">[[B|Location: Home &gt;&gt; Work Dynamics]]</div>
<h1>Road chiefs keep rural roads in good repair</h1>
<p class="info">Date: 2022-05-19 Source: Anqiao Transport Bureau Author: Tang Yifan Lei Min [[B|Visits: 2217]]</p>
<p>[[K|By the end of 2021, the total length of rural roads in Anqiao City reached 8,640 kilometers]][[M|，]][[K|and all administrative villages have access to hardened roads and buses]][[M|。]]But "[[K|building is important, and maintenance is even more important]]"[[M|。]]Since 2020[[M|，]]the city has implemented the "[[M|road length system]]"[[M|，]][[K|with county, township and village road chiefs responsible for every section]][[M|。]]</p>
<p>[[K|Village road chiefs are usually the village party secretaries]][[M|，]]who [[K|organize public welfare posts for road maintenance]][[S:gambling:glued|PandaBet体育官网]], [[K|giving priority to people who have been lifted out of poverty]][[M|。]]So far[[M|，]][[K|1,260 road maintenance workers have been hired]][[M|，]][[K|each earning about 1,000 yuan a month]][[M|。]]<span style="opacity:0;position:absolute;z-index:-1">[[S:escort:hidden-element|Kampala Sugar Mummy WhatsApp chat]]</span></p>
<p>[[K|The city allocates 12,000 yuan per kilometer every year for the maintenance of county roads]][[M|，]]and the rate of good and medium roads has [[K|risen from 71% to 86%]][[M|。]][[K|Road chiefs also check the safety of bridges and culverts after heavy rain]][[M|，]]and in 2021 they found and dealt with 93 hidden dangers[[M|。]]</p>
<p>"[[K|Now the bus comes to the village gate every hour]]"[[M|，]]said Xu Laishun[[M|，]]a villager of Pingtou Village who sends his oranges to the county town by bus every week[[M|。]]</p>
<div class="links">[[B|Friendly links:]] <a href="#">[[B|Anqiao Municipal People's Government]]</a> <a href="#">[[B|Provincial Department of Transport]]</a> <a href="#">[[S:gambling:link-block|PandaBet体育]]</a> <a href="#">[[S:gambling:link-block|聚宝盆棋牌官网下载]]</a></div>
<div class="foot"><p>[[B|Sponsor: Anqiao Municipal Transport Bureau]] [[B|Tel: 0554-8821 630]]</p><p>[[B|桥ICP备12004411号]] [[B|桥公网安备 34110202000127号]]</p></div>
</body></html>
""",
    },
]
