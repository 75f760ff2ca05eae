"""A headline set in a narrow measure (a side or single-column headline) wraps
its last words onto a short line of their own; that line has a column label's
shape (four characters alone under a headline) but is the title's tail: a
label stands under a headline of full width, and a wrapped line is no wider
than the line it wraps from (text mode; invented page, one line a printed
line)."""

from __future__ import annotations

import banmian

HEAD = """江城日报
2025年5月6日 星期二
3 社会
春季植树造林任务全面完成
记者从市林业局获悉，今年春季全市共完成植树造林十二万亩，
超额完成年度计划任务，新建森林乡村三十个。
各地因地制宜选择适生树种，把造林绿化与乡村振兴结合起来，
群众参与热情高涨。下一步将加强新造林地的管护工作。
"""

BODY = """走进城东的老街巷，青石板路
干净整洁，墙面彩绘生动有趣，
不少居民在家门口开起了小店。
去年以来，街道对辖区内的十
二条老街巷进行了改造提升，
补齐了停车、照明等短板。
“现在出门就是风景，住着越
来越舒心了。”居民王大爷说。
"""

TEACH = """清晨六点，张秀英已经站在山村
小学的门口，迎接翻山赶来的孩子。
三十年来，她在这里默默育人，先后
送出了四百多名学生，不少人考上了
大学，又回到家乡工作。
“只要孩子们需要，我就一直教下去。”
"""

NARROW = HEAD + "张秀英：扎根山村\n教书育人\n" + TEACH
#: a label under a headline of full width stays a label
LABELLED = HEAD + "街道改造老街巷补齐停车照明短板\n民生视点\n" + BODY


def _headlines(text: str) -> list[str]:
    return ["".join(((a.headline.kicker or "") + (a.headline.title or "")).split())
            for a in banmian.parse_text(text, enrich=False).pages[0].articles]


def test_a_narrow_headlines_short_last_line_is_its_tail():
    assert _headlines(NARROW)[1] == "张秀英：扎根山村教书育人"


def test_a_label_under_a_full_headline_is_no_tail():
    assert _headlines(LABELLED)[1] == "街道改造老街巷补齐停车照明短板"


def _units(*blocks: tuple[str, list[str]]):
    from banmian.layout.text_units import Unit
    from banmian.model import Block

    return [Unit(Block(lines, role)) for role, lines in blocks]


def test_the_label_pass_keeps_a_narrow_headlines_tail():
    from banmian.layout.roles import BODY, TITLE
    from banmian.layout.text_headlines import drop_labels_under_headlines

    units = _units((BODY, ["群众参与热情高涨，下一步将加强管护。"]), (TITLE, ["张秀英：扎根山村"]), (TITLE, ["教书育人"]),
                   (BODY, ["清晨六点，张秀英已经站在山村小学的", "门口，三十年来她在这里默默育人。"]))
    drop_labels_under_headlines(units)
    assert units[2].block.role == TITLE
