"""Development set 4: Chinese plain-text documents (invented for this set)."""

DOCS = [
    {
        "name": "zh4_hezhang_zhi.txt",
        "lang": "zh",
        "kind": "plain text: river chief system article whose county name is replaced everywhere (title too) by a gambling brand with 县 suffix; brand glued inside clauses",
        "metadata": {"title": "澄渠县河长制五年：从“有名”到“有实”", "published": "2023-04-11", "authors": ["韦启明"], "source": "澄渠融媒"},
        "body": r"""
[[S:brand-as-place:place-replacement|博盈汇]]县河长制五年：从“有名”到“有实”
来源：澄渠融媒　作者：韦启明　2023-04-11
　　[[K|2018年，[[S:brand-as-place:place-replacement|博盈汇]]县全面推行河长制]]，[[K|县、乡、村三级共设立河长412名]]，[[K|实现全县87条河流、36座水库河长全覆盖]]。
　　[[K|五年来，[[S:brand-as-place:place-replacement|博盈汇]]县累计清理河道垃圾2.3万吨]]，[[K|拆除违建养殖棚舍640处]]。[[K|县河长办负责人说，过去河长“挂名不管事”]]，[[K|现在每月巡河记录要上传到智慧河湖平台]]。
　　[[K|在[[S:brand-as-place:place-replacement|博盈汇]]县石溪镇]]，[[K|村级河长由村支书担任]]，[[K|另聘请保洁员和护河志愿者]]。[[K|“发现问题拍照上传，乡里两天内必须回复。”]]
　　[[K|下一步，县里将探索“河长+检察长”协作机制]]，[[K|把河湖执法与公益诉讼衔接起来]]。
[[B|责任编辑：潘晓]]
""",
    },
    {
        "name": "zh4_yanglao_fuwu.txt",
        "lang": "zh",
        "kind": "plain text: old-age care article with a wuxia-novel sentence and a machine-generated filler sentence spliced into paragraphs, escort keyword mid-sentence, porn title prefix",
        "metadata": {"title": "社区嵌入式养老服务的探索与困境", "published": "2022-10-19", "authors": ["蒋雯", "柏林"]},
        "body": r"""
[[S:porn:title-prefix|亚洲无码专区,夜色直播,深夜福利|]]社区嵌入式养老服务的探索与困境
作者：蒋雯　柏林　　发布时间：2022年10月19日
　　[[K|我国60岁及以上人口已超过2.6亿]]，[[K|九成以上老年人选择居家养老]]。[[K|社区嵌入式养老服务把日间照料、助餐、康复护理]][[S:escort:mid-sentence|汉陵外围模特上门]][[K|送到老人家门口]]。
　　[[K|在南湾区，街道利用闲置办公用房改建了14个养老服务站]]。[[S:filler:spliced-sentence|只见那青衣剑客足尖一点，身形已掠过三丈高的城墙，袖中寒光一闪便没入夜色之中。]][[K|每个服务站平均服务半径约1公里]]，[[K|老人步行十五分钟即可到达]]。
　　[[K|但调查也发现，部分服务站“建而不用”]]。[[K|护理员月薪普遍在3500元左右]]，[[K|流失率较高]]。[[S:filler:spliced-sentence|综上所述，优质的生活体验离不开高质量的发展理念，高质量的发展理念又推动着更加优质的生活体验不断涌现。]][[K|有的站点只在检查时开门]]。
　　[[K|受访专家建议，应将护理员纳入职业技能提升补贴范围]]，[[K|并按服务人次而非床位数给予运营补贴]]。
""",
    },
    {
        "name": "zh4_gongjijin.txt",
        "lang": "zh",
        "kind": "plain text: housing provident fund article with Taiwanese SEO keywords inside a number and glued to a sentence, a gambling brand glued with no keyword, symbols inside words",
        "metadata": {"title": "灵活就业人员缴存住房公积金试点扩围", "published": "2024-01-08", "authors": ["陶一帆"], "editor": "骆晴"},
        "body": r"""
灵活就业人员缴存住房公积金试点扩围
作者：陶一帆　编辑：骆晴　2024年1月8日
　　[[K|住房公积金制度建立三十多年来，主要覆盖城镇单位职工]]。[[K|近年来，一些城市开始允许灵活就业人员自愿缴存]]。
　　[[K|截至2023年底，试点城市已有灵活就业缴存人员1[[S:seo-tw:mid-number|新竹通馬桶推薦]]2.7万人]]，[[K|累计缴存金额9.4亿元]]。[[K|缴存人连续缴存满6个月]][[S:gambling:glued|汇鼎88]][[K|即可申请公积金贷款]]。
　　[[K|平台骑手李师傅说，他每月自己缴存800元]]，[[K|“以后买房贷款利率能低[[S:symbols:symbol-in-word|♠]]一点”]]。[[K|试点城市还推出了“按月缴、按年缴、灵活缴”三种方式]][[S:seo-tw:glued|台北搬家公司推薦價格透明]]。
　　[[K|业内人士指出，扩大覆盖面的同时也要防范资金风[[S:symbols:symbol-in-word|✪]]险]]，[[K|完善缴存、提取和贷款的联动管理]]。
""",
    },
    {
        "name": "zh4_liangshi_anquan.txt",
        "lang": "zh",
        "kind": "plain text: grain security article copied from a forum: jammer codes at line starts and ends, forum watermark, literal empty tags with one id left in the text",
        "metadata": {"title": "守住耕地红线 端稳中国饭碗", "published": "2023-07-02", "authors": ["祁向东"]},
        "body": r"""
守住耕地红线 端稳中国饭碗
祁向东　2023-07-02
[[S:jammer:jammer-code|bR7kQ2]][[K|粮食安全是“国之大者”]]。[[K|2022年全国粮食总产量达到13731亿斤]]，[[K|连续8年稳定在1.3万亿斤以上]]。[[S:jammer:jammer-code|5T9xmW]]
[[K|但耕地“非农化”“非粮化”问题在一些地方仍然存在]]。[[S:markup:empty-id-element|<b id="q7zx1"></b>]][[K|部分地区把永久基本农田用于挖塘养鱼、种植苗木]]。[[S:jammer:jammer-code|u3Ph8c]]
[[S:jammer:jammer-code|Yd04Lf]][[K|各地正推行田长制]]，[[K|由县乡村三级田长分片负责耕地保护]]。[[S:markup:empty-id-element|<b id="q7zx1"></b>]][[K|卫星遥感图斑每季度下发一次]]，[[K|发现问题限期整改]]。
[[S:jammer:watermark|本帖最后由 田园老王 于 2023-7-3 09:14 编辑]]
[[K|高标准农田建设也在加速]]，[[K|到2030年要累计建成12亿亩]]。[[S:jammer:jammer-code|a6Nw2V]]
""",
    },
    {
        "name": "zh4_shuzi_zhengfu.txt",
        "lang": "zh",
        "kind": "plain text: digital government article with a Latin gambling brand replacing the city name (no suffix) and glued app-download keywords, a mid-word insertion, a product blurb spliced in",
        "metadata": {"title": "“一网通办”在Vixora的三年实践", "published": "2022-12-05", "authors": ["龙泽宇"]},
        "body": r"""
“一网通办”在[[S:brand-as-place:place-replacement|Vixora]]的三年实践
龙泽宇　2022年12月5日
　　[[K|2019年起，[[S:brand-as-place:place-replacement|Vixora]]整合了42个部门的审批系统]]，[[K|推出“一网通办”政务服务平台]]。[[K|目前，1460项政务服务事项已实现网上可办]]。
　　[[K|企业开办时间从原来的[[S:gambling:glued|Vixora娱乐app下载]]15个工作日压缩到1个工作日]]。[[K|不动产登记实现“一窗受理、并联办理”]]，[[K|办理时限缩短到3个工作日]]。
　　[[K|[[S:brand-as-place:place-replacement|Vixora]]还在街道和村社区布设自助终端580台]]。[[S:filler:spliced-sentence|这款蓝牙耳机采用人体工学设计，佩戴舒适，续航长达48小时，是通勤出行的理想之选。]][[K|老年人可在工作人员帮助下办理社保认证]]、[[K|医保报销等高频事项]]。
　　[[K|数据共享仍是难点]]。[[K|市数据局负责人坦言，部分部门“数据不愿给、给了不全[[S:gambling:mid-word|天际娱乐]]、更新不及时”]]。
""",
    },
    {
        "name": "zh4_fandu_zhuanxiang.txt",
        "lang": "zh",
        "kind": "plain text: legitimate anti-gambling campaign article (赌博 words are genuine) that also carries an injected gambling link list and a plain brand word",
        "families": ["gambling-governance"],
        "metadata": {"title": "江淮省公安机关开展跨境赌博专项打击", "published": "2023-09-14", "authors": ["钱牧"], "source": "江淮法治报"},
        "body": r"""
江淮省公安机关开展跨境赌博专项打击
来源：江淮法治报　记者 钱牧　2023年9月14日
　　[[K|今年以来，江淮省公安机关共侦破跨境赌博案件213起]]，[[K|打掉赌博团伙47个]]，[[K|冻结涉赌资金3.1亿元]]。
　　[[K|警方介绍，境外赌博网站通过短视频平台引流]]，[[K|以“刷单返利”“彩票计划”为名诱骗群众注册]]。[[K|一些人从小额投注开始，最终欠下巨额债务]][[S:gambling:glued|金鲨湾]]。
　　[[K|专项行动还将整治网络赌博支付通道]]，[[K|对为赌博平台提供“跑分”服务的人员依法追究刑事责任]]。[[K|公安机关提醒，参与网络赌博不仅违法]]，[[K|个人信息也可能被泄露]]。
　　[[K|群众发现涉赌线索，可拨打110举报]]。
[[S:gambling:link-block|金鲨湾官网入口 | 金鲨湾真人视讯 | 星悦体育在线投注 | 星悦体育APP]]
""",
    },
    {
        "name": "zh4_xiancheng_yiyuan.txt",
        "lang": "zh",
        "kind": "plain text (clean): county hospital reform article with no spam",
        "clean": True,
        "metadata": {"title": "县域医共体改革让群众少跑路", "published": "2023-03-27", "authors": ["贺文岚"]},
        "body": r"""
县域医共体改革让群众少跑路
贺文岚　2023年3月27日
　　[[K|县域医共体以县级医院为龙头]]，[[K|整合乡镇卫生院和村卫生室]]，[[K|实行人员、财务、业务统一管理]]。
　　[[K|在西岭县，医共体成立后县医院向乡镇派驻医生61名]]，[[K|乡镇卫生院能开展的手术从12种增加到39种]]。[[K|县域内就诊率从78%提高到91%]]。
　　[[K|医保基金实行“总额付费、结余留用”]]，[[K|医共体有了控制费用的内在动力]]。[[K|但也有医生反映，考核指标过多，基层负担加重]]。
　　[[K|专家建议，应简化考核，把群众满意度作为核心指标]]。
""",
    },
    {
        "name": "zh4_zhiye_jiaoyu.txt",
        "lang": "zh",
        "kind": "plain text (clean): vocational education article with no spam",
        "clean": True,
        "metadata": {"title": "产教融合让职校毕业生“一出校门就上岗”", "published": "2024-02-20", "authors": ["杭越", "冯子谦"]},
        "body": r"""
产教融合让职校毕业生“一出校门就上岗”
作者：杭越　冯子谦　　2024-02-20
　　[[K|职业教育与产业需求脱节，是长期困扰职业院校的问题]]。[[K|近年来，一些地方推行“订单班”和现代学徒制]]。
　　[[K|在临溪职业技术学院，企业工程师每周到校授课两天]]，[[K|学生三年级进入企业顶岗实习]]。[[K|2023届毕业生对口就业率达到86%]]。
　　[[K|不过，中小企业参与积极性不高]]，[[K|担心培养的学生毕业后跳槽]]。[[K|有的地方对接收实习生的企业给予税费减免]]。
""",
    },
    {
        "name": "zh4_tanfeng_fanti.txt",
        "lang": "zh",
        "kind": "plain text (Traditional script mirror): carbon peaking article with Taiwanese SEO keywords as title suffix and mid-sentence, a romance-novel sentence with no obvious fiction cue words spliced in, sugar-daddy keyword glued",
        "metadata": {"title": "碳達峰行動中的工業節能改造", "published": "2022-06-30", "authors": ["嚴靜"]},
        "body": r"""
碳達峰行動中的工業節能改造[[S:seo-tw:title-suffix|｜桃園冷氣安裝推薦]]
嚴靜　2022年6月30日
　　[[K|工業是碳排放的主要來源之一]]。[[K|按照碳達峰行動方案，到2025年規模以上工業單位增加值能耗要比2020年下降13.5%]]。
　　[[K|在鋼鐵、水泥、化工等重點行業]]，[[K|企業正在推進餘熱回收、電機能效提升等改造]][[S:seo-tw:mid-sentence|高雄清潔公司到府服務]][[K|一家水泥企業改造後每噸熟料能耗下降了8公斤標準煤]]。
　　[[S:filler:spliced-sentence|她站在窗前，看著雨水沿著玻璃緩緩滑落，想起那年夏天他說過的話，心裡忽然空了一塊。]][[K|節能改造的資金主要來自企業自籌和綠色信貸]]。[[K|中小企業融資難的問題仍然突出]][[S:escort:glued|台中包養網]]。
　　[[K|業內人士建議，擴大碳減排支持工具的覆蓋範圍]]，[[K|並完善合同能源管理模式]]。
""",
    },
]
