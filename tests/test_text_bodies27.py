"""Text mode on real extractors' output: captions and credits that must not
stay in a body, and where a brief's body ends (session 27, own sample text)."""

from __future__ import annotations

import banmian
from tests.test_line_stream import FERRY, PARKS, stream
from tests.test_line_stream import pymupdf_blocks as _blocks
from tests.test_line_stream import typeset_body as _body


def _parks_then_ferry(caption: list[str]) -> banmian.model.Page:
    lines = ["江城新建三座公园", *_body(PARKS), *caption, "轮渡新增两条航线", *_body(FERRY)]
    return banmian.parse_text(stream(*lines), enrich=False).pages[0]


def test_a_credit_whose_role_is_wrapped_goes_back_on_its_caption():
    # the column's width cuts the credit's role: …市民。 新华社 / 记者 王江摄
    page = _parks_then_ferry(["图为城东新公园的健身步", "道上晨练的市民。 新华社", "记者 王江摄"])
    parks = page.articles[0]
    assert [(c.text, c.credit) for c in parks.captions] == [("图为城东新公园的健身步道上晨练的市民。", "王江")]
    assert parks.paragraphs == PARKS


def test_a_credit_whose_agency_is_wrapped_goes_back_on_a_short_last_caption_line():
    # the caption's last line holds two characters of text: its lines above count as the caption
    page = _parks_then_ferry(["图为新桥合龙时的施工现", "场。 王江摄（人民视", "觉）"])
    parks = page.articles[0]
    assert [(c.text, c.credit) for c in parks.captions] == [("图为新桥合龙时的施工现场。", "王江")]
    assert parks.paragraphs == PARKS


def test_a_credit_with_its_role_closes_a_caption_cut_mid_sentence():
    # a caption set in a narrow box ends with no stop; the role and name are the credit, never its
    # text (tight leading: the caption is one block)
    text = _blocks(["江城新建三座公园"], _body(PARKS), ["图为城东新公园的健身步", "道上晨练的市 本", "报记者 王江摄"],
                   ["轮渡新增两条航线"], _body(FERRY))
    page = banmian.parse_text(text, enrich=False).pages[0]
    assert [a.headline.title for a in page.articles] == ["江城新建三座公园", "轮渡新增两条航线"]
    parks = page.articles[0]
    assert [(c.text, c.credit) for c in parks.captions] == [("图为城东新公园的健身步道上晨练的市", "王江")]
    assert parks.paragraphs == PARKS


BRIEF_TWO = ["江城龙灯会昨晚在滨江广场开幕，二十支民间队伍轮番登场，吸引上万市民观看。",
             "主办方介绍，龙灯会将持续到元宵节，每晚七点开始，市民可免费入场。"]


def test_a_short_brief_title_after_a_text_its_authors_closed_is_no_name():
    # one block a line (wide leading): 龙灯会 opens with a surname, but the text before it has its
    # authors, and a body follows it: it is the next brief's title
    body = _body(PARKS)
    lines = ["江城新建三座公园", *body[:-1], body[-1] + "（王江", "林涛）", "龙灯会", *_body(BRIEF_TWO)]
    page = banmian.parse_text(stream(*lines), enrich=False).pages[0]
    assert [a.headline.title for a in page.articles] == ["江城新建三座公园", "龙灯会"]
    assert page.articles[0].paragraphs == PARKS
    assert page.articles[1].paragraphs == BRIEF_TWO
    assert [b.name for b in page.articles[1].bylines] == []


def test_a_briefs_last_lines_with_its_authors_are_no_headline():
    # tight leading: the brief's last two lines are a block, the next brief's title another
    body = _body(PARKS)
    text = _blocks(["江城新建三座公园"], body[:-2], [body[-2], body[-1] + "（王江 林涛）"],
                   ["龙灯会昨晚开幕"], _body(BRIEF_TWO))
    page = banmian.parse_text(text, enrich=False).pages[0]
    assert [a.headline.title for a in page.articles] == ["江城新建三座公园", "龙灯会昨晚开幕"]
    assert page.articles[0].paragraphs == PARKS
    assert page.articles[1].paragraphs == BRIEF_TWO


FILM = ["新纪录片《老街 新故事》昨日在市文化馆首映，观众反响热烈。",
        "影片记录了老街改造前后三年间的变化，将在全市影院上映。"]


def test_a_first_line_whose_title_mark_closes_on_the_next_line_is_body():
    # the extractor cut the lead's first line into a block of its own (its space, a phrase gap in a
    # title, is the film's): …《老街 新故 / 事》… goes on
    body, lead = _body(PARKS), _body(FILM)
    assert lead[0].endswith("故") and lead[1].startswith("事》")
    text = _blocks(["江城新建三座公园"], body[:-1], [body[-1] + "（王江 林涛）"], ["老街故事搬上银幕"],
                   lead[:1], lead[1:])
    page = banmian.parse_text(text, enrich=False).pages[0]
    assert [a.headline.title for a in page.articles] == ["江城新建三座公园", "老街故事搬上银幕"]
    assert page.articles[1].headline.kicker is None
    assert page.articles[1].paragraphs == [p.replace(" ", "") for p in FILM]  # (spaces by CJK dropped)


def test_authors_bracket_of_a_letter_spaced_line_split_off_its_tail():
    # pdftotext -raw: the brief's last line is letter-spaced (its spaces, the names' gap too, are
    # taken out) and the bracket's last character falls on a line of its own
    body = _body(PARKS)
    lines = ["江城新建三座公园", *body[:-1], " ".join(body[-1] + "（王江林涛"), "新）", "龙灯会昨晚开幕",
             *_body(BRIEF_TWO)]
    page = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0]
    assert [a.headline.title for a in page.articles] == ["江城新建三座公园", "龙灯会昨晚开幕"]
    assert page.articles[0].paragraphs == PARKS
    assert [b.name for b in page.articles[0].bylines] == ["王江", "林涛新"]
    assert page.articles[1].paragraphs == BRIEF_TWO


def test_a_photo_reports_credit_then_the_briefs_authors_is_no_headline():
    # a photo report's credit (its agency's bracket wrapped) closes its text, the brief's authors after
    # it; the next brief's title follows on a line of its own (get_text(): no blank lines)
    body = _body(PARKS)
    lines = ["江城新建三座公园", *body, "王江 林涛摄影报道（影像江", "城）（周明 李华）", "龙灯会昨晚开幕",
             *_body(BRIEF_TWO)]
    page = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0]
    assert [a.headline.title for a in page.articles] == ["江城新建三座公园", "龙灯会昨晚开幕"]
    assert all(a.headline.subtitle is None for a in page.articles)
    assert page.articles[1].paragraphs == BRIEF_TWO


def test_a_credits_name_cut_into_a_block_of_its_own_goes_back_on_its_caption():
    # get_text(): the caption is one wide line ending in the credit's role; its name is the next block
    text = _blocks(["江城新建三座公园"], _body(PARKS), ["图为城东新公园的健身步道上晨练的市民。 本报记者"], ["王江摄"],
                   ["轮渡新增两条航线"], _body(FERRY))
    parks = banmian.parse_text(text, enrich=False).pages[0].articles[0]
    assert [(c.text, c.credit) for c in parks.captions] == [("图为城东新公园的健身步道上晨练的市民。", "王江")]
    assert parks.paragraphs == PARKS


def test_a_closing_authors_line_over_a_caption_is_not_the_captions():
    # the brief's authors close its text; the caption under them has no 图为 to open it
    body = _body(PARKS)
    # (tight leading: the authors' line and the caption under it are one block)
    text = _blocks(["江城新建三座公园"], body, ["（本报记者 周明 李华）", "新公园的健身步道", "上，市民清晨结伴锻",
                                              "炼。 王江/摄"], ["轮渡新增两条航线"], _body(FERRY))
    page = banmian.parse_text(text, enrich=False).pages[0]
    captions = [(c.text, c.credit) for a in page.articles for c in a.captions]
    assert captions == [("新公园的健身步道上，市民清晨结伴锻炼。", "王江")]


def test_a_headless_text_a_clause_long_ends_the_article_before_it():
    from banmian.layout.text_tails import join_headless_tails
    from banmian.layout.text_units import Unit
    from banmian.model import Block, Role

    def unit(lines: list[str], role: Role) -> Unit:
        return Unit(Block(list(lines), role))

    first = [unit(["江城新建三座公园"], Role.TITLE), unit(_body(PARKS), Role.BODY)]
    tail = [unit(["场开放。"], Role.BODY), unit(["（王江 林涛）"], Role.BYLINE)]
    second = [unit(["轮渡新增两条航线"], Role.TITLE), unit(_body(FERRY), Role.BODY)]
    headless = [unit(_body(BRIEF_TWO), Role.BODY)]  # a whole text with no headline stays apart
    groups = join_headless_tails([first, tail, second, headless])
    assert [len(g) for g in groups] == [4, 2, 1]
    assert groups[0][2:] == tail


def test_a_brief_title_run_into_its_lead_after_a_text_its_authors_closed():
    # get_text(): no blank lines; the title's two lines are as wide as the column, but the lead right
    # under them repeats its words (a brief's lead restates its title), and the text before has its authors
    body = _body(PARKS)
    lead = _body(["记者从市文化局获悉：江城龙灯会昨晚在滨江广场开幕，二十支民间队伍轮番登场。",
                  "主办方介绍，龙灯会将持续到元宵节，每晚七点开始，市民可免费入场。"])
    lines = ["江城新建三座公园", *body[:-1], body[-1] + "（王江）", "江城龙灯会昨晚在滨江", "广场开幕迎来八方游客",
             *lead]
    page = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0]
    assert [a.headline.title for a in page.articles] == ["江城新建三座公园", "江城龙灯会昨晚在滨江广场开幕迎来八方游客"]
    assert page.articles[1].paragraphs[0].startswith("记者从市文化局获悉：江城龙灯会")


def test_a_title_closed_by_a_four_character_column_tag_stays_a_headline():
    # （金台视线）-like tags open with a surname too; only names of two or three characters (or two run
    # together, five or six) close a text as its authors
    from banmian.layout.closing_authors import run_together_names
    from banmian.layout.text_classify import _short_names

    assert not _short_names("江城视线") and not _short_names("权威发布")
    assert _short_names("王江 林涛") and _short_names("周明华") and _short_names("王江林涛新")
    assert run_together_names("王江林涛") is None
    text = _blocks(["江城新建三座公园"], _body(PARKS), ["轮渡新增两条航线（江城视线）"], _body(FERRY))
    page = banmian.parse_text(text, enrich=False).pages[0]
    assert [a.headline.title for a in page.articles] == ["江城新建三座公园", "轮渡新增两条航线（江城视线）"]


def test_a_brief_title_wrapped_inside_a_word_is_not_cut_by_its_leads_echo():
    # the title's first line alone echoes the lead more, but the line after it says no clause: it is the
    # title's second line (……滨江广 / 场开幕…), not the lead
    from banmian.layout.closing_heads import _echoed_head
    from banmian.layout.text_units import Unit
    from banmian.model import Block, Role

    body = _body(PARKS)
    closed = Unit(Block([*body[-2:-1], body[-1] + "（王江）"], Role.OTHER))
    lead = _body(["记者从市文化局获悉：江城龙灯会昨晚在滨江广场开幕，二十支民间队伍轮番登场。"])
    unit = Unit(Block(["江城龙灯会昨晚在滨江广", "场开幕数万市民游客纷至沓来观灯", *lead], Role.OTHER))
    assert _echoed_head(unit, closed, []) == 0  # never the first line alone
