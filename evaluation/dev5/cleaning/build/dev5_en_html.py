"""Development set 5: English HTML pages (machine translations of Chinese policy articles with site
chrome, and native English articles, invented)."""

DOCS = [
    {
        "name": "en_urban_renewal_hidden_gbk.html",
        "lang": "en",
        "charset": "gbk",
        "kind": "HTML page in GBK: MT of an urban-renewal article with full site chrome, spam hidden by display:none, off-screen positioning and aria-hidden, a literal empty-id tag",
        "families": ["mt"],
        "metadata": {"title": "Old residential compounds get lifts and new pipes in Jinxi", "published": "2023-05-22", "authors": ["Zhao Kun"], "editor": "Li Na"},
        "body": r"""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>Old residential compounds get lifts and new pipes in Jinxi</title></head>
<body>
<div class="nav">[[B|Home]] | [[B|News Center]] | [[B|Urban Construction]] | [[B|Open Government]]</div>
<div class="crumb">[[B|Current location: Home > News Center > Urban Construction]]</div>
<h1>Old residential compounds get lifts and new pipes in Jinxi</h1>
<p>Author: Zhao Kun Date: 2023-05-22</p>
<p>[[K|This year Jinxi District will renovate 74 old residential compounds built before 2000]], [[K|involving 12,600 households]].<span style="display:none">[[S:gambling:hidden-element|BlazeDragon live casino official site]]</span> [[K|The work includes replacing gas and water pipes]], adding lifts and building parking spaces.</p>
<p>[[K|Residents decide the renovation list through building meetings]].<div style="position:absolute;left:-9999px;top:-9999px">[[S:escort:hidden-element|Lisbon escort service VIP]]</div> [[K|Where two thirds of owners agree, a lift can be installed]] with a government subsidy of 150,000 yuan per unit.<b id="q7m3z"></b></p>
<p>[[K|The district has also introduced property management companies]] [[K|to take over compounds that had no management before]].<span aria-hidden="true">[[S:gambling:hidden-element|BlazeDragon sports betting]]</span></p>
<p>[[B|Editor: Li Na]]</p>
<div class="share">[[B|Share to: WeChat Weibo QQ]]</div>
<div class="related">[[B|Related news]]<ul><li>[[B|District holds urban renewal work meeting]]</li><li>[[B|Notice on gas pipeline safety inspection]]</li></ul></div>
<div class="foot">[[B|Sponsored by Jinxi District People's Government]] [[B|ICP No. 11029384-2]] [[B|Public Security Filing No. 44010602008815]] <img src="qr.png" alt="qr"> <span>[[B|Scan the QR code to follow us]]</span></div>
</body></html>
""",
    },
    {
        "name": "en_vocational_togel.html",
        "lang": "en",
        "kind": "HTML page (UTF-8): MT of a vocational-education article with a togel/slot link block above and a toto list below, spam in an element hidden by a class rule in <style>",
        "families": ["mt"],
        "metadata": {"title": "Vocational colleges open classes ordered by enterprises", "published": "2022-11-09", "authors": ["Gao Yun"]},
        "body": r"""
<html><head><meta charset="utf-8"><title>Vocational colleges open classes ordered by enterprises</title>
<style>.zq8 { display: none }</style></head>
<body>
<div class="top">[[S:lottery-id:link-block|<a href="#">togel sidney pools hari ini</a> <a href="#">slot gacor malam ini</a> <a href="#">link alternatif toto 4d</a>]]</div>
<h1>Vocational colleges open classes ordered by enterprises</h1>
<p>Gao Yun 2022-11-09</p>
<p>[[K|Twelve vocational colleges in Baiyun Province have opened 86 order classes with local enterprises]], [[K|training 3,400 students in welding, nursing and new-energy vehicle repair]].<span class="zq8">[[S:gambling:hidden-element|PhoenixReel slot official]]</span></p>
<p>[[K|Enterprises take part in setting the curriculum]] and send engineers to teach in the workshops. [[K|Graduates of order classes have an employment rate of 97 percent]].</p>
<div class="bottom">[[S:lottery-id:link-block|<a href="#">bandar toto macau terpercaya</a> <a href="#">rtp slot live tertinggi</a>]]</div>
</body></html>
""",
    },
    {
        "name": "en_lottery_regulation_gb18030.html",
        "lang": "en",
        "charset": "gb18030",
        "kind": "HTML page in GB18030: English article on welfare-lottery regulation (legitimate lottery/gambling words) with a gambling brand glued to a word, a font-size:0 hidden escort line and porn keywords after the title",
        "families": ["gambling-governance"],
        "metadata": {"title": "New rules tighten supervision of lottery sales outlets", "published": "2023-02-14", "authors": ["Song Wei"]},
        "body": r"""
<html><head><meta charset="gb18030"><title>New rules tighten supervision of lottery sales outlets[[S:porn:title-suffix|,免费成人视频_日韩精品|在线观看]]</title></head>
<body>
<div class="nav">[[B|Home]] | [[B|Finance News]] | [[B|Policy Interpretation]]</div>
<h1>New rules tighten supervision of lottery sales outlets</h1>
<p>Song Wei February 14, 2023</p>
<p>[[K|The provincial finance department has issued new rules on the management of lottery sales outlets]], [[K|banning the sale of lottery tickets to minors]] and on credit.[[S:gambling:glued|StarMonkeyBet]] [[K|Outlets that sell tickets online without approval will lose their licences]].</p>
<p>[[K|Welfare lottery and sports lottery centres must check outlets at least once a quarter]].<span style="font-size:0">[[S:escort:hidden-element|Cairo sugar daddy arrangement]]</span> [[K|The rules also require outlets to display warnings about problem gambling]].</p>
<p>[[K|Lottery public welfare funds raised in the province reached 2.1 billion yuan last year]].</p>
<div class="foot">[[B|Copyright Provincial Department of Finance]] [[B|ICP No. 09033172]]</div>
</body></html>
""",
    },
    {
        "name": "en_anti_gambling_campaign.html",
        "lang": "en",
        "kind": "HTML page (UTF-8): MT of an anti-gambling campaign report (legitimate gambling words) with a visibility:hidden gambling block, a filler sentence spliced from a detective novel and a forum watermark",
        "families": ["gambling-governance", "mt"],
        "metadata": {"title": "County launches campaign against gambling in villages", "published": "2023-07-03", "authors": ["He Qiang"]},
        "body": r"""
<html><head><meta charset="utf-8"><title>County launches campaign against gambling in villages</title></head>
<body>
<h1>County launches campaign against gambling in villages</h1>
<p>He Qiang 2023-07-03</p>
<p>[[K|Fengtai County has launched a three-month special campaign against gambling in rural areas]], [[K|targeting gambling at weddings, funerals and in mahjong parlours]].<div style="visibility:hidden">[[S:gambling:hidden-element|RedKoi online gambling official app]]</div></p>
<p>[[K|Village committees have included the rejection of gambling in village rules]].[[S:filler:spliced-sentence| Inspector Hale lit his pipe and stared at the rain, certain now that the butler had lied about the clock.]] [[K|Police have closed 23 illegal gambling dens]] and confiscated 1.6 million yuan in gambling funds.</p>
<p>[[K|The county set up a reporting hotline, and informants receive rewards]].[[S:jammer:watermark| 本帖最后由 admin 于 2023-7-4 09:12 编辑]]</p>
</body></html>
""",
    },
    {
        "name": "en_carbon_peaking_clean.html",
        "lang": "en",
        "clean": True,
        "kind": "HTML page (UTF-8): clean English article on carbon peaking with site chrome, no spam",
        "metadata": {"title": "Industrial parks draw up carbon peaking roadmaps", "published": "2023-01-30", "authors": ["Ma Ling"]},
        "body": r"""
<html><head><meta charset="utf-8"><title>Industrial parks draw up carbon peaking roadmaps</title></head>
<body>
<div class="nav">[[B|Home]] | [[B|Environment]] | [[B|Energy Saving Column]]</div>
<h1>Industrial parks draw up carbon peaking roadmaps</h1>
<p>Ma Ling January 30, 2023</p>
<p>[[K|Fourteen provincial-level industrial parks in Xiyang Province have drawn up carbon peaking roadmaps]], [[K|setting targets for energy use per unit of output]] through 2030.</p>
<p>[[K|Parks will install rooftop solar panels on factory buildings]] and build shared steam networks to replace small coal-fired boilers.</p>
<p>[[K|The provincial development and reform commission will assess progress every year]].</p>
<div class="foot">[[B|Contact us: 0871-6523xxxx]] [[B|ICP No. 13007741]]</div>
</body></html>
""",
    },
    {
        "name": "en_county_hospital_big5.html",
        "lang": "en",
        "charset": "big5",
        "kind": "HTML page in Big5: MT of a county-hospital reform article with Traditional SEO keywords in a title prefix, inside a number and in a hidden element, a brand-as-place Latin name without County suffix",
        "families": ["mt"],
        "metadata": {"title": "County hospitals lead medical alliances in Lucky7Palace", "published": "2022-08-16", "authors": ["Yu Hao"]},
        "body": r"""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"><title>[[S:seo-tw:title-prefix|台北關鍵字排名-]]County hospitals lead medical alliances in [[S:brand-as-place:place-replacement|Lucky7Palace]]</title></head>
<body>
<h1>County hospitals lead medical alliances in [[S:brand-as-place:place-replacement|Lucky7Palace]]</h1>
<p>Yu Hao 2022-08-16</p>
<p>[[K|The people's hospital of]] [[S:brand-as-place:place-replacement|Lucky7Palace]] [[K|now leads a medical alliance of 19 township health centres]], [[K|sharing doctors, equipment and a single drug list]].<span style="display:none">[[S:seo-tw:hidden-element|屏東網站設計 SEO代操]]</span></p>
<p>[[K|Patients treated within the county accounted for]] 9[[S:seo-tw:mid-number|嘉義抓漏]]1 [[K|percent of all hospital admissions last year]].</p>
</body></html>
""",
    },
    {
        "name": "en_rural_credit_clean.html",
        "lang": "en",
        "clean": True,
        "kind": "HTML page (UTF-8): clean English MT of a rural-credit article, no spam",
        "metadata": {"title": "Credit villages make small loans easier for farmers", "published": "2022-06-07", "authors": ["Wu Jing"]},
        "body": r"""
<html><head><meta charset="utf-8"><title>Credit villages make small loans easier for farmers</title></head>
<body>
<h1>Credit villages make small loans easier for farmers</h1>
<p>Wu Jing 2022-06-07</p>
<p>[[K|Rural commercial banks in Anlu Prefecture have rated 1,120 villages as credit villages]], [[K|allowing farmers there to borrow up to 300,000 yuan without collateral]].</p>
<p>[[K|Loan officers collect household information door to door]] and issue credit ratings that are valid for three years.</p>
</body></html>
""",
    },
]
