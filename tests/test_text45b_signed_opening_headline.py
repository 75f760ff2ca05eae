"""A short headline opening the page's content, a name right under it, stays a
headline: a column's label (新论, 短讯) heads no text and no one signs it, so the
name says the run heads the text under it (src/banmian/layout/text_labels.py,
``mark_labels_at_the_ends``)."""

from banmian.layout.text_labels import mark_labels_at_the_ends
from banmian.layout.text_units import Unit
from banmian.model import Block, Byline, Role


def _units(second: Unit) -> list[Unit]:
    body = Unit(Block(["小镇的灯会今年格外热闹，街坊邻居", "提着灯笼走上街头，孩子们追着舞龙", "的队伍一路欢笑。"], Role.BODY))
    closing = Unit(Block(["灯会点亮小镇夜晚"], Role.TITLE))  # the next text's headline, drawn after it, tells of 灯会
    next_body = Unit(Block(["今年的灯会共展出花灯两百多组，吸引", "游客三万多人次。"], Role.BODY))
    return [Unit(Block(["我们这样过大年"], Role.TITLE)), second, body, closing, next_body]


def test_headline_over_its_author_is_no_label() -> None:
    units = _units(Unit(Block(["陈立新"], Role.BYLINE), bylines=[Byline(None, "陈立新")]))
    mark_labels_at_the_ends(units)
    assert units[0].block.role == Role.TITLE
    # the same run with no name under it, sharing no word with the text, is read as a label
    units = _units(Unit(Block(["春节前夕，记者走进城郊的一个小镇。"], Role.BODY)))
    mark_labels_at_the_ends(units)
    assert units[0].block.role == Role.OTHER
