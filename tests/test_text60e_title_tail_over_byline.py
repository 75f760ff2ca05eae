"""Text mode: a headline has one byline. A short line under a title that
reads as a name (a surname first: 高效, 严又实在) right over the byline that
gives the authors with their roles (■ / 本报记者 / 张三 / 李四) is the title's
wrapped tail, not a second author line; with no such byline under it, it is
read as before. Invented text."""

from __future__ import annotations

import banmian
from banmian.layout.roles import BODY, BYLINE, TITLE
from banmian.layout.text_bylines import mark_names_under_headlines
from banmian.layout.text_units import Unit
from banmian.model import Block

BEFORE = ["江城新建三座口袋公园", "本报江城3月2日电 今年", "江城市在老城区新建了三座口", "袋公园，附近的居民出门走几",
          "步就能休息散步。公园里种了", "桂花和香樟，还放了不少长椅", "和健身器材，老人孩子都爱来", "这里坐一坐。"]
BODY_LINES = ["本报青山3月5日电 连日", "来，某某在青山县调研基层治", "理工作，先后来到社区、村委",
              "会和便民服务中心，了解群众", "办事的情况。他说，要把群众", "的事情办好办实。"]


def _last_article(lines: list[str]) -> dict:
    return banmian.parse_text("\n".join(lines), enrich=False).to_dict()["pages"][0]["articles"][-1]


def test_tail_over_a_marked_byline_in_the_stream_ends_the_title():
    head = ["某某在青山县调研时强调", "推动基层治理更加精准", "高效", "■", "本报记者", "王江河", "李青山"]
    article = _last_article([*BEFORE, *head, *BODY_LINES])
    assert article["headline"]["title"] == "推动基层治理更加精准高效"
    assert [b["name"] for b in article["bylines"]] == ["王江河", "李青山"]


def _units(under: Block | None) -> list[Unit]:
    units = [Unit(Block(["某某市加强食品安全监管"], TITLE)), Unit(Block(["食品监管既"], TITLE)),
             Unit(Block(["严又实在"], TITLE))]
    return [*units, *([Unit(under)] if under else []), Unit(Block(list(BODY_LINES), BODY))]


def test_tail_unit_over_a_byline_with_roles_stays_a_title_line():
    units = _units(Block(["■ 本报记者 王江河 李青山"], BYLINE))
    mark_names_under_headlines(units)
    assert units[2].block.role == TITLE


def test_name_line_with_no_byline_under_it_is_read_as_before():
    units = _units(None)
    mark_names_under_headlines(units)
    assert units[2].block.role != TITLE
