"""Text mode: a line giving an address to write to (投稿邮箱：…@…, a web
address) under a text's closing note is that text's last paragraph, not a
headline and not the start of another article: no headline holds an e-mail
address (invented units, as an extractor gives a column's last lines)."""

from __future__ import annotations

from banmian.layout.closing_lines import closing_lines_to_body, gives_an_address
from banmian.layout.roles import BODY, BYLINE, TITLE
from banmian.layout.text_assembly import assemble
from banmian.layout.text_units import Unit
from banmian.model import Block


def _units(address: str) -> list[Unit]:
    return [Unit(Block(["把好事办到群众心坎上（基层走笔）"], TITLE)), Unit(Block(["王小川"], BYLINE)),
            Unit(Block(["春节回到老家，村里的新路修通了，", "乡亲们说，这是驻村干部一趟趟跑", "下来的。"], BODY)),
            Unit(Block(["（作者为本报记者）"], BODY)), Unit(Block([address], TITLE))]


def test_address_line_under_a_closing_note_ends_the_text():
    units = _units("来稿邮箱：jiceng_zoubi@example.com")
    closing_lines_to_body(units)
    assert units[-1].block.role == BODY
    groups = assemble(units, True)
    assert len(groups) == 1 and groups[0][-1] is units[-1]


def test_a_headline_without_an_address_stays_a_headline():
    units = _units("江城新开通三条公交线路")
    closing_lines_to_body(units)
    assert units[-1].block.role == TITLE


def test_what_an_address_is():
    assert gives_an_address("投稿邮箱：ab.cd@mail.example.cn")
    assert gives_an_address("详情见 www.example.org")
    assert not gives_an_address("“@”符号走进日常生活")
    assert not gives_an_address("江城网民数量突破百万")
