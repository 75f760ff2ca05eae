"""A headline set in a narrow measure (a side or single-column headline) wraps
its last words onto a short line of their own; that line has a column label's
shape (four characters alone under a headline) but is the title's tail: a
label stands under a headline of full width, and a wrapped line is no wider
than the line it wraps from (text mode; invented page, one line a printed
line)."""

from __future__ import annotations

import banmian

from tests.stream_page import OLD_STREETS, PLANTING_REPORT

HEAD = PLANTING_REPORT

BODY = OLD_STREETS

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
    from banmian.layout.headline_labels import drop_labels_under_headlines

    units = _units((BODY, ["群众参与热情高涨，下一步将加强管护。"]), (TITLE, ["张秀英：扎根山村"]), (TITLE, ["教书育人"]),
                   (BODY, ["清晨六点，张秀英已经站在山村小学的", "门口，三十年来她在这里默默育人。"]))
    drop_labels_under_headlines(units)
    assert units[2].block.role == TITLE
