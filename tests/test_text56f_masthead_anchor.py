"""The paper's name beside a page number and section (4 城市 / 江城日报) is a
masthead even when the header's dated line holds no full weekday (the
extractor cut it: 2025年5月6日 星期): no body line reads so (text mode;
invented pages)."""

from __future__ import annotations

from tests.test_text56f_glued_masthead import BODY
from tests.test_text56f_glued_masthead import _page as _parse


def test_paper_name_beside_page_number_anchors_the_header():
    page = _parse(BODY + "4 城市\n江城日报\nJIANGCHENG DAILY\n2025年5月6日 星期\n")
    assert (page.number, page.section) == (4, "城市")
    assert all("江城日报" not in a.headline.title and "星期" not in " ".join(a.paragraphs)
               for a in page.articles)


def test_a_number_and_word_alone_is_no_header():
    page = _parse(BODY + "4 城市\n群众参与热情高涨。\n")
    assert page.number is None
