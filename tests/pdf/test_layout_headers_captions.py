"""Page headers, captions and credits, bylines: one small built page each (see
test_layout_features.py for how these tests are built).
"""

from __future__ import annotations

import pytest

pymupdf = pytest.importorskip("pymupdf")

from banmian.model import Byline, Caption  # noqa: E402
from feature_pages import (  # noqa: E402
    LEFT, RIGHT, TEXTS, FeaturePage, RightLine, column_x, span_right,
)
from feature_checks import (  # noqa: E402
    TOP, _byline_page, below, check_body, check_titles, find, no_text_anywhere, parse, story, titles, where,
)
from feature_checks import _open_in_issue_9  # noqa: E402,F401  (autouse: the strict xfail marks)


# -- 4. page headers ------------------------------------------------------------
def _hdr_full(pg):
    pg.header(3, "要闻")
    return (3, "要闻", ["江城日报", "星期二", "第3版"])


def _hdr_short_rule(pg):
    pg.line(LEFT, 32, "第5版", 12, "hei")
    pg.line(LEFT + 50, 30, "经济", 16, "hei")
    pg.right(RIGHT, 34, "江城日报", 10, "hei")
    pg.rule(LEFT, 56, LEFT + 420, 1.5)
    return (5, "经济", ["第5版", "江城日报"])


def _hdr_dotted_date(pg):
    pg.line(LEFT, 34, "2019.3.5 星期二", 10)
    pg.right(RIGHT, 30, "第6版  国际", 14, "hei")
    pg.rule(LEFT, 56, RIGHT, 1.0)
    return (6, "国际", ["2019.3.5", "星期二", "第6版"])


def _hdr_cn_date(pg):
    pg.line(LEFT, 31, "第8版", 13, "hei")
    pg.centered(LEFT, RIGHT, 34, "2019年3月5日 星期二", 10, "body")
    pg.right(RIGHT, 30, "文化", 16, "hei")
    pg.rule(LEFT, 56, RIGHT, 1.0)
    return (8, "文化", ["2019年3月5日", "星期二", "第8版"])


def _hdr_number_alone(pg):
    pg.line(RIGHT - 110, 18, "7", 32, "hei")
    pg.right(RIGHT, 18, "理论", 32, "hei")
    pg.line(RIGHT - 260, 34, "2018年1月9日 星期二", 10)
    pg.line(LEFT, 22, "江城日报", 22, "hei")
    pg.rule(LEFT, 58, RIGHT, 1.0)
    return (7, "理论", ["2018年1月9日", "星期二", "江城日报"])


def _hdr_english(pg):
    pg.line(LEFT, 16, "江城日报", 24, "hei")
    pg.line(LEFT, 44, "JIANGCHENG DAILY", 8, "body")
    pg.right(RIGHT, 24, "2  综合新闻", 18, "hei")
    pg.line(LEFT + 200, 30, "2019年3月5日 星期二", 10)
    pg.rule(LEFT, 58, RIGHT, 1.0)
    return (2, "综合新闻", ["JIANGCHENG", "DAILY", "江城日报"])


def _hdr_editors_footer(pg):
    pg.header(4, "城市")
    pg.rule(LEFT, pg.height - 44, RIGHT, 0.8)
    pg.line(LEFT, pg.height - 38, "责任编辑：张三/版式设计：李四/文字校对：王五", 9)
    return (4, "城市", ["责任编辑", "版式设计", "文字校对", "张三", "王五"])


def _hdr_masthead_date_in_footer(pg):
    # the paper's name and the section on top with no rule; date and page number at the foot
    pg.line(LEFT, 16, "江城日报", 26, "hei")
    pg.line(LEFT + 120, 30, "JIANGCHENG DAILY", 9, "body")
    pg.right(RIGHT, 22, "评论", 18, "hei")
    pg.right(RIGHT, pg.height - 36, "2019年3月5日  星期二    第9版", 9)
    return (9, "评论", ["JIANGCHENG", "江城日报", "星期二"])


def _hdr_number_without_di(pg):
    # the page number printed without 第, the section beside it after an ideographic space
    pg.line(LEFT, 18, "江城日报", 26, "hei")
    pg.line(LEFT, 50, "2019年3月5日 星期二", 9)
    pg.right(RIGHT, 30, "02版\u3000综合新闻", 14, "hei")
    pg.rule(LEFT, 62, RIGHT, 1.6)
    return (2, "综合新闻", ["江城日报", "星期二", "02版"])


def _hdr_number_without_di_apart(pg):
    # the page number (15版) small, the section large in a span of its own
    pg.line(LEFT, 18, "江城日报", 26, "hei")
    pg.line(LEFT, 50, "2019年3月5日 星期二", 9)
    pg.line(RIGHT - 75, 36, "15版", 10)
    pg.right(RIGHT, 26, "文化", 20, "hei")
    pg.rule(LEFT, 62, RIGHT, 1.6)
    return (15, "文化", ["江城日报", "星期二", "15版"])


HEADERS = {f.__name__[5:]: f for f in [_hdr_number_without_di, _hdr_number_without_di_apart, _hdr_full, _hdr_short_rule, _hdr_dotted_date, _hdr_cn_date,
                                        _hdr_number_alone, _hdr_english, _hdr_editors_footer,
                                        _hdr_masthead_date_in_footer]}


@pytest.mark.parametrize("form", list(HEADERS))
def test_page_header_forms(tmp_path, form):
    pg = FeaturePage()
    number, section, needles = HEADERS[form](pg)
    a = story(pg, "school", "三所新学校投入使用", 0, 3, TOP + 8)
    b = story(pg, "market", "冬季蔬菜供应充足", 3, 2, TOP + 8)
    story(pg, "rail", "城际铁路年底通车", 0, 5, below(pg, max(a, b)), extra=TEXTS["digital"], align="left")
    page = parse(pg, tmp_path)
    assert (page.number, page.section) == (number, section), f"page number/section {(page.number, page.section)}"
    check_titles(page, ["三所新学校投入使用", "冬季蔬菜供应充足", "城际铁路年底通车"])
    check_body(find(page, "三所新学校投入使用"), TEXTS["school"])
    check_body(find(page, "城际铁路年底通车"), TEXTS["rail"] + TEXTS["digital"])
    for art in page.articles:
        assert art.headline.kicker is None, f"kicker {art.headline.kicker!r} over {art.headline.title!r}"
        assert art.bylines == [], f"bylines {art.bylines} in {art.headline.title!r}"
    no_text_anywhere(page, needles)


# -- 5. captions and credits ------------------------------------------------
CAPTION = "青禾县柳塘村村民在新建的文化广场上排练节目"
CREDIT_FORMS = {
    "name-she": [CAPTION + "。林晓峰摄"],
    "reporter-name-she": [CAPTION + "。 本报记者 林晓峰摄"],
    "name-slash-she": [CAPTION + "。林晓峰/摄"],
    "spaced-end-of-line": [CAPTION + "。  林晓峰 摄"],
    "wrapped-second-line": [CAPTION + "，迎接即将到来的丰收节。", "本报记者  林晓峰摄"],
}


def _caption_page(pg, lines: list[str], beside: bool, credit_right: bool = False):
    pg.header(3, "要闻")
    x0, x1 = LEFT, span_right(0, 3)
    y = pg.headline(x0, x1, TOP + 4, "文艺巡演进乡村", 22)
    if beside:
        ph_x1 = span_right(0, 2)
        pg.photo(x0, y, ph_x1, y + 170)
        cap_lines = []  # caption in column 2, bottom-aligned with the photo
        for ln in lines:
            cap_lines += [ln[i:i + 14] for i in range(0, len(ln), 14)]
        cy = y + 170 - len(cap_lines) * 13
        for part in cap_lines:
            if credit_right and part is cap_lines[-1]:  # the credit flush right in the column
                pg.right(span_right(2, 1), cy, part, 9, "hei")
            else:
                pg.line(column_x(2), cy, part, 9, "hei")
            cy += 13
        y += 182
    else:
        pg.photo(x0, y, x1, y + 190)
        y += 196
        for ln in lines:
            if ln is lines[-1] and len(lines) > 1:
                pg.right(x1, y, ln, 9, "hei")
            else:
                pg.line(x0, y, ln, 9, "hei")
            y += 13
        y += 8
    a = pg.flow(LEFT, y, TEXTS["culture"] + TEXTS["harvest"][:1], 3).bottom
    b = story(pg, "school", "三所新学校投入使用", 3, 2, TOP + 4)
    story(pg, "health", "家庭医生上门服务", 0, 5, below(pg, max(a, b)), extra=TEXTS["water"], align="left")


@pytest.mark.parametrize("form", list(CREDIT_FORMS))
def test_caption_below_photo(tmp_path, form):
    lines = CREDIT_FORMS[form]
    pg = FeaturePage()
    _caption_page(pg, lines, beside=False)
    page = parse(pg, tmp_path)
    check_titles(page, ["文艺巡演进乡村", "三所新学校投入使用", "家庭医生上门服务"])
    art = find(page, "文艺巡演进乡村")
    text = CAPTION + ("，迎接即将到来的丰收节。" if len(lines) > 1 else "。")
    assert art.captions == [Caption(text, "林晓峰")], f"captions {art.captions}; caption text at {where(page, '文化广场')}"
    assert art.bylines == [], f"bylines {art.bylines}"
    check_body(art, TEXTS["culture"] + TEXTS["harvest"][:1])
    no_text_anywhere_but_captions(page)


@pytest.mark.parametrize("credit_right", [False, True], ids=["credit-left", "credit-flush-right"])
def test_caption_beside_photo(tmp_path, credit_right):
    """Beside the photo; the credit on a line of its own, flush left or flush
    right in the column (then it may not stand under the caption's short line)."""
    caption = "文化广场排练。" if credit_right else CAPTION + "。"
    pg = FeaturePage()
    _caption_page(pg, [caption, "本报记者 林晓峰摄"], beside=True, credit_right=credit_right)
    page = parse(pg, tmp_path)
    check_titles(page, ["文艺巡演进乡村", "三所新学校投入使用", "家庭医生上门服务"])
    art = find(page, "文艺巡演进乡村")
    assert art.captions == [Caption(caption, "林晓峰")], (
        f"captions {art.captions}; caption text at {where(page, '文化广场')}")
    assert art.bylines == [], f"bylines {art.bylines}"
    check_body(art, TEXTS["culture"] + TEXTS["harvest"][:1])
    no_text_anywhere_but_captions(page)


def test_caption_under_a_picture_drawn_in_vectors(tmp_path):
    """A chart or map drawn in vectors (a tinted panel with strokes on it, no
    image) is a picture: the caption under it is its caption, not body text."""
    pg = FeaturePage()

    def drawn(x0, y0, x1, y1, **_):
        pg.page.draw_rect(pymupdf.Rect(x0, y0, x1, y1), color=(0, 0, 0), fill=(0.85, 0.85, 0.85), width=0.5)
        for i in range(1, 4):
            yy = y0 + (y1 - y0) * i / 4
            pg.page.draw_line((x0 + 6, yy + 8 * (i % 2)), (x1 - 6, yy - 8 * (i % 2)), color=(0.3, 0.3, 0.3), width=1.2)

    pg.photo = drawn
    _caption_page(pg, CREDIT_FORMS["name-slash-she"], beside=False)
    page = parse(pg, tmp_path)
    check_titles(page, ["文艺巡演进乡村", "三所新学校投入使用", "家庭医生上门服务"])
    art = find(page, "文艺巡演进乡村")
    assert art.captions == [Caption(CAPTION + "。", "林晓峰")], f"captions {art.captions}"
    check_body(art, TEXTS["culture"] + TEXTS["harvest"][:1])
    no_text_anywhere_but_captions(page)


def test_a_tinted_box_under_text_is_no_picture():
    """A shaded box holding text is a box, not a picture drawn in vectors."""
    from banmian.sources.pdf import _drawn_pictures
    from banmian.model import PageContent, TextLine
    content = PageContent(0, 800, 1000, lines=[TextLine("框里的文字", (110, 110, 200, 122), 10.0)],
                          boxes=[(100, 100, 300, 200)])
    _drawn_pictures(content, [(100, 100, 300, 200), (400, 100, 600, 260)])
    assert content.images == [(400, 100, 600, 260)]
    assert content.boxes == [(100, 100, 300, 200)]


def no_text_anywhere_but_captions(page) -> None:
    for a in page.articles:
        for f in [a.headline.kicker, a.headline.title, a.headline.subtitle, *a.paragraphs,
                  *(b.name for b in a.bylines)]:
            assert not (f and ("林晓峰" in f or "文化广场" in f)), f"caption text in {a.headline.title!r}: {f!r}"


# -- 6. bylines -------------------------------------------------------------
def test_padded_author_name(tmp_path):
    pg = FeaturePage()
    _byline_page(pg, "走好高质量发展之路", TEXTS["theory"], "汪 涛")
    page = parse(pg, tmp_path)
    art = find(page, "走好高质量发展之路")
    assert art.bylines == [Byline(None, "汪涛")], f"bylines {art.bylines}; 汪涛 is at {where(page, '汪涛')}"
    check_body(art, TEXTS["theory"])
    assert len(page.articles) == 3, f"articles {titles(page)}"


def test_two_correspondents_with_square(tmp_path):
    pg = FeaturePage()
    _byline_page(pg, "万亩晚稻喜获丰收", TEXTS["harvest"], "■ 通讯员 韩莉 金勇", align="left")
    page = parse(pg, tmp_path)
    art = find(page, "万亩晚稻喜获丰收")
    assert art.bylines == [Byline("通讯员", "韩莉"), Byline("通讯员", "金勇")], f"bylines {art.bylines}"
    check_body(art, TEXTS["harvest"])
    assert len(page.articles) == 3, f"articles {titles(page)}"


def test_run_in_dateline_and_bylines(tmp_path):
    body = ["本报讯（记者 周明远 通讯员 李晓梅）" + TEXTS["water"][0]] + TEXTS["water"][1:]
    pg = FeaturePage()
    _byline_page(pg, "农村群众喝上放心水", body, None)
    page = parse(pg, tmp_path)
    art = find(page, "农村群众喝上放心水")
    assert art.dateline == "本报讯", f"dateline {art.dateline!r}"
    assert art.bylines == [Byline("记者", "周明远"), Byline("通讯员", "李晓梅")], f"bylines {art.bylines}"
    check_body(art, TEXTS["water"])


def test_closing_author_note_paragraph(tmp_path):
    note = "（作者为江城大学马克思主义学院教授）"
    pg = FeaturePage()
    _byline_page(pg, "走好高质量发展之路", TEXTS["theory"] + [note], "许 静")
    page = parse(pg, tmp_path)
    art = find(page, "走好高质量发展之路")
    assert art.bylines == [Byline(None, "许静")], f"bylines {art.bylines}; 许静 is at {where(page, '许静')}"
    check_body(art, TEXTS["theory"] + [note])


@pytest.mark.parametrize("placement", ["run-on", "own-line"])
def test_closing_dateline(tmp_path, placement):
    closing = "（本报莫斯科5月13日电）"
    body = list(TEXTS["moscow"])
    if placement == "run-on":
        body[-1] += closing
    else:
        body.append(RightLine(closing))
    pg = FeaturePage()
    _byline_page(pg, "国际城市建设论坛开幕", body, "本报记者 周明远")
    page = parse(pg, tmp_path)
    art = find(page, "国际城市建设论坛开幕")
    assert art.dateline == "本报莫斯科5月13日电", f"dateline {art.dateline!r}"
    assert art.bylines == [Byline("本报记者", "周明远")], f"bylines {art.bylines}; 周明远 is at {where(page, '周明远')}"
    check_body(art, TEXTS["moscow"])
