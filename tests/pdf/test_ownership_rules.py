"""Ownership rules on column blocks (no PDF): each block placed as a
typesetter would place it, 10 pt type, columns 150 pt wide, 20 pt gutters."""

from __future__ import annotations

from banmian.layout.columns import ColumnBlock
from banmian.layout.column_flow import foot_on_left
from banmian.model import Role, TextLine

SIZE = 10.0


def column(x0: float, top: float, texts: list[str], indent_first: bool = False) -> ColumnBlock:
    lines = []
    for k, text in enumerate(texts):
        x = x0 + (2 * SIZE if indent_first and k == 0 else 0.0)
        y = top + k * 1.6 * SIZE
        lines.append(TextLine(text, (x, y, x0 + 150.0, y + SIZE), SIZE))
    return ColumnBlock(lines, role=Role.BODY)


def _line(text: str, x0: float, y: float) -> TextLine:
    """One line of ``text`` at the body size, as wide as its characters."""
    return TextLine(text, (x0, y, x0 + SIZE * len(text), y + SIZE), SIZE)


def _one_block(lines: list[TextLine]) -> bool:
    """Do the lines make one column block, in their order?"""
    from banmian.layout.columns import build_blocks

    return [[ln.text for ln in b.lines] for b in build_blocks(lines, SIZE, [])] == [[ln.text for ln in lines]]


def foot(b: ColumnBlock, flow: list[ColumnBlock]) -> ColumnBlock | None:
    return foot_on_left(b, flow, [], {id(o): None for o in flow}, None, SIZE)


def test_a_column_top_goes_on_from_the_foot_of_the_column_on_its_left() -> None:
    upper = column(40, 100, ["第一条消息说完了。", "（林晓东）"])
    lower = column(40, 160, ["第二条消息从这里开始，", "一直排到这一栏的底部，没有"])
    top = column(210, 100, ["说完，下一栏接着排。"] + ["这一栏还有好几行文字，"] * 5 + ["然后结束。"])
    assert foot(top, [upper, lower, top]) is lower


def test_no_run_on_after_a_full_stop_or_an_indent() -> None:
    rest = ["这一栏还有好几行文字，"] * 5 + ["然后结束。"]
    lower = column(40, 160, ["第二条消息从这里开始，", "到这一栏底部说完了。"])
    top = column(210, 100, ["新的一段从这里开始，"] + rest)
    assert foot(top, [lower, top]) is None
    running = column(40, 160, ["第二条消息从这里开始，", "一直排到这一栏的底部，没有"])
    indented = column(210, 100, ["新的一段从这里开始，"] + rest, indent_first=True)
    assert foot(indented, [running, indented]) is None
    assert foot(column(210, 100, ["新的一段从这里开始，"] + rest), [running]) is running


def test_no_run_on_from_a_column_ending_with_its_authors_note() -> None:
    """A column whose last paragraph is an author note in brackets (（作者为…）,
    wrapped or not) ends its article: a block opening flush on its right (a
    subheading set in the body size) goes on from nothing there."""
    rest = ["这一栏还有好几行文字，"] * 5 + ["然后结束。"]
    top = column(210, 100, ["着力推进乡村振兴"] + rest)
    for note in (["（作者为江城大学经济学院教授）"], ["（作者单位：江城大学经济", "学院）"]):
        left = column(40, 60, ["城乡融合发展离不开人才支撑，"] * 6 + ["要让人才留得住、用得好。"] + note)
        assert foot(top, [left, top]) is None, note
    unfinished = column(40, 60, ["城乡融合发展离不开人才支撑，"] * 6 + ["要让人才（包括返乡青年）"])
    assert foot(top, [unfinished, top]) is unfinished  # a bracket in mid-sentence closes nothing


def test_a_heading_over_a_kicker_over_a_headline_is_no_subheading() -> None:
    """A column logo under the foot of one column and over a two-line kicker
    that stands right over a headline: not a subheading of the text above."""
    from banmian.layout.segment import HeadingGroup
    from banmian.layout.subheading_roles import classify_subheadings

    above = column(40, 100, ["上一篇文章的最后几行文字，"] * 3 + ["到这里结束了。"])
    logo = HeadingGroup([TextLine("民生视点", (45, 170, 97, 183), 13.0)])
    kicker = column(40, 195, ["青禾县多措并举保障农村饮水", "安全专项行动启动"])
    title = HeadingGroup([TextLine("让城市更有温度", (40, 225, 180, 245), 20.0)])
    groups = [logo, title]
    classify_subheadings(groups, [above, kicker], [], SIZE)
    assert logo.role == Role.TITLE  # left a heading: the label test decides later
    # the same heading with the column running on under it is a subheading
    logo = HeadingGroup([TextLine("民生视点", (45, 170, 97, 183), 13.0)])
    running = column(40, 195, ["这一栏的文字接着往下排，"] * 4 + ["然后结束。"])
    classify_subheadings([logo, title], [above, running], [], SIZE)
    assert logo.role == Role.SUBHEADING


def test_a_column_beyond_a_photo_is_not_beside() -> None:
    """Level tops are no tie when a photo (or another column) stands between:
    the text on the far side of it belongs elsewhere."""
    from banmian.layout.config import DEFAULT
    from banmian.layout.side_owners import level_beside

    far = column(40, 100, ["左边一栏的文字，"] * 6)
    photo = ColumnBlock([TextLine("", (210.0, 95.0, 360.0, 300.0), SIZE)], role=Role.OTHER)
    near = column(380, 100, ["右边一栏的文字，"] * 6)
    flow = [far, photo, near]
    frames = {id(o): None for o in flow}
    assert level_beside(near, flow, [], [], [], frames, [], None, SIZE, DEFAULT) is None
    assert level_beside(near, [far, near], [], [], [], frames, [], None, SIZE, DEFAULT) == ("block", far)


def test_a_column_opening_with_a_dateline_runs_on_from_nothing() -> None:
    """本报讯 / 新华社X地X月X日电 opens an article: the column level with it on
    its left (or the foot of that column) does not run on into it."""
    from banmian.layout.config import DEFAULT
    from banmian.layout.side_owners import level_beside

    left = column(40, 100, ["左边一栏的文字，"] * 5 + ["一直排到这一栏的底部，没有"])
    opening = column(210, 100, ["新华社杭州2月27日电 这是"] + ["另一篇文章的开头，"] * 6)
    frames = {id(o): None for o in (left, opening)}
    assert level_beside(opening, [left, opening], [], [], [], frames, [], None, SIZE, DEFAULT) is None
    assert foot(opening, [left, opening]) is None
    plain = column(210, 100, ["说完，下一栏接着排。"] + ["这一栏还有好几行文字，"] * 6)
    assert foot(plain, [left, plain]) is left


def test_a_column_runs_on_across_a_wide_gutter() -> None:
    """Brief columns are often set with gutters of four or five characters:
    the top of the next column still goes on from a foot that ends mid-sentence."""
    left = column(40, 100, ["一条简讯从这里开始，"] * 5 + ["一直排到这一栏的底部，没有"])
    right = column(40 + 150 + 5 * SIZE, 100, ["说完，下一栏接着排。"] + ["这一栏还有好几行文字，"] * 4 + ["然后结束。"])
    assert foot(right, [left, right]) is left


def test_the_foot_is_that_of_the_column_beside_not_of_an_article_below() -> None:
    """Under this column, a line or two lower, the next article's columns
    begin (a shade to the right): the text runs on from the column beside
    the block's top, not from the foot of a column of the article below."""
    beside = column(40, 100, ["这一栏排到底部，"] * 5 + ["还没有说完，接着"])
    top = column(210, 100, ["排到下一栏。"] + ["这一栏还有好几行文字，"] * 4 + ["然后结束。"])
    below_left = column(47, 210, ["下面一篇文章的第一栏，"] * 3 + ["同样没有说完的一"])  # 7 pt to the right
    below_right = column(213, 200, ["下面一篇文章的第二栏，"] * 3 + ["这里结束。"])  # 3 pt: stacks under it
    assert foot(top, [beside, top, below_left, below_right]) is beside


def test_a_brief_column_runs_on_across_a_gutter_of_seven_characters() -> None:
    left = column(40, 100, ["一条简讯从这里开始，"] * 5 + ["一直排到这一栏的底部，没有"])
    right = column(40 + 150 + 7 * SIZE, 100, ["说完，下一栏接着排。"] + ["这一栏还有好几行文字，"] * 4 + ["然后结束。"])
    assert foot(right, [left, right]) is left
    photo = ColumnBlock([TextLine("", (195.0, 95.0, 255.0, 200.0), SIZE)], role=Role.OTHER)
    assert foot(right, [left, photo, right]) is None  # a photo between: not the column beside


def test_a_short_kicker_that_is_no_name_hugs_its_title() -> None:
    """南派舞狮 at the body size right over a title is its kicker: four
    characters with no surname in front are no author's name."""
    from banmian.layout.segment import HeadingGroup
    from banmian.layout.tier_attach import attach_tiers

    title = HeadingGroup([TextLine("色彩明快 神态生动", (40, 115, 200, 131), 13.0)])
    kicker = ColumnBlock([TextLine("南派舞狮", (40, 100, 80, 110), 10.5)], role=Role.BODY)
    text = column(40, 150, ["在江南的青禾、清溪一带，", "春节、元宵节往往一闹就是大半月。"])
    rest = attach_tiers([title], [kicker, text], SIZE, "")
    assert [ln.text for ln in title.lines] == ["色彩明快 神态生动", "南派舞狮"] and rest == [text]
    author = ColumnBlock([TextLine("周立新", (40, 100, 70, 110), 10.5)], role=Role.BODY)
    title = HeadingGroup([TextLine("色彩明快 神态生动", (40, 115, 200, 131), 13.0)])
    assert attach_tiers([title], [author, text], SIZE, "") == [author, text]  # a name: no kicker


def test_a_brief_columns_label_takes_no_tiers() -> None:
    """Under 简讯, the first item's title (in another face) is that item's,
    not a subtitle of the label."""
    from banmian.layout.segment import HeadingGroup
    from banmian.layout.tier_attach import attach_tiers

    label = HeadingGroup([TextLine("简讯", (48, 88, 80, 108), 16.0)])
    item = ColumnBlock([TextLine("洛杉矶过大年", (38, 116, 104, 129), 11.0, font="hei")], role=Role.BODY)
    text = column(38, 133, ["2月17日，社区广场上热闹的", "中国传统新春氛围吸引了许多居民。"])
    assert attach_tiers([label], [item, text], SIZE, "song") == [item, text]
    assert [ln.text for ln in label.lines] == ["简讯"]


def test_a_vertical_line_in_the_body_size_claims_no_column() -> None:
    """A vertical name (a byline read apart from its headline, as OCR may)
    left with no text is no headline: it claims none of the columns beside
    it; a vertical headline in a headline's size does."""
    from banmian.layout.orphans import orphan_claims
    from banmian.layout.segment import HeadingGroup

    text = column(40, 100, ["一栏正文从这里开始，"] * 6)
    name = HeadingGroup([TextLine("祝灵君", (200, 100, 211, 140), 11.0, vertical=True)])
    assert orphan_claims([text], [name], [], SIZE) == {}
    title = HeadingGroup([TextLine("协同推进改革", (200, 100, 224, 250), 24.0, vertical=True)])
    assert orphan_claims([text], [title], [], SIZE) == {id(text): 0}


def test_a_one_line_block_over_a_column_starting_lower_runs_on_from_its_foot() -> None:
    """A column opening with the last line of a sentence (况。) set as a block
    of its own, the column on its left starting a line or two lower and
    ending mid-sentence: the line runs on from that foot."""
    upper = column(40, 118, ["本报讯 另一篇文章的开头，"] * 3)
    lower = column(40, 175, ["一直排到这一栏的底部，"] * 8 + ["介绍了这里的情"])
    tail = column(210, 100, ["况。"])
    rest = column(210, 116, ["新的一段从这里开始，"] * 6, indent_first=True)
    assert foot(tail, [upper, lower, tail, rest]) is lower


def test_a_vertical_headline_is_not_beside_across_a_headline_of_its_row() -> None:
    """A vertical headline at the right of a row and a column well to its left:
    with another headline of the same row standing between them (over its own
    column), the vertical headline is not beside the column."""
    from banmian.layout.config import DEFAULT
    from banmian.layout.side_owners import level_beside
    from banmian.layout.segment import HeadingGroup

    vertical = HeadingGroup([TextLine(ch, (560.0, 100.0 + 27 * k, 584.0, 124.0 + 27 * k), 24.0, vertical=True)
                             for k, ch in enumerate("万家团圆喜乐")])
    between = HeadingGroup([TextLine("城际铁路铺轨", (380.0, 96.0, 520.0, 114.0), 18.0)])
    col = column(40, 130, ["左边一栏的文字，"] * 6)
    own = column(380, 124, ["中间一栏的文字，"] * 6)
    frames = {id(o): None for o in (col, own)}
    heads = [vertical, between]
    assert level_beside(col, [col, own], heads, [0, 1], [], frames, [None, None], None, SIZE, DEFAULT) is None
    assert level_beside(col, [col], [vertical], [0], [], frames, [None], None, SIZE, DEFAULT) == ("heading", 0)


def test_a_photo_runs_on_from_no_text() -> None:
    """A photo at the top of a column, beside a column whose foot ends
    mid-sentence: the text does not run on into the photo."""
    left = column(40, 100, ["左边一栏的文字，"] * 5 + ["一直排到这一栏的底部，没有"])
    photo = ColumnBlock([TextLine("", (210.0, 95.0, 360.0, 300.0), SIZE)], role=Role.OTHER)
    assert foot(photo, [left, photo]) is None
    text = column(210, 100, ["说完，下一栏接着排。"] + ["这一栏还有好几行文字，"] * 6)
    assert foot(text, [left, text]) is left


def test_a_headline_over_columns_of_its_own_is_no_side_headline_of_a_photo() -> None:
    """A photo whose top is level with a headline on its left: that headline
    has its own text right under it, so it is no side headline of the photo;
    a vertical headline on the photo's right is."""
    from banmian.layout.config import DEFAULT
    from banmian.layout.side_owners import level_beside
    from banmian.layout.segment import HeadingGroup

    left = HeadingGroup([TextLine("能致富的事大胆试", (40.0, 100.0, 200.0, 120.0), 20.0)])
    vertical = HeadingGroup([TextLine(ch, (600.0, 100.0 + 27 * k, 624.0, 124.0 + 27 * k), 24.0, vertical=True)
                             for k, ch in enumerate("物价仍将保持平稳")])
    under = column(40, 130, ["标题下面的正文，"] * 6)
    photo = ColumnBlock([TextLine("", (230.0, 98.0, 560.0, 300.0), SIZE)], role=Role.OTHER)
    flow = [under, photo]
    frames = {id(o): None for o in flow}
    heads = [left, vertical]
    assert level_beside(photo, flow, heads, [0, 1], [], frames, [None, None], None, SIZE, DEFAULT) == ("heading", 1)
    alone = [photo]  # with nothing under it, the headline on the left is the nearer heading beside
    assert level_beside(photo, alone, heads, [0, 1], [], {id(photo): None}, [None, None], None, SIZE, DEFAULT) \
        == ("heading", 0)


def test_a_column_touching_a_headlines_edge_does_not_make_it_a_subheading() -> None:
    """A headline over its own text, under white space, with another article's
    column (of another width) ending just above it and overlapping its left
    edge by a few points: no column runs on through it, so it stays a
    headline; the same heading with that column right over it is a subheading."""
    from banmian.layout.segment import HeadingGroup
    from banmian.layout.subheading_roles import classify_subheadings

    other = column(40, 100, ["另一篇文章的文字，"] * 5 + ["到这里结束。"])  # x 40..190, foot ~190
    title = HeadingGroup([TextLine("荧屏呼唤", (184.0, 205.0, 244.0, 220.0), 15.0),
                          TextLine("“雁”归来", (184.0, 222.0, 259.0, 237.0), 15.0)])
    own = column(184, 250, ["本报讯 这篇文章从这里开始，"] * 6)
    classify_subheadings([title], [other, own], [], SIZE)
    assert title.role == Role.TITLE
    over = column(180, 100, ["上面一栏的文字，"] * 5 + ["到这里结束。"])
    title.role = Role.TITLE
    classify_subheadings([title], [over, own], [], SIZE)
    assert title.role == Role.SUBHEADING


def test_a_column_under_its_headlines_photo_and_long_caption_does_not_run_on_from_the_left() -> None:
    """Far under a headline, a column may run on from the foot on its left;
    not when the headline's photo (and a caption of several lines) fills
    that space: the column is the photo's headline's."""
    from banmian.layout.ownership import assign_owners
    from banmian.layout.segment import HeadingGroup

    left_head = HeadingGroup([TextLine("左边的标题", (40.0, 100.0, 190.0, 120.0), 20.0)])
    head = HeadingGroup([TextLine("右边的标题", (210.0, 100.0, 360.0, 120.0), 20.0)])
    left = column(40, 130, ["左边一栏的文字，"] * 25 + ["一直排到这一栏的底部，没有"])
    photo = ColumnBlock([TextLine("", (210.0, 130.0, 360.0, 260.0), SIZE)], role=Role.OTHER)
    under = column(210, 330, ["（上接第11版）"] + ["图片下面的正文，"] * 8)
    blocks = [left, photo, under]
    assign_owners(blocks, [left_head, head], [], [], SIZE)
    assert (left.owner, photo.owner, under.owner) == (0, 1, 1)


def test_the_second_phrase_of_a_subtitle_line_joins_its_headline() -> None:
    """A subtitle of two phrases set on one line a few spaces apart (——参赛目的
    是磨合  总战绩为六胜四负) comes as two pieces: the second goes on the
    first's line in its size and face, so it joins the headline too."""
    from banmian.layout.segment import HeadingGroup
    from banmian.layout.tier_attach import attach_tiers

    title = TextLine("中国男篮完成比赛", (60.0, 100.0, 220.0, 120.0), 20.0, font="Hei")
    first = TextLine("——参赛目的是磨合", (40.0, 126.0, 130.0, 136.0), SIZE, font="Hei")
    head = HeadingGroup([title, first])
    second = ColumnBlock([TextLine("总战绩为六胜四负", (140.0, 126.0, 220.0, 136.0), SIZE, font="Hei")],
                         role=Role.BODY)
    body = column(40, 150, ["本场比赛，江城队开局状态不佳，"] * 6)
    rest = attach_tiers([head], [second, body], SIZE, "Song")
    assert rest == [body]
    assert [ln.text for ln in head.lines][-1] == "总战绩为六胜四负"


def test_a_short_first_block_runs_on_from_a_column_starting_lower_on_its_left() -> None:
    """A column's first block is short (a subheading follows it) and the
    column on its left starts several lines lower (under a byline) and ends
    mid-sentence: the short block still runs on from that foot."""
    upper = column(40, 173, ["三月十二日，节后第一天上班，"] * 6)
    lower = column(40, 290, ["蛇岛上的巡护员每天查看设备，"] * 4 + ["每天傍"])
    top = column(210, 100, ["晚还要向管理局汇报情况。"] + ["这一栏还有几行文字，"] * 2)
    sub = column(210, 160, ["持续优化营商环境"])
    rest = column(210, 180, ["小标题下面的文字接着排，"] * 8)
    assert foot(top, [upper, lower, top, sub, rest]) is lower


def test_the_foot_on_the_left_is_not_sought_past_white_space_or_a_photo() -> None:
    """Walking down the column on the left to its foot stops at white space
    (another article's headline and byline stand far below); the block's own
    column stops at a photo under it."""
    upper = column(40, 100, ["一条简讯从这里开始，"] * 14 + ["邻国政府宣布“禁塑令"])
    byline = column(40, 470, ["本报记者 钱霞博  付超振"])
    top = column(210, 100, ["战争”正式结束。"] + ["这一栏还有几行文字，"] * 5)
    photo = ColumnBlock([TextLine("", (210.0, 200.0, 360.0, 300.0), SIZE)], role=Role.OTHER)
    under = column(210, 310, ["图片下面另一篇文章的文字，"] * 14)
    assert foot(top, [upper, byline, top, photo, under]) is upper


def test_a_column_across_white_space_from_a_byline_beside_a_level_headline() -> None:
    """A side headline and its byline in the first column, its text in the
    next; far down the first column, after white space, a column starts
    level with a headline set over the next column (no rule over either):
    that column is the level headline's first column, not the byline's."""
    from banmian.layout.ownership import assign_owners
    from banmian.layout.segment import HeadingGroup

    side = HeadingGroup([TextLine("刊登省委主要领导署名文章", (40, 80, 190, 100), 16.0)])
    byline = column(40, 110, ["■ 记者　张三　李四"])
    side_text = column(210, 80, ["侧标题文章的文字，"] * 14 + ["到这里结束。"])
    head = HeadingGroup([TextLine("社区春晚精彩上演", (210, 400, 360, 418), 16.0)])
    first = column(40, 401, ["本报北京2月5日电　春晚的文字，"] + ["接着往下排，"] * 12)
    second = column(210, 430, ["接着上一栏的文字，"] * 12 + ["到这里结束。"])
    blocks = [byline, side_text, first, second]
    assign_owners(blocks, [side, head], [], [], SIZE)
    assert [b.owner for b in blocks] == [0, 0, 1, 1]


def test_a_column_far_under_a_headline_goes_on_from_the_row_level_on_its_left() -> None:
    """A wide headline at the top whose text stands on its right; far under
    it, after white space, a row: a side headline with its text in the two
    columns under the wide headline, the second opening a paragraph. The
    second column is the row's (its text level on its left), not the wide
    headline's far above."""
    from banmian.layout.ownership import assign_owners
    from banmian.layout.segment import HeadingGroup

    wide = HeadingGroup([TextLine("江城滨河读书会迎来五周年", (300, 80, 560, 100), 18.0)])
    wide_text = column(580, 80, ["读书会的文字，"] * 10 + ["到这里结束。"])
    side = HeadingGroup([TextLine("新书不拆封能退吗", (40, 400, 190, 440), 16.0)])
    first = column(210, 400, ["本报讯　塑封的文字，"] + ["接着往下排，"] * 11 + ["这一段说完。"])
    second = column(380, 400, ["新的一段从这里开始，"] + ["接着往下排，"] * 11 + ["到这里结束。"], indent_first=True)
    blocks = [wide_text, first, second]
    assign_owners(blocks, [wide, side], [], [], SIZE)
    assert [b.owner for b in blocks] == [0, 1, 1]


def test_a_one_character_last_line_under_an_indented_first_line_stays_in_its_column() -> None:
    """A paragraph of two lines: the first indented two characters and full,
    the second one character at the column's left. The short line does not
    overlap the indented one in x, yet it is the same column's next line."""
    lines = [_line("支持新建的乡村学校引进", 60, 100), _line("师", 40, 116),
             _line("县里今年又拨付专项资", 60, 132), _line("金，用于改善学校的办学条件。", 40, 148)]
    assert _one_block(lines)


def test_a_columns_short_first_line_ending_a_sentence_stays_over_the_indented_paragraph() -> None:
    """A column opening with the two-character tail of a paragraph carried
    over from the column before (运。), then a paragraph indented two
    characters: the tail does not overlap the indented line in x, yet both
    are the column's lines (one block, so the column's text runs on)."""
    lines = [_line("运。", 40, 100), _line("新航线开通以后，港口的", 60, 116),
             _line("集装箱吞吐量明显增加，", 40, 132), _line("企业物流成本随之下降。", 40, 148)]
    assert _one_block(lines)


def test_a_vertical_headlines_claim_stops_at_a_column_of_another_headline() -> None:
    """A vertical headline at the right left with no text claims the column
    beside it, which opens mid-sentence; the column left of that one stands
    under a headline of its own, so the text runs on no further: the column
    beyond it (ending mid-sentence too) is not claimed across it."""
    from banmian.layout.orphans import orphan_claims
    from banmian.layout.segment import HeadingGroup

    vertical = HeadingGroup([TextLine("竖排的标题在这里", (560, 100, 584, 400), 22.0, vertical=True)])
    other = HeadingGroup([TextLine("另一篇文章", (210, 70, 330, 90), 18.0)])
    far = column(40, 100, ["远处一栏的文字，"] * 10 + ["排到这里没有"])
    owned = column(210, 100, ["另一篇的文字，"] * 10 + ["到这里结束。"])
    owned.owner = 1
    beside = column(380, 100, ["接着上一栏说完。"] + ["这一栏还有好几行文字，"] * 8 + ["然后结束。"])
    claims = orphan_claims([far, owned, beside], [vertical, other], [], SIZE)
    assert claims == {id(beside): 0}


def test_text_runs_on_across_a_wide_gutter() -> None:
    """A wide white gutter (nine characters) between two columns of briefs:
    the left column's foot ends mid-sentence and the right column opens
    without an indent, so the text still runs on across it."""
    lower = column(40, 160, ["第二条消息从这里开始，", "一直排到这一栏的底部，没有"])
    top = column(280, 100, ["说完，下一栏接着排。"] + ["这一栏还有好几行文字，"] * 5 + ["然后结束。"])
    assert foot(top, [lower, top]) is lower


def test_a_column_of_briefs_is_known_by_authors_broken_over_two_lines() -> None:
    """A brief's closing authors broken over two lines (（赵一 / 鸣 钱芳）)
    mid-column mark a column of briefs, and a brief's title right over such
    a column belongs to it (no vertical headline beside takes either)."""
    from banmian.layout.brief_columns import closes_items, over_items

    items = column(40, 120, ["日前，北山镇在镇文化广场举", "办年货展销会，八十余家商户带来",
                             "各类年货两千多种。（赵一", "鸣 钱芳）", "近日，东湖村新修的文化广场正式"])
    assert closes_items(items)
    plain = column(40, 120, ["日前，北山镇在镇文化广场举", "办年货展销会，八十余家商户带来", "各类年货两千多种。"])
    assert not closes_items(plain)
    title = column(40, 100, ["北山镇举办年货展销会"])
    assert over_items(title, [title, items], SIZE)
    assert not over_items(title, [title, plain], SIZE)


def test_a_kicker_ending_in_a_colon_is_a_tier_and_a_quoted_sentence_is_not() -> None:
    """Right over a title, 青禾县税务局： (a speaker ending in a colon) in
    another face is its kicker; right under it, （上接第4版） and a quoted
    sentence (“大概一成五。”) are no subtitle."""
    from banmian.layout.segment import HeadingGroup
    from banmian.layout.tier_attach import attach_tiers

    title = HeadingGroup([TextLine("个税零申报不影响纳税信用", (40, 115, 200, 131), 13.0)])
    kicker = ColumnBlock([TextLine("青禾县税务局：", (40, 100, 110, 110), 10.0, font="kai")], role=Role.BODY)
    note = ColumnBlock([TextLine("（上接第4版）", (40, 135, 100, 145), 10.0, font="kai")], role=Role.BODY)
    quote = ColumnBlock([TextLine("“大概一成五。”", (60, 135, 130, 145), 10.0, font="kai")], role=Role.BODY)
    text = column(40, 160, ["在江南的青禾、清溪一带，", "春节、元宵节往往一闹就是大半月。"])
    assert attach_tiers([title], [kicker, note, text], SIZE, "song") == [note, text]
    assert [ln.text for ln in title.lines] == ["个税零申报不影响纳税信用", "青禾县税务局："]
    title = HeadingGroup([TextLine("个税零申报不影响纳税信用", (40, 115, 200, 131), 13.0)])
    assert attach_tiers([title], [quote, text], SIZE, "song") == [quote, text]


def test_a_parts_reporter_under_its_dashed_subtitle_is_no_headline() -> None:
    """A long article in parts, each with its dashed subtitle and its
    reporter set a little larger than the text: the reporter's line (and the
    dash over it) is part of the article, never a new headline. A column
    label that opens with the word 记者 (记者观察) is no reporter."""
    from banmian.layout.segment import HeadingGroup
    from banmian.layout.subheading_roles import classify_subheadings

    def group(*texts: str) -> HeadingGroup:
        return HeadingGroup([TextLine(t, (45, 170 + 16 * k, 45 + 12 * len(t), 183 + 16 * k), 12.0)
                             for k, t in enumerate(texts)])

    above = column(40, 40, ["上一段的文字排到这里为止，"] * 3 + ["这一部分结束了。"])
    part = group("——九五后店员的别样心情", "本报记者黄晓丽")
    label = group("记者观察")
    classify_subheadings([part, label], [above], [], SIZE)
    assert part.role == Role.SUBHEADING
    assert label.role == Role.TITLE  # left for the label test


def test_the_rest_of_an_article_under_a_rule_across_the_page_with_no_headline_beside_is_headless() -> None:
    """A headline across the page over its two columns; a rule across the
    page under them; under the rule, a column opening with （上接第2版）, no
    headline beside it nor on its right. The rest of an article from another
    page has no headline here: an article of its own, not the middle of the
    one over the rule."""
    from banmian.layout.ownership import assign_owners
    from banmian.layout.segment import HeadingGroup

    head = HeadingGroup([TextLine("农村供水保障工程惠及全县", (40, 60, 360, 80), 20.0)])
    left = column(40, 90, ["供水工程的文字，"] * 10 + ["到这里结束。"])
    right = column(210, 90, ["供水工程的文字，"] * 10 + ["到这里结束。"])
    rule = (40.0, 280.0, 360.0, 281.0)
    rest = column(210, 300, ["（上接第2版）", "学校工程的文字，"] + ["接着往下排，"] * 8)
    blocks = [left, right, rest]
    assign_owners(blocks, [head], [rule], [], SIZE)
    assert [b.owner for b in blocks] == [0, 0, None]
