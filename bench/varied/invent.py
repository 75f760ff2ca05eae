"""Invented material for what the corpus lacks: names, credits, notes, labels."""

from __future__ import annotations

import random

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
            "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱覃武戴孔汤庞")
GIVEN = ("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国志文斌宇浩凯健俊帆琳晨欣悦雪琪佳"
         "慧莉金海波峰林颖晓燕婷雯倩丹岩振宏亮龙飞春梅新宁博毅嘉瑞瑶蕾")
CITIES_ABROAD = ("莫斯科", "华盛顿", "东京", "柏林", "巴黎", "伦敦", "开罗", "内罗毕", "新德里", "曼谷", "悉尼",
                 "里约热内卢", "布鲁塞尔", "日内瓦", "雅加达", "河内", "首尔", "罗马", "马德里", "约翰内斯堡")
AFFILIATIONS = ("中国人民大学马克思主义学院", "北京大学经济学院", "中共中央党校（国家行政学院）", "复旦大学国际关系与公共事务学院",
                "中国社会科学院哲学研究所", "清华大学公共管理学院", "武汉大学法学院", "南开大学周恩来政府管理学院",
                "国务院发展研究中心", "中国宏观经济研究院", "浙江大学中国农村发展研究院", "中山大学岭南学院")
POSITIONS = ("教授", "研究员", "副教授", "院长", "副研究员", "博士生导师")
COLUMN_LABELS = ("学思践悟", "观点集萃", "理论前沿", "基层观察", "实践探索", "思想纵深", "时代新论", "治理之道",
                 "经济观察", "深度解读", "新论快语", "读书札记", "调研手记", "一线见闻", "民生视点", "文化广角")
BANNERS = ("奋进新时代 建功新征程", "凝心聚力 砥砺前行", "坚持稳中求进 推动高质量发展", "守正创新 勇毅前行",
           "深化改革开放 增强发展活力", "聚焦民生实事 共建美好家园", "弘扬时代新风 凝聚奋进力量")
BRIEF_HEADINGS = ("简讯", "新闻速递", "一线快讯", "综合短讯", "本地简报", "消息速览")
SUBHEADS = ("在实践中深化规律性认识", "以改革创新激发发展活力", "把握新时代的历史方位", "坚持以人民为中心",
            "筑牢高质量发展的根基", "着力补齐短板弱项", "切实增强工作的系统性", "推动各项举措落地见效",
            "构建协同高效的治理格局", "持续优化营商环境", "夯实基层基础", "让群众有更多获得感",
            "守住安全发展底线", "深化重点领域改革", "用好科技创新这个关键变量", "凝聚干事创业的强大合力",
            "健全长效工作机制", "讲好新时代的奋斗故事", "牢牢把握工作主动权", "坚持系统观念统筹推进")
SECTIONS = ("要闻", "理论", "综合新闻", "国际", "经济", "社会", "文化", "评论", "地方新闻", "科技", "体育", "视点")
WEEKDAYS = "一二三四五六日"


def person(rng: random.Random) -> str:
    """A common surname and one or two given characters."""
    given = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.7 else "")
    return rng.choice(SURNAMES) + given


def people(rng: random.Random, count: int) -> list[str]:
    names: list[str] = []
    while len(names) < count:
        name = person(rng)
        if name not in names:
            names.append(name)
    return names


def padded(name: str) -> str:
    """Two-character names are printed with a space between (汪 涛)."""
    return f"{name[0]} {name[1]}" if len(name) == 2 else name


def author_note(rng: random.Random) -> str:
    unit, position = rng.choice(AFFILIATIONS), rng.choice(POSITIONS)
    if rng.random() < 0.7:
        return f"（作者为{unit}{position}）"
    return f"（作者单位：{unit}）"


def closing_dateline(rng: random.Random, date: str) -> str:
    month, day = (int(part) for part in date.split("-")[1:3])
    return f"本报{rng.choice(CITIES_ABROAD)}{month}月{day}日电"
