"""Text mode (a line stream, PyMuPDF get_text()): a headline tier wrapped so
that its last words stand on a short line of their own is one tier, not a
column's label under the headline. Every text here is invented."""

from __future__ import annotations

import banmian
from banmian.layout.text_headlines import wraps_on
from banmian.layout.tier_patterns import ends_before_verb
from tests.test_line_stream import FERRY, PARKS
from tests.test_line_stream import typeset_body as _body


def _titles(*headline: str, body: list[str] = PARKS, dateline: str = "本报江城3月2日电 ") -> list[str | None]:
    paragraphs = [dateline + body[0], *body[1:]]
    text = "\n".join([*headline, *_body(paragraphs)]) + "\n"
    articles = banmian.parse_text(text, enrich=False).pages[0].articles
    return [(a.headline.title or "").replace(" ", "") for a in articles]


def test_a_line_closing_on_the_passive_goes_on_under_it():
    # 被 waits for its verb: the line under it (开除党籍, four characters as a label has) is the tier's end
    assert ends_before_verb("江城市原副市长王某严重违纪违法被")
    assert wraps_on("江城市原副市长王某严重违纪违法被", "开除党籍", None)
    assert not ends_before_verb("盖上一床新棉被")
    titles = _titles("江城市原副市长王某严重违纪违法被", "开除党籍", body=FERRY)
    assert titles == ["江城市原副市长王某严重违纪违法被开除党籍"]


def test_a_line_closing_on_the_modal_goes_on_under_it():
    # …企业可 / 从重处罚: the modal's verb is on the next line; 认可, 许可 end words of their own
    assert ends_before_verb("偷排污水的企业可")
    assert not ends_before_verb("新方案获得群众认可")
    titles = _titles("江城环保局等三部门发文", "长江沿岸偷排污水的企业可", "从重处罚", "本报记者 李明")
    assert titles == ["长江沿岸偷排污水的企业可从重处罚"]


def test_a_short_line_opening_with_a_conjunction_is_no_label():
    # 烟火气息 / 与古韵同在: a column's label names the column; none opens with 与 (and), 被 or 并
    titles = _titles("城南老街改造完工", "烟火气息", "与古韵同在", "本报记者 李明")
    assert titles == ["烟火气息与古韵同在"]


def test_a_label_under_a_whole_headline_is_still_dropped():
    # 民生视点 under a whole title, before the body: the column's label, not a tier
    titles = _titles("城东新建三座公园", "民生视点")
    assert titles == ["城东新建三座公园"]
