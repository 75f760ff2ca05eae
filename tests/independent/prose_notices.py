"""Invented texts for the pages of session 39 (no real article is copied):
the entries of a front page's contents box (导读), a correction and a call
for contributions, two readers' letters with the reporter's answers, an
essay that quotes a teacher's diary at length, and the rest of a
front-page report carried over to another page."""

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
