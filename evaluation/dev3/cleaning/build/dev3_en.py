"""Development set 3: English documents (machine translations of Chinese
policy articles with MT artifacts, plus a few native English texts), plain
text and HTML, spam modelled on real hacked-page networks."""

DOCS = [
    {
        "name": "en_river_chief_mt.txt",
        "lang": "en",
        "kind": "plain text: English machine translation of a river-chief article with Chinese punctuation left in, a real bookmaker name glued to words, a country-prefixed sugar-dating keyword mid-sentence, page chrome and a full byline",
        "families": ["mt"],
        "metadata": {"title": "Luyuan City builds a four-level river chief system", "published": "2023-06-13", "authors": ["Feng Qihang"], "source": "Luyuan Daily", "editor": "Tang Xiaowen"},
        "body": r"""
Luyuan City builds a four-level river chief system
[[B|Home > Ecology > Text]]
June 13, 2023 10:02 Source: Luyuan Daily Author: Feng Qihang Editor: Tang Xiaowen
[[K|Since the river chief system was fully implemented]][[M|，]]Luyuan City has established a river chief system at the city, county, township and village levels[[M|，]][[K|with a total of 2,136 river chiefs at all levels]][[M|。]]
[[K|This year, Luyuan explored the collaboration mechanism of]] "[[K|river chief plus police chief]]" and "[[K|river chief plus procurator-general]]"[[S:gambling:glued|1xBet app download]][[K|to promote river and lake management from "having a name" to "having reality"]].
[[K|In the Zheshui River basin, the municipal river chief patrols the river at least once a quarter]], [[K|and the county river chief patrols once a month]][[M|。]][[K|Problems found during patrols are dispatched through the]] [[S:escort:mid-sentence|Singapore Sugar Daddy]] [[K|"smart rivers and lakes" platform]][[M|，]]and last year a total of 1,874 problems were accepted.
"[[K|In the past, there was a lot of garbage and illegal buildings in the river]]," [[K|said a village-level river chief in Baidu Town]]. [[K|Now every section of the river has a public sign]][[S:gambling:glued|Betway sportsbook odds]] [[K|with the river chief's name, duties and supervision telephone number]].
[[B|Share to: WeChat Weibo]]
[[B|Copyright Luyuan Daily Press. All rights reserved]]
""",
    },
    {
        "name": "en_pension_reform_mt.txt",
        "lang": "en",
        "kind": "plain text: English machine translation of a pension-reform article with sugar-dating keywords glued on either side (English and Afrikaans variants), a brand inside an English word, a Taiwanese SEO keyword inside a number, a stutter",
        "families": ["mt"],
        "metadata": {"title": "Individual pension pilot expands to all of Ninggang", "published": "2023-01-30", "authors": ["Wen Ruoxi"]},
        "body": r"""
Individual pension pilot expands to all of Ninggang
Author: Wen Ruoxi 2023-01-30
[[K|The individual pension system is an important part of the multi-level]] [[K|pension insurance system]]. [[K|From January this year, employees in Ninggang who participate in basic pension insurance]] [[K|can open an individual pension account]][[S:escort:glued|South Africa Sugar]] [[K|through a designated commercial bank]].
[[K|Participants can contribute up to 12,000 yuan per year]], [[S:escort:glued|Suid-Afrika Sugar Daddy]][[K|and the contributions can be deducted before individual income tax]]. [[K|The funds can be used to buy savings deposits, wealth management products, commercial pension insurance and public funds]].
[[K|By the end of last year]], 8[[S:seo-tw:mid-number|嘉義冷氣維修]]6,000 people in the city had opened accounts. A banking official said that the coop[[S:gambling:mid-word|Fun88]]eration between banks and social security agencies [[K|has made account opening more convenient]].
[[K|Experts pointed out that]] [[M|the the]] [[K|individual pension should be a supplement to basic pension insurance]], [[K|and young employees should plan for retirement as early as possible]].
""",
    },
    {
        "name": "en_elderly_care_forum.txt",
        "lang": "en",
        "kind": "plain text: English article on community elderly canteens copied from a forum: jammer codes at line starts and ends, a forum edit watermark, literal empty tags repeating one random id, machine-generated and novel filler sentences spliced in",
        "metadata": {"title": "Community canteens bring hot meals to older residents", "published": "2022-09-19", "authors": ["Lu Peiyu"]},
        "body": r"""
Community canteens bring hot meals to older residents
[[S:jammer:watermark|This post was last edited by oldtown_fan at 2022-9-20 08:14]]
Lu Peiyu, September 19, 2022
[[K|Ninggang has opened 64 community elderly canteens in the past two years]], [[K|serving more than 9,000 meals a day]]. [[S:jammer:jammer-code|: d5 K& o) W2 ~]]
[[S:jammer:jammer-code|7 H' b# r1 F9]] [[K|Residents over 60 pay 8 yuan for a set lunch]], [[K|while those over 80 and those living alone receive an extra subsidy]]. [[S:filler:spliced-sentence|Whether you are a beginner or an expert, our comprehensive guide has everything you need to get started today.]] [[K|The district civil affairs bureau covers part of the operating costs]][[S:markup:empty-id-element|<b id="zr83kd"></b>]].
[[K|Most canteens are run by social organisations or catering companies]] [[K|selected through public bidding]]. [[S:filler:spliced-sentence|The lamp in the window had burned down to a stub by the time he heard the horse in the lane.]] [[K|Volunteers deliver meals to residents who cannot leave home]].[[S:markup:empty-id-element|<b id="zr83kd"></b>]]
[[S:jammer:watermark|Source: Yuxi Neighbourhood Forum bbs.yuxi-hood.net - please keep this link when reposting]]
[[K|A district official said the canteens will also offer health checks]] [[K|and reading rooms in the afternoon]]. [[S:jammer:jammer-code|0 t8 Y! e; C3]]
""",
    },
    {
        "name": "en_online_gambling_crackdown.txt",
        "lang": "en",
        "kind": "plain text: English article on a crackdown on cross-border online gambling (legitimate gambling words kept) with real bookmaker and casino strings injected glued and mid-sentence, one plain brand with no keyword",
        "families": ["gambling-governance", "mt"],
        "metadata": {"title": "Shilan County police smash cross-border gambling rings", "published": "2023-08-22", "authors": ["Tao Yufei"], "source": "Shilan County Public Security Bureau", "editor": "Zheng Qian"},
        "body": r"""
Shilan County police smash cross-border gambling rings
Source: Shilan County Public Security Bureau Author: Tao Yufei Editor: Zheng Qian Release time: 2023-08-22
[[K|Since the beginning of this year, Shilan County Public Security Bureau has focused on cracking down on cross-border gambling]][[M|，]][[K|and has cracked 37 online gambling cases]], [[K|arrested 214 criminal suspects and frozen 130 million yuan of gambling funds]].
[[K|Police said that overseas gambling groups often use "sports quizzes" and "live video" as a cover]][[S:gambling:glued|Stake casino bonus code]][[K|to pull people into chat groups through social software]]. [[K|Gamblers are first allowed to win small amounts]], [[S:gambling:mid-sentence|William Hill]] [[K|and then induced to increase their bets]].
[[K|During the campaign, the county also cracked down on "score running" gangs that provide payment settlement for gambling platforms]]. [[K|More than 1,200 bank cards and payment accounts involved in gambling were cleaned up]][[S:gambling:glued|Dafabet live casino login]].
[[K|The police remind the public that gambling is illegal]] [[K|and online gambling always loses]]. [[K|Clues of gambling can be reported by calling 110]].
""",
    },
    {
        "name": "en_grain_reserve_native_clean.txt",
        "lang": "en",
        "kind": "plain text: clean native-English news article on county grain reserves and drying centres, with a byline",
        "clean": True,
        "metadata": {"title": "Fengdu County adds drying capacity to protect autumn harvest", "published": "2023-10-18", "authors": ["Bao Wentao"], "source": "Ninggang Daily"},
        "body": r"""
Fengdu County adds drying capacity to protect autumn harvest
By Bao Wentao | Ninggang Daily | October 18, 2023
[[K|Farmers in Fengdu County brought in this year's rice crop under unusually wet skies]], [[K|but far less grain spoiled than in previous years]], [[K|thanks to a dozen new drying centres the county opened in September]].
[[K|Each centre can dry around 300 tonnes of paddy a day]], [[K|and smallholders pay a fixed fee per tonne set by the county price bureau]]. [[K|Officials say the centres cut post-harvest losses by roughly three percentage points]].
[[K|The county has also upgraded its grain reserve depots]], [[K|installing temperature sensors that send readings to a provincial monitoring platform]]. [[K|Local reserves now cover about four months of consumption]], [[K|in line with provincial requirements]].
"[[K|We used to spread rice on the roads to dry it]]," [[K|said a grower from Shiwan Village]]. "[[K|Now the truck goes straight to the dryer]]."
""",
    },
    {
        "name": "en_housing_fund_brandplace.txt",
        "lang": "en",
        "kind": "plain text: English machine translation of a housing-provident-fund article whose city name has been replaced everywhere by an invented gambling brand, Chinese porn keywords joined by | after the title",
        "families": ["mt"],
        "metadata": {"title": "Flexible workers can now join the housing provident fund", "published": "2023-03-28", "authors": ["Xu Jiahe"]},
        "body": r"""
Flexible workers can now join the housing provident fund[[S:porn:title-suffix||欧美性爱视频|免费黄色网站|丝袜美腿]]
Xu Jiahe 2023-03-28
[[K|From April 1]], [[K|flexible workers such as individual business owners and freelancers]] employed in [[S:brand-as-place:place-replacement|JadeTiger88]] City [[K|can apply to deposit the housing provident fund on a voluntary basis]], the [[S:brand-as-place:place-replacement|JadeTiger88]] Housing Provident Fund Management Center said.
[[K|The monthly deposit base shall not be lower than the minimum wage standard of the previous year]][[M|，]][[K|and the deposit ratio can be chosen between 5% and 12%]]. [[K|After six consecutive months of full deposits]], [[K|depositors can apply for a provident fund loan]].
[[K|By the end of last year, about 416,000 employees in]] [[S:brand-as-place:place-replacement|JadeTiger88]] [[K|were paying into the fund]], [[K|but less than one in ten flexible workers was covered]].
[[K|Depositors can open accounts online through a mini program]] [[K|or at the counters of the management departments]].
""",
    },
    {
        "name": "en_lottery_welfare_clean.txt",
        "lang": "en",
        "kind": "plain text: clean English machine translation on lottery regulation and lottery public welfare funds (legitimate lottery and gambling words)",
        "families": ["gambling-governance"],
        "clean": True,
        "metadata": {"title": "Luyuan inspects lottery outlets and bans sales to minors", "published": "2023-04-12", "authors": ["Qin Mo"], "source": "Luyuan Municipal Finance Bureau"},
        "body": r"""
Luyuan inspects lottery outlets and bans sales to minors
Source: Luyuan Municipal Finance Bureau Author: Qin Mo 2023-04-12
[[K|Recently, the Luyuan Municipal Finance Bureau, together with the sports and civil affairs bureaus, carried out a special inspection of lottery sales venues]]. [[K|A total of 863 sports lottery and welfare lottery stores were inspected]], [[K|and 41 were ordered to make rectifications]].
[[K|The inspection focused on whether lottery tickets were sold to minors]], [[K|whether credit betting was provided]], [[K|and whether gambling activities were carried out in the name of the lottery]].
[[K|The bureau reminded that selling lottery tickets over the internet without approval is illegal]]. [[K|Lottery buyers should buy at legal physical outlets and play rationally]].
[[K|Last year, lottery public welfare funds raised in the city reached 420 million yuan]], [[K|mainly used for elderly care, rehabilitation of the disabled and fitness facilities]].
""",
    },
    {
        "name": "en_county_hospital_site.html",
        "lang": "en",
        "kind": "HTML page (UTF-8): English version of a county government site, county hospital reform, with full chrome (language switch, nav, breadcrumbs, share bar, QR caption, related list, footer with ICP and public security filing numbers); gambling text hidden by display:none, escort text moved off-screen, an Indonesian togel link list below the article",
        "families": ["mt"],
        "metadata": {"title": "County medical community lets patients see specialists close to home", "published": "2023-02-15", "authors": ["Li Chenguang"], "source": "Zheshui County Health Commission", "editor": "Meng Kexin"},
        "body": r"""
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>County medical community lets patients see specialists close to home</title></head>
<body>
<div class="lang">[[B|中文版]] | [[B|English]]</div>
<ul class="nav"><li>[[B|Government Information]]</li><li>[[B|Online Services]]</li><li>[[B|Interaction]]</li><li>[[B|About Zheshui]]</li></ul>
<div class="crumb">[[B|Location: Home &gt; News &gt; Departments]]</div>
<h1>County medical community lets patients see specialists close to home</h1>
<div class="info">Release time: 2023-02-15 Source: Zheshui County Health Commission Author: Li Chenguang Editor: Meng Kexin</div>
<p>[[K|Since 2021, Zheshui County has taken the County People's Hospital as the leader]], [[K|integrating the county hospital of traditional Chinese medicine, 14 township health centers and 186 village clinics]] [[K|to form a close-knit county medical community]].<span style="display:none">[[S:gambling:hidden-element|188BET sportsbook live odds]]</span> [[K|Personnel, finance and drug procurement are managed in a unified way]].</p>
<p>[[K|The County People's Hospital has sent 32 key doctors to township health centers]][[M|，]][[K|opening joint clinics for chronic diseases, rehabilitation and pediatrics]]. <div style="position:absolute;left:-5000px">[[S:escort:hidden-element|Pinay escort Quezon City incall]]</div>[[K|Through remote ECG and remote imaging systems]], [[K|scans taken at township health centers are read by county hospital experts]].</p>
<p>[[K|In 2022, the proportion of patients treated within the county reached 91.2 percent]], [[K|nine percentage points higher than before the reform]].</p>
<div class="share">[[B|Share: Facebook Twitter LinkedIn Print]]</div>
<div class="qr"><img src="/en/images/qr.png" alt="">[[B|Scan the QR code to read on your phone]]</div>
<div class="related"><h3>[[B|Related News]]</h3><ul><li>[[B|Zheshui holds 2023 health work conference]]</li></ul></div>
<div class="seo">[[S:lottery-id:link-block|<a href="#">togel singapore 4d</a> <a href="#">prediksi togel sgp jitu</a> <a href="#">slot777 login</a> <a href="#">situs judi bola resmi</a> <a href="#">bandar toto 4d hadiah besar</a>]]</div>
<div class="foot">[[B|Sponsored by: General Office of Zheshui County People's Government]] [[B|Tel: 0593-6621035]]<br>[[B|Min ICP No. 05002317]] [[B|Min Public Network Security No. 35092602000118]]</div>
</body></html>
""",
    },
    {
        "name": "en_digital_gov_gbk.html",
        "lang": "en",
        "charset": "gbk",
        "kind": "HTML page in GBK: English machine translation of a digital-government article with a Taiwanese SEO title prefix, sugar-dating text hidden by visibility:hidden, an SEO keyword in font-size:0, gambling text in an element whose class a <style> rule hides, glued commas",
        "families": ["mt"],
        "no_regex": [",(?=[A-Za-z])"],
        "metadata": {"title": "One-stop online service lets firms open in half a day", "published": "2023-09-06", "authors": ["Xie Mingyuan", "Zhou Man"]},
        "body": r"""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>[[S:seo-tw:title-prefix|彰化搬家公司推薦-]]One-stop online service lets firms open in half a day</title>
<style>.ad-x{display:none}</style></head>
<body>
<div class="crumb">[[B|Home &gt;&gt; News Center &gt;&gt; Government Affairs]]</div>
<h1>One-stop online service lets firms open in half a day</h1>
<p>Xie Mingyuan, Zhou Man 2023-09-06</p>
<p>[[K|This year, Ninggang City has deepened the construction of digital government]][[M|,relying]] on the integrated government service platform [[K|to combine business license, seal engraving, tax registration and social security registration into "one thing"]].<span style="visibility:hidden">[[S:escort:hidden-element|Uganda Sugar Daddy app]]</span> [[K|Applicants only need to log in once and submit one set of materials]].</p>
<p>[[K|At present, 1,463 government service items in the city can be handled fully online]][[M|,and]]<span style="font-size:0px">[[S:seo-tw:hidden-element|基隆除蟲公司 網路行銷]]</span> [[K|186 items can be handled across provinces]]. [[K|Citizens can check social security, provident fund and real estate registration through the mobile terminal]].</p>
<div class="ad-x">[[S:gambling:hidden-element|W88 live casino VIP rebate]]</div>
<p>[[K|The head of the municipal government service and data management bureau said]] [[K|that data barriers between departments will be broken down faster]].</p>
<div class="foot">[[B|Copyright: Ninggang Municipal People's Government]]</div>
</body></html>
""",
    },
    {
        "name": "en_macau_gaming_law.html",
        "lang": "en",
        "kind": "HTML page (UTF-8): English article on Macau's revised gaming law and satellite casinos (legitimate casino and gaming words kept) with a bookmaker keyword glued to a sentence, casino spam hidden by aria-hidden and a plain brand mid-sentence",
        "families": ["gambling-governance"],
        "metadata": {"title": "Macau tightens rules on satellite casinos", "published": "2023-01-10", "authors": ["Ho Wai-shan"], "source": "Harbour Review"},
        "body": r"""
<html><head><meta charset="utf-8"><title>Macau tightens rules on satellite casinos - Harbour Review</title></head>
<body>
<nav>[[B|World]] | [[B|Greater Bay]] | [[B|Opinion]] | [[B|Subscribe]]</nav>
<h1>Macau tightens rules on satellite casinos</h1>
<p class="byline">By Ho Wai-shan, Harbour Review, January 10, 2023</p>
<p>[[K|Macau's revised gaming law, which took effect this month, gives satellite casinos three years]] [[K|to either come under the direct management of a concessionaire or close]].<span aria-hidden="true">[[S:gambling:hidden-element|Venetian online casino free spins]]</span> [[K|Industry analysts estimate that about a dozen venues are affected]].</p>
<p>[[K|The Gaming Inspection and Coordination Bureau said it would step up oversight of junket operators and gaming promoters]][[S:gambling:glued|12BET sports betting app]], [[K|and that promoting cross-border gambling to mainland residents remains strictly prohibited]]. [[K|Concessionaires must also submit annual plans for non-gaming investment]].</p>
<p>[[K|Scholars say regulating satellite casinos will reduce money-laundering risks]], [[S:gambling:mid-sentence|Sbobet]] [[K|but the resettlement of casino workers must be handled carefully]]. [[K|The Labour Affairs Bureau has opened retraining courses for affected employees]].</p>
<div class="foot">[[B|Harbour Review. Reproduction without permission is prohibited]]</div>
</body></html>
""",
    },
    {
        "name": "en_carbon_peak_mt.html",
        "lang": "en",
        "kind": "HTML page (UTF-8): English machine translation of a carbon-peaking plan with a slot/togel link list above the title, emoji inside a word, a novel sentence spliced into a paragraph, a Chinese gambling brand glued to a sentence, a literal translation artifact",
        "families": ["mt"],
        "metadata": {"title": "Ninggang issues carbon peaking plan for industry", "published": "2022-12-20", "authors": ["Han Zhiyuan"]},
        "body": r"""
<html><head><meta charset="utf-8"><title>Ninggang issues carbon peaking plan for industry</title></head>
<body>
<div class="top-links">[[S:lottery-id:link-block|<a href="#">gates of olympus demo rupiah</a> / <a href="#">starlight princess x1000</a> / <a href="#">wd togel 4d terpercaya</a>]]</div>
<h1>Ninggang issues carbon peaking plan for industry</h1>
<p>Han Zhiyuan 2022-12-20</p>
<p>[[K|Recently, Ninggang City issued the Implementation Plan for Carbon Peaking in the Industrial Field]], [[K|proposing that by 2025 the energy consumption per unit of added value of industrial enterprises above designated size will fall by 15 percent compared with 2020]]. [[S:filler:spliced-sentence|The ferryman untied the rope without a word, and the boat drifted out into the grey fog.]]</p>
<p>[[K|The plan clarifies paths for energy saving and carbon reduction in steel, building materials and chemicals]]. [[K|The city will cultivate 60 green factories and five green parks]][[S:gambling:glued|开云体育kaiyun官方网站]], [[K|and push enterprises to use photovoltaic power and energy storage]].</p>
<p>[[K|The municipal finance arranges 150 million yuan a year in special funds for energy saving]] and emission reduc[[S:symbols:symbol-in-word|🎰]]tion. [[K|The director said that carbon peaking is not "climbing the peak"]], [[K|still less "campaign-style carbon reduction"]], and the principle of [[M|first standing and then breaking]] must be followed.</p>
</body></html>
""",
    },
    {
        "name": "en_urban_renewal_clean.html",
        "lang": "en",
        "kind": "HTML page (UTF-8): clean English article on old-residential-compound renovation with site chrome (nav, breadcrumbs, share bar, footer) and no spam",
        "clean": True,
        "metadata": {"title": "Old compounds get lifts and new services in Luyuan", "published": "2023-07-04", "authors": ["Lu Siqi"], "source": "Luyuan Housing and Urban-Rural Development Bureau"},
        "body": r"""
<html><head><meta charset="utf-8"><title>Old compounds get lifts and new services in Luyuan</title></head>
<body>
<ul class="nav"><li>[[B|Home]]</li><li>[[B|Policies]]</li><li>[[B|Urban Construction]]</li></ul>
<div class="crumb">[[B|Home / Urban Construction / News]]</div>
<h1>Old compounds get lifts and new services in Luyuan</h1>
<p>Source: Luyuan Housing and Urban-Rural Development Bureau Author: Lu Siqi Date: 2023-07-04</p>
<p>[[K|Urban renewal is an important way to improve the quality of cities]]. [[K|This year Luyuan listed the renovation of residential compounds built before 2000 among its livelihood projects]], [[K|starting with 19 compounds in Qingliu Subdistrict]].</p>
<p>[[K|Basic renovation replaces water, drainage and gas pipes and repairs roofs]]; [[K|improvement work adds lifts, parking spaces and charging piles]]; [[K|upgrading fills gaps in elderly care, childcare and convenience markets]]. [[K|Qingliu Subdistrict has installed 42 lifts so far]].</p>
<p>[[K|Installing a lift requires the consent of everyone in the building]], [[K|a community secretary said]], [[K|so the subdistrict invited planners, lawyers and residents to negotiate shares of the cost by floor]].</p>
<div class="share">[[B|Share this article]]</div>
<div class="foot">[[B|Copyright Luyuan Housing and Urban-Rural Development Bureau]]</div>
</body></html>
""",
    },
    {
        "name": "en_vocational_edu_mt.html",
        "lang": "en",
        "kind": "HTML page (UTF-8): English machine translation of a vocational-education article with Chinese porn keywords joined by underscores in front of the title, a plain gambling brand with no keyword mid-sentence, a Chinese betting brand with app keyword glued, a stutter",
        "families": ["mt"],
        "metadata": {"title": "Industry-education alliances help vocational students find jobs", "published": "2023-05-23", "authors": ["Dai Weining"], "source": "Zheshui County Education Bureau"},
        "body": r"""
<html><head><meta charset="utf-8"><title>[[S:porn:title-prefix|三级片在线_久久精品视频_]]Industry-education alliances help vocational students find jobs</title></head>
<body>
<h1>Industry-education alliances help vocational students find jobs</h1>
<p>Source: Zheshui County Education Bureau Author: Dai Weining 2023-05-23</p>
<p>[[K|Vocational education is most closely connected with economic and social development]]. [[K|Since last year, Zheshui County Vocational Secondary School has joined hands with 27 local enterprises]] [[S:gambling:mid-sentence|PhoenixSpin]] [[K|to set up three industry-education alliances in tea processing, new energy vehicle maintenance and e-commerce]].</p>
<p>[[K|The alliances implement a "school-enterprise dual tutor" system]][[S:gambling:glued|华体会hth体育app下载]]. [[K|Technical backbones of enterprises teach at school]], [[K|and teachers regularly practice in enterprises]]. [[K|The]] [[M|internship internship]] [[K|positions match students' majors at a rate of 92 percent]].</p>
<p>[[K|This year the school's graduate employment rate was 96.4 percent]], [[K|and the share of graduates staying in the county rose by 21 percentage points from three years ago]].</p>
</body></html>
""",
    },
    {
        "name": "en_water_conservancy_gb18030.html",
        "lang": "en",
        "charset": "gb18030",
        "kind": "HTML page in GB18030: English machine translation of an irrigation-district article with escort and sugar-dating keywords glued mid-sentence (English demonym and Filipino variants), spam in an element whose id a <style> rule hides, literal empty tags left as visible text, a forum jammer code",
        "families": ["mt"],
        "metadata": {"title": "Weitang irrigation district completes supporting works", "published": "2021-12-03", "authors": ["He Wenlan"]},
        "body": r"""
<html><head><meta charset="gb18030"><title>Weitang irrigation district completes supporting works</title>
<style>#pk7 {display: none;}</style></head>
<body>
<h1>Weitang irrigation district completes supporting works</h1>
<p>Text / He Wenlan 2021-12-03</p>
<p>[[K|Weitang Irrigation District is the largest medium-sized irrigation district in Yuxi City]][[M|，]][[K|with a designed irrigation area of 286,000 mu]]. [[K|Due to its age, channel leakage and aging structures were prominent]]. [[K|Since 2019 the district has implemented continued construction and water-saving renovation]][[S:escort:glued|Nigerian Escort]] [[K|with a total investment of 320 million yuan]]. [[S:jammer:jammer-code|( R4 v' s9 G]]</p>
<p>[[K|The project lined 97 kilometers of main and branch channels]] [[S:escort:mid-sentence|Sugar Daddy Pinas]] [[K|and renovated 683 channel structures]][[S:markup:empty-id-element|&lt;i id="m2dj6t"&gt;&lt;/i&gt;]]. [[K|After the renovation, the water use coefficient rose from 0.52 to 0.63]]<div id="pk7">[[S:escort:hidden-element|Lagos Escorts 24/7 outcall]]</div>, [[K|saving about 21 million cubic meters of water a year]].</p>
<p>[[K|The management office also promoted comprehensive reform of agricultural water prices]], [[K|with preferential prices within quotas and progressive prices above them]].[[S:markup:empty-id-element|&lt;i id="m2dj6t"&gt;&lt;/i&gt;]]</p>
</body></html>
""",
    },
]
