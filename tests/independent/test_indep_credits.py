"""Who wrote and who photographed: photo captions with their credits in
the forms papers print, bylines in their many shapes, and a news-briefs
column whose items close with their authors. Pages typeset by
tests/independent/pagekit.py from a description of the conventions."""

from __future__ import annotations

from .pagekit import Header, Sheet, Story, article, column_width, headline, line_end, page_header
from .prose import body
from .readers_view import feature_tests

SEEDS = (7, 12)


def photo_article(sh: Sheet, story: Story, x: float, top: float, ncols: int, per: int, tsize: float,
                  photo_cols: int, caption: list[str], byline: str | None = None, beside: bool = False) -> float:
    """An article whose photo stands under its headline across its first
    ``photo_cols`` columns, the caption under the photo (or, ``beside``, to
    its right in the last of those columns); the body runs round it."""
    b = sh.body
    colw, gap = per * b, b * 1.6
    x1 = x + column_width(sh, ncols, per)
    y = headline(sh, x, x1, top, story.title, tsize, story.kicker, story.subtitle)
    if byline:
        sh.centred(x, x1, y + 2, byline, b)
        y += b * 1.8
    ptop = y + b
    pw = photo_cols * colw + (photo_cols - 1) * gap
    ph = 110 + sh.jitter(10)
    csize = b * 0.9
    if beside:
        pw -= colw + gap
        sh.photo(x, ptop, x + pw, ptop + ph)
        for i, line in enumerate(caption):
            sh.text(x + pw + gap, ptop + ph - (len(caption) - i) * csize * 1.5, line, csize)
        pbottom = ptop + ph
    else:
        sh.photo(x, ptop, x + pw, ptop + ph)
        for i, line in enumerate(caption):
            sh.text(x, ptop + ph + 4 + i * csize * 1.5, line, csize)
        pbottom = ptop + ph + 4 + len(caption) * csize * 1.5
    rows = int((pbottom - ptop) / sh.leading) + 2
    placed = sh.flow(story.paragraphs, x, ptop, ncols, per,
                     width_at=lambda c, r: 0 if c < photo_cols and r < rows else per)
    sh.commit()
    return max(placed.y1, pbottom)


def photos_page(seed: int):
    """Feature 10, photos with captions.
    Each photo's caption closes with its credit in one of the printed forms:
    方圆摄, 本报记者 钱程 摄 (wrapped so the name opens a second line),
    谢冰/摄 (a caption set beside its photo), （新华社发）. A credit is the
    caption's, never a byline of the article and never in its body."""
    sh = Sheet(seed)
    y = page_header(sh, "2021年4月24日 星期六", "文化", "第3版")
    b = sh.body
    top = y + 16 + sh.jitter(3)
    per = int((762 - 4 * b * 1.6) / (5 * b))
    a = Story("三十个城市书房飘书香", body("library"), bylines=[("记者", "周岚")],
              captions=[("市民在城市书房里阅读。", "方圆")])
    y2 = photo_article(sh, a, 40, top, 5, per, 23, 2, ["市民在城市书房里阅读。方圆摄"], byline="本报记者 周岚") + 16
    sh.rule(40, y2, 802, y2)
    c = Story("清水河重现碧波", body("river"), captions=[("清水河两岸的步道成了市民休闲的好去处。", "钱程")])
    bottom_c = photo_article(sh, c, 40, y2 + 14, 3, 13, 20, 2,
                             ["清水河两岸的步道成了市民休闲的", "好去处。本报记者", "钱程 摄"])
    dx = 40 + column_width(sh, 3, 13) + 24
    sh.rule(dx - 12, y2 + 14, dx - 12, bottom_c)
    d = Story("竹丝里的三百年", body("heritage"), captions=[("赵师傅在作坊里编织竹篮。", "谢冰")])
    per_d = int((802 - dx - b * 1.6) / (2 * b))
    bottom_d = photo_article(sh, d, dx, y2 + 14, 2, per_d, 20, 2, ["赵师傅在作坊", "里编织竹篮。", "谢冰/摄"], beside=True)
    y3 = max(bottom_c, bottom_d) + 16
    sh.rule(40, y3, 802, y3)
    e = Story("湖滨马拉松鸣枪开跑", body("marathon"), captions=[("选手们沿湖滨大道奔跑。", "新华社")])
    photo_article(sh, e, 40, y3 + 14, 5, per, 21, 1, ["选手们沿湖滨大", "道奔跑。（新华社发）"])
    return sh, [a, c, d, e], Header(3, "文化", "2021-04-24")


def bylines_page(seed: int):
    """Feature 11, bylines in their shapes.
    A name alone under the title (no role) and a closing author note
    （作者为…） that is the last paragraph; a padded two-character name 汪 涛;
    two names in one line ■ 通讯员 韩雪 金鑫; a run-in 本报讯（记者 苏航 通讯员
    何静） opening the body; a closing dateline （本报杭州5月13日电）."""
    sh = Sheet(seed)
    y = page_header(sh, "2020年5月14日 星期四", "综合", "第2版")
    b = sh.body
    top = y + 16 + sh.jitter(3)
    per = int((762 - 4 * b * 1.6) / (5 * b))
    note = "（作者为江城大学经济学院教授）"
    a = Story("以人民为中心推动高质量发展", body("theory") + [note], bylines=[(None, "李晓峰")])
    y2 = article(sh, a, 40, top, 5, per, 23, byline="李晓峰") + 16
    sh.rule(40, y2, 802, y2)
    c = Story("让基层治理更有温度", body("governance"), bylines=[(None, "汪涛")])
    bottom_c = article(sh, c, 40, y2 + 14, 2, 13, 20, byline="汪 涛")
    dx = 40 + column_width(sh, 2, 13) + 24
    sh.rule(dx - 12, y2 + 14, dx - 12, bottom_c)
    d = Story("老旧小区改出幸福生活", body("renovation"), bylines=[("通讯员", "韩雪"), ("通讯员", "金鑫")])
    per_d = int((802 - dx - 2 * b * 1.6) / (3 * b))
    bottom_d = article(sh, d, dx, y2 + 14, 3, per_d, 21, byline="■ 通讯员 韩雪 金鑫")
    y3 = max(bottom_c, bottom_d) + 16
    sh.rule(40, y3, 802, y3)
    spring = body("spring")
    e = Story("河西镇春耕备耕正当时", spring, bylines=[("记者", "苏航"), ("通讯员", "何静")], dateline="本报讯")
    items = ["本报讯（记者 苏航 通讯员 何静）" + spring[0]] + spring[1:]
    bottom_e = article(sh, e, 40, y3 + 14, 3, 14, 21, items=items)
    fx = 40 + column_width(sh, 3, 14) + 24
    sh.rule(fx - 12, y3 + 14, fx - 12, bottom_e)
    run = body("marathon")
    f = Story("湖滨马拉松鸣枪开跑", run, dateline="本报杭州5月13日电")
    article(sh, f, fx, y3 + 14, 2, int((802 - fx - b * 1.6) / (2 * b)), 20,
            items=run[:-1] + [run[-1] + "（本报杭州5月13日电）"])
    return sh, [a, c, d, e, f], Header(2, "综合", "2020-05-14")


BRIEFS = [
    ("我市启动夏季消防安全检查", "日前，市消防救援支队联合住建、商务等部门，对全市人员密集场所开展为期一个月的消防安全大检查，"
     "重点排查电气线路老化、疏散通道堵塞等隐患。", ["陈玲", "林娟"]),
    ("城南公园完成提升改造", "经过半年施工，城南公园提升改造工程近日完工，新增健身步道两公里、儿童游乐场一处，"
     "并对园内绿化进行了补植。", ["吴迪"]),
    ("市民政局开展适老化改造培训", "近日，市民政局举办居家适老化改造培训班，来自各区的七十余名社区工作者参加培训，"
     "学习评估方法和改造标准。", ["方晓", "黄河"]),
    ("首届江城读书节开幕", "四月二十三日，首届江城读书节在市图书馆开幕，读书节期间将举办阅读推广、"
     "好书推荐等活动五十余场。", ["冯佳"]),
    ("高新区新增两家省级研发中心", "日前，省科技厅公布新一批省级工程技术研究中心名单，高新区两家企业榜上有名，"
     "全区省级研发平台总数达到二十六家。", ["钱亮", "马莉"]),
]


def brief(sh: Sheet, x: float, top: float, per: int, lead: str, text: str, names: list[str]) -> float:
    """One brief: a bold run-in lead phrase, its text, the authors in
    brackets at the end; return the bottom."""
    b = sh.body
    whole = lead + "　" + text + "（" + " ".join(names) + "）"
    bold_end = len(lead)
    y, i, indent = top, 0, 2
    while i < len(whole):
        end = line_end(whole, i, per - indent)
        lx = x + indent * b
        if i < bold_end:
            sh.text(lx, y, whole[i:min(end, bold_end)], b, bold=True)
            sh.commit()
        if end > bold_end:
            start = max(i, bold_end)
            sh.text(lx + (start - i) * b, y, whole[start:end], b, fit=(per - indent - start + i) * b)
        y, i, indent = y + sh.leading, end, 0
    return y


def briefs_page(seed: int):
    """Feature 12, a news-briefs column (简讯).
    Under a small column logo (新闻速递) five short items follow one another,
    each opening with a bold lead phrase run into its text and closing with
    its authors in brackets （陈玲 林娟）: one article per item, the lead its
    title, the names its bylines. Two common articles share the page."""
    sh = Sheet(seed)
    y = page_header(sh, "2022年7月6日 星期三", "城市新闻", "第5版")
    b = sh.body
    top = y + 16 + sh.jitter(3)
    a = Story("地铁三号线二期完成铺轨", body("metro"), bylines=[("记者", "黄磊")])
    bottom_a = article(sh, a, 40, top, 2, 14, 22, byline="本报记者 黄磊")
    c = Story("长者食堂暖了老人胃", body("elderly"))
    y2 = bottom_a + 16
    sh.rule(40, y2, 40 + column_width(sh, 2, 14), y2)
    bottom_c = article(sh, c, 40, y2 + 14, 2, 14, 20)
    bx = 40 + column_width(sh, 2, 14) + 26
    sh.rule(bx - 13, top, bx - 13, max(bottom_c, top + 500))
    per = int((802 - bx - b * 1.6) / (2 * b))
    sh.frame(bx, top, bx + b * 6.5, top + b * 2)
    sh.text(bx + b * 0.5, top + b * 0.4, "新闻速递", b * 1.3, bold=True)
    sh.commit()
    yy, col = top + b * 3.5, 0
    stories = []
    for lead, text, names in BRIEFS:
        cx = bx + col * (per * b + b * 1.6)
        yy = brief(sh, cx, yy, per, lead, text, names) + sh.leading * 0.6
        stories.append(Story(lead, [text], bylines=[(None, n) for n in names]))
        if yy > top + 260 and col == 0:
            yy, col = top + b * 3.5, 1
    return sh, [a, c] + stories, Header(5, "城市新闻", "2022-07-06")


CASES = {"photos": photos_page, "bylines": bylines_page, "briefs": briefs_page}
PDF_XFAIL: dict[str, str] = {}
# text mode compares the reader's view too (not only titles) since session 34
TEXT_XFAIL: dict[str, str] = {}


test_pdf_mode, test_text_mode = feature_tests(CASES, PDF_XFAIL, TEXT_XFAIL, SEEDS)
