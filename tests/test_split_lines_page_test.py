"""rejoin_split_lines asks the page's text once whether any line can be a split
piece (one opening with a quote or bracket, or holding a closing one) and
returns a page with none as it came: the test must not skip a page whose only
marks are opening quotes at line starts, nor one whose only mark is a closing one."""

from __future__ import annotations

from banmian.sources.split_lines import rejoin_split_lines
from tests.test_line_stream import typeset_paragraphs
from tests.test_text_real_lines30 import _split_before_quotes

W = 18
PROSE = ["江城今年新建社区食堂四十家，老人在家门口就能吃上热乎饭，子女们也放心了不少，大家都说办得好。",
         "市民政局负责人介绍，明年还将在城东和城西再建一批，让更多老人受益，同时引入社会力量参与经营。"]


def test_a_page_of_plain_prose_comes_back_as_it_came_in_a_new_list():
    lines = typeset_paragraphs(PROSE, W)
    out = rejoin_split_lines(lines)
    assert out == lines and out is not lines


def test_pieces_opening_with_a_quote_join_on_a_page_with_no_closing_mark():
    # 老城区的 / “百年茶馆 / “江畔书院和 / “古码 is one printed line, split before each quote
    paragraphs = ["江城今年大力发展文化旅游，全市接待游客人数比去年增长三成，旅游收入突破百亿元，创历史新高。",
                  "老城区的“百年茶馆“江畔书院和“古码头等老字号景点游人络绎不绝，周末更是一票难求，不少外地游客专程赶来。"]
    lines = _split_before_quotes(typeset_paragraphs(paragraphs, 20))
    assert "老城区的" in lines and "“百年茶馆" in lines
    assert "老城区的“百年茶馆“江畔书院和“古码" in rejoin_split_lines(lines)


def test_a_piece_closing_a_title_joins_on_a_page_with_no_opening_mark_at_a_line_start():
    column = ["今年以来，江城各区围绕生态环境", "治理持续发力，取得了明显成效。",
              "三月五日，市长在全市环保大会上，", "发表题为《绿色", "江城》的讲话，要求", "各区把治理任务落到实处，确保空"]
    assert rejoin_split_lines(column) == [*column[:3], "发表题为《绿色江城》的讲话，要求", column[5]]
