"""Pages whose text is not set as news columns: a literary supplement (副刊)
with a poem in short lines beside an essay, and picture news (图片新闻)
whose caption is the whole story. Pages typeset by
tests/independent/pagekit.py from a description of the conventions."""

from __future__ import annotations

from .pagekit import Header, Sheet, Story, article, column_width, page_header
from .prose import body
from .prose_features import ESSAY, PICTURE_CAPTION, POEM
from .readers_view import feature_tests
from .test_indep_boxes_photos import wrap

SEEDS = (6, 13)


def poem_page(seed: int):
    """Feature 22, a poem beside an essay on a supplement page (副刊).
    A poem stands in a block at the left: its bold title, the poet's name
    under it, then three stanzas of short verse lines at the body size,
    centred one under another (seed 6) or ragged from a common indent
    (seed 13), a blank line between stanzas. Each stanza is one paragraph
    of the poem (its lines are body text, not titles, however short);
    the name is a byline without a role. Beside it, an essay in three
    columns under its title, the author given as 文/林溪 or □ 林溪 (a byline
    without a role); a report across the foot below a rule."""
    sh = Sheet(seed)
    y = page_header(sh, "2023年4月15日 星期六", "副刊", "第8版")
    b = sh.body
    top = y + 18 + sh.jitter(3)
    px0, px1 = 40, 40 + 17 * b
    poem = Story("春到河湾", ["".join(stanza) for stanza in POEM], bylines=[(None, "陈曦")])
    tsize = 19 + sh.jitter(1)
    sh.centred(px0, px1, top, poem.title, tsize, bold=True)
    sh.commit()
    sh.centred(px0, px1, top + tsize * 1.6, "陈 曦", b * 1.05)
    yy = top + tsize * 1.6 + b * 3.2
    for stanza in POEM:
        for line in stanza:
            if seed % 2 == 0:
                sh.centred(px0, px1, yy, line, b)
            else:
                sh.text(px0 + 2 * b, yy, line, b)
            yy += sh.leading
        yy += sh.leading
    ex = px1 + 26
    sh.rule(ex - 13, top, ex - 13, yy)
    per = int((802 - ex - 2 * b * 1.6) / (3 * b))
    essay = Story("老槐树下", ESSAY, bylines=[(None, "林溪")])
    bottom_e = article(sh, essay, ex, top, 3, per, 21, byline="文/林溪" if seed % 2 == 0 else "□ 林溪")
    y2 = max(yy, bottom_e) + 14
    sh.rule(40, y2, 802, y2)
    d = Story("竹丝里的三百年", body("heritage"), bylines=[("记者", "周岚")])
    article(sh, d, 40, y2 + 14, 5, int((762 - 4 * b * 1.6) / (5 * b)), 22, byline="本报记者 周岚")
    return sh, [poem, essay, d], Header(8, "副刊", "2023-04-15")


def picture_news_page(seed: int):
    """Feature 23, picture news (图片新闻).
    Under a lead article across the page, a photo two columns wide has a
    short bold title above it and, under it, a caption of three or four
    lines that is the whole story, closing with its credit: run on as
    本报记者 杜宇 摄 (seed 6, caption in Song a little smaller than the
    body) or on a line of its own set flush right (seed 13, caption in the
    Kai face at the body size). The picture news is an article with that
    title, no paragraphs and the caption with the credited name (a caption
    is never body text); ordinary articles stand beside and below it."""
    sh = Sheet(seed)
    y = page_header(sh, "2022年4月13日 星期三", "社会", "第5版")
    b = sh.body
    top = y + 16 + sh.jitter(3)
    per = int((762 - 4 * b * 1.6) / (5 * b))
    a = Story("长者食堂暖了老人胃", body("elderly"), kicker="全区建成长者食堂四十二家", bylines=[("记者", "邵峰")])
    y2 = article(sh, a, 40, top, 5, per, 24, byline="本报记者 邵峰") + 16
    sh.rule(40, y2, 802, y2)
    pic = Story("郁金香花海迎客来", [], captions=[(PICTURE_CAPTION, "杜宇")])
    px1 = 40 + column_width(sh, 2, per)
    tsize = b * (1.5 + sh.rng.uniform(0, 0.2))
    ptop = y2 + 14
    sh.centred(40, px1, ptop, pic.title, tsize, bold=True)
    sh.commit()
    ph = 130 + sh.jitter(8)
    sh.photo(40, ptop + tsize * 1.7, px1, ptop + tsize * 1.7 + ph, fill=True)
    cy = ptop + tsize * 1.7 + ph + 5
    kai = seed % 2 == 1
    csize = b if kai else b * 0.9
    text = PICTURE_CAPTION + ("本报记者 杜宇 摄" if not kai else "")
    lines = wrap(text, int((px1 - 40) / csize))
    for line in lines:
        sh.text(40, cy, line, csize, kai=kai)
        cy += csize * 1.5
    if kai:
        sh.right(px1, cy, "杜宇 摄", csize)
        cy += csize * 1.5
    cx = px1 + 24
    sh.rule(cx - 12, ptop, cx - 12, cy)
    c = Story("清水河重现碧波", body("river"), bylines=[("通讯员", "梁宇")])
    bottom_c = article(sh, c, cx, ptop, 3, per, 21, byline="■ 通讯员 梁宇")
    y3 = max(cy, bottom_c) + 16
    sh.rule(40, y3, 802, y3)
    d = Story("科技企业扎堆高新区", body("tech"))
    article(sh, d, 40, y3 + 14, 5, per, 21)
    return sh, [a, pic, c, d], Header(5, "社会", "2022-04-13")


CASES = {"poem": poem_page, "picture_news": picture_news_page}
PDF_XFAIL: dict[str, str] = {}
TEXT_XFAIL: dict[str, str] = {
    "poem": "the stanzas are not told apart (get_text gives no blank line between them): the verse is cut into "
            "paragraphs where the stream's units happen to break (4 paragraphs for 3 stanzas)",
}


test_pdf_mode, test_text_mode = feature_tests(CASES, PDF_XFAIL, TEXT_XFAIL, SEEDS)
