"""A subheading set centred in a column, right under the last line of a
paragraph carried over from the column before (one line, flush with the
column's left edge, ending a sentence), is part of its article: the column
runs on over and under it. The carried line starts at the column's edge,
left of a centred heading, so it is asked flush with the column under the
heading, not with the heading's own left edge
(layout/subheading_roles._last_line_of_a_paragraph, ``lefts``): a short
heading (the line wider than a stack's) and a long one (the line would
otherwise stand in the heading's stack). PDF mode, an invented page."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pymupdf")

from pdf_samples import HEAD_FONT, band_header, blank_page, page_articles, save, set_column, set_columns  # noqa: E402

SIZE, LEAD, PER, ROWS = 10.0, 15.0, 11, 12
SUB_SIZE = 11.5
TITLE = "小区加装电梯惠及更多老人"
#: 9 + 11 * 11 characters fill the first column; the last 9 (ending with 。) are carried to the next
FIRST = ("今年以来，城区老旧小区加装电梯的工作明显提速，居民们从观望变成了主动申请。街道干部说，"
         "过去最难的是统一意见，低层住户担心采光和噪音，高层住户盼着早日装上电梯，"
         "为此社区多次召开协商会，请设计人员到现场讲解方案，把每户的顾虑一件件解开。"
         "如今已有三十多个单元完成了安")
CARRIED_END = "装，大家都很高兴。"
AFTER = ("为了让好事办好，区里统一了审批流程，住建、规划、市场监管等部门联合办公，材料一次提交，"
         "审批时间从两个多月缩短到二十天左右。加装费用由财政补贴一部分，住户按楼层分摊其余部分，"
         "公积金也可以提取使用。施工队进场前，社区还会把施工时间和安全措施张贴在楼道里，"
         "请居民监督。不少居民说，电梯装好了，出门买菜、看病都不再发愁，家里的老人也愿意下楼走走了。")


def _page(path: Path, sub: str) -> Path:
    doc, page = blank_page(460, 460)
    band_header(page, 5)
    page.insert_text((40, 92), TITLE, fontname=HEAD_FONT, fontsize=20)
    carried = set_column(page, FIRST + CARRIED_END, 40, 120, PER, SIZE, LEAD, ROWS)
    assert carried == CARRIED_END and len(carried) < PER, carried
    set_column(page, carried, 170, 120, PER, SIZE, LEAD, indent=False)  # flush left, short of the edge
    width = len(sub) * SUB_SIZE
    y = 120 + LEAD + 9  # a little white space under the carried line
    page.insert_text((170 + (PER * SIZE - width) / 2, y), sub, fontname=HEAD_FONT, fontsize=SUB_SIZE)  # centred
    rest = set_column(page, AFTER, 170, y + LEAD + 2, PER, SIZE, LEAD, ROWS - 2)
    assert not set_columns(page, rest, (300.0,), 120, PER, SIZE, LEAD, indent=False)
    return save(doc, path)


@pytest.mark.parametrize("sub", ["审批一次办好", "审批流程一次办好"], ids=["short-heading", "long-heading"])
def test_a_centred_subheading_under_a_carried_line_stays_in_its_article(tmp_path, sub):
    articles = page_articles(_page(tmp_path / "p.pdf", sub))
    by_title = {a.headline.title: a.paragraphs for a in articles}
    assert list(by_title) == [TITLE], by_title
    paragraphs = by_title[TITLE]
    text = "".join(paragraphs)
    assert sub in paragraphs, paragraphs  # a paragraph of its own
    assert text.index(CARRIED_END) < text.index(sub) < text.index("为了让好事办好"), text
    assert text.endswith("愿意下楼走走了。"), text
