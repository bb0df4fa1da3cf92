"""Dev5: Chinese plain-text documents (fresh author; invented prose)."""

DOCS = [
    {
        "name": "zh5_hezhang_zhi.txt",
        "lang": "zh",
        "kind": "plain text: river chief system article whose county name is replaced everywhere (also in the title) by a Chinese gambling brand with 县 suffix; a spliced wuxia-novel sentence",
        "metadata": {"title": "县河长制从“有名”到“有实”", "published": "2023-04-11", "authors": ["罗清扬"], "source": "清溪日报"},
        "body": r"""
[[S:brand-as-place:place-replacement|银河湾]]县河长制从“有名”到“有实”
来源：清溪日报　作者：罗清扬　2023-04-11
　　[[K|2018年以来，[[S:brand-as-place:place-replacement|银河湾]]县全面推行河长制]]，[[K|县、乡、村三级河长共1126名]]。[[K|县委书记担任总河长]]，[[K|每季度召开一次河长会议]]。
　　[[K|过去，一些村级河长“挂名不巡河”]]。[[K|[[S:brand-as-place:place-replacement|银河湾]]县把巡河记录接入手机应用]]，[[K|每次巡河自动生成轨迹]]。[[S:filler:spliced-sentence|少年拔剑出鞘，寒光映着满天飞雪，他知道今夜必须闯过那座鬼门关。]][[K|去年全县累计巡河4.7万次]]，[[K|发现并整改问题830个]]。
　　[[K|在上游的石砚乡]]，[[K|河长与护河员一起清理了沿岸的养殖棚]]，[[K|断面水质由Ⅳ类提升到Ⅱ类]]。[[K|“现在河里又能看到白鹭了。”]][[K|一位老人说]]。
　　[[K|下一步，[[S:brand-as-place:place-replacement|银河湾]]县将建立上下游联防联控机制]]，[[K|与相邻的桐岭县签订跨界河流保护协议]]。
""",
    },
    {
        "name": "zh5_yanglao_fuwu.txt",
        "lang": "zh",
        "kind": "plain text: community old-age care article with porn keywords as a title prefix, a gambling brand glued to 体育官网 inside a clause, a Latin plain-word brand mid-sentence and machine filler spliced in",
        "metadata": {"title": "社区嵌入式养老服务让老人“原居安老”", "published": "2024-02-19", "authors": ["邱慧敏"]},
        "body": r"""
[[S:porn:title-prefix|成人视频,日韩无码,在线偷拍|]]社区嵌入式养老服务让老人“原居安老”
[[B|首页 > 民生 > 正文]]
作者：邱慧敏　发布时间：2024年02月19日
　　[[K|截至去年底，江屿市已建成社区嵌入式养老服务中心64个]]，[[K|覆盖城市社区的七成以上]]。[[K|中心提供日间照料、助餐[[S:gambling:glued|金冠宝体育官网]]和康复护理服务]]，[[K|老人步行十五分钟即可到达]]。
　　[[K|在北塘街道的服务中心]]，[[K|78岁的陈阿婆每天在这里吃午饭]]。[[K|“一顿饭12块钱，[[S:gambling:mid-sentence|Fortuna777]]政府还补贴4块。”]][[S:filler:spliced-sentence|在当今快速发展的时代背景下，我们每个人都应该不断提升自我，拥抱变化，迎接更加美好的明天。]][[K|她说]]。
　　[[K|江屿市民政局介绍]]，[[K|中心由专业机构运营]]，[[K|政府提供场地并按服务人次给予补贴]]。[[K|对失能老人，中心还提供上门护理]]，[[K|每月上门不少于8次]]。
　　[[K|专家指出，嵌入式养老的难点在于护理人员短缺]]，[[K|需要完善薪酬激励和职业晋升通道]]。
[[B|【打印】【关闭】]]
[[B|版权所有：江屿日报社　苏ICP备19043362号-1]]
""",
    },
    {
        "name": "zh5_gongjijin_tw.txt",
        "lang": "zh",
        "kind": "plain text: housing provident fund article with Traditional SEO keywords as title suffix, inside a number and as a spliced sentence; an escort string glued mid-sentence",
        "metadata": {"title": "住房公积金支持租房提取额度提高", "published": "2023-08-02", "authors": ["韩思远"]},
        "body": r"""
住房公积金支持租房提取额度提高[[S:seo-tw:title-suffix|_高雄搬家公司推薦]]
韩思远　2023年8月2日
　　[[K|从8月1日起，澜州市将租房提取住房公积金的额度由每月1200元提高到1500元]]。[[K|多子女家庭可按实际房租提取]]，[[K|最高不超过每月2.[[S:seo-tw:mid-number|台南冷氣安裝]]4千元]]。
　　[[K|澜州市住房公积金管理中心负责人介绍]]，[[K|新政策主要面向新市民和青年人]]。[[K|目前全市有租房提取需求的缴存职工约9.6万人]]。[[S:seo-tw:spliced-sentence|專業清潔公司，居家清潔、裝潢後細清一次到位。]]
　　[[K|职工可通过手机办理]]，[[K|无需提供租赁合同备案证明[[S:escort:glued|清迈外围包养]]]]，[[K|系统将自动核验缴存状态]]。
　　[[K|此外，灵活就业人员也可以自愿缴存公积金]]，[[K|享受同等的贷款和提取政策]]。
""",
    },
    {
        "name": "zh5_fandubo_zhuanxiang.txt",
        "lang": "zh",
        "kind": "plain text: legitimate anti-gambling campaign article (赌博/跨境赌博/博彩 are keep words) that also carries an injected gambling brand glued to 官网 and a lottery link list below",
        "families": ["gambling-governance"],
        "metadata": {"title": "棠溪市打击跨境赌博专项行动取得阶段性成效", "published": "2023-11-07", "authors": ["沈卫东", "陆一鸣"]},
        "body": r"""
棠溪市打击跨境赌博专项行动取得阶段性成效
沈卫东　陆一鸣　2023-11-07
　　[[K|今年以来，棠溪市公安局开展打击跨境赌博专项行动]]，[[K|破获网络赌博案件57起]]，[[K|抓获犯罪嫌疑人312名]]，[[K|冻结涉赌资金1.9亿元]]。
　　[[K|警方发现，境外博彩平台通过短视频引流]]，[[K|以“高返水”诱骗群众注册充值]]。[[K|一些地下钱庄为赌博[[S:gambling:glued|凤凰城娱乐官网]]资金提供转移通道]]。
　　[[K|市里把反赌宣传纳入社区网格工作]]，[[K|组织民警进学校、进企业]]，[[K|讲解参与赌博的法律后果]]。[[K|对销售彩票的网点]]，[[K|体彩、福彩中心加强了实名购彩和限额管理]]。
　　[[K|警方提醒，任何以“稳赚不赔”为名的投注平台都是骗局]]。
[[S:lottery-id:link-block|togel hk hari ini | slot gacor maxwin | toto macau 4d | situs judi online terpercaya]]
""",
    },
    {
        "name": "zh5_jiceng_zhili_luntan.txt",
        "lang": "zh",
        "kind": "plain text: grassroots governance article copied from a forum, jammer codes at line starts/ends, a forum watermark, literal empty tags and symbols inside words, plus a romance-novel sentence with no fiction markers",
        "metadata": {"title": "“网格+议事会”激活基层治理末梢", "published": "2022-06-14", "authors": ["杨书涵"]},
        "body": r"""
“网格+议事会”激活基层治理末梢
杨书涵　2022-06-14
[[S:jammer:jammer-code|6 K0 v' L% w) P]]　　[[K|柘林镇把全镇划分为112个网格]]，[[K|每个网格配备一名专职网格员]]。[[K|网格员每天走访住户]]，[[K|收集矛盾纠纷和群众诉求]]。[[S:jammer:jammer-code|$ R2 j: c. X' e]]
　　[[K|村里成立了村民议事会]]，[[K|凡涉及集体资产、[[S:markup:empty-id-element|<b id="q7w3zr"></b>]]道路修建等事项]]，[[K|都先在议事会上商量]]。[[S:filler:spliced-sentence|她把那封信折好放进抽屉，窗外的雨下了一整夜，她始终没有等到他的电话。]][[K|去年议事会共商议事项46件]]，[[K|群众满意率达到96%]]。
[[S:jammer:watermark|本文转自 溪畔论坛 www.xipan-luntan.com 请注明出处]]
　　[[K|镇综治中心把网格上报的信息分类派单]]，[[K|一般事项24小时内回应]]，[[K|复杂事项7日内办[[S:symbols:symbol-in-word|🎲]]结]]。[[K|今年以来，全镇信访量同比下降31%[[S:markup:empty-id-element|<b id="q7w3zr"></b>]]]]。[[S:jammer:jammer-code|) E5 n# g* T6 m]]
""",
    },
    {
        "name": "zh5_clean_liangshi_anquan.txt",
        "lang": "zh",
        "kind": "plain text: clean article on grain security (high-standard farmland), with numbers, percentages and quotations",
        "clean": True,
        "metadata": {"title": "高标准农田建设夯实粮食安全根基", "published": "2023-09-26", "authors": ["高峻"]},
        "body": r"""
高标准农田建设夯实粮食安全根基
高峻　2023年9月26日
　　[[K|今年，平川县新建高标准农田8.5万亩]]，[[K|累计建成62万亩]]，[[K|占全县耕地面积的71.3%]]。
　　[[K|项目区实现了“田成方、渠相通、路相连”]]。[[K|种粮大户王建国算了一笔账]]：[[K|“过去一亩地浇一次水要花60元，现在用管道灌溉，只要25元。”]]
　　[[K|县农业农村局表示，将建立建后管护机制]]，[[K|明确村集体为管护主体]]，[[K|每亩每年安排管护资金20元]]，[[K|防止“重建轻管”]]。
""",
    },
    {
        "name": "zh5_clean_shuzi_zhengfu.txt",
        "lang": "zh",
        "kind": "plain text: clean article on digital government (one-stop online services), with a URL, an abbreviation and dates",
        "clean": True,
        "metadata": {"title": "“一网通办”让企业开办压缩到半天", "published": "2024-03-05", "authors": ["宋知远", "林晓雯"]},
        "body": r"""
“一网通办”让企业开办压缩到半天
宋知远　林晓雯　2024-03-05
　　[[K|记者从滨江市政务服务管理局获悉]]，[[K|全市企业开办时间已压缩至0.5个工作日]]。[[K|申请人登录政务服务网（zwfw.binjiang.gov.cn）即可一次填报]]，[[K|营业执照、公章刻制和税务登记同步办理]]。
　　[[K|今年1月起，滨江市还上线了“高效办成一件事”专区]]，[[K|把新生儿出生、退休等13个事项打包办理]]。[[K|群众平均跑动次数由3.2次降至0.4次]]。
　　[[K|政务服务管理局负责人说]]，[[K|下一步将推动电子证照在更多场景中互认]]。
""",
    },
    {
        "name": "zh5_clean_dubo_zhili_xiangcun.txt",
        "lang": "zh",
        "kind": "plain text: clean legitimate article on a village campaign against gambling at weddings and funerals (赌博/赌资/彩票 are keep words), no spam",
        "clean": True,
        "families": ["gambling-governance"],
        "metadata": {"title": "移风易俗刹住红白喜事“牌桌风”", "published": "2023-12-12", "authors": ["马骁"]},
        "body": r"""
移风易俗刹住红白喜事“牌桌风”
马骁　2023-12-12
　　[[K|过去，在岱山镇一些村子]]，[[K|红白喜事上摆牌桌、以打牌为名聚众赌博的现象时有发生]]，[[K|有的村民一晚输掉上万元赌资]]。
　　[[K|今年起，镇里把禁止赌博写进各村村规民约]]，[[K|由红白理事会全程监督]]。[[K|派出所对举报的聚众赌博线索一律核查]]，[[K|已查处案件9起]]。
　　[[K|镇文化站同时组织广场舞、象棋比赛和村晚]]，[[K|让农闲时节有去处]]。[[K|一位村干部说]]：[[K|“买几注体育彩票图个乐可以，但赌博伤家伤财，必须刹住。”]]
""",
    },
]
