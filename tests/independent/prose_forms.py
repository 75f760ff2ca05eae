"""Invented texts for the pages of session 38's second batch (no real
article is copied): a long report that wraps round a neighbour, a report
with a table of figures, a photo group's shared caption, a commentary,
news briefs that open with their datelines, the rest of a report carried
over from page one, and a feature under a quoted kicker."""

#: a long report, long enough to fill three columns and two more under a neighbour
LONG_REPORT: list[str] = [
    "春节过后，位于临港经济开发区的一家新能源电池企业就开足马力生产。走进总装车间，"
    "一条条生产线上机械臂上下翻飞，每隔几十秒就有一块电池包下线，装车发往全国各地的整车厂。",
    "企业生产部负责人告诉记者，今年一季度订单比去年同期增长了四成，为了按时交货，"
    "企业新招了三百多名技术工人，还把两条老生产线改造成了智能化产线，单线产能提高了一半。",
    "这家企业的快速成长，是开发区新能源产业集聚发展的一个缩影。近年来，开发区围绕电池材料、"
    "电芯制造、电池回收等环节延链补链，先后引进上下游项目四十余个，总投资超过六百亿元。",
    "产业集聚离不开优质的营商环境。开发区推行项目帮办代办制度，为每个重点项目配备一名服务专员，"
    "从签约到开工的时间由过去的半年压缩到两个月以内。一家配套企业的负责人说，土地、水电、"
    "环评等手续都有专人跑，企业只需要专心搞建设。",
    "人才是产业发展的第一资源。开发区与本地三所高校合作开设新能源订单班，"
    "学生在校期间就到企业实习，毕业后可直接上岗；同时建设人才公寓两千余套，"
    "帮助引进人才解决住房问题。",
    "创新平台也在加快布局。去年，开发区建成省级新能源电池创新中心，联合企业和高校开展关键技术攻关，"
    "已申请发明专利一百二十多项，其中多项成果在园区企业实现转化。",
    "开发区管委会负责人表示，下一步将瞄准储能、氢能等新赛道，着力引进一批龙头项目，"
    "力争到后年新能源产业产值突破千亿元，把开发区建成具有全国影响力的新能源产业基地。",
]

#: a report with a table of figures: its text, the table's title, rows and source
TABLE_REPORT: list[str] = [
    "记者从市统计局获悉，一季度全市经济运行开局良好，主要指标保持平稳增长，"
    "地区生产总值同比增长百分之六点一，增速比去年全年加快零点八个百分点。",
    "分行业看，工业生产稳步回升，新能源、电子信息等产业增势较好；消费市场持续回暖，"
    "餐饮、文旅等接触型消费明显改善；固定资产投资保持较快增长，其中工业投资增长超过一成。",
    "市统计局有关负责人表示，当前经济恢复的基础还需进一步巩固，下一步要在扩大内需、"
    "稳定就业和培育新动能上持续用力，推动经济运行持续向好。",
]
TABLE_TITLE = "一季度全市主要经济指标"
TABLE_HEAD = ["指标", "总量（亿元）", "同比增长（%）"]
TABLE_ROWS: list[list[str]] = [
    ["地区生产总值", "1286.4", "6.1"],
    ["规模以上工业增加值", "402.7", "7.2"],
    ["社会消费品零售总额", "538.9", "8.4"],
    ["固定资产投资", "611.3", "9.0"],
]
TABLE_SOURCE = "数据来源：市统计局"

#: a photo group's one caption, and the caption of a photo set beside its text
GROUP_CAPTION = ("眼下正值郁金香盛花期，江城植物园内五十万株郁金香竞相绽放，"
                 "市民游客赏花拍照，尽享春光。")
SIDE_CAPTION = "选手们在赛道上奋力冲刺。"
#: one more paragraph for the flower report under the photo group
FLOWERS_MORE = ("据了解，郁金香花展将持续到四月底，其间植物园还将举办摄影大赛、"
                "科普讲座和亲子自然课堂等活动，让市民在赏花的同时了解更多植物知识。")

#: a commentary under a column logo
COMMENT: list[str] = [
    "这段时间，不少城市推出夜间经济新场景：老街区亮起灯光秀，公园里办起音乐会，"
    "夜市的烟火气吸引了大批年轻人。夜间经济的火热，折射出消费市场的活力，也反映了人们对美好生活的向往。",
    "然而也要看到，一些地方的夜市存在同质化问题，千篇一律的小吃摊和文创摊位，让游客逛过一次便失去了兴趣。"
    "还有的地方一味追求热闹，噪声扰民、交通拥堵等问题随之而来，影响了周边居民的正常生活。",
    "发展夜间经济，关键在于因地制宜、突出特色。要深入挖掘本地的历史文化和风土人情，"
    "把城市的独特气质融入消费场景之中，让人们在夜色中读懂一座城。",
    "同时，要把精细化管理贯穿始终。合理规划夜市的位置和经营时间，完善停车、照明、公厕等配套设施，"
    "统筹好热闹与安宁的关系，才能让夜间经济既有人气，也有口碑。",
]
COMMENT_NOTE = "（作者为江城大学经济学院教授）"

#: news briefs opening with their datelines: (title, dateline, bylines in brackets after it, text)
DATELINE_BRIEFS: list[tuple[str, str, list[tuple[str, str]], str]] = [
    ("全国春季农业生产现场会召开", "本报北京3月5日电", [("记者", "何静")],
     "全国春季农业生产现场会5日召开，会议要求各地抓好春耕备耕，确保粮食播种面积稳定。"),
    ("两部门部署春运后返岗服务", "据新华社北京3月5日电", [],
     "人力资源和社会保障部、交通运输部近日联合部署做好节后农民工返岗服务，开行返岗专列专车。"),
    ("长三角科创合作平台启用", "本报上海3月5日电", [("记者", "钱亮"), ("通讯员", "梁宇")],
     "长三角科技创新合作服务平台5日在上海启用，首批汇集科研仪器设备三万余台套。"),
    ("大运河文化带新添一批展馆", "据新华社南京3月4日电", [],
     "江苏沿大运河新建的十二座博物馆和展示馆日前陆续开放，展出文物和史料一万余件。"),
]

#: the part of a front-page report carried over to this page, opening in mid-sentence
CARRIED_OVER: list[str] = [
    "让群众少跑腿、好办事。去年以来，全市推出“一件事一次办”事项一百二十个，"
    "企业开办、不动产登记等高频事项实现一个窗口受理、一次办结。",
    "在区政务服务中心，前来办事的市民张女士只用了二十分钟就办好了孩子的入学手续。"
    "她说，以前要跑好几个部门、交好几份材料，现在一张表就够了。",
    "市政务服务管理局负责人表示，今年将推动更多事项网上办、掌上办，"
    "让数据多跑路、群众少跑腿。",
]
JUMP_HEAD = "政务服务跑出加速度"

#: a feature under a kicker that quotes its subject
QUOTE_KICKER = "“手艺不能在我这一代断了”"
QUOTE_SUBTITLE = "——记省级非遗竹编技艺传承人赵志明"
