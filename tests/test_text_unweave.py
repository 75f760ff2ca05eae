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
