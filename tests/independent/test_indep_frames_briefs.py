"""What sits inside an article's area or groups articles: a photo set in the
middle of an article's columns with the text running round it, a boxed
report on a tinted panel opening with its key points, and a briefs column
under one heading whose items open with bold run-in titles. Pages typeset
by tests/independent/pagekit.py from a description of the conventions."""

from __future__ import annotations

from .pagekit import (STRICT_NO_LINE_END, Header, Sheet, Story, article, column_width, headline, line_end,
                      page_header)
from .prose import body
from .prose_layouts import BRIEFS, CRAFT, CRAFT_CAPTION, GREENWAY, HARBOUR, KEY_POINTS
from .readers_view import feature_tests

SEEDS = (1, 10)


def mid_photo_page(seed: int):
    """Feature 35, a photo in the middle of an article's columns.
    A feature in four columns under its title and byline has a photo set
    across its two middle columns a few lines below their tops; the text of
    those columns stops above the photo and goes on under its caption, the
    outer columns run full height. Under the photo, inside the article's
    area, its caption in smaller type: two lines closing with the credit
    run on (本报记者 杜宇摄, seed 1), or the caption then the credit 杜宇 摄
    flush right on a line of its own (seed 10). The caption is the photo's,
    with 杜宇 credited; it is not a paragraph, and the text above and below
    the photo is read in order. A one-column article stands beside it and
    a report across the foot."""
    sh = Sheet(seed)
    y = page_header(sh, "2023年3月18日 星期六", "社会", "第5版")
    b = sh.body
    top = y + 18 + sh.jitter(3)
    per, gap, lead = 13, b * 1.6, sh.leading
    a = Story("竹丝里的三百年", CRAFT, bylines=[("记者", "杜宇")], captions=[(CRAFT_CAPTION, "杜宇")])
    ax1 = 40 + column_width(sh, 4, per)
    yy = headline(sh, 40, ax1, top, a.title, 24)
    sh.centred(40, ax1, yy + 2, "本报记者 杜宇", b)
    btop = yy + b * 2.8
    r0 = 3 + seed % 2
    photo_rows = 6 + seed % 2
    csize = b * 0.9
    px0, px1 = 40 + per * b + gap, 40 + 3 * per * b + 2 * gap
    caption = CRAFT_CAPTION + ("本报记者 杜宇摄" if seed % 2 else "")
    per_cap = int((px1 - px0) / csize)
    lines, i = [], 0
    while i < len(caption):
        end = line_end(caption, i, per_cap)
        lines.append(caption[i:end])
        i = end
    credit_line = 0 if seed % 2 else 1
    r1 = r0 + photo_rows + len(lines) + credit_line + 1
    ptop = btop + r0 * lead + lead * 0.3
    pbottom = btop + (r0 + photo_rows) * lead
    sh.photo(px0, ptop, px1, pbottom, fill=True)
    cy = pbottom + 4
    for line in lines:
        sh.text(px0, cy, line, csize)
        cy += csize * 1.45
    if credit_line:
        sh.right(px1, cy, "杜宇 摄", csize)
    placed = sh.flow(a.paragraphs, 40, btop, 4, per,
                     width_at=lambda c, r: 0 if c in (1, 2) and r0 <= r < r1 else per, rows=r1 + 3)
    sh.commit()
    cx = ax1 + 24
    c = Story("城市书房里书香浓", body("library", 3))
    bottom_c = article(sh, c, cx, top, 1, int((802 - cx) / b), 18)
    sh.rule(cx - 12, top, cx - 12, max(placed.y1, bottom_c))
    y2 = max(placed.y1, bottom_c) + 16
    sh.rule(40, y2, 802, y2)
    d = Story("湖滨马拉松鸣枪开跑", body("marathon"), bylines=[("通讯员", "林可")])
    article(sh, d, 40, y2 + 14, 5, int((762 - 4 * gap) / (5 * b)), 22, byline="■ 通讯员 林可")
    return sh, [a, c, d], Header(5, "社会", "2023-03-18")


def tinted_box_page(seed: int):
    """Feature 36, a boxed report on a tinted panel, with key points.
    A front page's lead report stands in a tinted panel with a thin
    coloured frame (底纹框): its title and byline, then a key-points box
    across its width, a white panel in a thin frame with the bold heading
    核心阅读 over a short text, then the body in three columns. Beside the
    panel an unboxed article with its own title and byline; a report runs
    across the foot. One article ends with the jump note （下转第四版） set
    flush right: the boxed one (seed 1) or the one beside it (seed 10). The
    heading 核心阅读 and its text are the boxed report's first paragraphs,
    not an article; the note gives continues_to 4 and is no body text."""
    sh = Sheet(seed)
    y = page_header(sh, "2024年4月22日 星期一", "要闻", "第1版")
    b = sh.body
    top = y + 16 + sh.jitter(3)
    pad, per, gap = 10, 14, b * 1.6
    x0 = 40 + pad
    x1 = x0 + column_width(sh, 3, per)
    jump = [("right", "（下转第四版）")]
    a = Story("城市绿道串起山水街巷", ["核心阅读", KEY_POINTS, *GREENWAY], kicker="新增绿道一百二十公里",
              bylines=[("记者", "韩晓")], continues_to=4 if seed % 2 else None)
    # measure the panel's height on a scratch sheet, then draw the tint first and the text over it
    scratch = Sheet(seed)
    scratch.body, scratch.leading = sh.body, sh.leading
    bottom = set_boxed(scratch, a, x0, x1, top + pad, per, jump if seed % 2 else [])
    sh.tint(40, top, x1 + pad, bottom + pad)
    set_boxed(sh, a, x0, x1, top + pad, per, jump if seed % 2 else [])
    cx = x1 + pad + 22
    per_c = int((802 - cx - gap) / (2 * b))
    c = Story("地铁三号线二期完成铺轨", body("metro"), bylines=[("记者", "黄磊")],
              continues_to=None if seed % 2 else 4)
    bottom_c = article(sh, c, cx, top, 2, per_c, 20, byline="本报记者 黄磊",
                       items=body("metro") + ([] if seed % 2 else jump))
    y2 = max(bottom + pad, bottom_c) + 16
    sh.rule(40, y2, 802, y2)
    d = Story("山里娃也能上好课", body("school"))
    article(sh, d, 40, y2 + 14, 5, int((762 - 4 * gap) / (5 * b)), 22)
    return sh, [a, c, d], Header(1, "要闻", "2024-04-22")


def set_boxed(sh: Sheet, story: Story, x0: float, x1: float, top: float, per: int, tail: list) -> float:
    """The boxed report's text: headline, byline, the key-points box, the
    body in three columns; return the bottom."""
    b = sh.body
    yy = headline(sh, x0, x1, top, story.title, 24, kicker=story.kicker)
    sh.centred(x0, x1, yy + 2, "本报记者 韩晓", b)
    ky = yy + b * 2.6
    inner = 8
    per_key = int((x1 - x0 - 2 * inner) / b)
    lines, i = [], 0
    while i < len(KEY_POINTS):
        end = line_end(KEY_POINTS, i, per_key - (2 if i == 0 else 0))
        lines.append(KEY_POINTS[i:end])
        i = end
    kh = b * 2.4 + len(lines) * sh.leading + inner
    sh.tint(x0, ky, x1, ky + kh, fill=(1, 1, 1), border=(0.25, 0.45, 0.7), width=0.6)
    sh.centred(x0, x1, ky + inner * 0.6, "核心阅读", b * 1.2, bold=True)
    sh.commit()
    ly = ky + b * 2.4
    for n, line in enumerate(lines):
        indent = 2 * b if n == 0 else 0
        sh.text(x0 + inner + indent, ly, line, b, fit=(per_key * b - indent) if n < len(lines) - 1 else None)
        ly += sh.leading
    placed = sh.flow(GREENWAY + tail, x0, ky + kh + b * 1.2, 3, per)
    sh.commit()
    return placed.y1


def briefs_column_page(seed: int):
    """Feature 37, a briefs column under one heading.
    At the right of the page, under the column heading 本版简讯 (bold, a
    little larger than the body, a thin rule under it; not an article),
    four short items follow one another in one column. Each opens with a
    bold run-in title that ends in a full-width space (seed 1) or a ■
    (seed 10) and runs on into its text in Song, which closes with the
    authors in brackets （何静 梁宇）. Each item is an article: the run-in
    title without its mark is its title, the text its one paragraph, the
    names its bylines with no role. Two ordinary articles stand one over
    the other at the left."""
    sh = Sheet(seed)
    y = page_header(sh, "2023年6月9日 星期五", "城市新闻", "第5版")
    b = sh.body
    top = y + 16 + sh.jitter(3)
    a = Story("港口货物吞吐量持续增长", list(HARBOUR), bylines=[("记者", "钱程")])
    bottom_a = article(sh, a, 40, top, 4, 13, 22, byline="本报记者 钱程")
    y2 = bottom_a + 16
    ax1 = 40 + column_width(sh, 4, 13)
    sh.rule(40, y2, ax1, y2)
    c = Story("长者食堂暖了老人胃", body("elderly"))
    bottom_c = article(sh, c, 40, y2 + 14, 4, 13, 20)
    bx = ax1 + 26
    per = int((802 - bx) / b)
    sh.centred(bx, 802, top, "本版简讯", b * 1.5, bold=True)
    sh.commit()
    hy = top + b * 2.2
    sh.rule(bx, hy, 802, hy, 0.6)
    yy = hy + b * 0.9
    mark = "　" if seed % 2 else "■"
    stories = []
    for title, text, names in BRIEFS:
        tail = "（" + " ".join(names) + "）"
        yy = sh.flow([("runin", title + mark, text + tail)], bx, yy, 1, per, no_end=STRICT_NO_LINE_END).y1
        yy += sh.leading * 0.5
        stories.append(Story(title, [text], bylines=[(None, n) for n in names]))
    sh.rule(bx - 13, top, bx - 13, max(bottom_c, yy))
    return sh, [a, c] + stories, Header(5, "城市新闻", "2023-06-09")


CASES = {"mid_photo": mid_photo_page, "tinted_box": tinted_box_page, "briefs_column": briefs_column_page}
PDF_XFAIL: dict[str, str] = {
}
TEXT_XFAIL: dict[str, str] = {
    "tinted_box-1": "the foot article 山里娃也能上好课 (one column width with the article over it, its title echoing "
                    "no word of its lead) is read as a subheading of the article over it",
}


test_pdf_mode, test_text_mode = feature_tests(CASES, PDF_XFAIL, TEXT_XFAIL, SEEDS)
