"""Two authors' brackets in a row under a brief's last sentence (text mode;
invented text): ……。 / （林青）（赵河 钱江松）. The first is the brief's own
closing credit, printed as part of its text (its last paragraph); the second
names the article's authors, its byline. Only the second are bylines."""

from __future__ import annotations

from banmian.layout.text_classify import classify_text_units
from banmian.layout.text_units import Unit
from banmian.model import Block, Byline, Role

BRIEF = ["江城农村商业银行近日表示，今", "年以来，该行新增小微企业贷款八", "十多亿元，贷款平均利率比上年下",
         "降零点五个百分点。"]
NEXT = ["本报讯 清明前后，江南茶区陆", "续开采春茶，今年春茶品质好、产", "量稳，茶农收入普遍增加。"]


def _units(credit: list[str]) -> list[Unit]:
    names = [Byline(None, n) for n in ("林青", "赵河", "钱江松")]
    units = [Unit(Block(["江城农商行加大小微企业信贷支持（财经短波）"], Role.TITLE)), Unit(Block(list(BRIEF), Role.OTHER)),
             Unit(Block(credit, Role.BYLINE), bylines=names, closing=True),
             Unit(Block(["春茶开采 茶农增收"], Role.OTHER)), Unit(Block(list(NEXT), Role.OTHER))]
    classify_text_units(units)
    return units


def test_first_bracket_is_the_briefs_last_paragraph():
    units = _units(["（林青）（赵河 钱江松）"])
    assert (units[2].block.role, units[2].block.lines) == (Role.BODY, ["（林青）"])


def test_second_bracket_names_the_bylines_a_name_broken_at_the_line_end_too():
    units = _units(["（林青）（赵河 钱江", "松）"])
    assert units[3].block.role == Role.BYLINE
    assert [b.name for b in units[3].bylines] == ["赵河", "钱江松"]

