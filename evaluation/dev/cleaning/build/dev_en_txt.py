"""Development set: English plain-text documents (machine-translation style, invented)."""

DOCS = [
    {
        "name": "en_consumption_assistance.txt",
        "lang": "en",
        "kind": "plain text: English machine translation with a gambling brand before the title, sugar-daddy keywords glued mid-sentence, Chinese punctuation and glued commas",
        "families": ["mt"],
        "metadata": {"title": "Consumption assistance brings mountain goods from Qinghe County to Dongbin's shopping baskets", "published": "2023-05-16", "authors": ["Zhou Liyan"]},
        "no_regex": [",(?=[A-Za-z])"],
        "body": r"""
[[S:gambling:title-prefix|LuckyHarbor88 Sportsbook-]]Consumption assistance brings mountain goods from Qinghe County to Dongbin's shopping baskets
Source: Dongbin Daily Author: Zhou Liyan Published: 2023-05-16
[[K|Consumption assistance is an important part of East-West cooperation]][[M|。]]In recent years[[M|，]]Dongbin City and Qinghe County have established a long-term mechanism of [[K|"purchasing instead of donating[[S:escort:glued|Malaysia Sugar]]"]], [[K|organizing government canteens, schools and hospitals to give priority to]] the tea, free-range eggs and cold-water fish of Qinghe County.
[[K|By the end of 2022, Dongbin City had purchased a total of 386 million yuan]] of agricultural products from Qinghe County[[M|,driving]] 12,000 people out of poverty to increase their income. [[K|Qinghe County has opened 12 special[[S:escort:mid-sentence|Singapore Sugar Daddy]]stores in Dongbin City]].
"In the past, mountain goods could not be sold[[M|,now]] the orders are lined up to next month[[M|。]]" [[K|said the head of a cooperative in Shimen Village]].
""",
    },
    {
        "name": "en_labor_cooperation.txt",
        "lang": "en",
        "kind": "plain text: English machine translation with escort keywords (city prefixes) glued on either side, stutter and hyphen splits",
        "families": ["mt"],
        "no_regex": ["\\w -\\w"],
        "metadata": {"title": "Labor cooperation builds a through train for employment", "published": "2022-09-03", "authors": ["Sun Yanan", "Du Haitao"]},
        "body": r"""
Labor cooperation builds a through train for employment
By Sun Yanan and Du Haitao, September 3, 2022
[[K|Labor cooperation is one of the fastest-acting forms of assistance]] in [[R|the East-West cooperation of the East-West cooperation=>the East-West cooperation]]. [[K|Since the pairing in 2021, Linchuan City and Songping County have]][[S:escort:glued|KL Escorts]] established a system of three lists: job list, personnel list and training list.
[[K|The Linchuan Human Resources Bureau set up a labor workstation in Songping County]] and publishes[[S:escort:mid-sentence|Manila escorts]]enterprise recruitment information every month. [[K|In the first half of 2022, 4,375 rural laborers from Songping County]] found stable jobs in Linchuan, with an average monthly income of 5,200 yuan.
Experts believe that labor cooperation should shift from "exporting labor" to "cultivating [[R|high -skilled=>high-skilled]] talents", so [[K|that income from migrant work is more stable]][[S:escort:glued|Bangkok Sugar Baby]].
""",
    },
    {
        "name": "en_relocation_brand_place.txt",
        "lang": "en",
        "kind": "plain text: English machine translation of a relocation article whose county name has been replaced everywhere by a gambling brand",
        "metadata": {"title": "Follow-up support after relocation for poverty alleviation", "published": "2021-11-22", "authors": ["Liang Qiushi"]},
        "body": r"""
Follow-up support after relocation for poverty alleviation
Liang Qiushi 2021-11-22
[[K|During the 13th Five-Year Plan period]], [[S:brand-as-place:place-replacement|WinStar88]] County relocated 13,600 people [[K|for poverty alleviation and built 19 centralized resettlement sites]].
[[K|Moving out is only the first step]]; staying stable and getting rich is the key. [[S:brand-as-place:place-replacement|WinStar88]] County has [[K|built poverty alleviation workshops next to the largest resettlement site]], [[K|allowing more than 3,100 relocated people to work at their doorsteps]].
[[K|The resettlement site is also equipped with a kindergarten, a clinic and a community service center]]. The head of the [[S:brand-as-place:place-replacement|WinStar88]] County working group said that [[K|follow-up support is being included in the rural revitalization plan]].
""",
    },
    {
        "name": "en_health_poverty.txt",
        "lang": "en",
        "kind": "plain text: English machine translation with literal term errors and odd capitalisation, and gambling brand text glued to words",
        "families": ["mt"],
        "metadata": {"title": "Health poverty alleviation builds a firewall against returning to poverty due to illness", "published": "2022-06-30", "authors": ["Qiu Ming"]},
        "body": r"""
Health poverty alleviation builds a firewall against returning to poverty due to illness
Qiu Ming June 30, 2022
[[K|Returning to poverty due to illness is a prominent risk in rural areas]]. [[K|Baixi County has established a triple guarantee system]] of basic medical insurance, serious illness insurance and medical assistance[[S:gambling:glued|bet-harbor777 live casino]].
[[K|The county people's hospital has formed a counterpart assistance relationship]] with the First People's Hospital of Jiangwan City, which has sent 42 doctors and helped the county shift from "blood transfusion" to "[[M|hematopoietic]]" capacity. [[K|Family doctor contract services cover all people lifted out of poverty]] in the [[M|old, less, edge]] areas of the county.
For patients with serious illnesses, the county implements "[[K|diagnosis and treatment first, payment later]]"[[S:gambling:glued|WinStar Sports official site]], and the [[M|Decentralization Service]] reform has cut the approval time for medical aid to 3 working days.
""",
    },
    {
        "name": "en_village_rules_gambling.txt",
        "lang": "en",
        "kind": "plain text: English article on village rules against gambling (legitimate gambling words) with sugar-daddy and gambling spam injected",
        "families": ["gambling-governance"],
        "metadata": {"title": "Writing the ban on gambling into village rules", "published": "2023-02-14", "authors": ["Tian Xiaofeng"]},
        "body": r"""
Writing the ban on gambling into village rules
Tian Xiaofeng February 14, 2023
[[K|The Spring Festival is a peak period for gambling gatherings in rural areas]]. This year all 17 villages in Fenglin Town revised their village rules, [[K|writing "no participation in gambling and no provision of gambling venues" into the clauses]][[S:escort:glued|Philippines Sugar Daddy]].
[[K|The town police station and the village committees carried out anti-gambling publicity]], [[K|posting more than 300 slogans]]. [[K|Since January, four gambling cases have been investigated]] and 18,000 yuan of gambling money [[K|has been confiscated]].[[S:gambling:spliced-sentence| Join LuckyHarbor88 casino today and claim a 100% welcome bonus.]]
"In the past many people lost half a year's wages playing cards during the New Year," [[K|said the director of the Dawan Village committee]][[S:escort:glued|Jakarta Sugar]].
""",
    },
    {
        "name": "en_macau_gaming_law.txt",
        "lang": "en",
        "kind": "plain text: English article on Macau's revised gaming law (legitimate casino words) with novel sentences spliced in",
        "families": ["gambling-governance"],
        "metadata": {"title": "Macau revises its gaming law: from expansion to regulation", "published": "2022-07-05", "authors": ["Leung Ka-wai"]},
        "body": r"""
Macau revises its gaming law: from expansion to regulation
Leung Ka-wai, July 5, 2022
[[K|The Legislative Assembly of Macau passed the amendment to the law on the legal framework for the operation of games of chance in casinos]], [[K|capping the number of gaming concessions at six]] and limiting each concession to ten years. [[S:filler:spliced-sentence|The old sailor leaned on the rail and watched the gulls circle the harbor until the light was gone.]]
[[K|The new law tightens the regulation of junket operators]]: [[K|each casino may cooperate with only one junket operator]], and junket operators [[K|may not share gaming revenue with the concessionaires]]. [[S:filler:spliced-sentence|She counted the coins twice, then slipped them back into the pocket of her grey coat.]]
[[K|The government said the aim is to promote the healthy development of the gaming industry]], to [[K|strengthen the fight against illegal gambling]] and to [[K|diversify the economy]].
""",
    },
    {
        "name": "en_cross_border_crackdown.txt",
        "lang": "en",
        "kind": "plain text: English article on the crackdown on cross-border online gambling; no injected spam (all gambling words must stay)",
        "families": ["gambling-governance"],
        "metadata": {"title": "Cracking down on cross-border online gambling", "published": "2022-12-01", "authors": ["Shao Weidong"]},
        "body": r"""
Cracking down on cross-border online gambling
Shao Weidong December 1, 2022
[[K|Cross-border online gambling seriously endangers people's property and social stability]]. [[K|Since 2022, the public security organs of Nanchuan City have solved 63 cross-border online gambling cases]], [[K|arrested 412 suspects and frozen 230 million yuan of gambling-related funds]].
[[K|Overseas gambling syndicates often lure victims with promises of high rebates]], recruit gamblers through social apps and [[K|move the betting money through underground banks]]. [[K|Some gamblers who lost their savings in online casinos were then tricked into borrowing]].
[[K|Nanchuan has included the fight against cross-border gambling in its safety assessment]] and set up a rapid mechanism with banks and telecom operators to block gambling-related accounts and numbers.
""",
    },
    {
        "name": "en_forum_jammer.txt",
        "lang": "en",
        "kind": "plain text: English forum copy with jammer codes at line starts and ends, a forum watermark and literal empty tags repeating one random id",
        "families": ["jammer", "markup"],
        "metadata": {"title": "How village work teams changed Xiaping Village", "published": "2021-07-19", "authors": ["Ge Wentao"]},
        "body": r"""
How village work teams changed Xiaping Village
Ge Wentao 2021-07-19
[[S:jammer:jammer-code|4 a) K* r7 Q$ ]][[K|Village work teams are an important force for the last mile of policy implementation]]. [[K|Lanshan County has sent 156 village work teams]][[S:markup:empty-id-element|<b id="zr5k2m"></b>]] with 462 members. [[S:jammer:jammer-code|- P0 d& x8 W!]]
[[K|Each team member stays in the village for at least 220 days a year]][[S:markup:empty-id-element|<b id="zr5k2m"></b>]], and members who fail the assessment are replaced. [[S:jammer:jammer-code|" J6 v; m3 E%]]
[[S:jammer:watermark|[Posted on RiverStone Forum riverstone-bbs.org - please keep this notice when reposting]]]
[[K|In Xiaping Village, the team helped set up a tea cooperative]], [[K|and village collective income rose from less than 30,000 yuan in 2019 to 280,000 yuan in 2021]].[[S:markup:empty-id-element|<b id="zr5k2m"></b>]]
""",
    },
    {
        "name": "en_clean_ecommerce.txt",
        "lang": "en",
        "kind": "plain text: clean English article on rural e-commerce with numbers, decimals, percentages, a URL, an e-mail address and abbreviations",
        "clean": True,
        "metadata": {"title": "Rural e-commerce helps specialty products leave the mountains", "published": "2023-08-21", "authors": ["Han Lei"]},
        "body": r"""
Rural e-commerce helps specialty products leave the mountains
Han Lei, August 21, 2023
According to the county Bureau of Commerce, online retail sales in rural Shixi County reached 473 million yuan in the first half of 2023, up 18.6% year on year; agricultural products accounted for 192 million yuan.
The county e-commerce public service center (https://www.shixi-ec.gov.cn/service) offers free packaging design, live-streaming training and logistics services; inquiries can be sent to ec_service@shixi.gov.cn. There are now 126 village e-commerce stations, and express delivery reaches 97.5% of villages.
"Our kiwifruit has been sold to 28 provinces through the live-streaming room," said a young man who returned to Xikou Village. The county has also partnered with three B2B platforms and two MCN agencies, e.g. for brand incubation.
""",
    },
    {
        "name": "en_clean_eco_compensation.txt",
        "lang": "en",
        "kind": "plain text: clean English article on horizontal ecological compensation between an upstream and a downstream county",
        "clean": True,
        "metadata": {"title": "Upstream-downstream ecological compensation pilot shows results", "published": "2022-04-11", "authors": ["Feng Zijian", "Tao Ran"]},
        "body": r"""
Upstream-downstream ecological compensation pilot shows results
Feng Zijian and Tao Ran, April 11, 2022
In 2019, Lanping County on the upper Qing River and Anping City downstream signed the Qing River Basin Horizontal Ecological Compensation Agreement. If water at the cross-border section meets Class II standards, the downstream city pays 30 million yuan a year to the upstream county; otherwise the payment runs the other way.
Over three years, Lanping closed 47 riverside farms and built 21 sewage treatment facilities, and the compliance rate at the section rose from 82.3% to 100%. Anping has paid 90 million yuan in total, about 35% of which hires local residents as forest rangers and river cleaners.
Experts note that the principle of "whoever benefits, compensates" is moving from pilots to an institutional system.
""",
    },
    {
        "name": "en_clean_tibet_medical_aid.txt",
        "lang": "en",
        "kind": "plain text: clean English article on group-style medical aid to Tibet, with dates, abbreviations and a quotation",
        "clean": True,
        "metadata": {"title": "Group-style medical aid to Tibet leaves a team that stays", "published": "2021-10-05", "authors": ["Tashi Dondrub"]},
        "body": r"""
Group-style medical aid to Tibet leaves a team that stays
Tashi Dondrub, October 5, 2021
Since August 2015, the Organization Department of the CPC Central Committee, the National Health Commission (NHC) and other departments have organized group-style medical talent aid to Tibet. The seventh team has 36 members from 17 hospitals in Beijing, Jiangsu and elsewhere.
Through a mentoring system, the experts have trained 112 local doctors one-on-one and introduced 58 new techniques, including CT-guided puncture and ICU care. Outpatient visits at the assisted hospital are about 1.7 times what they were before.
"Our greatest wish is that Tibetan people can see a good doctor close to home," said a cardiology director from Nanjing.
""",
    },
]
