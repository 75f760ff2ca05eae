"""A column's label (快讯, 深一度) that the content stream draws with the
page's furniture, right before the editors line or after the header at the
page's end, is the page's, no headline: read as one it closed the brief
before it and took the brief's own title's place (text mode; invented page,
one line a printed line)."""

from __future__ import annotations

import banmian
from banmian.layout.labels_beside_furniture import labels_beside_furniture

BRIEFS = """市图书馆延长夜间开放时间
本报讯　市图书馆自本月起将夜间开放时间延长至晚上十点，
方便上班族和学生借阅图书，周末另设亲子阅读专场。
（陈晓）
老旧小区加装电梯提速
本报讯　今年全市计划为老旧小区加装电梯二百部，
目前已有八十部开工建设，首批将于六月底投入使用。
（林海）
"""

LABEL_BEFORE_EDITORS = BRIEFS + """快讯
责任编辑：王立新　版式设计：赵小燕
江城日报
2025年5月6日 星期二 第4版 城事
"""

LABELS_AT_THE_END = BRIEFS + """责任编辑：王立新　版式设计：赵小燕
江城日报
2025年5月6日 星期二 第4版 城事
观察
深一度
"""

TITLE_AFTER_HEADER = """江城日报
2025年5月6日 星期二 第4版 城事
春风送暖
本报讯　连日来，江城各地气温回升，公园里的樱花竞相开放，
吸引大批市民前来踏青赏花，拍照留念。
"""

TITLES = ["市图书馆延长夜间开放时间", "老旧小区加装电梯提速"]


def _titles(text: str) -> list[str | None]:
    return [a.headline.title for a in banmian.parse_text(text, enrich=False).pages[0].articles]


def test_a_label_before_the_editors_line_heads_nothing():
    assert _titles(LABEL_BEFORE_EDITORS) == TITLES


def test_labels_after_the_header_at_the_page_end_head_nothing():
    assert _titles(LABELS_AT_THE_END) == TITLES


def test_a_label_drawn_before_the_header_heads_nothing():
    assert _titles("深一度\n" + TITLE_AFTER_HEADER) == ["春风送暖"]


def test_a_title_after_the_header_with_its_text_stays():
    assert _titles(TITLE_AFTER_HEADER) == ["春风送暖"]


def test_which_lines_are_labels():
    lines = ["正文最后一句。", "快讯", "责任编辑：王立新", "观察", "深一度"]
    assert labels_beside_furniture(lines, {2}) == {1, 3, 4}
    # a name beside the header is a byline drawn there, no label; a label with text after it stays
    assert labels_beside_furniture(["王立新", "责任编辑：赵小燕"], {1}) == set()
    assert labels_beside_furniture(["责任编辑：赵小燕", "观察", "正文第一句。"], {0}) == set()
    # a short title drawn after its text may stand over the label: only the line next to the furniture goes
    assert labels_beside_furniture(["（陈晓）", "春风送暖", "一句话新闻", "江城日报"], {3}) == {2}
