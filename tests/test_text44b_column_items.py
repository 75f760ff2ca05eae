"""A digest column (速览) heads each item with a place and what happened there,
over an open lead that spells the heading's words and a dated report: the item
is the column's text, not an article (src/banmian/layout/figure_items.py)."""

from banmian.layout.figure_items import lead_under_figure_item, worded_items_are_body
from banmian.layout.text_units import Unit
from banmian.model import Block, Byline, Role


def _unit(lines: list[str], role: Role) -> Unit:
    return Unit(Block(lines, role))


LEAD = ["江城拟出台八条措施扶持小微企业", "发展，涉及融资、场地和人才等方面"]
REPORT = ["本报江城3月3日电 （记者周立新）", "江城市政府近日审议通过扶持小微企业", "发展的若干措施。"]


def _column() -> list[Unit]:
    byline = Unit(Block(["本报记者 林小川"], Role.BYLINE), bylines=[Byline("本报记者", "林小川")])
    return [_unit(["速览"], Role.TITLE), byline, _unit(["江城"], Role.TITLE),
            _unit(["扶持小微企业发展"], Role.TITLE), _unit(LEAD, Role.BODY), _unit(REPORT, Role.BODY)]


def test_worded_item_under_the_columns_name_is_body() -> None:
    units = _column()
    worded_items_are_body(units)
    assert [u.block.role for u in units] == [Role.TITLE, Role.BYLINE, Role.BODY, Role.BODY, Role.BODY, Role.BODY]
    assert lead_under_figure_item(units[:5])  # the dateline under the lead opens the item's report


def test_report_under_its_own_headline_stays() -> None:
    """A report's headline over a summary lead, under another report's long
    headline (no column's name), keeps its headline."""
    units = _column()
    units[0] = _unit(["江城召开优化营商环境工作会议"], Role.TITLE)
    worded_items_are_body(units)
    assert units[2].block.role == Role.TITLE and units[3].block.role == Role.TITLE


def test_lead_that_does_not_spell_the_heading() -> None:
    units = _column()
    units[3] = _unit(["春风里的好消息"], Role.TITLE)
    units[2] = _unit(["新闻"], Role.TITLE)
    worded_items_are_body(units)
    assert units[3].block.role == Role.TITLE
