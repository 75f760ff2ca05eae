"""Page furniture that is not an article: column logos, page-wide banners,
and page headers and footers in the forms real papers print. Pages typeset
by tests/independent/pagekit.py from a description of the conventions."""

from __future__ import annotations

from .pagekit import WIDTH, Header, Sheet, Story, article, column_width, page_header
from .prose import body
from .readers_view import feature_tests

SEEDS = (6, 13)


def lower_articles(sh: Sheet, top: float, first: Story, second: Story, third: Story,
                   byline: str | None = None) -> float:
    """Three common articles under ``top``: one across five columns, two side by side below it."""
    b = sh.body
    per = int((762 - 4 * b * 1.6) / (5 * b))
    y2 = article(sh, first, 40, top, 5, per, 23, byline=byline) + 14
    sh.rule(40, y2, 802, y2)
    bottom = article(sh, second, 40, y2 + 14, 2, 14, 20)
    dx = 40 + column_width(sh, 2, 14) + 24
    sh.rule(dx - 12, y2 + 14, dx - 12, bottom)
    return max(bottom, article(sh, third, dx, y2 + 14, 2, int((802 - dx - b * 1.6) / (2 * b)), 20))


def logos_page(seed: int):
    """Feature 7, column logos and banners.
    Under the header a page-wide banner line (a slogan in large bold, a rule
    under it) runs across the page; before two titles stands a small framed
    label naming a regular column (思想纵横, 城事观察). Neither the banner nor
    the labels are articles, and the titles beside them stay whole."""
    sh = Sheet(seed)
    y = page_header(sh, "2019年10月15日 星期二", "评论", "第4版")
    b = sh.body
    banner = "奋进新征程　建功新时代"
    bsize = 30 + sh.jitter(2)
    sh.centred(40, 802, y + 10, banner, bsize, bold=True)
    y = y + 10 + bsize * 1.5
    sh.rule(40, y, 802, y, 2.0)
    top = y + 20 + sh.jitter(3)
    a = Story("让基层治理更有温度", body("governance"), bylines=[(None, "孔宁")])
    lsize = b * 1.1
    sh.frame(40, top, 40 + lsize * 4 + 8, top + lsize * 1.8)
    sh.text(44, top + lsize * 0.4, "思想纵横", lsize, bold=True)
    per = int((762 - 4 * b * 1.6) / (5 * b))
    sh.text(40 + lsize * 4 + 24, top, a.title, 24, bold=True)
    sh.commit()
    sh.text(40 + lsize * 4 + 24 + 24 * len(a.title) + 20, top + 24 - b, "孔 宁", b)
    placed = sh.flow(a.paragraphs, 40, top + 40, 5, per)
    sh.commit()
    y2 = placed.y1 + 14
    sh.rule(40, y2, 802, y2)
    c = Story("老旧小区改出幸福生活", body("renovation", 3))
    top2 = y2 + 14
    sh.frame(40, top2, 40 + lsize * 4 + 8, top2 + lsize * 1.8)
    sh.text(44, top2 + lsize * 0.4, "城事观察", lsize, bold=True)
    sh.text(40, top2 + lsize * 2.6, c.title, 21, bold=True)
    sh.commit()
    bottom = sh.flow(c.paragraphs, 40, top2 + lsize * 2.6 + 36, 3, 13).y1
    sh.commit()
    dx = 40 + column_width(sh, 3, 13) + 24
    sh.rule(dx - 12, top2, dx - 12, bottom)
    d = Story("科技企业扎堆高新区", body("tech"))
    article(sh, d, dx, top2, 2, int((802 - dx - b * 1.6) / (2 * b)), 20)
    return sh, [a, c, d], Header(4, "评论", "2019-10-15")


def masthead_page(seed: int):
    """Feature 9a, a masthead with English words.
    A front page opens with the paper's name in large type, its romanised
    name and English words beside it, then the date with the weekday, the
    page number 第1版 and the section. None of it is an article; date, page
    number and section are read."""
    sh = Sheet(seed)
    sh.text(40, 30, "江城日报", 40, bold=True)
    sh.text(40 + 40 * 4 + 16, 38, "JIANGCHENG DAILY", 16)
    sh.text(40 + 40 * 4 + 16, 60, "http://www.jcdaily.example", 9)
    sh.right(802, 36, "2018年1月24日 星期三", 11)
    sh.right(802, 54, "第1版 要闻", 11)
    sh.right(802, 72, "国内统一连续出版物号 CN00-0000", 8)
    sh.rule(40, 90, 802, 90, 2.0)
    sh.commit()
    d = Story("山里娃也能上好课", body("school"), bylines=[("记者", "孙明")])
    lower_articles(sh, 106 + sh.jitter(3), d, Story("长者食堂暖了老人胃", body("elderly")),
                   Story("三十个城市书房飘书香", body("library")), byline="本报记者 孙明")
    return sh, [d, Story("长者食堂暖了老人胃", body("elderly")), Story("三十个城市书房飘书香", body("library"))], \
        Header(1, "要闻", "2018-01-24")


def dotted_date_page(seed: int):
    """Feature 9b, a dotted date and a bare page number.
    The header prints the date as 2011.5.24 with the weekday, and the page
    number alone (a large 2) beside the section name 综合新闻, as many city
    papers do. Page number 2, section 综合新闻 and the date are read."""
    sh = Sheet(seed)
    sh.text(40, 26, "2", 28, bold=True)
    sh.text(40 + 28 * 0.7 + 10, 34, "综合新闻", 15, bold=True)
    sh.right(802, 36, "2011.5.24 星期二", 10.5)
    sh.centred(40, 802, 36, "江城晚报", 12)
    sh.rule(40, 64, 802, 64, 1.2)
    sh.commit()
    stories = [Story("河西镇春耕备耕正当时", body("spring"), bylines=[("通讯员", "梁宇")]),
               Story("清水河重现碧波", body("river", 3)), Story("湖滨马拉松鸣枪开跑", body("marathon"))]
    lower_articles(sh, 80 + sh.jitter(3), *stories, byline="■ 通讯员 梁宇")
    return sh, stories, Header(2, "综合新闻", "2011-05-24")


def editors_footer_page(seed: int):
    """Feature 9c, an editors line at the foot of the page.
    Under the last article a rule and the line 责任编辑：包晓兰/版式设计：蒋一帆
    close the page. It is page furniture, not an article or a byline; the
    header above gives date, 第6版 and section 体育."""
    sh = Sheet(seed)
    y = page_header(sh, "2014年8月30日 星期六", "体育", "第6版")
    stories = [Story("湖滨马拉松鸣枪开跑", body("marathon"), bylines=[("记者", "邵峰")]),
               Story("长者食堂暖了老人胃", body("elderly")), Story("科技企业扎堆高新区", body("tech"))]
    bottom = lower_articles(sh, y + 16 + sh.jitter(3), *stories, byline="本报记者 邵峰")
    fy = max(bottom + 40, 1120 + sh.jitter(10))
    sh.rule(40, fy, WIDTH - 40, fy, 0.8)
    sh.text(40, fy + 6, "责任编辑：包晓兰/版式设计：蒋一帆", 9)
    sh.right(802, fy + 6, "校对：冯小川", 9)
    return sh, stories, Header(6, "体育", "2014-08-30")


CASES = {"logos": logos_page, "masthead": masthead_page, "dotted_date": dotted_date_page,
         "editors_footer": editors_footer_page}
PDF_XFAIL: dict[str, str] = {}
# text mode compares the reader's view too (not only titles) since session 34
TEXT_XFAIL: dict[str, str] = {}


test_pdf_mode, test_text_mode = feature_tests(CASES, PDF_XFAIL, TEXT_XFAIL, SEEDS)
