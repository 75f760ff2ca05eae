"""Text mode, a headline set vertically (one glyph a line, no blank lines: PyMuPDF's
get_text, pdftotext -raw): a name is cut off its end only where it opens with one of
the hundred commonest surnames. A rarer surname character (焦, 党, 时) opens more of a
headline's own words (…聚焦安全, …开除党籍) than names. Own sample text."""

from __future__ import annotations

import banmian
from tests.test_line_stream import STREET, typeset_body


def _articles(lines: list[str]) -> list[tuple[str | None, list[str]]]:
    articles = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles
    return [(a.headline.title, [b.name for b in a.bylines]) for a in articles]


def test_a_vertical_title_keeps_its_last_word_opened_by_a_rare_surname():
    # 焦安全 would be a name (焦 is a surname), but the title says 聚焦安全 and no byline follows
    lines = [*"老街施工现场聚焦安全", *typeset_body(STREET)]
    assert _articles(lines) == [("老街施工现场聚焦安全", [])]


def test_a_vertical_title_keeps_a_word_of_two_opened_by_a_rare_surname():
    lines = [*"违规建房者被开除党籍", *typeset_body(STREET)]
    assert _articles(lines) == [("违规建房者被开除党籍", [])]


def test_the_name_under_a_vertical_title_is_cut_where_its_surname_is_common():
    # 时范金 (时 opens names rarely) or 范金 (范 among the commonest): the title ends on 此时
    lines = [*"老街归来此时", *"范金", *typeset_body(STREET)]
    assert _articles(lines) == [("老街归来此时", ["范金"])]
