"""Development set 5: English plain-text documents (machine translations of Chinese policy articles and a
few native English articles, invented)."""

DOCS = [
    {
        "name": "en_river_chief_brandplace.txt",
        "lang": "en",
        "kind": "plain text: MT of a river-chief-system article whose county name is replaced everywhere by a Latin gambling brand (with and without County), also in the title",
        "metadata": {"title": "How VegaCrown County turned river chiefs into river keepers", "published": "2023-04-11", "authors": ["Tang Xiaoyu"], "source": "Lingjiang Daily"},
        "body": r"""
How [[S:brand-as-place:place-replacement|VegaCrown]] County turned river chiefs into river keepers
Source: Lingjiang Daily Author: Tang Xiaoyu 2023-04-11
[[K|Since the river chief system was fully implemented in 2018]], [[S:brand-as-place:place-replacement|VegaCrown]] County [[K|has appointed 412 river chiefs at county, township and village levels]], covering all 37 rivers and 58 reservoirs in the territory.
[[K|Each village-level river chief patrols the assigned section at least once a week]] and records problems in a mobile app. In 2022, [[S:brand-as-place:place-replacement|VegaCrown]] [[K|handled 1,306 problems such as illegal sand mining and garbage dumping]], with a rectification rate of 98.7 percent.
"In the past the river belonged to everyone, so nobody cared," [[K|said a villager in Shangtan Village]]. "Now every section has a name on the sign board."
[[K|The county also set up a joint river chief mechanism with two neighbouring counties]], so that [[S:brand-as-place:place-replacement|VegaCrown County]] [[K|and its upstream neighbours share water quality monitoring data every month]].
""",
    },
    {
        "name": "en_pension_filler.txt",
        "lang": "en",
        "kind": "plain text: MT of a pension-reform article with sentences spliced in from a fantasy novel, from machine-generated filler and from a product blurb, plus a gambling brand glued mid-sentence",
        "families": ["mt"],
        "metadata": {"title": "Basic pension insurance reaches 96 percent of eligible residents in Heyuan", "published": "2022-12-02", "authors": ["Qiao Ming", "Wen Lili"]},
        "body": r"""
Basic pension insurance reaches 96 percent of eligible residents in Heyuan
By Qiao Ming and Wen Lili, December 2, 2022
[[K|By the end of November, 1.84 million residents in Heyuan City had joined the basic pension insurance]], a coverage rate of 96.1 percent.[[S:filler:spliced-sentence| The old sword master raised his blade toward the burning sky, and the mountain answered with a roar that shook the nine valleys.]] [[K|The city raised the minimum basic pension for urban and rural residents to 168 yuan per month]].
[[K|For rural elderly people over 80, an additional allowance of 30 yuan is paid every month]].[[S:filler:spliced-sentence| In today's fast-paced world, it is more important than ever to find the balance that works best for you and your unique journey.]] [[K|The social security bureau has opened 214 service points in townships and villages]].
[[K|Flexible workers can now choose]][[S:gambling:mid-sentence| RoyalPeak99 ]][[K|among ten contribution grades]] from 300 yuan to 6,000 yuan a year, and [[K|the local government pays a subsidy of up to 120 yuan]].
[[S:filler:spliced-sentence|Crafted from premium stainless steel, this sleek thermos keeps drinks hot for 24 hours and fits easily in any backpack. ]][[K|Officials said the next step is to promote the personal pension scheme]] and to improve the mechanism for transferring pension accounts across provinces.
""",
    },
    {
        "name": "en_casino_crackdown.txt",
        "lang": "en",
        "kind": "plain text: native English news on a cross-border gambling crackdown (legitimate gambling/casino words) with an invented online casino brand glued to words and an escort keyword mid-sentence",
        "families": ["gambling-governance"],
        "metadata": {"title": "Police dismantle cross-border online casino network recruiting via social media", "published": "2023-08-21", "authors": ["Laura Chen"]},
        "body": r"""
Police dismantle cross-border online casino network recruiting via social media
Laura Chen | August 21, 2023
[[K|Police in Guangdong have dismantled a cross-border gambling network]] [[K|that recruited players through short-video platforms]], the Ministry of Public Security said on Monday.
[[K|Investigators said the online casino]][[S:gambling:glued|JadeTigerBet]] [[K|accepted bets worth more than 2.3 billion yuan]] over eighteen months, using more than 400 bank accounts rented from students and rural residents to move funds.
[[K|Under China's Criminal Law, organising gambling for profit]] [[K|and running a casino can carry a prison sentence of up to ten years]].[[S:escort:mid-sentence| Jakarta escort girls 24h ]][[K|Authorities urged the public not to rent or sell bank cards]], warning that renting accounts to gambling gangs is itself a crime.
[[K|The ministry said 1,200 suspects had been detained]] since the campaign against cross-border gambling began in January.
""",
    },
    {
        "name": "en_grain_security_clean.txt",
        "lang": "en",
        "clean": True,
        "kind": "plain text: clean English machine translation of a grain-security article, no spam",
        "metadata": {"title": "Stabilising grain output on high-standard farmland", "published": "2023-03-15", "authors": ["Lu Feng"]},
        "body": r"""
Stabilising grain output on high-standard farmland
Lu Feng 2023-03-15
[[K|Grain security is the foundation of national security]]. [[K|In 2022, Qingping Province built 4.1 million mu of high-standard farmland]], bringing the total to 52 million mu.
[[K|On high-standard farmland, grain yield per mu is on average 10 to 20 percent higher]] than on ordinary farmland, thanks to better irrigation, drainage and field roads.
[[K|The province also pays an annual subsidy of 120 yuan per mu to farmers who grow double-season rice]], and has expanded full-cost insurance for wheat, rice and corn to all major grain-producing counties.
[[K|Officials said the province will keep grain sown area above 33 million mu this year]].
""",
    },
    {
        "name": "en_provident_fund_midword.txt",
        "lang": "en",
        "kind": "plain text: MT of a housing-provident-fund article with a sugar-daddy keyword inside an English word, a brand inside a number, jammer codes at line ends and a gambling title prefix",
        "families": ["mt"],
        "metadata": {"title": "Housing provident fund opens to flexible employees", "published": "2023-06-30", "authors": ["Fang Rui"]},
        "body": r"""
[[S:gambling:title-prefix|GoldenLynx app download - ]]Housing provident fund opens to flexible employees
Release time: 2023-06-30 Author: Fang Rui
[[K|From July 1, flexible employees in Nanqiao City can voluntarily pay into the housing provident fund]]. [[K|The monthly contribution base may be chosen between 2,100 yuan and 28,000 yuan]], and participants enjoy the same loan policies as regular employees.[[S:jammer:jammer-code| 7qHt2xZ]]
[[K|The housing provident fund centre said the reform aims to help new citizens]] and young people rent and buy homes. Registration can be completed online through the municipal govern[[S:escort:mid-word|Sydney Sugar Baby]]ment service app.
[[K|So far, more than]] 3[[S:gambling:mid-number|GoldenLynx]]6,000 [[K|delivery riders, ride-hailing drivers and online shop owners have registered]].[[S:jammer:jammer-code| kR9vW0pL]]
[[K|Flexible employees who have paid for six consecutive months can apply for a provident fund loan]] of up to 600,000 yuan.
""",
    },
    {
        "name": "en_digital_gov_seo.txt",
        "lang": "en",
        "kind": "plain text: MT of a digital-government article with Traditional-script SEO keywords in the title suffix, glued to a sentence and spliced as a sentence, porn keywords in the title",
        "families": ["mt"],
        "metadata": {"title": "One-stop online services cut approval time for businesses", "published": "2022-10-18", "authors": ["Xie Bo"]},
        "body": r"""
One-stop online services cut approval time for businesses[[S:seo-tw:title-suffix|｜台中SEO優化公司｜網站排名保證]]
Xie Bo, October 18, 2022
[[K|The digital government platform of Wuxing Province now handles 1,860 administrative items online]], and [[K|the average time for opening a business has fallen to one working day]].[[S:seo-tw:glued|彰化網路行銷推薦]]
[[K|Enterprises can submit materials once]] and have them shared among market regulation, tax and social security departments.[[S:seo-tw:spliced-sentence| 新北外牆防水工程，免費估價，專業團隊施工保固三年。]] [[K|Electronic business licences are accepted in all government service halls]].
[[K|The province plans to connect county data platforms to the provincial hub by the end of 2023]].
""",
    },
    {
        "name": "en_old_age_care_chinese_brand.txt",
        "lang": "en",
        "kind": "plain text: MT of an old-age-care article where a Chinese gambling brand replaces the city name (with and without 市) and a plain-word Latin brand is spliced in with no keyword",
        "families": ["mt"],
        "metadata": {"title": "Community canteens for the elderly spread across 鼎盛娱乐 City", "published": "2023-09-05", "authors": ["Pan Jie"]},
        "body": r"""
Community canteens for the elderly spread across [[S:brand-as-place:place-replacement|鼎盛娱乐]] City
Pan Jie 2023-09-05
[[K|By the end of August, 186 community canteens for the elderly had opened]] in [[S:brand-as-place:place-replacement|鼎盛娱乐市]], [[K|serving about 23,000 meals every day]].
[[K|Residents over 60 pay 12 yuan for a set meal of two dishes and a soup]], and [[K|those over 80 or living alone receive a further discount of 3 yuan]].[[S:gambling:spliced-sentence| Fortunix]] [[K|Street offices provide the premises free of charge]] while catering companies run the kitchens.
[[K|The civil affairs bureau of]] [[S:brand-as-place:place-replacement|鼎盛娱乐]] [[K|said it will also train 500 home-care workers this year]].
""",
    },
]
