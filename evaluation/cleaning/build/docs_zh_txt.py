"""Chinese plain-text documents (invented articles written for this set)."""

DOCS = [
    {
        "name": "001_zh_gambling_brands_glued.txt",
        "lang": "zh",
        "kind": "plain text: Chinese journal article mirrored on a hacked site, gambling brands glued to genuine words",
        "families": ["gambling"],
        "metadata": {"title": "东西部协作助推县域产业振兴的实践路径", "published": "2022-06-14", "authors": ["王海燕", "陈立新"]},
        "body": """
东西部协作助推县域产业振兴的实践路径
来源：《中国农村观察》 2022年06月14日 作者：王海燕 陈立新

[[K|东西部协作是党中央着眼推动区域协调发展、促进共同富裕作出的重大决策。]][[K|党的十八大以来，东部省市与西部地区在产业合作、劳务协作、人才交流等方面形成了[[S:gambling:glued|星耀体育官网]]稳定的结对关系。]]

[[K|从实践看，产业协作是东西部协作的核心内容。]]一些东部城市依托自身产业链优势，[[K|在西部县域建设“飞地园区”和帮扶车间]]，[[S:gambling:mid-sentence|开云体育app下载]][[K|带动当地群众就近就业]]。[[K|截至2021年底，仅某东部省份在结对地区共引导落地企业1124家，实际投资额达386.7亿元。]]

[[K|劳务协作方面，各地建立了“点对点”输送机制]]，[[K|通过订单式培训提高务工人员技能水平]]。[[S:gambling:glued|鸿运国际娱乐]][[K|部分县还设立了驻外劳务工作站，为外出务工人员提供权益维护服务。]]

[[K|然而，县域产业协作仍面临产业同质化、[[S:gambling:mid-word|九州酷游官网]]利益联结不紧密等问题]]。[[K|推动东西部协作由“输血式”向“造血式”转变，需要把协作项目与县域资源禀赋结合起来，建立长效利益联结机制。]]

[[K|（本文系国家社科基金项目“东西部协作与县域治理现代化研究”（21BZZ058）的阶段性成果）]]
（作者单位：西北民族大学管理学院）
""",
    },
    {
        "name": "002_zh_mid_number_seo.txt",
        "lang": "zh",
        "kind": "plain text: Chinese policy news with Taiwanese SEO keywords and a gambling site spliced inside dates and numbers",
        "families": ["seo-tw"],
        "metadata": {"title": "我省召开对口支援工作推进会", "published": "2019-03-15"},
        "body": """
我省召开对口支援工作推进会
发布时间：2019-03-15 来源：省发展改革委

[[K|2019年3月1[[S:seo-tw:mid-number|台北水電行]]5日]]，[[K|全省对口支援工作推进会在省会召开。]][[K|会议总结了2018年对口支援工作成效，部署了下一阶段重点任务。]]

[[K|会议指出，2018年全省共安排对口支援资金12.[[S:seo-tw:mid-number|抓漏]]6亿元]]，[[K|实施援建项目417个，选派援派干部人才863名。]][[K|在受援地新建学校28所、医院卫生院15所，受益群众超过40万人。]]

[[K|会议强调，要坚持[[S:gambling:mid-word|太阳城集团]]精准援助，把资金和项目向基层倾斜、向民生倾斜。]][[K|要加强援派干部管理，完善考核评价机制，确保援建项目按期保质完成。]]

[[K|受援地代表在发言中介绍了产业援建和消费帮扶的经验]]，[[K|希望进一步拓展农产品销售渠道，扩大“以购代捐”规模。]][[S:seo-tw:spliced-sentence|專業網頁設計，關鍵字排名保證上首頁，歡迎來電洽詢。]]

[[K|据统计，2018年全省通过消费帮扶购买受援地农产品金额达3.[[S:seo-tw:mid-number|網路行銷]]2亿元，同比增长27.5%。]]
""",
    },
    {
        "name": "003_zh_porn_title_keywords.txt",
        "lang": "zh",
        "kind": "plain text: Chinese article whose title line carries porn keyword strings joined by commas, underscores and bars",
        "families": ["porn"],
        "metadata": {"title": "乡村振兴背景下村级治理的困境与出路", "published": "2021-09-02", "authors": ["刘晓"]},
        "body": """
[[S:porn:title-prefix|成人影院,国产精品视频,日韩无码_]]乡村振兴背景下村级治理的困境与出路[[S:porn:title-suffix|_亚洲色图|午夜福利|欧美一区二区]]
2021年9月2日 刘晓

[[K|村级治理是国家治理体系的“神经末梢”，直接关系乡村振兴战略的落地成效。]][[K|近年来，各地在村民自治、村务公开、网格化管理等方面进行了大量探索。]]

[[K|当前村级治理面临的困境主要表现在三个方面]]：[[K|一是村庄“空心化”导致治理主体缺位]]；[[K|二是村级组织行政化倾向明显，“上面千条线，下面一根针”]]；[[K|三是村民参与渠道有限，议事协商流于形式。]]

[[K|破解上述困境，需要健全党组织领导的自治、法治、德治相结合的乡村治理体系。]][[K|具体而言，应当推行村级小微权力清单制度，规范村务决策程序]]；[[K|发挥村规民约和新乡贤的作用]]；[[K|推广积分制、清单制等治理方式，激发村民参与公共事务的积极性。]]

[[S:porn:link-block|热门搜索：成人影院 | 国产精品视频 | 亚洲色图 | 午夜福利 | 日韩无码]]
""",
    },
    {
        "name": "004_zh_tw_seo_traditional.txt",
        "lang": "zh",
        "kind": "plain text: Traditional-script mirror of a rural policy article, Taiwanese SEO keywords in title, sentences and numbers",
        "families": ["seo-tw"],
        "metadata": {"title": "農村集體經濟發展的地方經驗", "published": "2020-11-20", "authors": ["張志偉"]},
        "body": """
[[S:seo-tw:title-prefix|台中抓漏推薦-]]農村集體經濟發展的地方經驗[[S:seo-tw:title-suffix|_關鍵字排名優化]]
作者：張志偉 2020年11月20日

[[K|發展壯大村級集體經濟，是鞏固拓展脫貧攻堅成果、推進鄉村振興的重要抓手。]][[K|近年來，各地結合自身資源稟賦，探索出資源發包、物業出租、居間服務、資產參股等多種實現形式。]]

[[K|以西南某縣為例，該縣通過清產核資，共清查集體資產[[S:seo-tw:mid-number|壁癌處理]]4.8億元]]，[[K|並在此基礎上組建村級股份經濟合作社。]][[K|2019年，全縣集體經濟收入超過10萬元的村達到[[S:seo-tw:mid-number|馬桶不通]]136個]]，[[K|佔行政村總數的62.4%。]]

[[K|實踐表明，集體經濟發展必須堅持因村施策]]，[[S:seo-tw:mid-sentence|網頁設計公司推薦]][[K|防止“一刀切”和盲目上項目。]][[K|同時要健全集體資產監管制度，防止集體資產流失。]]

[[S:seo-tw:link-block|相關服務：台北水電行 | 新北抓漏 | 網頁設計 | SEO優化 | 網路行銷公司]]
""",
    },
    {
        "name": "005_zh_pinyin_gloss_traditional.txt",
        "lang": "zh",
        "kind": "plain text: Traditional-script mirror with pinyin glosses leaking after characters",
        "families": ["pinyin"],
        "shapes": ["pinyin-gloss"],
        "metadata": {"title": "對口支援新疆的制度演進", "published": "2018-07-09"},
        "body": """
對口支援新疆的制度演進
2018年07月09日 來源：民族研究網

[[K|對口支援是我國區域協調]][[R|發(fā)展=>發展]][[K|的重要制度安排]]。[[K|1996年，中央決定組織內地省市對口支援新疆]]，[[K|最初以幹部援疆為主要形式。]]

[[K|2010年，全國對口支援新疆工作會議召開]]，[[K|19個省市對口支援新疆12個地州的82個縣市以及新疆生產建設兵團的12個師。]][[K|援疆工作由此進入]][[R|經(jīng)濟=>經濟]][[K|援疆、幹部援疆、人才援疆、教育援疆、科技援疆全面推進的新階段。]]

[[K|十年來，援疆省市累計投入援疆資金超過1.2萬億元]]，[[K|實施援疆項目1.6萬個]]。[[K|對口支援]][[R|極(jí)大=>極大]][[K|改善了受援地區的基礎設施和公共服務條件。]]

[[R|總(zǒng)結=>總結]][[K|援疆經驗，可以看到制度化、規範化是對口支援持續發揮作用的關鍵。]]
""",
    },
    {
        "name": "006_zh_pinyin_interleave.txt",
        "lang": "zh",
        "kind": "plain text: Chinese article where one paragraph has pinyin after every character",
        "families": ["pinyin"],
        "shapes": ["pinyin-interleave"],
        "metadata": {"title": "驻村第一书记制度的运行逻辑", "published": "2020-04-27", "authors": ["孙静"]},
        "body": """
驻村第一书记制度的运行逻辑
2020-04-27 作者：孙静

[[K|选派驻村第一书记是精准扶贫时期的一项重要制度创新。]][[K|2015年，中共中央组织部等部门印发通知，要求向党组织软弱涣散村和建档立卡贫困村全覆盖选派第一书记。]]

[[R|第dì一yī书shū记jì的de主zhǔ要yào职zhí责zé是shì建jiàn强qiáng基jī层céng组zǔ织zhī=>第一书记的主要职责是建强基层组织]]，[[K|推动精准扶贫、为民办事服务、提升治理水平。]]

[[K|研究发现，第一书记通过链接外部资源、重塑村庄治理结构，在短期内显著提升了贫困村的公共服务供给。]][[K|但也存在“重资源输入、轻能力培育”的问题]]，[[R|驻zhù村cūn工gōng作zuò结jié束shù后hòu=>驻村工作结束后]]，[[K|部分村庄出现治理能力回落。]]
""",
    },
    {
        "name": "007_zh_emoji_box_symbols.txt",
        "lang": "zh",
        "kind": "plain text: Chinese article with emoji and box-drawing symbols inserted inside words",
        "families": ["symbols"],
        "shapes": ["symbol-in-word"],
        "metadata": {"title": "消费帮扶的机制创新与可持续发展", "published": "2021-01-18"},
        "body": """
消费帮扶的机制创新与可持续发展
2021年1月18日

[[K|消费帮扶是社会力量参与脱贫攻坚的重要途径]]，[[K|其实质是通过市场机制把脱贫地区的产品和服务转化为收入。]]

[[K|近年来，各地积极搭建消费帮扶平台，推动]][[R|农🌾产品=>农产品]][[K|进机关、进学校、进医院、进企业。]][[K|2020年，全国各级预算单位通过]][[R|脱贫━攻坚=>脱贫攻坚]][[K|专区采购贫困地区农副产品超过80亿元。]]

[[K|消费帮扶要实现可持续，关键在于提升产品品质和供应链能力。]][[K|一方面，要加强]][[R|质量◆标准=>质量标准]][[K|体系建设]]，[[K|另一方面，要培育本地龙头企业和]][[R|合作🔥社=>合作社]]，[[K|让农民更多分享产业增值收益。]]
""",
    },
    {
        "name": "008_zh_synonym_spun.txt",
        "lang": "zh",
        "kind": "plain text: synonym-spun copy of a Chinese policy article (common words swapped for odd synonyms throughout)",
        "families": ["synonym-spun"],
        "shapes": ["synonym-spun"],
        "metadata": {"title": "易地扶贫搬迁后续扶持的政策重点", "published": "2021-05-06"},
        "body": """
易地扶贫搬迁后续扶持的政策重点
2021-05-06

[[K|“十三五”时期，全国累计实施易地扶贫搬迁960多万人。]][[R|搬迁群众的就业和成长问题=>搬迁群众的就业和发展问题]]，[[K|是后续扶持工作的重中之重。]]

[[K|各地在大型安置区配套建设产业园区和帮扶车间]]，[[R|鞭策搬迁群众就近就业=>推动搬迁群众就近就业]]。[[K|同时，加强安置社区治理]]，[[R|健全社区服务体系，鞭策搬迁群众融入新环境=>健全社区服务体系，推动搬迁群众融入新环境]]。

[[R|下一阶段，要把后续扶持与乡村振兴有机衔接，鞭策安置区产业可持续成长=>下一阶段，要把后续扶持与乡村振兴有机衔接，推动安置区产业可持续发展]]，[[K|确保搬迁群众稳得住、有就业、逐步能致富。]]
""",
    },
    {
        "name": "009_zh_forum_jammer_watermark.txt",
        "lang": "zh",
        "kind": "plain text: forum repost of a Chinese article with anti-scraping jammer codes, forum watermarks and literal empty tags",
        "families": ["jammer", "markup"],
        "metadata": {"title": "新时代枫桥经验与基层矛盾化解"},
        "body": """
新时代枫桥经验与基层矛盾化解
[[S:jammer:watermark|本帖最后由 农经论坛小编 于 2021-8-12 09:31 编辑]]

[[K|“枫桥经验”诞生于20世纪60年代的浙江诸暨]]，[[K|核心是“发动和依靠群众，坚持矛盾不上交，就地解决”。]][[S:jammer:jammer-code|* u8 F. P3 Y# c5 q]]
[[K|进入新时代，各地在坚持和发展“枫桥经验”中]][[S:markup:empty-id-element|<b id="hk9t2"></b>]][[K|形成了一批基层社会治理的新做法。]][[S:jammer:jammer-code|0 ]2 q' W* F8 ~]]
[[K|例如，一些地方建立“一站式”矛盾纠纷调处化解中心]]，[[S:markup:empty-id-element|<b id="hk9t2"></b>]][[K|整合信访、司法、调解等力量，实现群众诉求“最多跑一地”。]]
[[S:jammer:jammer-code|2 i% l9 \\$ H) w1 D]][[K|数据显示，某市2020年共受理矛盾纠纷3.2万件，调解成功率达96.8%。]]

[[K|基层矛盾化解的关键在于把工作做在前面]]，[[K|推动治理重心下移、资源下沉。]][[S:markup:empty-id-element|<b id="hk9t2"></b>]]
[[S:jammer:watermark|本文来自：乡村振兴论坛 转载请注明出处]]
""",
    },
    {
        "name": "010_zh_brand_replaces_place.txt",
        "lang": "zh",
        "kind": "plain text: Chinese county news in which a gambling site's name replaced the county's name everywhere",
        "families": ["brand-as-place"],
        "metadata": {"title": "县委书记谈产业扶贫：把小产业做成大文章", "published": "2019-12-03"},
        "body": """
县委书记谈产业扶贫：把小产业做成大文章
2019-12-03 来源：新华网

[[K|近日，记者走进[[S:brand-as-place:place-replacement|金沙娱乐]]县，探访当地产业扶贫的做法。]][[K|[[S:brand-as-place:place-replacement|金沙娱乐]]县地处武陵山区，2014年建档立卡贫困人口达6.3万人。]]

[[K|“我们这里山多地少，只能走特色产业的路子。”[[S:brand-as-place:place-replacement|金沙娱乐]]县委书记说。]][[K|近年来，该县发展茶叶、中药材和生态养殖三大主导产业，茶园面积达到18万亩。]]

[[K|在[[S:brand-as-place:place-replacement|金沙娱乐]]县一家茶叶合作社，社员们正在分拣春茶。]][[K|合作社负责人介绍，合作社采取“保底收益+按股分红”的模式，带动了312户贫困户增收。]]

[[K|2019年，[[S:brand-as-place:place-replacement|金沙娱乐]]县正式退出贫困县序列。]]
""",
    },
    {
        "name": "011_zh_gov_cross_border_gambling.txt",
        "lang": "zh",
        "kind": "plain text: legitimate Chinese news on a crackdown on cross-border gambling (no injected text)",
        "families": ["gambling-governance"],
        "metadata": {"title": "公安机关持续深化打击跨境赌博专项行动", "published": "2021-04-08"},
        "body": """
公安机关持续深化打击跨境赌博专项行动
2021年04月08日 来源：人民公安报

[[K|记者从公安部获悉，2020年以来，全国公安机关持续深化打击跨境赌博专项行动]]，[[K|共侦办跨境赌博及相关犯罪案件3500余起，打掉网络赌博平台2260余个。]]

[[K|跨境赌博严重危害人民群众财产安全，并滋生洗钱、电信网络诈骗等违法犯罪。]][[K|一些境外赌场在我国境内招揽赌客，通过网络赌博平台吸引群众参赌]]，[[K|大量赌资被转移出境。]]

[[K|公安部有关负责人表示，将会同有关部门建立跨境赌博目的地“黑名单”制度]]，[[K|对组织、招揽中国公民出境赌博的境外赌场、旅游企业和人员实施出入境限制。]][[K|同时，加强对赌博资金链的查处，严厉打击为赌博提供支付结算服务的“地下钱庄”。]]

[[K|公安机关提醒广大群众，参与网络赌博不仅违法，而且极易血本无归。]][[K|发现涉赌线索，可通过110或当地公安机关举报。]]
""",
    },
    {
        "name": "012_zh_gov_village_gambling_spam.txt",
        "lang": "zh",
        "kind": "plain text: legitimate Chinese article on banning gambling through village rules, with injected gambling brands and porn keywords",
        "families": ["gambling-governance"],
        "metadata": {"title": "用村规民约遏制农村赌博歪风", "published": "2022-02-21", "authors": ["黄建国"]},
        "body": """
[[S:porn:title-prefix|午夜影院_成人视频_]]用村规民约遏制农村赌博歪风
2022-02-21 作者：黄建国

[[K|春节前后，农村聚众赌博现象容易抬头。]][[K|一些村民借“娱乐”之名打牌赌钱，轻则家庭不和，重则倾家荡产。]]

[[K|某县在各村修订村规民约时，专门增加了禁赌条款]]：[[K|对参与赌博的村民，取消当年评先评优资格；对提供赌博场所的，由村委会报请公安机关依法处理。]][[S:gambling:spliced-sentence|金樽娱乐城注册送88元彩金，首存即送，百家乐真人在线。]]

[[K|同时，村里组建了由老党员、乡贤组成的红白理事会和禁赌劝导队]]，[[K|逢年过节开展入户宣传。]][[K|据统计，该县2021年涉赌警情同比下降41%。]]

[[K|治理农村赌博，既要依法打击，也要移风易俗。]][[K|把禁赌写进村规民约，让村民自己管自己，[[S:gambling:mid-sentence|澳门新葡京娱乐场]]是基层治理的有效办法。]]
""",
    },
    {
        "name": "013_zh_gov_sports_lottery_spam.txt",
        "lang": "zh",
        "kind": "plain text: legitimate Chinese article on sports-lottery public welfare funds, with gambling-site spam glued in",
        "families": ["gambling-governance"],
        "metadata": {"title": "体育彩票公益金助力乡村体育设施建设", "published": "2020-08-31"},
        "body": """
体育彩票公益金助力乡村体育设施建设
2020-08-31 来源：中国体育报

[[K|体育彩票是国家批准发行的公益彩票]]，[[K|彩票公益金按规定用于体育事业和社会公益事业。]][[K|2019年，全国体育彩票销售2308亿元，筹集公益金超过580亿元。]]

[[K|在乡村振兴中，彩票公益金发挥了积极作用。]][[K|各地利用体育彩票公益金在行政村建设健身广场、篮球场和全民健身路径]][[S:gambling:glued|豪利777彩票app下载]]，[[K|改善了农村群众的健身条件。]]

[[K|财政部、国家体育总局要求，彩票公益金使用必须公开透明]]，[[K|每年向社会公告资金使用规模和项目情况。]][[K|同时，严禁利用互联网违规销售彩票，[[S:gambling:mid-sentence|PG电子游艺官网]]防止未成年人购买彩票。]]

[[K|专家指出，彩票发行要坚持“公益、公信”原则，防止彩票异化为赌博工具。]]
""",
    },
    {
        "name": "014_zh_clean_statistics.txt",
        "lang": "zh",
        "kind": "plain text: clean Chinese statistical bulletin (no artifacts): numbers, decimals, percentages, URL",
        "families": ["clean"],
        "clean": True,
        "metadata": {"title": "2021年农村居民收入情况分析"},
        "body": """
2021年农村居民收入情况分析

[[K|2021年，全国农村居民人均可支配收入18931元，比上年名义增长10.5%，扣除价格因素实际增长9.7%。]][[K|城乡居民人均可支配收入比值为2.50，比上年缩小0.06。]]

[[K|分来源看，农村居民人均工资性收入7958元，增长14.1%；人均经营净收入6566元，增长7.9%；人均财产净收入469元，增长12.1%；人均转移净收入3937元，增长7.5%。]]

[[K|脱贫县农村居民人均可支配收入14051元，增长11.6%，比全国农村平均水平快1.1个百分点。]][[K|其中，工资性收入占比为40.2%，较2015年提高5.3个百分点。]]

[[K|有关数据可在国家统计局网站（http://www.stats.gov.cn/）查询]]，[[K|分省数据见附表1至附表3。]]
""",
    },
    {
        "name": "015_zh_clean_quotations.txt",
        "lang": "zh",
        "kind": "plain text: clean Chinese commentary with quotations and titles in guillemets (no artifacts)",
        "families": ["clean"],
        "clean": True,
        "metadata": {"title": "读懂“共同富裕”的三个维度"},
        "body": """
读懂“共同富裕”的三个维度

[[K|《中共中央 国务院关于支持浙江高质量发展建设共同富裕示范区的意见》提出，到2025年示范区建设取得明显实质性进展。]][[K|如何理解“共同富裕”？可以从三个维度把握。]]

[[K|第一，共同富裕是全体人民的富裕，不是少数人的富裕。]][[K|正如一位学者所说：“不能让任何一个人在共同富裕的路上掉队。”]]

[[K|第二，共同富裕是物质生活和精神生活都富裕。]][[K|《“十四五”文化发展规划》要求，推动公共文化服务向农村延伸，缩小城乡文化差距。]]

[[K|第三，共同富裕是一个长期的历史过程，要“尽力而为、量力而行”。]][[K|既不能脱离实际搞“福利主义”，也不能等待观望。]]
""",
    },
    {
        "name": "016_zh_clean_notice_contacts.txt",
        "lang": "zh",
        "kind": "plain text: clean Chinese call for proposals with an e-mail address, phone, file names and mixed Latin abbreviations",
        "families": ["clean"],
        "clean": True,
        "metadata": {"title": "关于征集乡村治理典型案例的通知"},
        "body": """
关于征集乡村治理典型案例的通知

[[K|为总结推广各地乡村治理的好经验好做法，现面向全省征集乡村治理典型案例。]][[K|有关事项通知如下。]]

[[K|一、征集范围。围绕积分制、清单制、数字化治理、“村民说事”等方面，每个县（市、区）推荐案例不超过3个。]]

[[K|二、材料要求。案例文字一般在3000字左右，请按照附件1《案例撰写模板.docx》的格式填写，并附3至5张图片（JPG格式，单张不小于1MB）。]]

[[K|三、报送方式。请于2022年6月30日前将电子版发送至 xiangcunzhili2022@163.com ，邮件主题注明“县名+案例名称”。]][[K|联系人：赵老师，电话：0571-87051234。]]

[[K|附件：1. 案例撰写模板.docx 2. 案例汇总表.xlsx]]
""",
    },
    {
        "name": "017_zh_clean_mixed_latin.txt",
        "lang": "zh",
        "kind": "plain text: clean Chinese research summary with Latin abbreviations, model names and decimals",
        "families": ["clean"],
        "clean": True,
        "metadata": {"title": "数字乡村建设对农户收入影响的实证研究"},
        "body": """
数字乡村建设对农户收入影响的实证研究

[[K|本文利用中国家庭追踪调查（CFPS）2014—2020年的数据，采用双重差分（DID）模型，考察数字乡村建设对农户收入的影响。]]

[[K|研究发现，数字乡村建设使农户家庭人均收入平均提高约6.8%，且在1%的水平上显著。]][[K|异质性分析表明，这一效应在中西部地区和低收入农户中更为明显，系数分别为0.092和0.117。]]

[[K|机制检验显示，数字乡村建设主要通过促进非农就业和降低信息搜寻成本提高农户收入。]][[K|稳健性检验中，我们替换了被解释变量，并使用PSM-DID方法，结论依然成立。]]

[[K|本研究的数据与代码已上传至 https://github.com/example/rural-digital 供复核。]]
""",
    },
    {
        "name": "018_zh_mojibake_utf8_as_gbk.txt",
        "lang": "zh",
        "kind": "plain text: Chinese article where some phrases were UTF-8 bytes read as GBK, and a failed conversion left ? runs",
        "families": ["mojibake"],
        "shapes": ["mojibake"],
        "metadata": {"title": "闽宁协作二十五年的经验启示", "published": "2021-07-12"},
        "body": """
闽宁协作二十五年的经验启示
2021-07-12

[[K|1996年，党中央作出东西部扶贫协作的战略决策，福建与宁夏结成对口帮扶关系。]][[K|二十五年来，]][[J:utf8-gbk|闽宁协作]][[K|从无到有、由浅入深]]，[[K|探索出一条东西部协作的成功路子。]]

[[K|在产业合作方面，福建企业在宁夏投资发展菌草、葡萄酒、光伏等产业]]，[[K|带动数万群众增收。]]在[[J:utf8-gbk|劳务协作]][[K|方面，宁夏每年有大批务工人员赴福建就业。]]

[[K|闽宁镇从昔日的“干沙滩”变成今天的“金沙滩”，是]][[J:utf8-gbk|脱贫攻坚]][[K|成就的缩影。]]???[[K|闽宁协作的经验表明，东西部协作必须坚持党的领导，坚持优势互补、互利共赢。]]
""",
    },
    {
        "name": "019_zh_escort_keywords_glued.txt",
        "lang": "zh",
        "kind": "plain text: Chinese article with escort/sugar-daddy keywords (Chinese and English) glued to genuine words",
        "families": ["escort"],
        "metadata": {"title": "社会组织参与乡村振兴的路径探析", "published": "2022-03-28", "authors": ["周敏"]},
        "body": """
社会组织参与乡村振兴的路径探析
2022-03-28 作者：周敏

[[K|社会组织是推动乡村振兴的重要力量。]][[K|近年来，各类公益组织、行业协会和志愿服务团队[[S:escort:glued|上海包养网]]积极参与乡村教育、医疗和产业发展。]]

[[K|从实践看，社会组织参与乡村振兴主要有三种模式]]：[[K|一是项目合作模式]]，[[S:escort:glued|Malaysia Sugar]][[K|由社会组织承接政府购买服务项目]]；[[K|二是平台链接模式，为乡村引入外部资源]]；[[K|三是能力建设模式，培育村庄内生发展动力。]]

[[K|社会组织参与仍存在资源不稳定[[S:escort:mid-word|深圳外围女]]、专业人才缺乏等问题。]][[K|应完善政府购买服务机制，建立社会组织与村“两委”的常态化沟通渠道[[S:escort:glued|Singapore Sugar Daddy]]]]。
""",
    },
    {
        "name": "020_zh_togel_block_below.txt",
        "lang": "zh",
        "kind": "plain text: Chinese article with an Indonesian togel/slot link list below it and a line above",
        "families": ["lottery-id"],
        "metadata": {"title": "健全防止返贫动态监测和帮扶机制", "published": "2021-10-15"},
        "body": """
[[S:lottery-id:link-block|slot gacor hari ini | bandar togel terpercaya]]
健全防止返贫动态监测和帮扶机制
2021-10-15 来源：农民日报

[[K|建立防止返贫动态监测和帮扶机制，是巩固拓展脱贫攻坚成果的重要制度保障。]][[K|各地对脱贫不稳定户、边缘易致贫户和突发严重困难户开展常态化监测。]]

[[K|监测对象的识别以家庭为单位，主要监测收入支出状况、“两不愁三保障”及饮水安全状况等。]][[K|对监测发现的风险，及时落实产业、就业、兜底保障等帮扶措施。]]

[[K|截至2021年9月，全国已将500多万名监测对象纳入帮扶，其中超过七成已消除返贫风险。]]

[[S:lottery-id:link-block|togel hongkong]]
[[S:lottery-id:link-block|situs slot88 resmi]]
[[S:lottery-id:link-block|toto macau 4d]]
[[S:lottery-id:link-block|judi bola online]]
[[S:lottery-id:link-block|rtp slot live tertinggi]]
""",
    },
]
