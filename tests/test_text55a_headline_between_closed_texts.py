"""Text mode: a unit of one or two lines that end no sentence, between a text
its authors' bracket closed and the next unit of text, is the next article's
headline (a brief's title wrapped over two lines, its first line filling the
column, read as text before): the authors closed the text above, so it is no
tail of it. A text's opening that runs on in clauses, or over lines as long as
its first, stays text. A short label line ending with ： after such a text, no
clause in it, heads the text it leads into (《某某》（某某剧场）： / 这是一部…).
Invented units, as an extractor cuts a briefs column."""

from __future__ import annotations

from banmian.layout.closing_heads import cut_headlines_after_closings
from banmian.layout.roles import BODY, OTHER, TITLE
from banmian.layout.text_units import Unit
from banmian.model import Block

_CLOSED = [["本报江城3月2日电 市外事办发言", "人今天宣布：友好城市代表团", "将于3月5日访问江城。"], ["（林川 周文）"]]
_LIST = ["一、批准任命王小明为江城", "市东湖区人民检察院检察长。"]


def _roles(middle: list[str]) -> list[str]:
    units = [Unit(Block(list(lines), OTHER)) for lines in [*_CLOSED, middle, _LIST]]
    return [u.block.role for u in cut_headlines_after_closings(units)]


def test_a_wrapped_title_after_a_closed_text_is_a_headline() -> None:
    assert _roles(["江城市人大常委会批准任", "免的人员名单"])[2] == TITLE


def test_an_opening_that_runs_on_in_clauses_stays_text() -> None:
    assert _roles(["2025年，全市检察机关共批准", "逮捕涉嫌破坏环境犯罪的"])[2] == OTHER


def test_lines_as_long_as_the_first_stay_text() -> None:
    assert _roles(["江城市人大常委会批准任", "免东湖区检察院的检察长"])[2] == OTHER


def _cut(unit_lines: list[str]) -> list[tuple[str, list[str]]]:
    units = [Unit(Block(list(lines), OTHER)) for lines in [*_CLOSED, unit_lines]]
    return [(u.block.role, u.block.lines) for u in cut_headlines_after_closings(units)][2:]


def test_a_label_leading_into_its_text_after_a_closed_text_heads_it() -> None:
    label = "《江城夜话》（江城话剧院）："
    text = ["这是一部讲述老城变迁的话剧，演员", "的表演质朴动人。"]
    assert _cut([label, *text]) == [(TITLE, [label]), (BODY, text)]


def test_a_lead_in_with_a_clause_stays_text() -> None:
    lines = ["记者从市文旅局获悉，今年：", "全市将新建三座剧场。"]
    assert _cut(lines) == [(OTHER, lines)]
