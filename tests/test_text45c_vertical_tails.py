"""Text mode, a headline set vertically (one glyph a line, no blank lines: PyMuPDF's
get_text, pdftotext -raw), its authors' names run on after it: where to cut. A rarer
surname character (焦, 时) opens more of a headline's own words (…聚焦安全, …此时)
than names; a conjunction ends no headline. Own sample text."""

from __future__ import annotations

import banmian
from tests.test_line_stream import STREET, typeset_body


def _articles(lines: list[str]) -> list[tuple[str | None, list[str]]]:
    articles = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles
    return [(a.headline.title, [b.name for b in a.bylines]) for a in articles]


def test_a_second_name_cut_off_a_vertical_title_opens_with_a_common_surname():
    # 袁瑞 is the author's; 焦安全 would be a second name (焦 is a surname, a rarer one), but the
    # title says 聚焦安全
    lines = [*"老街施工现场聚焦安全", *"袁瑞", *typeset_body(STREET)]
    assert _articles(lines) == [("老街施工现场聚焦安全", ["袁瑞"])]


def test_a_first_name_cut_off_a_vertical_title_may_open_with_a_rarer_surname():
    lines = [*"老街改造留住乡愁", *"祝灵君", *typeset_body(STREET)]
    assert _articles(lines) == [("老街改造留住乡愁", ["祝灵君"])]


def test_a_vertical_title_may_end_on_a_particle_before_its_author():
    lines = [*"好日子是干出来的", *"江畅", *typeset_body(STREET)]
    assert _articles(lines) == [("好日子是干出来的", ["江畅"])]


def test_the_name_under_a_vertical_title_is_cut_where_its_surname_is_common():
    # 时范金 (时 opens names rarely) or 范金 (范 among the commonest): the title ends on 此时
    lines = [*"老街归来此时", *"范金", *typeset_body(STREET)]
    assert _articles(lines) == [("老街归来此时", ["范金"])]


PARK = ["新建的体育公园位于明珠路北侧，占地三十亩，设有篮球场和健身步道。",
        "公园将于下月对市民免费开放，周边居民步行几分钟就能到达。"]


def test_a_name_opened_by_a_preposition_is_cut_whatever_pair_the_page_says():
    # the page says 于明 (位于明珠路) across two words: no word of the title, so 于明亮 is the author's
    lines = [*"城北新建体育公园", *"于明亮", *typeset_body(PARK)]
    assert _articles(lines) == [("城北新建体育公园", ["于明亮"])]


def test_a_title_line_wrapped_before_its_last_glyph_keeps_it_over_a_vertical_name():
    # the kicker, the title's wrapped line, its last glyph alone on a line, then the author's name set
    # vertically: the glyph closes the title (the wrapped line is no shorter than the kicker over it)
    lines = ["农业工作会议召开", "抓好春耕 稳定粮食生", "产", "杨", "涛", *typeset_body(STREET)]
    articles = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles
    assert [(a.headline.kicker, a.headline.title, [b.name for b in a.bylines]) for a in articles] == [
        ("农业工作会议召开", "抓好春耕 稳定粮食生产", ["杨涛"])]


def test_a_vertical_title_ends_on_no_conjunction():
    # 高尚 would be a name (高 is a common surname), but the title would end on 和: the author is the
    # one name after it
    lines = [*"老街新貌见证善良和高尚", *"李明远", *typeset_body(STREET)]
    assert _articles(lines) == [("老街新貌见证善良和高尚", ["李明远"])]


def test_a_vertical_title_may_end_on_a_word_closing_on_a_conjunction():
    lines = [*"老街改造居民参与", *"李明远", *typeset_body(STREET)]
    assert _articles(lines) == [("老街改造居民参与", ["李明远"])]
