"""A commentary under a boxed column logo whose author is named only at its
end, and news briefs that each open with their own dateline, set apart by
short rules. Pages typeset by tests/independent/pagekit.py from a
description of the conventions."""

from __future__ import annotations

from .pagekit import STRICT_NO_LINE_END, Header, Sheet, Story, article, column_width, page_header
from .prose import body
from .prose_forms import COMMENT, COMMENT_NOTE, DATELINE_BRIEFS
from .readers_view import feature_tests

SEEDS = (2, 9)


def commentary_page(seed: int):
    """Feature 42, a commentary column with a boxed logo and the author at the end.
    At the top left of an opinion page, the column's logo 江城时评 is set
    in bold in a thin box, over the commentary's title (seed 2) or at the
    title's left on its line (seed 9); there is no byline under the title.
    The text runs in two columns and closes with the author: the name
    张 明 set flush right on a line of its own (seed 2), or the note
    （作者为江城大学经济学院教授） indented as a paragraph of its own
    (seed 9). The logo is neither an article nor a kicker; the name is the
    commentary's byline (no role), the note its last paragraph (no name is
    given, so no byline). Two reports stand beside it and one below."""
    sh = Sheet(seed)
    y = page_header(sh, "2023年8月23日 星期三", "评论", "第5版")
    b = sh.body
    top = y + 18 + sh.jitter(3)
    gap, per = b * 1.6, 15
    x1 = 40 + column_width(sh, 2, per, gap)
    lsize = b * 1.3
    logo = "江城时评"
    lw = lsize * len(logo) + 10
    sh.frame(40, top, 40 + lw, top + lsize * 1.7, 1.0)
    sh.text(45, top + lsize * 0.35, logo, lsize, bold=True)
    sh.commit()
    tsize = 21.0
    if seed % 2 == 0:
        ty = top + lsize * 1.7 + 10
        sh.text(40, ty, "让夜间经济亮出特色", tsize, bold=True)
    else:
        ty = top + lsize * 0.85 - tsize / 2
        sh.text(40 + lw + 14, ty, "让夜间经济亮出特色", tsize, bold=True)
    sh.commit()
    if seed % 2 == 0:
        a = Story("让夜间经济亮出特色", COMMENT, bylines=[(None, "张明")])
        items = COMMENT + [("right", "张 明")]
    else:
        a = Story("让夜间经济亮出特色", COMMENT + [COMMENT_NOTE])
        items = COMMENT + [COMMENT_NOTE]
    btop = max(ty + tsize * 1.4, top + lsize * 1.7) + b
    bottom_a = sh.flow(items, 40, btop, 2, per).y1
    sh.commit()
    cx = x1 + 24
    sh.rule(cx - 12, top, cx - 12, bottom_a)
    per_c = int((802 - cx - 2 * gap) / (3 * b))
    c = Story("老旧小区改出幸福生活", body("renovation"), bylines=[("记者", "方晓")])
    bottom_c = article(sh, c, cx, top, 3, per_c, 22, byline="本报记者 方晓")
    y2 = max(bottom_a, bottom_c) + 16
    sh.rule(40, y2, 802, y2)
    d = Story("让基层治理更有温度", body("governance"), bylines=[(None, "孔宁")])
    article(sh, d, 40, y2 + 14, 5, int((762 - 4 * gap) / (5 * b)), 22, byline="孔 宁")
    return sh, [a, c, d], Header(5, "评论", "2023-08-23")


def brief_items(seed: int):
    """The four briefs as (story, flow items): the dateline run into the
    text, in bold followed by a full-width space (seed 2) or in Song (seed 9),
    the reporters in brackets after it where a brief names them."""
    out = []
    for title, dateline, names, text in DATELINE_BRIEFS:
        bracket = "（" + " ".join(f"{role} {name}" for role, name in names) + "）" if names else ""
        if seed % 2 == 0:
            item = ("runin", dateline, bracket + text) if bracket else ("runin", dateline + "　", text)
        else:
            item = dateline + (bracket or "　") + text
        out.append((Story(title, [text], bylines=list(names), dateline=dateline), item))
    return out


def dated_briefs_page(seed: int):
    """Feature 43, news briefs each opening with its own dateline.
    Four briefs, each under a short bold title on a line of its own, open
    with their datelines: 本报北京3月5日电 followed by the reporter in
    brackets （记者 何静）, 据新华社北京3月5日电 with none, 本报上海3月5日电
    （记者 钱亮 通讯员 梁宇）, 据新华社南京3月4日电; the dateline is set in
    bold run on into the text (seed 2) or in Song like the text (seed 9).
    The briefs stand one under another in a column at the page's right,
    parted by short centred rules (seed 2), or side by side in a strip
    across the page's foot, parted by thin vertical rules (seed 9). Each
    brief is an article: its title, its dateline (据新华社… included), the
    bracketed names its bylines, the rest its one paragraph."""
    sh = Sheet(seed)
    y = page_header(sh, "2024年3月6日 星期三", "要闻", "第4版")
    b = sh.body
    top = y + 16 + sh.jitter(3)
    gap = b * 1.6
    briefs = brief_items(seed)
    tsize = b * 1.25
    if seed % 2 == 0:
        a = Story("长者食堂暖了老人胃", body("elderly"), bylines=[("记者", "邵峰")])
        bottom_a = article(sh, a, 40, top, 4, 13, 24, byline="本报记者 邵峰")
        ax1 = 40 + column_width(sh, 4, 13, gap)
        y2 = bottom_a + 16
        sh.rule(40, y2, ax1, y2)
        c = Story("地铁三号线二期完成铺轨", body("metro"))
        bottom_c = article(sh, c, 40, y2 + 14, 4, 13, 21)
        bx = ax1 + 26
        per = int((802 - bx) / b)
        yy = top
        for n, (story, item) in enumerate(briefs):
            if n:
                mid = (bx + 802) / 2
                sh.rule(mid - 2 * b, yy, mid + 2 * b, yy, 0.6)
                yy += b
            sh.text(bx, yy, story.title, min(tsize, (802 - bx) / len(story.title)), bold=True)
            sh.commit()
            yy = sh.flow([item], bx, yy + tsize * 1.6, 1, per, no_end=STRICT_NO_LINE_END).y1 + b * 0.6
            sh.commit()
        sh.rule(bx - 13, top, bx - 13, max(bottom_c, yy))
        return sh, [a, c] + [s for s, _ in briefs], Header(4, "要闻", "2024-03-06")
    per = int((762 - 4 * gap) / (5 * b))
    a = Story("长者食堂暖了老人胃", body("elderly"), bylines=[("记者", "邵峰")])
    y2 = article(sh, a, 40, top, 5, per, 24, byline="本报记者 邵峰") + 16
    sh.rule(40, y2, 802, y2)
    c = Story("地铁三号线二期完成铺轨", body("metro"))
    y3 = article(sh, c, 40, y2 + 14, 5, per, 21) + 16
    sh.rule(40, y3, 802, y3, 1.2)
    wide = (762 - 3 * 2 * b) / 4
    per_b = int(wide / b)
    bottoms = []
    for n, (story, item) in enumerate(briefs):
        bx = 40 + n * (wide + 2 * b)
        sh.text(bx, y3 + 12, story.title, min(tsize, wide / len(story.title)), bold=True)
        sh.commit()
        bottoms.append(sh.flow([item], bx, y3 + 12 + tsize * 1.6, 1, per_b, no_end=STRICT_NO_LINE_END).y1)
        sh.commit()
    for n in range(1, 4):
        rx = 40 + n * (wide + 2 * b) - b
        sh.rule(rx, y3 + 12, rx, max(bottoms), 0.5)
    return sh, [a, c] + [s for s, _ in briefs], Header(4, "要闻", "2024-03-06")


CASES = {"commentary": commentary_page, "dated_briefs": dated_briefs_page}
PDF_XFAIL: dict[str, str] = {}
TEXT_XFAIL: dict[str, str] = {}


test_pdf_mode, test_text_mode = feature_tests(CASES, PDF_XFAIL, TEXT_XFAIL, SEEDS)
