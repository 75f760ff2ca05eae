"""A rule closes an article's columns and opens a new row of pieces under
it. The new row's headline stands right under the rule, set a little right
of the row's first column (a short label-like headline over reader
letters), its foot well over the first column's top. That first column is
the new row's, not the article over the rule running on down past white
space and the rule."""

from __future__ import annotations

from banmian.layout.geometric import build_pdf_page
from banmian.model import PageContent, TextLine

BODY = 9.0
STEP = 13.0


def _column(texts: list[str], x0: float, top: float) -> list[TextLine]:
    """A column ten characters wide; a line opening with two spaces is indented."""
    out = []
    for k, text in enumerate(texts):
        indent = 2 * BODY if text.startswith("  ") else 0.0
        text = text.strip()
        y0 = top + k * STEP
        out.append(TextLine(text, (x0 + indent, y0, min(x0 + 10 * BODY, x0 + indent + len(text) * BODY), y0 + BODY), BODY))
    return out


def test_the_first_column_under_a_rule_is_the_row_headline_on_the_rule_beside_it() -> None:
    upper_head = TextLine("老街换新颜", (40.0, 60.0, 40.0 + 5 * 24.0, 84.0), 24.0)
    upper = (_column(["  城东老街改造", "工程近日完工，街", "面铺上了青石板，", "两旁的老房子也修", "缮一新，"], 40.0, 100.0)
             + _column(["不少市民专程前", "来拍照留念。老街", "还引进了几家手工", "作坊和老字号店", "铺。"], 142.0, 100.0)
             + _column(["  据介绍，改造", "过程中保留了老街", "原有的格局和风", "貌，让居民记得住", "乡愁。"], 244.0, 100.0))
    rule = (80.0, 200.0, 340.0, 201.0)  # drawn from a little right of the first column's left edge
    lower_head = TextLine("读者来信", (136.0, 205.0, 136.0 + 4 * 20.0, 225.0), 20.0)
    lower = (_column(["  我家楼下的路", "灯坏了一个多月，", "晚上出门很不方", "便。前几天打了热", "线电话，"], 40.0, 250.0)
             + _column(["第二天就有工人", "来修好了。这样的", "办事效率让居民", "们很满意，希望能", "一直保持下去。"], 142.0, 250.0))
    content = PageContent(0, 600.0, 800.0, lines=[upper_head, *upper, lower_head, *lower], rules=[rule])
    articles = {a.headline.title: a for a in build_pdf_page(content).articles}
    assert set(articles) == {"老街换新颜", "读者来信"}, list(articles)
    assert "".join(articles["读者来信"].paragraphs).startswith("我家楼下的路灯坏了"), articles["读者来信"].paragraphs
    assert "路灯" not in "".join(articles["老街换新颜"].paragraphs)
