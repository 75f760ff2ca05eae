"""A brief's authors in brackets set alone under its text (……。 / （张三）)
end that brief (text mode; invented text, an extractor's content-stream
order, one printed line a line). The text under the bracket is another
article's, drawn before its headline: that headline (and its dashed
subtitle, whose words the text repeats) closes it, and does not take the
text after it, which the headlines drawn after it claim (one run of two
articles' headlines, the later opening its text under it)."""

from __future__ import annotations

import banmian

PAGE = """江城日报
第6版社会
2024年3月5日 星期二
责任编辑：林木/版式设计：高山
城南公园新添健身步道
日前，城南公园新修的健身
步道正式开放，步道全长三公里，
沿途设有休息驿站和饮水点。
公园管理处介绍，步道铺设
了透水材料，雨后不积水，市民
晨练更加方便。
北方多地迎来降雪
气象台5日发布降雪预报：预
计5日夜间至6日白天，北方多地
将有小到中雪，局地大雪。
气象部门提醒，降雪将对交
通出行造成影响，请公众及时关
注天气预报，提前做好准备。
（周云）
好友苏远航先生在花甲之年，
把多年的航海笔记整理成书，嘱
我作序，我欣然从命。
苏远航先生出身渔家，少年
时随父出海，后来考入航海学校，
一生与大海为伴。
书中记下了他走过的大小港
口，也记下了船员们的喜怒哀乐，
读来真切动人。
把大海写进书里（序与跋）
——《苏远航航海笔记》序
本报讯（记者 马群）今年的
春节档电影格外热闹，几部动画电影接连上映，影院里
常常座无虚席。
不少家长带着孩子走进影院，
一家人一起看动画成了新年俗。
业内人士说，动画电影的制作
水平逐年提高，观众的口碑也越
来越好。
动画电影持续升温
家长孩子同看一部片
书香飘进千家万户
——写在全民阅读活动启动之际
本报记者 林雨
全民阅读活动日前在江城启
动，图书馆、书店和社区书屋
推出了一系列读书活动。
活动主办方表示，希望让书
香飘进千家万户，让阅读成为
更多人的生活方式。
"""


def _articles():
    return banmian.parse_text(PAGE, enrich=False).pages[0].articles


def test_the_text_under_a_briefs_bracket_goes_to_the_headline_under_it():
    preface = next(a for a in _articles() if a.headline and a.headline.title == "把大海写进书里（序与跋）")
    assert preface.paragraphs[0].startswith("好友苏远航先生")
    assert preface.paragraphs[-1].endswith("读来真切动人。")


def test_the_brief_over_the_bracket_keeps_its_own_text():
    snow = next(a for a in _articles() if a.headline and a.headline.title == "北方多地迎来降雪")
    assert snow.paragraphs[-1].endswith("提前做好准备。")
