"""An article's summary points under its headline (text mode; invented text,
each printed line a block of its own, as PyMuPDF's blocks give a column
whose leading opens up): a report resumed
from another page (its headline, then （上接第2版）) opens with two points,
each a bullet (●) wrapped over two short lines, over its dated text. The
points stand like headline lines, but they are the article's first
paragraphs, one a bullet: no headline of an article of their own (inside a
text the same bullets head its parts, as subheadings)."""

from __future__ import annotations

import banmian

PAGE = "\n\n".join([
    "2024年3月8日 星期五",
    "第4版",
    "要闻",
    "三百多万农村老人用上",
    "助餐服务（权威发布）",
    "（上接第2版）",
    "●全省建成社区食堂两千",
    "多家",
    "●老年助餐覆盖八成以上",
    "的乡镇",
    "本报江城3月7日电 （记者李明）",
    "今天，省民政厅举行新闻发布会。",
    "民政厅负责人介绍，去年全省新建",
    "社区食堂和老年助餐点两千多家，",
    "三百多万农村老人在家门口吃上了",
    "热乎饭。",
    "据介绍，今年将继续推进助餐服",
    "务向偏远山区延伸，并探索“中央",
    "厨房加配送”的模式，让更多老人",
    "受益。",
]) + "\n"


def _articles():
    return banmian.parse_text(PAGE, enrich=False).pages[0].articles


def test_bullet_points_head_no_article():
    assert [a.headline.title for a in _articles()] == ["三百多万农村老人用上助餐服务（权威发布）"]


def test_bullet_points_open_the_report_one_a_paragraph():
    (report,) = _articles()
    assert report.paragraphs[:2] == ["●全省建成社区食堂两千多家", "●老年助餐覆盖八成以上的乡镇"]
