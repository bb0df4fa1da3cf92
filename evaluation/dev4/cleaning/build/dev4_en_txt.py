"""Development set 4: English plain-text documents (machine translations of invented
Chinese policy articles, plus native English pieces), written fresh for dev4."""

DOCS = [
    {
        "name": "en4_river_chief_brand_place.txt",
        "lang": "en",
        "kind": "plain text: English MT of a river-chief article where a Latin gambling brand replaces the county name throughout (with and without 'County'), a spliced novel sentence and Chinese punctuation",
        "families": ["mt"],
        "metadata": {"title": "River chiefs patrol 46 tributaries under the new accountability list", "published": "2023-04-11", "authors": ["Tang Xiaomin"]},
        "body": r"""
River chiefs patrol 46 tributaries under the new accountability list
Source: Qingshui Daily Author: Tang Xiaomin Published: 2023-04-11
[[K|Since the river chief system was fully implemented in]] [[S:brand-as-place:place-replacement|Vegaroyal9]] County, [[K|312 river chiefs at county, township and village levels]] have been assigned to 46 tributaries[[M|。]]Each river chief must patrol the assigned section at least twice a month.
[[K|The water conservancy bureau of]] [[S:brand-as-place:place-replacement|Vegaroyal9]] [[K|has installed 58 water quality monitoring points]] along the main stream. [[K|The proportion of sections meeting Class III standards rose to 91.3%]] in 2022.
[[K|Villagers can scan a code on the river chief sign]] to report garbage, illegal sand mining or sewage outfalls. [[S:filler:spliced-sentence|The old swordsman lowered his blade and the snow on the bridge fell silent for a long time.]] [[K|Reports are answered within three working days]], according to the bureau.
[[K|Next year,]] [[S:brand-as-place:place-replacement|Vegaroyal9]] County [[K|will extend the system to reservoirs and ponds]] and publish an annual ranking of river chief performance.
""",
    },
    {
        "name": "en4_pension_reform_midword.txt",
        "lang": "en",
        "kind": "plain text: English MT of a pension-reform article with gambling brands stuck inside English words and inside a number, a sugar-daddy keyword mid-sentence, glued commas",
        "families": ["mt"],
        "no_regex": [",(?=[A-Za-z])"],
        "metadata": {"title": "Individual pension accounts open in 36 pilot cities", "published": "2022-11-25", "authors": ["Feng Ruoxi", "Qiao Jun"]},
        "body": r"""
Individual pension accounts open in 36 pilot cities
By Feng Ruoxi and Qiao Jun, November 25, 2022
[[K|The individual pension system, the third pillar of old-age insurance,]] started in 36 pilot cities on Friday. [[K|Workers who join the basic pension scheme]] may contribute up to 12,000 yuan a year to an individual account.
The contributions enjoy tax defer[[S:gambling:mid-word|DragonJade8]]ral, and [[K|investment income in the account is not taxed for the time being]]. Participants may buy savings deposits, wealth management products, commercial pension insurance and public funds[[M|,which]] are listed by the regulators.
[[K|By the end of the first week, more than]] 1[[S:gambling:mid-number|dragonjade8.vip]]9.5 million people had opened accounts, [[K|officials said at a press conference]]. [[K|Analysts note that]] [[S:escort:mid-sentence|Phuket Sugar Baby arrangement]] [[K|young workers remain cautious]] because the money is locked until retirement.
[[K|The Ministry of Human Resources and Social Security said it will evaluate the pilot]] and extend it nationwide when conditions are ripe.
""",
    },
    {
        "name": "en4_grain_security_clean.txt",
        "lang": "en",
        "kind": "plain text: clean English MT of a grain-security article, no spam (contains words like 'harvest' and 'yield' and a '99' figure)",
        "clean": True,
        "metadata": {"title": "Summer grain harvest tops 146 million tonnes", "published": "2023-07-14", "authors": ["Wen Lihua"]},
        "body": r"""
Summer grain harvest tops 146 million tonnes
Author: Wen Lihua Date: 2023-07-14
[[K|The national summer grain output reached 146.13 million tonnes this year]], a slight decrease from last year due to continuous rain during the wheat harvest in Henan.
[[K|The sown area of summer grain was stable at 26.6 million hectares]], and the yield per hectare was 5,491 kilograms, [[K|the National Bureau of Statistics said on Friday]].
[[K|To reduce losses, local governments organized 99 drying centers and mobile dryers]] and purchased sprouted wheat at a protective price.
[[K|Experts said grain security still depends on protecting farmland]] and on high-standard farmland construction, which reached 1 billion mu by the end of last year.
""",
    },
    {
        "name": "en4_anti_gambling_border.txt",
        "lang": "en",
        "kind": "plain text: legitimate anti-gambling campaign article (cross-border gambling, casino, gambling words kept) with a glued gambling brand + 'live casino' and a title prefix",
        "families": ["gambling-governance"],
        "metadata": {"title": "Police crack down on cross-border gambling recruitment", "published": "2023-02-08", "authors": ["Lu Mingkai"]},
        "body": r"""
[[S:gambling:title-prefix|Jubilee Crown Live Casino | ]]Police crack down on cross-border gambling recruitment
Lu Mingkai | 2023-02-08
[[K|Public security organs across the country solved 2,300 cases of cross-border gambling]] in 2022, [[K|destroying 1,200 platforms that recruited gamblers online]], the Ministry of Public Security said.
[[K|Overseas casino operators lure Chinese citizens]][[S:gambling:glued|JubileeCrown真人娱乐]] [[K|with high commissions and free air tickets]], then force them to work in online fraud or debt collection.
[[K|The ministry has published a blacklist of tourist destinations]] linked to cross-border gambling and restricted exit for 1,900 key persons. [[K|Banks froze 3,600 accounts used to move gambling funds]].
[[K|Police urged the public not to take part in any form of gambling]] and to report suspicious recruitment ads through the 110 hotline.
""",
    },
    {
        "name": "en4_housing_fund_filler.txt",
        "lang": "en",
        "kind": "plain text: English MT of a housing-provident-fund article with spliced sentences from machine-generated filler and a product blurb (no fiction cues), jammer codes at line ends",
        "families": ["mt"],
        "metadata": {"title": "Flexible workers may now join the housing provident fund", "published": "2023-09-02", "authors": ["Shao Yiting"]},
        "body": r"""
Flexible workers may now join the housing provident fund
Released: 2023-09-02 Author: Shao Yiting
[[K|From September 1, flexibly employed people in Linbei City can voluntarily deposit into the housing provident fund]], with a monthly deposit between 300 and 4,000 yuan.[[S:jammer:jammer-code| 2f8kQz9xW]]
[[K|Depositors who have paid for six consecutive months can apply for a provident fund loan]] to buy their first home. [[S:filler:spliced-sentence|In today's fast-paced world, understanding the key factors of success is more important than ever for everyone.]] [[K|The maximum loan is 600,000 yuan]] for one person and 800,000 yuan for a couple.
[[K|Delivery riders, ride-hailing drivers and freelance designers]] are the main target groups, [[K|the fund management center said]].[[S:jammer:jammer-code| q7Rt3mLp0e]]
[[K|More than 4,200 people registered in the first week]]. [[S:filler:spliced-sentence|This stainless steel thermos keeps drinks hot for 12 hours and fits most car cup holders.]] [[K|The center plans to open an online registration channel]] in the provident fund app by the end of the year.
""",
    },
    {
        "name": "en4_county_hospital_cn_brand.txt",
        "lang": "en",
        "kind": "plain text: English MT of a county-hospital reform article where a Chinese gambling brand replaces the county name (with 县 and 'County'), a porn keyword title suffix and an escort phrase glued to a word",
        "families": ["mt"],
        "metadata": {"title": "County medical community reform: patients stay in the county", "published": "2022-06-30", "authors": ["Ren Haiyang"]},
        "body": r"""
County medical community reform: patients stay in the county[[S:porn:title-suffix|_成人影院,日韩在线视频|夜夜撸]]
Author: Ren Haiyang Source: Health News Date: 2022-06-30
[[K|Three years after the county medical community was set up in]] [[S:brand-as-place:place-replacement|万豪汇]] County, [[K|the share of patients treated within the county reached 92%]].
[[K|The county people's hospital leads 19 township health centers]] and 210 village clinics, [[K|sharing one budget, one staff pool and one drug catalogue]].
The [[S:brand-as-place:place-replacement|万豪汇县]] [[K|health commission said specialists now visit township centers every week]][[S:escort:glued|Da Nang escort girls]], and [[K|remote imaging diagnosis covers all townships]].
[[K|Insurance funds are paid to the medical community as a whole]]; [[K|savings can be kept to reward doctors]], which has changed the incentive to over-treat.
""",
    },
    {
        "name": "en4_lottery_welfare_native.txt",
        "lang": "en",
        "kind": "plain text: native English legitimate article on welfare lottery regulation (lottery, gambling kept), with a togel/slot link list below and a gambling brand with no keyword mid-sentence",
        "families": ["gambling-governance"],
        "metadata": {"title": "Welfare lottery sales rules tightened for instant tickets", "published": "2023-05-22", "authors": ["Helen Zhao"]},
        "body": r"""
Welfare lottery sales rules tightened for instant tickets
By Helen Zhao
May 22, 2023
[[K|China's lottery regulator has tightened rules on instant scratch tickets]], banning sales to minors and limiting the number of tickets a shop may sell to one buyer in a single visit.
[[K|The Ministry of Finance said the move aims to curb problem gambling]] after [[K|instant lottery sales rose by more than 70 percent]] last year. [[K|Shops must display warnings]] and [[S:gambling:mid-sentence|Orbitstar]] [[K|a hotline for people worried about their gambling]].
[[K|Lottery public welfare funds support elderly care, disability services and sport]], and [[K|officials said the rules would not affect those funds]].
[[S:lottery-id:link-block|togel sidney pools malam ini
slot gacor orbitstar hari ini
toto macau 4d keluaran
rtp live gacor terbaru]]
""",
    },
    {
        "name": "en4_old_age_care_symbols.txt",
        "lang": "en",
        "kind": "plain text: English MT of an old-age-care article with symbols and emoji inside words, a Traditional-script SEO keyword in a sentence and inside a number, and a forum watermark line",
        "families": ["mt"],
        "metadata": {"title": "Community canteens serve 1.2 million elderly meals", "published": "2023-10-19", "authors": ["Guo Peilin"]},
        "body": r"""
Community canteens serve 1.2 million elderly meals
Guo Peilin 2023-10-19
[[K|Fuyang District has opened 86 community canteens for the elderly]], [[K|serving a total of 1.2 million meals]] since January. Residents over 80 get a discount of three yuan per meal.
The district also supports home-based ca[[S:symbols:mid-word|✿💰]]re, [[K|sending nurses to the homes of 1,430 disabled elderly people]]. [[K|Each visit is recorded]][[S:seo-tw:glued|台中網站優化推薦]] [[K|in a digital platform]] to prevent fake services.
[[K|The district budget for elderly care reached]] 3[[S:seo-tw:mid-number|彰化SEO公司]]8 million yuan this year, [[K|up 14 percent from last year]].
[[S:jammer:watermark|本帖最后由 xiaolan88 于 2023-10-20 08:13 编辑]]
""",
    },
]
