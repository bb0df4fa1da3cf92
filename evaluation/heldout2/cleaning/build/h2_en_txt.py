"""Held-out set 2: English plain-text documents (machine translations of invented
Chinese policy articles with their MT artifacts, and a few native English texts)."""

DOCS = [
    {
        "name": "en_river_chief_mt.txt",
        "lang": "en",
        "kind": "plain text: English machine translation of a river-chief-system article saved from its page, with a gambling brand before the title, zh and en brands glued to words, a plain-word brand mid-sentence, a brand line among the site chrome, Chinese punctuation, glued commas, a stutter, a hyphen split and a literal term",
        "families": ["mt"],
        "metadata": {
            "title": "Every river has a guardian: five years of the river chief system in Qingtan County",
            "published": "2022-06-21",
            "source": "Jiangnan Water Conservancy News",
            "authors": ["Xia Wenbo", "Lu Qing"],
            "editor": "Kong Xiangyu",
        },
        "no_regex": [",(?=[A-Za-z])"],
        "body": r"""
[[S:gambling:title-prefix|RoyalKoi88 app download_]]Every river has a guardian: five years of the river chief system in Qingtan County
2022-06-21 09:14 Source: Jiangnan Water Conservancy News Author: Xia Wenbo Lu Qing

[[K|The river chief system is an important institutional innovation in the protection of rivers and lakes]][[M|，]]and it is also the "bull's nose" to solve complex water problems[[M|。]]Since 2017,Qingtan County has [[K|established a four-level river chief organization system]] of county[[M|、]]township[[M|、]]village and group,[[K|a total of 612 river chiefs at all levels]] are responsible for 143 rivers[[S:gambling:glued|皇锦鲤体育官网]] and 26 reservoirs in the county[[M|。]]

  [[K|The secretary of the county party committee and the county magistrate serve as the general river chiefs]],and the "[[M|river length]]" public signs with names[[M|、]]telephone numbers and duties [[K|have been set up at 318 key river sections]][[M|。]]Township river chiefs [[R|patrol the river patrol the river=>patrol the river]] at least once a week,[[K|village river chiefs patrol at least twice a week]],and the problems found are uploaded through the smart river chief mobile app[[M|。]]

In the past, the Qingshui River that flows through the county town was once [[S:gambling:mid-sentence|Goldkite]] a "smelly ditch" full of domestic sewage and livestock manure[[M|。]][[K|The county invested 430 million yuan to carry out comprehensive improvement]],closed 57 livestock farms along the river[[M|、]]built 9 township sewage treatment plants[[M|，]][[K|the water quality of the section leaving the county has been stable at Class II for three consecutive years]][[M|。]]

[[K|The river chief system has also changed from "nominal" to "effective"]][[M|。]]The county has included the performance of river chiefs in the annual assessment of cadres[[M|，]]in 2021[[M|，]]4 township river chiefs were interviewed for failing to rectify problems in time[[M|。]][[K|Volunteers known as "folk river chiefs" now number more than 1,900]][[S:gambling:glued|RoyalKoi88 live casino]],they [[K|help to find hidden sewage outlets and illegal sand mining]] and report them to the river chief office[[M|。]]

  Next[[M|，]]Qingtan County will [[K|promote the construction of happy rivers and lakes]], establish a [[R|long -term=>long-term]] mechanism for river and lake management and protection[[M|，]]so that [[K|every river can become a river that benefits the people]][[M|。]]

[[B|Editor in charge]]: Kong Xiangyu
[[B|qrcode_jnslnews.jpg]]
[[B|Scan the code to follow the official account]]
[[B|Related news]]
[[B|Qingtan County issues its flood prevention emergency plan for 2022]]
[[S:gambling:link-block|皇锦鲤娱乐平台注册送88元]]
[[B|Copyright 2016-2022 Jiangnan Water Conservancy News Center]] [[B|All rights reserved]]
[[B|ICP No. 15023871-2]] [[B|Public Network Security Record No. 33010602005519]]
""",
    },
    {
        "name": "en_elderly_care_escort.txt",
        "lang": "en",
        "kind": "plain text: English machine translation of a community elderly-care article with escort/sugar keywords (new cities and countries) glued on either side, mid-sentence and inside a word, two spliced SEO filler sentences, Chinese punctuation and quotes, a stutter and literal terms",
        "families": ["mt"],
        "metadata": {
            "title": "Community embedded elderly care lets the elderly enjoy a happy old age at their doorstep",
            "published": "2023-09-12",
            "source": "Hexi Daily",
            "authors": ["Pan Yuting"],
        },
        "body": r"""
Community embedded elderly care lets the elderly enjoy a happy old age at their doorstep
Hexi Daily reporter Pan Yuting 2023-09-12 10:32

[[K|By the end of 2022, the population aged 60 and above in Hexi City had reached 1.38 million]][[M|，]]accounting for 23.6% of the total population[[M|。]]How to [[K|let the elderly spend their old age at home with peace of mind]] is a "[[M|one old and one small]]" livelihood matter that every family cares about[[M|。]]

[[K|In the Lanyuan Street community]], an [[K|embedded elderly care service station]] of 400 square meters has been open for two years[[S:escort:glued|Colombo Sugar Daddy]]. [[K|It provides day care, meal assistance, bathing assistance and rehabilitation training]] for 210 elderly people nearby[[M|。]][[M|“]][[K|A meal of two meat dishes and one vegetable costs only 12 yuan]], [[K|and elderly people over 80 get a subsidy of 3 yuan]][[M|，]][[M|”]] said Wu Meifang, the head of the station[[M|。]]

[[K|The city has included meal assistance for the elderly in its list of livelihood projects]][[S:escort:glued|Vietnam Sugar]] for three consecutive years[[M|，]]and [[K|has built 326 community canteens for the elderly]] [[S:escort:mid-sentence|Phnom Penh escorts]] [[K|covering 85% of urban communities]][[M|。]]The canteens also deliver meals to elderly people with [[R|limited mobility, limited mobility=>limited mobility]] at their homes every day[[M|。]]

For elderly people with special difficulties[[M|，]]the government provides a [[M|pocket bottom]] guarantee[[M|：]][[K|elderly people who are disabled and live alone receive home visits at least once a week]], and 2,400 families have had their homes renovated for aging[[M|、]]with handrails[[M|、]]anti-slip floors and emergency call devices installed[[M|。]][[S:filler:spliced-sentence|Choosing the right mattress can make a big difference to the quality of your sleep, so it is worth comparing several brands before you buy one.]]

[[K|A shortage of trained staff is still the bottleneck of elderly care services]][[M|。]]The city has [[K|set up an elderly care major in two vocational colleges]], and nursing staff who obtain a voca[[S:escort:mid-word|Sri Lanka Sugar]]tional skill level certificate can [[K|receive a one-time subsidy of up to 5,000 yuan]][[S:escort:glued|Lagos Sugar Mummy]].[[S:filler:spliced-sentence| Many travellers say the best time to visit the coast is early autumn, when the crowds have gone and the sea is still warm.]]
""",
    },
    {
        "name": "en_grain_security_place.txt",
        "lang": "en",
        "kind": "plain text: English machine translation of a grain-security article whose county and town name has been replaced everywhere by a gambling brand, with a Taiwanese SEO keyword inside a number, glued commas and full stops, Chinese punctuation, a hyphen split and literal slogan translations",
        "families": ["mt"],
        "metadata": {
            "title": "Holding the rice bowl firmly: 180,000 mu of high-standard farmland built in three years",
            "published": "2022-10-08",
            "source": "Nanyuan Agricultural Information Network",
            "authors": ["Zheng Hao"],
        },
        "no_regex": [",(?=[A-Za-z])", "(?<=[a-z])\\.(?=[A-Z][a-z])", "\\w -\\w"],
        "body": r"""
Holding the rice bowl firmly: 180,000 mu of high-standard farmland built in three years
Published: 2022-10-08 Source: Nanyuan Agricultural Information Network Author: Zheng Hao

[[K|Grain security is]] "[[M|the greatest of the country]]"[[M|。]][[S:brand-as-place:place-replacement|KingsPalm88]] County is a major grain-producing county in the province,[[K|with a grain sown area of about]] 1.2[[S:seo-tw:mid-number|嘉義馬桶不通推薦]]6 million mu all year round and an annual output of more than 500,000 tons[[M|。]]

[[K|Since 2020]], [[S:brand-as-place:place-replacement|KingsPalm88]] County has built [[R|high -standard=>high-standard]] farmland of 180,000 mu,[[K|integrating land leveling, irrigation and drainage, field roads and farmland shelter forests]][[M|。]][[K|After the transformation, the yield per mu increased by about 80 kilograms]],and the cost of machine farming per mu dropped by 45 yuan.Farmers no longer have to worry about "[[K|waterlogging when it rains and drought when it is sunny]]"[[M|。]]

The county implements the "[[M|party and government same responsibility]]" for grain security,[[K|and the grain planting area and output are included in the assessment of township leading groups]][[M|。]][[K|To protect the enthusiasm of farmers for growing grain]], the county [[K|issued a subsidy of 120 yuan per mu for double-season rice]],and [[K|full cost insurance for rice]] has covered all towns and townships[[M|。]]

Following the strategy of "[[M|hiding grain in the land]], hiding grain in technology", [[S:brand-as-place:place-replacement|KingsPalm88]] County has cooperated with the provincial academy of agricultural sciences to [[K|build a 3,000-mu demonstration base for improved rice varieties]].[[K|The coverage rate of improved varieties has reached 98%]][[M|。]]"[[K|Now one person can manage 500 mu of land with drones and machines]]," [[K|said Huang Deqing, a large grain grower in]] [[S:brand-as-place:place-replacement|KingsPalm88]] Town[[M|。]]

[[B|Sponsored by: Nanyuan Municipal Bureau of Agriculture and Rural Affairs]]
[[B|Print this page]] [[B|Close window]]
""",
    },
    {
        "name": "en_card_breaking_gambling.txt",
        "lang": "en",
        "kind": "plain text: native English news article on a campaign against renting bank cards to gambling syndicates (legitimate gambling and betting words must stay), with a casino advertising sentence spliced in, zh/en brand and escort keywords glued to sentence ends, and an Indonesian togel/slot/toto list below",
        "families": ["gambling-governance"],
        "metadata": {
            "title": "Card-breaking campaign cuts the money chain of cross-border gambling",
            "published": "2023-05-30",
            "source": "Beiling Evening News",
            "authors": ["Ren Xiaodong"],
        },
        "body": r"""
Card-breaking campaign cuts the money chain of cross-border gambling
By Ren Xiaodong | Beiling Evening News | Updated 2023-05-30

[[K|Police in Beiling have frozen more than 2,300 bank accounts and payment accounts linked to online gambling]] since the start of the year, [[K|as the city's "card-breaking" campaign moves from arrests to prevention]].

"[[K|Gambling syndicates based overseas rely on rented bank cards to collect stakes and pay out winnings]]," said Chen Jiawei, deputy head of the city's economic crime investigation unit.[[S:gambling:spliced-sentence| Register at Bet9Lotus now and get 88 free spins with your first deposit!]] "[[K|Without these cards the money cannot move, and the betting platforms cannot operate]]."

[[K|Most of the card sellers are young people]]. [[K|Of the 418 suspects detained so far, 61 percent are under 25]], and many are university students who were offered 500 to 1,000 yuan for each account they opened and handed over.

[[K|Banks in the city now require customers who open more than one account in a year to explain the purpose]], and [[K|accounts that receive frequent small transfers late at night are flagged for review]][[S:gambling:glued|Bet9Lotus体育官网入口]].

[[K|The city's education bureau has added a lesson on gambling-related fraud to the orientation week of all 14 colleges]]. "[[K|A student who sells a card may think it is easy money]]," Chen said[[S:escort:glued|Kathmandu Sugar Baby]]. "[[K|In fact he becomes part of a gambling operation and can be prosecuted for helping information network crimes]]."

[[K|Residents who suspect an account is being used for gambling or fraud can report it on the anti-fraud hotline 96110]].
[[S:lottery-id:link-block|prediksi togel sydney malam ini]]
[[S:lottery-id:link-block|bocoran rtp slot hari ini pola gacor]]
[[S:lottery-id:link-block|situs toto 4d terbesar TOTOKILAT]]
[[S:lottery-id:link-block|live draw sgp tercepat paito warna]]
""",
    },
    {
        "name": "en_clean_chess_card_rooms.txt",
        "lang": "en",
        "kind": "plain text: clean native English article on regulating mahjong and card rooms against disguised gambling; no injected spam, every gambling word must stay",
        "families": ["gambling-governance"],
        "clean": True,
        "metadata": {
            "title": "Community rules bring mahjong parlours out of the grey zone",
            "published": "2022-11-07",
            "authors": ["Luo Yiming"],
        },
        "body": r"""
Community rules bring mahjong parlours out of the grey zone
Luo Yiming, November 7, 2022

Chess and card rooms are a common pastime for retirees in the old neighbourhoods of Shanhe District, but [[K|some of them had become venues for gambling with high stakes]]. Last year, [[K|police handled 37 gambling cases in such rooms]], with stakes seized totalling 214,000 yuan.

Since March, [[K|the district has required every chess and card room to register with the sub-district office]], post its opening hours and install cameras at the entrance. [[K|Rooms may charge a table fee of no more than 20 yuan an hour]], and staff must stop any game in which money changes hands beyond that fee.

Residents' committees have signed pledges with 126 room operators. [[K|Grid workers make unannounced visits twice a month]], and [[K|rooms found to host gambling twice are closed for good]]. Eleven rooms have been shut so far.

"[[K|Playing mahjong with neighbours is part of life here; gambling is not]]," said Ma Guilan, who runs a room near the Dongjie market. Her customers now play for points written on a small blackboard.

[[K|The district also runs a hotline for families worried about a relative's gambling debts]], and social workers have helped 29 people draw up repayment plans.
""",
    },
    {
        "name": "en_forum_pension_jammer.txt",
        "lang": "en",
        "kind": "plain text: forum repost of an English article on the personal pension system, with a Chinese porn keyword string before the thread title, forum jammer codes at line starts and ends, forum watermarks in Chinese and English, literal empty tags repeating one random id, symbols inside words and forum buttons",
        "families": ["jammer", "markup", "symbols"],
        "metadata": {
            "title": "Personal pension system: what young people need to know",
            "published": "2023-02-20",
            "source": "Haiyun Financial Weekly",
            "authors": ["Gao Wenjing"],
        },
        "body": r"""
[[S:porn:title-prefix|久久综合色|性感美女直播|]]Personal pension system: what young people need to know
[[S:jammer:watermark|本帖最后由 qingshan_lao 于 2023-2-26 21:47 编辑]]
Author: Gao Wenjing Source: Haiyun Financial Weekly 2023-02-20
[[S:jammer:jammer-code|3 W+ m( H9 o# ]][[K|The personal pension system was launched in 36 pilot cities at the end of November 2022]]. [[K|Workers who take part in basic pension insurance can open a personal pension account]] and [[K|deposit up to 12,000 yuan a year]].[[S:jammer:jammer-code| - y2 E; j7 L*]]
[[S:jammer:jammer-code|8 }, c5 R) t& ]][[K|The money in the account can be used to buy deposits, wealth management products, commercial pension insurance and public funds]][[S:markup:empty-id-element|<i id="qv7n3t"></i>]] that are on the approved list.
[[K|The biggest attraction of the system is]] the tax ad[[S:symbols:symbol-in-word|✪]]vantage. [[K|Contributions are deducted from taxable income]], [[K|investment returns are not taxed during the accumulation period]], and [[K|a rate of only 3% applies when the money is withdrawn]].[[S:markup:empty-id-element|<i id="qv7n3t"></i>]]
[[S:jammer:watermark|Reposted from Qinglan Home Forum (bbs.qinglanjia.net), members only, please do not copy]]
[[K|For a young worker earning 8,000 yuan a month, the tax saving is limited]], [[K|and the money cannot be taken out before retirement]] except in cases of serious illness or emigr[[S:symbols:symbol-in-word|🎰]]ation.[[S:jammer:jammer-code| 6 O: z! Q1 g]]
[[S:markup:empty-id-element|<i id="qv7n3t"></i>]][[K|Experts suggest that young people first make full use of basic pension insurance and enterprise annuities]], and then [[K|decide how much to put into a personal account according to their own income]].
[[S:jammer:jammer-code|5 n" X3 k% ]][[K|The system will be extended to the whole country after the pilot period]], according to the Ministry of Human Resources and Social Security.
[[B|Reply to this post]] [[B|Back to list]]
[[S:jammer:watermark|qingshan_lao gained 5 Qinglan coins for this post]]
""",
    },
    {
        "name": "en_vocational_education_filler.txt",
        "lang": "en",
        "kind": "plain text: English machine translation of a vocational-education article with Taiwanese SEO keywords after the title, novel sentences in English and Chinese and a machine-generated product sentence spliced into paragraphs, a brand inside an English word, escort text inside a number, Chinese punctuation, a list stutter and a literal term",
        "families": ["mt"],
        "metadata": {
            "title": "Industry-education integration lets vocational students \"learn by doing\"",
            "published": "2021-12-03",
            "source": "Xiyun Education News Network",
            "authors": ["Qian Shuyi"],
            "editor": "Mo Lan",
        },
        "body": r"""
Industry-education integration lets vocational students "learn by doing"[[S:seo-tw:title-suffix|_台中SEO公司推薦_屏東網路行銷]]
Release time: 2021-12-03 Source: Xiyun Education News Network Author: Qian Shuyi Editor: Mo Lan

[[K|Vocational education is the type of education most closely connected with economic and social development]][[M|。]]In recent years[[M|，]]Xiyun Vocational and Technical College has [[K|cooperated with 46 enterprises to build 12 industrial colleges]][[M|，]]so that students [[K|learn in the classroom and practice in the workshop]][[M|。]][[S:filler:spliced-sentence|The rain had not stopped for three days, and the old ferryman said nobody would cross the river before the moon was full.]]

[[K|In the new energy vehicle industrial college]], the teaching workshop is [[K|exactly the same as the production line of the enterprise]][[M|，]]half of the teachers come from the school and half from the enterprise[[M|，]]which is the so-called "[[M|double teacher type]]" team[[M|。]][[K|Students spend the third year working on real orders in the factory]][[M|，]]and their wages are paid by the enterprise[[M|。]]

[[K|Graduates of the college are very popular]][[M|。]]In 2021[[M|，]]the employment rate of graduates reached 9[[S:escort:mid-number|Doha escort girls]]6.8%[[M|，]]and [[K|more than 60% of them found jobs in the province]][[M|。]]The co[[S:gambling:mid-word|Win9Dragon]]llege has also opened [[R|order classes、order classes=>order classes]] with 18 enterprises[[M|，]][[K|students sign contracts when they enter school]] and go straight to their posts after graduation[[M|。]][[S:filler:spliced-sentence|她把信折好放进抽屉，窗外的桂花开得正盛。]]

[[K|The provincial department of education plans to build 30 high-level industrial colleges by 2025]][[M|，]][[K|and to promote the integration of the education chain, talent chain and industrial chain]][[M|。]][[S:filler:spliced-sentence|The product has the advantages of reasonable structure, convenient use and long service life, and is deeply loved by the majority of users.]]
""",
    },
    {
        "name": "en_clean_housing_fund.txt",
        "lang": "en",
        "kind": "plain text: clean native English article on housing provident fund changes, with amounts, percentages, a URL, an e-mail address and a hotline number",
        "clean": True,
        "metadata": {
            "title": "Housing provident fund: what changes for renters and first-time buyers in Jinglan",
            "published": "2024-03-15",
            "authors": ["Deng Kexin"],
        },
        "body": r"""
Housing provident fund: what changes for renters and first-time buyers in Jinglan
Staff reporter Deng Kexin | 2024-03-15

[[K|From April 1, members of the housing provident fund in Jinglan can withdraw up to 1,500 yuan a month to pay rent]], up from 1,000 yuan. Families with two or more children can withdraw the full amount of their monthly rent, capped at 2,200 yuan.

[[K|For first-time buyers, the maximum loan rises to 800,000 yuan for a single member]] and 1.2 million yuan for a couple who both contribute. [[K|The interest rate on five-year-plus loans stays at 2.85%]], well below the commercial mortgage rate of about 3.95%.

Flexible workers, [[K|including ride-hailing drivers and delivery riders, can now join the scheme voluntarily]]. They set their own monthly contribution between 240 and 3,600 yuan, and can stop and resume payments online. By the end of February, 6,842 flexible workers had opened accounts.

[[K|Applications can be made through the city's government service app or at https://gjj.jinglan.gov.cn/online]]; questions can be sent to service@gjj-jinglan.cn or to the 12329 hotline. [[K|The centre says most withdrawals are paid within 3 working days]].
""",
    },
    {
        "name": "en_flood_drill_questionmarks.txt",
        "lang": "en",
        "kind": "plain text: English machine translation of a township flood-drill article with an Indonesian togel/slot list above it, Chinese porn keywords joined by commas after the title, a source name lost to ? replacement characters, an apostrophe turned into ?, escort keywords mid-sentence and glued, a web-novel sentence spliced in, Chinese punctuation and a stutter",
        "families": ["mt"],
        "metadata": {
            "title": "Township emergency drills prepare villagers for the flood season",
            "published": "2023-06-05",
            "authors": ["He Jiayi"],
        },
        "body": r"""
[[S:lottery-id:link-block|SITUS TOGEL RESMI | slot gacor malam ini | toto 4d hadiah terbesar | TOGELJITU99 login]]
Township emergency drills prepare villagers for the flood season[[S:porn:title-suffix|,免费成人视频,偷拍自拍在线,]]
2023-06-05 16:02 Source: [[M|????????]] Author: He Jiayi

[[K|As the main flood season approaches]][[M|，]]Qiaoxi Township of Yanbo County [[K|organized a flood prevention and emergency evacuation drill]] on June 3[[M|，]][[K|more than 400 cadres and villagers took part]][[M|。]]The drill simulated that [[K|continuous heavy rainfall caused the water level of the Xiaoqing River to exceed the warning line]][[M|，]]and a landslide [[S:escort:mid-sentence|Lahore escort service]] blocked the road to Shangwan Village[[M|。]]

After receiving the warning[[M|，]][[K|the township emergency command started the level-IV response within 10 minutes]][[M|。]][[K|Village cadres knocked on doors one by one]] to notify [[K|the 37 households living in the dangerous zone]][[M|，]]and elderly people who could not walk were carried to the resettlement point at the primary school by the rescue team[[M|。]]At the school, the [[R|villagers? belongings=>villagers' belongings]] were registered and kept by the township police station[[M|。]]

[[K|This year the township has stocked 2,600 sandbags, 15 rubber boats and 300 life jackets]][[M|，]]and the township checked the [[R|flood prevention flood prevention=>flood prevention]] materials of every village one by one[[M|，]]and [[K|set up 11 emergency rescue teams]] with a total of 260 people[[M|。]][[S:filler:spliced-sentence|Lin Feng drew his sword, and the night wind carried the scent of plum blossoms across the empty courtyard.]]

[[M|“]][[K|Drills are not a show]][[M|，]]only by practicing every step can we stay calm when the real flood comes[[M|，]][[M|”]] [[K|said the township head]][[S:escort:glued|Kenya Sugar Daddy]] after the drill[[M|。]]
[[B|Back to top]]
""",
    },
]
