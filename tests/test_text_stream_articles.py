"""Text mode on real extractors' output: where one article ends and the next
begins in content-stream order (names alone under a headline, a closing
dateline, a headline group with no body before it)."""

from __future__ import annotations

import banmian
from banmian.layout.text_bylines import names_alone
from tests.test_line_stream import FERRY, PARKS, STREET, stream
from tests.test_line_stream import pymupdf_blocks as _blocks
from tests.test_line_stream import typeset_body as _body


def test_names_alone_are_told_from_headline_text():
    assert names_alone(["程", "宇", "龙岩蕾"]) == ["程宇", "龙岩蕾"]  # a padded name a character a line
    assert names_alone(["汪 涛"]) == ["汪涛"]
    assert names_alone(["江城新建三座公园"]) is None
    assert names_alone(["公园开放"]) is None  # no surname opens it


def test_a_name_alone_in_its_own_block_under_a_headline_is_the_byline():
    # tight leading: the extractor's blocks are real; the author's name has a block of its own
    text = _blocks(["老街改造惠及千户居民"], ["周明华"], _body(STREET), ["江城新建三座公园"], ["林 涛"], _body(PARKS))
    page = banmian.parse_text(text, enrich=False).pages[0]
    assert [a.headline.title for a in page.articles] == ["老街改造惠及千户居民", "江城新建三座公园"]
    assert [a.headline.subtitle for a in page.articles] == [None, None]
    assert [[b.name for b in a.bylines] for a in page.articles] == [["周明华"], ["林涛"]]


def test_a_closing_dateline_ends_its_article_in_a_stream():
    # the first article closes with its dateline; the next one's headline is drawn after its body
    first = [STREET[0], STREET[1]]
    lines = ["老街改造惠及千户居民", *_body(first), "（本报江城3月4日电）", *_body(PARKS), "江城新建三座公园"]
    page = banmian.parse_text(stream(*lines), enrich=False).pages[0]
    assert [a.headline.title for a in page.articles] == ["老街改造惠及千户居民", "江城新建三座公园"]
    assert page.articles[0].paragraphs == STREET and page.articles[0].dateline == "本报江城3月4日电"
    assert page.articles[1].paragraphs == PARKS


def test_a_headline_group_with_no_body_before_it_opens_the_body_after_it():
    # the page opens with a headline and its author; two column labels run together on one
    # line stand between them and the body: the headline has no body before it to close
    lines = ["江城新建三座公园", "林 涛", "城建专栏民生关注", *_body(PARKS + FERRY)]
    page = banmian.parse_text(stream(*lines), enrich=False).pages[0]
    titled = [a for a in page.articles if a.headline.title == "江城新建三座公园"]
    assert len(titled) == 1 and [b.name for b in titled[0].bylines] == ["林涛"]
    assert titled[0].paragraphs == PARKS + FERRY


def test_a_tier_ending_in_a_dash_is_the_kicker_even_in_the_titles_block():
    # tight leading: the extractor gives the kicker and the title as one block of two lines
    text = _blocks(["市园林局透露——", "江城今年新建三座公园"], ["本报记者 林涛"], _body(PARKS),
                   ["轮渡新增两条航线"], ["本报记者 周明"], _body(FERRY))
    head = banmian.parse_text(text, enrich=False).pages[0].articles[0].headline
    assert (head.kicker, head.title, head.subtitle) == ("市园林局透露——", "江城今年新建三座公园", None)


def test_two_headlines_meeting_between_bodies_in_real_blocks_are_cut_by_their_wording():
    # tight leading (real blocks): the first article's headline is drawn after its body,
    # the second one's before its own; the two headline blocks meet between the bodies
    closed = [PARKS[0], PARKS[1] + "（林涛）"]
    text = _blocks(_body(closed), ["江城新建三座公园"], ["城东绿地面积增加四十公顷"],
                   ["轮渡新增两条航线"], ["江心岛往返更方便"], _body(FERRY))
    page = banmian.parse_text(text, enrich=False).pages[0]
    heads = [(a.headline.title, a.headline.subtitle or a.headline.kicker) for a in page.articles]
    assert len(heads) == 2
    assert "江城新建三座公园" in heads[0] and "轮渡新增两条航线" in heads[1]
    assert page.articles[1].paragraphs == FERRY


def test_a_headline_drawn_after_its_body_keeps_its_author_and_its_body():
    # real blocks (tight leading), 理论 style: a banner opens the page, then every article
    # is drawn body first, then its headline and its author's name alone
    text = _blocks(["深入学习贯彻城市发展新理念"], _body(STREET), ["老街改造惠及千户居民"], ["周明华"],
                   _body(FERRY), ["轮渡新增两条航线"], ["林 涛"])
    page = banmian.parse_text(text, enrich=False).pages[0]
    by_title = {a.headline.title: a for a in page.articles}
    street, ferry = by_title["老街改造惠及千户居民"], by_title["轮渡新增两条航线"]
    assert street.paragraphs == STREET and [b.name for b in street.bylines] == ["周明华"]
    assert ferry.paragraphs == FERRY and [b.name for b in ferry.bylines] == ["林涛"]


def test_a_news_brief_title_over_its_first_line_is_a_headline_in_a_stream():
    # 简讯: each item's title stands over its text, as wide as an indented first line (W-2),
    # and the first line under it ends in a comma: the title is no first line of that paragraph
    items = [("江城新建公园迎接春天", ["记者近日从江城获悉，" + PARKS[0], *STREET, PARKS[1] + "（林涛 周明）"]),
             ("轮渡新增两条航线开通", ["记者昨天从轮渡公司获悉，" + FERRY[0], *PARKS, FERRY[1] + "（李华）"]),
             ("老街改造工程完工验收", ["本月以来，城南老街" + STREET[0], *FERRY, STREET[1] + "（王芳）"])]
    lines = ["简讯"]
    for title, paragraphs in items:
        lines += [title, *_body(paragraphs)]
    page = banmian.parse_text(stream(*lines), enrich=False).pages[0]
    assert [a.headline.title for a in page.articles] == [title for title, _ in items]
    assert page.articles[1].paragraphs == ["记者昨天从轮渡公司获悉，" + FERRY[0], *PARKS, FERRY[1]]


def test_a_reporters_photo_credit_is_no_byline():
    # 本报记者 王江摄 under a caption credits the photo: it names no author 王江摄
    lines = ["江城新建三座公园", *_body(PARKS), "图为城东新公园的健身步道，市民清晨在步道上锻炼。", "本报记者 王江摄",
             "轮渡新增两条航线", *_body(FERRY)]
    page = banmian.parse_text(stream(*lines), enrich=False).pages[0]
    parks = next(a for a in page.articles if a.headline.title == "江城新建三座公园")
    assert [(c.text, c.credit) for c in parks.captions] == [("图为城东新公园的健身步道，市民清晨在步道上锻炼。", "王江")]
    assert all(b.name != "王江摄" for a in page.articles for b in a.bylines)


def test_a_credit_wrapped_onto_the_next_line_is_put_back_on_the_caption():
    from banmian.layout.text_credits import rejoin_wrapped_credits

    assert rejoin_wrapped_credits(["图为市民在新公园的步道上晨练 王", "江摄（新华社发）"]) == \
        ["图为市民在新公园的步道上晨练 王江摄（新华社发）"]
    assert rejoin_wrapped_credits(["图为新桥合龙时的施工现场。 本报记", "者 王江摄"]) == \
        ["图为新桥合龙时的施工现场。 本报记者 王江摄"]
    assert rejoin_wrapped_credits(["新公园将在五一前开放。", "据介绍"]) == ["新公园将在五一前开放。", "据介绍"]
    # in a page: the caption and its credit end the first article's text
    text = _blocks(["江城新建三座公园"], _body(PARKS), ["图为城东新公园的健身步道，市民在步道上晨练 王", "江摄（新华社发）"],
                   ["轮渡新增两条航线"], _body(FERRY))
    parks = banmian.parse_text(text, enrich=False).pages[0].articles[0]
    assert [(c.text, c.credit) for c in parks.captions] == [("图为城东新公园的健身步道，市民在步道上晨练", "王江")]
    assert parks.paragraphs == PARKS


def test_a_closing_note_in_the_captions_block_stays_the_last_paragraph():
    # tight leading: the author note and the photo's caption come as one block
    text = _blocks(["江城新建三座公园"], _body(PARKS), ["（作者为江城大学教授）", "图为城东新公园的健身步道。 王江/摄"],
                   ["轮渡新增两条航线"], _body(FERRY))
    parks = banmian.parse_text(text, enrich=False).pages[0].articles[0]
    assert [(c.text, c.credit) for c in parks.captions] == [("图为城东新公园的健身步道。", "王江")]
    assert parks.paragraphs == [*PARKS, "（作者为江城大学教授）"]


def test_a_title_set_a_phrase_a_line_is_one_title_in_a_stream():
    # 新园开门迎客 / 市民乐享绿意: two phrases of one title, one a line, no kicker or subtitle
    lines = ["新园开门迎客", "市民乐享绿意", "本报记者 林涛", *_body(PARKS), "轮渡新增两条航线", "本报记者 周明", *_body(FERRY)]
    page = banmian.parse_text(stream(*lines), enrich=False).pages[0]
    head = page.articles[0].headline
    assert (head.kicker, head.title, head.subtitle) == (None, "新园开门迎客 市民乐享绿意", None)
    assert page.articles[0].paragraphs == PARKS


def test_a_name_under_a_long_title_in_a_stream_is_its_author_not_its_tail():
    # the headline is drawn after its body, its author's name under it; the next article's
    # headline follows: the name is far shorter than the title's line and opens with a surname
    lines = [*_body(PARKS), "江城召开城东新公园建设座谈会", "周明华", "轮渡新增两条航线开通", "——江心岛往返更方便",
             *_body(FERRY)]
    page = banmian.parse_text(stream(*lines), enrich=False).pages[0]
    first = page.articles[0]
    assert first.headline.title == "江城召开城东新公园建设座谈会"
    assert [b.name for b in first.bylines] == ["周明华"]


def test_a_caption_closed_by_a_name_and_a_separate_credit_mark():
    from banmian.layout.text_credits import caption_and_credit

    assert caption_and_credit("图为城东新公园的健身步道。 王江 摄") == ("图为城东新公园的健身步道。", "王江")
    assert caption_and_credit("江城今年新建三座公园 市民 摄") is None  # too little caption to tell


def test_a_credit_line_of_its_own_is_not_put_on_the_caption_line():
    from banmian.layout.text_credits import caption_and_credit, rejoin_wrapped_credits

    lines = ["江城新公园将于 5 月 1 日开放活动现场。", "通讯员 王江 摄"]
    assert rejoin_wrapped_credits(lines) == lines
    assert caption_and_credit("通讯员 王江 摄", "图为江城新建的公园一角。") is None  # the role is no caption text
    assert caption_and_credit("图为城东新公园的健身步道。 通讯员 王江 摄") == ("图为城东新公园的健身步道。", "王江")


def test_a_title_reporting_a_finished_event_keeps_the_tier_under_it_as_subtitle():
    from banmian.layout.tier_reading import title_then_subtitle

    assert title_then_subtitle("江城园林工作会议在城东召开", "市长李明出席并讲话")
    assert title_then_subtitle("江城新建三座公园", "绿地面积增加40公顷")  # figures under a title
    assert not title_then_subtitle("市园林局发布规划", "江城今年新建三座公园（城建观察）")  # the tag marks the title
    assert not title_then_subtitle("城东新区", "江城今年新建三座公园")  # a scene-setting kicker
    # in a line stream, where nothing else tells
    lines = ["江城园林工作会议在城东召开", "市长李明出席并讲话", *_body(PARKS), "轮渡新增两条航线", *_body(FERRY)]
    head = banmian.parse_text(stream(*lines), enrich=False).pages[0].articles[0].headline
    assert (head.kicker, head.title, head.subtitle) == (None, "江城园林工作会议在城东召开", "市长李明出席并讲话")


def test_under_a_speakers_kicker_the_tiers_are_the_titles_phrases():
    lines = ["市长在城市建设工作会议上强调", "加快推进公园建设步伐", "让全体市民共享绿色福利", *_body(PARKS),
             "轮渡新增两条航线", *_body(FERRY)]
    head = banmian.parse_text(stream(*lines), enrich=False).pages[0].articles[0].headline
    assert (head.kicker, head.title, head.subtitle) == (
        "市长在城市建设工作会议上强调", "加快推进公园建设步伐 让全体市民共享绿色福利", None)


def test_a_short_line_inside_running_text_is_no_brief_title():
    from banmian.layout.stream_joins import _headline_over_first_line
    from banmian.layout.stream_measure import Measure as _Measure

    # the same title and item, once after a finished item, once after a full line that
    # runs on (columns interleaved by an extractor): then nothing says a title stands there
    body, item = _body(PARKS + FERRY), _body(["记者近日从江城获悉，" + STREET[0], STREET[1]])
    after_item = [*body, "老街改造工程完工验收", *item]
    running = [*body[:-1], "江城轮渡公司今年新增两条航", "老街改造工程完工验收", *item]
    for lines, expected in ((after_item, True), (running, False)):
        k = lines.index(item[0])
        assert _headline_over_first_line(_Measure(lines), k - 1, k) is expected


def _units(*items: tuple[str, list[str]]) -> list:
    from banmian.layout.text_units import Unit
    from banmian.model import Block, Role

    return [Unit(Block(lines, Role.BODY if role == "body" else Role.TITLE)) for role, lines in items]


def test_a_headline_group_is_not_cut_between_the_two_phrases_of_one_tier():
    from banmian.layout.tier_cuts import split_groups_by_wording

    # the body before tells of parks, the one after of 管理: the wording would cut 疏堵结合 /
    # 强化管理 apart, but two short lines of one length are the phrases of one tier
    units = _units(("body", ["城东公园建设进展顺利，公园绿地面积增加。"]), ("title", ["城东公园建设进展顺利"]),
                   ("title", ["疏堵结合"]), ("title", ["强化管理"]),
                   ("body", ["强化管理是关键，各部门要加强管理。"]))
    directions: dict[int, bool] = {}
    split_groups_by_wording(units, directions)
    assert directions.get(3) is None


def test_a_headline_group_with_stray_characters_is_not_cut_by_wording():
    from banmian.layout.tier_cuts import split_groups_by_wording

    units = _units(("body", ["城东公园建设进展顺利，公园绿地面积增加。"]), ("title", ["城东公园建设进展顺利"]),
                   ("title", ["林"]), ("title", ["轮渡新增两条航线"]), ("body", ["轮渡公司新增两条航线，航线连通江心岛。"]))
    directions: dict[int, bool] = {}
    split_groups_by_wording(units, directions)
    assert directions == {}


def test_a_subheading_wrapped_over_two_lines_inside_the_body_is_one_paragraph():
    # 坚持规划先行，建好用好 / 城市公园: wrapped at the column's width, between two runs of body
    subhead = "坚持规划先行，建好用好城市公园"
    lines = ["江城新建三座公园", "本报记者 林涛", *_body(PARKS + STREET), "坚持规划先行，建好用", "好城市公园",
             *_body(FERRY + STREET), "轮渡新增两条航线", "本报记者 周明", *_body(FERRY)]
    page = banmian.parse_text(stream(*lines), enrich=False).pages[0]
    assert [a.headline.title for a in page.articles] == ["江城新建三座公园", "轮渡新增两条航线"]
    assert page.articles[0].paragraphs == [*PARKS, *STREET, subhead, *FERRY, *STREET]


def test_a_continued_on_note_ends_its_article_part_in_a_stream():
    # the first article's part on this page ends with its 下转 note; the next body's
    # headline is drawn after it, in words its body does not repeat: that body is the
    # next article's, not the first one's
    lines = ["老街改造惠及千户居民", *_body(STREET), "（下转第3版）", *_body(PARKS), "绿意满城迎新春"]
    page = banmian.parse_text(stream(*lines), enrich=False).pages[0]
    assert [a.headline.title for a in page.articles] == ["老街改造惠及千户居民", "绿意满城迎新春"]
    assert page.articles[0].paragraphs == STREET and page.articles[0].continues_to == 3
    assert page.articles[1].paragraphs == PARKS


def test_a_kicker_and_title_wrapped_in_one_block_are_a_headline_though_the_title_holds_a_comma():
    # tight leading: the kicker wraps onto a line that ends in its dash, the quoted title
    # (a comma inside) onto a short line: no column's lines, whatever marks they hold
    head = ["江城环卫夫妇二十年坚守老街保洁岗", "位——", "“老街就是家，处处要干净”（城建", "观察）"]
    text = _blocks(head, ["周明华"], _body(STREET), ["轮渡新增两条航线"], ["林 涛"], _body(FERRY))
    first = banmian.parse_text(text, enrich=False).pages[0].articles[0]
    assert first.headline.kicker == "江城环卫夫妇二十年坚守老街保洁岗位——"
    assert first.headline.title == "“老街就是家，处处要干净”（城建观察）"
    assert first.paragraphs == STREET and [b.name for b in first.bylines] == ["周明华"]


def test_a_column_label_under_a_headline_in_real_blocks_is_no_tier():
    # tight leading (real blocks): the column's label stands in a block of its own between
    # the headline and the body; its words are not the article's
    text = _blocks(["市园林局透露——", "江城今年新建三座公园"], ["城建观察"], _body(PARKS),
                   ["轮渡新增两条航线"], ["本报记者 周明"], _body(FERRY))
    head = banmian.parse_text(text, enrich=False).pages[0].articles[0].headline
    assert (head.kicker, head.title, head.subtitle) == ("市园林局透露——", "江城今年新建三座公园", None)


def _cut(text: str, widths: list[int]) -> list[str]:
    """``text`` cut into lines of the given numbers of characters."""
    lines, at = [], 0
    for width in widths:
        lines.append(text[at:at + width])
        at += width
    return lines


def test_a_subheading_between_runs_of_one_squeezed_column_stays_in_its_article():
    # a printed column squeezes its punctuation: its full lines hold 14 or 15 characters
    # about as often, so the commonest width above the subheading (15) and under it (14)
    # differ by one; the runs are one column, the short line between them a subheading
    above = _cut(PARKS[0].replace("，", "").replace("。", "") + PARKS[1], [15, 14, 15, 15, 14, 5])
    below = _cut(STREET[0].replace("，", "") + STREET[1], [14, 15, 14, 14, 14])
    text = _blocks(["江城新建三座公园"], ["本报记者 林涛"], above, ["绿意走进寻常巷陌"], below,
                   ["轮渡新增两条航线"], ["本报记者 周明"], _body(FERRY))
    page = banmian.parse_text(text, enrich=False).pages[0]
    assert [a.headline.title for a in page.articles] == ["江城新建三座公园", "轮渡新增两条航线"]
    assert "绿意走进寻常巷陌" in page.articles[0].paragraphs


def test_a_headline_drawn_twice_is_read_once():
    # fake bold: the PDF draws the title, then draws it again in two pieces over itself;
    # the extractor gives every piece, the copies opening and closing the whole line
    text = _blocks(["新公园", "新公园：江城绿地的新名片", "江城绿地的新名片"],
                   ["林 涛"], _body(PARKS), ["轮渡新增两条航线"], ["周 明"], _body(FERRY))
    head = banmian.parse_text(text, enrich=False).pages[0].articles[0].headline
    assert (head.kicker, head.title, head.subtitle) == (None, "新公园：江城绿地的新名片", None)
    twice = _blocks(["轮渡新增两条航线", "轮渡新增两条航线"], ["周 明"], _body(FERRY))
    head = banmian.parse_text(twice, enrich=False).pages[0].articles[0].headline
    assert (head.kicker, head.title, head.subtitle) == (None, "轮渡新增两条航线", None)


def test_a_banner_with_no_body_of_its_own_is_no_article():
    # real blocks, 理论 style: each headline and its author drawn after the body; the
    # page's banner comes last, with nothing under it
    text = _blocks(_body(STREET), ["老街改造惠及千户居民"], ["周明华"], _body(FERRY), ["轮渡新增两条航线"],
                   ["林 涛"], ["深入学习贯彻城市工作会议精神"])
    page = banmian.parse_text(text, enrich=False).pages[0]
    assert [a.headline.title for a in page.articles] == ["老街改造惠及千户居民", "轮渡新增两条航线"]


def test_an_author_name_in_one_block_with_the_next_body_is_the_headlines_byline():
    # real blocks, 理论 style, headlines and authors after their bodies: tight leading put
    # the first author's name and the next article's first lines into one block
    text = _blocks(_body(STREET), ["老街改造惠及千户居民"], ["周明华", *_body(FERRY)], ["轮渡新增两条航线"],
                   ["林 涛"])
    page = banmian.parse_text(text, enrich=False).pages[0]
    by_title = {a.headline.title: a for a in page.articles}
    assert set(by_title) == {"老街改造惠及千户居民", "轮渡新增两条航线"}
    street, ferry = by_title["老街改造惠及千户居民"], by_title["轮渡新增两条航线"]
    assert street.paragraphs == STREET and [b.name for b in street.bylines] == ["周明华"]
    assert ferry.paragraphs == FERRY and [b.name for b in ferry.bylines] == ["林涛"]


def test_a_column_line_holding_many_squeezed_marks_is_still_column_text():
    # printed columns set 、，；： at half width where a line holds many: that line holds
    # three characters more than the column's width, and the block is still body text
    lines = ["城南老街改造工程近日完工，一千多户居民告别了", "多年的积水困扰，老街改造还保留了传统街巷风",
             "貌，青砖、灰瓦、木窗、石板、门楼、井台、古树都在，", "改造后的街区新增停车位两百个，居民出行更加",
             "便利，老街坊们都说这样的改造办到了心坎上。"]
    text = _blocks(["老街改造惠及千户居民"], ["周明华"], lines, ["轮渡新增两条航线"], ["林 涛"], _body(FERRY))
    page = banmian.parse_text(text, enrich=False).pages[0]
    assert [a.headline.title for a in page.articles] == ["老街改造惠及千户居民", "轮渡新增两条航线"]
    assert page.articles[0].paragraphs == ["".join(lines)]


def test_two_tiers_in_one_block_over_an_author_alone_are_kicker_and_title():
    # real blocks, 理论 style: the kicker and the title in one block (tight leading), the
    # author's name alone under them, all drawn after the body
    text = _blocks(_body(STREET), ["留住城市的记忆", "老街改造惠及千户居民"], ["周明华"],
                   _body(FERRY), ["轮渡新增两条航线"], ["林 涛"])
    street = banmian.parse_text(text, enrich=False).pages[0].articles[0]
    head = street.headline
    assert (head.kicker, head.title, head.subtitle) == ("留住城市的记忆", "老街改造惠及千户居民", None)
    assert street.paragraphs == STREET and [b.name for b in street.bylines] == ["周明华"]
    # a first tier its column's tag closes is the title all the same
    tagged = _blocks(_body(STREET), ["老街改造惠及千户居民（城建观察）", "城南千户居民告别积水"], ["周明华"],
                     _body(FERRY), ["轮渡新增两条航线"], ["林 涛"])
    head = banmian.parse_text(tagged, enrich=False).pages[0].articles[0].headline
    assert (head.kicker, head.title) == (None, "老街改造惠及千户居民（城建观察）")


def test_on_a_page_that_signs_every_headline_an_unsigned_one_is_a_subheading_or_a_banner():
    # real blocks, 理论 style: four articles, each headline and its author alone drawn after
    # the body; a banner opens the page and a subheading with no name stands between two
    # bodies of the first article: neither heads an article
    text = _blocks(["认真学习宣传贯彻全会精神"], _body(STREET[:1]), ["留住一方乡愁"], _body(STREET[1:]),
                   ["老街改造惠及千户居民"], ["周明华"], _body(PARKS), ["江城新建三座公园"], ["林 涛"],
                   _body(FERRY), ["轮渡新增两条航线"], ["王 平"], _body(STREET), ["城南街巷换新颜"], ["赵 明"])
    page = banmian.parse_text(text, enrich=False).pages[0]
    assert [a.headline.title for a in page.articles] == ["老街改造惠及千户居民", "江城新建三座公园", "轮渡新增两条航线",
                                                         "城南街巷换新颜"]
    assert page.articles[0].paragraphs == [STREET[0], "留住一方乡愁", STREET[1]]
    assert page.articles[0].headline.kicker is None


def test_a_vertical_headline_closed_by_its_tag_is_no_line_with_the_vertical_name_after_it():
    # get_text(): no blank line anywhere; a vertical headline a character a line, closed by
    # its column's tag, then its author's name a character a line
    vertical = [*"江城新建三座公园（城建观察）", *"林涛"]
    page = banmian.parse_text(stream(*vertical, *_body(PARKS)).replace("\n\n", "\n"), enrich=False).pages[0]
    article = page.articles[0]
    assert article.headline.title == "江城新建三座公园（城建观察）"
    assert [b.name for b in article.bylines] == ["林涛"] and article.paragraphs == PARKS


def test_a_banner_opening_a_page_of_signed_headlines_after_their_bodies_takes_no_body():
    # 理论 style, each headline and its author alone drawn after the body and its closing note;
    # the page's banner comes first, right over the first article's text and sharing its
    # wording: that text is the first headline's
    lines = (["深入推进城南老街改造工程"], _body(STREET), ["（作者为江城市规划院院长）"], ["老街改造惠及千户居民"],
             ["周明华"], _body(FERRY), ["（作者为江城轮渡公司经理）"], ["轮渡新增两条航线"], ["林 涛"])
    for text in (_blocks(*lines), stream(*(line for block in lines for line in block)).replace("\n\n", "\n")):
        page = banmian.parse_text(text, enrich=False).pages[0]
        assert [a.headline.title for a in page.articles] == ["老街改造惠及千户居民", "轮渡新增两条航线"]
        assert page.articles[0].paragraphs == [*STREET, "（作者为江城市规划院院长）"]
        assert [b.name for b in page.articles[0].bylines] == ["周明华"]
        assert page.articles[0].headline.kicker is None  # nor is the banner the kicker of that headline


def test_a_headline_under_a_body_that_has_its_headline_opens_the_body_under_it():
    # the page draws its first headline after its body, the next ones before theirs; a short
    # title whose words its body never repeats comes right under a body its headline opened:
    # that body has its headline, so the short title is the next body's, not a subtitle
    street = [STREET[0], STREET[1] + "（周明华）"]
    ferry = [FERRY[0], FERRY[1] + "（林涛）"]
    parks = [PARKS[0], PARKS[1] + "（李华）"]
    lake = ["3月2日，江城东湖边的早樱陆续开放，不少市民趁着周末到湖边赏花拍照。",
            "据介绍，今年东湖沿岸新栽樱花树三百多棵，花期将持续到月底。"]
    lines = [*_body(street), "老街改造惠及千户居民", "轮渡新增两条航线", *_body(ferry),
             "江城新建三座公园", *_body(parks), "春日小景", *_body(lake)]
    page = banmian.parse_text(stream(*lines), enrich=False).pages[0]
    heads = {a.headline.title: a for a in page.articles}
    assert heads["江城新建三座公园"].headline.subtitle is None and heads["江城新建三座公园"].paragraphs == PARKS
    assert heads["春日小景"].paragraphs == lake


def test_a_notes_heading_over_a_dateline_closes_the_notes_over_it():
    # a page drawing its headlines over their bodies; a reporter's notes (……（记者手记）) are
    # drawn text first, and the text under their heading opens with a dateline: another article
    # opens there, so the heading is the notes' title, no subheading of the report above
    notes = ["采访中，记者看到老街两旁的老房子都修缮一新，居民们在巷口喝茶聊天。", "这不正是城市更新最动人的样子吗？"]
    ferry = ["本报江城3月2日电  " + FERRY[0], FERRY[1]]
    lake = ["3月2日，江城东湖边的早樱陆续开放，不少市民趁着周末到湖边赏花拍照。",
            "据介绍，今年东湖沿岸新栽樱花树三百多棵，花期将持续到月底。"]
    lines = ["江城新建三座公园", "本报记者  林涛", *_body(PARKS), "老街改造惠及千户居民", "本报记者  周明华",
             *_body(STREET), *_body(notes), "老街更新最动人的样子（记者手记）", *_body(ferry), "（下转第2版）",
             "江城轮渡新增两条航线", "东湖早樱迎客来", "本报记者  李华", *_body(lake)]
    page = banmian.parse_text(stream(*lines), enrich=False).pages[0]
    heads = {a.headline.title: a for a in page.articles}
    assert heads["老街改造惠及千户居民"].paragraphs == STREET
    assert "".join(heads["老街更新最动人的样子（记者手记）"].paragraphs) == "".join(notes)


def test_a_byline_under_a_wrapped_closing_dateline_signs_the_article_it_closes():
    # ……。（本报江城3 / 月2日电） ends the text; the reporter's line under it stands over the
    # next headline, which has a byline of its own: it signs the text above
    street = [STREET[0], STREET[1] + "（本报江城3月2日电）"]
    lines = ["老街改造惠及千户居民", *_body(street), "本报记者  周明华", "江城新建三座公园", "本报记者  林涛", *_body(PARKS)]
    page = banmian.parse_text(stream(*lines), enrich=False).pages[0]
    assert [[b.name for b in a.bylines] for a in page.articles] == [["周明华"], ["林涛"]]
    assert page.articles[0].dateline == "本报江城3月2日电"


def test_a_label_and_authors_in_a_block_of_their_own_close_the_text_over_them():
    # real blocks: 影像中国（李华 王芳） under a finished sentence, a block of its own, is the
    # picture's label and its authors, no headline over the next article
    lake = ["3月2日，江城东湖边的早樱陆续开放，不少市民趁着周末到湖边赏花拍照。"]
    text = _blocks(["东湖早樱"], _body(lake), ["影像中国（李华 王芳）"], ["江城新建三座公园"], ["本报记者 林涛"],
                   _body(PARKS))
    page = banmian.parse_text(text, enrich=False).pages[0]
    heads = [(a.headline.title, a.headline.kicker, a.headline.subtitle) for a in page.articles]
    assert heads == [("东湖早樱", None, None), ("江城新建三座公园", None, None)]
    assert [[b.name for b in a.bylines] for a in page.articles] == [["李华", "王芳"], ["林涛"]]
    assert page.articles[0].paragraphs == [lake[0], "影像中国"]


def test_a_byline_under_a_closing_headline_is_its_own_when_the_next_headline_closes_its_body():
    # content-stream order drawing each headline (and its byline) after the body: the
    # reporter's line under the first headline stands over the next text, whose headline is
    # drawn after it with no byline; the byline is the first headline's
    ferry = ["本报江城3月2日电  " + FERRY[0], FERRY[1]]
    parks = ["本报江城3月3日电  " + PARKS[0], PARKS[1]]
    lines = [*_body(STREET), "老街改造惠及千户居民", "本报记者", "周明华", *_body(ferry), "江城轮渡新增两条航线",
             *_body(parks), "江城新建三座公园"]
    page = banmian.parse_text(stream(*lines), enrich=False).pages[0]
    assert [a.headline.title for a in page.articles] == ["老街改造惠及千户居民", "江城轮渡新增两条航线", "江城新建三座公园"]
    assert [[b.name for b in a.bylines] for a in page.articles] == [["周明华"], [], []]


def test_a_title_closed_by_its_columns_tag_under_a_finished_sentence_is_no_label_and_authors():
    # real blocks: 春日小景（江城随感） under a finished sentence reads like a label and one long name
    # in brackets; a column's tag is one run of four characters or more, no names set apart
    text = _blocks(["江城新建三座公园"], ["本报记者 林涛"], _body(PARKS), ["春日小景（江城随感）"], _body(FERRY))
    page = banmian.parse_text(text, enrich=False).pages[0]
    assert [a.headline.title for a in page.articles] == ["江城新建三座公园", "春日小景（江城随感）"]
    assert page.articles[1].paragraphs == FERRY
