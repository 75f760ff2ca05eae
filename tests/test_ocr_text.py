"""Recogniser noise in the characters of OCR'd Chinese text (issue 12, exact
article bodies): each test gives its own sample text or lines, as the
recogniser reads them, and the text the page printed."""

from __future__ import annotations

import pytest

from banmian.model import TextLine
from banmian.sources import ocr
from banmian.sources.image import clean_text, join_spaced
from banmian.sources.ocr_text import mend_paragraph, pair_quotes, simplify_strays


def test_a_run_of_ascii_marks_beside_chinese_is_full_width_and_does_not_open_a_quote() -> None:
    # 好!" : the quote closes the exclamation; after ！ a quote may close or open, so it keeps its reading
    assert clean_text('大家都说越来越好!"随后') == "大家都说越来越好！”随后"
    assert mend_paragraph('“日子越过越好!"他笑着说') == "“日子越过越好！”他笑着说"


def test_an_ellipsis_read_as_dots_and_ellipses_is_one_ellipsis() -> None:
    assert clean_text("老街的传承....….近年来") == "老街的传承……近年来"
    assert clean_text("沿途有花海.....还有湖") == "沿途有花海……还有湖"
    # its two halves on two lines: … ending one, …… opening the next
    assert mend_paragraph("她列了一张“清单”………后来又添") == "她列了一张“清单”……后来又添"


def test_spaces_read_beside_narrow_latin_letters_and_digits_are_dropped() -> None:
    text = "村里有了Wi F i，下载A P P 15个，增长51. 6 %，近2 / 3的人，共3. 1万"
    assert mend_paragraph(text) == "村里有了WiFi，下载APP 15个，增长51.6%，近2/3的人，共3.1万"
    assert mend_paragraph("全年R& D投入增长") == "全年R&D投入增长"  # an ampersand's side bearing too


def test_a_comma_read_as_one_after_a_closing_mark_is_a_comma() -> None:
    assert mend_paragraph("这就是“绿色走廊”1作为试点") == "这就是“绿色走廊”，作为试点"
    assert mend_paragraph("读过《乡土中国》1我们才懂") == "读过《乡土中国》，我们才懂"
    # after a sentence's end the digit opens the next sentence: a date stays
    assert mend_paragraph("“大家过得好。”1月起开通") == "“大家过得好。”1月起开通"


def test_a_closing_quote_read_as_two_strokes_after_a_sentence() -> None:
    assert mend_paragraph("“变化真让我惊讶！II城市越来越美") == "“变化真让我惊讶！”城市越来越美"


def test_single_quotes_face_by_their_place() -> None:
    assert clean_text("要树立'问题意识'，做到对症") == "要树立‘问题意识’，做到对症"
    assert clean_text("他说：“大家都叫它'冷极'。") == "他说：“大家都叫它‘冷极’。"


def test_quotes_between_characters_are_paired_with_one_running_on() -> None:
    """An odd count: the last quote runs on into the next paragraph. The
    quotes whose place tells keep it; the others are paired."""
    text = "创新开展跨层级”双随机“联合检查。“政府部门要学会换位思考"
    assert pair_quotes(text) == "创新开展跨层级“双随机”联合检查。“政府部门要学会换位思考"


def test_a_closing_quote_pushed_to_a_lines_start_stays_closing() -> None:
    """The recogniser saw ” at the start of a line: a quote pushed off the line
    above (pull_up_punctuation moves it back), not one opening this line."""
    assert clean_text("”没有泵站的值班制度") == "”没有泵站的值班制度"
    assert clean_text('"今天很冷') == "“今天很冷"  # ASCII has no direction: its place decides


def test_ascii_brackets_around_chinese_or_with_a_full_width_partner_are_full_width() -> None:
    assert clean_text("冬天，U15(15岁以下）的队员") == "冬天，U15（15岁以下）的队员"
    assert clean_text("学会（IEEE)会士") == "学会（IEEE）会士"


SIMPLIFIED_PAGE = ("清晨的公园里有人打拳也有人沿着湖边慢跑还有人在亭子里唱歌傍晚时分广场上更热闹"
                   "这条老街两旁的商铺大多开了几十年周末来逛街的人比平时多出一倍以上")


def test_a_traditional_form_on_a_simplified_page_is_made_simplified() -> None:
    pytest.importorskip("opencc", reason="the 'ocr' extra is not installed")
    lines = [SIMPLIFIED_PAGE] * 3 + ["奧运冠军来到村里，天气涼爽", "器物的鋬手"]
    assert simplify_strays(lines) == [SIMPLIFIED_PAGE] * 3 + ["奥运冠军来到村里，天气凉爽", "器物的鋬手"]
    traditional = ["這條老街兩旁的商鋪大多開了幾十年", "週末來逛街的人比平時多出一倍"]
    assert simplify_strays(traditional) == traditional


def _piece(text: str, x0: float, x1: float, y0: float = 100, height: float = 30) -> ocr.OcrLine:
    return ocr.OcrLine(text, (x0, y0, x1, y0 + height), 0.99, ink=(x0 + 2, x1 - 2), ink_height=height - 6)


def test_a_closing_mark_alone_at_a_rows_start_is_not_joined_to_the_row() -> None:
    """A quote pushed off the line above is boxed alone at the next row's
    start: it stays apart (it goes back up), not opening the row's text."""
    rows = ocr.join_row_pieces([_piece("”", 100, 118), _piece("接着他又说", 126, 276)])
    assert sorted(ln.text for ln in rows) == ["”", "接着他又说"]
    joined = ocr.join_row_pieces([_piece("接着他又说", 100, 250), _piece("”", 252, 268), _piece("好", 280, 310)])
    assert [ln.text for ln in joined] == ["接着他又说”好"]


def test_marks_pushed_off_two_lines_are_not_a_vertical_line() -> None:
    """A full stop pushed to one row's start and a bracket to the next row's,
    one under the other, are no vertical line of two characters."""
    body = [_piece("评论版的这组文章围绕", 100, 400, 60 + 40 * k) for k in range(2)]
    marks = [ocr.OcrLine("。", (100, 140, 128, 176), 0.96), ocr.OcrLine("）", (100, 184, 132, 221), 0.5)]
    stacked = ocr.stack_singles(body + marks)
    assert not any(ln.vertical for ln in stacked), [(ln.text, ln.vertical) for ln in stacked]


def test_the_characters_after_a_datelines_space_end_its_line() -> None:
    """新华社北京2月1日电　近日: 近 stands more than a character after the
    dateline, alone, where its column's lines end: it ends that line; a
    piece of the next column, past the gutter, does not."""
    size = 9.0
    above = TextLine("编者按语三行文字编者按语三行", (36, 88, 162, 97), size)
    dateline = TextLine("新华社北京2月1日电", (54, 100, 144, 109), size)
    first = TextLine("近", (153, 100, 162, 109), size)
    below = TextLine("日，江城市委主要负责同志", (36, 112, 162, 121), size)
    other_column = TextLine("边防连队的大课堂里书写青", (176, 100, 284, 109), size)
    texts = sorted(ln.text for ln in join_spaced([above, dateline, first, below, other_column]))
    assert "新华社北京2月1日电 近" in texts, texts
    assert "边防连队的大课堂里书写青" in texts, texts


def test_a_headings_pieces_set_a_wide_space_apart_are_one_line() -> None:
    """The detector boxes a heading's phrases apart: a short first phrase and
    a long second one (with a bracket) are one line with one space; the two
    halves of a bracket set apart by a wide space are one line with none.
    Body lines of two columns, a gutter apart, stay two lines."""
    body = [TextLine("这条老街两旁的商铺大多开了几十年", (36, 300 + 12 * k, 180, 309 + 12 * k), 9.0)
            for k in range(12)]
    first = TextLine("修好乡村路", (36, 100, 136, 120), 20.0)
    second = TextLine("走上致富路（乡村振兴看变化）", (150, 100, 430, 120), 20.0)
    opened = TextLine("城里的绿道连着乡村（新论·", (36, 150, 296, 170), 20.0)
    closed = TextLine("看变化③）", (310, 150, 410, 170), 20.0)
    left = TextLine("这条老街两旁的商铺大多开了几十", (36, 500, 171, 509), 9.0)
    right = TextLine("河边的柳树刚刚发芽孩子们在操场", (183, 500, 318, 509), 9.0)
    texts = sorted(ln.text for ln in join_spaced(body + [first, second, opened, closed, left, right]))
    assert "修好乡村路 走上致富路（乡村振兴看变化）" in texts, texts
    assert "城里的绿道连着乡村（新论·看变化③）" in texts, texts
    assert left.text in texts and right.text in texts, texts


def test_an_opening_single_quote_read_as_one_and_a_lone_closing_one() -> None:
    """中国1一带一路’: the paragraph's single quotes are one short of pairs and
    a closing quote follows the 1 within a phrase: the 1 opens it. A number
    leaves the count even. A single quote whose partner was lost stays
    closing (single quotes do not run on into the next paragraph)."""
    assert mend_paragraph("“如今，中国1一带一路’倡议惠及各国”") == "“如今，中国‘一带一路’倡议惠及各国”"
    assert mend_paragraph("村里第1个‘致富带头人’") == "村里第1个‘致富带头人’"
    assert pair_quotes("在一带一路’倡议下") == "在一带一路’倡议下"


def test_two_quotes_side_by_side_close_one_word_and_open_the_next() -> None:
    """“” quotes nothing: between two quoted words the pair is ”“, whatever
    way the recogniser read each of them."""
    assert pair_quotes("要治“拖沓“”推诿“”敷衍”等作风") == "要治“拖沓”“推诿”“敷衍”等作风"
    # a paragraph cut after the pair (the line looked short): its last quote cannot open, and “” is no reading
    assert "“”" not in pair_quotes("小区里种了“南瓜“”")


def test_a_list_items_dot_read_as_a_full_stop_is_a_dot() -> None:
    assert mend_paragraph("名单如下：1.青山学会；12。绿水协会；13.白云社") == "名单如下：1.青山学会；12.绿水协会；13.白云社"
    assert mend_paragraph("分两步：3。先试点") == "分两步：3.先试点"
    # a sentence that ends in a number keeps its full stop
    assert mend_paragraph("全年增长了12。今年将继续") == "全年增长了12。今年将继续"


def test_a_times_colons_are_full_width_and_its_full_stop_stays() -> None:
    """A time of day in Chinese text is set with the full-width colon; the
    recogniser reads it as ``:``. The number after a time's colon is no list
    item: the full stop after it ends the sentence."""
    assert clean_text("列车于08:15:30驶出车站") == "列车于08：15：30驶出车站"
    assert mend_paragraph("会议于9：30：05。随后代表们") == "会议于9：30：05。随后代表们"
    # the time wrapped over a line break inside a figure (08：1 / 5): no space between the figures
    assert mend_paragraph("列车于08：1 5：30驶出车站") == "列车于08：15：30驶出车站"


def test_a_closing_single_quote_read_as_one_before_a_comma() -> None:
    assert mend_paragraph("他说要有‘钉钉子精神1，一年干好") == "他说要有‘钉钉子精神’，一年干好"
    # with the quotes paired, a 1 is a number
    assert mend_paragraph("‘好’，第1，要做好") == "‘好’，第1，要做好"


def _row(text: str, y0: float, slots: list[int] | None = None) -> ocr.OcrLine:
    line = ocr.OcrLine(text, (100, y0, 400, y0 + 30), 0.99, ink=(102, 398), ink_height=24)
    line.quote_slots = slots or []
    return line


def test_a_dropped_single_quote_is_put_back_only_where_its_closing_partner_follows() -> None:
    """A slot becomes ‘ when a closing single quote (’, ASCII ', or its
    stroke read as 1 before a comma) follows within a phrase, in the line or
    the line under it. On a faded scan a piece of a character's top stroke
    (于, 干) looks like a quote's stroke: with no partner it is no quote."""
    lines = ocr.put_back_single_quotes([_row("大家都说石油红'好看", 0, [4])])
    assert lines[0].text == "大家都说‘石油红'好看"
    lines = ocr.put_back_single_quotes([_row("我们要坚持靶向意识", 0, [5]), _row("1，做到精准发力", 36)])
    assert lines[0].text == "我们要坚持‘靶向意识"
    apart = [_row("我们要坚持靶向意识", 0, [5]), _row("1", 36), _row("，做到精准发力", 36)]
    apart[1].box, apart[2].box = (100, 36, 120, 66), (120, 36, 400, 66)  # the row under, in two pieces
    assert ocr.put_back_single_quotes(apart)[0].text == "我们要坚持‘靶向意识"
    lines = ocr.put_back_single_quotes([_row("保障群众对于就医的需求", 0, [6]), _row("，减轻群众负担", 36)])
    assert lines[0].text == "保障群众对于就医的需求"
    # a closing quote that an opening one read before it already pairs
    lines = ocr.put_back_single_quotes([_row("他们说‘地里的盐’", 0, [1])])
    assert lines[0].text == "他们说‘地里的盐’"


def test_a_slot_moves_with_its_piece_when_row_pieces_are_joined() -> None:
    left = ocr.OcrLine("我们", (100, 0, 160, 30), 0.99, ink=(102, 158), ink_height=24)
    right = ocr.OcrLine("坚持靶向意识'", (170, 0, 400, 30), 0.99, ink=(172, 398), ink_height=24)
    right.quote_slots = [2]
    joined = ocr.join_row_pieces([left, right])
    assert [ln.text for ln in joined] == ["我们坚持靶向意识'"] and joined[0].quote_slots == [4]
    assert ocr.put_back_single_quotes(joined)[0].text == "我们坚持‘靶向意识'"


def test_a_mark_after_a_piece_of_its_own_row_stays_and_a_pushed_one_goes_to_the_rows_last_piece() -> None:
    """The detector can cut a row after a closing quote (好” / ，又快): the
    comma opens the second piece, not the line, and stays. A comma pushed to
    the next row's start goes back to the end of the row above: to its last
    piece in the column, not to its first, and not to the next column's line
    that an overflowing line touches."""
    from banmian.sources.image import pull_up_punctuation

    size = 10.0
    top = TextLine("大家都说这路修得又平又", (36, 100, 146, 110), size)
    first = TextLine("好”", (36, 114, 56, 124), size)
    second = TextLine("，又快又稳当当地通到村", (56, 114, 146, 124), size)
    third = TextLine("，孩子们上学不再绕远路", (36, 128, 146, 138), size)
    texts = sorted(ln.text for ln in pull_up_punctuation([top, first, second, third]))
    assert texts == sorted(["大家都说这路修得又平又", "好”", "，又快又稳当当地通到村，", "孩子们上学不再绕远路"])
    # the row above overflows into the gutter and touches the next column's line
    left = TextLine("看到运动员们都在积极备战", (36, 100, 152, 110), size)
    right = TextLine("同学们参加了会见。", (152, 100, 230, 110), size)
    under = TextLine("，场馆建设也在抓紧进行", (36, 114, 146, 124), size)
    next_column = TextLine("这是一次难忘的会见活动", (160, 114, 250, 124), size)
    texts = sorted(ln.text for ln in pull_up_punctuation([left, right, under, next_column]))
    assert texts == sorted(["看到运动员们都在积极备战，", "同学们参加了会见。", "场馆建设也在抓紧进行", "这是一次难忘的会见活动"])


def test_a_dateline_whose_bracket_was_lost_at_its_lines_end_gets_it_back() -> None:
    """本报江城3月5日电 （ / 记者王小明）…: the （ at the line's end is lost, or
    read apart as ( or C (on its own, or joined across the gutter to the next
    column's line). The dateline gets it back, the stray reading goes; a
    dateline over an ordinary line is left alone."""
    from banmian.sources.ocr_lines import open_dateline_brackets

    size = 10.0
    dateline = TextLine("本报江城3月5日电", (56, 100, 146, 110), size)
    under = TextLine("记者王小明）近日，江城的新", (36, 114, 162, 124), size)
    stray = TextLine("C 春节前后。", (150, 100, 210, 110), size)
    out = open_dateline_brackets([dateline, under, stray])
    assert [ln.text for ln in out] == ["本报江城3月5日电 （", "记者王小明）近日，江城的新", "春节前后。"]
    assert out[2].x0 > stray.x0
    alone = TextLine("(", (150, 100, 160, 110), 9.0)
    out = open_dateline_brackets([dateline, under, alone])
    assert [ln.text for ln in out] == ["本报江城3月5日电 （", "记者王小明）近日，江城的新"]
    plain = TextLine("近日，江城的新公园开放了", (36, 114, 162, 124), size)
    assert [ln.text for ln in open_dateline_brackets([dateline, plain])] == ["本报江城3月5日电", "近日，江城的新公园开放了"]
    # its （ read: nothing to mend
    read = TextLine("本报江城3月5日电 （", (56, 100, 160, 110), size)
    assert [ln.text for ln in open_dateline_brackets([read, under])] == ["本报江城3月5日电 （", "记者王小明）近日，江城的新"]


def test_a_quote_read_as_opening_is_trusted_and_a_lines_end_tells_nothing() -> None:
    """The recogniser reads “ as ” now and then, ” as “ hardly ever. A quote
    at a line's end after a comma opens the words on the next line (说，“ /
    …); ”“ between two quoted words is kept; two ” around a short word are
    its pair of quotes, not a quote closing and another opening."""
    assert clean_text("村里通了网。”老李说，“") == "村里通了网。”老李说，“"
    assert clean_text("治理”乱停“”乱放”等问题") == "治理“乱停”“乱放”等问题"
    assert clean_text("严查”飞线”“私接”现象") == "严查“飞线”“私接”现象"
    assert clean_text("抓好”三项服务”") == "抓好“三项服务”"
    assert clean_text("大家都叫它”桥”，很亲切") == "大家都叫它“桥”，很亲切"
    # a paragraph that opens inside a quote (its first part is on the page before)
    assert pair_quotes("村里通了网。”老李说，“如今孩子们上网课方便多了。”") == "村里通了网。”老李说，“如今孩子们上网课方便多了。”"


def test_a_closing_quote_read_as_two_strokes_before_a_comma() -> None:
    """” is two short strokes; read alone, or pushed with a comma to the next
    line's start, it comes back as II. Before a comma or full stop after a
    quoted word it is the quote; a numeral after 第 stays."""
    assert mend_paragraph("要落实“三项责任II，从严管理") == "要落实“三项责任”，从严管理"
    assert clean_text("II ，从严管理好每一笔钱") == "”，从严管理好每一笔钱"
    assert mend_paragraph("进入第II，") == "进入第II，"


def test_a_lone_dash_before_a_closing_mark_is_the_character_yi() -> None:
    """A single dash joins two words or figures; before a closing quote or a
    comma it is 一 read as its twin. Dash pairs and ranges stay, and so does
    a lone dash after a mark (a dash pair's lost half: ”—陕西 is ”——陕西)."""
    assert mend_paragraph("去年“八—”前后，要统—，再出发") == "去年“八一”前后，要统一，再出发"
    assert mend_paragraph("他说——“走吧”，从北京—上海，30—40人") == "他说——“走吧”，从北京—上海，30—40人"
    assert mend_paragraph("“明天的太阳”—陕西延安") == "“明天的太阳”—陕西延安"


def test_a_full_stop_read_as_zero_after_a_percentage() -> None:
    assert mend_paragraph("同比增长3.5%0全市港口") == "同比增长3.5%。全市港口"
    assert mend_paragraph("全年同比增长3.5%0") == "全年同比增长3.5%。"
    assert mend_paragraph("增长3.5%，10%以上") == "增长3.5%，10%以上"


def test_a_dropped_quotes_place_counts_figures_as_half_a_square() -> None:
    """Figures and Latin letters are set about half a square wide: a stroke
    after 自2013年 (1 + 4 halves + 1 squares of ink) stands after 年, not
    before it as six equal squares would say."""
    ink = (0.0, 840.0)  # 自 2013 年 ‘ 一 带 一 路: 1 + 4 x 0.55 + 1 + 1 + 4 = 9.2 squares of 91.3
    stroke = 4.4 * 840.0 / 9.2  # a fifth into the quote's square (as in the test above: 在‘一带一路)
    assert ocr.quote_slots("自2013年一带一路", ink, [(stroke, stroke + 3)]) == [6]
    assert ocr.quote_slots("在一带一路", (10.0, 184.0), [(74, 77)]) == [2]


def test_a_bracket_a_line_opens_is_not_closed_by_the_next_columns_line() -> None:
    """A brief's credit opens a bracket that wraps to the next line (（王明
    李) while the next column's line, a narrow gutter away, holds a credit
    of its own (活动。（张华）): its closing bracket closes its own, so the two
    lines stay apart (the left line's last piece ends its column)."""
    size = 9.4
    body = [TextLine("这条老街两旁的商铺大多开了几", (36, 300 + 12 * k, 163, 309 + 12 * k), size)
            for k in range(6)]
    left = TextLine("的安全保驾护航。 （王明 李", (36, 244, 163, 254), size)
    right = TextLine("有关活动。（张华）", (175, 244, 260, 254), size)
    texts = sorted(ln.text for ln in join_spaced(body + [left, right]))
    assert left.text in texts and right.text in texts, texts


def test_the_characters_after_a_datelines_space_under_a_heading_end_its_line() -> None:
    """A dateline opening a column under a heading (no body line above it),
    the line under it set tight with figures running a little past the
    column (月1日出版的第3期): the first figure after the dateline's space
    (新华社北京1月31日电　2) still ends the dateline's line, as the column's
    other lines tell; it was left alone and read into the next column."""
    size = 9.4
    heading = TextLine("推动城乡环境整治迈上新台阶", (34, 478, 420, 506), 27.0)
    dateline = TextLine("新华社北京1月31日电", (53, 509.5, 145.7, 520.1), size)
    first = TextLine("2", (145.7, 509.5, 158.6, 520.1), size)
    tight = TextLine("月1日出版的第3期《求是》杂志", (36, 523.4, 165.2, 532.8), size)
    below = [TextLine("将发表江城市委主要负责同志的", (36, 536.5 + 13.1 * k, 163.4, 545.9 + 13.1 * k), size)
             for k in range(3)]
    other_column = TextLine("。人居环境是关系群众切身利益", (173.8, 509.5, 304.5, 520.1), size)
    texts = sorted(ln.text for ln in join_spaced([heading, dateline, first, tight, other_column] + below))
    assert "新华社北京1月31日电 2" in texts, texts
    assert other_column.text in texts, texts


def test_a_closing_bracket_wrapped_alone_takes_its_openers_width() -> None:
    """A heading ending just past its column wraps its closing bracket alone
    onto the next line (山路弯弯通到家门口（新论 / ）): read alone, the bracket
    came back half width; it closes the full-width （ above, and a half-width
    pair stays half width. A lone bracket under a closed line is left alone."""
    from banmian.sources.ocr_lines import wrapped_closing_brackets

    size = 20.0
    heading = TextLine("山路弯弯通到家门口（新论", (300, 100, 560, 120), size)
    wrapped = TextLine(")", (302, 124, 312, 144), size)
    assert [ln.text for ln in wrapped_closing_brackets([heading, wrapped])] == ["山路弯弯通到家门口（新论", "）"]
    half = TextLine("山路弯弯通到家门口(新论", (300, 100, 550, 120), size)
    read_full = TextLine("）", (302, 124, 322, 144), size)
    assert [ln.text for ln in wrapped_closing_brackets([half, read_full])][1] == ")"
    closed = TextLine("山路弯弯（新论）通到家门", (300, 100, 560, 120), size)
    assert [ln.text for ln in wrapped_closing_brackets([closed, wrapped])][1] == ")"


def test_a_list_numbers_point_ending_a_line_is_half_width_and_set_close() -> None:
    # the item's number ends one line, its words open the next: only the paragraph sees both
    assert mend_paragraph("捐赠单位有：20．青松基金会；21．明湖社区基金会") == "捐赠单位有：20.青松基金会；21.明湖社区基金会"
    assert mend_paragraph("项目；38. K站综合服务") == "项目；38.K站综合服务"
    assert mend_paragraph("全年增长3.5亿元") == "全年增长3.5亿元"  # a decimal point stays


def test_shi_read_as_plus_minus_before_a_chinese_mark_is_shi() -> None:
    assert clean_text("致边防连全体战±：你们好") == "致边防连全体战士：你们好"
    assert clean_text("他是一名老战±") == "他是一名老战士"
    assert clean_text("±：") == "士："  # a piece of its row, the rest of the line boxed apart
    assert clean_text("误差在±0.5毫米以内") == "误差在±0.5毫米以内"  # before a figure it is the sign


def test_a_closing_quote_read_as_one_and_a_letter_after_an_ellipsis_is_a_quote() -> None:
    assert mend_paragraph("他唱：“走过山，走过河……1I歌声传得很远") == "他唱：“走过山，走过河……”歌声传得很远"
    assert mend_paragraph("共有11人参加……11月起") == "共有11人参加……11月起"  # a number stays


def test_a_quote_boxed_alone_read_as_a_digit_and_a_letter_is_a_quote() -> None:
    # a closing quote pushed alone onto the row under its sentence: its two strokes read as 1I
    assert all(ocr.LONE_QUOTE_READING.match(r) for r in ("II", "1I", "l1", "Ⅱ"))
    assert not any(ocr.LONE_QUOTE_READING.match(r) for r in ("11", "1", "I"))  # a number, a letter stay


def test_an_ellipsis_half_read_as_a_dot_at_a_lines_end_is_one_ellipsis() -> None:
    """An ellipsis split over a line break after a closing quote: the first
    line's half read as a dot (说出了“心里话”. / …… 春天来了): one ellipsis."""
    from banmian.sources.ocr_text import mend_paragraph

    assert mend_paragraph("大家说出了“心里话”.……春天来了") == "大家说出了“心里话”……春天来了"
    assert mend_paragraph("他说：“好。”……春天来了") == "他说：“好。”……春天来了"
    assert mend_paragraph("版本3.……之后") == "版本3.……之后"  # a figure's point is left as read
