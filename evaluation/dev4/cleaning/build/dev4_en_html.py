"""Development set 4: English HTML pages (machine translations of invented Chinese
policy articles, plus native English pieces), written fresh for dev4."""

DOCS = [
    {
        "name": "en4_digital_government_gbk.html",
        "lang": "en",
        "charset": "gbk",
        "kind": "HTML page in GBK with full site chrome: English MT of a digital-government article; gambling text hidden by display:none and off-screen, a Chinese brand glued to 体育官网 mid-sentence, Chinese punctuation",
        "families": ["mt"],
        "metadata": {"title": "One-stop online service covers 1,800 government items", "published": "2023-03-17", "authors": ["Pan Zhiyuan"], "editor": "Liu Qian", "source_name": "Nanlin Daily"},
        "body": r"""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>One-stop online service covers 1,800 government items - Nanlin Government Online</title></head>
<body>
<div class="nav">[[B|Home]] | [[B|Government Information]] | [[B|Online Services]] | [[B|Interaction]]</div>
<div class="crumb">[[B|Current location: Home &gt; News Center &gt; Departmental Updates]]</div>
<h1>One-stop online service covers 1,800 government items</h1>
<div class="info">Source: Nanlin Daily&nbsp;&nbsp;Author: Pan Zhiyuan&nbsp;&nbsp;Editor: Liu Qian&nbsp;&nbsp;Date: 2023-03-17</div>
<p>[[K|Nanlin City has moved 1,800 government service items onto a single online platform]][[M|，]]allowing residents to handle social security, household registration and business licenses without visiting several windows.<span style="display:none">[[S:gambling:hidden-element|金冠汇体育官网 sports betting live odds]]</span></p>
<p>[[K|The average processing time for a business license]] has fallen [[S:gambling:glued|金冠汇体育官网]][[K|from five working days to one]][[M|。]]The city data bureau said 87% of items can now be handled entirely online.</p>
<div style="position:absolute;top:-9999px;left:-9999px">[[S:gambling:hidden-element|Crownhui casino bonus 300% new member]]</div>
<p>[[K|For elderly residents who are not familiar with smartphones]], [[K|every service hall keeps a staffed window]] and offers help with the app.</p>
<div class="share">[[B|Share to: WeChat Weibo QQ Space]]</div>
<div class="related"><h3>Related news</h3><ul><li>[[B|Nanlin launches electronic business licence for individual traders]]</li><li>[[B|City hotline 12345 answers 94% of calls within 15 seconds]]</li></ul></div>
<div class="foot">[[B|Sponsored by: Nanlin Municipal People's Government Office]] [[B|Zhe ICP Bei 11028374 Hao]] [[B|Zhe Gong Wang An Bei 33010502004417]]<br>[[B|Contact: 0571-86012345]] <img src="/images/qrcode_wechat.png" alt="WeChat QR code"></div>
</body></html>
""",
    },
    {
        "name": "en4_urban_renewal_brand_title.html",
        "lang": "en",
        "kind": "HTML page (UTF-8): English MT of an urban-renewal article where a Latin brand replaces the city name in the title, heading and body; hidden by visibility:hidden and aria-hidden; a spliced romance-novel sentence",
        "families": ["mt"],
        "metadata": {"title": "City renovates 214 old residential compounds this year", "published": "2023-08-04", "authors": ["Xie Wanting"]},
        "body": r"""
<html><head><meta charset="utf-8"><title>[[S:brand-as-place:place-replacement|Luckmoor]] City renovates 214 old residential compounds this year</title></head>
<body>
<h1>[[S:brand-as-place:place-replacement|Luckmoor]] City renovates 214 old residential compounds this year</h1>
<p class="byline">Xie Wanting 2023-08-04</p>
<p>[[K|This year]] [[S:brand-as-place:place-replacement|Luckmoor]] [[K|plans to renovate 214 old residential compounds built before 2000]], benefiting about 38,000 households. Work includes adding elevators, replacing water pipes and repairing roofs.</p>
<p>[[K|Residents decide the renovation list through owners' meetings]]. [[S:filler:spliced-sentence|She turned away from the window, and for the first time that winter her heart beat as if it belonged to someone else.]] [[K|Projects that fail to win two thirds of the votes are postponed]].<span style="visibility:hidden">[[S:escort:hidden-element|Luckmoor escort service 24h Cebu models]]</span></p>
<p>[[K|The housing and urban-rural development bureau of]] [[S:brand-as-place:place-replacement|Luckmoor]] [[K|said 63 elevators have been installed]] with shared funding from residents, the government and the provident fund.<span aria-hidden="true">[[S:gambling:hidden-element|Luckmoor slots jackpot today</span>]]</p>
</body></html>
""",
    },
    {
        "name": "en4_carbon_peaking_gb18030.html",
        "lang": "en",
        "charset": "gb18030",
        "kind": "HTML page in GB18030: English MT of a carbon-peaking article with emoji and symbols inside words, a gambling brand glued to app download, a class hidden by a <style> rule, literal empty-id tags in the text",
        "families": ["mt"],
        "metadata": {"title": "Province sets carbon peaking roadmap for steel and cement", "published": "2022-12-09", "authors": ["Yao Jingwen", "Bai Tao"]},
        "body": r"""
<html><head><meta charset="gb18030"><title>Province sets carbon peaking roadmap for steel and cement</title>
<style>.zt8m{display:none}</style></head>
<body>
<h1>Province sets carbon peaking roadmap for steel and cement</h1>
<p>Authors: Yao Jingwen, Bai Tao | Published: 2022-12-09</p>
<p>[[K|The provincial development and reform commission released an implementation plan]] for carbon peaking in the industrial sector, [[K|requiring steel and cement output to be kept under control]] and energy use per unit of added value to fall by 13.5% by 2025.</p>
<p>[[K|Enterprises that complete ultra-low emission]] trans[[S:symbols:mid-word|🎰🔥]]formation will enjoy differentiated electricity prices. [[K|Those that fail to meet standards]] [[S:markup:empty-id-element|&lt;b id="q7x2kd"&gt;&lt;/b&gt;]] [[K|will face stricter production limits]] in heavy-pollution weather.<span class="zt8m">[[S:gambling:hidden-element|StarPeak88 app download bonus</span>]]</p>
<p>[[K|The plan also supports distributed photovoltaics on factory roofs]][[S:gambling:glued|StarPeak88 app download]], [[K|aiming for 3 gigawatts of new capacity]] by 2025. [[K|Carbon emission accounting]] will be [[S:markup:empty-id-element|&lt;font id="zz01p"&gt;&lt;/font&gt;]] [[K|carried out for every enterprise]] using more than 10,000 tonnes of standard coal a year.</p>
</body></html>
""",
    },
    {
        "name": "en4_anti_gambling_campaign.html",
        "lang": "en",
        "kind": "HTML page (UTF-8): legitimate article on a provincial anti-gambling campaign (gambling, casino, lottery words kept) with spam hidden by font-size:0 and a plain-word brand mid-sentence with no keyword",
        "families": ["gambling-governance"],
        "metadata": {"title": "Province launches 100-day campaign against online gambling", "published": "2023-06-05", "authors": ["Qin Yu"]},
        "body": r"""
<html><head><meta charset="utf-8"><title>Province launches 100-day campaign against online gambling</title></head>
<body>
<h1>Province launches 100-day campaign against online gambling</h1>
<p>Qin Yu / 2023-06-05</p>
<p>[[K|The provincial public security department launched a 100-day campaign against online gambling]] on Monday, [[K|targeting platforms that disguise gambling as games or lottery prediction apps]].</p>
<p>[[K|Police said some illegal lottery apps promise guaranteed winnings]] and [[S:gambling:mid-sentence|Goldwave]] [[K|then close accounts once players deposit large sums]]. [[K|Overseas casino websites also use short videos to attract young people]].<span style="font-size:0">[[S:gambling:hidden-element|Goldwave online casino deposit bonus</span>]]</p>
<p>[[K|Payment companies that help transfer gambling funds will be punished]], and [[K|telecom operators must block gambling websites within 24 hours]] of notification.</p>
</body></html>
""",
    },
    {
        "name": "en4_vocational_education_clean.html",
        "lang": "en",
        "kind": "HTML page (UTF-8): clean English MT of a vocational-education article with site chrome, no spam",
        "clean": True,
        "metadata": {"title": "Vocational colleges add 120 majors linked to local industries", "published": "2023-09-21", "authors": ["Zheng Ruolan"]},
        "body": r"""
<html><head><meta charset="utf-8"><title>Vocational colleges add 120 majors linked to local industries</title></head>
<body>
<div class="nav">[[B|Home]] [[B|News Desk]] [[B|Jobs Board]] [[B|Contact Us]]</div>
<h1>Vocational colleges add 120 majors linked to local industries</h1>
<p>By Zheng Ruolan &middot; September 21, 2023</p>
<p>[[K|Vocational colleges in the province have added 120 new majors this autumn]], [[K|most of them in new energy vehicles, industrial robots and elderly care]].</p>
<p>[[K|Students spend at least half of their study time in enterprises]] under the modern apprenticeship system. [[K|The employment rate of last year's graduates reached 95.6%]].</p>
<p>[[K|The education department said it would close majors with low employment rates]] and give more funding to colleges that cooperate with local industrial parks.</p>
<div class="foot">[[B|Copyright Provincial Education Department. All rights reserved.]] [[B|ICP No. 14003821-1]]</div>
</body></html>
""",
    },
    {
        "name": "en4_rural_credit_big5.html",
        "lang": "en",
        "charset": "big5",
        "kind": "HTML page in Big5: English MT of a rural-credit article with Traditional-script SEO keywords as a title prefix, glued in a sentence, in a hidden element and inside a number, plus a spliced content-farm sentence",
        "families": ["mt"],
        "metadata": {"title": "Rural credit cooperatives extend collateral-free loans to farmers", "published": "2022-10-13", "authors": ["Kang Wei"]},
        "body": r"""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"><title>[[S:seo-tw:title-prefix|台北關鍵字排名行銷｜]]Rural credit cooperatives extend collateral-free loans to farmers</title></head>
<body>
<h1>Rural credit cooperatives extend collateral-free loans to farmers</h1>
<p>Kang Wei 2022-10-13</p>
<p>[[K|Rural credit cooperatives in the province have issued credit ratings to 2.1 million farming households]], [[K|allowing those rated as good]][[S:seo-tw:glued|新北網站架設首選]] [[K|to borrow up to 300,000 yuan without collateral]].</p>
<p>[[K|The balance of such loans reached]] 4[[S:seo-tw:mid-number|林口搬家公司]]6.7 billion yuan by the end of September. [[S:filler:spliced-sentence|Whether you are a beginner or an expert, these ten simple tips will change the way you think about your morning routine.]] [[K|The non-performing ratio was 1.3%]], [[K|lower than the average of all rural loans]].</p>
<div style="display:none">[[S:seo-tw:hidden-element|桃園清潔公司 居家打掃 專業推薦</div>]]
<p>[[K|Credit officers visit villages to collect information on land, livestock and family income]], and [[K|the ratings are updated every year]].</p>
</body></html>
""",
    },
    {
        "name": "en4_water_conservancy_lottery.html",
        "lang": "en",
        "kind": "HTML page (UTF-8): English MT of a water-conservancy article with a togel/slot link block above the article, an escort keyword glued on both sides mid-sentence, forum jammer codes and a watermark",
        "families": ["mt"],
        "metadata": {"title": "Irrigation district upgrade saves 40 million cubic meters of water", "published": "2023-05-09", "authors": ["Hu Dongsheng"]},
        "body": r"""
<html><head><meta charset="utf-8"><title>Irrigation district upgrade saves 40 million cubic meters of water</title></head>
<body>
<div class="top">[[S:lottery-id:link-block|<a href="/t1">togel kamboja hari ini</a> <a href="/t2">slot88 gacor malam</a> <a href="/t3">toto sgp keluar</a> <a href="/t4">link alternatif maxwin</a>]]</div>
<h1>Irrigation district upgrade saves 40 million cubic meters of water</h1>
<p>Hu Dongsheng, May 9, 2023</p>
<p>[[S:jammer:jammer-code|x3Jv9pQe ]][[K|The modernization of the Hexi irrigation district was completed last month]], [[K|lining 236 kilometers of canals]] and installing 1,100 measuring gates.</p>
<p>[[K|Farmers now pay water fees according to measured use]],[[S:escort:mid-sentence|Bali Sugar Daddy]][[K|and water saved]] can be traded between villages. [[K|The district saved about 40 million cubic meters of water]] in the first irrigation season.[[S:jammer:jammer-code| Wk82nZq1]]</p>
<p>[[S:jammer:watermark|本文来自 水利论坛 bbs.shuiyou88.net 转载请注明]]</p>
<p>[[K|The saved water is used to restore wetlands downstream]], [[K|the county water resources bureau said]].</p>
</body></html>
""",
    },
    {
        "name": "en4_grassroots_governance_native.html",
        "lang": "en",
        "kind": "HTML page (UTF-8): clean native English feature on grassroots governance with comments and share widget chrome, no spam",
        "clean": True,
        "metadata": {"title": "Grid workers become the first responders of China's neighborhoods", "published": "2023-11-02", "authors": ["Mark Ellison"]},
        "body": r"""
<html><head><meta charset="utf-8"><title>Grid workers become the first responders of China's neighborhoods</title></head>
<body>
<header>[[B|World Policy Review]] [[B|Subscribe]] [[B|Sign in]]</header>
<h1>Grid workers become the first responders of China's neighborhoods</h1>
<p class="by">By Mark Ellison | November 2, 2023</p>
<p>[[K|In a residential compound on the edge of the city, Wang Li knows almost every household by name]]. As one of 1,400 grid workers in the district, [[K|she checks on elderly residents, mediates disputes between neighbors]] and reports broken street lights.</p>
<p>[[K|The grid system divides communities into units of about 300 households]], each with a worker who reports to the community party committee. [[K|Supporters say it makes local government more responsive]]; [[K|critics worry about the workload and the volume of forms]].</p>
<p>[[K|Local officials say they are trying to cut paperwork]], merging 27 reporting apps into one.</p>
<div class="share">[[B|Share this article: Facebook Twitter LinkedIn Email]]</div>
<div class="comments">[[B|2 comments]] [[B|Log in to leave a comment]]</div>
<footer>[[B|© 2023 World Policy Review. All rights reserved.]] [[B|Privacy Policy]]</footer>
</body></html>
""",
    },
    {
        "name": "en4_casino_regulation_gbk.html",
        "lang": "en",
        "charset": "gbk",
        "kind": "HTML page in GBK: legitimate native English article on casino regulation (casino, gambling, lottery kept) with gambling spam hidden off-screen and by a <style> id rule, and a Chinese brand replacing a place name",
        "families": ["gambling-governance"],
        "metadata": {"title": "Regulators review junket rules as casino revenue recovers", "published": "2023-07-27", "authors": ["Anna Lee"]},
        "body": r"""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>Regulators review junket rules as casino revenue recovers</title>
<style>#pr7t{visibility:hidden;height:0}</style></head>
<body>
<h1>Regulators review junket rules as casino revenue recovers</h1>
<p>Anna Lee, July 27, 2023</p>
<p>[[K|Casino gross gaming revenue recovered to about half of pre-pandemic levels]] in the second quarter, [[K|as regulators continued to review rules for junket operators]].</p>
<p>[[K|New licensing conditions require junkets to work with only one casino concessionaire]] and ban revenue-sharing arrangements. [[K|Analysts expect mass-market gambling to replace VIP rooms]] as the main source of income.<div id="pr7t">[[S:gambling:hidden-element|鑫博汇娱乐城 百家乐 真人视讯</div>]]</p>
<p>[[K|The government also plans to tighten oversight of sports lottery outlets]] in tourist districts such as [[S:brand-as-place:place-replacement|鑫博汇]] [[K|Harbor, where illegal bookmaking was reported]].<span style="position:fixed;left:-5000px">[[S:gambling:hidden-element|xinbohui88.com casino online</span>]]</p>
</body></html>
""",
    },
    {
        "name": "en4_elderly_insurance_utf8_mixed.html",
        "lang": "en",
        "kind": "HTML page (UTF-8): English MT of a long-term-care insurance article with a porn keyword title suffix, an escort word stuck inside an English word, a spliced wuxia-novel sentence without fiction names, and a spliced Chinese filler sentence",
        "families": ["mt"],
        "metadata": {"title": "Long-term care insurance pilot extended to rural residents", "published": "2023-01-30", "authors": ["Mo Xinyi"]},
        "body": r"""
<html><head><meta charset="utf-8"><title>Long-term care insurance pilot extended to rural residents[[S:porn:title-suffix|,亚洲无码专区,激情小说_在线观看]]</title></head>
<body>
<h1>Long-term care insurance pilot extended to rural residents</h1>
<p>Mo Xinyi 2023-01-30</p>
<p>[[K|The long-term care insurance pilot in Qiaoxi City will cover rural residents]] from March, [[K|benefiting about 260,000 elderly people]] who cannot take care of themselves.</p>
<p>[[K|Insured people assessed as severely disabled]] can receive home nursing or insti[[S:escort:mid-word|HanoiEscorts]]tutional care, [[K|with the fund paying 70% of eligible costs]]. [[S:filler:spliced-sentence|The wind over the pass grew colder, and the lamp in the inn flickered three times before it went out.]] [[K|Premiums are shared by individuals and the medical insurance fund]].</p>
<p>[[K|The city trained 1,900 care workers last year]].[[S:filler:spliced-sentence|他笑了笑，转身消失在茫茫夜色之中，只留下一地月光。]] [[K|A shortage of qualified nurses remains the main difficulty]], officials admitted.</p>
</body></html>
""",
    },
]
