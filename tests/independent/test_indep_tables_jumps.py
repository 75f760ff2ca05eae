"""What an article carries besides its running text: a small table of
figures with its title and source line, and the notes that send a reader
to another page and bring one from it (a jump head with （上接第一版）, an
ending （下转第八版）). Pages typeset by tests/independent/pagekit.py from a
description of the conventions."""

from __future__ import annotations

from .pagekit import Header, Sheet, Story, article, column_width, page_header, table
from .prose import body
from .prose_layouts import HARBOUR
from .prose_forms import (CARRIED_OVER, JUMP_HEAD, TABLE_HEAD, TABLE_REPORT, TABLE_ROWS, TABLE_SOURCE,
                          TABLE_TITLE)
from .readers_view import continued_from_test, feature_tests

SEEDS = (4, 11)


def table_page(seed: int):
    """Feature 39, a table of figures inside an article.
    A report on the quarter's economy runs in three columns under its
    title and byline; under its text, inside its area, a one-line bold
    table title (一季度全市主要经济指标), then a table of a header row and
    four rows of a label and two figures (1286.4, 6.1), drawn with thin
    rules round every cell (seed 4) or as a three-line table (seed 11), the
    whole width of the article (seed 4) or two columns wide, centred (seed
    11); under it, flush left in smaller type, 数据来源：市统计局. The table
    is the report's, not an article: its title, each of its rows and the
    source line are the report's last paragraphs, in that order. A report
    stands beside it and one across the foot."""
    sh = Sheet(seed)
    y = page_header(sh, "2023年4月20日 星期四", "经济", "第3版")
    b = sh.body
    top = y + 16 + sh.jitter(3)
    gap, per = b * 1.6, 14
    grid = seed % 2 == 0
    rows_text = [" ".join(row) for row in [TABLE_HEAD, *TABLE_ROWS]]
    a = Story("一季度经济运行开局良好", [*TABLE_REPORT, TABLE_TITLE, *rows_text, TABLE_SOURCE],
              bylines=[("记者", "黄磊")])
    ax1 = 40 + column_width(sh, 3, per, gap)
    body_bottom = article(sh, a, 40, top, 3, per, 24, byline="本报记者 黄磊", items=TABLE_REPORT)
    ty = body_bottom + b * 1.4
    sh.centred(40, ax1, ty, TABLE_TITLE, b * 1.1, bold=True)
    sh.commit()
    tx0, tx1 = (40, ax1) if grid else (40 + (per * b + gap) / 2, ax1 - (per * b + gap) / 2)
    tbottom = table(sh, tx0, tx1, ty + b * 2, TABLE_HEAD, TABLE_ROWS, b * 0.95, grid=grid)
    sh.text(tx0, tbottom + 4, TABLE_SOURCE, b * 0.85)
    bottom_a = tbottom + 4 + b * 1.2
    cx = ax1 + 24
    sh.rule(cx - 12, top, cx - 12, bottom_a)
    c = Story("港口货物吞吐量持续增长", list(HARBOUR))
    bottom_c = article(sh, c, cx, top, 2, int((802 - cx - gap) / (2 * b)), 21)
    y2 = max(bottom_a, bottom_c) + 16
    sh.rule(40, y2, 802, y2)
    d = Story("科技企业扎堆高新区", body("tech"), bylines=[("通讯员", "梁宇")])
    article(sh, d, 40, y2 + 14, 5, int((762 - 4 * gap) / (5 * b)), 22, byline="■ 通讯员 梁宇")
    return sh, [a, c, d], Header(3, "经济", "2023-04-20")


def jumps_page(seed: int):
    """Feature 44, an article carried over from page one and one carried on.
    At the top left of page two, the rest of a front-page report stands
    under a short jump head in bold a little smaller than the page's other
    titles, repeating the front page's title; the note （上接第一版） is set
    in body type on a line of its own over the jump head (seed 4) or after
    it on the title's line (seed 11). The text under it opens in
    mid-sentence, its first line not indented. Below, a report across the
    page ends with （下转第八版）, run on at the end of its last paragraph
    (seed 4) or flush right on a line of its own (seed 11). The notes are
    no title and no body text: the first article continues from page 1,
    the other continues to page 8. A report stands beside the first."""
    sh = Sheet(seed)
    y = page_header(sh, "2024年3月8日 星期五", "要闻", "第2版")
    b = sh.body
    top = y + 16 + sh.jitter(3)
    gap, per = b * 1.6, 14
    note = "（上接第一版）"
    a = Story(JUMP_HEAD, CARRIED_OVER, continued_from=1)
    ax1 = 40 + column_width(sh, 3, per, gap)
    hsize = 18
    if seed % 2 == 0:
        sh.text(40, top, note, b)
        ty = top + b * 1.8
        sh.text(40, ty, JUMP_HEAD, hsize, bold=True)
    else:
        ty = top
        right = sh.text(40, ty, JUMP_HEAD, hsize, bold=True)
        sh.text(right + b, ty + hsize - b * 1.05, note, b)
    sh.commit()
    bottom_a = sh.flow([("flush", CARRIED_OVER[0]), *CARRIED_OVER[1:]], 40, ty + hsize * 1.3 + b, 3, per).y1
    sh.commit()
    cx = ax1 + 24
    sh.rule(cx - 12, top, cx - 12, bottom_a)
    c = Story("地铁三号线二期完成铺轨", body("metro"), bylines=[("记者", "黄磊")])
    bottom_c = article(sh, c, cx, top, 2, int((802 - cx - gap) / (2 * b)), 22, byline="本报记者 黄磊")
    y2 = max(bottom_a, bottom_c) + 16
    sh.rule(40, y2, 802, y2)
    paras = body("renovation")
    jump = "（下转第八版）"
    items = paras[:-1] + [paras[-1] + jump] if seed % 2 == 0 else paras + [("right", jump)]
    d = Story("老旧小区改出幸福生活", paras, kicker="今年再启动三十个小区改造", bylines=[("记者", "方晓")],
              continues_to=8)
    article(sh, d, 40, y2 + 14, 5, int((762 - 4 * gap) / (5 * b)), 24, byline="本报记者 方晓", items=items)
    return sh, [a, c, d], Header(2, "要闻", "2024-03-08")


CASES = {"table": table_page, "jumps": jumps_page}
PDF_XFAIL: dict[str, str] = {}
TEXT_XFAIL: dict[str, str] = {}
#: the readers' view leaves continued_from out; the jumps page checks it here, in both modes
CONTINUED_XFAIL: dict[str, str] = {}


test_pdf_mode, test_text_mode = feature_tests(CASES, PDF_XFAIL, TEXT_XFAIL, SEEDS)


test_continued_from = continued_from_test(jumps_page, CONTINUED_XFAIL, SEEDS)
