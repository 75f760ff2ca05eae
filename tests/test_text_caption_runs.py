"""A photo's caption that a line stream cut in two where a line opens with a
quote (…一位老人说： / “以后……”): the caption's sentence runs on over the
break, so its start, left in the block above, is the caption's too, when it
opens with 图为 or is set at the caption's own measure (its photo's, wider or
narrower than the column's) right after a sentence that ended. Invented text,
as PyMuPDF's get_text() gives it (one line a line, no blank line)."""

from __future__ import annotations

import banmian
from tests.test_line_stream import FERRY, PARKS, typeset


def _lines(paragraphs: list[str]) -> list[str]:
    return [line for p in paragraphs for line in typeset(p)]


def _parks_captions(caption_lines: list[str], body_end: str = "方便周边居民休闲。") -> list[tuple[str, str | None]]:
    lines = ["江城新建三座公园", *_lines(PARKS), *caption_lines, "轮渡新增两条航线", *_lines(FERRY)]
    articles = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["江城新建三座公园", "轮渡新增两条航线"]
    assert articles[0].paragraphs[-1].endswith(body_end)
    return [(c.text, c.credit) for c in articles[0].captions]


def test_a_caption_opened_by_tu_wei_keeps_its_line_over_a_quote():
    captions = _parks_captions(["图为市民在新公园里晨练，一位老人说：", "“以后每天都要来这里走一走，",
                                "锻炼身体。 张伟/摄"])
    assert captions == [("图为市民在新公园里晨练，一位老人说：“以后每天都要来这里走一走，锻炼身体。", "张伟")]


def test_a_caption_at_its_photos_measure_keeps_its_lines_over_a_quote():
    # the column's lines hold 12 characters, the caption's 13: the two lines over the quote are the caption's
    captions = _parks_captions(["城东新公园开放当天，晨练的", "老人笑着，对前来的记者说：",
                                "“以后我们每天都要来这里走", "一走，锻炼身体！”", "张伟/摄"])
    assert captions == [("城东新公园开放当天，晨练的老人笑着，对前来的记者说：“以后我们每天都要来这里走一走，锻炼身体！”",
                         "张伟")]


def test_body_lines_at_the_columns_measure_stay_the_bodys():
    # the same words set at the column's measure (12 characters) are the body's: the caption is the quote
    lines = typeset("城东新公园开放当天，晨练的老人笑着，对前来的记者说：")
    captions = _parks_captions([*lines, "“以后我们每天都要来这里走", "一走，锻炼身体！”", "张伟/摄"], "对前来的记者说：")
    assert captions == [("“以后我们每天都要来这里走一走，锻炼身体！”", "张伟")]


def test_a_headline_with_its_column_tag_over_the_caption_is_none_of_it():
    # blocks (PyMuPDF's blocks output): a headline drawn after its body, then the photo's caption and credit;
    # the headline is as wide as the caption's line, but closes with its column's tag: no sentence's line
    from tests.test_line_stream import FERRY, STREET, pymupdf_blocks

    text = pymupdf_blocks(*map(typeset, STREET), ["城南老街改造完工"], ["■ 记者 李明"], *map(typeset, PARKS),
                          ["公园新，春意浓（城建观察）"], ["公园新建成之后，春意正浓。", "通讯员 张伟 摄"], ["■ 记者 周华"],
                          *map(typeset, FERRY), ["轮渡新增两条航线"], ["■ 记者 王芳"])
    articles = banmian.parse_text(text, enrich=False).pages[0].articles
    parks = next(a for a in articles if a.paragraphs[0].startswith("今年江城"))
    assert parks.headline.title == "公园新，春意浓（城建观察）"
    assert [(c.text, c.credit) for c in parks.captions] == [("公园新建成之后，春意正浓。", "张伟")]
