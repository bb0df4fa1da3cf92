"""Second development set: English HTML pages (machine translations of Chinese
policy articles on mirrored/hacked sites with full site chrome, plus native
English pages), in UTF-8, GBK, GB18030 and Big5. All text is invented."""

DOCS = [
    {
        "name": "en2_digital_gov_gbk.html",
        "lang": "en",
        "charset": "gbk",
        "kind": "HTML page in GBK with full site chrome (nav, breadcrumbs, share bar, related list, QR line, footer with ICP and public-security filing): English machine translation of a digital-government article, gambling text hidden by display:none and by off-screen positioning, a Chinese brand glued to a word, Chinese punctuation",
        "families": ["mt"],
        "metadata": {"title": "\"One network handles everything\": Xiheng City moves 1,460 services online", "published": "2023-02-20", "authors": ["Yan Shuo"], "source": "Xiheng Daily", "editor": "Qiu Lan"},
        "body": r"""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>"One network handles everything": Xiheng City moves 1,460 services online - Xiheng Government Network</title></head>
<body>
<div class="nav"><a href="/">[[B|Home Page]]</a> <a href="/zw">[[B|Government Affairs Open]]</a> <a href="/bs">[[B|Online Office Hall]]</a> <a href="/hd">[[B|Government-People Interaction]]</a></div>
<div class="crumb">[[B|Current location: Home Page &gt; News Center &gt; Departmental Trends]]</div>
<h1>"One network handles everything": Xiheng City moves 1,460 services online</h1>
<div class="info">Source: Xiheng Daily Author: Yan Shuo Release time: 2023-02-20 10:05 <span class="share">[[B|Share to: WeChat Weibo QQ Space]]</span></div>
<div class="content">
<p>[[K|Xiheng City has integrated the service systems of 43 departments into one government service platform]][[M|，]]and 1,460 matters can now be handled online from application to certificate[[M|。]]<span style="display:none">[[S:gambling:hidden-element|Tigerlily Casino live dealer roulette]]</span>[[K|Citizens only need to log in once with their identity card]] to apply for social security, housing provident fund, business registration and other services.</p>
<p>[[K|The platform shares 2,300 kinds of data among departments]], so that [[K|applicants no longer need to submit the same certificate repeatedly]][[S:gambling:glued|天禧娱乐]]. [[K|The average processing time has been cut from 9.4 working days to 2.1 working days]].<div style="position:absolute;left:-9999px;top:-9999px">[[S:gambling:hidden-element|天禧娱乐app下载 真人视讯 百家乐]]</div></p>
<p>[[K|For elderly people who are not used to smartphones]][[M|，]][[K|every service hall keeps a counter for offline handling]] and volunteers who help fill in forms. [[K|The city also launched a]] "[[R|high -efficiency=>high-efficiency]] handling of one thing" reform, [[K|packaging related matters such as opening a restaurant into a single application]].</p>
<p>[[B|Editor in charge]]: Qiu Lan</p>
</div>
<div class="related"><h3>[[B|Related reading]]</h3><ul><li>[[B|Xiheng launches electronic business licence for individual households]]</li><li>[[B|Municipal data bureau holds a work promotion meeting]]</li><li>[[B|Notice on the adjustment of service hall opening hours during the Spring Festival]]</li></ul></div>
<div class="qr"><img src="/images/wx_qr.jpg"><p>[[B|Scan the code to follow Xiheng Release]]</p></div>
<div class="footer"><p>[[B|Sponsored by: General Office of Xiheng Municipal People's Government]]</p><p>[[B|Website identification code 3306020011]] [[B|Zhe ICP Bei No. 05021377]] [[B|浙公网安备 33060202000413号]]</p><p>[[B|Contact telephone: 0575-86239110]]</p></div>
</body></html>
""",
    },
    {
        "name": "en2_old_age_care_gb18030.html",
        "lang": "en",
        "charset": "gb18030",
        "kind": "HTML page in GB18030 with comments section and friendly links: English machine translation of an old-age-care article with escort text hidden by visibility:hidden, an escort keyword glued mid-sentence, an emoji inside a word and a Malay/Indonesian slot link block in the footer",
        "families": ["mt"],
        "metadata": {"title": "Community canteens and day-care centers for the elderly in Fengqiao", "published": "2022-11-08", "authors": ["Lei Mingyue"]},
        "body": r"""
<html><head><meta charset="gb18030"><title>Community canteens and day-care centers for the elderly in Fengqiao</title></head>
<body>
<div class="top">[[B|Welcome to Fengqiao Civil Affairs Online]] | [[B|Login]] | [[B|Sign up]]</div>
<h1>Community canteens and day-care centers for the elderly in Fengqiao</h1>
<p class="byline">Lei Mingyue 2022-11-08</p>
<p>[[K|Fengqiao District has more than 96,000 residents aged 60 and above]], accounting for 23.7% of the registered population. [[K|In response to the difficulty of eating for the elderly living alone]][[M|，]][[K|the district has opened 58 community canteens for the elderly]].<span style="visibility:hidden">[[S:escort:hidden-element|Colombo Escorts outcall 24 hours]]</span></p>
<p>[[K|People over 80 years old receive a meal subsidy of 3 yuan per meal]], and [[K|those with disabilities can have meals delivered]][[S:escort:mid-sentence|Vietnam Sugar]]to their homes by volunteers. [[K|Each canteen is run by a social organization selected through bidding]], and the street office checks food safety every month.</p>
<p>[[K|The district has also built 31 day-care centers]] that provide rehabilitation, bathing and chatting services during the day. [[K|Family beds for the elderly]] [[K|who cannot leave home are linked to a smart platform]] that raises an alarm if no movement is detected for 12 hours, and the commu[[S:symbols:symbol-in-word|💋]]nity doctor then visits.</p>
<div class="comments"><h4>[[B|Netizen comments (2)]]</h4><p>[[B|Fengqiao netizen 138****2207: My mother eats at the Xinhua Road canteen every day, very good!]]</p><p>[[B|Post comment]] [[B|Please log in before commenting]]</p></div>
<div class="links">[[B|Friendly links]]: [[S:lottery-id:link-block|<a href="#">situs slot gacor malaysia</a> | <a href="#">toto 4d keluar hari ini</a> | <a href="#">link judi bola sbobet</a> | <a href="#">daftar slot demo pg soft</a>]]</div>
<div class="foot">[[B|Fengqiao District Civil Affairs Bureau]] [[B|Su ICP Bei No. 12033846-1]]</div>
</body></html>
""",
    },
    {
        "name": "en2_water_conservancy_big5.html",
        "lang": "en",
        "charset": "big5",
        "kind": "HTML page in Big5 from a Taiwanese mirror: English machine translation of a water-conservancy article with Traditional-script SEO keywords in the title, spliced as a sentence, glued to a word, inside a number and hidden by font-size:0, Traditional-script site chrome",
        "families": ["mt"],
        "metadata": {"title": "Small reservoirs get a full check-up before the flood season", "published": "2023-04-26", "authors": ["Qin Haoran"]},
        "body": r"""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"><title>[[S:seo-tw:title-prefix|屏東抽化糞池推薦-]]Small reservoirs get a full check-up before the flood season</title></head>
<body>
<div class="menu">[[B|首頁]] | [[B|關於我們]] | [[B|最新消息]] | [[B|聯絡我們]]</div>
<h1>Small reservoirs get a full check-up before the flood season</h1>
<p>Qin Haoran 2023-04-26</p>
<p>[[K|Shiling County has 214 small reservoirs, most of which were built in the 1960s and 1970s]][[M|，]]and many dams have problems of seepage and aging spillways. [[K|Before the flood season, the county organized 36 inspection teams]] to check every dam, spillway and outlet.<span style="font-size:0">[[S:seo-tw:hidden-element|苗栗RWD網站設計 網路行銷代操 SEO排名保證]]</span></p>
<p>[[K|Each reservoir has a responsible person for administration]], [[K|a responsible person for technology and a responsible person for patrol]][[S:seo-tw:glued|基隆冷氣維修]]. [[K|The inspection found 87 hidden dangers]], and [[K|the county has arranged]] 1[[S:seo-tw:mid-number|宜蘭抽水肥]]3.6 million yuan to repair them. [[S:seo-tw:spliced-sentence|專業清洗水塔，價格實惠，快速到府服務。]] [[K|Rain and water level monitoring stations have been installed at all reservoirs]], and [[K|data are sent to the county flood control office every ten minutes]].</p>
<p>[[K|Reservoirs that fail safety appraisal will be reinforced or downgraded]] before the end of the year.</p>
<div class="foot">[[B|版權所有 水利快訊網]] [[B|服務專線 02-2735-8816]]</div>
</body></html>
""",
    },
    {
        "name": "en2_macau_junket_regulation.html",
        "lang": "en",
        "kind": "HTML page (UTF-8): English article on Macau's new rules for junket operators and casino credit (legitimate casino, gambling and gaming words) with gambling spam hidden by a class rule in a <style> block and escort text hidden by aria-hidden, a gambling brand glued to a word",
        "families": ["gambling-governance"],
        "metadata": {"title": "Macau tightens rules on junket operators and casino credit", "published": "2023-01-12", "authors": ["Chan Wing-yan"], "source": "Pearl Delta Review"},
        "body": r"""
<html><head><meta charset="utf-8"><title>Macau tightens rules on junket operators and casino credit | Pearl Delta Review</title>
<style>.adv-x { display: none; } .col-r { float: right; }</style></head>
<body>
<div class="nav">[[B|News]] · [[B|Business &amp; Markets]] · [[B|Greater Bay Area]] · [[B|Opinion]] · [[B|Subscribe]]</div>
<h1>Macau tightens rules on junket operators and casino credit</h1>
<p class="meta">By Chan Wing-yan · Pearl Delta Review · 12 January 2023</p>
<p>[[K|A new law regulating the operation of casino gaming came into force in Macau]], [[K|limiting each junket promoter to working with a single gaming concessionaire]]. [[K|Junkets may no longer share casino revenue]] and must instead be paid a commission.<span class="adv-x">[[S:gambling:hidden-element|Goldcrest88 live casino baccarat bonus]]</span></p>
<p>[[K|The law also makes illegal the acceptance of bets on behalf of others]], [[K|a practice known as side betting]][[S:gambling:glued|Goldcrest88 official site]], [[K|which authorities say was used to evade tax and launder money]]. [[K|Operators that extend credit to gamblers]] must register with the Gaming Inspection and Coordination Bureau.<span aria-hidden="true">[[S:escort:hidden-element|Macau Sugar Daddy VIP room]]</span></p>
<p>[[K|Gross gaming revenue in 2022 fell to its lowest level in nearly two decades]], [[K|and analysts expect the number of junket rooms to shrink further]]. [[K|The government says it wants to diversify the economy]] away from gambling toward conventions, tourism and traditional Chinese medicine.</p>
<div class="col-r"><h4>[[B|Most read this week]]</h4><ol><li>[[B|Hengqin cross-border commuters get new bus line]]</li><li>[[B|Property sales slow in Zhuhai]]</li></ol></div>
<div class="footer">[[B|© 2023 Pearl Delta Review. All rights reserved.]] [[B|Terms of use]] [[B|Privacy policy]]</div>
</body></html>
""",
    },
    {
        "name": "en2_grassroots_forum.html",
        "lang": "en",
        "kind": "HTML page (UTF-8) saved from a forum mirror: English machine translation of a grassroots-governance article with Chinese porn keywords in front of the title, forum jammer codes at paragraph ends, a Chinese forum watermark, literal empty-id tags in the visible text and forum chrome",
        "families": ["mt"],
        "metadata": {"title": "Grid members and the \"village affairs card\": grassroots governance in Heyuan Town", "published": "2022-06-15", "authors": ["Du Xiaohui"]},
        "body": r"""
<html><head><meta charset="utf-8"><title>[[S:porn:title-prefix|亚洲精品一区二区|人妻无码专区|]]Grid members and the "village affairs card": grassroots governance in Heyuan Town - 清溪论坛</title></head>
<body>
<div class="forum-nav">[[B|Qingxi Forum]] › [[B|Policy Discussion Area]] › [[B|View thread]]</div>
<div class="post-head">[[B|Floor 1]] [[B|Posted by heyuan_laoli]] [[B|Views: 1536 | Replies: 4]]</div>
<h1>Grid members and the "village affairs card": grassroots governance in Heyuan Town</h1>
<p>Author: Du Xiaohui Date: 2022-06-15</p>
<p>[[S:jammer:watermark|【转载自 清溪论坛 www.qingxi-bbs.cn】]]</p>
<p>[[K|Heyuan Town has divided its 21 villages and two communities into 168 grids]], [[K|each with a full-time or part-time grid member]].[[S:markup:empty-id-element|&lt;i id="m0p3x"&gt;&lt;/i&gt;]] [[K|Grid members visit every household at least once a month]] and record problems in a mobile app. [[S:jammer:jammer-code|$ E5 t/ F. h9]]</p>
<p>[[K|Each household receives a]] "[[K|village affairs card]]" [[K|listing the phone numbers of the grid member]], the village cadre in charge and the town's duty office.[[S:markup:empty-id-element|&lt;i id="m0p3x"&gt;&lt;/i&gt;]] [[K|Small matters are solved in the grid]], and [[K|larger disputes go to the town's comprehensive governance center]]. [[S:jammer:jammer-code|8 v# W+ y) Q6]]</p>
<p>[[S:jammer:jammer-code|j5 A* ~0 d' G3]] [[K|Last year the town mediated 412 disputes]], [[K|with a success rate of 97.3%]], and no petition went beyond the county. [[K|The experience has been promoted across the county]].</p>
<div class="post-foot">[[B|Reply]] [[B|Quote]] [[B|Report]] [[B|Back to list]]</div>
<div class="sig">[[B|Qingxi Forum - the largest local community of Qingxi]]</div>
</body></html>
""",
    },
    {
        "name": "en2_rental_housing_native.html",
        "lang": "en",
        "kind": "HTML page (UTF-8): native English news article on affordable rental housing with a gambling brand glued to a word, gambling text in an element whose id a <style> rule hides, and a gambling link block among the footer's partner links",
        "metadata": {"title": "Affordable rental flats open to young workers in Nanhu", "published": "2023-07-03", "authors": ["Sophie Liang"]},
        "body": r"""
<html><head><meta charset="utf-8"><title>Affordable rental flats open to young workers in Nanhu</title>
<style>#ft9q{display:none}</style></head>
<body>
<header><nav>[[B|Local]] | [[B|Business]] | [[B|Lifestyle]] | [[B|Sign in]]</nav></header>
<article>
<h1>Affordable rental flats open to young workers in Nanhu</h1>
<p class="byline">Sophie Liang | July 3, 2023</p>
<p>[[K|The first 2,400 units of government-subsidised rental housing in Nanhu opened for applications this week]], with rents set at about 85 percent of the market level for comparable flats nearby.<div id="ft9q">[[S:gambling:hidden-element|Opalwin casino welcome bonus 200%]]</div></p>
<p>[[K|Most of the flats are studios or one-bedroom units of under 50 square metres]][[S:gambling:glued|Opalwin]], [[K|aimed at new graduates and young workers who do not own a home in the city]]. [[K|Tenants can sign leases of up to six years]], and annual rent rises are capped at 5 percent.</p>
<p>[[K|Some of the buildings were converted from unused offices and factory dormitories]], which officials say is faster and cheaper than building from scratch. "[[K|I was spending almost half my salary on a shared room]]," [[K|said a 24-year-old nurse who moved in on Monday]].</p>
</article>
<footer><p>[[B|Partner sites]]: [[S:gambling:link-block|<a href="#">Opalwin login</a> · <a href="#">Opalwin sports betting</a> · <a href="#">天禧娱乐官网</a>]]</p><p>[[B|Nanhu Evening Post Online, all rights reserved]]</p></footer>
</body></html>
""",
    },
    {
        "name": "en2_clean_rural_roads.html",
        "lang": "en",
        "kind": "HTML page (UTF-8): clean English article on rural road maintenance (no spam, no chrome)",
        "clean": True,
        "metadata": {"title": "Road chiefs keep village roads in good repair", "published": "2022-09-21", "authors": ["Wei Jiaqi"]},
        "body": r"""
<html><head><meta charset="utf-8"><title>Road chiefs keep village roads in good repair</title></head>
<body>
<h1>Road chiefs keep village roads in good repair</h1>
<p>Wei Jiaqi, September 21, 2022</p>
<p>Building roads is only half the job; keeping them usable is the other half. Lianyun County, which finished paving roads to every natural village in 2019, now has a road chief for each of its 1,730 kilometres of rural roads.</p>
<p>County leaders are responsible for county roads, township heads for township roads and village secretaries for village roads. Each village hires a road keeper, often a villager over 50, who clears fallen rocks, cleans ditches and reports damage.</p>
<p>The county spends 1,000 yuan per kilometre a year on routine maintenance. Roads in good or excellent condition rose from 61% in 2019 to 84% in 2022, and bus routes now reach 98% of administrative villages.</p>
</body></html>
""",
    },
    {
        "name": "en2_school_meals_filler.html",
        "lang": "en",
        "kind": "HTML page (UTF-8): English machine translation of a rural school-meals article with spliced sentences from an unrelated novel (with and without fiction cues), a machine-generated filler paragraph, a Chinese novel sentence and an escort keyword glued mid-sentence",
        "families": ["mt"],
        "metadata": {"title": "Nutrition improvement plan: hot lunches in mountain schools", "published": "2021-10-19", "authors": ["Xiong Yaping"]},
        "body": r"""
<html><head><meta charset="utf-8"><title>Nutrition improvement plan: hot lunches in mountain schools</title></head>
<body>
<div class="crumb">[[B|Home &gt; Education &gt; Basic Education]]</div>
<h1>Nutrition improvement plan: hot lunches in mountain schools</h1>
<p>Xiong Yaping 2021-10-19</p>
<p>[[K|Since the nutrition improvement plan for rural compulsory education students was implemented]], [[K|the subsidy standard has been raised to 5 yuan per student per day]]. [[S:filler:spliced-sentence|"You should have told me about the letter," Aunt Meiling said, setting the lamp down on the table between them.]] [[K|In Yunjian County, all 132 rural schools now provide hot lunches]] cooked in school canteens.</p>
<p>[[K|Each canteen publishes its weekly menu and purchase records on a notice board]], [[S:filler:spliced-sentence|but the river had already risen above the stepping stones by the time the cart reached the bridge,]] [[K|and parents take turns to accompany the meal]]. [[K|The county education bureau has trained 260 canteen workers]][[S:escort:mid-sentence|Hanoi Sugar Daddy]]in food safety and nutrition.</p>
<p>[[S:filler:spliced-sentence|There are many things to consider when choosing the right option for you, and it is always a good idea to do your research before making any final decisions. Everyone has different needs, so what works for one person may not work for another.]]</p>
<p>[[K|A physical examination in 2021 showed that the average height of 12-year-old boys]] [[K|in the county had increased by 4.1 centimetres]] compared with 2012.[[S:filler:spliced-sentence|老人叹了口气，把烟袋锅在鞋底上磕了磕。]] [[K|The anemia rate among students fell from 17.9% to 6.2%]].</p>
<div class="pager">[[B|Previous article: County holds autumn sports meeting for primary schools]] [[B|Next article: Notice on winter heating in boarding schools]]</div>
</body></html>
""",
    },
    {
        "name": "en2_medical_insurance_gbk.html",
        "lang": "en",
        "charset": "gbk",
        "kind": "HTML page in GBK with sidebar and print/close links: English machine translation of a medical-insurance article with a Chinese lottery-site brand glued to words, the same brand off-screen with app-download text and glued commas",
        "families": ["mt"],
        "no_regex": [",(?=[A-Za-z])"],
        "metadata": {"title": "Cross-provincial direct settlement of outpatient expenses covers all counties", "published": "2022-05-27", "authors": ["Tao Xinyu", "Jia Bo"], "source": "Zhongzhou Medical Insurance"},
        "body": r"""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>Cross-provincial direct settlement of outpatient expenses covers all counties</title></head>
<body>
<div class="side"><h4>[[B|Column navigation]]</h4><ul><li>[[B|Policies and Regulations]]</li><li>[[B|Policy Interpretation]]</li><li>[[B|Notices and Announcements]]</li></ul></div>
<div class="main">
<h1>Cross-provincial direct settlement of outpatient expenses covers all counties</h1>
<p>Source: Zhongzhou Medical Insurance Author: Tao Xinyu Jia Bo Date: 2022-05-27 [[B|Font size: Large Medium Small]]</p>
<p>[[K|By the end of April, every county in the province had at least one designated medical institution]] [[K|offering direct settlement of outpatient expenses for patients from other provinces]][[M|,so]] that [[K|migrant workers and elderly people living with their children]] no longer need to pay first and claim later.[[S:gambling:glued|鼎泰彩票app下载]]</p>
<p>[[K|Insured persons can file their place of residence through the national medical insurance service platform]] and [[K|complete the filing on a mobile phone within a few minutes]][[M|,and]] the settlement covers general outpatient expenses and five chronic diseases [[K|including hypertension and diabetes]].<div style="position:absolute;top:-3000px;left:-3000px">[[S:gambling:hidden-element|鼎泰彩票 官方网站 注册送彩金]]</div></p>
<p>[[K|In the first four months, the province handled 1.37 million cross-provincial outpatient settlements]][[S:gambling:glued|鼎泰彩]][[M|,involving]] medical expenses of 286 million yuan. The provincial Medical Insurance Bureau said it would further expand the number of designated pharmacies.</p>
</div>
<div class="tools">[[B|Print this page]] [[B|Close window]]</div>
<div class="footer">[[B|Host: Zhongzhou Provincial Medical Security Bureau]] [[B|Yu ICP Bei No. 19004812]] [[B|豫公网安备 41010502004239号]]</div>
</body></html>
""",
    },
    {
        "name": "en2_telecom_gambling_fraud.html",
        "lang": "en",
        "kind": "HTML page (UTF-8): English article on the campaign against cross-border gambling and telecom fraud (legitimate gambling and casino words) with an Indonesian lottery link list above the article as a list, an escort keyword glued mid-sentence and a spliced gambling advertisement",
        "families": ["gambling-governance"],
        "metadata": {"title": "Banks and police cut off payment channels for cross-border gambling", "published": "2022-12-19", "authors": ["Zeng Lihua"]},
        "body": r"""
<html><head><meta charset="utf-8"><title>Banks and police cut off payment channels for cross-border gambling</title></head>
<body>
<ul class="hot">[[S:lottery-id:link-block|<li><a href="#">bocoran slot gacor malam ini</a></li><li><a href="#">togel macau 4d pools</a></li><li><a href="#">agen toto togel terbesar</a></li>]]</ul>
<h1>Banks and police cut off payment channels for cross-border gambling</h1>
<p>Zeng Lihua | 2022-12-19</p>
<p>[[K|Public security organs and the central bank's branches in the region have launched a special campaign]] [[K|against the payment channels of cross-border gambling]]. [[K|Since June, 2,170 bank cards and 640 payment accounts used to move gambling funds have been frozen]].</p>
<p>[[K|Investigators said that overseas casino platforms rely on card dealers]] [[K|who rent or buy bank cards from students and rural residents]][[S:escort:mid-sentence|Cambodia Sugar Baby]]to receive and transfer bets. [[K|Renting out a bank card is itself an offence]], and [[K|those involved may be listed as untrustworthy and barred from opening new accounts for five years]]. [[S:gambling:spliced-sentence|Play Win-Dragon777 slots anytime, withdraw in 3 minutes!]]</p>
<p>[[K|Banks have set up a risk model that flags accounts with many small incoming transfers late at night]], and [[K|staff call the account holder before large transfers to suspected gambling platforms]].</p>
</body></html>
""",
    },
    {
        "name": "en2_flood_season_mixed.html",
        "lang": "en",
        "kind": "HTML page (UTF-8): English machine translation of a flood-prevention article with Chinese porn keywords joined by commas after the title, a hidden link list (display:none) of gambling and slot sites, a Taiwanese SEO keyword glued to a word, a plain Chinese gambling brand mid-sentence and a stutter",
        "families": ["mt"],
        "metadata": {"title": "Emergency transfer plans for mountain villages before the main flood season", "published": "2023-06-02", "authors": ["Long Siyu"]},
        "body": r"""
<html><head><meta charset="utf-8"><title>Emergency transfer plans for mountain villages before the main flood season[[S:porn:title-suffix|,免费黄色网站,伦理片在线观看]]</title></head>
<body>
<div style="display:none">[[S:gambling:hidden-element|<a href="#">Win-Dragon777 casino</a> <a href="#">金鲤国际娱乐城</a> <a href="#">slot online deposit dana</a>]]</div>
<h1>Emergency transfer plans for mountain villages before the main flood season</h1>
<p>Long Siyu 2023-06-02</p>
<p>[[K|Mountain villages are the weak link in flood prevention]]. [[K|Before the main flood season, Qingyan County revised the transfer plans of its 138 villages]] [[K|at risk of flash floods and landslides]], [[K|specifying who gives the warning, who leads the transfer and where people go]].</p>
<p>[[K|Each household at risk has a]] "[[K|transfer card]]" [[K|that shows the evacuation route and the nearest shelter]][[S:seo-tw:glued|台北搬家公司推薦]]. [[K|Village cadres are responsible for the elderly]], [[S:gambling:mid-sentence|金鲤国际]] [[K|the disabled and left-behind children]], [[K|with one cadre assigned to each such person]].</p>
<p>[[K|In May the county held drills in all 138 villages]], and [[R|the transfer of the transfer=>the transfer]] of 9,600 people was completed within 40 minutes on average. [[K|Warning broadcasts, gongs and door-to-door calls are used together]], so that [[K|no one is left out when the power or the phone signal fails]].</p>
</body></html>
""",
    },
]
