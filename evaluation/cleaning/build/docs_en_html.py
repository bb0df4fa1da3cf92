"""English HTML pages (machine translations and English originals), invented for this set."""

DOCS = [
    {
        "name": "301_en_html_hidden_gambling_links.html",
        "lang": "en",
        "kind": "HTML: English news page with display:none and font-size:0 gambling links, navigation, related list and footer",
        "families": ["gambling"],
        "metadata": {"title": "Monitoring system helps prevent a return to poverty", "published": "2022-03-14", "authors": ["Wang Xin"]},
        "body": """
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Monitoring system helps prevent a return to poverty - [[B|China Rural Daily English]]</title>
<meta property="article:published_time" content="2022-03-14T08:30:00+08:00">
<meta name="author" content="Wang Xin">
</head>
<body>
<nav><ul><li><a href="/">[[B|Home]]</a></li><li><a href="/china/">China</a></li><li><a href="/business/">[[B|Business]]</a></li><li><a href="/opinion/">[[B|Opinion]]</a></li></ul></nav>
<div style="display: none;"><a href="https://goldenlotus-club.bet/">[[S:gambling:hidden-element|Golden Lotus Club online casino]]</a><a href="https://888dragon.vip/">[[S:gambling:hidden-element|Dragon Tiger baccarat real money]]</a></div>
<article>
<h1>Monitoring system helps prevent a return to poverty</h1>
<p class="byline">By Wang Xin | Updated: 2022-03-14 08:30</p>
<p>[[K|China has brought more than 5 million people into a dynamic monitoring system designed to prevent them from falling back into poverty]], [[K|officials said on Sunday.]]</p>
<p>[[K|Households are monitored if their income falls below a threshold or if they face sudden hardship such as serious illness, disability or natural disasters.]]<span style="font-size:0px">[[S:gambling:hidden-element|bet365 mobile app download]]</span> [[K|Village cadres, hospitals and schools report risks through an online platform.]]</p>
<p>[[K|"Most of the risks are identified within two weeks," said a senior official of the National Rural Revitalization Administration.]] [[K|Over 70 percent of the monitored households no longer face the risk of returning to poverty.]]</p>
</article>
<aside><h3>[[B|Related stories]]</h3><ul><li><a href="/a">[[B|County e-commerce boosts farm sales]]</a></li><li><a href="/b">[[B|Eastern firms open workshops in the west]]</a></li></ul></aside>
<footer><p>[[B|Copyright 1995 - 2022. All rights reserved.]] [[B|The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Rural Daily.]]</p><p>[[B|Without written authorization from China Rural Daily, such content shall not be republished or used in any form.]]</p></footer>
</body>
</html>
""",
    },
    {
        "name": "302_en_html_style_class_sugar.html",
        "lang": "en",
        "kind": "HTML: English MT with sugar-daddy keywords in spans hidden by a <style> class, glued mid-sentence, and an off-screen togel list",
        "families": ["escort", "lottery-id", "mt"],
        "metadata": {"title": "Pairing assistance between cities deepens cooperation", "published": "2021-09-08"},
        "body": """
<html>
<head>
<meta charset="utf-8">
<title>Pairing assistance between cities deepens cooperation</title>
<style type="text/css">
.k8mzq { display:none }
p { line-height: 1.8 }
</style>
</head>
<body>
<div class="breadcrumb">[[B|Home > News > Society]]</div>
<h1>Pairing assistance between cities deepens cooperation</h1>
<div class="date">2021-09-08</div>
<p>[[K|Pairing assistance between eastern and western cities has expanded from government funds to market cooperation]]<span class="k8mzq">[[S:escort:hidden-element|Kenya Sugar Daddy]]</span>[[M|，]][[K|and more enterprises are taking part]][[M|。]]</p>
<p>[[K|In the first half of the year, the paired cities signed 312 cooperation agreements[[S:escort:glued|Dubai Escorts]]with a total value of 41.6 billion yuan]][[M|。]][[K|Consumption assistance sold agricultural products worth 9.8 billion yuan from the western regions]][[M|。]]</p>
<p>[[K|The two sides also exchanged 1,520 teachers and doctors]]<span class="k8mzq">[[S:escort:hidden-element|Ghana Sugar]]</span>[[M|，]][[K|improving public services in the recipient counties]][[M|。]]</p>
<div style="position:absolute; left:-10000px"><ul><li><a href="https://slot-gacor.id/">[[S:lottery-id:hidden-element|slot gacor gampang maxwin]]</a></li><li><a href="https://togel4d.id/">[[S:lottery-id:hidden-element|togel singapore 4d]]</a></li><li><a href="https://pasang-toto.id/">[[S:lottery-id:hidden-element|situs toto terpercaya]]</a></li></ul></div>
<div class="foot">[[B|Contact us: news@citypairing.example.cn]]</div>
</body>
</html>
""",
    },
    {
        "name": "303_en_html_gov_crackdown.html",
        "lang": "en",
        "kind": "HTML: legitimate English article on a cross-border online-gambling crackdown, with an aria-hidden gambling link block and site chrome",
        "families": ["gambling-governance"],
        "metadata": {"title": "Police dismantle cross-border online gambling networks", "published": "2021-11-25"},
        "body": """
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>Police dismantle cross-border online gambling networks</title>
<meta name="publish-date" content="2021-11-25">
</head>
<body>
<header><a href="/">[[B|Global Policy Watch]]</a> <a href="/subscribe">[[B|Subscribe]]</a> <a href="/login">[[B|Sign in]]</a></header>
<div aria-hidden="true" class="promo"><a href="https://royalflush-casino.example/">[[S:gambling:hidden-element|Royal Flush casino free spins]]</a> <a href="https://lucky-spin.example/">[[S:gambling:hidden-element|LuckySpin no deposit bonus]]</a></div>
<main>
<h1>Police dismantle cross-border online gambling networks</h1>
<p><time datetime="2021-11-25">November 25, 2021</time></p>
<p>[[K|Police across China have dismantled more than 1,800 online gambling platforms and cross-border gambling syndicates this year]], [[K|the Ministry of Public Security said on Thursday.]]</p>
<p>[[K|Cross-border gambling has caused huge economic losses and is closely linked to telecom fraud and money laundering.]] [[K|Many casinos overseas lure Chinese gamblers through agents, social media and payment channels.]]</p>
<p>[[K|The ministry said it would work with neighbouring countries to crack down on casinos targeting Chinese citizens]], [[K|and would blacklist destinations that host such gambling operations.]] [[K|Banks and payment companies have been asked to tighten checks on accounts used to move gambling funds.]]</p>
<p>[[K|Officials urged the public not to take part in online gambling or betting]], [[K|and to report illegal lottery and casino websites.]]</p>
</main>
<footer>[[B|Terms of use]] | [[B|Privacy policy]] | [[B|© 2021 Global Policy Watch]]</footer>
</body>
</html>
""",
    },
    {
        "name": "304_en_html_journal_layout.html",
        "lang": "en",
        "kind": "HTML: English journal article page (citation meta tags, abstract, keywords, funding note) with gambling title suffix and a link block",
        "families": ["gambling"],
        "metadata": {"title": "Village sages and the reconstruction of rural governance", "published": "2020-12-15", "authors": ["Liu Yang", "Sarah K. Mitchell"]},
        "body": """
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>Village sages and the reconstruction of rural governance[[S:gambling:title-suffix| | Wynnbet9 sportsbook official site]]</title>
<meta name="citation_title" content="Village sages and the reconstruction of rural governance">
<meta name="citation_author" content="Liu Yang">
<meta name="citation_author" content="Sarah K. Mitchell">
<meta name="citation_publication_date" content="2020/12/15">
</head>
<body>
<div class="journal-header">[[B|Journal of Rural Studies in Asia]] [[B|Volume 12, Issue 4]]</div>
<h1 class="article-title">Village sages and the reconstruction of rural governance</h1>
<div class="authors">Liu Yang<sup>1</sup>, Sarah K. Mitchell<sup>2</sup></div>
<div class="affiliations">[[K|1 School of Public Administration, Sichuan University; 2 Department of Sociology, University of Leeds]]</div>
<section class="abstract"><h2>Abstract</h2><p>[[K|This article examines how "new village sages" (xin xiangxian), such as retired officials, teachers and entrepreneurs, take part in rural governance in contemporary China.]] [[K|Drawing on fieldwork in 14 villages in Guangdong and Zhejiang, we find that village sages act as brokers between the state and villagers.]]</p></section>
<p class="keywords">[[K|Keywords: village sages; rural governance; brokerage; China]]</p>
<section><h2>1. Introduction</h2><p>[[K|Since 2015, the central No. 1 Documents have repeatedly called for the cultivation of a "new village sage culture".]] [[K|Local governments have established village sage councils, which advise on land disputes, public works and family conflicts.]]</p></section>
<p class="funding">[[K|Funding: This work was supported by the National Social Science Fund of China (grant 19CSH042).]]</p>
<div class="sponsored">[[S:gambling:link-block|Sponsored: Wynnbet9 live casino | NovaBet sports betting | Golden Lotus Club slots]]</div>
<div class="footer">[[B|Download PDF]] [[B|Cite this article]] [[B|Rights and permissions]]</div>
</body>
</html>
""",
    },
    {
        "name": "305_en_html_brand_replaces_place.html",
        "lang": "en",
        "kind": "HTML: English translation in which a gambling site's name replaced the county's name throughout",
        "families": ["brand-as-place", "mt"],
        "metadata": {"title": "Tea industry lifts a mountain county out of poverty", "published": "2020-05-18"},
        "body": """
<html>
<head><meta charset="utf-8"><title>Tea industry lifts a mountain county out of poverty</title></head>
<body>
<h1>Tea industry lifts a mountain county out of poverty</h1>
<p>2020-05-18</p>
<p>[[K|[[S:brand-as-place:place-replacement|Sands Macao Casino]] County, located in the Wuling Mountains, was once one of the poorest counties in the province.]] [[K|In 2014, it had 63,000 registered poor people.]]</p>
<p>[[K|Over the past six years, [[S:brand-as-place:place-replacement|Sands Macao Casino]] County has expanded its tea gardens to 180,000 mu]][[M|，]][[K|and tea has become the main source of income for farmers]][[M|。]]</p>
<p>[[K|"Every household in the village has tea," said a villager in [[S:brand-as-place:place-replacement|Sands Macao Casino]] County.]] [[K|The cooperative buys fresh leaves at a guaranteed price and pays dividends at the end of the year.]]</p>
<p>[[K|In 2019, [[S:brand-as-place:place-replacement|Sands Macao Casino]] County was officially removed from the list of poor counties.]]</p>
</body>
</html>
""",
    },
    {
        "name": "306_en_html_mt_widgets.html",
        "lang": "en",
        "kind": "HTML: English MT page with Chinese punctuation, glued commas and full stops, hyphen splits, share widgets and comment box",
        "families": ["mt"],
        "shapes": ["mt-punct", "hyphen-split"],
        "metadata": {"title": "Education counterpart support narrows the gap", "published": "2021-04-02"},
        "no_regex": [",(?=[A-Za-z])", "(?<=[a-z])\\.(?=[A-Z][a-z])"],
        "body": """
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>Education counterpart support narrows the gap</title></head>
<body>
<div class="nav">[[B|Home Policy Education Video]]</div>
<h1>Education counterpart support narrows the gap</h1>
<div class="meta">Release time: 2021-04-02 [[B|Font size: large medium small]]</div>
<div class="article">
<p>[[K|Education counterpart support is an important part of East-West cooperation]][[M|，]][[K|and it helps the western regions improve the quality of education]][[M|。]]</p>
<p>[[K|Since 2016,eastern provinces have sent more than 20,000 teachers to the west.Many teachers work in rural schools for one year or more]][[M|。]][[K|They have introduced new teaching methods]][[M|、]][[K|school management experience]][[M|、]][[K|and online teaching resources]][[M|。]]</p>
<p>[[K|The]] [[R|high -level=>high-level]] [[K|support has improved the]] [[R|long -term=>long-term]] [[K|capacity of local schools]][[M|。]][[K|In one county, the college entrance examination admission rate increased from 61% to 83%]][[M|。]]</p>
</div>
<div class="share">[[B|Share:]] [[B|WeChat]] [[B|Weibo]] [[B|Print]]</div>
<div class="comment">[[B|Comments (0)]] [[B|Post a comment]]</div>
<div class="footer">[[B|Sponsored by: Education Information Center]]</div>
</body>
</html>
""",
    },
    {
        "name": "307_en_html_gov_lottery_seo.html",
        "lang": "en",
        "kind": "HTML: legitimate English article on lottery regulation, with Taiwanese SEO keywords and a gambling brand injected",
        "families": ["gambling-governance", "seo-tw", "gambling"],
        "metadata": {"title": "New rules curb online lottery sales", "published": "2019-06-28"},
        "body": """
<html>
<head><meta charset="utf-8"><title>[[S:seo-tw:title-prefix|關鍵字排名 | ]]New rules curb online lottery sales</title></head>
<body>
<h1>New rules curb online lottery sales</h1>
<p>June 28, 2019</p>
<p>[[K|China's finance ministry and the lottery administration have issued new rules to regulate lottery sales]], [[K|banning unauthorized online lottery sales and lottery apps.]]</p>
<p>[[K|Under the rules, only the welfare lottery and the sports lottery may be sold, and only through licensed outlets and approved channels.]][[S:seo-tw:glued|台北網頁設計公司]] [[K|Lottery operators must verify buyers' ages and refuse sales to minors.]]</p>
<p>[[K|Regulators said some illegal websites disguised gambling as lottery betting]] [[S:gambling:mid-sentence|NovaBet casino login]] [[K|and caused serious social harm.]] [[K|Local authorities will conduct inspections and punish violations.]]</p>
<p>[[K|Public welfare funds raised from lottery sales reached 128.1 billion yuan last year]], [[K|and were spent on elderly care, education and sports facilities.]]</p>
</body>
</html>
""",
    },
]

DOCS += [
    {
        "name": "308_en_html_gov_village_gambling_mt.html",
        "lang": "en",
        "kind": "HTML: legitimate English MT on village anti-gambling work, with Chinese punctuation, a hidden sugar-daddy span and news-site chrome",
        "families": ["gambling-governance", "escort", "mt"],
        "metadata": {"title": "Villages write gambling bans into their rules", "published": "2022-01-26", "authors": ["Zhao Ming"]},
        "body": """
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>Villages write gambling bans into their rules</title>
<meta name="author" content="Zhao Ming">
<meta name="pubdate" content="2022-01-26">
</head>
<body>
<div class="channel">[[B|Channel: Society | Law | Rural]]</div>
<h1>Villages write gambling bans into their rules</h1>
<div class="byline">Author: Zhao Ming Time: 2022-01-26</div>
<div class="content">
<p>[[K|Before the Spring Festival, many villages in the county revised their village rules and added clauses against gambling]][[M|。]][[K|Villagers who gamble lose their eligibility for annual honors]][[M|，]][[K|and those who provide venues for gambling are reported to the police]][[M|。]]</p>
<p>[[K|Village cadres say that gambling often rises during the holidays, when migrant workers return home with their savings]][[M|。]]<span style="display:none">[[S:escort:hidden-element|Nigeria Sugar Daddy]]</span>[[K|Some families have lost a whole year's income at the card table]][[M|。]]</p>
<p>[[K|The county police received 41% fewer gambling reports in 2021 than in 2020]][[M|，]][[K|and cases of organized gambling fell to 23]][[M|。]][[K|Officials say the combination of law enforcement and village self-governance is working]][[M|。]]</p>
</div>
<div class="tools">[[B|Print]] [[B|Close]] [[B|Favorite]]</div>
<div class="foot">[[B|Copyright © County Media Center. All Rights Reserved.]]</div>
</body>
</html>
""",
    },
    {
        "name": "309_en_html_empty_ids_inside_words.html",
        "lang": "en",
        "kind": "HTML: English article with empty elements repeating one random id inside words (a display:none #id rule), a literal-tag residue and chrome",
        "families": ["markup", "gambling"],
        "shapes": ["empty-id-element"],
        "metadata": {"title": "Collective economy shareholding reform reaches most villages", "published": "2021-10-19"},
        "body": """
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>Collective economy shareholding reform reaches most villages</title>
<style>#p9xw3r { display: none }</style>
</head>
<body>
<div class="top">[[B|Subscribe to our newsletter]]</div>
<h1>Collective economy shareholding reform reaches most villages</h1>
<p class="date">2021-10-19</p>
<p>[[K|The reform of the rural collective property rights system has been basically comp<b id="p9xw3r"></b>leted]], [[K|with shareholding cooperatives set up in more than 530,000 villages.]]</p>
<p>[[K|Members of the collective receive shares and an annual divi<b id="p9xw3r"></b>dend from collective income.]] <span id="p9xw3r">[[S:gambling:hidden-element|Lucky Panda slots free bonus]]</span>[[K|In 2020, the total dividend paid to farmers exceeded 70 billion yuan.]]</p>
<p>[[K|Experts say the next step is to develop new forms of collective economy and to strengthen supervision of collective assets.]] [[S:markup:empty-id-element|&lt;b id="p9xw3r"&gt;&lt;/b&gt;]]</p>
<div class="bottom">[[B|Most read]] [[B|Editor's picks]]</div>
</body>
</html>
""",
    },
]
