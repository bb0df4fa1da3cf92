"""Second development set: Chinese plain-text documents (Simplified and Traditional mirrors).

Invented topics, places and spam surface forms, none taken from evaluation/dev or the seed:
places 嵩湖市 / 柘溪县 / 鹿溪市 / 望川县 / 沅津市 / 梅塘县 / 岚台县 ...; gambling brands 鼎盛博汇,
金狮汇, Fortuna77, TigerPalm88, ApexBet, 永盛国际, 大发彩坊; escort strings with 昆明 / 三亚 / 重庆 /
Bangkok / Jakarta / Phuket / Dubai; Indonesian strings bandar togel, toto sgp, slot demo ...
"""

DOCS = [
    {
        "name": "zh2_hezhangzhi_zhexi.txt",
        "lang": "zh",
        "kind": "plain text: river-chief-system article saved from a hacked mirror; porn keywords joined by _ after the title, a gambling brand glued to a word, a Taiwanese SEO keyword inside a number, breadcrumb and footer chrome",
        "metadata": {"title": "柘溪县河长制从“有名”走向“有实”", "published": "2023-07-12", "authors": ["唐慕远"], "source": "嵩湖日报", "editor": "罗晓岚"},
        "body": r"""
柘溪县河长制从“有名”走向“有实”[[S:porn:title-suffix|_日韩精品一区二区_成人影片在线观看_久久视频]]
[[B|当前位置：嵩湖新闻网 > 区县动态 > 柘溪]]
来源：嵩湖日报　作者：唐慕远　发布时间：2023-07-12 08:31
　　[[K|柘溪县境内有大小河流63条，总长度1180公里]]，[[K|是嵩湖市主要的水源涵养区]]。2017年全面推行河长制以来，[[K|全县设立县、乡、村三级河长412名]]，[[K|并在每条河流显著位置设立了公示牌]]。
　　“[[K|过去一些河长挂了名却很少巡河]]，[[K|有的公示牌上的电话打过去是空号]]。”[[K|县水利局河湖管理股负责人坦言]]，[[K|河长制推行初期存在“重挂牌、轻履职”的问题]]。
　　[[K|2021年起，柘溪县上线“智慧河长”巡河系统]]，[[K|河长巡河轨迹、发现问题和处置结果全部在线留痕]][[S:gambling:glued|鼎盛博汇体育官网]]，[[K|县委督查室每季度通报巡河率和问题办结率]]。[[K|2022年全县各级河长累计巡河4.[[S:seo-tw:mid-number|高雄冷氣維修推薦]]7万人次]]，[[K|发现并整改问题1362个]]。
　　[[K|柘溪县还探索“河长+警长+检察长”协作机制]]，[[K|对非法采砂、违规排污等行为形成执法合力]]。[[K|今年上半年，县公安局侦办非法采砂案件9起]]，[[K|检察机关提起生态环境损害赔偿诉讼3件]]。
　　[[K|在桐梓湾村，村民自发组成了28人的“护河志愿队”]]，[[K|每周清理河道垃圾]]。[[K|村党支部书记说，河水变清以后]]，[[K|村里发展起了漂流和民宿]]，[[K|去年接待游客5.6万人次]]。
　　[[K|下一步，柘溪县将把河湖健康评价结果纳入乡镇年度考核]]，[[K|推动河长制由“见河长”向“见成效”转变]]。
责任编辑：罗晓岚
[[B|【打印本页】 【关闭窗口】 【返回顶部】]]
[[B|嵩湖新闻网版权所有　未经授权禁止转载]]
[[B|湘ICP备13004782号-1　湘公网安备43052102000318号]]
""",
    },
    {
        "name": "zh2_jujia_yanglao_luxi.txt",
        "lang": "zh",
        "kind": "plain text: home-based elderly-care article with escort keywords glued on either side of genuine words and mid-sentence, a novel sentence spliced into a paragraph, and a plain-word gambling brand with no keyword",
        "metadata": {"title": "鹿溪市探索“家庭养老床位”服务模式", "published": "2022-11-03", "authors": ["苏婉清", "贺以宁"]},
        "body": r"""
鹿溪市探索“家庭养老床位”服务模式
苏婉清　贺以宁　2022年11月3日
　　[[K|截至2021年底，鹿溪市60岁以上户籍老年人口达到41.2万]]，[[K|占户籍总人口的23.6%]]。[[K|调查显示，九成以上的老年人希望在家中养老]]，[[K|但失能、半失能老人的家庭照护压力很大]]。
　　[[K|2022年起，鹿溪市在凤栖街道等6个街道试点“家庭养老床位”]]，[[K|由养老服务机构对老人家庭进行适老化改造]][[S:escort:glued|昆明外围女上门服务]]，[[K|安装紧急呼叫、烟感报警和离床感应等设备]]，[[K|护理员按照服务计划定期上门]]。
　　[[K|每张家庭养老床位的建设补贴为3000元]]，[[K|运营补贴按照老人的失能等级每月发放]]。[[K|凤栖街道的78岁老人陈阿婆中风后卧床两年]]，[[S:filler:spliced-sentence|那一夜，少年在破庙里点起篝火，听见门外传来三声马嘶。]][[K|家里装上了护理床和呼叫器以后]]，[[K|女儿上班时也能放心了]]。
　　[[K|试点中也暴露出一些问题]]：[[K|一是专业护理员短缺]]，[[K|全市持证养老护理员只有1100余人]]；[[S:escort:glued|三亚外围模特预约]][[K|二是部分老人对上门服务的收费较为敏感]]；[[K|三是床位的服务质量缺少统一评估标准]]。
　　[[K|对此，鹿溪市民政局联合市人社局开展养老护理员职业技能提升行动]]，[[K|对取得等级证书的护理员给予一次性奖励]]。[[K|同时委托第三方机构对家庭养老床位开展季度评估]]，[[K|评估结果与运营补贴挂钩]]。
　　[[K|市民政局有关负责人表示]]，到2025年，[[K|全市计划建成家庭养老床位5000张]]，[[K|让更多老人“不离家、不离亲”就能享受专业照护]]。[[K|业内人士认为，居家养老服务的关键在于可持续的筹资机制]]，[[K|长期护理保险制度的推开]][[S:gambling:mid-sentence|TigerPalm88]][[K|将为家庭养老床位提供稳定的支付来源]]。
""",
    },
    {
        "name": "zh2_gongjijin_wangchuan.txt",
        "lang": "zh",
        "kind": "plain text: housing-provident-fund article whose county name has been replaced everywhere by a gambling brand, with a brand title prefix",
        "metadata": {"title": "灵活就业人员缴存住房公积金试点一年观察", "published": "2023-02-21", "authors": ["邵启明"], "source": "沅津晚报"},
        "body": r"""
[[S:gambling:title-prefix|金狮汇娱乐-]]灵活就业人员缴存住房公积金试点一年观察
沅津晚报记者　邵启明　2023年2月21日
　　[[K|2022年初，沅津市将[[S:brand-as-place:place-replacement|金狮汇]]县列为灵活就业人员缴存住房公积金的试点县]]。[[K|个体工商户、网约车司机、快递员等群体]]，[[K|可以自愿按月或按季缴存]]，[[K|缴存基数在当地月最低工资标准和上年度社会平均工资三倍之间自主选择]]。
　　[[K|一年来，[[S:brand-as-place:place-replacement|金狮汇]]县共有3847名灵活就业人员开户缴存]]，[[K|归集资金2160万元]]。[[K|其中35岁以下的缴存人占到62%]]。
　　[[K|在县城开餐馆的黄先生是首批缴存人]]。[[K|他说，过去个体户买房只能办商业贷款]]，[[K|现在连续缴存满6个月就能申请公积金贷款]]，[[K|利率低了一截]]。[[K|去年他用公积金贷款在[[S:brand-as-place:place-replacement|金狮汇]]县城买了一套90平方米的住房]]。
　　[[K|为了让缴存更方便]]，[[K|沅津市住房公积金中心[[S:brand-as-place:place-replacement|金狮汇]]管理部开通了手机端开户和缴存功能]]，[[K|缴存人可以随时调整缴存金额]]，[[K|也可以在生病、失业等情况下申请暂停缴存]]。
　　[[K|也有缴存人反映，部分银行网点对政策不熟悉]]，[[K|贷款审批周期偏长]]。[[K|对此，管理部与县内5家承办银行建立了周例会制度]]，[[K|把审批时限压缩到15个工作日以内]]。
　　[[K|专家指出，灵活就业人员收入波动大]]，[[K|制度设计要在激励缴存和防范风险之间找到平衡]]。[[K|沅津市计划在总结试点经验的基础上]]，[[K|于2023年下半年在全市推开]]。
""",
    },
    {
        "name": "zh2_wanggehua_luntan.txt",
        "lang": "zh",
        "kind": "plain text: grassroots-governance article copied from a forum: Discuz jammer codes at line starts and ends, a forum watermark line and a mid-paragraph watermark, literal empty <b> tags repeating one random id",
        "metadata": {"title": "网格员“进门入户”：梅塘县基层治理一线见闻", "published": "2021-09-14", "authors": ["钟毓"]},
        "body": r"""
网格员“进门入户”：梅塘县基层治理一线见闻
钟毓　2021-09-14
[[S:jammer:jammer-code|' x2 Z& h+ o7 b# @]]　　[[K|梅塘县把全县划分为1286个网格]]，[[K|每个网格配备一名专职网格员]]，[[K|负责信息采集、矛盾排查和政策宣传]]。[[S:markup:empty-id-element|<b id="tq8vm"></b>]][[K|网格员每月至少走访网格内住户一遍]]。[[S:jammer:jammer-code|0 I, |4 S% v* W]]
[[K|石井社区网格员刘春燕负责的网格有438户]]。[[K|她的手机里存着每户的联系人和家庭情况]]，[[S:markup:empty-id-element|<b id="tq8vm"></b>]][[K|哪家有独居老人、哪家有残疾人、哪家正在闹邻里纠纷]]，[[K|她都心里有数]]。[[S:jammer:jammer-code|5 A4 m* E. w' _]]
[[S:jammer:jammer-code|) R  \9 z" b9 Q1 K]][[K|去年夏天，两户村民因宅基地边界发生争执]]，[[K|刘春燕连续三次上门调解]]，[[S:jammer:watermark|本文来自：梅溪生活论坛 bbs.meixi-life.net]][[K|又请来村里的老党员和人民调解员一起丈量]]，[[K|最终双方签下了调解协议]]。
[[K|梅塘县建立了“网格吹哨、部门报到”机制]]：[[K|网格员发现的问题通过平台上报]]，[[S:markup:empty-id-element|<b id="tq8vm"></b>]][[K|能当场解决的当场解决]]，[[K|解决不了的由乡镇综治中心分派给职能部门限时办理]]。[[K|2020年全县网格上报事件2.3万件]]，[[K|办结率达到96.4%]]。[[S:jammer:jammer-code|* j5 y4 F' r& O]]
[[K|也有网格员反映，一些部门把填表、拍照等任务层层转嫁到网格]]，[[K|网格员疲于应付]]。[[K|对此，县委政法委出台网格事项准入清单]]，[[K|清单以外的事项一律不得派给网格员]]。
[[S:jammer:watermark|【来自：梅溪生活论坛　转载请注明出处】]]
""",
    },
    {
        "name": "zh2_liangshi_anquan_yuanjin.txt",
        "lang": "zh",
        "kind": "plain text: grain-security article with machine-generated filler sentences spliced into paragraphs, emoji and symbols inside words, a gambling brand inside a word, and an English filler sentence",
        "metadata": {"title": "沅津市高标准农田建设提速", "published": "2023-05-30", "authors": ["孟浩川"]},
        "body": r"""
沅津市高标准农田建设提速
作者：孟浩川　2023年05月30日
　　[[K|粮食安全是“国之大者”]]。[[K|沅津市是全省13个产粮大县（市）之一]]，[[K|常年粮食播种面积稳定在210万亩以上]]。[[K|“十四五”期间，全市计划新建和改造提升高标准农田[[S:symbols:symbol-in-word|🌾]]86万亩]]。
　　[[K|今年春耕前，白沙坪镇完成了1.2万亩高标准农田建设]]。[[K|昔日的“巴掌田”“鸡窝田”被整理成连片的大田]]，[[K|机耕路、灌溉渠和排水沟配套到位]]。[[S:filler:spliced-sentence|总的来说，生活中我们常常会遇到各种各样的问题，而解决问题的关键往往在于我们看待问题的角度。]][[K|种粮大户杨建国算了一笔账]]：[[K|田块整理后，农机作业效率提高三成以上]]，[[K|每亩节约成本80元左右]]。
　　[[K|为防止“重建轻管”]]，[[K|沅津市推行高标准农田“田长制”]]，[[K|明确每块农田的管护责任人]]，[[K|并从土地出让收益中安排专项资金用于设施维修]]。[[K|市农业农村局还委托第三方对建成项目开展质量抽[[S:gambling:mid-word|永盛国际]]检]]，[[K|发现问题的限期整改]]。
　　[[K|在种子和农机方面，沅津市与省农科院合作建立了水稻良种繁育基[[S:symbols:symbol-in-word|💎]]地]]，[[K|全市主要农作物良种覆盖率达到98%]]。[[S:filler:spliced-sentence|With the continuous development of society, more and more people have begun to pay attention to this interesting topic.]][[K|水稻耕种收综合机械化率达到87.5%]]。
　　[[K|与此同时，种粮收益偏低仍是不少农民的顾虑]]。[[K|沅津市对流转土地种粮的经营主体给予每亩50元的补贴]]，[[K|并推广完全成本保险]]，[[K|让农民种粮“有钱挣、有保障”]]。[[S:filler:spliced-sentence|希望通过本文的介绍，大家能够对这个问题有更加深入的了解，如果觉得有用请点赞收藏。]]
""",
    },
    {
        "name": "zh2_fandu_zhuanxiang_lantai.txt",
        "lang": "zh",
        "families": ["gambling-governance"],
        "kind": "plain text: county anti-gambling campaign (legitimate 赌博 / 网络赌博 / 赌资 words) with a gambling brand glued to a genuine word, a plain-word brand mid-sentence and an Indonesian lottery link list below the article",
        "metadata": {"title": "岚台县开展打击整治跨境赌博专项行动", "published": "2022-06-08", "authors": ["韦振邦"], "source": "岚台县融媒体中心"},
        "body": r"""
岚台县开展打击整治跨境赌博专项行动
来源：岚台县融媒体中心　作者：韦振邦　2022-06-08
　　[[K|近日，岚台县召开打击整治跨境赌博专项行动推进会]]，[[K|通报今年以来全县打击[[K|赌博]]违法犯罪的情况]]。[[K|1至5月，县公安局共破获[[K|网络赌博]]案件17起]]，[[K|抓获犯罪嫌疑人64名]]，[[K|冻结涉案资金2300余万元]]。
　　[[K|办案民警介绍，当前跨境[[K|赌博]]呈现出“境外设赌、境内引流”的特点]]。[[K|一些不法分子以“兼职刷单”“高额返利”为诱饵]]，[[K|拉拢群众注册境外[[K|赌博网站]]账号]]，[[S:gambling:glued|ApexBet官网注册]][[K|再通过地下钱庄转移[[K|赌资]]]]。
　　[[K|还有一些年轻人出租、出售自己的银行卡和手机卡]]，[[K|为[[K|赌博]]团伙提供资金结算通道]]。[[K|今年3月，县公安局打掉一个“两卡”犯罪团伙]]，[[K|涉案银行卡达到230余张]]。
　　[[K|会议要求，各乡镇要把禁赌宣传纳入村规民约]]，[[K|在集市、车站、学校周边开展反赌宣传]]，[[K|引导群众认清[[K|网络赌博]]的危害]]。[[K|对举报[[K|赌博]]线索查证属实的]]，[[S:gambling:mid-sentence|大发彩坊]][[K|给予最高5000元的奖励]]。
　　[[K|县检察院、县法院有关负责人也在会上表示]]，[[K|将对组织参与跨境[[K|赌博]]的犯罪依法从严惩处]]，[[K|并加大追赃挽损力度]]。
[[S:lottery-id:link-block|bandar togel online terpercaya | prediksi togel hk malam ini | toto sgp hari ini | slot demo anti rungkad | link alternatif judi bola resmi]]
""",
    },
    {
        "name": "zh2_caipiao_xiaoshou_guanli.txt",
        "lang": "zh",
        "clean": True,
        "families": ["gambling-governance"],
        "kind": "plain text, clean: provincial lottery-sales regulation article (legitimate 彩票 / 博彩 words), no spam at all",
        "metadata": {"title": "规范彩票销售网点管理　防范未成年人购彩", "published": "2023-03-17", "authors": ["任雪松"], "editor": "阎晴"},
        "body": r"""
规范彩票销售网点管理　防范未成年人购彩
任雪松　2023年3月17日
　　[[K|近日，省财政厅会同省民政厅、省体育局印发通知]]，[[K|要求进一步规范[[K|彩票]]销售网点管理]]，[[K|严禁向未成年人销售[[K|彩票]]]]和兑付奖金。
　　[[K|通知明确，[[K|彩票]]销售网点应当在显著位置张贴“不得向未成年人销售[[K|彩票]]”的标识]]，[[K|对疑似未成年人的购彩者要求出示身份证件]]。[[K|网点不得以赊账、透支等方式销售[[K|彩票]]]]，[[K|不得通过互联网、电话等方式擅自销售]]。
　　[[K|省福利[[K|彩票]]发行中心和省体育[[K|彩票]]管理中心将建立网点信用档案]]，[[K|对违规网点视情节给予警告、暂停销售直至解除代销合同]]。[[K|去年全省共检查网点8400余个]]，[[K|解除代销合同的有37个]]。
　　[[K|有关负责人强调，[[K|彩票]]是国家为筹集社会公益资金而特许发行的]]，[[K|与[[K|博彩]]和[[K|赌博]]有本质区别]]。[[K|群众购彩要量力而行、理性投注]]，[[K|切勿相信所谓的“内部号码”和“稳赚计划”]]。
　　[[K|2022年，全省销售[[K|彩票]]186.4亿元]]，[[K|筹集公益金49.7亿元]]，[[K|主要用于养老服务、残疾人康复、全民健身和青少年体育]]等公益事业。
""",
    },
    {
        "name": "zh2_zhiye_jiaoyu_chandao.txt",
        "lang": "zh",
        "clean": True,
        "kind": "plain text, clean: vocational-education article (industry-education integration), no spam",
        "metadata": {"title": "产教融合让职校生“一毕业就上岗”", "published": "2022-12-05", "authors": ["简宁", "卜文华"]},
        "body": r"""
产教融合让职校生“一毕业就上岗”
简宁　卜文华　2022年12月5日
　　[[K|嵩湖职业技术学院新能源汽车专业的学生小吴]]，还没毕业就收到了本地一家整车企业的录用通知。[[K|他在企业的实训车间里已经跟岗学习了半年]]。
　　[[K|2020年以来，学院与园区内42家企业共建产业学院和实训基地]]，[[K|企业工程师到校授课]]，[[K|学校教师到企业实践]]。[[K|课程内容根据企业岗位标准每年调整一次]]。
　　[[K|学院还推行“学徒制”培养]]，[[K|学生入学即与企业签订三方协议]]，[[K|毕业后直接到合作企业就业]]。[[K|今年该院毕业生留在嵩湖市就业的比例达到71%]]，比三年前提高了19个百分点。
　　[[K|企业负责人说，过去招来的毕业生要培训三个月才能上手]]，[[K|现在入职第一周就能独立操作]]。
　　[[K|省教育厅有关负责人表示]]，[[K|将在全省推广“园区+学院”办学模式]]，支持职业院校围绕地方主导产业设置专业，[[K|推动教育链、人才链与产业链、创新链有机衔接]]。
""",
    },
    {
        "name": "zh2_nongxin_fanti_jingxiang.txt",
        "lang": "zh",
        "kind": "plain text, Traditional script: mirror of a rural-credit article with Taiwanese SEO keywords as a title prefix, spliced as a sentence, glued after a sentence and inside a number and a word",
        "metadata": {"title": "望川縣農村信用體系建設見成效", "published": "2021-10-26", "authors": ["宋懷瑾"]},
        "body": r"""
[[S:seo-tw:title-prefix|桃園通水管專家｜]]望川縣農村信用體系建設見成效
文／宋懷瑾　2021年10月26日
　　[[K|望川縣是傳統農業縣，農戶貸款難、貸款貴的問題長期存在]]。[[K|2019年起，縣裡啟動農村信用體系建設]]，[[K|為全縣8.6萬農戶建立了信用檔案]]，[[K|按照“信用戶、信用村、信用鄉鎮”三級開展評定]]。
　　[[K|評定結果與貸款直接掛鉤]]：[[K|信用戶可以憑“信用證”在農商銀行辦理免抵押、免擔保的小額信用貸款]]，[[K|額度最高30萬元]]，[[K|利率比普通貸款低0.[[S:seo-tw:mid-number|彰化搬家公司]]5至1個百分點]]。[[S:seo-tw:spliced-sentence|臉書廣告代操、Google商家排名，專業網路行銷顧問免費諮詢。]]
　　[[K|截至今年9月，全縣共評定信用村112個]]，[[K|發放信用貸款5.3億元]]，[[K|不良貸款率僅為0.8%]]。[[K|青陂鄉的養牛戶盧大叔用信用貸款擴建了牛[[S:seo-tw:mid-word|新竹室內設計]]棚]]，[[K|存欄量從20頭增加到65頭]]。
　　[[K|信用建設也帶動了鄉風文明]]。[[K|不少村把孝老愛親、移風易俗納入信用評分]]，[[K|村民之間比信用、講誠信蔚然成風]]。[[S:seo-tw:glued|台南除蟲公司推薦]]
　　[[K|縣金融辦有關負責人表示]]，[[K|下一步將打通稅務、市場監管等部門的涉農數據]]，[[K|讓信用“變現”更便捷]]。
""",
    },
    {
        "name": "zh2_tandafeng_xingdong.txt",
        "lang": "zh",
        "kind": "plain text: carbon-peaking article with an Indonesian slot link list above the article, a plain-word gambling brand glued, a brand inside an English word (no keep string across it) and a Chinese mid-word brand",
        "metadata": {"title": "嵩湖市碳达峰行动方案解读", "published": "2023-01-09", "authors": ["潘亦舟"], "source": "嵩湖市发展和改革委员会"},
        "body": r"""
[[S:lottery-id:link-block|slot thailand gacor | live draw sdy tercepat | scatter hitam hari ini | daftar bandar toto 4d]]
嵩湖市碳达峰行动方案解读
发布单位：嵩湖市发展和改革委员会　撰稿：潘亦舟　2023-01-09
　　[[K|近日，《嵩湖市碳达峰实施方案》正式印发]]。[[K|方案提出，到2025年，全市单位地区生产总值能耗比2020年下降14%]]，[[K|非化石能源消费比重达到22%左右]]；[[K|确保2030年前实现碳达峰]]。
　　[[K|方案部署了能源绿色低碳转型、工业领域碳达峰、城乡建设碳达峰等十大行动]]。[[K|在工业领域，嵩湖市将严格控制钢铁、水泥等高耗能项目]]，[[K|推动园区循环化改造]]。[[K|市经开区被列为全省首批“零碳园区”]]（Zero-Car[[S:gambling:mid-word|Fortuna77]]bon Park）试点。
　　[[K|在交通领域，全市新增和更新的公交车将全部使用新能源车辆]]，[[K|到2025年新能源汽车保有量达到12万辆]]。[[K|在建筑领域，新建公共建筑全面执行绿色建筑标准]][[S:gambling:glued|Fortuna77]]，[[K|城镇新建建筑中星级绿色建筑占比达到30%]]。
　　[[K|方案还提出，要发挥碳汇作用]]，[[K|全市森林覆盖率稳定在58%以上]]，[[K|探索林业碳汇项目开发和交易]]。[[K|有关负责人表示，碳达峰不是“碳冲锋”]]，[[K|要坚持先立后破]]，[[K|确保能源安全和产业链供应链稳[[S:gambling:mid-word|鼎盛博汇]]定]]。
""",
    },
    {
        "name": "zh2_yigongti_gaige.txt",
        "lang": "zh",
        "kind": "plain text: county-hospital reform (county medical community) article with porn keywords joined by | before the title, English escort strings glued to Chinese words on both sides, a Chinese escort string mid-sentence and a novel sentence without an obvious fiction cue",
        "metadata": {"title": "县域医共体改革：让群众在家门口看好病", "published": "2022-04-19", "authors": ["俞清河"], "editor": "施敏"},
        "body": r"""
[[S:porn:title-prefix|亚洲欧美综合|制服丝袜|av天堂在线|]]县域医共体改革：让群众在家门口看好病
俞清河　2022年4月19日
　　[[K|2019年，枫岭县以县人民医院为龙头]]，[[K|整合县中医院、18家乡镇卫生院和216个村卫生室]]，[[K|组建紧密型县域医疗卫生共同体]]。[[K|医共体内人员统一招聘、药品统一采购、医保基金统一打包支付]]。
　　[[K|改革以后，县医院的专家定期到乡镇卫生院坐诊]]，[[K|乡镇卫生院的检查结果在医共体内互认]][[S:escort:glued|Bangkok Sugar Daddy]]。[[K|2021年，全县县域内就诊率达到91.3%]]，[[K|比改革前提高了11个百分点]]。
　　[[S:escort:glued|Jakarta Escort Service]][[K|医保基金“总额付费、结余留用”是改革的关键一环]]。[[K|过去医院多收治病人才能多拿医保基金]]，[[K|现在医共体只有让群众少生病、少住院]]，[[K|结余的基金才能留下来用于发展]]。[[S:filler:spliced-sentence|她把那封信压在枕头底下，直到第二年春天也没有拆开。]]
　　[[K|在岭口镇卫生院，记者看到新建的血液透析室已经投入使用]]，[[K|附近的尿毒症患者不用再每周三次往返县城]]。[[K|卫生院院长说，透析设备和技术人员都是[[S:escort:mid-sentence|重庆品茶工作室]]县医院“下沉”来的]]。
　　[[K|改革也面临难题]]：[[K|乡村医生老龄化严重]]，[[K|全县村医平均年龄56岁]]。[[K|枫岭县正在推进“乡聘村用”]]，[[K|由乡镇卫生院统一招聘医学毕业生派驻到村]]，[[K|并落实养老保险待遇]]。
""",
    },
]
