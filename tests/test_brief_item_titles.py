"""A news-brief column whose item titles are set in the body size (a scan
cannot measure the twentieth of a size by which a brief's title may exceed
the body): each item is still an article with its own title, told by where
the title stands (flush, after the closing credit of the item before, no
sentence punctuation, short, over an indented paragraph start)."""

from __future__ import annotations

from banmian.layout.geometric import build_pdf_page
from banmian.model import PageContent, TextLine

BODY = 10.0
LEFT, WIDTH = 100.0, 100.0  # a column ten characters wide


def _column(rows: list[tuple[str, bool]], top: float = 200.0) -> list[TextLine]:
    """Lines one under the next; ``True`` marks an indented paragraph start.
    A line shorter than ten characters stops short of the right edge."""
    out = []
    for k, (text, indented) in enumerate(rows):
        x0 = LEFT + (2 * BODY if indented else 0.0)
        x1 = min(LEFT + WIDTH, x0 + len(text) * BODY)
        y0 = top + k * 1.5 * BODY
        out.append(TextLine(text, (x0, y0, x1, y0 + BODY), BODY, order=k))
    return out


def test_brief_items_with_titles_in_the_body_size_are_split() -> None:
    heading = TextLine("本地简讯", (LEFT, 170.0, LEFT + 60.0, 185.0), 15.0)
    rows = [("夜市重新开张", False),
            ("城南夜市经过", True), ("三个月的改造今晚重新开张，", False), ("摊位增加到两百个。（李明）", False),
            ("河道清淤完工", False),
            ("全长八公里的", True), ("护城河清淤工程昨日完工，", False), ("沿岸新种柳树千株。", False),
            ("（王芳 陈刚）", False),
            ("图书馆延时开放", False),
            ("市图书馆自本", True), ("周起每晚开放到九点，方便", False), ("下班的读者借书。（赵磊）", False)]
    content = PageContent(0, 600.0, 800.0, lines=[heading] + _column(rows))
    articles = build_pdf_page(content).articles
    assert [a.headline.title for a in articles] == ["夜市重新开张", "河道清淤完工", "图书馆延时开放"]
    assert [[b.name for b in a.bylines] for a in articles] == [["李明"], ["王芳", "陈刚"], ["赵磊"]]
    assert articles[1].paragraphs == ["全长八公里的护城河清淤工程昨日完工，沿岸新种柳树千株。"]


def test_a_paragraph_tail_atop_a_column_or_a_lone_mark_is_no_title() -> None:
    """The flush, short first line of a column ends the paragraph the column
    before began (it closes a sentence); a closing quote pushed alone onto a
    line is a mark, not words: neither becomes a title of its own."""
    heading = TextLine("老街新貌", (LEFT, 150.0, LEFT + 80.0, 170.0), 20.0)
    left = _column([("老街两旁的商铺大多开了", True), ("几十年，有老字号，也有", False), ("新开的小吃摊位，周末来", False)],
                   top=200.0)
    right_rows = [("逛街的人很多”", False), ("街口新开了一家书店和两", True), ("家茶馆，都说“好", False),
                  ("”", False), ("今年还要再修一条步行街", True), ("连着河边的公园。", False)]
    right = [TextLine(ln.text, (ln.x0 + 130.0, ln.y0, ln.x1 + 130.0, ln.y1), ln.size, order=ln.order + 10)
             for ln in _column(right_rows, top=200.0)]
    content = PageContent(0, 600.0, 800.0, lines=[heading] + left + right)
    articles = build_pdf_page(content).articles
    assert len(articles) == 1, [(a.headline.title, a.paragraphs) for a in articles]
    assert articles[0].paragraphs[0].endswith("周末来逛街的人很多”")
    assert articles[0].paragraphs[1].endswith("都说“好”")


def test_the_tail_of_a_bracket_at_a_column_top_is_no_item_title() -> None:
    """A closing bracket of names wrapped to the next column's top (（戴 /
    桂阳 汤飞）) ends the text before it: no title, and the names are the
    authors'."""
    from banmian.layout.column_heads import item_titles
    from banmian.layout.columns import ColumnBlock

    block = ColumnBlock(_column([("桂阳 汤飞）", False), ("编者按", False), ("春节前后，各", True)]))
    assert 0 not in item_titles(block, [False, False, True])


def test_a_lead_in_line_closing_with_a_colon_is_no_item_title() -> None:
    """A short flush line after a finished sentence that closes with a colon
    (以下为部分网友的留言：) leads in to what follows; a title has no colon at its end."""
    from banmian.layout.columns import ColumnBlock
    from banmian.layout.column_heads import item_titles

    rows = [("春运返程高峰", True), ("到来，车站加开列车。", False), ("以下为旅客留言：", False),
            ("旅客“小林”：", True), ("车次多了，回家不难。", False)]
    block = ColumnBlock(_column(rows))
    starts = [indented for _, indented in rows]
    assert 2 not in item_titles(block, starts)
    block = ColumnBlock(_column(rows[:2] + [("旅客留言选登", False)] + rows[3:]))
    assert 2 in item_titles(block, starts)


def test_a_brief_closing_with_a_name_wrapped_inside_it_ends_its_item() -> None:
    """Brief titles set a size over the body: the item over the last one
    closes with its author's name in brackets broken inside the name across
    two lines (（李晓 / 明）). That closing credit still ends the item: the
    next title is a new brief's, not a subheading of the one above (nor,
    set alike, does it make the title over it one)."""
    label = TextLine("本地简讯", (LEFT, 150.0, LEFT + 60.0, 165.0), 15.0)
    titles = []

    def title(text: str, top: float) -> TextLine:
        line = TextLine(text, (LEFT, top, LEFT + len(text) * 12.0, top + 12.0), 12.0, font="Hei")
        titles.append(line)
        return line

    first = _column([("城南夜市经过", True), ("三个月的改造今晚重新开张，", False), ("摊位增加到两百个。（赵磊）", False)],
                    top=195.0)
    second = _column([("全长八公里的", True), ("护城河清淤工程昨日完工，", False), ("沿岸新种柳树千株。（李晓", False),
                      ("明）", False)], top=265.0)
    third = _column([("市图书馆自本", True), ("周起每晚开放到九点，方便", False), ("下班的读者借书。（王芳）", False)],
                    top=345.0)
    lines = [label, title("夜市重新开张", 175.0), *first, title("河道清淤完工", 245.0), *second,
             title("图书馆延时开放", 325.0), *third]
    content = PageContent(0, 600.0, 800.0, lines=lines)
    articles = build_pdf_page(content).articles
    assert [a.headline.title for a in articles] == ["夜市重新开张", "河道清淤完工", "图书馆延时开放"]
    assert [[b.name for b in a.bylines] for a in articles] == [["赵磊"], ["李晓明"], ["王芳"]]
