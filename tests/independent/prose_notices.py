"""Invented texts for the pages of session 39 (no real article is copied):
the entries of a front page's contents box (导读), a correction and a call
for contributions, two readers' letters with the reporter's answers, an
essay that quotes a teacher's diary at length, the rest of a front-page
report carried over to another page, a policy explainer listing its
points, a history essay with its notes, a weather box and a public
service advertisement."""

#: the contents box of a front page: (heading of a report inside, the page it is on)
CONTENTS: list[tuple[str, int]] = [
    ("县域商业体系建设提速", 2),
    ("古村落里的新生活", 3),
    ("城市书房开到家门口", 5),
    ("春日赏花好去处", 6),
    ("老手艺焕发新光彩", 7),
    ("江城女排再夺联赛冠军", 8),
]

#: a correction (更正) and a call for contributions (征稿启事) with its signature and date
CORRECTION = ("本报三月六日第三版刊发的《河西镇春耕备耕正当时》一文中，“集中育秧比例比去年提高了八个百分点”"
              "应为“集中育秧比例比去年提高了六个百分点”。特此更正，并向读者致歉。")
CALL_FOR_WRITING = ("为庆祝本报创刊七十周年，即日起面向社会征集“我与江城日报”主题征文，讲述您与本报的故事。"
                    "体裁不限，每篇不超过两千字，截稿日期为五月三十一日。来稿请注明真实姓名和联系方式，寄至本报副刊部。")
CALL_SIGNED = ["江城日报社", "二〇二四年三月六日"]

#: a reader's letter about a worn crossing, signed with the sender's district and name, and the reporter's inquiry
LETTER_CROSSING: list[str] = [
    "编辑同志：我家住在城西区桂花路，孩子在路口的实验小学读书。学校门口这段路车流量大，原先的斑马线早已磨损得看不清，"
    "接送孩子的家长只能在车流中穿行，每天早上都提心吊胆。",
    "前不久，一位老人带着孙子过马路时，险些被一辆转弯的货车撞上。附近居民向有关部门反映过几次，至今没有下文。"
    "希望有关部门尽快补划斑马线、加装信号灯，给孩子们一条安全的上学路。",
]
CROSSING_SENDER = "江城市城西区 林晓"
INQUIRY_CROSSING: list[str] = [
    "接到读者来信后，记者来到桂花路实验小学门口。早上七点半，正是学生到校的高峰，路面上的斑马线只剩下零星几段白漆，"
    "不少家长拉着孩子在车辆间穿行。",
    "记者就此联系了城西区交通管理部门。工作人员表示，桂花路去年进行过管网改造，施工结束后路面标线没有及时恢复，"
    "目前已将该路段列入本月的标线施划计划，并将在学校门口增设一处人行信号灯。",
    "学校负责人说，在信号灯建成前，学校将安排教师和家长志愿者在上下学时段护导，确保学生安全通行。",
]

#: a reader's letter about a rural bus line, and the reply reported under its own headline
LETTER_BUS: list[str] = [
    "编辑同志：我是河西镇石门村的村民，家里老人每周要到县城医院复查。村里通往县城的公交车一天只有早晚两班，"
    "错过了就得花几十元包车，很不方便。",
    "村里像我家这样的情况不少，年轻人大多在外打工，老人和孩子出行全靠公交。希望公交公司能根据村民需要适当增加班次，"
    "让大家出门少些为难。",
]
BUS_SENDER = "河西镇石门村 陈平"
REPLY_BUS: list[str] = [
    "记者近日就读者反映的问题采访了县公交公司。公司负责人介绍，石门村所在线路沿线人口较少，过去客流不足，"
    "因此只开行早晚两班车。",
    "公司近期对沿线十二个村开展了出行需求调查，发现老人就医和学生上学的出行集中在上午和傍晚。根据调查结果，"
    "该线路下月起将增加到每天六班，并在县医院门口设站停靠。",
    "县交通运输局表示，下一步将推广预约响应式公交，村民提前一天电话预约，即可按需发车，进一步方便群众出行。",
]

#: an essay that quotes a village teacher's diary: the text before the quotation, the quoted passage, the text after
DIARY_BEFORE: list[str] = [
    "在县档案馆里，保存着一本纸页泛黄的日记。它的主人是石桥村小学的第一任校长何守义，从一九七八年到一九九五年，"
    "他几乎每天都要写上几行，记下学生的出勤、校舍的修缮和村里的大事小情。",
    "翻开日记，字里行间满是一位乡村教师对孩子们的牵挂。一九八一年冬天，学校的屋顶被大雪压塌了一角，他在日记中写道：",
]
DIARY_QUOTE: list[str] = [
    "雪下了一夜，天亮时东边教室的房梁断了。幸好是夜里，孩子们都不在。上午和村里的几个青年把桌椅搬到祠堂，"
    "下午照常上课。祠堂四面透风，孩子们的手冻得通红，却没有一个说要回家。我站在门口，心里又酸又热。",
    "晚上在油灯下算了算，修房子要木料三方、瓦两千片，队里答应出一半，剩下的我去公社想办法。"
    "只要孩子们还愿意来，学校就不能停。",
]
DIARY_AFTER: list[str] = [
    "这段朴素的文字，让人看到了那个年代乡村教育的艰难，也看到了一代乡村教师的坚守。正是靠着这样的坚守，"
    "山里的孩子才有了走出大山的机会。",
    "四十多年过去，石桥村小学早已换了新校舍，建起了录播教室和科学实验室。但何守义日记里的那份执着，"
    "仍然值得今天的教育工作者细细品味：办好乡村教育，既要有好的条件，更要有一群把孩子放在心上的人。",
]

#: the rest of a front-page report carried over to page two, opening in mid-sentence, and its short label there
RUN_ON_LABEL = "招聘会为求职者搭桥"
RUN_ON: list[str] = [
    "岗位涉及智能制造、电子商务、医疗护理等二十多个行业，其中技能类岗位占到四成以上。不少企业把招聘摊位"
    "搬进了职业院校，现场面试、现场签约。",
    "市人社局还在招聘会现场设立了政策咨询台，为求职者讲解就业补贴、创业担保贷款等政策，"
    "并提供简历指导和职业测评服务。",
    "据统计，今年以来全市已举办各类招聘活动一百三十多场，帮助两万余名求职者实现就业。",
]

#: a policy explainer: its opening, the points it lists (without their marks) and its closing paragraph
EXPLAINER_INTRO = "近日，市医疗保障局出台新一轮惠民措施，自四月一日起施行。记者梳理了新政中与群众关系最密切的几项变化。"
EXPLAINER_POINTS: list[str] = [
    "门诊报销比例提高。职工医保参保人员在社区卫生服务中心等基层医疗机构就诊，政策范围内费用的报销比例由七成提高到七成五。",
    "异地就医结算更便捷。参保人员到省外就医，可通过手机程序在线办理备案，备案后在定点医院看病可直接结算，不必再回参保地报销。",
    "长期护理保险扩面。失能老人的居家护理费用纳入保障范围，每月最高可报销一千二百元，全市预计有六千余名老人受益。",
    "药品保障范围扩大。新增三十种慢性病用药纳入门诊特殊病种用药目录，高血压、糖尿病患者在家门口的药店即可购药报销。",
]
EXPLAINER_END = "市医疗保障局有关负责人表示，将通过社区宣讲、线上答疑等方式做好政策解读，确保各项措施落实到位。"

#: a history essay whose paragraphs carry note marks, and its notes (digits half-width, as notes print them)
NOTED_ESSAY: list[str] = [
    "乡村教育的发展，离不开一代代乡村教师的坚守。早在上世纪五十年代，江城县就提出“村村有小学”的目标，"
    "到一九六五年，全县小学入学率已超过九成①。",
    "改革开放以后，乡村学校的办学条件逐步改善。统计显示，一九八五年至一九九五年间，全县新建和改建校舍十二万平方米，"
    "基本消除了危房②。",
    "进入新时代，乡村教育的重点从“有学上”转向“上好学”。城乡学校结对帮扶、教师走教、录播课堂等做法，"
    "让优质教育资源逐步延伸到山区③。",
    "回望这段历程可以发现，乡村教育的每一步发展，都与教师队伍建设密切相关。稳住乡村教师队伍，"
    "是办好乡村教育的根本。",
]
NOTES: list[str] = [
    "①江城县地方志编纂委员会编：《江城县志》，江城出版社1998年版，第412页。",
    "②江城县教育局编：《江城教育统计资料汇编》，1996年内部印行，第37页。",
    "③参见何明：《城乡教育一体化的实践探索》，《江城日报》2023年9月10日。",
]

#: a city paper's weather box: (day, sky, temperatures), the air quality and who issued it
WEATHER: list[tuple[str, str, str]] = [
    ("今天", "多云转晴", "12～22℃"),
    ("明天", "晴", "14～25℃"),
    ("后天", "小雨", "13～19℃"),
]
WEATHER_AIR = "空气质量　良"
WEATHER_SOURCE = "江城市气象台发布"

#: a public service advertisement (公益广告): its slogan, a second line and who placed it
AD_SLOGAN = ["文明江城", "你我共建"]
AD_LINE = "讲文明　树新风　做文明有礼江城人"
AD_SPONSOR = "江城市文明办　江城日报社　宣"
