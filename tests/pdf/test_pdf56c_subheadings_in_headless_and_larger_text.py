"""Two ways an in-body subheading still cut its article (session 56, pdf56c).
Unit tests of the steps (no PDF): lines placed as a typesetter would; invented text.

- A part with no headline the heading pass found opens with a heading in a heavier
  face and holds another one further down its text, closed once by its authors
  in brackets: the part was read as a column label's one brief item and cut at
  each heading into items. The first heading is the part's title, the others its
  subheadings (:func:`titled_by_first_heading`).
- An article's text set a size up from the page's body (12 pt on a 10 pt page)
  is told from headline lines by its flush run of prose; under a subheading of
  another face (黑体, a size up again) in its column it resumes off the run's grid,
  and those lines were read as a headline (:func:`column_text`)."""

from __future__ import annotations

from banmian.layout.body_units import Unit
from banmian.layout.brief_item_heads import one_item_under_label, titled_by_first_heading
from banmian.layout.roles import BODY, SUBHEADING
from banmian.layout.second_body import column_text
from banmian.model import Article, TextLine

SIZE = 10.0


def line(text: str, x0: float, y0: float, size: float = SIZE, font: str = "SongStd") -> TextLine:
    return TextLine(text, (x0, y0, x0 + len(text) * size, y0 + size), size, font=font)


def flush(text: str, x0: float, y0: float) -> TextLine:
    """A full line of the 12-point text, justified to the column's right edge (244)."""
    return TextLine(text, (x0, y0, 244.0, y0 + 12.0), 12.0, font="SongStd")


def _part(with_second_heading: bool) -> list[Unit]:
    units = [Unit(SUBHEADING, [line("山乡换新颜", 40, 100, 13.0, "HeiStd")]),
             Unit(BODY, [line("春节前后，记者走进大山深处的几个村", 40, 120)], starts_paragraph=True),
             Unit(BODY, [line("子，看到路修宽了，房子也换了新样子。", 40, 135)])]
    if with_second_heading:
        units.append(Unit(SUBHEADING, [line("产业带来好日子", 60, 155, font="HeiStd")]))
    units += [Unit(BODY, [line("村里办起合作社，种茶养蜂，家家户户都", 40, 175)], starts_paragraph=True),
              Unit(BODY, [line("有了稳定的收入。", 40, 190)]),
              Unit(BODY, [line("（林晓峰 周一鸣）", 100, 205)], starts_paragraph=True)]
    return units


def test_a_headless_part_with_a_subheading_further_down_is_titled_by_its_first_heading():
    units = _part(with_second_heading=True)
    assert titled_by_first_heading(Article(id=""), units)
    assert not one_item_under_label(Article(id=""), units)  # (not cut into brief items)


def test_a_label_over_one_short_item_is_still_an_item():
    """A guard: one heading over one item closed by its authors, no heading further down."""
    units = _part(with_second_heading=False)
    assert one_item_under_label(Article(id=""), units)
    assert not titled_by_first_heading(Article(id=""), units)


_PROSE = ["这几年，镇上的图书馆换了新馆舍，藏书", "从三万册增加到十二万册，阅览座位也", "多了一倍。馆里还开设了少儿阅读区，",
          "周末常常坐满了带着孩子来的家长。馆", "长说，下一步还要把流动书车开进各个", "村子。"]


def _column(resumed_gap: float) -> tuple[list[TextLine], list[TextLine]]:
    """The article's text at 12 pt (lead 16), a two-line subheading at 13 pt in 黑体 under it, then two lines
    of the text resumed ``resumed_gap`` points under the subheading."""
    text = [flush(t, 40 if k else 64, 200 + 16 * k) for k, t in enumerate(_PROSE[:-1])]
    text.append(line(_PROSE[-1], 40, 200 + 16 * (len(_PROSE) - 1), 12.0))  # (the paragraph's short last line)
    bottom = text[-1].y1
    heads = [line("读者多了，书架也", 40, bottom + 9, 13.0, "HeiStd"), line("更满了", 40, bottom + 26, 13.0, "HeiStd")]
    top = heads[-1].y1 + resumed_gap
    resumed = [line("今年以来，到馆借书的", 64, top, 12.0), line("读者已有两万多人次", 40, top + 16, 12.0)]
    return text + heads + resumed, resumed


def test_text_set_larger_resumes_under_a_subheading_in_its_column():
    lines, resumed = _column(6.0)
    taken = column_text(lines)
    assert all(id(ln) in taken for ln in resumed)
    assert not any(id(ln) in taken for ln in lines if ln.font == "HeiStd")


def test_a_line_far_under_the_subheading_is_not_taken():
    """A guard: a line of that face well under the subheading (white space between) is not the text resumed."""
    lines, resumed = _column(60.0)
    taken = column_text(lines)
    assert not any(id(ln) in taken for ln in resumed)
