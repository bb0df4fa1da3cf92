"""English plain-text documents: machine translations of Chinese articles and
clean English prose (invented for this set)."""

DOCS = [
    {
        "name": "101_en_mt_gambling_glued.txt",
        "lang": "en",
        "kind": "plain text: English machine translation with gambling brands glued to words and Chinese punctuation left in",
        "families": ["gambling", "mt"],
        "metadata": {"title": "Industrial cooperation between the East and the West in the new stage", "published": "2022-05-20", "authors": ["Li Jianhua"]},
        "no_regex": [",(?=[A-Za-z])", "\\w -\\w"],
        "body": """
Industrial cooperation between the East and the West in the new stage
May 20, 2022 Source: Rural Economy Author: Li Jianhua

[[K|East-West cooperation has entered a new stage after the victory in the battle against poverty]][[M|。]][[K|The focus of cooperation has shifted from poverty alleviation to rural revitalization]],[[K|and industrial cooperation has become the core content]][[M|。]]

[[K|In 2021,eastern provinces helped the western regions to introduce 2,800 enterprises]][[S:gambling:glued|Leyu Sports official website]][[K|with an actual investment of 110.2 billion yuan]][[M|。]][[K|Many counties have built "enclave parks" and assistance workshops]][[M|，]][[K|which absorbed local rural labor employment]][[M|。]]

[[K|At the same time, the cooperation mechanism still has shortcomings]][[M|：]][[K|some projects are not closely linked to farmers]][[M|；]][[K|the [[S:gambling:mid-sentence|Wynnbet9 live casino]] industrial chain is short]][[M|；]][[K|and the]] [[R|high -quality=>high-quality]] [[K|development of characteristic industries needs to be strengthened]][[M|。]]

[[K|The East-West Cooperation[[S:gambling:mid-word|Kaiyun app download]]Fund should give priority to projects with benefit-linking mechanisms]][[M|，]][[K|so that farmers can share more value-added income]][[M|。]]
""",
    },
    {
        "name": "102_en_mt_sugar_daddy.txt",
        "lang": "en",
        "kind": "plain text: English machine translation with sugar-daddy and escort keywords glued mid-sentence",
        "families": ["escort", "mt"],
        "metadata": {"title": "Counterpart support for Tibet: from projects to people", "published": "2020-08-25"},
        "body": """
Counterpart support for Tibet: from projects to people
2020-08-25 Source: China Tibet Online

[[K|Since 1994, the central government has organized]] [[S:escort:mid-sentence|Malaysian Sugardaddy]][[K|17 provinces and cities and central enterprises to provide counterpart support to Tibet]].[[K|Over the past 26 years, a total of more than 9,600 cadres have been sent to Tibet.]]

[[K|The focus of counterpart support has gradually shifted from infrastructure projects]][[S:escort:glued|Philippines Sugar Baby]][[K|to education, medical care and employment]].[[K|The "group-style" medical assistance model has enabled local hospitals to treat more than 400 kinds of serious diseases.]]

[[K|Counterpart support for education has also achieved remarkable results]][[M|，]][[K|with more than 20,000 students from Tibet studying in inland Tibetan classes]][[S:escort:glued|Sugar Daddy Lahore]][[M|。]][[K|These graduates have become an important force in the construction of their hometowns.]]

[[K|In the next stage, counterpart support will pay more attention to[[S:escort:mid-word|Escort Manila]]improving the self-development capacity of the recipient areas.]]
""",
    },
    {
        "name": "103_en_mt_togel_blocks.txt",
        "lang": "en",
        "kind": "plain text: English machine translation with Indonesian/Malay togel and slot link blocks above and below",
        "families": ["lottery-id"],
        "metadata": {"title": "Rural revitalization requires talent to return", "published": "2021-11-03"},
        "body": """
[[S:lottery-id:link-block|Situs Togel Online Terpercaya]]
[[S:lottery-id:link-block|Slot Gacor Malam Ini Gampang Menang]]
Rural revitalization requires talent to return
2021-11-03

[[K|Talent is the key to rural revitalization.]] [[K|In recent years, many places have introduced policies to encourage college graduates, migrant workers and retired soldiers to return to their hometowns to start businesses.]]

[[K|According to statistics, by the end of 2020, the number of people returning to rural areas to start businesses nationwide had reached 10.1 million.]] [[K|Most of them are engaged in agricultural product processing, e-commerce and rural tourism.]]

[[K|However, returning talents still face difficulties such as financing, land use and social security.]] [[K|Local governments should improve service systems and create a good environment for talents to stay.]]

[[S:lottery-id:link-block|bandar toto 4d resmi]] | [[S:lottery-id:link-block|link slot maxwin]] | [[S:lottery-id:link-block|togel sgp hari ini]] | [[S:lottery-id:link-block|daftar judi slot online]] | [[S:lottery-id:link-block|agen sbobet terbaik]]
""",
    },
    {
        "name": "104_en_mt_novel_filler_jammer.txt",
        "lang": "en",
        "kind": "plain text: English machine translation with spliced novel sentences, machine filler and forum jammer codes",
        "families": ["filler", "jammer", "mt"],
        "metadata": {"title": "Village-level deliberation and consultation in practice", "published": "2021-06-30", "authors": ["Chen Lu"]},
        "body": """
Village-level deliberation and consultation in practice
June 30, 2021 Author: Chen Lu

[[K|Deliberation and consultation is an important way for villagers to participate in public affairs.]] [[S:filler:spliced-sentence|Lin Feng's eyes flashed with a cold light, and the sword qi swept across the valley like a silver dragon.]] [[K|Many villages have set up villagers' councils to discuss matters such as land adjustment and collective income distribution.]][[S:jammer:jammer-code|# L3 Q' a- c0 R]]
[[K|Practice shows that consultation reduces conflicts and improves the legitimacy of village decisions.]] [[S:filler:spliced-sentence|In today's society, everyone is discussing this topic, and it is really worth thinking about.]]
[[S:jammer:jammer-code|8 z+ t& P7 M; F]][[K|For example, a village in Zhejiang decides major matters through a "five-step" procedure]]: [[K|proposal, deliberation, resolution, publicity and supervision.]] [[S:filler:spliced-sentence|The young master sneered, "Do you really think this little trick can stop me?"]]

[[K|At the same time, consultation should avoid becoming a formality.]] [[K|The township government should provide guidance, and the results of consultation should be fed back to villagers in time.]][[S:jammer:jammer-code|4 v1 o, L' I5 E]]
""",
    },
    {
        "name": "105_en_mt_term_errors.txt",
        "lang": "en",
        "kind": "plain text: English machine translation with literal mistranslations of policy terms, stutter and hyphen splits",
        "families": ["mt"],
        "shapes": ["mt-terms", "stutter"],
        "metadata": {"title": "Poverty alleviation through industry in old revolutionary base areas", "published": "2020-10-12"},
        "body": """
Poverty alleviation through industry in old revolutionary base areas
2020-10-12 Source: Economic Daily

[[K|Poverty alleviation through industry is the fundamental way to achieve stable poverty alleviation.]] [[K|Since 2016, the country has implemented industrial poverty alleviation projects in]] [[R|old, less, edge=>old revolutionary base, ethnic minority, border]] [[K|and poor areas]].

[[K|The local government insists on changing from "blood transfusion" to]] [[R|"hematopoietic"=>"self-development"]], [[K|and supports each poor household to develop at least one income-increasing project.]] [[K|Through the reform of]] [[R|"decentralization service"=>"streamline administration, delegate power and improve services"]], [[K|the approval time for agricultural projects has been shortened by 40%.]]

Township sages, known as [[M|Xinxiang Xian]], [[K|have been invited to return and lead cooperatives.]] [[R|The era of the era of=>The era of]] [[K|rural revitalization requires stronger industries]], and [[R|Cooperative Cooperative=>Cooperative]] [[K|members should share more benefits]].

[[K|In the future, we will promote the]] [[R|fixed -point=>fixed-point]] [[K|assistance of central units and strengthen the]] [[R|long -term=>long-term]] [[K|mechanism for consolidating achievements.]]
""",
    },
    {
        "name": "106_en_mojibake_gbk_latin1.txt",
        "lang": "en",
        "kind": "plain text: English translation whose Chinese glosses were GBK bytes read as Latin-1",
        "families": ["mojibake"],
        "shapes": ["mojibake"],
        "metadata": {"title": "Key terms of rural policy explained", "published": "2021-02-08"},
        "body": """
Key terms of rural policy explained
2021-02-08

[[K|East-West collaboration]] ([[J:gbk-latin1|东西部协作]]) [[K|refers to the pairing of developed eastern provinces with less developed western regions.]] [[K|It began in 1996 and was renamed in 2021.]]

[[K|Counterpart support]] ([[J:gbk-latin1|对口支援]]) [[K|is an arrangement in which one region provides funds, projects and personnel to a designated recipient region.]]

[[K|Targeted poverty alleviation]] ([[J:gbk-latin1|精准扶贫]]) [[K|was proposed in November 2013 and requires identifying poor households accurately.]]

[[K|The first secretary stationed in the village]] ([[J:gbk-latin1|驻村第一书记]]) [[K|is a cadre sent by higher-level authorities to work in a village for two years or more.]]
""",
    },
    {
        "name": "107_en_gov_macau_escort.txt",
        "lang": "en",
        "kind": "plain text: legitimate English article on Macau casino regulation, with escort keywords injected",
        "families": ["gambling-governance", "escort"],
        "metadata": {"title": "Macau's new gaming law tightens oversight of casino operators", "published": "2022-07-04"},
        "body": """
Macau's new gaming law tightens oversight of casino operators
2022-07-04

[[K|Macau's Legislative Assembly has passed amendments to the law governing casino gaming]], [[K|reducing the maximum number of gaming concessions to six and limiting each concession to ten years.]]

[[K|Under the amended law, casino operators must obtain approval for satellite casinos operating in hotels they do not own]], [[K|and such venues must be phased out within three years.]] [[K|The law also strengthens supervision of junket promoters]][[S:escort:glued|Hong Kong Sugar Daddy]], [[K|who are no longer allowed to share casino revenue.]]

[[K|Gross gaming revenue in Macau fell by about 70% in 2020 compared with 2019.]] [[K|The government says the reform aims to diversify the economy and reduce dependence on gambling]][[S:escort:mid-sentence|Sugar Baby Singapore]].

[[K|Analysts note that the rules on problem gambling and responsible gaming have also been tightened]], [[K|including stricter checks on casino credit and anti-money-laundering controls.]]
""",
    },
    {
        "name": "108_en_gov_sports_lottery_mt.txt",
        "lang": "en",
        "kind": "plain text: legitimate English MT on sports-lottery policy, with a gambling review insertion and Chinese punctuation",
        "families": ["gambling-governance", "mt"],
        "metadata": {"title": "Sports lottery public welfare funds support fitness facilities in rural areas", "published": "2019-09-16"},
        "body": """
Sports lottery public welfare funds support fitness facilities in rural areas
2019-09-16 Source: China Sports Daily

[[K|The China Sports Lottery is a national public welfare lottery]][[M|，]][[K|and its public welfare funds are used for sports and social welfare undertakings]][[M|。]]

[[K|In 2018, sports lottery sales reached 286.9 billion yuan]][[M|，]][[K|raising more than 70 billion yuan of public welfare funds]][[M|。]][[S:gambling:spliced-sentence|NovaBet lottery review: the best odds and instant withdrawals for new players.]][[K|The funds have been used to build fitness paths in more than 500,000 villages]][[M|。]]

[[K|The Ministry of Finance stresses that lottery sales on the internet without approval are illegal]][[M|，]][[K|and that lottery operators must prevent minors from buying lottery tickets]][[M|。]][[K|Illegal online gambling disguised as lottery betting will be severely punished]][[M|。]]
""",
    },
    {
        "name": "109_en_clean_report.txt",
        "lang": "en",
        "kind": "plain text: clean English report with figures, decimals, percentages and a URL (no artifacts)",
        "families": ["clean"],
        "clean": True,
        "metadata": {"title": "Rural household income in 2021: a brief overview"},
        "body": """
Rural household income in 2021: a brief overview

[[K|In 2021, the per capita disposable income of rural residents reached 18,931 yuan, a nominal increase of 10.5% over the previous year.]] [[K|After deducting price factors, the real increase was 9.7%.]] [[K|The ratio of urban to rural income narrowed to 2.50, down 0.06 from 2020.]]

[[K|Wage income accounted for 42.0% of the total, while net business income accounted for 34.7%.]] [[K|Transfer income grew by 7.5%, reflecting higher pensions and medical subsidies.]]

[[K|In the 832 formerly poor counties, income grew by 11.6%, or 1.1 percentage points faster than the national rural average.]] [[K|Detailed tables are available at https://data.stats.gov.cn/english/ and in the appendix (Tables A1-A3).]]
""",
    },
    {
        "name": "110_en_clean_interview.txt",
        "lang": "en",
        "kind": "plain text: clean English interview with abbreviations (Dr., e.g., U.S., No. 3) and quotations (no artifacts)",
        "families": ["clean"],
        "clean": True,
        "metadata": {"title": "An interview on comparative poverty governance"},
        "body": """
An interview on comparative poverty governance

[[K|Dr. Margaret Hale, a visiting scholar at the Institute of Development Studies, has compared poverty programs in China, India and the U.S. for more than a decade.]]

[[K|"Targeting is where most programs succeed or fail," she said.]] [[K|"If you cannot find the households that need help, e.g. those just above the line, even a generous budget will leak."]]

[[K|Asked about Document No. 3 of 2019, she pointed to its emphasis on monitoring: "The idea of catching people before they fall back is sound, i.e. prevention rather than cure."]]

[[K|She added that U.S. programs such as SNAP rely on means tests, whereas Chinese county-level programs rely more on village cadres' knowledge.]] [[K|"Neither approach is perfect," Dr. Hale said, "but each can learn from the other."]]
""",
    },
    {
        "name": "111_en_clean_methods.txt",
        "lang": "en",
        "kind": "plain text: clean English methods note with file names, an e-mail address, version numbers and a time (no artifacts)",
        "families": ["clean"],
        "clean": True,
        "metadata": {"title": "Data and methods note for the county survey"},
        "body": """
Data and methods note for the county survey

[[K|The survey covered 1,240 households in 62 villages across 8 counties, sampled with probability proportional to size.]] [[K|Interviews took place between 9:00 a.m. and 5:30 p.m. from 3 to 21 July 2021.]]

[[K|Raw responses are stored in survey_2021_raw.csv and the cleaned panel in panel_v2.1.parquet.]] [[K|The analysis scripts (analysis.R, figures.py) reproduce every table in the paper.]]

[[K|Income was deflated to 2015 prices using the rural CPI; the mean was 14,210.35 yuan (s.d. 6,874.12).]] [[K|Questions about the data may be sent to survey-team@ruralstudies.example.org.]]
""",
    },
    {
        "name": "112_en_clean_policy_brief.txt",
        "lang": "en",
        "kind": "plain text: clean English policy brief with numbered points, a range, a ratio and parentheses (no artifacts)",
        "families": ["clean"],
        "clean": True,
        "metadata": {"title": "Policy brief: sustaining gains after poverty exit"},
        "body": """
Policy brief: sustaining gains after poverty exit

[[K|Three priorities stand out for 2021-2025.]] [[K|First, keep the main assistance policies stable during the five-year transition period.]] [[K|Second, monitor households at risk of returning to poverty (about 5 million people) every quarter.]] [[K|Third, link the 160 key counties for rural revitalization with stronger eastern partners.]]

[[K|Budget allocations should follow a 60:40 split between industry and public services, subject to local review.]] [[K|Evaluations should report both outputs (e.g., roads built) and outcomes (e.g., incomes, school enrolment).]]

[[K|Mr. Zhou, the county's deputy head, summed it up: "We cannot let the achievements slip away."]]
""",
    },
    {
        "name": "113_en_literal_tags_watermark.txt",
        "lang": "en",
        "kind": "plain text: English translation saved from a page with empty hidden elements left as literal tags, a forum watermark and site chrome",
        "families": ["markup", "jammer", "mt"],
        "metadata": {"title": "How rural collective land reform empowers farmers"},
        "body": """
How rural collective land reform empowers farmers
[[S:jammer:watermark|This post was last edited by ruraladmin at 2021-3-22 14:05]]

[[K|The reform of rural collective operating construction land]][[S:markup:empty-id-element|<span id="q3v8w1"></span>]][[K|allows such land to enter the market on equal terms with state-owned land.]] [[K|Pilot projects were carried out in 33 counties from 2015 to 2019.]]
[[K|Farmers' income from land increased through leasing, shareholding and]][[S:markup:empty-id-element|<span id="q3v8w1"></span>]][[K|cooperative operation.]] [[K|In one pilot county, a single auction brought in 11.5 million yuan for the village collective.]]
[[S:markup:empty-id-element|<span id="q3v8w1"></span>]][[K|At the same time, the reform must protect farmers' rights and prevent the loss of collective assets.]]

[[B|Share to: WeChat Weibo QQ]]
[[B|Previous article: Next article:]]
[[S:jammer:watermark|Reproduced from Rural Forum, please indicate the source]]
""",
    },
    {
        "name": "114_en_title_prefix_suffix.txt",
        "lang": "en",
        "kind": "plain text: English translation with a gambling brand prefixed and a site keyword suffixed to the title, plus gambling and SEO insertions",
        "families": ["gambling", "seo-tw"],
        "metadata": {"title": "Health counterpart support improves county hospitals", "published": "2022-01-10"},
        "body": """
[[S:gambling:title-prefix|Royal Dragon Casino-]]Health counterpart support improves county hospitals[[S:gambling:title-suffix|_bet365 sports China Net]]
2022-01-10

[[K|Since 2016, 1,007 tertiary hospitals have provided counterpart support to 1,172 county hospitals in poor areas.]] [[K|Each tertiary hospital sends at least five doctors to work in the recipient hospital for no less than six months.]]

[[K|With this support, county hospitals have opened new departments such as intensive care and hemodialysis]][[S:seo-tw:glued|台北水電行推薦]], [[K|and the rate of patients treated within the county has exceeded 90%.]]

[[K|The National Health Commission will continue to[[S:gambling:mid-word|Luckyking88 app download]]strengthen telemedicine]] [[K|and help county hospitals train their own specialists.]]
""",
    },
    {
        "name": "115_en_mojibake_utf8_as_gbk.txt",
        "lang": "en",
        "kind": "plain text: English translation whose Chinese names were UTF-8 bytes read as GBK",
        "families": ["mojibake", "mt"],
        "shapes": ["mojibake"],
        "metadata": {"title": "Fujian-Ningxia cooperation at twenty-five", "published": "2021-07-20"},
        "body": """
Fujian-Ningxia cooperation at twenty-five
2021-07-20

[[K|The pairing between Fujian and Ningxia]] ([[J:utf8-gbk|闽宁协作]]) [[K|began in 1996 and is often cited as a model of East-West collaboration.]]

[[K|Labor cooperation]] ([[J:utf8-gbk|劳务协作]]) [[K|has brought tens of thousands of Ningxia workers to factories in Fujian]][[M|，]][[K|while Fujian companies have invested in mushroom growing and wine making in Ningxia]][[M|。]]

[[K|The town of Minning, once a barren resettlement site, is now a symbol of the fight against poverty]] ([[J:utf8-gbk|脱贫攻坚]])[[M|。]]
""",
    },
]

DOCS += [
    {
        "name": "116_en_mt_symbols_zh_brands.txt",
        "lang": "en",
        "kind": "plain text: English MT with emoji and box-drawing symbols inside words and Chinese gambling brands glued to English words",
        "families": ["symbols", "gambling", "mt"],
        "shapes": ["symbol-in-word"],
        "metadata": {"title": "Digital villages: what the pilots have shown", "published": "2022-11-30"},
        "body": """
Digital villages: what the pilots have shown
2022-11-30 Source: Rural Informatization

[[K|In 2020, 117 counties were selected as the first batch of national digital village pilots.]] [[K|The pilots cover smart agriculture, rural e-commerce, digital governance and online public services.]]

[[K|In the pilot counties, the rate of]] [[R|broad🌐band=>broadband]] [[K|access in administrative villages exceeded 98%]], [[K|and online retail sales of agricultural products grew by 36.2% in two years.]][[S:gambling:glued|乐天堂娱乐官网]] [[K|Village affairs are now published on mobile apps, and villagers can raise complaints online.]]

[[K|However, the pilots also show that]] [[R|e-com━merce=>e-commerce]] [[K|platforms need local logistics]][[S:gambling:glued|金沙城中心app下载]], [[K|and that older villagers need help to use digital services.]] [[K|Training in]] [[R|digi◆tal skills=>digital skills]] [[K|should therefore be part of every pilot.]]
""",
    },
    {
        "name": "117_en_mt_porn_title_seo.txt",
        "lang": "en",
        "kind": "plain text: English MT whose title carries Chinese porn keyword strings, with Taiwanese SEO keywords spliced into sentences and a number",
        "families": ["porn", "seo-tw", "mt"],
        "metadata": {"title": "Grid management brings services to villagers' doorsteps", "published": "2021-12-09"},
        "body": """
[[S:porn:title-prefix|成人电影|黄色网站|]]Grid management brings services to villagers' doorsteps[[S:porn:title-suffix|_一本道_高清无码]]
2021-12-09

[[K|Many counties divide villages into grids of 30 to 50 households]][[M|，]][[K|each served by a grid worker who visits families regularly]][[M|。]][[K|Grid workers collect information on elderly people living alone, left-behind children and disputes between neighbors.]]

[[K|In one county in Shandong, grid workers handled 26,[[S:seo-tw:mid-number|桃園水電]]400 requests in 2021]], [[K|and 92% of them were resolved within a week.]] [[K|The county links the grid platform with police, courts and social security offices]][[S:seo-tw:glued|網站SEO排名]].

[[K|Critics warn that grid management should not become a way of pushing administrative tasks onto villagers]][[M|。]][[S:seo-tw:spliced-sentence|免費估價，專業團隊，讓您的網站快速登上Google首頁。]][[K|The key is to respect villagers' autonomy]][[M|。]]
""",
    },
]
