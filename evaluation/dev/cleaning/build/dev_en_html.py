"""Development set: English HTML pages (machine-translation style, invented)."""

DOCS = [
    {
        "name": "en_east_west_gbk.html",
        "lang": "en",
        "charset": "gbk",
        "kind": "HTML page in GBK: English machine translation with gambling text hidden by display:none and off-screen positioning, Chinese punctuation left in, site chrome",
        "families": ["mt"],
        "metadata": {"title": "Five years of East-West cooperation between Dongbin and Yunxiu", "published": "2022-08-09", "authors": ["Xu Zhengyang"]},
        "body": r"""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>Five years of East-West cooperation between Dongbin and Yunxiu</title></head>
<body>
<div class="menu">[[B|Home Page]] | [[B|Government Affairs]] | [[B|Cooperation News]]</div>
<h1>Five years of East-West cooperation between Dongbin and Yunxiu</h1>
<p>Author: Xu Zhengyang Release date: 2022-08-09</p>
<p>[[K|In 2017, Dongbin City and Yunxiu County formally established an East-West poverty alleviation collaboration relationship]][[M|。]]<span style="display: none">[[S:gambling:hidden-element|Golden Sands Wanli casino online]]</span>[[K|Over the past five years, Dongbin has invested 680 million yuan of fiscal assistance funds]][[M|、]]implemented 214 projects in industry, education and medical care.</p>
<p>[[K|Dongbin has sent 73 cadres on temporary posts and 520 professionals to Yunxiu]].<div style="position:absolute; left:-10000px">[[S:gambling:hidden-element|WinStar Sports betting app download]]</div> [[K|Yunxiu has also sent 196 cadres to Dongbin to learn industrial park management]].</p>
<div class="foot">[[B|Sponsored by Dongbin Rural Revitalization Bureau]] [[B|ICP filing No. 05018827]]</div>
</body></html>
""",
    },
    {
        "name": "en_education_assistance.html",
        "lang": "en",
        "kind": "HTML page (UTF-8): English education-assistance article with an Indonesian togel/slot link block above it and escort text hidden by visibility:hidden",
        "metadata": {"title": "Education assistance: a volunteer teaching team and a mountain school", "published": "2023-03-08", "authors": ["He Jing"]},
        "body": r"""
<html><head><meta charset="utf-8"><title>Education assistance: a volunteer teaching team and a mountain school</title></head>
<body>
<div class="toplinks">[[S:lottery-id:link-block|<a href="#">togel hongkong hari ini</a> <a href="#">slot gacor gampang maxwin</a> <a href="#">situs toto macau resmi</a> <a href="#">bandar togel online terpercaya</a>]]</div>
<h1>Education assistance: a volunteer teaching team and a mountain school</h1>
<p>He Jing, March 8, 2023</p>
<p>[[K|Education assistance is a fundamental way to block the intergenerational transmission of poverty]]. [[K|Since 2019, Haizhou No. 2 Middle School has sent eight key teachers]] each year to the paired Songping County Ethnic Middle School.<span style="visibility:hidden">[[S:escort:hidden-element|Kuala Lumpur Sugar Daddy dating]]</span></p>
<p>[[K|The undergraduate admission rate of the school rose from 21.4% in 2018 to 46.7% in 2022]]. [[K|The two places have also opened a synchronous classroom]], in which Haizhou teachers give online lessons twice a week.</p>
</body></html>
""",
    },
    {
        "name": "en_lottery_regulation.html",
        "lang": "en",
        "kind": "HTML page (UTF-8): English article on lottery regulation (legitimate lottery words) with spam hidden by aria-hidden and by class and id rules in a <style> block, Chinese porn keywords after the title",
        "families": ["gambling-governance"],
        "metadata": {"title": "Illegal online lottery sales banned", "published": "2022-03-24", "authors": ["Lin Hai"]},
        "body": r"""
<html><head><meta charset="utf-8"><title>Illegal online lottery sales banned[[S:porn:title-suffix|_国产精品视频|无码AV在线]]</title>
<style>.hx2 { display: none; } #pp4{font-size:0}</style></head>
<body>
<h1>Illegal online lottery sales banned</h1>
<p>Lin Hai, March 24, 2022</p>
<p>[[K|The Ministry of Finance and the Ministry of Public Security jointly issued an announcement]] [[K|reiterating that no unit may sell lottery tickets over the internet without approval]].<span class="hx2">[[S:gambling:hidden-element|LuckyHarbor88 lottery review]]</span> [[K|Some websites illegally sell lottery tickets in the name of proxy purchases]] [[K|and even divert users to overseas gambling websites]].</p>
<p>[[K|In 2021, lottery sales nationwide totaled 373.285 billion yuan]].<p id="pp4">[[S:escort:hidden-element|Dubai escorts VIP booking]]</p>[[K|Lottery public welfare funds are mainly used for social welfare, sports and poverty alleviation]].</p>
<p>[[K|The authorities remind lottery buyers to buy tickets through legal channels]].<span aria-hidden="true">[[S:escort:hidden-element|Sugar Daddy Hong Kong meet tonight]]</span></p>
</body></html>
""",
    },
    {
        "name": "en_work_teams_seo.html",
        "lang": "en",
        "kind": "HTML page (UTF-8): English article with Taiwanese SEO keywords in the title, in a sentence and inside a number, and spam hidden by font-size:0",
        "metadata": {"title": "Resident work teams move their desks to the fields", "published": "2021-07-19", "authors": ["Ge Wentao"]},
        "body": r"""
<html><head><meta charset="utf-8"><title>[[S:seo-tw:title-prefix|新竹網站排名優化-]]Resident work teams move their desks to the fields</title></head>
<body>
<h1>Resident work teams move their desks to the fields</h1>
<p>Ge Wentao, July 19, 2021</p>
<p>[[K|Lanshan County has selected 156 resident work teams]][[S:seo-tw:glued|台南通水管推薦]] [[K|covering all villages lifted out of poverty]]. [[K|Each member stays in the village at least 220 days a year]].<span style="font-size:0px">[[S:seo-tw:hidden-element|高雄網頁設計 關鍵字廣告代操]]</span></p>
<p>[[K|In Xiaping Village, the team helped found a tea cooperative]], and [[K|collective income rose to]] 2[[S:seo-tw:mid-number|桃園抓漏]]80,000 yuan in 2021.[[S:seo-tw:spliced-sentence| 專業水電維修，24小時到府服務，歡迎來電洽詢。]]</p>
</body></html>
""",
    },
    {
        "name": "en_xinjiang_aid.html",
        "lang": "en",
        "kind": "HTML page (UTF-8): English machine translation of an aid-to-Xinjiang article with spam in an element whose id a <style> rule hides, a literal term error and glued commas",
        "families": ["mt"],
        "no_regex": [",(?=[A-Za-z])"],
        "metadata": {"title": "Three years of Xinjiang aid cadres in Aqiale County", "published": "2023-06-27", "authors": ["Ayguli", "Chen Zhen"]},
        "body": r"""
<html><head><meta charset="utf-8"><title>Three years of Xinjiang aid cadres in Aqiale County</title>
<style>#k2v9 {display:none !important}</style></head>
<body>
<h1>Three years of Xinjiang aid cadres in Aqiale County</h1>
<p>Ayguli, Chen Zhen, June 27, 2023</p>
<p>[[K|In 2020, the tenth batch of Xinjiang aid cadres arrived in Aqiale County]][[M|,starting]] a three-year counterpart support assignment.<div id="k2v9">[[S:gambling:hidden-element|金沙萬利 live dealer baccarat]]</div> [[K|Aid funds were arranged for 86 projects with a total investment of 1.24 billion yuan]].</p>
<p>[[K|Aid doctors built a chest pain center and a stroke center at the county hospital]][[M|,and]] the [[M|Xinxiang Xian]] of the county helped mediate land disputes. [[K|The cotton processing park has employed more than 2,600 farmers and herdsmen]].</p>
</body></html>
""",
    },
    {
        "name": "en_porn_spam_relocation.html",
        "lang": "en",
        "kind": "HTML page (UTF-8): English relocation article with a Chinese porn keyword string in front of the title and a gambling link block below",
        "metadata": {"title": "Community governance at a resettlement site", "published": "2022-10-14", "authors": ["Mei Lan"]},
        "body": r"""
<html><head><meta charset="utf-8"><title>[[S:porn:title-prefix|日韩激情电影,成人网站免费看,]]Community governance at a resettlement site</title></head>
<body>
<h1>Community governance at a resettlement site</h1>
<p>Mei Lan, October 14, 2022</p>
<p>[[K|The Xingfu resettlement community houses 2,800 relocated households]]. [[K|An owners' committee elected by the residents handles daily affairs]], and [[K|a community service center offers employment registration]].</p>
<p>[[K|Residents can apply for public welfare jobs such as cleaning and security]]. [[K|The community also runs an evening school for adult literacy]].</p>
<div class="friend">[[S:gambling:link-block|<a href="#">LuckyHarbor88 official</a> | <a href="#">WinStar88 casino login</a> | <a href="#">Golden Sands Wanli slots</a>]]</div>
</body></html>
""",
    },
    {
        "name": "en_gambling_governance_border.html",
        "lang": "en",
        "kind": "HTML page (UTF-8): English article on border anti-gambling cooperation (legitimate gambling words) with Malay slot keywords hidden by display:none",
        "families": ["gambling-governance"],
        "metadata": {"title": "Border provinces step up joint action against online gambling", "published": "2023-07-07", "authors": ["Dao Yingchun"]},
        "body": r"""
<html><head><meta charset="utf-8"><title>Border provinces step up joint action against online gambling</title></head>
<body>
<h1>Border provinces step up joint action against online gambling</h1>
<p>Dao Yingchun, July 7, 2023</p>
<p>[[K|Police in three border prefectures launched a joint campaign against cross-border gambling]] and telecom fraud in April. [[K|They dismantled 21 gambling dens and recruitment points]].<span style="display:none">[[S:lottery-id:hidden-element|slot88 gacor rtp live tertinggi]]</span></p>
<p>[[K|Officials said many casinos across the border target Chinese gamblers online]]. [[K|Villages along the border have added anti-gambling clauses to their village rules]].</p>
</body></html>
""",
    },
    {
        "name": "en_clean_training.html",
        "lang": "en",
        "kind": "HTML page (UTF-8): clean English article on order-based skills training",
        "clean": True,
        "metadata": {"title": "Order-based training gives migrant workers confidence", "published": "2023-04-03", "authors": ["Jiang Chen"]},
        "body": r"""
<html><head><meta charset="utf-8"><title>Order-based training gives migrant workers confidence</title></head>
<body>
<h1>Order-based training gives migrant workers confidence</h1>
<p>Jiang Chen, April 3, 2023</p>
<p>In 2022, Heba County signed order-based training agreements with three manufacturers in the east. The companies list the jobs they need, and the county vocational school runs courses in welding, electrical work and CNC lathes; graduates go straight to work.</p>
<p>A total of 1,150 trainees took part, 91.2% earned certificates, and 876 were employed at about 4,800 yuan a month. See http://rsj.heba.gov.cn/peixun or write to peixun@heba.gov.cn for details.</p>
</body></html>
""",
    },
]
