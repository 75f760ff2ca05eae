"""Text mode on poppler's plain ``pdftotext`` output: which texts are line
streams. At a loose leading it gives level columns' lines a block each, row
by row, among blocks of a few lines (lines it could join): its blank lines
say nothing of headlines or paragraphs. Every text here is invented."""

from __future__ import annotations

from banmian.layout.line_stream import is_line_stream, is_unbroken_column_text
from banmian.sources.text import text_to_blocks

from tests.test_line_stream import typeset

_FERRY = ("江心岛的轮渡今年春节照常运行，每天往返二十个班次，船票价格保持不变。轮渡公司在码头增设了候船棚和热水供应点，"
          "方便返乡旅客候船。公司负责人说，节日期间还将根据客流增开夜间班次，确保旅客出行安全顺畅。")
_LIBRARY = ("市图书馆新馆近日开放，馆内藏书超过一百万册，设有少儿阅览区和自习区。新馆每天开放到晚上九点，"
            "周末还举办读书分享会和亲子阅读活动。开馆第一天就接待了五千多名读者，不少市民带着孩子前来。")
_MARKET = ("城西农贸市场改造完成后重新开业，市场内划分了蔬菜、肉类和水产等区域，地面和排水系统全部更新。"
           "商户们说，新市场干净整洁，顾客比以前多了不少。市场管理方还引入了电子秤检测，保障公平交易。")


def test_level_columns_read_across_among_short_blocks_read_as_a_line_stream():
    # half the lines alone (the rows of level columns, a block each), half in blocks of a few lines
    left, right = typeset(_FERRY, 12), typeset(_LIBRARY, 12)
    alone = [line for pair in zip(left, right) for line in pair]
    blocks = [lines[k:k + 3] for lines in (typeset(_MARKET, 12),) for k in range(0, len(lines), 3)]
    text = "\n\n".join([*alone, *("\n".join(b) for b in blocks)]) + "\n"
    assert is_line_stream(text_to_blocks(text))


def test_paragraphs_a_block_and_headlines_alone_are_no_line_stream():
    # text laid out by hand: a headline a block, a paragraph a block (the blank lines mean something)
    parts = ["江心岛轮渡照常运行", "\n".join(typeset(_FERRY, 30)), "市图书馆新馆开放", "\n".join(typeset(_LIBRARY, 30)),
             "城西农贸市场重新开业", "\n".join(typeset(_MARKET, 30))]
    blocks = text_to_blocks("\n\n".join(parts) + "\n")
    assert not is_line_stream(blocks)
    assert not is_unbroken_column_text(blocks)
