"""A report's lead read as its headline's tiers (text mode; invented text,
the stream as ``pdftotext -raw`` gives a page: one printed line a line, no
blank lines). Lines under a brief's title that open as a lead does (the day
and a comma: 30日，…; the reporter's source: 记者从…) and run on unfinished
into the text under them are that text's first lines, never a subtitle."""

from __future__ import annotations

from banmian.layout.roles import BODY, BYLINE, SUBHEADING, TITLE, Role
from banmian.layout.sentence_tiers import lead_openings_are_body
from banmian.layout.text_units import Unit
from banmian.model import Block


def _units(*parts: tuple[Role, list[str]]) -> list[Unit]:
    return [Unit(Block(list(lines), role)) for role, lines in parts]


def test_lead_lines_read_as_tiers_go_on_the_text_under_them():
    # a stream cut a brief's lead off its text and read it as the title's subtitle lines
    units = _units((TITLE, ["共同推进老旧小区改造"]), (TITLE, ["30日，市住建局和各区政府在江城"]),
                   (TITLE, ["签署关于共同推进老旧小区改造的责任"]),
                   (BODY, ["书、加装电梯协议和管网更新合作协", "议。"]))
    out = lead_openings_are_body(units)
    assert [u.block.role for u in out] == [TITLE, BODY]
    assert out[1].block.lines[:2] == ["30日，市住建局和各区政府在江城", "签署关于共同推进老旧小区改造的责任"]
    source = _units((TITLE, ["江城新开两条公交线路"]), (SUBHEADING, ["记者从江城市交通运输局获"]),
                    (BODY, ["悉：下月起，江城将新开两条公交线", "路。"]))
    out = lead_openings_are_body(source)
    assert [u.block.role for u in out] == [TITLE, BODY] and out[1].block.lines[0] == "记者从江城市交通运输局获"


def test_tiers_that_say_no_lead_stay_tiers():
    kept = [
        _units((TITLE, ["30日起江城地铁延时运营"]), (BODY, ["记者从江城地铁公司获悉：", "下月起……"])),  # no comma
        _units((TITLE, ["30日，江城地铁延时运营。"]), (BODY, ["记者从江城地铁公司获悉：", "下月起……"])),  # finished
        _units((TITLE, ["30日，江城地铁延时运营"]), (BYLINE, ["本报记者 林涛"])),  # no text under it
    ]
    for units in kept:
        roles = [u.block.role for u in units]
        assert [u.block.role for u in lead_openings_are_body(units)] == roles
