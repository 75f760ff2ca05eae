"""The words of the title grammar (:mod:`.titles`): the heads that end a title,
the look-alike words that do not, and the heads written after a name. Kept
apart as data so that the grammar stays readable."""

from __future__ import annotations

#: words that end a title; longest match first matters only for readability
HEADS = (
    "书记", "副书记", "总书记", "常委", "委员", "主席", "副主席", "主任", "副主任", "总监", "总理", "副总理",
    "总统", "副总统", "首相", "国王", "女王", "王储", "埃米尔", "亲王", "苏丹", "大使", "公使", "参赞",
    "领事", "总领事", "发言人", "代表", "秘书", "干事", "经理", "总经理", "总裁", "总指挥", "县令", "知县", "知府", "太守", "刺史", "王后", "董事", "监事",
    "主管", "工程师", "研究员", "教授", "讲师", "院士", "专家", "医生", "医师", "护士", "教师", "老师",
    "律师", "法官", "检察官", "民警", "警官", "辅警", "司令员", "政委", "政治委员", "指导员", "参谋长",
    "教练", "教练员", "运动员", "选手", "演员", "导演", "作家", "画家", "书法家", "艺术家", "歌手",
    "主编", "总编辑", "编辑", "主持人", "负责人", "创始人", "合伙人", "传承人", "村民", "居民", "农民",
    "工人", "职工", "员工", "志愿者", "党员", "网格员", "讲解员", "队员", "学生", "主播", "首席", "总干事",
    "特使", "特首", "议员", "牵头人", "大臣", "助理", "领袖", "领导人", "副相", "资政", "审议官", "外交官", "司令", "酋长", "外长", "学家", "企业家", "音乐家", "舞蹈家", "摄影家", "部长", "成员", "会长", "理事长", "秘书长", "委员长", "行长", "社长",
    "支书", "国务卿", "学者", "英雄", "模范", "导演", "农民工", "环卫工", "清洁工", "传人", "歌唱家", "演奏家",
    "教育家", "革命家", "政治家", "评论家", "收藏家", "雕塑家", "博士生", "研究生", "硕士生", "大学生", "中学生",
    "小学生", "本科生", "博士后", "顾问", "战士", "士兵", "上等兵", "列兵", "上士", "中士", "下士", "助产士", "博士", "硕士",
    "烈士", "老总", "军人", "外相", "知事",
    # police and people named by their craft or their trade (乘警高嵩, 棋手於之莹, 老板娘肖年春)
    "乘警", "交警", "刑警", "特警", "武警", "巡警", "狱警", "法警", "铁警", "棋手", "旗手", "鼓手", "车手", "射手",
    "水手", "舵手", "骑手", "球手", "拳手", "老板", "老板娘", "商人", "女工", "召集人", "发起人", "带头人", "主委", "CEO", "店主", "摊主", "车主", "业主", "户主", "掌柜", "庄主",
    "场主", "船主", "园主", "技工", "技术工", "干部", "电工", "焊工", "钳工", "木工", "瓦工", "社工", "桥梁工", "养路工", "巡护员",
    # people by what they do or where they stand (司机张三, 旅客李四, 作曲家王五)
    "司机", "乘客", "旅客", "游客", "领队", "牧民", "渔民", "村医", "乡贤", "工匠", "匠人", "商贩", "摊贩",
    "作曲家", "作词家", "继承人", "守护人", "代言人", "经纪人", "创业者", "经营者", "劳动者", "建设者", "管理者",
    "从业者", "守护者", "患者", "读者", "见证者", "亲历者", "践行者", "传承者", "奋斗者", "开拓者",
    "养蜂人", "掌门人", "当家人", "引路人", "领路人", "接班人", "带路人", "讲述人", "制片人", "出品人", "策展人",
    "创办人", "联系人", "投资人", "护林人", "守林人", "领头人", "主理人", "代理人", "追梦人",
    "劳模", "老红军", "红军战士", "将领", "名将", "老将", "小将", "主将", "老兵", "哨兵", "新兵", "新秀",
    # people by their skill (技术能手, 创效能手, 围棋高手)
    "能手", "高手", "好手",
    # people by their field or what they keep (文艺工作者, 登山家, 农家乐主人, 快递小哥)
    "工作者", "爱好者", "研究者", "参与者", "组织者", "登山家", "探险家", "航海家", "主人", "校董",
    "师傅", "小哥",
    # ranks, which stand before the name too (中将张三)
    "上将", "中将", "少将", "大校", "上校", "中校", "少校", "将军",
    # winners and soldiers by kind (诺贝尔奖得主, 科学技术奖获得者, 大赛优胜者, 开山岛民兵); not 观众, 市民,
    # nor 获得者 of an honour that is no prize (道德模范获得者), which the annotations treat as no title
    "得主", "奖获得者", "优胜者", "民兵", "女兵",
    # doctoral and master's supervisors (教授、博导)
    "博导", "硕导",
    # poets, champions, witnesses, farm women and historical ranks (诗人张三, 全国武术冠军李四,
    # 决斗见证人, 农妇, 皇帝, 进士); not 英烈 (一代英烈: praise, no title in the annotations), nor 外援
    # (foreign aid as often as a foreign player)
    "诗人", "冠军", "见证人", "农妇", "皇帝", "皇太后", "太后", "进士", "代表人物",
    # overseas Chinese, elders of a party, imperial degrees and monks (华侨张三, 国民党元老李四, 末代探花, 东晋高僧)
    "华侨", "侨胞", "元老", "状元", "榜眼", "探花", "高僧",
    # performers of a craft and royal children (清代艺人张三, 某国公主王五)
    "艺人", "公主", "王子",
    # people in a criminal case (犯罪嫌疑人李某), writers of plays and films (编剧张三), inspectors (总督察)
    "嫌疑人", "编剧", "督察",
    # a speaker of a parliament, which LAC may read as a verb (众议院议长/v)
    "议长",
    # honours written before the name (“践行…”先进个人某某, “感动中国”年度人物某某, “五四奖章”获得者某某,
    # “八一勋章”获得者某某: a medal is an honour as a prize is; 某某青年科学基金获得者: a scientist's grant
    # awarded by competition, as a prize is)
    "先进个人", "年度人物", "奖章获得者", "勋章获得者", "基金获得者",
    # players by their place in the team (某某队主攻李四, 国安队前锋张三, 门将王五)
    "主攻", "副攻", "自由人", "前锋", "后卫", "中锋", "门将",
    # a team's positions in a relay of players (某队先锋张三, 副先锋李四, 副将王五), a setter (二传)
    "先锋", "副先锋", "副将", "二传",
    # roles the conventions give as titles: yamen runners, maternity nurses, assistants (老差役郑某,
    # 月嫂方某, 助手张某); not 军阀 (讨伐/vn + 军阀: LAC's noun reading of the verb before it joins it)
    "差役", "月嫂", "助手",
    # guides, cooks, housewives and soldiers by their merit (向导某某, 行政总厨某某, 主妇某某, 一等功臣某某);
    # not 达人 (an enthusiast: 某某达人 is praise as often as a role)
    "向导", "总厨", "主厨", "主妇", "功臣",
    # police officers, doctors and trades of service (环保警察某某, 某医院大夫某某, 保安某某, 导游某某, 矿工某某);
    # with a surname alone they are forms of address, no name (田大夫)
    "警察", "大夫", "保安", "导游", "矿工", "护工", "保姆", "船工", "渔夫", "空乘", "空姐", "裁缝", "帮厨", "义工",
    # members of a council or a jury, governors and envoys (某学会理事某某, 大赛评委某某, 河道总督某某, 汉朝使节某某),
    # missionaries and drillers (传教士某某, 司钻某某), whistleblowers (举报人某某), owners of a house as of a
    # shop or a car (某客栈房主某某), a firm's general agent (某合作社总代理某某); not 当事人, 法定代表人, 首领 or
    # 创客: tried, they drew the title's front across 与/和 and a name before it (某某多次与当事人某某)
    "理事", "评委", "总督", "使节", "传教士", "司钻", "举报人", "房主", "总代理",
)
#: X长 is a head (区长, 局长, 校长 ...) except in these words
NOT_HEADS = ("家长", "兄长", "学长", "成长", "增长", "延长", "擅长", "特长", "专长", "生长", "助长",
             "见长",

             # X员 is a role (邮递员, 售货员) except in these words
             "动员", "全员", "满员", "裁员", "减员", "增员", "官员们",
             # and X户 (贫困户, 种粮大户) except in these
             "窗户", "门户", "账户", "帐户", "开户", "落户", "入户", "过户", "万户", "每户", "全户", "一户",
             # and X官 (执行官, 外交官) except in these
             "器官", "五官", "感官", "百官", "做官", "当官", "升官",
             # and X师 (导师, 设计师) except in these
             "誓师", "出师", "会师", "拜师", "班师", "京师", "王师", "帝师",
             # agent nouns of three characters or more end in 者 or 家 (受害者, 鉴定家, 理论家);
             # these words with those endings name no one's role
             "或者", "再者", "前者", "后者", "二者", "两者", "三者", "来者", "笔者",
             "国家", "人家", "老家", "农家", "酒家", "娘家", "婆家", "商家", "厂家", "店家", "东家", "冤家", "亲家",
             "全家", "回家", "在家", "我家", "他家", "自家", "万家", "千家", "百家", "各家", "一家", "两家", "独家",
             "住家", "安家", "成家", "起家", "居家", "持家", "老人家", "人家",
             # the host or hostess of a household (女主人): a bond with a house, as relations give no title
             "女主人", "男主人")
#: heads that may follow the name (习近平总书记, 李克强总理)
POSTFIX_HEADS = frozenset({"总书记", "主席", "总理", "委员长", "书记", "总统", "首相", "部长", "省长",
                           "市长", "县长", "区长", "大使", "教授", "院士", "秘书长", "国务委员", "副总理", "王储",
                           "医生", "老师", "教练", "委员", "主任", "董事长", "局长", "厅长", "镇长", "村长",
                           "上将", "中将", "少将", "大校", "上校", "中校", "少校", "将军",
                           # offices and crafts written after the name too (赵某警官, 李某院长)
                           "警官", "法官", "律师", "院长", "校长", "所长", "馆长", "站长", "队长", "社长", "会长",
                           "处长", "科长", "行长", "团长", "总经理", "研究员", "工程师", "导演",
                           # heads of state and vice-presidents (萨某国王, 彭某副总统)
                           "国王", "女王", "副总统", "副主席",
                           # a doctor's degree after the name (张某博士说)
                           "博士",
                           # a speaker of a parliament and a martyr after the name (拉某议长, 许某烈士)
                           "议长", "烈士"})
#: the sex in brackets after a name (杨某（女） on a roster line, 任命赵某（女）为…)
SEX_MARKS = ("（女）", "(女)", "（男）", "(男)")
#: verbs of appointing before a name whose title follows 为 (任命张某为…, 聘请李某为…)
APPOINTING = ("任命", "提名", "聘任", "聘请", "推选", "选举", "委任", "特任", "增补")
