"""Text mode, the page-wide settling of headline claims (headline_claims.py):
an extractor giving every line a block (PyMuPDF's get_text on a real 理论
page) made an article's indented first line (……报告在谈到加快推进) a
one-line headline group between the byline of the article above and its own
text. Read as a headline it either closes no body or opens a body that its
own headline, drawn after it, closes too; read as that text's first line
(one line, no sentence ended, as wide as the column under it less an
indent, clauses under it) it leaves every body one headline. Invented text."""

from __future__ import annotations

from banmian.layout.headline_claims import settle_headline_claims
from banmian.layout.roles import BODY, BYLINE, TITLE
from banmian.layout.text_units import Unit
from banmian.model import Block, Byline

_ABOVE = ["做一个好的手艺人，需要在日常工作中不断磨炼自身", "本领，不断提高发现和解决问题的能力。干活要肯干、",
          "细干，但不能乱干，人的本领和耐心是做好活计的前提", "条件，每个学徒都该想想怎样练好。"]


def _unit(lines: list[str], role, names: list[str] | None = None) -> Unit:  # noqa: ANN001
    return Unit(Block(lines, role), bylines=[Byline(None, n) for n in names or []])


def _units(first_line: str) -> list[Unit]:
    return [_unit(_ABOVE, BODY), _unit(["幸福要靠双手创造"], TITLE), _unit(["王立"], BYLINE, ["王立"]),
            _unit([first_line], TITLE),
            _unit(["时，提出了“人才回流”这一让人眼前"], BODY), _unit(["一亮的说法。"], BODY),
            _unit(["人才回流，说到底是让年轻人看到家", "乡的前景。近年来，不少大学毕业生", "回到家乡，开网店、办合作社。"], BODY),
            _unit(["乡村振兴需要人才"], TITLE), _unit(["陈晓光"], BYLINE, ["陈晓光"])]


def test_an_indented_first_line_read_as_a_headline_is_its_texts_first_line() -> None:
    units = _units("今年省政府报告在部署乡村振兴")
    directions = {1: False, 3: False, 7: False}
    settle_headline_claims(units, directions)
    assert units[3].block.role == BODY and 3 not in directions
    assert units[1].block.role == TITLE and units[7].block.role == TITLE


def test_a_short_label_over_text_stays_a_headline() -> None:
    units = _units("乡村观察")  # (a label: narrower than any column's line)
    directions = {1: False, 3: False, 7: False}
    settle_headline_claims(units, directions)
    assert units[3].block.role == TITLE


def test_two_phrases_a_gap_apart_stay_a_headline() -> None:
    units = _units("推进乡村振兴 促进人才回流")  # (a banner's or a title's phrase gap: no column's line)
    directions = {1: False, 3: False, 7: False}
    settle_headline_claims(units, directions)
    assert units[3].block.role == TITLE
