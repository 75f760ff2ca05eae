"""A brief column set wider than the columns around it: PyMuPDF's blocks give
each item's lines a block or two, read as headline-shaped next to the narrow
column. An item opening under the column's heading or after an item's authors
with a phrase, a space and text that runs on is a brief: its title run in, its
text, its authors' bracket closing it, the bracket's line too."""

from __future__ import annotations

import banmian

PAGE = """2022年7月6日 星期三
第5版
城市新闻

社区食堂开到家门口

本报记者 林晓

社区食堂开门第一天，就来
了一百多位老人。饭菜口味清
淡，价格实惠，一荤两素只要
十二元，老人们吃得很满意。

简讯

河滨步道全线贯通　经过一年建设，河滨
步道近日全线贯通，沿线新建观景平台三处，并配
套建设了驿站和公厕。（李明 王芳）

老年大学春季班开课　日前，市老年大学

春季班开课，开设书法、声乐、智能手机使用等课
程四十余门，吸引两千多名老人报名。（赵强）

夜间公交新增三条线路　近日，市公交集团
开通三条夜间公交线路，覆盖火车站、大学城和
主要商圈，方便市民夜间出行，末班车时间延长

至午夜。（周涛 吴静）
"""


def test_brief_items_wider_than_the_column_keep_their_run_in_titles():
    edition = banmian.parse_text(PAGE, enrich=False)
    titles = [a.headline.title for a in edition.articles]
    assert titles == ["社区食堂开到家门口", "河滨步道全线贯通", "老年大学春季班开课", "夜间公交新增三条线路"], titles
    last = edition.articles[-1]
    assert last.paragraphs[-1].endswith("末班车时间延长至午夜。"), last.paragraphs
    assert [b.name for b in last.bylines] == ["周涛", "吴静"]


HEADLINE_AFTER_ITEM = """2022年7月6日 星期三
第5版
城市新闻

简讯

河滨步道全线贯通　经过一年建设，河滨步道近日
全线贯通，沿线新建观景平台三处。（李明 王芳）

河湖治理见成效 水质持续向好

今年以来，我市持续推进河湖
综合治理，全市十二条主要河流
水质稳定达标，部分河段重新出
现了成群的白鹭。（赵强 周涛）
"""


def test_two_phrases_a_space_apart_after_an_item_are_a_headline():
    """The second phrase says no clause on its line: a headline's two phrases, not a brief's run-in title."""
    edition = banmian.parse_text(HEADLINE_AFTER_ITEM, enrich=False)
    titles = [a.headline.title for a in edition.articles]
    assert titles == ["河滨步道全线贯通", "河湖治理见成效 水质持续向好"], titles
