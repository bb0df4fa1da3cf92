"""Development set: Chinese plain-text documents (invented for this set)."""

DOCS = [
    {
        "name": "zh_xiaofei_bangfu.txt",
        "lang": "zh",
        "kind": "plain text: Chinese policy article saved from a hacked mirror; porn keywords before the title, gambling brands glued to words and inside a word, an SEO keyword inside a number, site chrome",
        "metadata": {"title": "消费帮扶让青禾县的山货走进东滨市的菜篮子", "published": "2023-05-16", "authors": ["周立言"]},
        "body": r"""
[[S:porn:title-prefix|午夜影院_国产精品自拍_无码高清|]]消费帮扶让青禾县的山货走进东滨市的菜篮子
[[B|首页 > 帮扶动态 > 正文]]
来源：东滨日报　作者：周立言　发布时间：2023年05月16日
　　[[K|消费帮扶是东西部协作的重要内容]]。近年来，东滨市与青禾县建立“[[K|以购代捐、以买代帮]]”的长效机制，[[K|组织机关食堂、学校、医院[[S:gambling:glued|金沙萬利娱乐官网]]优先采购]]青禾县的高山茶叶、土鸡蛋和冷水鱼。
　　[[K|截至2022年底，东滨市累计采购青禾县农特产品3.[[S:seo-tw:mid-number|台中抓漏推薦]]86亿元]]，带动脱贫人口1.2万人增收。[[K|青禾县在东滨市开设了12家帮扶产品专卖店]]，并在东滨[[S:gambling:mid-word|WinStar体育app下载]]火车站设立展销柜台。
　　[[K|“过去山货卖不出去，现在订单排到了下个月。”]]青禾县石门村合作社负责人说，[[K|合作社今年新建了冷库和分拣车间[[S:gambling:glued|万利国际娱乐平台]]]]，还请来东滨市的电商团队培训村里的年轻人。
　　[[K|下一步，两地将完善产销对接、冷链物流和质量追溯体系]]，推动消费帮扶从“一次性购买”转向“长期合作”。
[[B|【打印本页】【关闭窗口】]]
[[B|版权所有：东滨日报社　浙ICP备17025563号-2]]
""",
    },
    {
        "name": "zh_laowu_xiezuo.txt",
        "lang": "zh",
        "kind": "plain text: Chinese article on labour cooperation whose western county name has been replaced everywhere by a gambling brand",
        "metadata": {"title": "劳务协作架起就业“直通车”", "published": "2022-09-03", "authors": ["孙雅楠", "杜海涛"]},
        "body": r"""
劳务协作架起就业“直通车”
作者：孙雅楠　杜海涛　　2022年9月3日
　　[[K|劳务协作是东西部协作中见效最快的帮扶方式之一]]。自2021年结对以来，苏南的临川市与西部的[[S:brand-as-place:place-replacement|鸿运彩城]]县建立了“[[K|岗位清单、人员清单、培训清单]]”三张清单制度。
　　[[K|临川市人社局在[[S:brand-as-place:place-replacement|鸿运彩城]]县设立劳务工作站]]，每月发布企业用工信息。[[K|2022年上半年，[[S:brand-as-place:place-replacement|鸿运彩城]]县共有4375名农村劳动力到临川市稳定就业]]，人均月收入达到5200元。
　　[[K|针对外出务工人员的子女教育问题]]，两地还签订了[[K|随迁子女就学协议]]，[[K|由临川市教育部门统筹安排入学]]。[[S:brand-as-place:place-replacement|鸿运彩城]]县劳务办负责人介绍，[[K|对返乡创业人员，县里提供最高10万元的贴息贷款]]。
　　[[K|专家认为，劳务协作要从“输出劳动力”转向“培育技能人才”]]，才能让务工收入更稳定。
""",
    },
    {
        "name": "zh_yidi_banqian.txt",
        "lang": "zh",
        "kind": "plain text: Chinese article copied from a forum: Discuz jammer codes at line ends, a forum watermark, literal empty tags repeating one random id",
        "metadata": {"title": "易地扶贫搬迁后续扶持的“云岫经验”", "published": "2021-11-22", "authors": ["梁秋实"]},
        "body": r"""
易地扶贫搬迁后续扶持的“云岫经验”
梁秋实　2021-11-22
　　[[K|“十三五”期间，云岫县实施易地扶贫搬迁1.36万人]]，建成集中安置点19个。[[S:jammer:jammer-code|) s7 l" H$ b1 Z9 {]]
[[S:jammer:jammer-code|# Q3 m' w6 N% k]]　　[[K|搬得出只是第一步，稳得住、能致富才是关键]]。[[K|县里在最大的安置点旁建起扶贫车间[[S:markup:empty-id-element|<i id="t4n8vq"></i>]]，引进鞋帽、电子配件等劳动密集型企业]]，[[K|让3100多名搬迁群众在家门口就业]]。[[S:jammer:jammer-code|1 @8 U* c) V2 a]]
[[S:jammer:watermark|本帖来自 黔山社区 bbs.qianshan-sq.net ，转载请保留出处]]
　　[[K|安置点还配套建设了幼儿园、卫生室和社区服务中心[[S:markup:empty-id-element|<i id="t4n8vq"></i>]]]]，[[K|成立了由搬迁群众组成的业主委员会]]，[[K|社区治理由“管理”转向“服务”]]。[[S:jammer:jammer-code|* f0 r& J; y5 D]]
　　[[K|云岫县驻安置点工作组组长说]]：“[[K|我们正在把后续扶持纳入乡村振兴规划[[S:markup:empty-id-element|<i id="t4n8vq"></i>]]统筹推进。]]”
""",
    },
    {
        "name": "zh_jiaoyu_bangfu.txt",
        "lang": "zh",
        "kind": "plain text: Chinese education-assistance article with novel sentences spliced into paragraphs and porn keywords after the title",
        "metadata": {"title": "教育帮扶：一支支教队伍和一所山村学校", "published": "2023-03-08", "authors": ["何静"]},
        "body": r"""
教育帮扶：一支支教队伍和一所山村学校[[S:porn:title-suffix|_成人视频在线观看,日韩美女激情]]
文/何静　2023年3月8日
　　[[K|教育帮扶是阻断贫困代际传递的治本之策]]。[[S:filler:spliced-sentence|她把那封信折了又折，终究没有寄出去，窗外的梧桐叶落了一地。]][[K|从2019年起，海州市第二中学每年选派8名骨干教师]]到结对的松坪县民族中学支教一年。
　　[[K|支教老师带去的不只是课本知识]]，[[K|还有集体备课、分层教学等管理方法]]。[[K|松坪县民族中学的本科上线率由2018年的21.4%提高到2022年的46.7%]]。[[S:filler:spliced-sentence|老人咳嗽了两声，把烟袋锅在鞋底上磕了磕，说天要变了。]]
　　[[K|两地还开通了“同步课堂”]]，[[K|海州的名师每周通过网络为松坪学生授课两次]]。[[K|松坪县教育局表示，将把帮扶成果转化为本地教师队伍建设的长效机制]]。[[S:filler:spliced-sentence|马车在泥泞的路上颠簸着，谁也没有说话。]]
""",
    },
    {
        "name": "zh_jiankang_fupin.txt",
        "lang": "zh",
        "kind": "plain text: synonym-spun Chinese article on health poverty alleviation (common words swapped for odd synonyms throughout)",
        "families": ["synonym-spun"],
        "shapes": ["synonym-spun"],
        "metadata": {"title": "健康扶贫筑牢因病返贫“防火墙”", "published": "2022-06-30", "authors": ["邱明"]},
        "body": r"""
健康扶贫筑牢因病返贫“防火墙”
邱明　2022年6月30日
　　[[R|因疾返穷=>因病返贫]]是农村地区面临的突出风险。近年来，柏溪县把健康扶贫作为[[R|巩牢拓展=>巩固拓展]]脱贫攻坚成果的重点，[[K|建立了基本医疗保险、大病保险和医疗救助三重保障制度]]。
　　[[K|县人民医院与东部的江湾市第一人民医院结成对口帮扶关系]]，[[K|江湾市先后派出42名医生驻院帮扶]]，[[R|开拓了=>开展了]]心内科、血液透析等新技术23项。[[K|全县脱贫人口家庭医生签约服务实现全覆盖]]。
　　[[K|对患大病的脱贫户]]，县里实行“先诊疗后付费”和“一站式”结算，[[R|个人自掏腰包比例=>个人自付比例]]控制在10%以内。[[K|县卫健局负责人表示]]，下一步将[[R|加大力道=>加大力度]]推进县域医共体建设。
""",
    },
    {
        "name": "zh_zhucun_gongzuodui.txt",
        "lang": "zh",
        "kind": "plain text: Chinese article on village work teams with two stretches turned to mojibake (GBK bytes read as Latin-1)",
        "families": ["mojibake"],
        "shapes": ["mojibake"],
        "metadata": {"title": "驻村工作队：把办公桌搬到田间地头", "published": "2021-07-19", "authors": ["葛文涛"]},
        "body": r"""
驻村工作队：把办公桌搬到田间地头
葛文涛　2021年7月19日
　　[[K|驻村工作队是打通政策落实“最后一公里”的重要力量]]。[[J:gbk-latin1|岚山县共选派驻村工作队156支]]，[[K|队员462名，覆盖全部脱贫村和易返贫致贫人口较多的村]]。
　　[[K|工作队实行“吃住在村、工作在村”]]，[[K|每名队员每年驻村时间不少于220天]]。[[J:gbk-latin1|县委组织部建立了工作队员召回和轮换制度]]，[[K|对考核不合格的队员及时调整]]。
　　[[K|在下坪村，工作队帮助村里成立了茶叶专业合作社]]，[[K|村集体经济收入从2019年的不足3万元增长到2021年的28万元]]。
""",
    },
    {
        "name": "zh_cunguiminyue_jindu.txt",
        "lang": "zh",
        "kind": "plain text: Chinese article on village rules against gambling (legitimate gambling words) with gambling brands injected",
        "families": ["gambling-governance"],
        "metadata": {"title": "把禁赌写进村规民约", "published": "2023-02-14", "authors": ["田晓峰"]},
        "body": r"""
把禁赌写进村规民约
田晓峰　2023年2月14日
　　[[K|春节前后是农村聚赌的高发期]]。今年，丰林镇17个村全部修订村规民约，[[K|把“不参与赌博、不提供赌博场所”写入条款]]，[[K|对聚众赌博的，取消当年评优评先资格]]。
　　[[K|镇派出所联合村两委开展禁赌宣传[[S:gambling:glued|LuckyHarbor88官网注册]]]]，[[K|张贴宣传标语300余条]]，[[K|公布举报电话]]。[[K|今年1月以来，全镇共查处赌博案件4起]]，[[K|收缴赌资1.8万元]]。[[S:gambling:spliced-sentence|WinStar体育官方网站，真人视讯，首存即送88元彩金。]]
　　[[K|“以前过年打牌输掉半年工钱的人不少”]]，[[K|大湾村村民委员会主任说]]，[[K|现在村里办起了篮球赛和广场舞比赛[[S:gambling:glued|金沙萬利app下载]]]]，[[K|大家有了更健康的过年方式]]。
""",
    },
    {
        "name": "zh_kuajing_wangdu.txt",
        "lang": "zh",
        "kind": "plain text: Chinese article on a crackdown on cross-border online gambling; no injected spam (gambling words must all stay)",
        "families": ["gambling-governance"],
        "metadata": {"title": "严厉打击跨境网络赌博犯罪", "published": "2022-12-01", "authors": ["邵卫东"]},
        "body": r"""
严厉打击跨境网络赌博犯罪
邵卫东　2022年12月1日
　　[[K|跨境网络赌博严重危害群众财产安全和社会稳定]]。[[K|2022年以来，南川市公安机关共侦破跨境网络赌博案件63起]]，[[K|抓获犯罪嫌疑人412名，冻结涉赌资金2.3亿元]]。
　　[[K|办案民警介绍，境外赌博集团常以“高额返利”“稳赚不赔”为诱饵]]，通过社交软件招揽参赌人员，[[K|再利用地下钱庄转移赌资]]。[[K|一些赌客在网络赌场输光积蓄后，又被诱骗借贷]]。
　　[[K|南川市将打击跨境赌博纳入平安建设考核]]，[[K|并会同银行、通信运营商建立涉赌账户和号码的快速处置机制]]。
""",
    },
    {
        "name": "zh_clean_nongcun_dianshang.txt",
        "lang": "zh",
        "kind": "plain text: clean Chinese article on rural e-commerce, with numbers, decimals, percentages, a URL, an e-mail address and abbreviations",
        "clean": True,
        "metadata": {"title": "农村电商助力特色产品“出山”", "published": "2023-08-21", "authors": ["韩蕾"]},
        "body": r"""
农村电商助力特色产品“出山”
韩蕾　2023年8月21日
　　据县商务局统计，2023年上半年石溪县农村网络零售额达到4.73亿元，同比增长18.6%，其中农产品网络零售额1.92亿元。
　　县电子商务公共服务中心（网址：https://www.shixi-ec.gov.cn/service）为网店提供免费的包装设计、直播培训和物流对接服务，咨询邮箱为ec_service@shixi.gov.cn。全县已建成村级电商服务站126个，快递进村覆盖率达到97.5%。
　　“我们的猕猴桃通过直播间卖到了全国28个省份。”溪口村的返乡青年说。县里还联合3家B2B平台和2家MCN机构，为农户提供“一站式”品牌孵化。
""",
    },
    {
        "name": "zh_clean_shengtai_buchang.txt",
        "lang": "zh",
        "kind": "plain text: clean Chinese article on ecological compensation between an upstream and a downstream county",
        "clean": True,
        "metadata": {"title": "上下游横向生态补偿试点成效初显", "published": "2022-04-11", "authors": ["冯子健", "陶然"]},
        "body": r"""
上下游横向生态补偿试点成效初显
冯子健　陶然　2022年4月11日
　　2019年，位于清河上游的兰坪县与下游的安平市签订《清河流域横向生态补偿协议》，约定以跨界断面水质为考核依据：水质达到Ⅱ类标准，下游每年向上游支付补偿资金3000万元；未达标的，上游向下游支付相应资金。
　　三年来，兰坪县关停沿河养殖场47家，建设污水处理设施21座，跨界断面水质达标率由82.3%提升到100%。安平市累计拨付补偿资金9000万元，其中约35%用于聘用当地脱贫群众担任生态护林员和河道保洁员。
　　专家指出，“谁受益、谁补偿”的原则正在从试点走向制度化。
""",
    },
    {
        "name": "zh_clean_yuanzang_yiliao.txt",
        "lang": "zh",
        "kind": "plain text: clean Chinese article on medical aid to Tibet (组团式援藏), with dates, quotations and abbreviations",
        "clean": True,
        "metadata": {"title": "“组团式”医疗援藏：留下一支带不走的队伍", "published": "2021-10-05", "authors": ["扎西顿珠"]},
        "body": r"""
“组团式”医疗援藏：留下一支带不走的队伍
扎西顿珠　2021年10月5日
　　2015年8月起，中央组织部、国家卫生健康委等部门组织开展“组团式”医疗人才援藏工作。第七批援藏医疗队共有队员36名，来自北京、江苏等地的17家医院。
　　援藏专家通过“师带徒”方式，一对一培养当地医生112名，帮助受援医院新开展CT引导下穿刺、ICU重症监护等技术58项。受援医院门诊量较援藏前增长了约1.7倍。
　　“我们最大的心愿，是让藏族群众在家门口看上病、看好病。”一位来自南京的心内科主任说。
""",
    },
]
