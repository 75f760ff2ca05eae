"""Parts of one article that are set apart from its plain paragraphs: the
questions and answers of an interview, numbered subheadings of a
commentary, an editor's note in another face and a link box at the end.
All stay in their article. Pages typeset by tests/independent/pagekit.py
from a description of the conventions."""

from __future__ import annotations

from .pagekit import Header, Sheet, Story, article, column_width, headline, page_header
from .prose import body
from .prose_features import (CHINESE_NUMBERS, EDITORS_NOTE, INTERVIEW_INTRO, INTERVIEW_LEAD, INTERVIEW_QA,
                             LINK_TEXT, OPINION_INTRO, OPINION_PARTS, RETURNEES)
from .readers_view import feature_tests

SEEDS = (6, 13)


def interview_page(seed: int):
    """Feature 24, an interview set as questions and answers.
    Under its title and a dashed subtitle naming the interviewee, the
    article opens with a plain paragraph, then a bold lead line naming the
    interviewee (受访者：江城市图书馆馆长王静), then questions set wholly in
    bold, each opening 记者： (seed 6) or 问： (seed 13), and answers whose
    speaker mark 王静： or 答： is bold and runs on into the answer in Song.
    Every one of these is a paragraph of the interview, in order; the
    bold lines are neither titles nor bylines. A narrow article stands
    beside it and one across the foot."""
    sh = Sheet(seed)
    y = page_header(sh, "2023年6月2日 星期五", "文化", "第6版")
    b = sh.body
    top = y + 16 + sh.jitter(3)
    ask, answer = ("记者：", "王静：") if seed % 2 == 0 else ("问：", "答：")
    items: list = [INTERVIEW_INTRO, ("runin", INTERVIEW_LEAD, "")]
    paragraphs = [INTERVIEW_INTRO, INTERVIEW_LEAD]
    for question, reply in INTERVIEW_QA:
        items += [("runin", ask + question, ""), ("runin", answer, reply)]
        paragraphs += [ask + question, answer + reply]
    a = Story("让阅读像喝水一样自然", paragraphs, subtitle="——访江城市图书馆馆长王静", bylines=[("记者", "周岚")])
    bottom_a = article(sh, a, 40, top, 4, 14, 24, byline="本报记者 周岚", items=items)
    cx = 40 + column_width(sh, 4, 14) + 24
    sh.rule(cx - 12, top, cx - 12, bottom_a)
    c = Story("湖滨马拉松鸣枪开跑", body("marathon"))
    bottom_c = article(sh, c, cx, top, 1, int((802 - cx) / b), 18, title=["湖滨马拉松", "鸣枪开跑"])
    y2 = max(bottom_a, bottom_c) + 16
    sh.rule(40, y2, 802, y2)
    d = Story("山里娃也能上好课", body("school"), bylines=[("通讯员", "林可")])
    article(sh, d, 40, y2 + 14, 5, int((762 - 4 * b * 1.6) / (5 * b)), 22, byline="■ 通讯员 林可")
    return sh, [a, c, d], Header(6, "文化", "2023-06-02")


def numbered_parts_page(seed: int):
    """Feature 25, a commentary in numbered parts.
    A theory article in three wide columns, its author's padded name under
    the title, is divided by numbered subheadings in bold on lines of their
    own: 一、坚持… indented like a paragraph (seed 6), or （一）坚持…
    centred in the column with a blank line above (seed 13). The article
    is one article; each subheading is one of its paragraphs. Two
    articles stand side by side below it."""
    sh = Sheet(seed)
    y = page_header(sh, "2024年1月17日 星期三", "理论", "第7版")
    b = sh.body
    top = y + 18 + sh.jitter(3)
    items: list = [OPINION_INTRO]
    paragraphs = [OPINION_INTRO]
    for number, (head, paras) in zip(CHINESE_NUMBERS, OPINION_PARTS):
        sub = f"{number}、{head}" if seed % 2 == 0 else f"（{number}）{head}"
        items.append(("head", sub) if seed % 2 == 0 else ("sub", sub, False))
        items += paras
        paragraphs += [sub, *paras]
    a = Story("推进基层治理现代化", paragraphs, bylines=[(None, "李文")])
    per = int((762 - 2 * b * 1.6) / (3 * b))
    y2 = article(sh, a, 40, top, 3, per, 24, byline="李 文", items=items) + 16
    sh.rule(40, y2, 802, y2)
    c = Story("三十个城市书房飘书香", body("library"), bylines=[("记者", "方晓")])
    bottom_c = article(sh, c, 40, y2 + 14, 3, 14, 21, byline="本报记者 方晓")
    dx = 40 + column_width(sh, 3, 14) + 24
    sh.rule(dx - 12, y2 + 14, dx - 12, bottom_c)
    d = Story("科技企业扎堆高新区", body("tech"))
    article(sh, d, dx, y2 + 14, 2, int((802 - dx - b * 1.6) / (2 * b)), 20)
    return sh, [a, c, d], Header(7, "理论", "2024-01-17")


def editors_note_page(seed: int):
    """Feature 26, an editor's note and a link box.
    Under a feature's title, subtitle and byline, an editor's note runs
    across the article's full width in the Kai face (楷体): 编者按：… set
    as one indented paragraph over a thin rule (seed 6), or 【编者按】 in bold
    Hei running on into the Kai text inside a thin frame (seed 13). Then
    the body in five columns, and at its foot, across its width, a framed
    link box: 【新闻链接】 in bold running on into the text (seed 6), or a
    centred bold heading 相关链接 over the text (seed 13). The note is the
    article's first paragraph, the box's heading and text its last ones;
    neither is an article of its own. Two articles stand below a rule."""
    sh = Sheet(seed)
    y = page_header(sh, "2023年9月20日 星期三", "乡村振兴", "第5版")
    b = sh.body
    top = y + 16 + sh.jitter(3)
    per = int((762 - 4 * b * 1.6) / (5 * b))
    x1 = 40 + column_width(sh, 5, per)
    kaiti = seed % 2 == 0
    note = "编者按：" + EDITORS_NOTE if kaiti else "【编者按】" + EDITORS_NOTE
    if kaiti:
        link_items, link_paras = [("runin", "【新闻链接】", LINK_TEXT)], ["【新闻链接】" + LINK_TEXT]
    else:
        link_items, link_paras = [("sub", "相关链接", False), LINK_TEXT], ["相关链接", LINK_TEXT]
    a = Story("荒坡上种出致富果", [note, *RETURNEES, *link_paras], subtitle="——记返乡创业青年刘晓阳",
              bylines=[("记者", "杜宇")])
    yy = headline(sh, 40, x1, top, a.title, 25, subtitle=a.subtitle)
    sh.centred(40, x1, yy + 2, "本报记者 杜宇", b)
    ntop = yy + b * 3
    inset = 2 * b
    note_per = int((x1 - 40 - 2 * inset) / b)
    note_items = [note] if kaiti else [("runin", "【编者按】", EDITORS_NOTE)]
    placed = sh.flow(note_items, 40 + inset, ntop, 1, note_per, kai=True)
    sh.commit()
    if kaiti:
        sh.rule(40 + inset, placed.y1 + 4, x1 - inset, placed.y1 + 4, 0.5)
    else:
        sh.frame(40 + inset - 6, ntop - 6, x1 - inset + 6, placed.y1 + 2)
    btop = placed.y1 + b * 2
    bottom = sh.flow(RETURNEES, 40, btop, 5, per).y1
    sh.commit()
    ltop = bottom + b * 1.5
    link = sh.flow(link_items, 40 + inset, ltop + 6, 1, note_per)
    sh.commit()
    sh.frame(40 + inset - 6, ltop, x1 - inset + 6, link.y1 + 4)
    y2 = link.y1 + 20
    sh.rule(40, y2, 802, y2)
    c = Story("河西镇春耕备耕正当时", body("spring"), bylines=[("通讯员", "梁宇")])
    bottom_c = article(sh, c, 40, y2 + 14, 3, 14, 21, byline="■ 通讯员 梁宇")
    dx = 40 + column_width(sh, 3, 14) + 24
    sh.rule(dx - 12, y2 + 14, dx - 12, bottom_c)
    d = Story("清水河重现碧波", body("river"))
    article(sh, d, dx, y2 + 14, 2, int((802 - dx - b * 1.6) / (2 * b)), 20)
    return sh, [a, c, d], Header(5, "乡村振兴", "2023-09-20")


CASES = {"interview": interview_page, "numbered_parts": numbered_parts_page, "editors_note": editors_note_page}
PDF_XFAIL: dict[str, str] = {}
TEXT_XFAIL: dict[str, str] = {}


test_pdf_mode, test_text_mode = feature_tests(CASES, PDF_XFAIL, TEXT_XFAIL, SEEDS)
