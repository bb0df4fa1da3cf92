"""Held-out set 2: Chinese plain-text documents (Simplified, one Traditional mirror), invented for this set."""

DOCS = [
    {
        "name": "zh_hezhangzhi_yuanxi.txt",
        "lang": "zh",
        "kind": "plain text: river chief system article from a hacked county site; porn keywords joined by | before the title, gambling brands glued to words, an escort keyword glued inside a sentence, an SEO keyword inside a number, site chrome",
        "metadata": {"title": "沅溪县推行河长制五年：从“有名”到“有实”", "published": "2023-04-19", "authors": ["覃立新"], "source": "沅溪县融媒体中心", "editor": "黄珊"},
        "body": r"""
[[S:porn:title-prefix|久久热精品视频|一本到在线观看|亚洲综合色网|]]沅溪县推行河长制五年：从“有名”到“有实”
[[B|当前位置：首页 > 生态环保 > 正文]]
来源：沅溪县融媒体中心　作者：覃立新　发布时间：2023-04-19 09:12　[[B|浏览次数：2381]]
　　[[K|2018年，沅溪县全面建立县、乡、村三级河长体系]]，[[K|共设立河长412名]]，[[K|覆盖境内大小河流67条、水库31座]]。[[K|五年来，河长制从“挂名”逐步走向“履职”]]，[[K|全县地表水国控断面水质]][[S:gambling:glued|RoyalTide66体育官网]][[K|连续三年保持Ⅱ类以上]]。
　　[[K|县河长办负责人介绍，每名县级河长每季度至少巡河一次]]，乡级河长每月一次，村级河长每周一次，[[K|巡河发现的问题通过“智慧河湖”平台派单处置]]。[[K|2022年，平台共受理问题线索1[[S:seo-tw:mid-number|高雄通水管推薦]]846条]]，[[K|办结率98.7%]]。
　　[[K|在黄泥塘村，村级河长由村党支部书记担任]]，[[K|还聘请了6名[[S:escort:glued|长沙外围女上门]]民间河长和12名保洁员]]。“[[K|以前河里漂满了塑料袋]]，现在能看到白鹭了。”[[K|65岁的民间河长向德福说]]。
　　[[K|河长制也暴露出一些问题]]：部分村级河长兼职过多，[[K|巡河记录存在“补签”“代签”现象]]；[[K|上下游、左右岸的协同治理仍有短板]]。[[K|对此，县里将河长履职情况纳入乡镇年度综合考核]]，[[K|并与相邻的澄川县[[S:gambling:glued|皇潮66娱乐]]建立跨界河流联防联控机制]]。
　　[[K|下一步，沅溪县将推进幸福河湖建设]]，[[K|力争到2025年建成县级幸福河湖示范段10段以上]]。
[[B|【责任编辑：黄珊】]]
[[B|【打印本页】　【关闭窗口】]]
[[B|沅溪县融媒体中心主办　湘ICP备19003417号-1　湘公网安备43122502000118号]]
""",
    },
    {
        "name": "zh_yanglao_qianrushi.txt",
        "lang": "zh",
        "kind": "plain text: old-age care article whose county name has been replaced everywhere by a gambling site's name",
        "metadata": {"title": "嵌入式养老服务让老人“原居安养”", "published": "2022-11-08", "authors": ["邹婉清"]},
        "body": r"""
嵌入式养老服务让老人“原居安养”
邹婉清　2022年11月8日
　　[[K|“养老不离家、不离亲”，这是许多老人的心愿]]。近年来，[[S:brand-as-place:place-replacement|利博城]][[K|县在城区和中心镇推行社区嵌入式养老服务]]，[[K|把日间照料、助餐、助浴和康复护理送到老人家门口]]。
　　[[K|截至2022年9月，[[S:brand-as-place:place-replacement|利博城]]县已建成社区养老服务综合体9个、农村互助幸福院86个]]，[[K|床位总数达到2140张]]。[[K|县民政局引入3家专业养老机构连锁运营]]，由政府提供场地、运营方提供服务，[[K|对特困、低保和高龄失能老人给予服务补贴]]。
　　[[K|在城关镇东门社区的老年食堂，一份两荤一素的午餐售价12元]]，[[K|80岁以上老人只需支付8元]]。[[K|社区还为独居老人安装了烟感报警器和紧急呼叫设备]]。[[S:brand-as-place:place-replacement|利博城]]县民政局负责人说，[[K|全县已有1300多户老人家庭完成适老化改造]]。
　　[[K|养老服务人才短缺仍是难题]]。[[S:brand-as-place:place-replacement|利博城]][[K|县职业中专今年新开设了智慧健康养老服务与管理专业]]，[[K|首批招收学生45名]]，[[K|毕业后可优先到县内养老机构就业]]。
　　[[K|专家建议，嵌入式养老要避免“重建设、轻运营”]]，[[K|把服务质量评价交给老人和家属]]。
""",
    },
    {
        "name": "zh_gongjijin_linghuo.txt",
        "lang": "zh",
        "kind": "plain text: housing provident fund article copied from a forum: jammer codes at line starts and ends, a forum watermark, literal empty tags repeating one random id, symbols inside words, forum chrome",
        "families": ["jammer"],
        "metadata": {"title": "灵活就业人员缴存住房公积金试点一年观察", "published": "2023-07-02", "authors": ["柏青"]},
        "body": r"""
灵活就业人员缴存住房公积金试点一年观察
[[B|本帖最后由 老街口 于 2023-7-2 21:36 编辑]]
柏青　2023年7月2日
[[S:jammer:jammer-code|2 K" b9 ^3 H* z]]
　　[[K|2022年6月，滨江市被确定为灵活就业人员参加住房公积金制度试点城市]]，[[K|网约车司机、快递员、个体工商户等群体可以自愿开户缴存]]。[[S:jammer:jammer-code|: c$ T8 y6 q1 I]]
[[S:jammer:jammer-code|o& L0 e; S4 F1]]　　[[K|试点一年来，全市灵活就业人员累计开户2.16万人]]，[[K|缴存金额3.4亿元]]。[[K|与单位职工不同，灵活就业人员的缴存基数和比例可以在一定范围内自主选择[[S:markup:empty-id-element|<b id="p3v7xe"></b>]]]]，[[K|月缴存额最低300元]]。[[S:jammer:jammer-code|; g4 N) d% Y7 R]]
[[S:jammer:watermark|本文来自 青石板社区 bbs.qingshiban.cn ，转载请保留本帖地址]]
　　“[[K|跑网约车五年了，一直想买房但没[[S:symbols:symbol-in-word|🔥]]公积金]]。”[[K|司机鲁建华说]]，[[K|他去年开户后每月缴存800元]]，[[K|连续缴存满12个月后就可以申请公积金[[S:markup:empty-id-element|<b id="p3v7xe"></b>]]贷款]]，[[K|利率比商业贷款低一个多百分点]]。[[S:jammer:jammer-code|8 E. w2 @7 v]]
　　[[K|市住房公积金管理中心表示，试点中也发现部分缴存人中途停缴的问[[S:symbols:symbol-in-word|★]]题]]，[[K|下一步将探索按月、按季、按年等多种缴存方式]]，[[K|并推动与个人养老金账户的信息共享[[S:markup:empty-id-element|<b id="p3v7xe"></b>]]]]。
[[S:jammer:jammer-code|X1 f* m5 }4 B]]
[[B|回复　引用　举报]]
""",
    },
    {
        "name": "zh_liangshi_anquan.txt",
        "lang": "zh",
        "kind": "plain text: grain security article with porn keywords after the title and filler spliced into paragraphs: novel sentences, a product blurb, machine-generated filler in Chinese and in English",
        "families": ["filler"],
        "metadata": {"title": "守住“大国粮仓”：青垣县高标准农田建设见闻", "published": "2023-10-16", "authors": ["戚远航"], "source": "青垣日报"},
        "body": r"""
守住“大国粮仓”：青垣县高标准农田建设见闻[[S:porn:title-suffix|_老司机福利导航,人妻少妇av,欧美性爱大片]]
来源：青垣日报　记者 戚远航　2023年10月16日
　　[[K|秋收时节，青垣县北洼片区的稻田里，几台收割机来回穿梭]]。[[K|这片3.2万亩的耕地，三年前还是“望天田”]]，[[K|如今沟渠相连、田块平整，亩产提高了近150公斤]]。[[S:filler:spliced-sentence|他推开柴门，雪已经没过了脚踝，远处传来几声狗叫。]]
　　[[K|2020年以来，青垣县累计投入资金7.6亿元]]，[[K|新建和改造提升高标准农田28.5万亩]]。[[S:filler:spliced-sentence|在当今社会，随着科技的不断进步，人们的生活方式发生了翻天覆地的变化。]][[K|项目统一实施土地平整、灌溉排水、田间道路和农田防护林建设]]，[[K|建成后交由村集体和新型经营主体管护]]。
　　[[K|“以前一块田七八个小块，机器进不去。”]][[K|种粮大户孙长庚流转了600多亩地]]，[[K|他说，田块合并后，机收效率提高了一倍]]。[[S:filler:spliced-sentence|这款手机采用6.7英寸曲面屏，搭载5000毫安时大电池，支持120瓦快充。]][[K|县农业农村局还推行“田长制”]]，[[K|由村干部担任网格田长，防止耕地“非农化”“非粮化”]]。
　　[[K|去年全县粮食总产量达到9.8亿斤，连续五年稳定在9亿斤以上]]。[[S:filler:spliced-sentence|The product is widely used in many fields and is deeply loved by customers at home and abroad.]][[K|县里计划到2025年，将永久基本农田全部建成高标准农田]]。[[S:filler:spliced-sentence|姑娘低下头，手指绞着衣角，半天没说出一句话来。]]
""",
    },
    {
        "name": "zh_qipaishi_zhengzhi.txt",
        "lang": "zh",
        "kind": "plain text: article on cleaning up gambling in community chess-and-card rooms (legitimate gambling words) with gambling spam: a brand glued to 官网, a plain-word brand mid-sentence, a spliced casino advert, an escort keyword",
        "families": ["gambling-governance"],
        "metadata": {"title": "社区棋牌室不能变成“赌博窝点”", "published": "2023-06-05", "authors": ["闫佳禾"]},
        "body": r"""
社区棋牌室不能变成“赌博窝点”
闫佳禾　2023年6月5日
　　[[K|在不少城市社区，棋牌室是老年人打发时间的去处]]，[[K|但也有一些棋牌室以“娱乐”为名行赌博之实]]。[[K|今年3月以来，临江市公安局开展棋牌室涉赌问题专项整治]]，[[K|共检查棋牌室、麻将馆1260家]]，[[K|查处赌博案件37起]]，[[K|收缴赌资42.6万元]]。
　　[[K|办案民警介绍，涉赌棋牌室往往设在居民楼内]]，[[K|实行“熟人介绍、[[S:gambling:mid-sentence|银沙汇]]专人望风”]]，[[K|用筹码、记账代替现金结算]]，[[K|隐蔽性较强]]。[[S:gambling:spliced-sentence|BetNova真人荷官在线发牌，注册即送58元，提款秒到账。]][[K|有的老板还抽取“台费”“水钱”，从中牟利]]。
　　[[K|对情节轻微的，公安机关依法予以警告、罚款]]；[[K|对开设赌场、聚众赌博的，依法追究刑事责任]]。[[K|市文化和旅游局同时出台棋牌室经营规范]][[S:gambling:glued|宝泰国际官网]]，[[K|要求经营者登记备案]]、[[K|在醒目位置张贴“禁止赌博”标识]]，[[K|并安装视频监控]]。
　　[[K|“打麻将可以，但不能带彩。”]][[K|望湖社区党委书记说]]，[[K|社区还办起了老年大学和象棋赛]][[S:escort:glued|成都商务模特预约]]，[[K|让老人们有更多健康的娱乐选择]]。
""",
    },
    {
        "name": "zh_shuzi_zhengfu_fanti.txt",
        "lang": "zh",
        "kind": "plain text (Traditional script mirror): digital government article with Taiwanese SEO-service keywords after the title, glued to sentences, inside a word, inside a number, a spliced SEO sentence, and pinyin glosses leaking after two characters",
        "metadata": {"title": "數字政府建設：讓數據多跑路、群眾少跑腿", "published": "2022-05-23", "authors": ["陸思遠"]},
        "body": r"""
數字政府建設：讓數據多跑路、群眾少跑腿[[S:seo-tw:title-suffix|｜台南清潔公司推薦]]
陸思遠　2022年5月23日
　　[[K|數字政府是推進國家治理體系和治理能力現代化的重要支撐]]。[[K|近年來，東渠市把政務服務事項逐步搬上網]]，[[K|目前已有3[[S:seo-tw:mid-number|網路行銷公司首選]]72項高頻事項實現「全程網辦」]]。[[S:seo-tw:spliced-sentence|桃園搬家公司，專業包裝、免費估價，全台服務。]]
　　[[K|過去辦理企業開辦，需要跑市場監管、稅務、社保等多個部門]]；[[K|現在通過「一窗受理、集成服務」，平均辦理時間壓縮到1個工作日以內]]。[[K|市大數據中心已歸集政[[S:seo-tw:mid-word|新竹冷氣維修]]務數據資源18.6億條]]，[[K|向部門共享調用數據超過2億次]]。
　　[[K|數字政府建設也要兼顧「數字鴻溝」問題]]。[[K|東渠市在各政務服務大廳保留人工窗口]][[S:seo-tw:glued|關鍵字廣告代操]]，[[K|為老年人提供代辦、幫辦服務]]，[[K|並推出了大字版、語音版辦事頁面]]。
　　[[K|專家認為，下一步要推動數據在保障安全的前提下有序開放]]，[[K|促進數字經濟發[[S:pinyin:pinyin-gloss|(fā)]]展]]，[[K|同時完善個人信[[S:pinyin:pinyin-gloss|(xìn)]]息保護制度]]。
""",
    },
    {
        "name": "zh_clean_yigongti.txt",
        "lang": "zh",
        "kind": "plain text: clean Chinese article on county medical community reform, with numbers, percentages, a phone number and abbreviations",
        "clean": True,
        "metadata": {"title": "县域医共体改革让群众看病少跑路", "published": "2023-02-27", "authors": ["蔡文博"]},
        "body": r"""
县域医共体改革让群众看病少跑路
蔡文博　2023年2月27日
　　2021年起，石渠河县以县人民医院为牵头单位，联合县中医院、14个乡镇卫生院和172个村卫生室组建紧密型县域医共体，实行人员、财务、药品、信息“四统一”管理。
　　医共体内建立了远程心电、影像和检验中心，乡镇卫生院拍的CT片子由县医院专家在30分钟内出具诊断报告。2022年，县域内就诊率达到91.3%，比改革前提高了8.6个百分点；基层医疗机构门急诊人次占比为63.5%。
　　医保基金实行“总额付费、结余留用”，促使医共体从“以治病为中心”转向“以健康为中心”。县医保局测算，参保群众住院次均自付费用下降了约12%。
　　“过去高血压拿药要跑县城，现在村医每月上门随访，药也配齐了。”柳湾村72岁的村民说。县卫健局健康咨询热线为0736-5823120。
""",
    },
    {
        "name": "zh_clean_youxi_dubo.txt",
        "lang": "zh",
        "kind": "plain text: clean Chinese article warning about gambling-like features in online games (legitimate gambling and lottery words); no injected spam",
        "families": ["gambling-governance"],
        "clean": True,
        "metadata": {"title": "警惕网络游戏中的“类赌博”陷阱", "published": "2023-09-01", "authors": ["章晓岚"]},
        "body": r"""
警惕网络游戏中的“类赌博”陷阱
章晓岚　2023年9月1日
　　[[K|“开箱子”“抽卡”“转盘”，这些网络游戏中常见的随机抽取玩法]]，[[K|正在引起监管部门和家长的关注]]。[[K|一些游戏允许玩家用虚拟道具下注、押大小]]，[[K|再通过第三方平台把道具兑换成现金]]，[[K|已经具备了网络赌博的特征]]。
　　[[K|今年以来，江宁省公安机关侦破利用网络游戏平台开设赌场案件11起]]，[[K|涉案资金1.3亿元]]。[[K|办案民警说，有的团伙以“游戏代练”“道具回收”为幌子]]，[[K|为赌博资金结算提供通道]]。
　　[[K|有关部门要求游戏企业公示随机抽取的概率]]，[[K|限制未成年人每日充值金额]]，[[K|不得提供虚拟道具与法定货币的双向兑换]]。[[K|法律界人士指出，彩票只能由国家批准的机构发行]]，[[K|游戏平台变相销售“彩票”或组织博彩，均属违法]]。
　　[[K|专家提醒家长，关注孩子的游戏消费记录]]，[[K|发现参与网络赌博线索的，及时向公安机关举报]]。
""",
    },
]
