"""What a page prints besides its reports, and voices other than the
reporter's: a front page's contents box (导读), a correction or a call for
contributions in a small frame at a column's foot, a reader's letter with
the reporter's answer, and a long quotation set in Kai inside a body.
Pages typeset by tests/independent/pagekit.py from a description of the
conventions."""

from __future__ import annotations

import math

from .pagekit import (Header, Sheet, Story, article, column_width, headline, line_end, page_header,
                      set_columns)
from .prose import body
from .prose_notices import (BUS_SENDER, CALL_FOR_WRITING, CALL_SIGNED, CONTENTS, CORRECTION, CROSSING_SENDER,
                            DIARY_AFTER, DIARY_BEFORE, DIARY_QUOTE, INQUIRY_CROSSING, LETTER_BUS, LETTER_CROSSING,
                            REPLY_BUS)
from .readers_view import feature_tests

SEEDS = (5, 14)


def masthead(sh: Sheet, date: str) -> float:
    """A front page's masthead: the paper's name large at the left, the date
    and 第1版 要闻 at the right, a heavy rule under them; return its bottom."""
    sh.text(40, 30, "江城日报", 40, bold=True)
    sh.right(802, 40, date, 11)
    sh.right(802, 60, "第1版 要闻", 11)
    sh.rule(40, 88, 802, 88, 2.0)
    sh.commit()
    return 88.0


def contents_page(seed: int):
    """Feature 46, a contents box (导读) on a front page.
    Under the masthead a lead report stands in four columns. The contents
    box lists six reports inside the paper, one a line, each a heading
    and the page it is on: in a thin frame at the right of the lead, under
    the bold heading 今日导读 and a rule, each heading flush left and its
    page 第5版 flush right (seed 5), with a one-column report under the
    box; or in a tinted strip across the page under the lead, the label
    导读 set vertically in bold at its left and the entries in three
    columns, each heading followed by its page in brackets （5版）
    (seed 14), two reports side by side below. The box points to other
    pages: it is no article, its heading no title, its entries belong to
    no article (as a column logo or a banner)."""
    sh = Sheet(seed)
    b = sh.body
    top = masthead(sh, "2024年3月8日 星期五") + 16 + sh.jitter(3)
    lead = Story("江城与莫斯科州深化地方合作", body("exchange"), kicker="两地三百余家企业参加洽谈",
                 bylines=[("记者", "何静")])
    gap = b * 1.6
    if seed % 2:
        ax1 = 40 + column_width(sh, 4, 12)
        bottom_a = article(sh, lead, 40, top, 4, 12, 26, byline="本报记者 何静")
        bx0, bx1 = ax1 + 20, 802
        sh.centred(bx0, bx1, top + 8, "今日导读", b * 1.4, bold=True)
        sh.commit()
        ry = top + 8 + b * 2.1
        sh.rule(bx0 + 8, ry, bx1 - 8, ry, 0.5)
        yy = ry + b * 0.8
        for heading, page in CONTENTS:
            sh.text(bx0 + 8, yy, heading, b)
            mark = f"第{page}版"
            sh.mixed(bx1 - 8 - sh.mixed_width(mark, b), yy, mark, b)
            yy += sh.leading * 1.25
        sh.frame(bx0, top, bx1, yy + b * 0.4)
        c = Story("清水河重现碧波", body("river", 3), bylines=[("通讯员", "梁宇")])
        ctop = yy + b * 0.4 + 18
        sh.rule(bx0, ctop - 9, bx1, ctop - 9, 0.5)
        bottom_c = article(sh, c, bx0, ctop, 1, int((bx1 - bx0) / b), 18, title=["清水河", "重现碧波"],
                           byline="■ 通讯员 梁宇")
        sh.rule(ax1 + 10, top, ax1 + 10, max(bottom_a, bottom_c))
        y2 = max(bottom_a, bottom_c) + 16
        sh.rule(40, y2, 802, y2)
        d = Story("山里娃也能上好课", body("school"))
        article(sh, d, 40, y2 + 14, 5, int((762 - 4 * gap) / (5 * b)), 22)
        return sh, [lead, c, d], Header(1, "要闻", "2024-03-08")
    per = int((762 - 4 * gap) / (5 * b))
    bottom_a = article(sh, lead, 40, top, 5, per, 26, byline="本报记者 何静")
    stop = bottom_a + 16
    rows = math.ceil(len(CONTENTS) / 3)
    step = sh.leading * 1.3
    sbottom = stop + 12 + rows * step
    sh.tint(40, stop, 802, sbottom, border=(0.3, 0.3, 0.3), width=0.6)
    lsize = b * 1.5
    sh.vertical(50, stop + (sbottom - stop - 2 * lsize * 1.05) / 2, "导读", lsize, bold=True)
    sh.commit()
    ex0 = 50 + lsize + 16
    cell = (802 - ex0) / 3
    for n, (heading, page) in enumerate(CONTENTS):
        col, row = divmod(n, rows)
        sh.mixed(ex0 + col * cell, stop + 8 + row * step, f"{heading}（{page}版）", b)
    top2 = sbottom + 18
    c = Story("长者食堂暖了老人胃", body("elderly"), bylines=[("记者", "邵峰")])
    bottom_c = article(sh, c, 40, top2, 3, 14, 21, byline="本报记者 邵峰")
    dx = 40 + column_width(sh, 3, 14) + 24
    sh.rule(dx - 12, top2, dx - 12, bottom_c)
    d = Story("湖滨马拉松鸣枪开跑", body("marathon"))
    article(sh, d, dx, top2, 2, int((802 - dx - gap) / (2 * b)), 20)
    return sh, [lead, c, d], Header(1, "要闻", "2024-03-08")


def framed_notice(sh: Sheet, x0: float, x1: float, top: float, title: str, text: str, signed: list[str],
                  title_size: float, draw: bool = True) -> float:
    """A notice in a thin frame one column wide: its bold title centred, its
    text a little smaller than the body (first line indented two
    characters), then any signature lines flush right; return the frame's
    bottom (``draw`` False only measures it)."""
    b = sh.body
    size, pad = b * 0.9, 7
    per = int((x1 - x0 - 2 * pad) / size)
    y = top + pad
    if draw:
        sh.centred(x0, x1, y, title, title_size, bold=True)
        sh.commit()
    y += title_size * 1.6
    i = 0
    while i < len(text):
        room = per - (2 if i == 0 else 0)
        end = line_end(text, i, room)
        if draw:
            short = end < len(text) and end - i < room
            sh.text(x0 + pad + (size * 2 if i == 0 else 0), y, text[i:end], size,
                    fit=room * size if short else None, spread=short)
        y += size * 1.5
        i = end
    for line in signed:
        if draw:
            sh.right(x1 - pad, y, line, size)
        y += size * 1.5
    bottom = y + pad - size * 0.4
    if draw:
        sh.frame(x0, top, x1, bottom)
    return bottom


def notice_page(seed: int):
    """Feature 47, a correction or a notice in a small frame at a column's foot.
    A thin frame one column wide closes a column: under a one-column
    report at the page's right, the correction 更正 (its bold title a
    little larger than the body, one paragraph ending 特此更正，并向读者致歉。,
    seed 5); or set into the last column of a three-column report whose
    text stops above it, the call 征稿启事 (its title in bold a little
    larger than the body, one paragraph, then the paper's name and the date
    flush right on lines of their own, seed 14). The text is a little
    smaller than the body. The notice is an article of its own, titled by
    its heading (a two-character 更正 too); the signature and the date are
    its last two paragraphs, as printed (the paper signs it: no reporter,
    no byline). It belongs to neither report round it."""
    sh = Sheet(seed)
    y = page_header(sh, "2024年3月8日 星期五", "综合新闻", "第3版")
    b = sh.body
    gap = b * 1.6
    top = y + 16 + sh.jitter(3)
    if seed % 2:
        notice = Story("更正", [CORRECTION])
        a = Story("河西镇春耕备耕正当时", body("spring"), bylines=[("记者", "何静")])
        bottom_a = article(sh, a, 40, top, 4, 12, 24, byline="本报记者 何静")
        cx = 40 + column_width(sh, 4, 12) + 24
        c = Story("湖滨马拉松鸣枪开跑", body("marathon", 3))
        bottom_c = article(sh, c, cx, top, 1, int((802 - cx) / b), 18, title=["湖滨马拉松", "鸣枪开跑"])
        fbottom = framed_notice(sh, cx, 802, bottom_c + 14, notice.title, CORRECTION, [], b * 1.4)
        sh.rule(cx - 12, top, cx - 12, max(bottom_a, fbottom))
        y2 = max(bottom_a, fbottom) + 16
        sh.rule(40, y2, 802, y2)
        d = Story("三十个城市书房飘书香", body("library"), bylines=[("通讯员", "林可")])
        article(sh, d, 40, y2 + 14, 5, int((762 - 4 * gap) / (5 * b)), 22, byline="■ 通讯员 林可")
        return sh, [a, c, notice, d], Header(3, "综合新闻", "2024-03-08")
    notice = Story("征稿启事", [CALL_FOR_WRITING, *CALL_SIGNED])
    a = Story("老旧小区改出幸福生活", body("renovation"), kicker="今年再启动三十个小区改造",
              bylines=[("记者", "方晓")])
    y2 = article(sh, a, 40, top, 5, int((762 - 4 * gap) / (5 * b)), 24, byline="本报记者 方晓") + 16
    sh.rule(40, y2, 802, y2)
    per = 13
    c = Story("山里娃也能上好课", body("school"), bylines=[("通讯员", "梁宇")])
    cx1 = 40 + column_width(sh, 3, per)
    yy = headline(sh, 40, cx1, y2 + 14, c.title, 21)
    sh.centred(40, cx1, yy + 2, "■ 通讯员 梁宇", b)
    btop = yy + b * 2.7
    fx0 = 40 + 2 * (per * b + gap)
    fheight = framed_notice(sh, fx0, cx1, 0, notice.title, CALL_FOR_WRITING, CALL_SIGNED, b * 1.2, draw=False)
    taken = math.ceil((fheight + b) / sh.leading)
    scratch = Sheet(0)
    scratch.body, scratch.leading = sh.body, sh.leading
    rows = taken + 1
    while scratch.flow(c.paragraphs, 40, btop, 3, per, rows=rows,
                       width_at=lambda col, r, n=rows: 0 if col == 2 and r >= n - taken else per).rows != rows:
        rows += 1
    sh.flow(c.paragraphs, 40, btop, 3, per, rows=rows,
            width_at=lambda col, r: 0 if col == 2 and r >= rows - taken else per)
    sh.commit()
    bottom_c = btop + rows * sh.leading
    framed_notice(sh, fx0, cx1, bottom_c - fheight, notice.title, CALL_FOR_WRITING, CALL_SIGNED, b * 1.2)
    dx = cx1 + 24
    sh.rule(dx - 12, y2 + 14, dx - 12, bottom_c)
    d = Story("长者食堂暖了老人胃", body("elderly"))
    article(sh, d, dx, y2 + 14, 2, int((802 - dx - gap) / (2 * b)), 20)
    return sh, [a, c, notice, d], Header(3, "综合新闻", "2024-03-08")


def letter_page(seed: int):
    """Feature 48, a reader's letter and the reporter's answer.
    A letter in two columns under its headline opens 编辑同志：, and its
    sender's place and name (江城市城西区 林晓) stand flush right on a line
    of their own at its end. Seed 5: the answer follows in the same
    columns under the bold centred subheading 记者调查 and closes with
    （本报记者 周岚） flush right: one article, whose paragraphs are the
    letter's, the sender's line, the subheading and the inquiry's, its
    byline the reporter (a reader's signature names a place and no role:
    it is the letter's last paragraph, as printed, not a byline). Seed 14:
    the answer has its own bold headline (smaller than the letter's) and
    the byline 本报记者 周岚 under it, below a short rule: two articles,
    the letter (its sender's line its last paragraph, no byline) and the
    reply. A report stands beside them and one across the foot."""
    sh = Sheet(seed)
    y = page_header(sh, "2024年5月16日 星期四", "民生", "第4版")
    b = sh.body
    gap = b * 1.6
    top = y + 16 + sh.jitter(3)
    per = 15
    ax1 = 40 + column_width(sh, 2, per)
    if seed % 2:
        letter = Story("学校门口的斑马线该补划了",
                       [*LETTER_CROSSING, CROSSING_SENDER, "记者调查", *INQUIRY_CROSSING],
                       bylines=[("记者", "周岚")])
        items = [*LETTER_CROSSING, ("right", CROSSING_SENDER), ("sub", "记者调查", False), *INQUIRY_CROSSING,
                 ("right", "（本报记者 周岚）")]
        bottom_a = article(sh, letter, 40, top, 2, per, 20, items=items)
        stories = [letter]
    else:
        letter = Story("乡村公交能否多开几班", [*LETTER_BUS, BUS_SENDER])
        bottom_l = article(sh, letter, 40, top, 2, per, 20, items=[*LETTER_BUS, ("right", BUS_SENDER)])
        rtop = bottom_l + 14
        sh.rule(40 + (ax1 - 40) * 0.3, rtop, ax1 - (ax1 - 40) * 0.3, rtop, 0.6)
        reply = Story("乡村公交下月起加密班次", REPLY_BUS, bylines=[("记者", "周岚")])
        bottom_a = article(sh, reply, 40, rtop + 12, 2, per, 17, byline="本报记者 周岚")
        stories = [letter, reply]
    cx = ax1 + 24
    sh.rule(cx - 12, top, cx - 12, bottom_a)
    c = Story("地铁三号线二期完成铺轨", body("metro"), bylines=[("记者", "黄磊")])
    bottom_c = article(sh, c, cx, top, 3, int((802 - cx - 2 * gap) / (3 * b)), 22, byline="本报记者 黄磊")
    y2 = max(bottom_a, bottom_c) + 16
    sh.rule(40, y2, 802, y2)
    d = Story("竹丝里的三百年", body("heritage"), bylines=[("通讯员", "林可")])
    article(sh, d, 40, y2 + 14, 5, int((762 - 4 * gap) / (5 * b)), 22, byline="■ 通讯员 林可")
    return sh, [*stories, c, d], Header(4, "民生", "2024-05-16")


def quotation_page(seed: int):
    """Feature 49, a long quotation set in Kai inside a body.
    A culture essay in four columns under its title and its author's
    padded name (沈 和) quotes a teacher's diary at length: after the
    paragraph that introduces it (…他在日记中写道：), the two quoted
    paragraphs are set in the Kai face at the body size, indented two
    characters on both sides within the column (their first lines two
    more), with no space round them (seed 5) or a blank line above and
    below (seed 14); the text goes on in Song after them. Each quoted
    paragraph is a paragraph of the essay, in its place; the Kai lines are
    neither a caption, an editor's note nor a new article. Two reports
    stand side by side below."""
    sh = Sheet(seed)
    y = page_header(sh, "2024年9月10日 星期二", "文化", "第7版")
    b = sh.body
    gap = b * 1.6
    top = y + 18 + sh.jitter(3)
    per = int((762 - 3 * gap) / (4 * b))
    essay = Story("一本日记里的乡村教育", [*DIARY_BEFORE, *DIARY_QUOTE, *DIARY_AFTER], bylines=[(None, "沈和")])
    x1 = 40 + column_width(sh, 4, per)
    yy = headline(sh, 40, x1, top, essay.title, 26)
    sh.centred(40, x1, yy + 2, "沈 和", b * 1.1)
    spaced = seed % 2 == 0
    items: list[tuple] = [("p", p) for p in DIARY_BEFORE]
    items += [("gap",)] if spaced else []
    items += [("q", q) for q in DIARY_QUOTE]
    items += [("gap",)] if spaced else []
    items += [("p", p) for p in DIARY_AFTER]
    bottom_a = set_columns(sh, items, 40, yy + b * 2.9, 4, per)
    y2 = bottom_a + 16
    sh.rule(40, y2, 802, y2)
    c = Story("三十个城市书房飘书香", body("library"), bylines=[("记者", "方晓")])
    bottom_c = article(sh, c, 40, y2 + 14, 3, 14, 21, byline="本报记者 方晓")
    dx = 40 + column_width(sh, 3, 14) + 24
    sh.rule(dx - 12, y2 + 14, dx - 12, bottom_c)
    d = Story("清水河重现碧波", body("river"))
    article(sh, d, dx, y2 + 14, 2, int((802 - dx - gap) / (2 * b)), 20)
    return sh, [essay, c, d], Header(7, "文化", "2024-09-10")


CASES = {"contents": contents_page, "notice": notice_page, "letter": letter_page, "quotation": quotation_page}
PDF_XFAIL: dict[str, str] = {}
TEXT_XFAIL: dict[str, str] = {}


test_pdf_mode, test_text_mode = feature_tests(CASES, PDF_XFAIL, TEXT_XFAIL, SEEDS)
