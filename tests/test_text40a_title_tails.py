"""Text mode: a title's short last line is no column label.

A column's label (思想纵横, 一线见闻) may stand under a headline before the
text; but a short line right over the article's byline (■ 通讯员 张三) or
over its dashed subtitle is the title's tail: the byline and the subtitle
follow the title itself. Invented lines."""

from __future__ import annotations

from banmian.layout.roles import BODY, BYLINE, TITLE
from banmian.layout.headline_labels import drop_labels_under_headlines
from banmian.layout.text_units import Unit
from banmian.model import Block, Byline

_BODY = ["本报江城3月1日电 江城", "市近日召开全市春季植树动员", "会，部署今年国土绿化工作。"]


def _unit(lines: list[str], role: str) -> Unit:
    return Unit(Block(list(lines), role))


def test_a_short_line_over_the_byline_is_the_titles_tail() -> None:
    units = [_unit(["张大伟在全市春季植树动员会上要求"], TITLE), _unit(["以更大力度推进国土绿化改善城乡"], TITLE),
             _unit(["生态环境"], TITLE), Unit(Block(["■ 通讯员 王小明"], BYLINE), bylines=[Byline("通讯员", "王小明")]),
             _unit(_BODY, BODY)]
    drop_labels_under_headlines(units)
    assert units[2].block.role == TITLE


def test_a_short_line_over_a_dashed_subtitle_is_the_titles_tail() -> None:
    units = [_unit(["江城市全市春季植树造林工作"], TITLE), _unit(["全面启动"], TITLE),
             _unit(["——市长张大伟出席动员会并讲话"], TITLE), _unit(_BODY, BODY)]
    drop_labels_under_headlines(units)
    assert [u.block.lines[0] for u in units if u.block.role == TITLE][:2] == ["江城市全市春季植树造林工作", "全面启动"]

