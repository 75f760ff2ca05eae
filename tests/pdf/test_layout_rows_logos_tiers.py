"""More rows of columns under headlines, logos and photos: subtitles in the body
face, logos over columns, vertical headlines side by side, captions wider than
their photos, briefs with short titles. Pages built the way test_layout_features.py
builds them (feature_pages.py); the first part is test_layout_rows.py, columns
beside several headlines are in test_layout_columns_beside_headlines.py."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from banmian.model import Byline  # noqa: E402
from feature_pages import (  # noqa: E402
    BODY, GAP, LEAD, LEFT, RIGHT, TEXTS, FeaturePage, RightLine, col_width, column_x, span_right,
)
from feature_checks import TOP, below, check_body, check_titles, find, parse, story  # noqa: E402


def test_subtitle_in_the_body_face_and_size_across_the_columns(tmp_path):
    """A title over three columns, then a subtitle of two lines in the body's
    own face and size, set across all three columns (no column's text is that
    wide), with no stop at its end; the text under it opens with a run-in
    dateline. The wide lines are the subtitle, not the article's first paragraph."""
    pg = FeaturePage()
    pg.header(2, "要闻")
    x0, x1 = column_x(0), span_right(0, 3)
    y = pg.headline(x0, x1, TOP + 4, "青禾县新建三座水厂", 22, align="left")
    subtitle = ["县委书记在调研时指出，要把农村供水工程建设好、管理好，让群众喝上放心水、",
                "安全水、干净水"]
    for k, line in enumerate(subtitle):
        pg.line(x0, y, line, width=(x1 - x0) if k < len(subtitle) - 1 else None)
        y += LEAD
    body = ["本报青禾3月4日电　" + TEXTS["water"][0]] + TEXTS["water"][1:]
    a = pg.flow(x0, y + 10, body, 3).bottom
    b = story(pg, "school", "三所新学校投入使用", 3, 2, TOP + 4)
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(a, b)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["青禾县新建三座水厂", "三所新学校投入使用", "文艺巡演进乡村"])
    art = find(page, "青禾县新建三座水厂")
    assert art.headline.subtitle == "".join(subtitle), f"subtitle {art.headline.subtitle!r}"
    check_body(art, TEXTS["water"])


def test_photo_beside_a_vertical_headline_beyond_a_narrow_headlines_wide_photo(tmp_path):
    """Article A: a short headline and byline over the right of columns 0-2
    and a photo twice as wide as the headline across those columns, its text
    under the photo. Article B: a vertical headline at the page's right, a photo
    at the top of column 3 level with A's headline, B's text under it and on
    in the column beside the photo, next to the vertical headline.
    B's photo and text are B's: A heads a photo of its own, though that
    photo is wider than A's headline."""
    pg = FeaturePage()
    pg.header(7, "视点")
    x0, x1 = column_x(0), span_right(0, 3)
    y = pg.headline(x1 - 200, x1, TOP + 4, "第一台收音机问世", 20)  # nearer to B's photo than B's headline is
    y = pg.byline_line(x1 - 200, x1, y, "本报记者 林晓东")
    pg.photo(x0, y + 4, x1, y + 200, fill=True)
    a = pg.flow(x0, y + 212, TEXTS["library"], 3).bottom
    pg.vertical(RIGHT - 24, TOP + 8, "春晚精彩上演", 24, pitch=28)
    x3 = column_x(3)
    pg.photo(x3, TOP + 4, x3 + 12 * BODY, TOP + 90, rgb=(150, 120, 100), fill=True)
    b = pg.flow(x3, TOP, TEXTS["culture"], 2, chars=12, tops=[TOP + 100, TOP + 4]).bottom
    story(pg, "health", "家庭医生上门服务", 0, 5, below(pg, max(a, b)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["第一台收音机问世", "春晚精彩上演", "家庭医生上门服务"])
    check_body(find(page, "春晚精彩上演"), TEXTS["culture"])
    check_body(find(page, "第一台收音机问世"), TEXTS["library"])


def test_two_long_headlines_a_character_apart_are_two_articles(tmp_path):
    """Two headlines side by side on one baseline, in one face and size, a
    character apart, each a long phrase over its own columns (the second
    wraps to a line of its own): two articles, not one title of two phrases."""
    pg = FeaturePage()
    pg.header(16, "经济")
    first, second = "青禾县召开全县农村供水工作推进会议", "城际铁路沿线站房主体工程完工（新春看乡村）"
    x0 = column_x(0)
    pg.line(x0, TOP + 4, first, 15, "hei")
    x2 = x0 + pg.length(first, 15, "hei") + 15
    pg.line(x2, TOP + 4, second[:-4], 15, "hei")  # wrapped inside its column tag
    pg.line(x2, TOP + 23, second[-4:], 15, "hei")
    a = pg.flow(x0, TOP + 48, TEXTS["water"], 2, chars=12).bottom
    b = pg.flow(x2, TOP + 48, TEXTS["rail"], 2, chars=12).bottom
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(a, b)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, [first, second, "文艺巡演进乡村"])
    check_body(find(page, first), TEXTS["water"])
    check_body(find(page, second), TEXTS["rail"])


def test_two_headlines_of_two_sizes_half_a_character_apart(tmp_path):
    """Two headlines side by side on one baseline, of two sizes (19 and 21
    pt), half a character apart, each over its own columns: two articles,
    not one line (glyphs that touch or nearly touch are one line; these do not)."""
    pg = FeaturePage()
    pg.header(11, "国际")
    first, second = "新春文艺演出在江城剧院举行", "西北部有大范围降温"
    x0 = column_x(0)
    pg.line(x0, TOP + 4, first, 19, "hei")
    x2 = x0 + pg.length(first, 19, "hei") + 10
    pg.line(x2, TOP + 2, second, 21, "hei")
    a = pg.flow(x0, TOP + 40, TEXTS["culture"], 2, chars=12).bottom
    b = pg.flow(x2, TOP + 40, TEXTS["river"], 2, chars=12).bottom
    story(pg, "school", "三所新学校投入使用", 0, 5, below(pg, max(a, b)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, [first, second, "三所新学校投入使用"])
    check_body(find(page, first), TEXTS["culture"])
    check_body(find(page, second), TEXTS["river"])


def test_a_small_kicker_and_title_under_a_column_are_a_headline(tmp_path):
    """No rule under the row above: in column 4, right under that row's
    column (its last paragraph ended), a kicker in the body face and a title
    a size larger, over a column of text. Lines of two sizes are a
    headline's tiers (a subheading has one style): a new article."""
    pg = FeaturePage()
    pg.header(9, "文化")
    a = story(pg, "harvest", "万亩晚稻喜获丰收", 0, 5, TOP + 4, align="left")
    top = a + 24
    b = story(pg, "health", "家庭医生上门服务", 0, 4, top, size=22, align="left")
    x4 = column_x(4)
    pg.line(x4, top, "迎新春", 14)
    pg.line(x4, top + 20, "戏曲名家汇聚", 16, "hei")
    c = pg.flow(x4, top + 48, TEXTS["culture"], 1).bottom
    story(pg, "school", "三所新学校投入使用", 0, 5, below(pg, max(b, c)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["万亩晚稻喜获丰收", "家庭医生上门服务", "戏曲名家汇聚", "三所新学校投入使用"])
    art = find(page, "戏曲名家汇聚")
    assert art.headline.kicker == "迎新春", f"kicker {art.headline.kicker!r}"
    check_body(art, TEXTS["culture"])
    check_body(find(page, "万亩晚稻喜获丰收"), TEXTS["harvest"])


def test_body_size_subtitle_of_a_short_and_a_long_phrase_in_another_face(tmp_path):
    """Subtitles at the body size in a face other than the body's, of two
    phrases a character apart, the first short (新评分细则出台, or
    ——参赛目的是磨合 with its dash), the second long: each is one subtitle
    line, not a phrase read into the text and another left as a subtitle."""
    pg = FeaturePage()
    pg.header(15, "体育")
    bottoms = []
    for first, (title, one, two, key) in enumerate([
            ("游泳集训队 名单公布", "新评分细则出台", "不及格的教练将受到相应处罚", "school"),
            ("女排完成热身赛比赛", "——参赛目的是磨合", "全队总战绩为六胜四负", "rail")]):
        x0, x1 = column_x(3 * first), span_right(3 * first, 2)
        # (the first title over two short lines: the subtitle's first phrase stands left of it)
        y = pg.headline(x0, x1, TOP + 4, title.split() if first == 0 else title, 20)
        width = pg.length(one, BODY, "hei") + BODY + pg.length(two, BODY, "hei")
        left = (x0 + x1 - width) / 2
        pg.line(left, y, one, BODY, "hei")
        pg.line(left + pg.length(one, BODY, "hei") + BODY, y, two, BODY, "hei")
        body = ["本报北京2月25日电　" + TEXTS[key][0]] + TEXTS[key][1:]
        bottoms.append(pg.flow(x0, y + 28, body, 2).bottom)  # (the first phrase over the first line)
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(bottoms)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["游泳集训队 名单公布", "女排完成热身赛比赛", "文艺巡演进乡村"])
    art = find(page, "游泳集训队 名单公布")
    assert art.headline.subtitle == "新评分细则出台 不及格的教练将受到相应处罚", f"subtitle {art.headline.subtitle!r}"
    check_body(art, TEXTS["school"])
    art = find(page, "女排完成热身赛比赛")
    assert art.headline.subtitle == "——参赛目的是磨合 全队总战绩为六胜四负", f"subtitle {art.headline.subtitle!r}"
    check_body(art, TEXTS["rail"])


def test_a_captions_agency_credit_wrapped_onto_the_next_line(tmp_path):
    """A caption under a photo ending in 林晓峰摄, its agency （人民视觉）
    wrapped onto a line of its own, a continued-from note and the text right
    under it: the agency is the caption's credit, not the text's first words."""
    pg = FeaturePage()
    pg.header(17, "经济")
    x0, x1 = column_x(0), span_right(0, 3)
    y = pg.headline(x0, x1, TOP + 4, "纺织行业平稳运行", 22, align="left")
    pg.photo(x0, y, x1, y + 150, fill=True)
    y += 154
    pg.line(x0, y, "图为青禾县一家机械厂的生产线，企业订单已经排到了明年。林晓峰摄", 9, "hei")
    pg.line(x0, y + 13, "（人民视觉）", 9, "hei")
    pg.right(column_x(0) + 8 * BODY, y + 30, "（上接第18版）", BODY, "hei")
    a = pg.flow(x0, y + 30 + LEAD, TEXTS["digital"], 3).bottom
    b = story(pg, "school", "三所新学校投入使用", 3, 2, TOP + 4)
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(a, b)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["纺织行业平稳运行", "三所新学校投入使用", "文艺巡演进乡村"])
    art = find(page, "纺织行业平稳运行")
    assert [c.credit for c in art.captions] == ["林晓峰"], f"captions {art.captions}"
    assert not any("人民视觉" in p for p in art.paragraphs), f"paragraphs {art.paragraphs[:2]}"
    check_body(art, TEXTS["digital"])


def test_body_face_subtitle_over_an_authors_name_alone(tmp_path):
    """Under a title, two lines in the body's own face and size (no stop at
    their end), then the author's name alone set a little larger, then the
    text: the two lines are the subtitle (title, subtitle, byline is a
    headline's order), the name the byline."""
    pg = FeaturePage()
    pg.header(6, "理论")
    x0, x1 = column_x(0), span_right(0, 2)
    y = pg.headline(x0, x1, TOP + 4, "规范域名注册行为", 18, align="left")
    subtitle = ["拟通过完善域名管理制度遏制非正", "常申请域名注册的行为"]
    for k, line in enumerate(subtitle):
        pg.line(x0, y + k * LEAD, line, width=col_width() if k == 0 else None)
    y += 2 * LEAD + 6
    pg.line(x0, y, "林晓东", 11)
    a = pg.flow(x0, y + 24, TEXTS["theory"], 2).bottom
    b = story(pg, "school", "三所新学校投入使用", 2, 3, TOP + 4)
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(a, b)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["规范域名注册行为", "三所新学校投入使用", "文艺巡演进乡村"])
    art = find(page, "规范域名注册行为")
    assert art.headline.subtitle == "".join(subtitle), f"subtitle {art.headline.subtitle!r}"
    assert [b.name for b in art.bylines] == ["林晓东"], f"bylines {art.bylines}"
    check_body(art, TEXTS["theory"])


def test_one_line_subtitle_in_the_body_face_set_apart_from_the_text(tmp_path):
    """Right under a title (flush left), one line in the body's own face and
    size with no stop at its end; a line's height of white space; then the
    text, opening with a dateline. The line is the subtitle."""
    pg = FeaturePage()
    pg.header(9, "生态")
    x0 = column_x(0)
    y = pg.headline(x0, span_right(0, 2), TOP + 4, "海南公布河长制评估结果", 18, align="left") - 6
    subtitle = "将每季度通报各级河长履职情况"
    pg.line(x0, y, subtitle)
    body = ["本报海口2月17日电　" + TEXTS["river"][0]] + TEXTS["river"][1:]
    a = pg.flow(x0, y + BODY + 18, body, 2).bottom
    b = story(pg, "school", "三所新学校投入使用", 2, 3, TOP + 4)
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(a, b)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["海南公布河长制评估结果", "三所新学校投入使用", "文艺巡演进乡村"])
    art = find(page, "海南公布河长制评估结果")
    assert art.headline.subtitle == subtitle, f"subtitle {art.headline.subtitle!r}"
    assert art.dateline == "本报海口2月17日电", f"dateline {art.dateline!r}"
    check_body(art, TEXTS["river"])


def test_column_under_a_logo_with_a_headline_level_a_little_farther_right(tmp_path):
    """A column logo over column 0 at the page's left; the column opens level
    with the top of a headline set six characters to its right, over columns
    1-4, whose text starts under it: column 0 is that headline's first column."""
    pg = FeaturePage()
    pg.header(3, "经济")
    x0 = column_x(0)
    pg.column_logo(x0, TOP + 4, "调研手记")
    top = TOP + 34
    y = pg.headline(column_x(1) + 60, span_right(1, 4), top, "商业银行资本充足率稳步提升", 20, align="left")
    body = TEXTS["digital"] + TEXTS["market"]
    a = pg.flow(x0, top, body, 5, tops=[top] + [y + 6] * 4).bottom
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, a), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["商业银行资本充足率稳步提升", "文艺巡演进乡村"])
    check_body(find(page, "商业银行资本充足率稳步提升"), body)


def test_columns_right_of_a_narrow_headline_beyond_a_vertical_headlines_own_column(tmp_path):
    """Article A: a narrow two-line headline and byline over columns 0-1,
    whose text starts under them; A's text goes on in columns 2-3, opening
    level with the headline's top, right of its end. Article B: a vertical
    headline at the page's right with its own column beside it (a byline line
    at its top). Columns 2-3 are A's: B's column stands between them and B."""
    pg = FeaturePage()
    pg.header(5, "要闻")
    chars = 11
    x = [LEFT + i * (chars * BODY + 12) for i in range(4)]
    top = TOP + 8
    pg.line(x[0], top, "中华职业教育社", 21, "hei")
    pg.line(x[0], top + 27, "代表大会举行", 21, "hei")
    pg.line(x[0], top + 60, "本报记者 林晓东", BODY)
    body = TEXTS["school"] + TEXTS["health"]  # (column 1 ends a paragraph, column 2 opens the next)
    a = max(pg.flow(x[0], top + 84, TEXTS["school"], 2, chars=chars).bottom,
            pg.flow(x[2], top, TEXTS["health"], 2, chars=chars).bottom)
    xb = x[3] + chars * BODY + 40
    pg.line(xb, top, "■ 本报记者 赵一鸣", BODY)
    b = pg.flow(xb, top + 20, TEXTS["river"][:2], 1, chars=13).bottom
    pg.vertical(RIGHT - 24, top, "深圳控烟新规出台", 24, pitch=28)
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(a, b, top + 8 * 28)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["中华职业教育社 代表大会举行", "深圳控烟新规出台", "文艺巡演进乡村"])
    check_body(find(page, "中华职业教育社 代表大会举行"), body)
    check_body(find(page, "深圳控烟新规出台"), TEXTS["river"][:2])


def test_continued_note_and_a_one_line_paragraph_under_a_title_are_no_subtitle(tmp_path):
    """The rest of an article from another page: its title, right under it a
    （上接第4版） note in another face, then a one-line paragraph (a quote
    ending in 。”) and the text: the note and the paragraph are no subtitle;
    the paragraph is the text's first."""
    pg = FeaturePage()
    pg.header(6, "纪检")
    x0 = column_x(3)
    y = pg.headline(x0, span_right(3, 2), TOP + 4, "食堂假账单牵出违纪案", 15, align="left") - 4
    pg.line(x0, y, "（上接第4版）", BODY, "hei")
    first = "“大概一成五。”"
    body = [first] + TEXTS["school"]
    b = pg.flow(x0, y + LEAD, body, 2).bottom
    a = story(pg, "river", "清溪河重现碧水", 0, 3, TOP + 4)
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(a, b)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["食堂假账单牵出违纪案", "清溪河重现碧水", "文艺巡演进乡村"])
    art = find(page, "食堂假账单牵出违纪案")
    assert art.headline.subtitle is None, f"subtitle {art.headline.subtitle!r}"
    check_body(art, body)


def test_two_vertical_headlines_of_two_sizes_side_by_side(tmp_path):
    """Two vertical headlines a character and a half apart, of two sizes (23
    and 25 pt), their first glyphs level: two headlines, each heading the
    column on its outer side, not one line of two glyphs at the top."""
    pg = FeaturePage()
    pg.header(5, "体育")
    x2 = column_x(2)
    pg.vertical(x2 + 30, TOP + 8, "团圆此时", 23, pitch=26)
    pg.vertical(x2 + 30 + 23 + 32, TOP + 8, "雪落江南", 25, pitch=28)
    a = pg.flow(column_x(0), TOP + 8, TEXTS["culture"], 2).bottom
    b = pg.flow(column_x(3), TOP + 8, TEXTS["river"], 2).bottom
    story(pg, "school", "三所新学校投入使用", 0, 5, below(pg, max(a, b, TOP + 8 + 4 * 28)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["团圆此时", "雪落江南", "三所新学校投入使用"])
    check_body(find(page, "团圆此时"), TEXTS["culture"])
    check_body(find(page, "雪落江南"), TEXTS["river"])


def test_a_caption_wider_than_its_photo_and_a_credit_beside_it_in_the_next_caption(tmp_path):
    """Two photos side by side. The left one's caption runs wider than the
    photo and wraps its agency credit to the caption's left edge (……。（影 /
    像中国）); the right one's caption wraps its credit's name (……。吴 /
    齐强摄（人民视觉）), that line level with the left caption's last. Each
    caption keeps its own lines: the credit beside is no credit of the left
    caption, and a bare agency in brackets is the left caption's credit."""
    pg = FeaturePage()
    pg.header(5, "文化")
    x0, x1 = column_x(0), span_right(0, 5)
    y = pg.headline(x0, x1, TOP + 4, "老城新貌迎春来", 22, align="left")
    left_photo = (column_x(0) + 30, y, span_right(0, 2) - 30, y + 110)
    right_photo = (column_x(3), y, span_right(3, 2), y + 110)
    pg.photo(*left_photo, fill=True)
    pg.photo(*right_photo, fill=True)
    top = y + 114
    pg.line(column_x(0), top, "春节前夕，青禾县老城街巷挂起了红灯笼，往来的游人在古街上驻足拍照。（影", 8, "kai")
    pg.line(column_x(0), top + 11, "像中国）", 8, "kai")
    pg.line(column_x(3), top, "市民在新修的广场上观看民俗", 8, "kai")
    pg.line(column_x(3), top + 11, "表演，欢度新春佳节。吴", 8, "kai")
    pg.line(column_x(3), top + 22, "齐强摄（人民视觉）", 8, "kai")
    a = pg.flow(x0, top + 40, TEXTS["culture"], 5).bottom
    story(pg, "school", "三所新学校投入使用", 0, 5, below(pg, a), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["老城新貌迎春来", "三所新学校投入使用"])
    art = find(page, "老城新貌迎春来")
    assert sorted((c.text, c.credit) for c in art.captions) == [
        ("市民在新修的广场上观看民俗表演，欢度新春佳节。", "吴齐强"),
        ("春节前夕，青禾县老城街巷挂起了红灯笼，往来的游人在古街上驻足拍照。", "影像中国")], f"captions {art.captions}"
    check_body(art, TEXTS["culture"])


SHORT_BRIEFS = [
    ("报春", "二月中旬，青禾县城南公园的梅花竞相开放，引来不少市民驻足观赏拍照。",
     "（通讯员 刘阳 赵永平）", [Byline("通讯员", "刘阳"), Byline("通讯员", "赵永平")]),
    ("年货街", "临近春节，丰溪县老街的年货市场人头攒动，对联、灯笼和干货摊位前挤满了采购的居民。",
     "（孙丽萍 周强华）", [Byline(None, "孙丽萍"), Byline(None, "周强华")]),  # run together once cleaned: six characters
    ("冬泳", "清晨的南岭湖畔，二十多名冬泳爱好者跃入湖中，用自己的方式迎接新年。",
     "（赵一鸣）", [Byline(None, "赵一鸣")]),
]


def test_briefs_with_short_titles_after_their_neighbours_authors(tmp_path):
    """A column of briefs whose titles are a word or two set a little larger
    than the text, not bold: each follows the authors that close the brief
    before it (on a line of their own, set right, or run in after its last
    sentence). A heading under an article's closing authors opens a new
    article; it is no subheading of the brief above."""

    pg = FeaturePage()
    pg.header(2, "综合新闻")
    a = story(pg, "digital", "智能车间里的新变化", 0, 4, TOP + 4, extra=TEXTS["rail"])
    x0 = column_x(4)
    y = TOP + 10
    for k, (title, text, authors, _) in enumerate(SHORT_BRIEFS):
        pg.line(x0, y, title, 1.2 * BODY, "hei")
        y += LEAD + 4
        items = [text, RightLine(authors)] if k == 0 else [text + authors]
        y = pg.flow(x0, y, items, 1).bottom + 8
    story(pg, "river", "清溪河重现碧水", 0, 5, below(pg, max(a, y)), extra=TEXTS["culture"], align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["智能车间里的新变化", "清溪河重现碧水"] + [b[0] for b in SHORT_BRIEFS])
    for title, text, _, bylines in SHORT_BRIEFS:
        art = find(page, title)
        assert art.bylines == bylines, f"{title}: bylines {art.bylines}"
        check_body(art, [text])


def test_a_vertical_headline_wrapped_into_two_columns(tmp_path):
    """A vertical headline of ten characters set in two columns of five, its
    glyphs one under the next (closer than the columns stand apart), the
    right column read first, beside the columns of its article: one title,
    read column by column (上海… then 客流…), not row by row (客上流海…)."""
    pg = FeaturePage()
    pg.header(7, "综合")
    left = story(pg, "school", "办好家门口的每一所学校", 0, 2, TOP + 4)
    body = TEXTS["theory"] + TEXTS["digital"] + TEXTS["water"][:1]
    flowed = pg.flow(column_x(2), TOP + 8, body, 2)
    size = 20
    x_right = span_right(4, 1) - 30
    pg.vertical(x_right, TOP + 10, "江城博物馆", size, pitch=1.08 * size)
    pg.vertical(x_right - 1.2 * size, TOP + 10, "客流创新高", size, pitch=1.08 * size)
    pg.vrule(column_x(2) - GAP / 2, TOP + 4, flowed.bottom)
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(left, flowed.bottom, TOP + 290)), extra=TEXTS["market"],
          align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["办好家门口的每一所学校", "江城博物馆客流创新高", "文艺巡演进乡村"])
    check_body(find(page, "江城博物馆客流创新高"), body)


def test_a_label_over_a_rule_is_no_tier_of_the_title_under_it(tmp_path):
    """A column's label set large (新闻速递), a rule under it, then a single
    news item's title in smaller type and its text: the rule parts the two
    lines, so the label is no tier of the item's headline (the title would
    have been read as its subtitle)."""
    pg = FeaturePage()
    pg.header(2, "综合新闻")
    a = story(pg, "digital", "智能车间里的新变化", 0, 4, TOP + 4, extra=TEXTS["rail"])
    x0, x1 = column_x(4), span_right(4, 1)
    pg.line(x0, TOP + 8, "新闻速递", 15, "hei")
    pg.rule(x0, TOP + 30, x1, 0.8)
    pg.line(x0, TOP + 38, "清溪河重现碧水", 11, "hei")
    text, authors = TEXTS["river"][0], "（记者 赵一鸣）"
    y = pg.flow(x0, TOP + 38 + LEAD + 4, [text, RightLine(authors)], 1).bottom
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(a, y)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["智能车间里的新变化", "清溪河重现碧水", "文艺巡演进乡村"])
    art = find(page, "清溪河重现碧水")
    assert (art.headline.kicker, art.headline.subtitle) == (None, None), f"headline {art.headline}"
    check_body(art, [text])


def test_a_word_framed_alone_over_a_column_is_its_logo(tmp_path):
    """A boxed article: a word framed alone at the top of its first column
    (新论, the column's logo, in the text's size), the columns under and
    beside it, its vertical headline and the author's name set vertically
    on the right. The framed word is no headline: the first column is the
    vertical headline's article from its first line."""
    pg = FeaturePage()
    pg.header(2, "综合")
    top = story(pg, "school", "三所新学校投入使用", 0, 5, TOP + 4, align="left")
    y0 = top + 24
    pg.frame(column_x(0) - 6, y0, span_right(4, 1) + 6, y0 + 300, 0.8)
    pg.frame(column_x(0), y0 + 8, column_x(0) + 3.2 * BODY, y0 + 8 + BODY + 10, 0.6)
    pg.line(column_x(0) + 4, y0 + 12, "新论", 1.15 * BODY, "hei")
    body = TEXTS["theory"] + TEXTS["digital"]
    flowed = pg.flow(column_x(0), y0 + 8 + BODY + 16, body, 4)
    x_title = span_right(4, 1) - 30
    pg.vertical(x_title, y0 + 14, "走好高质量发展之路", 22, pitch=25)
    pg.vertical(x_title - 24, y0 + 200, "罗 海 平", 11, font="body", pitch=12)
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(flowed.bottom, y0 + 300)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["三所新学校投入使用", "走好高质量发展之路", "文艺巡演进乡村"])
    check_body(find(page, "走好高质量发展之路"), body)
