"""Text mode, a line stream: a briefs' column heading (综合短讯) over a brief's
short title is a whole label; the title under it is no wrapped tail of it."""

from __future__ import annotations

from banmian.layout.line_stream import regroup_line_stream
from banmian.model import Block, Role
from tests.test_line_stream import FERRY, PARKS
from tests.test_line_stream import typeset_body as _body


def test_a_short_title_under_a_briefs_heading_is_no_tail_of_it():
    lines = ["江城新建三座公园", *_body(PARKS), "城建短讯", "修步道", *_body(FERRY)]
    blocks = regroup_line_stream([Block([line], Role.OTHER, line_start=2 * n) for n, line in enumerate(lines)])
    assert ["城建短讯"] in [b.lines for b in blocks] and ["修步道"] in [b.lines for b in blocks]
