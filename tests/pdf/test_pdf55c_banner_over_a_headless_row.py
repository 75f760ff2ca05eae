"""A banner across the page (a pulled quote reversed out of a bar) over a row
whose columns run on into each other, with no headline over them, heads none
of that text: the columns under the banner and the one past its end are one
part with no headline on this page (layout/ownership._break_cycle). The page:
an article over the bar on the left; under the bar, an article with its
headline over one column, a column rule, and four columns of the rest of
another article (one paragraph down three, the fourth opening the next), the
banner's text over the first three only. PDF mode, an invented page."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pymupdf")

from feature_pages import BODY, LEAD, FeaturePage, column_x, span_right  # noqa: E402
from pdf_samples import save, page_articles  # noqa: E402

TOP_STORY = ["新建的城市书房在元旦开门迎客，二十四小时开放，市民刷卡就能进门借书还书。",
             "书房里暖气充足，灯光柔和，不少年轻人下了班就来这里看书学习，周末更是座无虚席。",
             "管理人员介绍，书房的图书每月更新一次，读者也可以在网上预约想看的新书。"]
SIDE_STORY = ["清晨六点，菜市场里已经人来人往，摊主们忙着摆放刚从地里摘来的蔬菜。",
              "市场改造后，地面干净了，摊位整齐了，每个摊位都挂上了电子秤和价格牌。"]
#: the part's first paragraph, cut to fill its first three columns to the foot (six lines each)
SENTENCES = ("考核办法改了以后，基层干部不再为了应付检查而忙着填表格、写材料，把更多的时间用在了走村入户上。"
             "一位村干部说，过去一个月要填十几张表，现在只留下必要的几张，省下来的时间可以帮村民办更多实事。"
             "各地还把群众满意不满意作为衡量工作好坏的重要标准，请群众来打分，让考核结果更加真实可信。"
             "不少地方还精简了会议和文件，能合并的合并，能不开的不开，让干部从文山会海里走出来。")
PER, ROWS = 13, 6
FIRST = SENTENCES[:(PER - 2) + (3 * ROWS - 1) * PER - 1] + "。"
LAST = "减负不是减责任，有关部门表示，将继续清理不必要的督查考核事项，让基层干部把心思用在干事创业上。"


def _lines(text: str, rows: int) -> list[str]:
    """``text`` in lines of PER characters, the first indented two, at most ``rows``."""
    out = [text[:PER - 2]] + [text[k:k + PER] for k in range(PER - 2, len(text), PER)]
    return out[:rows]


def _page(path: Path) -> Path:
    fp = FeaturePage()
    top = fp.header(2, "要闻")
    y = fp.headline(column_x(0), span_right(0, 1), top + 12, "城市书房", 20)
    flowed = fp.flow(column_x(0), y, TOP_STORY, 1)  # an article over the bar, on the left only
    bar = flowed.bottom + 14
    fp.panel(column_x(0), bar, span_right(0, 5), bar + 30, gray=0.3)
    row = bar + 36
    y = fp.headline(column_x(0), span_right(0, 1), row, "菜市场变了样", 14)
    fp.flow(column_x(0), y, SIDE_STORY, 1)
    fp.vrule(column_x(1) - 6, row + 3, row + 400)
    lefts = [column_x(1) + k * (PER * BODY + 12) for k in range(4)]
    fp.centered(lefts[0], lefts[2] + PER * BODY, bar + 6, "减负以后，基层干部把更多时间用在了群众身上", 17, "hei")
    for c, lines in enumerate((_lines(FIRST, 3 * ROWS)[i:i + ROWS] for i in range(0, 3 * ROWS, ROWS))):
        for n, text in enumerate(lines):  # one paragraph down three columns, running on from column to column
            fp.line(lefts[c] + (2 * BODY if c == n == 0 else 0), row + n * LEAD, text)
    for n, text in enumerate(_lines(LAST, ROWS)):  # the fourth column opens the next paragraph
        fp.line(lefts[3] + (0 if n else 2 * BODY), row + n * LEAD, text)
    return fp.save(path)


def test_a_banner_heads_none_of_a_waiting_row_under_it(tmp_path):
    articles = page_articles(_page(tmp_path / "p.pdf"))
    texts = ["".join(a.paragraphs) for a in articles]
    rest = [text for text in texts if "考核办法" in text or "减负不是减责任" in text]
    assert len(rest) == 1 and rest[0].startswith("考核办法") and rest[0].endswith("干事创业上。"), texts
    assert "书房" not in rest[0] and "菜市场" not in rest[0], texts
