"""Text mode on lines of two columns an extractor read across (pdftotext
without ``-layout`` reads lines standing level row by row, each a block of its
own): the columns are read apart again. Every text here is invented."""

from __future__ import annotations

from itertools import zip_longest

import banmian
from banmian.layout.stream_unweave import unweave_columns

from tests.test_line_stream import typeset

_LEFT = ("城东新区今年新建三座公园，总面积达到四十公顷，全部向市民免费开放。新公园里种植了本地树种，"
         "并设置了健身步道和儿童游乐区域，方便周边居民休闲。市园林局负责人介绍，新公园将在春节前陆续开放。")
_RIGHT = ("城南老街改造工程近日完工，一千多户居民告别了多年的积水困扰。老街改造保留了传统街巷风貌，"
          "新增停车位两百个，居民出行更加便利。老街改造工程由市住建局负责，居民们对改造效果十分满意。")
#: a lead across both columns: the page spells the words the column lines cut (三座 / 公园: 座公)
_LEAD = ("城东新区新建三座公园，总面积达到四十公顷，全部向市民免费开放，方便周边居民休闲，将在春节前陆续开放。"
         "城南老街改造工程近日完工，居民告别了多年的积水困扰，老街改造新增停车位，居民出行更加便利。")


def _woven() -> list[str]:
    left, right = typeset(_LEFT, 12), typeset(_RIGHT, 12)
    return [line for pair in zip_longest(left, right) for line in pair if line]


def test_lines_of_two_columns_read_across_are_read_column_by_column():
    lead = typeset(_LEAD, 30)
    numbered = [(line, n) for n, line in enumerate(lead)]
    numbered += [(line, 100 + 2 * n) for n, line in enumerate(_woven())]  # a blank line after each
    out = [text for text, _ in unweave_columns(numbered)]
    assert out == [*lead, *typeset(_LEFT, 12), *typeset(_RIGHT, 12)]


def test_a_column_read_down_one_line_a_block_stays_as_it_is():
    # PyMuPDF's blocks at a loose leading: one line a block, in reading order
    lead = typeset(_LEAD, 30)
    lines = [*typeset(_LEFT, 12), *typeset(_RIGHT, 12)]
    numbered = [(line, n) for n, line in enumerate(lead)] + [(line, 100 + 2 * n) for n, line in enumerate(lines)]
    assert unweave_columns(numbered) == numbered


def test_an_article_read_across_its_columns_reads_column_by_column():
    text = "\n".join(["城东三座新公园开放", "", *typeset(_LEAD, 30), "", ""]) + "\n\n".join(_woven()) + "\n"
    article = banmian.parse_text(text, enrich=False).pages[0].articles[0]
    assert "".join(article.paragraphs).endswith(_LEFT + _RIGHT)


_WIDE = ("河西镇今年冬天组织志愿者为独居老人上门送去年货和棉衣，一共走访了三百多户人家。志愿者们还帮老人打扫院子、"
         "检查电线和炉灶，提醒大家注意用火安全。镇里表示，这项活动将坚持下去，让老人们过一个温暖的春节。")
_NARROW_LEFT = ("江北区新开通的两条公交线路连接了四个大型居住区和地铁站，居民上下班的时间平均缩短了二十分钟。线路开通"
                "第一周，乘客人数就超过了预期，公交公司随即增加了早晚高峰的班次。一位乘客说，以前要走很远去坐车，")
_NARROW_RIGHT = ("现在出了小区门口就有站台，方便多了。公交公司负责人介绍，下一步还将根据乘客的意见调整站点位置，并在"
                 "主要站台安装电子站牌，让乘客随时知道车辆到站的时间。区里还计划明年再开通三条线路。")


def _rows(*columns: list[str]) -> list[str]:
    """The lines of level columns read row by row, left to right (a column
    that ends leaves the rotation)."""
    return [line for row in zip_longest(*columns) for line in row if line]


def _numbered(*blocks: list[str]) -> list[tuple[str, int]]:
    """The lines of blocks as a text source numbers them (a blank line after each block)."""
    out, number = [], 10
    for block in blocks:
        for line in block:
            out.append((line, number))
            number += 1
        number += 1
    return out


def test_a_headline_standing_among_the_rows_of_level_columns_keeps_them_apart():
    # an article in two columns read row by row; beside them a headline (in one block, its
    # body further down) stands in the rows: the columns' lines still come round in turn
    lines = typeset(_NARROW_LEFT + _NARROW_RIGHT, 12)
    left, right = lines[:len(lines) // 2], lines[len(lines) // 2:]
    headline = ["河西镇志愿者", "上门送温暖"]
    rows = _rows(left, right)
    numbered = _numbered(*([line] for line in rows[:6]), headline, *([line] for line in rows[6:]))
    out = [text for text, _ in unweave_columns(numbered)]
    assert out == [*left, *right, *headline]


def test_level_columns_of_two_widths_read_across_are_read_apart_when_one_ends_first():
    # two articles side by side: one in two columns of 12, one in a column of 16 that ends first
    lines = typeset(_NARROW_LEFT + _NARROW_RIGHT, 12)
    left, right, wide = lines[:len(lines) // 2], lines[len(lines) // 2:], typeset(_WIDE, 16)
    numbered = [(line, 10 + 2 * n) for n, line in enumerate(_rows(left, right, wide))]
    out = [text for text, _ in unweave_columns(numbered)]
    assert out == [*left, *right, *wide]


def test_a_byline_printed_a_word_a_line_stays_whole_when_columns_are_read_down():
    # 记者 / 周明华 / 林海涛: whatever column the rotation of the rows puts each line in, the names
    # right after the role in the order given follow it in the order read
    from banmian.layout.stream_unweave import _bylines_kept_whole

    texts = ["江城今年把老旧小区改造列为", "城东新区今年新建三座公园", "记者", "周明华", "林海涛", "民生实事的头等大事"]
    order = [0, 5, 2, 3, 1, 4]  # a rotation that took the second name into another column
    assert _bylines_kept_whole(order, texts) == [0, 5, 2, 3, 4, 1]
