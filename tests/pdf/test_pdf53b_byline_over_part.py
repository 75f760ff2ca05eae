"""A side headline with its reporters' line under it, its text in the columns
on its right; under the row, across white space, a part opening with an
editor's note in the headline's column. The reporters' line is no text of
the article standing over the part: the part opens one of its own
(layout/jump_parts.not_its_opening; PDF mode, an invented page)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pymupdf")

from pdf_samples import OLD_STREET, band_header, blank_page, page_articles, save, set_columns  # noqa: E402

SIZE, LEAD, PER = 10.0, 15.0, 14
LEFTS = (40.0, 194.0, 348.0, 502.0)
NOTE = ("编者按：河湾新村建成五年来村民的日子过得越来越红火本版今起推出系列报道讲述村里的新故事敬请关注。"
        "清早的村口停满了收菜的货车村民们把刚摘的青菜一筐筐抬上车司机说这里的菜新鲜进城卖得快"
        "合作社的会计算了一笔账去年全村蔬菜卖了三百多万元比五年前翻了一番还多家家户户盖起了新房"
        "到了晚上文化广场上灯火通明唱歌跳舞的村民越来越多河湾新村热闹得像过节一样。")


def _page(path: Path, byline: bool) -> Path:
    doc, page = blank_page(680, 520)
    band_header(page, 5)
    page.insert_text((40, 95), "老街豆腐坊", fontname="china-s", fontsize=16)
    if byline:
        page.insert_text((40, 114), "本报记者 林川", fontname="china-ss", fontsize=SIZE)
    set_columns(page, OLD_STREET, LEFTS[1:4], 80 + SIZE, PER, SIZE, LEAD, 8)
    set_columns(page, NOTE, LEFTS, 80 + 8 * LEAD + 3 * SIZE + SIZE, PER, SIZE, LEAD, 6)
    return save(doc, path)


@pytest.mark.parametrize("byline", [False, True])
def test_a_reporters_line_under_a_side_headline_is_no_text_over_the_part(tmp_path, byline):
    articles = page_articles(_page(tmp_path / "p.pdf", byline))
    by_title = {a.headline.title: a for a in articles}
    assert set(by_title) == {"老街豆腐坊", None}, [a.paragraphs for a in articles]
    story = by_title["老街豆腐坊"]
    assert "".join(story.paragraphs).endswith("常常排起长队。")
    assert [b.name for b in story.bylines] == (["林川"] if byline else [])
    part = "".join(by_title[None].paragraphs)
    assert part.startswith("编者按") and part.endswith("热闹得像过节一样。")
