"""Photo captions in extracted text (PyMuPDF, pdftotext -raw) where the
caption reaches the parser in pieces: a note or the authors closing the text
above it, a photographer's name cut by the caption's line end, a caption
cut a line a block by a line stream. The caption keeps its own words only,
the note and the authors stay with the body they close."""

from __future__ import annotations

import banmian
from banmian.layout.text_split import split_units
from banmian.model import Block, Role
from tests.test_line_stream import FERRY, PARKS, STREET, stream, typeset


def _body(paragraphs: list[str]) -> list[str]:
    return [line for p in paragraphs for line in typeset(p)]


def _articles(text: str):
    return banmian.parse_text(text, enrich=False).pages[0].articles


def _captions(text: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.credit) for a in _articles(text) for c in a.captions]


def test_a_bracketed_note_set_apart_over_a_caption_is_none_of_the_caption():
    # body, its closing dateline on a line of its own, then the photo's caption closed by its credit
    lines = ["江城新建三座公园", *_body(PARKS), "（本报江城2月25日电）",
             "市民在城东新公园的步道上晨练。 张伟摄（影像中国）",
             "轮渡新增两条航线", *_body(FERRY)]
    assert _captions(stream(*lines)) == [("市民在城东新公园的步道上晨练。", "张伟")]


def test_names_alone_over_a_caption_close_the_body_and_are_none_of_the_caption():
    lines = ["江城新建三座公园", *_body(PARKS), "周华 林涛",
             "市民在城东新公园的步道上晨练。 张伟摄（影像中国）",
             "轮渡新增两条航线", *_body(FERRY)]
    assert _captions(stream(*lines)) == [("市民在城东新公园的步道上晨练。", "张伟")]


def test_authors_in_brackets_after_a_closing_dateline_are_the_bodys_bylines():
    # ……。（本报江城2月25日电） / （周华）: the authors close the body, after its dateline
    body = _body(PARKS)
    lines = ["江城新建三座公园", *body[:-1], body[-1] + "（本报江城", "2月25日电）", "（周华）",
             "市民在城东新公园的步道上晨练。 张伟摄（影像中国）",
             "轮渡新增两条航线", *_body(FERRY)]
    parks = _articles(stream(*lines))[0]
    assert parks.headline.title == "江城新建三座公园"
    assert [b.name for b in parks.bylines] == ["周华"]
    assert [(c.text, c.credit) for c in parks.captions] == [("市民在城东新公园的步道上晨练。", "张伟")]


def test_a_short_caption_whose_line_end_cut_the_photographers_name_keeps_the_whole_name():
    # the caption's text ends no sentence and holds 11 characters: the agency tells the credit
    lines = ["江城新建三座公园", *_body(PARKS), "夜色渐浓，游人相约湖边 王\n小明摄（影像中国）",
             "轮渡新增两条航线", *_body(FERRY)]
    assert _captions(stream(*lines)) == [("夜色渐浓，游人相约湖边", "王小明")]


def test_a_wrapped_caption_with_a_plain_credit_cut_in_the_name_keeps_the_whole_name():
    # …相约湖 / 边 王 / 小明摄: the caption's lines above count toward its length
    lines = ["江城新建三座公园", *_body(PARKS), "夜色渐浓，游人三三两两地来\n到城东新建的公园湖畔 王\n小明摄",
             "轮渡新增两条航线", *_body(FERRY)]
    assert _captions(stream(*lines)) == [("夜色渐浓，游人三三两两地来到城东新建的公园湖畔", "王小明")]


def test_a_credit_line_of_its_own_is_no_caption_named_by_its_role():
    lines = ["江城新建三座公园", *_body(PARKS), "市民在城东新公园的步道上晨练。", "新华社记者 张伟摄",
             "轮渡新增两条航线", *_body(FERRY)]
    assert _captions(stream(*lines)) == [("市民在城东新公园的步道上晨练。", "张伟")]


def _split(*blocks: list[str]) -> list[tuple[Role, list[str]]]:
    return [(u.role, u.lines) for u in split_units([Block(list(lines)) for lines in blocks])]


def test_a_caption_cut_a_line_a_block_is_one_caption_from_its_opener():
    # 图为… / …… / ……。 张三摄, each line a block of its own (a line stream)
    body = _body(PARKS)
    units = _split(body, ["图为江城市城东新公园管理处副主任"], ["、园林工程师李明华向记者介绍"], ["说。 张伟 摄"])
    assert units[1:] == [(Role.CAPTION, ["图为江城市城东新公园管理处副主任", "、园林工程师李明华向记者介绍", "说。"]),
                         (Role.CREDIT, ["说。 张伟 摄"])]


def test_a_caption_cut_a_line_a_block_over_its_credit_alone_opens_after_the_finished_sentence():
    # the body ends a sentence; the caption's first line is as wide as its next: one caption
    lines = ["江城新建三座公园", *_body(PARKS), "城东新公园的健身步道上，市民清晨", "锻炼，不少老人带着孙辈在湖边散步",
             "。", "张伟摄", "轮渡新增两条航线", *_body(FERRY)]
    parks = _articles(stream(*lines))[0]
    assert parks.headline.title == "江城新建三座公园" and parks.paragraphs[-1] == PARKS[-1]
    assert [(c.text, c.credit) for c in parks.captions] == [
        ("城东新公园的健身步道上，市民清晨锻炼，不少老人带着孙辈在湖边散步。", "张伟")]


def test_a_line_of_another_measure_after_a_sentence_opens_no_caption_cut_a_line_a_block():
    # a headline line (wider than the caption's next line) over a caption is no line of it
    units = _split(_body(PARKS), ["轮渡新增两条航线连通城东码头和江心岛"], ["锻炼，不少老人带着孙辈在湖边散步"], ["。"], ["张伟摄"])
    assert units[1][0] == Role.OTHER and units[1][1] == ["轮渡新增两条航线连通城东码头和江心岛"]


def test_street_page_still_has_no_caption():
    # (a control: body text with no credit gets no caption)
    lines = ["老街改造惠及千户居民", *_body(STREET), "江城新建三座公园", *_body(PARKS)]
    assert _captions(stream(*lines)) == []


def test_a_caption_drawn_after_a_body_closed_by_its_authors_leaves_that_body_ended():
    # ……。（周华） / caption 张伟摄: the text after the caption is another article's
    body = _body(PARKS)
    lines = ["江城新建三座公园", "本报记者 周华", *body[:-1], body[-1] + "（周华）",
             "市民在城东新公园的步道上晨练。 张伟摄（影像中国）", *_body(FERRY)]
    articles = _articles(stream(*lines))
    assert [len(a.paragraphs) for a in articles] == [2, 2]
    assert articles[0].paragraphs[-1].startswith(PARKS[-1]) and articles[1].paragraphs[0] == FERRY[0]


def test_a_caption_drawn_after_a_turn_note_leaves_that_body_ended():
    # （下转第2版） / caption 张伟摄: the article's part on this page is over
    lines = ["江城新建三座公园", "本报记者 周华", *_body(PARKS), "（下转第2版）",
             "市民在城东新公园的步道上晨练。 张伟摄（影像中国）", *_body(FERRY)]
    articles = _articles(stream(*lines))
    assert [len(a.paragraphs) for a in articles] == [2, 2]
    assert articles[0].captions[0].credit == "张伟" and articles[1].paragraphs[0] == FERRY[0]


def test_a_line_running_on_past_a_captions_credit_is_cut_after_the_credit():
    # pdftotext -raw reads across: the caption's last line, its credit, then the next column's dateline
    lines = ["江城新建三座公园", *_body(PARKS), "图为城东新公园的健身步道，市民清", "晨在步道上锻炼。 本报记者 张伟摄 本报讯 江城",
             "轮渡公司今年新增两条航线，连通城东码头和江心岛，每天往返二十个班次。", "轮渡新增两条航线"]
    units = split_units([Block(lines)])
    assert (Role.CREDIT, ["晨在步道上锻炼。 本报记者 张伟摄"]) in [(u.role, u.lines) for u in units]
    assert any(u.lines[0] == "本报讯 江城" for u in units)


def test_every_credit_form_closes_its_caption_on_one_line():
    # 摄影报道 (a photo report), 摄 set apart before its agency, an agency alone after a space,
    # a role and two names
    forms = {"本报记者 张伟摄影报道": "张伟", "张伟 摄（人民视觉）": "张伟", " （影像中国）": "影像中国",
             "本报记者 张伟 李明摄": "张伟 李明", "张伟/摄": "张伟"}
    for form, credit in forms.items():
        lines = ["江城新建三座公园", *_body(PARKS), "市民在城东新公园的步道上晨练。" + ("" if form[0] == " " else " ") + form,
                 "轮渡新增两条航线", *_body(FERRY)]
        assert _captions(stream(*lines)) == [("市民在城东新公园的步道上晨练。", credit)], form


def test_a_photo_reports_list_of_photographers_is_no_caption():
    # 雷 声 周石 … / 方 舟 韩立川 宋远帆摄影报道: names alone before the credit, no caption's text
    lines = ["江城新建三座公园", *_body(PARKS), "林 涛 周华 张守向\n李 伟 王正坤 赵千威摄影报道",
             "轮渡新增两条航线", *_body(FERRY)]
    assert _captions(stream(*lines)) == []


def test_a_headline_line_as_wide_as_the_caption_under_it_is_no_line_of_it():
    # 竹丝里的三百年 / 赵师傅在作坊 / 里编织竹篮。 / 谢冰/摄: the headline has no clause mark
    units = _split(_body(PARKS), ["竹编里的老手艺"], ["王师傅在作坊"], ["里编织竹篮。"], ["谢冰/摄"])
    assert units[1] == (Role.OTHER, ["竹编里的老手艺"])


def test_a_credits_role_wrapped_onto_the_captions_last_line_is_no_caption_text():
    # ……好去处。本报记者 / 钱程 摄: the role goes with the name under it
    lines = ["江城新建三座公园", *_body(PARKS), "公园的步道成了市民休闲的\n好去处。本报记者\n张伟 摄",
             "轮渡新增两条航线", *_body(FERRY)]
    assert _captions(stream(*lines)) == [("公园的步道成了市民休闲的好去处。", "张伟")]


def test_a_byline_between_a_body_and_a_photos_caption_closes_that_body():
    # body, 本报记者 周华 (set right under it), caption, credit, the next headline over its own byline
    # and body: a byline never stands over its own headline, so it is the body's above
    lines = ["江城新建三座公园", *_body(PARKS), "本报记者 周华", "市民在城东新公园的步道上晨练。", "张伟摄",
             "轮渡新增两条航线", "本报记者 林涛", *_body(FERRY)]
    articles = _articles(stream(*lines))
    assert [a.headline.title for a in articles] == ["江城新建三座公园", "轮渡新增两条航线"]
    assert [[b.name for b in a.bylines] for a in articles] == [["周华"], ["林涛"]]
    assert [(c.text, c.credit) for c in articles[0].captions] == [("市民在城东新公园的步道上晨练。", "张伟")]
