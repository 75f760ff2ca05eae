"""A part with no headline on the page, opening with a wire's dateline
(新华社电（记者…）), set in the columns left of a headline whose own text
opens right under it with an indented paragraph, its top level with the
headline: it is no text of that headline's article, even when its columns
run on into each other and no headline stands over them (ownership's
cycle of waits; layout/jump_parts._left_of_its_opening). PDF mode, an
invented page."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pymupdf")

from pdf_samples import OLD_STREET, PROJECTS, band_header, blank_page, save, set_columns, titled_texts  # noqa: E402

SIZE, LEAD, PER = 10.0, 15.0, 14
LEFTS = (40.0, 194.0, 348.0, 502.0, 656.0)
WIRE = "新华社电（记者林川）" + OLD_STREET


def _page(path: Path) -> Path:
    doc, page = blank_page(820, 420)
    band_header(page, 5, rule_end=20)
    set_columns(page, WIRE, LEFTS[:2], 72 + SIZE, PER, SIZE, LEAD, 11, indent=False)  # level with the headline
    page.insert_text((LEFTS[2], 95), "新区重点项目建设提速", fontname="china-s", fontsize=22)
    set_columns(page, PROJECTS, LEFTS[2:], 110 + SIZE, PER, SIZE, LEAD, 9)
    return save(doc, path)


def test_a_wire_part_left_of_a_headline_opening_its_own_text_is_a_part_of_its_own(tmp_path):
    by_title = titled_texts(_page(tmp_path / "p.pdf"))
    assert set(by_title) == {"新区重点项目建设提速", None}, by_title
    assert by_title["新区重点项目建设提速"].startswith("新区今年") and by_title["新区重点项目建设提速"].endswith("落地见效。")
    assert by_title[None].startswith("街坊们提着碗") and by_title[None].endswith("常常排起长队。")
