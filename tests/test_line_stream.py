"""Text mode on what real PDF extractors give: one block per line (PyMuPDF's
get_text("blocks") at a leading of ~1.55 em or more), articles in
content-stream order (a headline before or after its own body, article by
article), the page header anywhere in the stream, and typesetters that push a
character down with the punctuation that may not open a line."""

from __future__ import annotations

import banmian
from banmian.layout.line_stream import is_line_stream, is_unbroken_column_text, regroup_line_stream, take_furniture
from banmian.sources.text import text_to_blocks

NO_OPEN = "，。、；：？！）》”"
NO_CLOSE = "（《“"
WIDTH = 12


def typeset(paragraph: str, width: int = WIDTH) -> list[str]:
    """Lines of one paragraph as a typesetter sets them: the first holds
    width-2 (the indent is no character), a character that would leave
    punctuation to open the next line is pushed down with it, and an opening
    bracket never closes a line."""
    lines: list[str] = []
    rest = paragraph
    room = width - 2
    while rest:
        cut = min(room, len(rest))
        while cut < len(rest) and cut > 1 and (rest[cut] in NO_OPEN or rest[cut - 1] in NO_CLOSE):
            cut -= 1
        lines.append(rest[:cut])
        rest = rest[cut:]
        room = width
    return lines


def typeset_paragraphs(paragraphs: list[str], width: int = WIDTH) -> list[str]:
    """The lines of several paragraphs, one after another (:func:`typeset`)."""
    return [line for p in paragraphs for line in typeset(p, width)]


def stream(*lines: str) -> str:
    """PyMuPDF's blocks output when every line is a block of its own."""
    return "\n\n".join(lines) + "\n"


PARKS = ["今年江城计划在城东新建三座公园，总面积达到四十公顷，全部向市民免费开放。",
         "市园林局负责人介绍，新公园将种植本地树种，并设置健身步道和儿童游乐区域，方便周边居民休闲。"]
STREET = ["城南老街改造工程近日完工，一千多户居民告别了多年的积水困扰，老街改造还保留了传统街巷风貌。",
          "据了解，改造后的街区新增停车位两百个，居民出行更加便利。"]


FERRY = ["江城轮渡公司今年新增两条航线，连通城东码头和江心岛，每天往返二十个班次。",
         "轮渡公司负责人表示，新航线将在春节前开通，票价与原有航线相同。"]


def typeset_body(paragraphs: list[str]) -> list[str]:
    """The lines of several paragraphs, each typeset in the narrow column."""
    return [line for p in paragraphs for line in typeset(p)]


def pymupdf_blocks(*blocks: list[str]) -> str:
    """PyMuPDF's blocks output where blocks hold several lines (tight leading)."""
    return "\n\n".join("\n".join(lines) for lines in blocks) + "\n"


def _page() -> str:
    lines: list[str] = []
    for paragraph in STREET:
        lines += typeset(paragraph)
    lines += ["老街改造惠及千户居民"]  # this headline is drawn after its body
    lines += ["江城日报", "2020年3月5日 星期四", "第4版 城建"]  # the header, mid-stream
    lines += ["江城新建三座公园", "本报记者", "李明远"]  # and this one before its body
    for paragraph in PARKS:
        lines += typeset(paragraph)
    return stream(*lines)


def test_a_stream_of_one_line_blocks_is_recognised():
    assert is_line_stream(text_to_blocks(_page()))
    paragraphs_in_blocks = "\n\n".join("\n".join(typeset(p)) for p in PARKS + STREET)
    assert not is_line_stream(text_to_blocks(paragraphs_in_blocks))


def test_a_stream_with_no_blank_lines_is_a_stream_too():
    """PyMuPDF's ``get_text()`` and ``pdftotext -raw`` give a page's lines in
    content-stream order with no blank line at all: the same stream, read the
    same way. A paragraph a line with no blank lines is no stream."""
    street, parks = [STREET[0] + STREET[1], *STREET], [PARKS[0] + PARKS[1], *PARKS]  # a page's long paragraphs
    lines = [line for paragraph in street for line in typeset(paragraph)]
    lines += ["老街改造惠及千户居民", "江城日报", "2020年3月5日 星期四", "第4版 城建", "江城新建三座公园", "本报记者", "李明远"]
    lines += [line for paragraph in parks for line in typeset(paragraph)]
    unbroken = "\n".join(lines) + "\n"
    assert is_unbroken_column_text(text_to_blocks(unbroken))
    with_blanks = banmian.parse_text(stream(*lines), enrich=False).pages[0]
    page = banmian.parse_text(unbroken, enrich=False).pages[0]
    assert page.number == 4 and page.section == "城建"
    assert [a.headline.title for a in page.articles] == ["老街改造惠及千户居民", "江城新建三座公园"]
    assert [a.paragraphs for a in page.articles] == [a.paragraphs for a in with_blanks.articles] == [street, parks]
    assert [[b.name for b in a.bylines] for a in page.articles] == [[], ["李明远"]]
    a_paragraph_a_line = "\n".join(["江城新建三座公园", *PARKS, *STREET, *FERRY] * 3)
    assert not is_unbroken_column_text(text_to_blocks(a_paragraph_a_line))


def test_a_stream_holding_vertical_headlines_is_a_stream_still():
    """A headline set vertically comes one glyph a line, and its byline after
    it: lines that are neither a column's nor pieces of lines. On a page of
    short columns they may be a third of its lines or more; the stream is read
    as one all the same (varied seed 171 page 45: three articles lost)."""
    lines = [*"老街改造惠及千户居民", *"王海涛"]
    lines += [line for paragraph in STREET for line in typeset(paragraph)]
    lines += [*"江城新建三座公园", *"李明远"]
    lines += [line for paragraph in PARKS for line in typeset(paragraph)]
    unbroken = "\n".join(lines) + "\n"
    assert is_unbroken_column_text(text_to_blocks(unbroken))
    articles = banmian.parse_text(unbroken, enrich=False).pages[0].articles
    assert [(a.headline.title, [b.name for b in a.bylines], a.paragraphs) for a in articles] == [
        ("老街改造惠及千户居民", ["王海涛"], STREET), ("江城新建三座公园", ["李明远"], PARKS)]


def test_lines_running_across_columns_or_cut_into_pieces_are_no_stream():
    """Text sorted by position runs two columns' lines into one (a space
    between them); an extractor that cuts wherever the pen moved gives pieces
    of lines of every width. Neither is a column's stream of lines."""
    left, right = typeset(PARKS[0] + PARKS[1]), typeset(STREET[0] + STREET[1])
    side_by_side = "\n".join(f"{a}  {b}" for a, b in zip(left, right)) * 3
    assert not is_unbroken_column_text(text_to_blocks(side_by_side))
    pieces = "\n".join(piece for line in left + right for piece in (line[:2], line[2:5], line[5:])) * 2
    assert not is_unbroken_column_text(text_to_blocks(pieces))


def test_line_stream_articles_headers_and_bylines():
    page = banmian.parse_text(_page(), enrich=False).pages[0]
    assert page.number == 4 and page.section == "城建"
    assert [a.headline.title for a in page.articles] == ["老街改造惠及千户居民", "江城新建三座公园"]
    street, parks = page.articles
    assert [(b.role, b.name) for b in parks.bylines] == [("本报记者", "李明远")]
    assert parks.paragraphs == PARKS
    assert street.paragraphs == STREET
    assert all("江城日报" not in p for a in page.articles for p in a.paragraphs)


def test_header_found_in_the_middle_of_the_stream():
    lines = ["正文第一行。", "江城日报", "城建", "2020.3.5 星期四    4", "责任编辑：王小明", "正文又一行。"]
    taken, meta = take_furniture(lines)
    assert taken == {1, 2, 3, 4}
    assert meta["paper"] == "江城日报" and meta["date"] == "2020-03-05" and meta["page"] == "4"
    assert meta["section"] == "城建"


def test_a_date_alone_in_the_body_is_no_header():
    taken, _ = take_furniture(["会议定于", "2020.3.5", "在江城召开。"])
    assert taken == set()


def test_a_column_tag_on_its_own_line_closes_the_title():
    body = [line for paragraph in PARKS + STREET for line in typeset(paragraph)]
    text = stream("居民收入稳步增长", "（数据观察）", *body)
    article = banmian.parse_text(text, enrich=False).pages[0].articles[0]
    assert article.headline.title == "居民收入稳步增长（数据观察）"


def test_a_title_ending_in_an_exclamation_takes_its_column_tag():
    """A title may end in ！ or ？ (乱倒垃圾，停！); the tag under it still closes it."""
    body = [line for paragraph in PARKS + STREET for line in typeset(paragraph)]
    for title in ("乱倒垃圾，停！", "公园去哪儿了？"):
        article = banmian.parse_text(stream(title, "（美丽江城）", *body), enrich=False).pages[0].articles[0]
        assert (article.headline.title, article.bylines) == (title + "（美丽江城）", [])


def test_a_briefs_closing_authors_are_its_bylines():
    # the authors' bracket follows the last sentence and wraps over the line end
    body = typeset(PARKS[0] + "（王小") + ["明 李华）"]
    text = stream("城东公园开工", *body, "老街改造完工", *typeset(STREET[0]), *typeset(STREET[1]))
    articles = banmian.parse_text(text, enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["城东公园开工", "老街改造完工"]
    assert articles[1].paragraphs == STREET
    assert articles[0].paragraphs == [PARKS[0]]
    assert [(b.role, b.name) for b in articles[0].bylines] == [(None, "王小明"), (None, "李华")]


def test_photo_credit_with_its_agency_or_a_slash():
    from banmian.layout.text_closing import bare_credit

    assert bare_credit("赵一平摄（新华社发）") == (None, "赵一平")
    assert bare_credit("赵一平/摄") == (None, "赵一平")
    assert bare_credit("这张照片拍摄于春节") is None


def test_authors_in_brackets_on_their_own_line_close_the_text_above():
    lines = ["城东公园开工", *typeset(PARKS[0]), *typeset(PARKS[1]), "（王小明 李华）",
             "老街改造完工", *typeset(STREET[0]), *typeset(STREET[1])]
    articles = banmian.parse_text(stream(*lines), enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["城东公园开工", "老街改造完工"]
    assert articles[0].paragraphs == PARKS
    assert [(b.role, b.name) for b in articles[0].bylines] == [(None, "王小明"), (None, "李华")]


def test_a_kicker_and_a_title_in_larger_type_wrapped_in_its_box():
    # the kicker fills its line; the title, in larger type, fills two shorter lines
    body = [line for paragraph in PARKS + STREET for line in typeset(paragraph)]
    lines = ["国内城市公园建设取得新的进展", "江城新建三座", "公园全面开放", *body]
    article = banmian.parse_text(stream(*lines), enrich=False).pages[0].articles[0]
    assert (article.headline.kicker, article.headline.title) == ("国内城市公园建设取得新的进展", "江城新建三座公园全面开放")


def test_a_kickers_tail_ending_in_a_dash_stays_with_it():
    body = [line for paragraph in PARKS + STREET for line in typeset(paragraph)]
    lines = ["市园林局推进全民健身设施", "建设——", "城东公园开工", *body]
    article = banmian.parse_text(stream(*lines), enrich=False).pages[0].articles[0]
    assert article.headline.title == "城东公园开工"
    assert article.headline.kicker.startswith("市园林局推进全民健身设施建设")


def test_closing_authors_broken_between_two_names():
    body = typeset(STREET[0] + "（赵一平") + ["钱二多）"]
    text = stream("老街改造完工", *body, "城东公园开工", *typeset(PARKS[0]), *typeset(PARKS[1]))
    article = banmian.parse_text(text, enrich=False).pages[0].articles[0]
    assert article.paragraphs == [STREET[0]]
    assert [b.name for b in article.bylines] == ["赵一平", "钱二多"]


def test_a_body_opening_under_a_wider_title_is_no_tail_of_it():
    # the body's first line (indented: W-2) is shorter than the title line above it
    lines = ["江城三座新公园全面开放", *(line for p in PARKS + STREET for line in typeset(p))]
    article = banmian.parse_text(stream(*lines), enrich=False).pages[0].articles[0]
    assert article.headline.title == "江城三座新公园全面开放"
    assert article.paragraphs == PARKS + STREET


def test_authors_alone_under_a_headline():
    # 理论 style: each author's name alone on a line under the title (closed by its column tag)
    lines = ["公园建设的江城经验（城市观察）", "王明远", "李 华", *(line for p in PARKS + STREET for line in typeset(p))]
    article = banmian.parse_text(stream(*lines), enrich=False).pages[0].articles[0]
    assert article.headline.title == "公园建设的江城经验（城市观察）"
    assert [(b.role, b.name) for b in article.bylines] == [(None, "王明远"), (None, "李华")]
    assert article.paragraphs == PARKS + STREET


def test_a_closing_dateline_in_brackets_is_the_articles_dateline():
    lines = ["城东公园开工", *typeset(PARKS[0]), *typeset(PARKS[1] + "（本报江城3月4"), "日电）",
             "老街改造完工", *typeset(STREET[0]), *typeset(STREET[1])]
    article = banmian.parse_text(stream(*lines), enrich=False).pages[0].articles[0]
    assert article.headline.title == "城东公园开工"
    assert article.dateline == "本报江城3月4日电"
    assert article.paragraphs == PARKS


def test_a_column_logo_under_the_byline_is_no_headline():
    lines = ["城东公园开工", "本报记者 王明远", "城市观察", *(line for p in PARKS + STREET for line in typeset(p))]
    page = banmian.parse_text(stream(*lines), enrich=False).pages[0]
    assert [a.headline.title for a in page.articles] == ["城东公园开工"]
    article = page.articles[0]
    assert [(b.role, b.name) for b in article.bylines] == [("本报记者", "王明远")]
    assert article.paragraphs == PARKS + STREET


def test_the_heading_of_a_column_of_briefs_is_no_kicker():
    lines = ["城建快讯", "城东公园开工", *typeset(PARKS[0] + "（王小明）"),
             "老街改造完工", *typeset(STREET[0] + "（李华）"), *typeset(STREET[1])]
    articles = banmian.parse_text(stream(*lines), enrich=False).pages[0].articles
    assert [(a.headline.kicker, a.headline.title) for a in articles] == [(None, "城东公园开工"), (None, "老街改造完工")]


def test_a_title_as_wide_as_the_column_under_its_kicker():
    lines = ["市长在城市建设工作会议上强调", "加快公园建设惠及全体市民", *(line for p in PARKS + STREET for line in typeset(p))]
    article = banmian.parse_text(stream(*lines), enrich=False).pages[0].articles[0]
    assert (article.headline.kicker, article.headline.title) == ("市长在城市建设工作会议上强调", "加快公园建设惠及全体市民")
    assert article.paragraphs == PARKS + STREET


def test_names_flush_right_after_the_last_sentence_close_the_article():
    lines = ["城东公园开工", *typeset(PARKS[0]), *typeset(PARKS[1]), "王小明 李华",
             "老街改造完工", *typeset(STREET[0]), *typeset(STREET[1])]
    articles = banmian.parse_text(stream(*lines), enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["城东公园开工", "老街改造完工"]
    assert [b.name for b in articles[0].bylines] == ["王小明", "李华"]


def test_a_banner_line_and_a_number_cut_at_the_line_end():
    # a slogan set with a phrase gap is a tier of its own, never a title's tail;
    # a number cut at the line end (20 / 19年) goes on in the next line
    lines = ["江城举行2020", "年迎春联欢会", "奋进新时代 建功新征程", *typeset(STREET[0]),
             *typeset(STREET[1]), *typeset(PARKS[0])]
    blocks = regroup_line_stream(text_to_blocks(stream(*lines)))
    assert [b.lines for b in blocks[:2]] == [["江城举行2020年迎春联欢会"], ["奋进新时代 建功新征程"]]


def test_closing_notes_are_the_last_paragraph_not_headlines():
    note = "（作者为江城大学教授）"
    credit = "本版制图：赵一平"
    lines = ["城东公园开工", *typeset(PARKS[0]), *typeset(PARKS[1]), note, credit,
             "老街改造完工", *typeset(STREET[0]), *typeset(STREET[1])]
    articles = banmian.parse_text(stream(*lines), enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["城东公园开工", "老街改造完工"]
    assert articles[0].paragraphs == PARKS + [note, credit]


def test_a_kickers_tail_that_reads_as_a_name_is_no_byline():
    """A kicker reporting a speech wrapped before its last words (……座谈会 /
    时强调): 时 is a surname and 时强调 has a name's length, but 强调 is what
    was said, the kicker's end; the line goes back to the kicker."""
    lines = [*typeset_body(STREET), "市园林局长在全市公园建设座谈会", "时强调", "江城新建三座公园", *typeset_body(PARKS)]
    article = banmian.parse_text(stream(*lines), enrich=False).pages[0].articles[-1]
    assert (article.headline.kicker, article.headline.title, article.bylines, article.paragraphs) == (
        "市园林局长在全市公园建设座谈会时强调", "江城新建三座公园", [], PARKS)


def test_a_short_title_its_body_tells_of_is_no_column_logo_under_a_byline():
    """A headline drawn after its body, its byline under it, then a short
    title over the next body: a column's logo stands so too (under a byline,
    over a body), but a logo names a column, and this title's words come back
    in the body under it: it is that body's headline."""
    lines = [*typeset_body(STREET), "老街改造惠及千户居民", "王海涛", "三座新公园", *typeset_body(PARKS)]
    articles = banmian.parse_text(stream(*lines), enrich=False).pages[0].articles
    assert [(a.headline.title, [b.name for b in a.bylines], a.paragraphs) for a in articles] == [
        ("老街改造惠及千户居民", ["王海涛"], STREET), ("三座新公园", [], PARKS)]


def test_a_tagged_title_under_a_title_and_its_dashed_subtitle_opens_the_next_headline():
    """A headline drawn after its body (title, —— subtitle), then the next one
    drawn before its own, a title its column's tag closes: a subtitle closes
    its headline, so the tagged title heads the body under it."""
    lines = [*typeset_body(STREET), "老街改造惠及千户居民", "——城南老街改造工程近日完工", "守住一份绿色记忆（新春看乡村）",
             *typeset_body(PARKS)]
    articles = banmian.parse_text(stream(*lines), enrich=False).pages[0].articles
    assert [(a.headline.title, a.headline.subtitle, a.paragraphs) for a in articles] == [
        ("老街改造惠及千户居民", "——城南老街改造工程近日完工", STREET), ("守住一份绿色记忆（新春看乡村）", None, PARKS)]


def test_a_title_of_three_phrases_its_lead_lists_is_one_title_with_no_byline():
    """A title set a phrase a line (three phrases of three characters, the
    third opening with a surname: 农家乐 reads as a name), over its dashed
    subtitle: the lead tells of the three phrases listed, so they are one
    title, and the third is no author's name."""
    lead = ["春节来临，江城东郊正在描绘一幅花木旺、园林美、农家乐的新景，游客纷纷前来赏花品茶。", PARKS[1]]
    lines = [*typeset_body(STREET), "花木旺", "园林美", "农家乐", "——江城东郊见闻", *typeset_body(lead)]
    article = banmian.parse_text(stream(*lines), enrich=False).pages[0].articles[-1]
    assert (article.headline.kicker, article.headline.title, article.headline.subtitle, article.bylines) == (
        None, "花木旺 园林美 农家乐", "——江城东郊见闻", [])


def test_a_vertical_headline_keeps_its_last_word_when_two_names_follow_it():
    """A vertical headline and its two authors' names, one glyph a line in
    one run: the names are cut off its end, two at most (one or two authors
    sign a vertical headline), so the title's own last word, a surname first
    (严峻), is not taken for a third name."""
    lines = [*"江城汛情形势严峻", *"田海梅", *"武雪"]
    lines += [line for paragraph in STREET for line in typeset(paragraph)]
    lines += ["江城新建三座公园", "本报记者 李明远", *typeset_body(PARKS)]
    first = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles[0]
    assert (first.headline.title, len(first.bylines), first.paragraphs) == ("江城汛情形势严峻", 2, STREET)
