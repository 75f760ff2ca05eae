"""Text mode: a brief that lists steps closes its last item with ； and then its
authors in brackets (第二步：……；（张三）); they are its byline, as after a full
stop, not the end of its text. Invented text."""

from banmian.layout.roles import BODY, BYLINE, TITLE
from banmian.layout.text_closing import cut_closing_names
from banmian.layout.text_units import Unit
from banmian.model import Block


def _brief(last_lines: list[str]) -> list[Unit]:
    return [Unit(Block(["手工小课堂"], TITLE)),
            Unit(Block(["准备材料：彩纸，剪刀，胶水", "第一步：把彩纸沿着中线对折成长", "方形；", *last_lines], BODY))]


def test_bracketed_names_after_a_semicolon_are_the_byline() -> None:
    group = _brief(["第二步：沿中线再对折两次；（林", "小川）"])
    assert cut_closing_names(group)
    assert group[1].block.lines[-1] == "第二步：沿中线再对折两次；"
    assert group[-1].block.role == BYLINE and [b.name for b in group[-1].bylines] == ["林小川"]


def test_a_bracket_after_an_unfinished_clause_stays_text() -> None:
    # (a bracket after a comma goes on with the sentence: no closing byline)
    group = _brief(["第二步：沿中线再对折两次，（林", "小川）"])
    assert not cut_closing_names(group)
    assert group[1].block.lines[-1] == "小川）"
