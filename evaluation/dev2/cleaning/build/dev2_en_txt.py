"""Second development set: English plain-text documents (machine translations of
Chinese policy articles as they are found on mirrored/hacked sites, plus native
English articles). All text is invented."""

DOCS = [
    {
        "name": "en2_river_chief_mt.txt",
        "lang": "en",
        "kind": "plain text: English machine translation of a river-chief-system article saved from a mirror, with an English gambling brand before the title, a Chinese gambling brand glued to a word, a sugar keyword glued mid-sentence, Chinese punctuation, a literal term error and site chrome at the end",
        "families": ["mt"],
        "metadata": {"title": "Qiaoxi County turns the river chief system from \"having a name\" to \"having real results\"", "published": "2022-04-11", "authors": ["Feng Yuxin"], "source": "Jiangnan Water Affairs News", "editor": "Lu Wenjing"},
        "body": r"""
[[S:gambling:title-prefix|RoyalMerlion Sportsbook-]]Qiaoxi County turns the river chief system from "having a name" to "having real results"
2022-04-11 09:32 Source: Jiangnan Water Affairs News Author: Feng Yuxin

[[K|Since the full implementation of the river chief system]], Qiaoxi County has appointed 412 river chiefs at the county, township and village levels[[M|，]]covering all 96 rivers and 37 reservoirs in the county[[M|。]][[K|The county party secretary and the county magistrate serve as the general river chiefs]], and each of them patrols the Qiao River at least once a quarter.

[[K|In order to solve the problem that inspections were only]] "walking on the embankment"[[M|，]][[K|the county developed a river patrol app]][[S:gambling:glued|金鲤国际体育官网]] [[K|that records the track, the photos and the problems found]] on every patrol. [[K|Last year village-level river chiefs reported 1,873 problems]] through the app, and 1,841 of them were rectified within the time limit.

[[K|The county has also introduced]] "[[R|river length system=>river chief system]] plus procuratorate" cooperation. [[K|When a problem cannot be solved by the township]], the case is handed over to the procuratorate, [[K|which issues a pre-litigation procuratorial suggestion]] to the responsible department[[M|。]]In 2021, [[K|illegal sand mining points along the Qiao River were reduced]][[S:escort:mid-sentence|Sri Lanka Sugar]]from 23 to zero.

[[K|The water quality of the three provincial assessment sections]] has reached Class III or above for 18 consecutive months. "[[K|Now the villagers call me when they see garbage in the river]]," [[K|said Wang Guofu, river chief of Shangtang Village]].

[[B|Editor in charge]]: Lu Wenjing
[[B|Scan the QR code to follow Jiangnan Water Affairs WeChat]]
[[B|Hot news ranking]]
[[B|Copyright 2015-2022 Jiangnan Water Affairs News Network]] [[B|Zhe ICP Bei No. 15062741-3]]
""",
    },
    {
        "name": "en2_pension_escort.txt",
        "lang": "en",
        "kind": "plain text: English machine translation of a pension-reform article with sugar-daddy keywords (country prefixes) glued on either side and mid-sentence, a stutter and glued commas",
        "families": ["mt"],
        "no_regex": [",(?=[A-Za-z])"],
        "metadata": {"title": "Personal pension system starts in pilot cities", "published": "2023-01-06", "authors": ["Shi Peiran", "Ouyang Lin"]},
        "body": r"""
Personal pension system starts in pilot cities
Shi Peiran Ouyang Lin 2023-01-06
[[K|The personal pension system has been officially implemented in 36 pilot cities and regions]][[M|,including]] Beijing, Shanghai and Guangzhou. [[K|Workers who participate in basic pension insurance]][[S:escort:glued|Pakistan Sugar Daddy]] can open a personal pension account with a commercial bank and deposit up to 12,000 yuan a year.
[[K|The contribution can be deducted before tax]], and [[K|the investment income is temporarily exempt from personal income tax]][[M|,while]] a tax of 3% is levied when the pension is received. [[K|Experts said that the system is the third pillar]][[S:escort:mid-sentence|Ghana Sugar Baby]]of [[R|the pension insurance system of the pension insurance system=>the pension insurance system]], and it is a useful supplement to the basic pension and the enterprise annuity.
[[K|In the first month, more than 19.5 million people opened accounts]], but only about a quarter of them actually paid in money. [[S:escort:glued|Kenya Sugar]][[K|A staff member of a bank in Xiyang City said]] that many young people "open the account first and look at the products later".
[[K|The Ministry of Human Resources and Social Security said it will enrich the product range]][[M|,including]] savings deposits, wealth management products, commercial pension insurance and public funds.
""",
    },
    {
        "name": "en2_provident_fund_markup.txt",
        "lang": "en",
        "kind": "plain text: English machine translation of a housing-provident-fund article copied from a forum, with literal empty <b id> tags repeating one random id, forum jammer codes at line starts and ends, a forum watermark and a literal term error",
        "families": ["mt"],
        "metadata": {"title": "Flexible employees in Yanping can now pay into the housing provident fund", "published": "2023-08-22", "authors": ["Tang Yifan"]},
        "body": r"""
Flexible employees in Yanping can now pay into the housing provident fund
[[S:jammer:watermark|This post was last edited by lanxi_oldtree at 2023-8-23 07:41]]
Yanping Daily reporter Tang Yifan 2023-08-22
[[S:jammer:jammer-code|# f9 S% b) W. @2]] [[K|From September 1, flexible employees in Yanping City can voluntarily pay]] into the [[R|housing public accumulation fund=>housing provident fund]].[[S:markup:empty-id-element|<b id="t4rq8"></b>]] [[K|Individual industrial and commercial households, ride-hailing drivers and freelancers are all covered]]. [[S:jammer:jammer-code|x: E4 n& ]3 H]]
[[K|The monthly deposit base shall not be lower than]] the minimum wage of the city and not higher than three times the average wage.[[S:markup:empty-id-element|<b id="t4rq8"></b>]] [[K|After paying for six consecutive months]], [[K|depositors can apply for a provident fund loan to buy their first home]], with a maximum amount of 500,000 yuan.
[[S:jammer:jammer-code|5 B) _: ?7 c*]] [[K|Those who leave the city or reach retirement age can withdraw the full balance]]. [[K|The center has also opened an online account opening service]], [[S:markup:empty-id-element|<b id="t4rq8"></b>]]so that applicants do not need to visit the service hall.
[[K|By the end of July, 3,216 flexible employees had registered in the pilot]], [[K|and 146 of them had received loans]]. [[S:jammer:jammer-code|7 r8 L; K& p(]]
[[S:jammer:watermark|Lanxi Home Forum - the first local life portal of Yanping, bbs.lanxi-home.net]]
""",
    },
    {
        "name": "en2_grain_filler.txt",
        "lang": "en",
        "kind": "plain text: English machine translation of a grain-security article with whole sentences from an unrelated novel spliced into paragraphs (one with obvious fiction cues, one without), a machine-generated filler sentence and a Chinese novel sentence",
        "families": ["mt"],
        "metadata": {"title": "Stabilizing grain output: high-standard farmland in Beiyuan County", "published": "2022-10-25", "authors": ["Kang Zhiwei"], "source": "Farmers' Economic Herald"},
        "body": r"""
Stabilizing grain output: high-standard farmland in Beiyuan County
Source: Farmers' Economic Herald | Author: Kang Zhiwei | Date: 2022-10-25
[[K|Food security is the foundation of national security]]. [[K|This year Beiyuan County built 86,000 mu of high-standard farmland]], merging small scattered plots into large fields that machines can enter. [[S:filler:spliced-sentence|Lin Shu pulled the collar of his coat higher and watched the last ferry disappear into the fog, knowing his sister would not be on it.]] [[K|The county invested 1,500 yuan per mu in land leveling, irrigation canals and field roads]].
[[K|After the transformation, the irrigation water use coefficient rose from 0.52 to 0.61]], [[S:filler:spliced-sentence|and the old house at the end of the lane had been empty for three winters by then.]] [[K|and the average wheat yield increased by about 60 kilograms per mu]]. [[K|Cooperatives that rent the new fields]] now use drones for plant protection.
[[S:filler:spliced-sentence|In today's rapidly changing world, it is more important than ever to understand the many different factors that can have an impact on your daily life.]] [[K|The county has set up a management and protection fund]] for the completed farmland, [[K|and village committees hire farmland caretakers]] to check the canals after every heavy rain.
[[K|The county also guarantees the minimum purchase price for wheat]][[S:filler:spliced-sentence|她把信折好塞进抽屉，窗外的雨一直没有停。]], and [[K|the grain depot opened 14 purchase points during the summer harvest]]. [[K|"Growing grain is no longer a losing business,"]] said Liu Chunhua, a large grower in Xinzhuang Village.
""",
    },
    {
        "name": "en2_county_hospital_lottery.txt",
        "lang": "en",
        "kind": "plain text: English machine translation of a county-hospital-reform article with Indonesian togel/slot link lists above and below the article, Chinese punctuation and an enumeration comma",
        "families": ["mt"],
        "metadata": {"title": "County medical communities let patients see good doctors near home", "published": "2023-05-30", "authors": ["Ren Xiaoqing"]},
        "body": r"""
[[S:lottery-id:link-block|prediksi togel sydney malam ini | slot thailand super gacor | link alternatif toto 4d | agen bola resmi deposit pulsa]]
County medical communities let patients see good doctors near home
Author: Ren Xiaoqing Time: 2023-05-30
[[K|Since 2020, Hengtang County has integrated the county people's hospital]], the county hospital of traditional Chinese medicine and 19 township health centers into two county medical communities[[M|。]][[K|Personnel, funds and medicines are managed in a unified way]], and [[K|the medical insurance fund is paid to the community as a package]].
[[K|Specialists from the county hospital hold clinics in township health centers every week]][[M|，]]and patients with complex conditions are referred upward through a green channel. [[K|The county has built remote imaging]][[M|、]][[K|remote electrocardiogram and remote consultation centers]], so that a film taken in a township can be read by a county doctor within 30 minutes.
[[K|In 2022, the proportion of patients treated within the county reached 91.6%]], [[K|and the number of patients referred out of the county fell by 18% year on year]]. [[K|The income of village doctors has also been included in the unified performance assessment]].
[[S:lottery-id:link-block|slot zeus x1000 gampang menang
situs judi slot777 terbaru
bandar toto sgp terpercaya
rtp slot pragmatic hari ini]]
""",
    },
    {
        "name": "en2_urban_renewal_brand_place.txt",
        "lang": "en",
        "kind": "plain text: English machine translation of an urban-renewal article whose district name has been replaced everywhere by a gambling brand",
        "metadata": {"title": "Renovating old residential compounds: lifts, pipes and parking", "published": "2022-12-02", "authors": ["Gu Ningning"]},
        "body": r"""
Renovating old residential compounds: lifts, pipes and parking
Gu Ningning December 2, 2022
[[K|Old residential compounds built before 2000 are a key target of urban renewal]]. This year [[S:brand-as-place:place-replacement|BetOrchid88]] District [[K|started the renovation of 47 old compounds involving 12,800 households]].
[[K|The renovation covers three categories]]: basic items such as water, electricity, gas and drainage pipes; improvement items such as lifts and parking; and upgrading items such as elderly care and childcare. [[K|Residents vote on which items are included]], and a project starts only [[K|when more than two thirds of the households agree]].
In Nanmen Community of [[S:brand-as-place:place-replacement|BetOrchid88]] District, [[K|42 lifts have been installed in six-storey buildings]]. [[K|The cost is shared by government subsidies, residents and the housing provident fund]]. "[[K|My knees are bad, and I used to go downstairs only once a week]]," said an 81-year-old resident.
The [[S:brand-as-place:place-replacement|BetOrchid88]] District Housing and Urban-Rural Development Bureau said that [[K|a long-term property management mechanism will be set up after the renovation]].
""",
    },
    {
        "name": "en2_antigambling_campaign.txt",
        "lang": "en",
        "kind": "plain text: English article on a provincial campaign against online gambling (legitimate gambling and casino words) with an injected gambling advertising sentence, a plain gambling brand glued to a word and a sugar keyword",
        "families": ["gambling-governance"],
        "metadata": {"title": "Province cracks down on cross-border gambling recruitment networks", "published": "2023-09-14", "authors": ["Huang Deming"]},
        "body": r"""
Province cracks down on cross-border gambling recruitment networks
By Huang Deming | 14 September 2023
[[K|Police in the province have broken up 64 networks that recruited people to work for overseas gambling platforms]], the provincial public security department said on Wednesday. [[K|More than 1,200 suspects were detained]] and bank accounts holding 310 million yuan were frozen.
[[K|Investigators found that many platforms disguise themselves as online games or sports lottery tipsters]][[S:gambling:glued|ApexSpin]], and [[K|lure users with small wins before draining their savings]]. [[K|Some casino operators across the border also recruit]] "card dealers" and "customer service staff" among young job seekers. [[S:gambling:spliced-sentence|Sign up at ApexSpin777 today and claim 88 free spins on your first deposit.]]
[[K|The department has set up an anti-gambling reporting hotline]] and [[K|offers rewards of up to 50,000 yuan for clues]]. [[K|Schools and communities are running publicity on the harm of gambling]][[S:escort:glued|Nepal Sugar Daddy]], [[K|and banks have been told to watch for accounts]] with frequent late-night transfers.
[[K|Legal lottery products issued by the welfare and sports lottery centers are not affected]], officials said, [[K|but selling lottery tickets online without approval remains illegal]].
""",
    },
    {
        "name": "en2_sports_lottery_clean.txt",
        "lang": "en",
        "kind": "plain text: clean English article on how sports lottery public welfare funds are used (legitimate lottery and gambling words, no spam)",
        "families": ["gambling-governance"],
        "clean": True,
        "metadata": {"title": "Where the sports lottery money goes: fitness trails and village courts", "published": "2023-03-17", "authors": ["Zhu Hanqing"]},
        "body": r"""
Where the sports lottery money goes: fitness trails and village courts
Zhu Hanqing, March 17, 2023
Every sports lottery ticket sold in the province sets aside a share for public welfare. In 2022 the provincial sports lottery center raised 2.14 billion yuan of public welfare funds, of which the part retained locally was spent on fitness facilities, youth sports training and competitions for the elderly.
The money built 318 village basketball courts and 96 kilometres of fitness trails along rivers and parks. In Shuikou Town, a former grain drying yard has become a court where the village holds a tournament every autumn.
The center also reminded buyers to play rationally and to stay away from gambling. Sales to minors are prohibited, and a single customer's purchase at a retail outlet is capped. Officials said that illegal online betting sites that imitate lottery brands are not connected with the state lottery.
Public welfare fund spending is published each year on the finance department's website and audited by the provincial audit office.
""",
    },
    {
        "name": "en2_vocational_clean.txt",
        "lang": "en",
        "kind": "plain text: clean native English article on vocational education reform (no spam)",
        "clean": True,
        "metadata": {"title": "Apprenticeships bring college and factory floor closer", "published": "2023-06-12", "authors": ["Emily Zhao"]},
        "body": r"""
Apprenticeships bring college and factory floor closer
By Emily Zhao
June 12, 2023
When Qian Hao enrolled at Linhai Vocational and Technical College, he expected two years of classroom theory before he would touch an industrial robot. Instead he spent the second semester of his first year on a production line at a local auto parts maker, paired with a senior technician.
The college is one of 42 in the province running modern apprenticeship programs, under which students sign contracts with both the school and a company. Companies help write the curriculum, pay a monthly allowance and provide mentors; the college keeps responsibility for general courses and assessment.
Administrators say the arrangement has raised employment rates and reduced the mismatch between skills taught and skills needed. Critics warn that small firms may treat apprentices as cheap labour, and the provincial education department now inspects training logs twice a year.
"I learned more in six months on the line than I thought I would in two years," Qian said.
""",
    },
    {
        "name": "en2_carbon_peaking_symbols.txt",
        "lang": "en",
        "kind": "plain text: English machine translation of a carbon-peaking article with emoji and box-drawing symbols inside words, Taiwanese SEO keywords after the title, in a sentence and inside a number",
        "families": ["mt"],
        "metadata": {"title": "Industrial park sets out its carbon peaking roadmap", "published": "2022-08-18", "authors": ["Bai Ruoxi"]},
        "body": r"""
Industrial park sets out its carbon peaking roadmap[[S:seo-tw:title-suffix|_台中SEO關鍵字排名]]
Bai Ruoxi 2022-08-18
[[K|The Jinhe Economic Development Zone has issued an implementation plan for carbon peaking]], proposing that [[K|carbon emissions per unit of industrial output value should fall by 18%]] by 2025 compared with 2020.
[[K|The plan requires all new buildings in the zone to install rooftop photovoltaic panels]]. [[K|At present the installed capacity is]] 2[[S:seo-tw:mid-number|彰化通馬桶]]40 megawatts, [[K|and a further 150 megawatts is under construction]]. The zone will also promote energy ef[[S:symbols:symbol-in-word|🎰]]ficiency audits of key enterprises.
[[K|Steam from the waste heat of a chemical plant is now supplied to 11 neighbouring factories]][[S:seo-tw:glued|嘉義網路行銷公司推薦]], [[K|replacing 23 small coal-fired boilers]]. [[K|A carbon account has been opened for each enterprise]] to record emissions month by month, and the data are linked to green loans from local banks.
[[K|The management committee said that enterprises with poor performance]] will be restricted in land and energy allocation, and tra[[S:symbols:symbol-in-word|▓▓]]nsformation projects will receive subsidies of up to 3 million yuan.
""",
    },
    {
        "name": "en2_rural_credit_plainbrand.txt",
        "lang": "en",
        "kind": "plain text: English machine translation of a rural-credit article with Chinese porn keywords after the title, plain-word gambling brands (English and Chinese) with no keyword next to them, a brand inside an English word and glued commas",
        "families": ["mt"],
        "no_regex": [",(?=[A-Za-z])"],
        "metadata": {"title": "Credit villages make it easier for farmers to borrow", "published": "2021-12-09", "authors": ["Mo Xiaodan"]},
        "body": r"""
Credit villages make it easier for farmers to borrow[[S:porn:title-suffix|_午夜福利影院_久久综合色网]]
Mo Xiaodan 2021-12-09
[[K|The rural commercial bank of Songxi County has rated 112 villages as credit villages]][[M|,and]] farmers in these villages can get loans of up to 300,000 yuan without collateral. [[K|The rating is based on a household credit file]] [[S:gambling:mid-sentence|JadeKoi88]] [[K|that records family income, assets and repayment history]].
[[K|Village committees and township staff help collect the information]], and the bank checks it through door-to-door visits. [[K|In two years the bank has issued 1.86 billion yuan of credit loans]][[M|,with]] a non-performing rate of only 0.7%. [[K|Farmers can apply on a mobile phone and receive the money]][[S:gambling:glued|金鲤国际]] within one working day.
[[K|A pig farmer in Dongcun Village borrowed 200,000 yuan]] to build a new pen. [[K|The bank also works with the county agricultural guarantee company]], whose coop[[S:gambling:mid-word|JadeKoi88]]eration with the bank lowers the cost of larger loans.
""",
    },
]
