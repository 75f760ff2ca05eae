"""A page's banner between the text a headline opened and the text a headline
drawn after it closes is where the first article ends (text mode; invented
units): the paragraphs' wording alone cut further on, at the first paragraph
that says the closing headline's words, and the banner and the paragraphs
after it went to the first article."""

from __future__ import annotations

from banmian.layout.roles import BODY, OTHER, SUBHEADING, TITLE
from banmian.layout.text_assembly import assemble
from banmian.layout.text_parts import banner_over_own_words
from banmian.layout.text_units import Unit
from banmian.model import Block

OPENING = "老街的手艺人"
FIRST = [["清晨，巷子口的铜匠铺已经", "开了门，锤子声一下一下。"],
         ["老师傅说，这门手艺传了三", "代人，徒弟今年又多了两个。"]]
SECOND = [["天还没亮，码头上就站满了", "等船的人。"],
          ["船老大把缆绳解开，汽笛响", "了一声，老街那边也听得见。"],
          ["今年江边渡口新修了候船厅，", "渡轮也换成了新船，过江的", "人说，渡口变样了。"],
          ["新渡轮开通后，过江只要十", "分钟，渡口换新了，每天接", "送旅客上千人次。"]]
CLOSING = "江边渡口换新颜"


def _units(banner: str) -> list[Unit]:
    units = [Unit(Block([OPENING], TITLE))]
    units += [Unit(Block(list(lines), BODY)) for lines in FIRST]
    units.append(Unit(Block([banner], SUBHEADING)))
    units += [Unit(Block(list(lines), BODY)) for lines in SECOND]
    units.append(Unit(Block([CLOSING], TITLE)))
    return units


def _texts(article: list[Unit]) -> list[str]:
    return ["".join(u.block.lines) for u in article if u.block.role == BODY]


def test_the_banner_ends_the_first_article():
    units = _units("奋进新时代 建功新征程")
    articles = [a for a in assemble(units, {0: True, len(units) - 1: False}, stream=True)
                if any(u.block.role == BODY for u in a)]
    assert len(articles) == 2
    assert _texts(articles[0]) == ["".join(lines) for lines in FIRST]
    assert _texts(articles[1]) == ["".join(lines) for lines in SECOND]
    assert units[3].block.role == OTHER


def test_a_slogan_with_the_closing_words_over_it_only_is_no_cut():
    """The text under the slogan says none of the closing headline's words,
    the text over it does: the slogan marks no article's end there."""
    units = _units("奋进新时代 建功新征程")
    units[2].block.lines.append("江边渡口换新颜，铜匠铺的老师傅也去看了。")
    for unit in units[4:-1]:
        unit.block.lines[:] = [line.replace("渡口", "码头").replace("新", "旧") for line in unit.block.lines]
    assert banner_over_own_words(units[:-1], units[-1:]) is None
    assert units[3].block.role == SUBHEADING
