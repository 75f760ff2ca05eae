"""A briefs column's picture news: a title, a sentence or two on the photo,
the photographer's credit at the text's end and the item's authors in
brackets under it. The text is the item's body (the credit closing it, as
printed), the bracket its byline: a photo's caption is never signed by
reporters' brackets (text mode; invented page, one line a printed line)."""

from __future__ import annotations

import banmian
from banmian.layout.roles import BODY, BYLINE, TITLE
from banmian.layout.signed_picture_texts import signed_picture_texts
from banmian.layout.text_units import Unit
from banmian.model import Block

PAGE = """江城日报
2025年5月6日 星期二 第2版 要闻
春季植树造林任务全面完成
记者从市林业局获悉，今年春季全市共完成植树造林十二万亩，
超额完成年度计划任务，新建森林乡村三十个。
各地因地制宜选择适生树种，把造林绿化与乡村振兴结合起来，
群众参与热情高涨。下一步将加强新造林地的管护工作。
（本报记者 林森）
茶园春色浓
4月28日，在江南县青山镇的茶园里，茶农正在采摘新茶。
眼下正值春茶采摘旺季，当地茶农抢抓农时，确保茶叶品质。
陈立新摄（城乡影像）
（赵明远 孙晓）
龙舟竞渡迎端午
5月2日，江城市民在月湖上举行龙舟比赛，吸引众多市民观看。
周海涛摄（城乡影像）
（吴丽）
"""


def test_a_picture_text_signed_by_its_authors_is_its_items_body():
    articles = banmian.parse_text(PAGE, enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["春季植树造林任务全面完成", "茶园春色浓", "龙舟竞渡迎端午"]
    tea, boats = articles[1], articles[2]
    assert tea.paragraphs[0].startswith("4月28日，在江南县青山镇的茶园里")
    assert tea.paragraphs[-1].endswith("陈立新摄（城乡影像）")
    assert [b.name for b in tea.bylines] == ["赵明远", "孙晓"]
    assert [b.name for b in boats.bylines] == ["吴丽"]
    assert boats.paragraphs == ["5月2日，江城市民在月湖上举行龙舟比赛，吸引众多市民观看。周海涛摄（城乡影像）"]


def test_a_text_over_a_credit_shaped_headline_and_a_bracket_is_signed():
    # PyMuPDF's blocks: the caption run into the text's block, the credit a block of its own read as a
    # headline candidate, then the authors' bracket (the item's title drawn after them)
    units = [Unit(Block(["4月28日，在江南县青山镇的茶园里，茶农正在采摘新茶。"], BODY)),
             Unit(Block(["陈立新摄（城乡影像）"], TITLE)), Unit(Block(["（赵明远 孙晓）"], TITLE)),
             Unit(Block(["茶园春色浓"], TITLE))]
    out = signed_picture_texts(units)
    assert [u.block.role for u in out] == [BODY, BYLINE, TITLE]
    assert out[0].block.lines == ["4月28日，在江南县青山镇的茶园里，茶农正在采摘新茶。陈立新摄（城乡影像）"]
    assert [b.name for b in out[1].bylines] == ["赵明远", "孙晓"] and out[1].closing
