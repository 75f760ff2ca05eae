"""Figures and marks in OCR'd Chinese text (issue 12, exact article bodies):
forms the recogniser reads that the paper's text does not set. Each test
gives its own invented text, as the recogniser reads it, and the text the
page printed."""

from __future__ import annotations

import pytest

from banmian.sources.image import clean_text
from banmian.sources.ocr_text import mend_paragraph


def test_a_numbers_full_width_point_and_percent_sign_are_half_width() -> None:
    # a narrow glyph set in a square cell reads as its full-width form; the paper sets the half-width one
    assert clean_text("全年增长8．6％，高于预期") == "全年增长8.6%，高于预期"
    assert mend_paragraph("收视率达12．35％。其中") == "收视率达12.35%。其中"
    # a full-width mark that is no number's stays as read
    assert clean_text("（１）各村：出行．") == "（1）各村：出行．"


def test_an_ellipsis_with_one_half_lost_is_a_whole_ellipsis() -> None:
    # the paper sets an ellipsis as two …; one alone is the other half lost in the read
    assert mend_paragraph("唱完《山村新歌》…又跳起了舞") == "唱完《山村新歌》……又跳起了舞"
    assert mend_paragraph("锣鼓声……鞭炮声") == "锣鼓声……鞭炮声"


def test_a_quote_ending_a_paragraph_closes_and_one_starting_it_opens() -> None:
    # the recogniser's “ is mostly right, but a paragraph never ends with an opening quote
    text = "他笑着说。”老张接着说，“出门也不怕走远了。“"
    assert mend_paragraph(text) == "他笑着说。”老张接着说，“出门也不怕走远了。”"
    assert mend_paragraph("”今年的灯会，真热闹。”她说") == "“今年的灯会，真热闹。”她说"


def test_a_colon_between_figures_is_a_times_or_a_ratios() -> None:
    # hours to 24 then minutes of two figures: a time (full-width colon); else a ratio or a score (∶)
    assert clean_text("比赛于19:30开始，主队以3:1获胜") == "比赛于19：30开始，主队以3∶1获胜"
    assert mend_paragraph("两队比分为25：21，比例尺1：750，发车时间08：05：30。") == \
        "两队比分为25∶21，比例尺1∶750，发车时间08：05：30。"


def test_a_stop_and_a_quote_boxed_apart_on_a_row_of_their_own_read_left_to_right() -> None:
    from banmian.model import TextLine
    from banmian.sources.image import pull_up_punctuation
    from banmian.sources.ocr_lines import join_level_marks

    # 。” pushed over a column's first line: the stop's cell is a square, the quote's box only its top
    stop = TextLine("。", (100.0, 100.6, 111.0, 111.0), 10.0)
    quote = TextLine("”", (110.0, 100.0, 115.5, 105.8), 4.8)
    body = TextLine("老王笑着说，接着又", (120.0, 113.0, 200.0, 124.0), 10.0)
    texts = sorted(ln.text for ln in pull_up_punctuation(join_level_marks([stop, quote, body])))
    assert texts == ["。”", "老王笑着说，接着又"]


def test_a_space_read_inside_capitals_or_camel_case_is_dropped() -> None:
    # capitals and camel case are set solid; a phrase of ordinary words keeps its space
    assert mend_paragraph("一种IG BT芯片，由Bio LabCore公司研制") == "一种IGBT芯片，由BioLabCore公司研制"
    assert mend_paragraph("发表于Water Research杂志") == "发表于Water Research杂志"


def test_two_phrases_of_one_heading_boxed_apart_take_one_size_and_join() -> None:
    from banmian.model import TextLine
    from banmian.sources.image import even_sizes, join_spaced

    # the second phrase holds brackets: its glyphs' height overstates its size by a sixth
    first = TextLine("锣鼓喧天", (35.0, 119.0, 105.0, 137.0), 14.09)
    second = TextLine("龙腾狮跃（年俗·舞龙）", (105.0, 119.0, 306.0, 137.0), 16.43)
    body = [TextLine("村里的锣鼓队一早就来到广场", (35.0, 150.0 + 15 * k, 160.0, 161.0 + 15 * k), 10.17)
            for k in range(12)]
    lines = join_spaced(even_sizes([first, second] + body))
    assert "锣鼓喧天 龙腾狮跃（年俗·舞龙）" in [ln.text for ln in lines]


def test_a_space_read_between_a_single_letter_and_a_number_is_dropped() -> None:
    assert mend_paragraph("在C 919试飞后，又建成5 G基站") == "在C919试飞后，又建成5G基站"
    assert mend_paragraph("下载APP 15个") == "下载APP 15个"  # a word and a count: left as read


def test_a_credit_opening_its_row_under_its_caption_takes_no_line_of_the_next_column() -> None:
    from banmian.model import TextLine
    from banmian.sources.ocr_lines import join_credits

    # the caption wrapped before its credit: the credit's row starts at the caption's left edge,
    # and the line before it on the row is the body column's, across the gutter
    caption = TextLine("图为村民赶集的热闹场面。", (515.0, 611.7, 621.0, 621.1), 8.2)
    credit = TextLine("本报记者 李四摄", (515.0, 622.7, 581.0, 632.5), 8.2)
    body = TextLine("大家商量着明年的打算、", (394.6, 619.0, 499.7, 629.7), 9.8)
    texts = sorted(ln.text for ln in join_credits([caption, credit, body]))
    assert texts == sorted([caption.text, credit.text, body.text])


def test_a_low_ring_and_a_high_quote_boxed_tight_are_one_row_of_marks() -> None:
    from banmian.model import TextLine
    from banmian.sources.image import pull_up_punctuation
    from banmian.sources.ocr_lines import join_level_marks

    # under the column's last line: the ring's box low in the row, the quote's high, a half square apart
    above = TextLine("这是村里过年的重要内容", (755.0, 670.0, 856.0, 681.0), 10.0)
    stop = TextLine("。", (755.0, 690.5, 760.0, 696.3), 5.8)
    quote = TextLine("”", (764.3, 685.1, 770.8, 690.9), 5.8)
    texts = [ln.text for ln in pull_up_punctuation(join_level_marks([above, stop, quote]))]
    assert texts == ["这是村里过年的重要内容。”"]


def _dotted_crop(dot_top: int):
    """Three glyphs (boxes down the glyph band) with a dot between the first
    and the second whose top stands at ``dot_top`` (18: half way up; 29: at the foot)."""
    np = pytest.importorskip("numpy")
    page = np.full((40, 120, 3), 255, np.uint8)
    for x in (10, 50, 70):
        page[6:34, x:x + 12] = 0
        page[10:30, x + 3:x + 9] = 255
    page[dot_top:dot_top + 4, 33:37] = 0
    return page


def test_a_middle_dot_between_figures_read_as_a_point_is_told_by_its_height() -> None:
    """“9·29”案件: the recogniser read the middle dot between a date's month
    and day as a decimal point. Its ink stands half way up the figures; a
    decimal point's stands at their foot and stays."""
    pytest.importorskip("numpy")
    from banmian.sources.ocr_dots import middle_dots

    assert middle_dots("9. 29", _dotted_crop(18)) == "9· 29"
    assert middle_dots("9.29", _dotted_crop(29)) == "9.29"


def test_middle_dots_and_list_points_take_the_forms_chinese_text_sets() -> None:
    """The recogniser reads a middle dot as katakana ・ (“9・29”), a list
    number's half-width point as ． or with a space after it (4．村里…, 12. Q
    群…), and a ( wrapped before its ) (at a line's end, or opening a line
    of Chinese) half width: each in the form the page set."""
    from banmian.sources.ocr_text import clean_text

    assert clean_text("东城区“9・29”专项行动中") == "东城区“9·29”专项行动中"
    assert clean_text("协会；4．青山绿水志愿") == "协会；4.青山绿水志愿"
    assert clean_text("项目；12. Q群互助计划") == "项目；12.Q群互助计划"
    assert clean_text("(1985年5月3日第") == "（1985年5月3日第"
    assert clean_text("总量增长3.5亿元") == "总量增长3.5亿元"  # a decimal point stays
    assert clean_text("2019.春节") == "2019.春节"  # a year is no list number


def test_a_point_between_chinese_characters_standing_half_way_up_is_a_middle_dot() -> None:
    """A foreign name's parts (马丁·路德) are set apart by a middle dot the
    recogniser reads as a point; its ink stands half way up the glyphs. A
    point at their foot stays."""
    pytest.importorskip("numpy")
    from banmian.sources.ocr_dots import middle_dots

    assert middle_dots("马.丁路", _dotted_crop(18)) == "马·丁路"
    assert middle_dots("马.丁路", _dotted_crop(29)) == "马.丁路"


def test_a_web_address_is_read_without_the_spaces_after_its_slashes() -> None:
    """The recogniser reads a space after each narrow / or _ of a web
    address (http：/ /www.ex ample.cn/ news/ 12_ 3); the page sets it solid.
    A slash set between spaced words stays as set."""
    from banmian.sources.ocr_text import clean_text

    assert clean_text("网址为：http：/ / www.") == "网址为：http：//www."
    assert clean_text("qingshan.gov.cn/ news/ 12_ 3") == "qingshan.gov.cn/news/12_3"
    assert clean_text("早饭 / 午饭") == "早饭 / 午饭"


def test_a_point_opening_a_line_before_chinese_standing_half_way_up_is_a_middle_dot() -> None:
    """A foreign name wrapped at its middle dot (…马丁 / ·路德…): the line
    opens with the dot, which the recogniser reads as a point and a space."""
    np = pytest.importorskip("numpy")
    from banmian.sources.ocr_dots import middle_dots

    def crop(dot_top: int):
        page = np.full((40, 120, 3), 255, np.uint8)
        for x in (30, 50, 70):
            page[6:34, x:x + 12] = 0
            page[10:30, x + 3:x + 9] = 255
        page[dot_top:dot_top + 4, 10:14] = 0
        return page

    assert middle_dots(". 路德表", crop(18)) == "·路德表"
    assert middle_dots(".路德表", crop(29)) == ".路德表"  # at the foot: left as read
