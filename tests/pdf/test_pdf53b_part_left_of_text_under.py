"""A part with no headline on the page (the start of an article continued
elsewhere: no dateline, no note) set in the columns left of a headline, its
top level with the headline, while the headline's own text opens right under
it (its reporters' line, then an indented paragraph): the part reads before the
headline and is no text of its article (layout/ownership's cycle of waits,
jump_parts.opens_right_under; opening_columns takes a names line under a
headline for no text opening mid-sentence). PDF mode, an invented page."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pymupdf")

from pdf_samples import OLD_STREET, PROJECTS, band_header, blank_page, save, set_columns, titled_texts  # noqa: E402

SIZE, LEAD, PER = 10.0, 15.0, 14
LEFTS = (40.0, 194.0, 348.0, 502.0, 656.0)
#: the part: its two columns full, the second right of the first and left of the headline
PART = OLD_STREET + ("到了周末老街上还办起了手艺市集木匠铁匠和剪纸艺人都摆出了摊子孩子们围着看得入迷"
                     "不少游客专门从外地赶来只为尝一口老豆腐再带几样手工小物回家做个纪念。")


def _page(path: Path, names: str) -> Path:
    doc, page = blank_page(820, 420)
    band_header(page, 5, rule_end=20)
    set_columns(page, PART, LEFTS[:2], 72 + SIZE, PER, SIZE, LEAD, 13, indent=False)
    page.insert_text((LEFTS[2], 92), "新区重点项目建设提速", fontname="china-s", fontsize=18)
    page.insert_text((LEFTS[2], 120 + SIZE - LEAD), names, fontname="china-ss", fontsize=SIZE)  # one line over
    set_columns(page, PROJECTS, LEFTS[2:], 120 + SIZE, PER, SIZE, LEAD, 9)
    return save(doc, path)


@pytest.mark.parametrize("names", ["本报记者　石磊　卞一凡", "石　磊　　卞一凡　　钟晓岚"])
def test_a_part_left_of_a_headline_whose_text_opens_under_it_is_a_part_of_its_own(tmp_path, names):
    by_title = titled_texts(_page(tmp_path / "p.pdf", names))
    assert set(by_title) == {"新区重点项目建设提速", None}, by_title
    assert by_title["新区重点项目建设提速"].endswith("落地见效。")
    if "记者" in names:  # (names alone over the text's first line stay in it: not told here)
        assert by_title["新区重点项目建设提速"].startswith("新区今年")
    assert by_title[None].startswith("街坊们提着碗") and by_title[None].endswith("做个纪念。")
