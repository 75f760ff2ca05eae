"""A subheading's last glyphs wrapped onto a line of their own read like a
name alone (常态化 opens with a surname, 轻人 is two glyphs): set in the
heading's face and size, the heading before them stopping mid-phrase, they
are the heading's, never a byline (layout/heading_tails.py; PDF mode, an
invented page)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pymupdf")

from pdf_samples import blank_page, page_articles, save, set_column  # noqa: E402

SIZE, LEAD, PER, HEAD = 10.0, 15.0, 14, 11.0
LEFTS = (40.0, 200.0, 360.0)
TEXT = ("社区服务中心去年开放以来来往的居民越来越多中心的工作人员说每天早上门口就排起了长队"
        "老人们来量血压孩子们来读绘本年轻人下班后也愿意来坐一坐大家都说这里像自己的家一样温暖"
        "中心还请来了附近学校的老师每周开两次课教居民写字画画学用手机报名的人一天比一天多")
MORE = ("今年中心又组织起二十多支志愿服务队有人帮老人买菜有人给孩子辅导功课有人修理家电"
        "志愿者们约好每个周末都来中心碰头把一周里居民提出的难事一件件记下来分头去办"
        "居民们说有事找中心已经成了大家的习惯日子过得越来越舒心。")


def _page(path: Path, across: bool) -> Path:
    doc, page = blank_page(520, 420)
    page.insert_text((40, 40), "河西日报  2025年3月6日 星期四  第5版  城市", fontname="china-ss", fontsize=9)
    page.draw_line((40, 48), (480, 48))
    top = 110.0
    if across:  # the heading ends the second column; its last glyphs top the third
        page.insert_text((40, 85), "社区中心成了居民的家", fontname="china-ss", fontsize=18)
        rest = set_column(page, TEXT, LEFTS[0], top, PER, SIZE, LEAD, rows=14)
        rest = set_column(page, rest, LEFTS[1], top, PER, SIZE, LEAD, rows=12, indent=False)
        page.insert_text((LEFTS[1], top + 12 * LEAD + 4), "邻里互助，推动志愿服务", fontname="china-ss",
                         fontsize=HEAD)
        page.insert_text((LEFTS[2], top), "常态化", fontname="china-ss", fontsize=HEAD)
        set_column(page, MORE, LEFTS[2], top + LEAD + 6, PER, SIZE, LEAD, rows=12)
    else:  # beside a vertical title, the heading wraps in its first column, two glyphs on its second line
        for k, ch in enumerate("社区中心成了居民的家"):
            page.insert_text((40, 80 + 21 * k), ch, fontname="china-ss", fontsize=18)
        lefts = (80.0, 240.0, 400.0)
        rest = set_column(page, TEXT, lefts[0], 75, PER - 1, SIZE, LEAD, rows=5)
        page.insert_text((lefts[0], 75 + 5 * LEAD + 2), "搭建服务平台，留住年", fontname="china-ss", fontsize=HEAD)
        page.insert_text((lefts[0], 75 + 5 * LEAD + HEAD + 4), "轻人", fontname="china-ss", fontsize=HEAD)
        rest = set_column(page, rest + MORE, lefts[0], 75 + 6 * LEAD + HEAD + 8, PER - 1, SIZE, LEAD, rows=14)
        rest = set_column(page, rest, lefts[1], 75, PER - 1, SIZE, LEAD, rows=20, indent=False)
        set_column(page, rest, lefts[2], 75, PER - 1, SIZE, LEAD, rows=20, indent=False)
    return save(doc, path)


@pytest.mark.parametrize("across, heading", [(True, "邻里互助，推动志愿服务常态化"),
                                             (False, "搭建服务平台，留住年轻人")])
def test_a_subheadings_wrapped_tail_is_no_byline(tmp_path, across, heading):
    articles = page_articles(_page(tmp_path / "p.pdf", across))
    assert [a.headline.title for a in articles] == ["社区中心成了居民的家"]
    story = articles[0]
    assert story.bylines == []
    assert heading in story.paragraphs, story.paragraphs
