"""Paragraphs in shapes other than the indented one: the points of a policy
explainer hanging from their marks, and the notes that close a history
essay in smaller type. Pages typeset by tests/independent/pagekit.py from
a description of the conventions."""

from __future__ import annotations

from .pagekit import (NO_LINE_START, Header, Sheet, Story, article, column_width, headline, page_header,
                      set_columns)
from .prose import body
from .prose_notices import EXPLAINER_END, EXPLAINER_INTRO, EXPLAINER_POINTS, NOTED_ESSAY, NOTES
from .readers_view import feature_tests

SEEDS = (5, 14)


def list_page(seed: int):
    """Feature 51, the points of an explainer hanging from their marks.
    A policy explainer in three columns under its title and byline opens
    with an indented paragraph, then lists four points, each opening with
    its mark flush at the column's left, ● (seed 5) or ① to ④ (seed 14),
    its following lines indented one character so the text hangs clear of
    the mark (悬挂缩进), and closes with an indented paragraph. Each point
    is one paragraph of the explainer, its mark kept as printed; a
    point's first line, not indented, opens a paragraph all the same. A
    report stands beside it and one across the foot."""
    sh = Sheet(seed)
    y = page_header(sh, "2024年3月26日 星期二", "民生", "第5版")
    b = sh.body
    gap, per = b * 1.6, 14
    top = y + 16 + sh.jitter(3)
    marks = ["●"] * 4 if seed % 2 else list("①②③④")
    points = [mark + point for mark, point in zip(marks, EXPLAINER_POINTS)]
    a = Story("医保新政带来哪些变化", [EXPLAINER_INTRO, *points, EXPLAINER_END], bylines=[("记者", "韩雪")])
    x1 = 40 + column_width(sh, 3, per)
    yy = headline(sh, 40, x1, top, a.title, 23)
    sh.centred(40, x1, yy + 2, "本报记者 韩雪", b)
    items = [("p", EXPLAINER_INTRO), *[("hang", p) for p in points], ("p", EXPLAINER_END)]
    bottom_a = set_columns(sh, items, 40, yy + b * 2.8, 3, per)
    cx = x1 + 24
    sh.rule(cx - 12, top, cx - 12, bottom_a)
    c = Story("三十个城市书房飘书香", body("library"), bylines=[("通讯员", "林可")])
    bottom_c = article(sh, c, cx, top, 2, int((802 - cx - gap) / (2 * b)), 21, byline="■ 通讯员 林可")
    y2 = max(bottom_a, bottom_c) + 16
    sh.rule(40, y2, 802, y2)
    d = Story("地铁三号线二期完成铺轨", body("metro"), bylines=[("记者", "黄磊")])
    article(sh, d, 40, y2 + 14, 5, int((762 - 4 * gap) / (5 * b)), 22, byline="本报记者 黄磊")
    return sh, [a, c, d], Header(5, "民生", "2024-03-26")


def mixed_lines(sh: Sheet, text: str, width: float, size: float, first_indent: float = 0.0) -> list[str]:
    """``text`` broken into lines ``width`` points wide, digits and Latin
    letters set half-width (``Sheet.mixed``), a run of them never broken,
    closing punctuation hanging at a line's end."""
    lines, i = [], 0
    while i < len(text):
        room = width - (first_indent if not lines else 0)
        j = i + 1
        while j < len(text) and sh.mixed_width(text[i:j + 1], size) <= room:
            j += 1
        while 0 < j - i - 1 and j < len(text) and text[j].isascii() and text[j - 1].isascii():
            j -= 1  # keep a number whole
        while j < len(text) and text[j] in NO_LINE_START:
            j += 1
        lines.append(text[i:j])
        i = j
    return lines


def notes_page(seed: int):
    """Feature 52, notes closing a history essay.
    A theory essay in four columns under its title and the author's padded
    name carries the note marks ① ② ③ at the ends of three paragraphs.
    Under its columns come the three notes, each citing a source with its
    year and page in half-width digits: under a short thin rule, set
    smaller than the body, each note flush left across the essay's width
    (seed 5); or after a blank line, in the Kai face a little smaller than
    the body, each indented two characters like a paragraph (seed 14). The
    notes are the essay's last three paragraphs, in order (printed text of
    the essay, neither captions nor a new article); the marks stay in the
    text as printed. Two reports stand side by side below."""
    sh = Sheet(seed)
    y = page_header(sh, "2024年4月9日 星期二", "理论", "第7版")
    b = sh.body
    gap = b * 1.6
    top = y + 18 + sh.jitter(3)
    per = int((762 - 3 * gap) / (4 * b))
    essay = Story("稳住乡村教育的根本", [*NOTED_ESSAY, *NOTES], bylines=[(None, "许文")])
    x1 = 40 + column_width(sh, 4, per)
    yy = headline(sh, 40, x1, top, essay.title, 25)
    sh.centred(40, x1, yy + 2, "许 文", b * 1.1)
    bottom = set_columns(sh, [("p", p) for p in NOTED_ESSAY], 40, yy + b * 2.9, 4, per)
    kai = seed % 2 == 0
    size = b * (0.9 if kai else 0.85)
    ny = bottom + b * (1.2 if kai else 0.6)
    if not kai:
        sh.rule(40, ny, 40 + (x1 - 40) * 0.15, ny, 0.5)
        ny += b * 0.6
    indent = 2 * size if kai else 0.0
    for note in NOTES:
        for n, line in enumerate(mixed_lines(sh, note, x1 - 40, size, indent)):
            x = 40 + (indent if n == 0 else 0)
            if kai:
                sh.text(x, ny, line, size, kai=True)
            else:
                sh.mixed(x, ny, line, size)
            ny += size * 1.55
    y2 = ny + 14
    sh.rule(40, y2, 802, y2)
    c = Story("长者食堂暖了老人胃", body("elderly"), bylines=[("记者", "邵峰")])
    bottom_c = article(sh, c, 40, y2 + 14, 3, 14, 21, byline="本报记者 邵峰")
    dx = 40 + column_width(sh, 3, 14) + 24
    sh.rule(dx - 12, y2 + 14, dx - 12, bottom_c)
    d = Story("清水河重现碧波", body("river"))
    article(sh, d, dx, y2 + 14, 2, int((802 - dx - gap) / (2 * b)), 20)
    return sh, [essay, c, d], Header(7, "理论", "2024-04-09")


CASES = {"list": list_page, "notes": notes_page}
PDF_XFAIL: dict[str, str] = {}
TEXT_XFAIL: dict[str, str] = {}


test_pdf_mode, test_text_mode = feature_tests(CASES, PDF_XFAIL, TEXT_XFAIL, SEEDS)
