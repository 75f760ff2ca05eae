"""Text mode on line streams whose pieces come in the order a page's PDF draws
them, not the reading order: captions with their credit glued to the last
full stop, every headline of the page drawn before the bodies. Every text here
is invented."""

from __future__ import annotations

import pytest

import banmian
from banmian.layout.text_labels import mark_labels_at_the_ends
from banmian.layout.text_units import Unit
from banmian.model import Block, Role

from tests.test_text_real_columns import (_FERRY, _HOUSING, _LAST, _HOUSING_2, _PARKS, _SECOND_BODY, _VILLAGE,
                                          _VILLAGE_2, _WIDTH, _articles)
from tests.test_line_stream import stream, typeset


@pytest.mark.parametrize("credit, name", [("林海涛/摄", "林海涛"), ("（人民视觉）", "人民视觉"),
                                          ("林海涛摄（新华社发）", "林海涛")])
def test_a_caption_with_its_credit_glued_to_its_full_stop_is_no_headline(credit, name):
    # ……散步锻炼，十分惬 / 意。林海涛/摄: no space before the credit, no 图为 before the caption
    caption = ["城东新区新建的公园里，市民们在健身步道上散步锻炼，公园每天接", "待游客上万人次。" + credit]
    first = [*typeset(_HOUSING, _WIDTH), *caption]
    articles = _articles(["老旧小区换新颜", "本报记者 周明华", *first, "城东新建三座公园", "林 涛", *_SECOND_BODY])
    assert [a.headline.title for a in articles] == ["老旧小区换新颜", "城东新建三座公园"]
    assert [(c.text, c.credit) for c in articles[0].captions] == [("".join(caption)[:-len(credit)], name)]
    assert "".join(articles[0].paragraphs) == _HOUSING


def test_headlines_drawn_before_every_body_go_back_over_their_own_bodies():
    # a PDF drawn in layers: every headline of the page (with its byline), then the bodies in the
    # same order, each opened by its dateline; the headline shares its wording with its own body
    housing, parks = "本报江城3月2日电　" + _HOUSING, "本报江城3月3日电　" + _PARKS
    lines = ["老旧小区换新颜", "城东新建三座公园", "——三座公园春节前开放", "本报记者 林海涛",
             *typeset(housing, _WIDTH), *typeset(parks, _WIDTH)]
    articles = _articles(lines)
    assert [(a.headline.title, a.headline.subtitle) for a in articles] == [
        ("老旧小区换新颜", None), ("城东新建三座公园", "——三座公园春节前开放")]
    assert [[b.name for b in a.bylines] for a in articles] == [[], ["林海涛"]]
    assert ["".join(a.paragraphs)[-12:] for a in articles] == [_HOUSING[-12:], _PARKS[-12:]]


def test_a_kicker_title_and_subtitle_over_a_body_and_a_brief_stay_one_headline():
    # an article's three tiers and its body, then a brief opened by its dateline with no headline:
    # the brief shares no wording with the tiers, so no tier moves down over it
    ferry = "本报江城3月4日电　" + _FERRY
    lines = ["江城民生实事开局良好", "老旧小区换新颜", "——八十个小区开工", "本报记者 周明华",
             *typeset(_HOUSING, _WIDTH), *typeset(ferry, _WIDTH)]
    articles = _articles(lines)
    head = articles[0].headline
    assert "".join(filter(None, (head.kicker, head.title, head.subtitle))) == "江城民生实事开局良好老旧小区换新颜——八十个小区开工"
    assert "".join(articles[0].paragraphs).endswith(_HOUSING[-12:])
    assert all(a.headline.title is None for a in articles[1:])


def test_a_header_drawn_last_with_its_date_but_no_year_is_read_and_is_no_headline():
    # 人民日报 / 3月5日 星期二 / 城市 / 6 after the last body: the weekday by a date anchors the header
    lines = ["老旧小区换新颜", "本报记者 周明华", *typeset(_HOUSING, _WIDTH),
             "城东新建三座公园", "林 涛", *_SECOND_BODY, "人民日报", "3月5日 星期二", "城市", "6"]
    page = banmian.parse_text(stream(*lines), enrich=False).pages[0]
    assert (page.number, page.section) == (6, "城市")
    assert [a.headline.title for a in page.articles] == ["老旧小区换新颜", "城东新建三座公园"]


def test_labels_drawn_after_the_last_body_do_not_turn_headlines_after_their_bodies():
    # the page's column logo and a briefs label drawn last share no wording with the body before them:
    # the headlines still open their bodies
    lines = ["老旧小区换新颜", "本报记者 周明华", *typeset(_HOUSING, _WIDTH),
             "城东新建三座公园", "林 涛", *_SECOND_BODY, "走进基层一线", "短讯"]
    page = banmian.parse_text(stream(*lines), enrich=False).pages[0]
    titled = [(a.headline.title, "".join(a.paragraphs)[:8]) for a in page.articles if a.paragraphs]
    assert titled == [("老旧小区换新颜", _HOUSING[:8]), ("城东新建三座公园", _PARKS[:8])]


def _block_page(*blocks: list[str]):
    """The articles of a page of ``blocks`` (a block a paragraph: PyMuPDF's blocks at a tight
    leading) and, last, the ferry article (headline, name, body)."""
    last = [["轮渡新增两条航线"], ["王 平"], typeset(_FERRY, _WIDTH)]
    text = "\n\n".join("\n".join(block) for block in [*blocks, *last]) + "\n"
    return banmian.parse_text(text, enrich=False).pages[0].articles


def test_bodies_after_a_stack_of_headlines_part_at_closing_authors_and_where_the_width_turns():
    # three headlines drawn first; then the bodies, a block a paragraph (PyMuPDF's blocks at a tight
    # leading): the first closed by its authors' bracket on a line of its own, the second and third
    # parted only by their columns' widths (16 and 12)
    paragraphs = [typeset(_HOUSING, _WIDTH), typeset(_HOUSING_2, _WIDTH), ["（本报记者 周明华）"],
                  typeset(_PARKS, _WIDTH), typeset(_VILLAGE_2, _WIDTH), typeset(_FERRY, 12), typeset(_VILLAGE, 12)]
    heads = [["老旧小区换新颜"], ["城东新建三座公园"], ["本报记者 林海涛"], ["江城渡船焕然一新"], ["本报记者 赵敏"]]
    articles = _block_page(*heads, *paragraphs)
    assert [a.headline.title for a in articles] == ["老旧小区换新颜", "城东新建三座公园", "江城渡船焕然一新",
                                                    "轮渡新增两条航线"]
    assert ["".join(a.paragraphs)[-10:] for a in articles[:3]] == [_HOUSING_2[-10:], _VILLAGE_2[-10:],
                                                                   _VILLAGE[-10:]]


def test_two_signed_headlines_of_a_stack_over_one_run_of_text_share_it_where_their_wording_turns():
    # the stack names two articles with their reporters over one run of text of one width (nothing
    # between their texts): each takes the paragraphs that share its wording; a third is dated
    paragraphs = [typeset(_HOUSING, _WIDTH), typeset(_HOUSING_2, _WIDTH), typeset(_PARKS, _WIDTH),
                  typeset(_VILLAGE_2, _WIDTH), typeset("本报江城3月4日电　" + _FERRY, _WIDTH)]
    heads = [["老旧小区换新颜"], ["本报记者 周明华"], ["城东新建三座公园"], ["本报记者 林海涛"], ["江城渡船焕然一新"]]
    articles = _block_page(*heads, *paragraphs)
    assert [a.headline.title for a in articles] == ["老旧小区换新颜", "城东新建三座公园", "江城渡船焕然一新",
                                                    "轮渡新增两条航线"]
    assert ["".join(a.paragraphs)[-10:] for a in articles[:2]] == [_HOUSING_2[-10:], _VILLAGE_2[-10:]]


def test_labels_drawn_before_the_first_body_of_a_page_drawn_headlines_after_are_no_headline():
    # 城市观察 / 基层一线 (a column's logo and a label) drawn first; then each article's body (each
    # its own column width, a block a paragraph), its photo's caption and its headline, sharing the
    # body's wording
    caption = "改造后的小区里，居民们在新建的小广场上下棋聊天。林海涛/摄"
    blocks = [["城市观察"], ["基层一线"], typeset(_HOUSING, _WIDTH), [caption], ["老旧小区换新颜"],
              typeset(_PARKS, 12), ["城东新建三座公园"]]
    text = "\n\n".join("\n".join(block) for block in blocks) + "\n"
    page = banmian.parse_text(text, enrich=False).pages[0]
    titled = [(a.headline.title, "".join(a.paragraphs)[:8]) for a in page.articles if a.paragraphs]
    assert titled == [("老旧小区换新颜", _HOUSING[:8]), ("城东新建三座公园", _PARKS[:8])]


def _units(*pieces: tuple[Role, list[str]]) -> list[Unit]:
    return [Unit(Block(list(lines), role)) for role, lines in pieces]


def test_a_short_run_opening_a_page_drawn_headlines_after_is_a_label():
    # 城市观察 / 基层一线 share nothing with the body after them, and the headline after that body
    # shares its wording: a page drawn headlines after bodies, whose labels were drawn first
    units = _units((Role.TITLE, ["城市观察"]), (Role.TITLE, ["基层一线"]), (Role.BODY, typeset(_HOUSING, _WIDTH)),
                   (Role.TITLE, ["老旧小区换新颜"]), (Role.BODY, _SECOND_BODY), (Role.TITLE, ["城东新建三座公园"]))
    mark_labels_at_the_ends(units)
    assert [u.role for u in units] == [Role.OTHER, Role.OTHER, Role.BODY, Role.TITLE, Role.BODY, Role.TITLE]


def test_a_short_headline_opening_a_page_of_briefs_stays_a_headline():
    # 简讯 / 做灯笼: the brief's own title shares no pair with its text, but nor does the next title
    # share the text before it: nothing says the page draws headlines after bodies
    units = _units((Role.TITLE, ["简讯"]), (Role.TITLE, ["江城花灯"]), (Role.BODY, typeset(_HOUSING, _WIDTH)),
                   (Role.TITLE, ["渡船焕新"]), (Role.BODY, _SECOND_BODY))
    mark_labels_at_the_ends(units)
    assert [u.role for u in units][:2] == [Role.TITLE, Role.TITLE]


def _spread(line: str, k: int) -> str:
    """A justified line as pdftotext writes it: a space where the line spreads its characters."""
    cut = 2 + (3 * k) % max(1, len(line) - 4)
    return line[:cut] + " " + line[cut:] if len(line) > 6 else line


def test_a_page_whose_extractor_spread_its_justified_lines_with_spaces_reads_as_without_them():
    # 江城今年把老旧 小区 / 改造列为民生实 事的 (pdftotext -raw: no blank lines): a space at no phrase's
    # end in most lines; the byline keeps its spaces (two reporters)
    first = [_spread(line, k) for k, line in enumerate(typeset(_HOUSING, _WIDTH) + typeset(_HOUSING_2, _WIDTH))]
    second = [_spread(line, k) for k, line in enumerate(_SECOND_BODY)]
    lines = ["老旧小区换新颜", "本报记者 周明华 林海涛", *first, "城东新建三座公园", "赵 敏", *second, *_LAST]
    articles = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles[:-1]  # no blank lines
    assert [a.headline.title for a in articles] == ["老旧小区换新颜", "城东新建三座公园"]
    assert [b.name for b in articles[0].bylines] == ["周明华", "林海涛"]
    assert "".join(articles[0].paragraphs) == _HOUSING + _HOUSING_2
    assert "".join(articles[1].paragraphs) == _PARKS


def test_a_name_alone_drawn_last_is_no_label():
    # an author's name drawn after everything shares no wording with the body before it: it is left
    # for the bylines, not taken for a column's label
    units = _units((Role.TITLE, ["老旧小区换新颜"]), (Role.BODY, typeset(_HOUSING, _WIDTH)), (Role.TITLE, ["周明华"]))
    mark_labels_at_the_ends(units)
    assert units[-1].role == Role.TITLE


def test_a_title_over_a_dashed_subtitle_between_two_bodies_of_one_width_opens_an_article():
    # ——三座新公园春节前全部开放 / 城东新区今年新建三座公园，总 (as wide: two cells short of the
    # column, its indent) / ……
    lines = ["老旧小区换新颜", "本报记者 周明华", *typeset(_HOUSING, _WIDTH), "城东新建三座公园", "——三座新公园春节前全部开放",
             *_SECOND_BODY]
    articles = _articles(lines)
    assert [(a.headline.title, a.headline.subtitle) for a in articles] == [
        ("老旧小区换新颜", None), ("城东新建三座公园", "——三座新公园春节前全部开放")]
    assert "".join(articles[1].paragraphs) == _PARKS


def test_a_closing_dateline_after_the_authors_bracket_closes_that_article():
    # ……下棋聊天。 / （记者 周明华） / （本报江城3月2日电） / the next headline
    lines = ["老旧小区换新颜", *typeset(_HOUSING, _WIDTH), "（记者 周明华）", "（本报江城3月2日电）",
             "城东新建三座公园", "林 涛", *_SECOND_BODY]
    articles = _articles(lines)
    assert [(a.headline.kicker, a.headline.title) for a in articles] == [
        (None, "老旧小区换新颜"), (None, "城东新建三座公园")]
    assert articles[0].dateline == "本报江城3月2日电"


def test_a_dashed_subtitle_and_the_indented_first_line_under_it_are_two_blocks():
    # ——三座新公园春节前开放 / 城东新区今年新建三座公 (set in by its indent, the line under it full)
    from banmian.layout.line_stream import regroup_line_stream

    lines = [*typeset(_HOUSING, _WIDTH), "城东新建三座公园", "——三座新公园春节前开放", *typeset(_PARKS, 14)]
    blocks = regroup_line_stream([Block([line]) for line in lines])
    assert ["——三座新公园春节前开放"] in [block.lines for block in blocks]


def test_a_body_no_headline_of_the_stack_names_keeps_its_text():
    # three bodies after a stack of two headlines: the middle one shares no wording with either and
    # gets none, but its text stays on the page (nothing is lost)
    from banmian.layout.headline_stack import pair_stacked_headlines

    units = _units((Role.TITLE, ["老旧小区换新颜"]), (Role.TITLE, ["江城渡船焕然一新"]),
                   (Role.BODY, typeset(_HOUSING, _WIDTH)), (Role.BODY, typeset(_VILLAGE_2, _WIDTH)),
                   (Role.BODY, typeset(_FERRY, _WIDTH)))
    ordered = pair_stacked_headlines(units, lambda run: [[u] for u in run])
    assert sorted(map(id, ordered)) == sorted(map(id, units))
    assert [u.lines[0] for u in ordered if u.role == Role.TITLE] == ["老旧小区换新颜", "江城渡船焕然一新"]


def test_a_long_kicker_of_figures_in_a_stack_of_headlines_stays_in_the_stack():
    # the second article's kicker, a long phrase of figures wrapped over two lines with no full stop,
    # was read as text: it is still a headline of the stack, not the first body
    from banmian.layout.headline_stack import pair_stacked_headlines

    kicker = ["2016年至2018年，全市共新建城市公园32座，总面积达到1939公顷，种下树木", "3万株"]
    units = _units((Role.TITLE, ["老旧小区换新颜"]), (Role.BODY, kicker), (Role.TITLE, ["城东新建三座公园"]),
                   (Role.BODY, typeset("本报江城3月2日电　" + _HOUSING, _WIDTH)),
                   (Role.BODY, typeset("本报江城3月3日电　" + _PARKS, _WIDTH)))
    ordered = pair_stacked_headlines(units, lambda run: [[u] for u in run])
    assert [u.lines[0][:4] for u in ordered] == ["老旧小区", "本报江城", "2016", "城东新建", "本报江城"]
    assert ordered[2].role == Role.TITLE


def test_a_subheading_among_the_bodies_of_a_page_drawn_headlines_first_stays_in_its_article():
    # every headline drawn first; the second body has a subheading (a label over its line, wrapped)
    # between two of its paragraphs, a block a line: part of that article, not a new one, though it stands
    # under a short paragraph (too little text to measure the column by)
    heads = [["老旧小区换新颜"], ["本报记者 周明华"], ["城东新建三座公园"], ["本报记者 林海涛"]]
    paragraphs = [typeset("本报江城3月2日电　" + _HOUSING, _WIDTH), typeset("本报江城3月3日电　" + _PARKS, _WIDTH),
                  typeset("市园林局负责人介绍，新公园将在春节前陆续开放。", _WIDTH), ["园林养护"], ["全园种下本地树种三千"],
                  ["余株，四季有花"], typeset(_VILLAGE_2, _WIDTH)]
    articles = _block_page(*heads, *paragraphs)
    assert [a.headline.title for a in articles] == ["老旧小区换新颜", "城东新建三座公园", "轮渡新增两条航线"]
    assert "".join(articles[1].paragraphs).endswith("园林养护全园种下本地树种三千余株，四季有花" + _VILLAGE_2)


def test_a_subheading_of_a_label_over_its_wrapped_line_between_paragraph_blocks_stays_in_its_article():
    # blocks a paragraph (a tight leading): the subheading is a label over its line, the line wrapped
    # in two blocks; the paragraphs around it run on in the column's width
    sub = [["管网更新"], ["先听取居民"], ["意见再动工"]]
    after = _HOUSING_2 + "居民们纷纷表示支持，盼着早日开工。"
    articles = _block_page(["老旧小区换新颜"], ["本报记者 周明华"], typeset(_HOUSING, _WIDTH), *sub,
                           typeset(after, _WIDTH))
    assert [a.headline.title for a in articles] == ["老旧小区换新颜", "轮渡新增两条航线"]
    assert "".join(articles[0].paragraphs) == _HOUSING + "管网更新先听取居民意见再动工" + after


def _blocks_text(*blocks: list[str]) -> str:
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"


def test_a_byline_between_a_body_and_the_headline_drawn_after_it_is_that_articles():
    # a content stream drawing each article as body, byline, headline (the first body continued on
    # another page): each byline and headline close the body before them
    text = _blocks_text(typeset(_HOUSING, _WIDTH), ["（下转第5版）"], ["本报记者 周明华"], ["老旧小区换新颜"],
                        typeset(_PARKS, _WIDTH), ["本报记者 林海涛"], ["城东新建三座公园"])
    articles = banmian.parse_text(text, enrich=False).pages[0].articles
    assert [(a.headline.title, [b.name for b in a.bylines], "".join(a.paragraphs)) for a in articles] == [
        ("老旧小区换新颜", ["周明华"], _HOUSING), ("城东新建三座公园", ["林海涛"], _PARKS)]
    assert articles[0].continues_to == 5


def test_a_name_alone_between_a_body_and_a_headline_is_a_byline_not_a_kicker():
    # body, name, headline: the name (padded, no role) is an author's, never the headline's first tier
    text = _blocks_text(typeset(_HOUSING, _WIDTH), ["本报记者 周明华"], ["老旧小区换新颜"],
                        typeset(_FERRY, _WIDTH), ["王 平"], ["轮渡新增两条航线"])
    articles = banmian.parse_text(text, enrich=False).pages[0].articles
    assert [(a.headline.kicker, a.headline.title, [b.name for b in a.bylines]) for a in articles] == [
        (None, "老旧小区换新颜", ["周明华"]), (None, "轮渡新增两条航线", ["王平"])]


def test_a_tagged_title_among_the_bodies_of_a_page_drawn_headlines_first_is_no_subheading():
    # every headline drawn first, then the bodies; between two of them a sidebar's title closed by its
    # column's tag (……（记者手记）): it heads the sidebar, it is not a subheading of the body before
    heads = [["老旧小区换新颜"], ["本报记者 周明华"], ["城东新建三座公园"], ["本报记者 林海涛"]]
    paragraphs = [typeset("本报江城3月2日电　" + _HOUSING, _WIDTH), typeset("本报江城3月3日电　" + _PARKS, _WIDTH),
                  ["公园里的春天（记者手记）"], typeset(_VILLAGE_2, _WIDTH)]
    articles = _block_page(*heads, *paragraphs)
    assert [a.headline.title for a in articles] == ["老旧小区换新颜", "城东新建三座公园", "公园里的春天（记者手记）",
                                                    "轮渡新增两条航线"]


def test_a_letter_signed_and_dated_inside_a_body_stays_in_its_text():
    # a letter quoted in the body closes with its writer's name and the date, each on a line of its own:
    # no byline and no headline (the date alone is no headline, so the name is over none); each line a
    # paragraph of its own, as printed (text39b: a notice's or a letter's signer and date)
    text = _blocks_text(["老旧小区换新颜"], ["本报记者 周明华"], typeset(_HOUSING, _WIDTH), ["王大明"], ["2019年1月21日"],
                        typeset(_PARKS, _WIDTH), ["轮渡新增两条航线"], ["本报记者 林海涛"], typeset(_FERRY, _WIDTH))
    articles = banmian.parse_text(text, enrich=False).pages[0].articles
    assert [(a.headline.title, [b.name for b in a.bylines]) for a in articles] == [
        ("老旧小区换新颜", ["周明华"]), ("轮渡新增两条航线", ["林海涛"])]
    assert ["王大明", "2019年1月21日"] == [p for p in articles[0].paragraphs if p in ("王大明", "2019年1月21日")]


def test_two_unsigned_headlines_of_a_stack_over_one_run_of_text_share_it_where_their_wording_turns():
    # no byline under either headline and nothing between their texts (one width, no dateline): each
    # takes the paragraphs whose wording is its own; a third article is dated
    paragraphs = [typeset(_HOUSING, _WIDTH), typeset(_HOUSING_2, _WIDTH), typeset(_PARKS, _WIDTH),
                  typeset(_VILLAGE_2, _WIDTH), typeset("本报江城3月4日电　" + _FERRY, _WIDTH)]
    heads = [["老旧小区换新颜"], ["城东新建三座公园"], ["江城渡船焕然一新"]]
    articles = _block_page(*heads, *paragraphs)
    assert [a.headline.title for a in articles] == ["老旧小区换新颜", "城东新建三座公园", "江城渡船焕然一新",
                                                    "轮渡新增两条航线"]
    assert ["".join(a.paragraphs)[-10:] for a in articles[:2]] == [_HOUSING_2[-10:], _VILLAGE_2[-10:]]


def test_a_kicker_and_title_of_a_stack_over_one_text_stay_one_headline():
    # the kicker and the title both echo the text under them: one headline, not two articles
    kicker, title = "江城老旧小区改造全面开工", "八十个小区换新颜"
    paragraphs = [typeset(_HOUSING, _WIDTH), typeset(_HOUSING_2, _WIDTH), typeset("本报江城3月4日电　" + _FERRY, _WIDTH)]
    articles = _block_page([kicker], [title], ["江城渡船焕然一新"], *paragraphs)
    assert [(a.headline.kicker, a.headline.title) for a in articles[:2]] == [(kicker, title), (None, "江城渡船焕然一新")]
    assert "".join(articles[0].paragraphs) == _HOUSING + _HOUSING_2


def test_a_headline_of_three_blocks_between_two_bodies_of_one_width_opens_an_article():
    # a kicker too long for a subheading's label, the title and a third tier, a block each, between
    # runs of one column width and no byline: a new article's headline, no subheading
    after = _HOUSING_2 + "居民们纷纷表示支持，盼着早日开工。"
    articles = _block_page(["老旧小区换新颜"], ["本报记者 周明华"], typeset(_HOUSING, _WIDTH),
                           ["城东新区今年新建公园三座"], ["市民家门口添绿地"], ["春节前陆续开放"], typeset(after, _WIDTH))
    assert [a.headline.title for a in articles][::2] == ["老旧小区换新颜", "轮渡新增两条航线"]
    assert len(articles) == 3 and "".join(articles[0].paragraphs) == _HOUSING
