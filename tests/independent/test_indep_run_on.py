"""The rest of a front-page report set in one column under another
article's headline, with a small label of its own, as pages short of room
set a carry-over. Pages typeset by tests/independent/pagekit.py from a
description of the conventions."""

from __future__ import annotations

from .pagekit import Header, Sheet, Story, article, column_width, headline, page_header
from .prose import body
from .prose_notices import RUN_ON, RUN_ON_LABEL
from .readers_view import continued_from_test, feature_tests

SEEDS = (5, 14)


def run_on_page(seed: int):
    """Feature 50, a carry-over in a column under another article's headline.
    On page two, a report's headline, kicker and byline stand centred over
    four columns; its text fills three of them. The fourth column, under
    the same headline, holds the rest of a front-page report: a small
    label in bold a little larger than the body (招聘会为求职者搭桥), then
    （上接第一版） on a line of its own (seed 5, the carry-over in the
    rightmost column), or run on at the start of its first line (seed 14,
    in the leftmost column), and the text, opening in mid-sentence, its
    first line not indented. A thin rule parts the column from the
    report's text. Two articles: the report under the headline (its three
    columns only) and the carry-over, titled by its label and continued
    from page 1; the note is no body text. A report stands beside them and
    one across the foot."""
    sh = Sheet(seed)
    y = page_header(sh, "2024年3月12日 星期二", "要闻", "第2版")
    b = sh.body
    gap, per = b * 1.6, 13
    top = y + 16 + sh.jitter(3)
    a = Story("老旧小区改出幸福生活", body("renovation"), kicker="今年再启动三十个小区改造",
              bylines=[("记者", "方晓")])
    x1 = 40 + column_width(sh, 4, per)
    yy = headline(sh, 40, x1, top, a.title, 24, kicker=a.kicker)
    sh.centred(40, x1, yy + 2, "本报记者 方晓", b)
    btop = yy + b * 2.8
    step = per * b + gap
    right = seed % 2 == 1
    cx = 40 + 3 * step if right else 40
    bottom_a = sh.flow(a.paragraphs, 40 if right else 40 + step, btop, 3, per).y1
    sh.commit()
    carried = Story(RUN_ON_LABEL, RUN_ON, continued_from=1)
    lsize = b * 1.2
    sh.text(cx, btop, RUN_ON_LABEL, min(lsize, per * b / len(RUN_ON_LABEL)), bold=True)
    sh.commit()
    note = "（上接第一版）"
    ctop = btop + lsize * 1.7
    opening = [("flush", note), ("flush", RUN_ON[0])] if right else [("flush", note + RUN_ON[0])]
    bottom_c = sh.flow(opening + RUN_ON[1:], cx, ctop, 1, per).y1
    sh.commit()
    rx = cx - gap / 2 if right else cx + per * b + gap / 2
    sh.rule(rx, btop, rx, max(bottom_a, bottom_c), 0.5)
    dx = x1 + 24
    bottom = max(bottom_a, bottom_c)
    sh.rule(dx - 12, top, dx - 12, bottom)
    c = Story("清水河重现碧波", body("river", 3))
    bottom = max(bottom, article(sh, c, dx, top, 1, int((802 - dx) / b), 18, title=["清水河", "重现碧波"]))
    y2 = bottom + 16
    sh.rule(40, y2, 802, y2)
    d = Story("山里娃也能上好课", body("school"), bylines=[("通讯员", "林可")])
    article(sh, d, 40, y2 + 14, 5, int((762 - 4 * gap) / (5 * b)), 22, byline="■ 通讯员 林可")
    return sh, [a, carried, c, d], Header(2, "要闻", "2024-03-12")


CASES = {"run_on": run_on_page}
PDF_XFAIL: dict[str, str] = {}
TEXT_XFAIL: dict[str, str] = {}
#: the page a text comes from, in both modes (keyed by mode or mode-seed)
CONTINUED_XFAIL: dict[str, str] = {}


test_pdf_mode, test_text_mode = feature_tests(CASES, PDF_XFAIL, TEXT_XFAIL, SEEDS)


test_continued_from = continued_from_test(run_on_page, CONTINUED_XFAIL, SEEDS)
