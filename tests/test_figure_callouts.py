"""A figure called out alone (52402亿, 20.7%: a number and its unit, set
large and bold at the top of a column, the sentence it comes from under it)
says nothing a headline says: it is part of the article around it, never
the headline of an article of its own."""

from __future__ import annotations

from banmian.layout.geometric import build_pdf_page
from banmian.model import PageContent, TextLine

BODY = 10.0
WIDTH = 120.0  # a column twelve characters wide


def _column(left: float, top: float, texts: list[str], order: int) -> list[TextLine]:
    """Lines one under the next, the first indented; full lines fill the column."""
    out = []
    for k, text in enumerate(texts):
        x0 = left + (2 * BODY if k == 0 else 0.0)
        y0 = top + k * 1.5 * BODY
        out.append(TextLine(text, (x0, y0, min(left + WIDTH, x0 + len(text) * BODY), y0 + BODY), BODY,
                            order=order + k))
    return out


def test_a_large_figure_at_a_columns_top_is_part_of_the_article() -> None:
    """A headline over two columns; a third column beside them opens with a
    figure called out in large bold type, the text running on under it from
    the second column's foot: the figure and the column are the article's."""
    title = TextLine("服务贸易规模创新高", (100.0, 120.0, 316.0, 144.0), 24.0, bold=True)
    first = _column(100.0, 170.0, ["去年全省服务进出", "口总额达到五千二百亿元，", "增速高于全国平均水平，",
                                   "规模继续保持中部前列。"], 10)
    second = _column(240.0, 170.0, ["其中知识密集型", "服务增长较快，占比明显提", "高。软件和信息服务出口增",
                                    "长较快，研发设计等服务需"], 20)
    x = 380.0
    figure = TextLine("20.7%", (x + 35.0, 170.0, x + 85.0, 186.0), 16.0, bold=True, order=30)
    third = [TextLine(t, (x, 194.0 + k * 15.0, x + WIDTH, 204.0 + k * 15.0), BODY, order=40 + k)
             for k, t in enumerate(["求和外包订单同步增加，", "结构持续优化。"])]
    content = PageContent(0, 600.0, 800.0, lines=[title] + first + second + [figure] + third)
    articles = build_pdf_page(content).articles
    assert [a.headline.title for a in articles] == ["服务贸易规模创新高"], \
        [(a.headline.title, a.paragraphs) for a in articles]
    text = "".join(articles[0].paragraphs)
    assert "20.7%" in text and text.endswith("结构持续优化。"), articles[0].paragraphs
