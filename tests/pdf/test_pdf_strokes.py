"""Fake bold read from the content stream: MuPDF's style collection (quadratic
in a page's glyphs) is asked for only where the stream cannot tell."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pymupdf = pytest.importorskip("pymupdf")

from banmian.sources.pdf import extract_page  # noqa: E402
from banmian.sources.pdf_strokes import mark_stroked, stroked_text  # noqa: E402

_FLAGS = (pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_MEDIABOX_CLIP | pymupdf.TEXT_PRESERVE_IMAGES
          | pymupdf.TEXT_COLLECT_VECTORS)


def _page(tmp_path: Path, runs: list[tuple[tuple[float, float] | None, str, int]]) -> Any:
    """A page of text runs (start, text, render mode); a run without a start
    goes on where the one before it ended. Text stroked alone is grey."""
    doc = pymupdf.open()
    page = doc.new_page(width=400, height=300)
    font = pymupdf.Font("china-s")
    end = pymupdf.Point(0, 0)
    for start, text, mode in runs:
        writer = pymupdf.TextWriter(page.rect)
        _, end = writer.append(start or end, text, font=font, fontsize=10)
        writer.write_text(page, render_mode=mode, color=(0.5, 0.5, 0.5) if mode == 1 else (0, 0, 0))
    doc.save(tmp_path / "page.pdf")
    return pymupdf.open(tmp_path / "page.pdf")[0]


def _styles_asked(page: Any, monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """extract_page's text passes: whether each asked MuPDF for glyph styles."""
    asked: list[bool] = []
    get_textpage = pymupdf.Page.get_textpage

    def spy(self: Any, *args: Any, **kwargs: Any) -> Any:
        asked.append(bool(kwargs.get("flags", 0) & pymupdf.TEXT_COLLECT_STYLES))
        return get_textpage(self, *args, **kwargs)

    monkeypatch.setattr(pymupdf.Page, "get_textpage", spy)
    extract_page(page)
    return asked


def _span_flags(data: dict[str, Any]) -> list[tuple[str, int]]:
    return [(s["text"], s["char_flags"] & 48) for b in data["blocks"] if b["type"] == 0
            for ln in b["lines"] for s in ln["spans"]]


def test_filled_and_stroked_text_is_found_without_style_collection(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Headings filled and stroked (render mode 2), one on two lines: their
    spans get the stroke bit MuPDF's style collection would give them, and
    the page is read in one pass without it."""
    page = _page(tmp_path, [((40, 40), "加粗的小标题", 2), ((40, 80), "正文的一行文字", 0),
                            ((200, 80), "另一栏的标题", 2)])
    strokes = stroked_text(page)
    assert strokes is not None and [glyphs for _x, _y, glyphs in strokes.shows] == [6, 6]
    data = page.get_text("dict", flags=_FLAGS)
    assert mark_stroked(data, strokes)
    assert _span_flags(data) == _span_flags(page.get_text("dict", flags=_FLAGS | pymupdf.TEXT_COLLECT_STYLES))
    assert _styles_asked(page, monkeypatch) == [False]
    assert {ln.text: ln.bold for ln in extract_page(page).lines} == {
        "加粗的小标题": True, "正文的一行文字": False, "另一栏的标题": True}


def test_a_stroked_lead_in_a_span_of_plain_text_asks_mupdf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A stroked run-in lead set in the body's face, the plain text going on
    right after it: without styles MuPDF makes one span of both, so where the
    stroke ends is for the style collection to tell."""
    page = _page(tmp_path, [((40, 80), "本报讯", 2), (None, "记者从市里获悉正文接着", 0)])
    strokes = stroked_text(page)
    assert strokes
    assert not mark_stroked(page.get_text("dict", flags=_FLAGS), strokes)
    assert _styles_asked(page, monkeypatch) == [False, True]


def _lines(page: Any) -> list[tuple[str, bool, int]]:
    return [(ln.text, ln.bold, ln.color) for ln in extract_page(page).lines]


def test_text_stroked_then_filled_is_merged_as_mupdf_would(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Real pages stroke a heading (render mode 1, here in grey),
    then fill it again in the same place: one bold line in the fill's
    colour, as MuPDF's style collection makes it, read in one pass."""
    page = _page(tmp_path, [((40, 40), "加粗的小标题", 1), ((40, 40), "加粗的小标题", 0), ((40, 80), "正文的一行文字", 0)])
    strokes = stroked_text(page)
    assert strokes is not None and strokes.stroked_alone and not strokes.shows
    assert _styles_asked(page, monkeypatch) == [False]
    monkeypatch.undo()
    fast = _lines(page)
    monkeypatch.setattr("banmian.sources.pdf.stroked_text", lambda page: None)  # MuPDF's styles
    assert fast == _lines(page) == [("加粗的小标题", True, 0), ("正文的一行文字", False, 0)]


def test_text_stroked_and_filled_elsewhere_asks_mupdf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Stroked text whose fill covers only part of it (or lies elsewhere): the
    pass cannot say which glyphs MuPDF would merge, so MuPDF is asked."""
    page = _page(tmp_path, [((40, 40), "加粗的小标题", 1), ((40, 40), "加粗的", 0)])
    assert _styles_asked(page, monkeypatch) == [False, True]


@pytest.mark.parametrize(("odd", "handed_over"), [(b"/x 0 Td", True), (b"1 0 0 1 " + b"9" * 330 + b" 0 cm", True),
                                                 (b"1e400 0 Td", False), (b"9" * 400 + b" 0 Td", False)])
def test_odd_operands_leave_the_page_to_mupdfs_style_collection(tmp_path: Path, odd: bytes, handed_over: bool) -> None:
    """A content stream with operands the pass cannot read as numbers (a name
    where a figure stands, a figure past a float's range that moves the text
    to infinity) is handed to MuPDF, never an error that would cost the page;
    a figure that overflows where the next Tm sets the place anew does no harm."""
    page = _page(tmp_path, [((40, 40), "加粗的小标题", 2), ((40, 80), "正文的一行文字", 0)])
    doc = page.parent
    xref = page.get_contents()[0]
    doc.update_stream(xref, doc.xref_stream(xref).replace(b"BT", b"BT " + odd + b"\n", 1))
    assert (stroked_text(doc[0]) is None) == handed_over
    lines = extract_page(doc[0]).lines
    assert any(ln.text.startswith("加粗") and ln.bold for ln in lines)


def test_a_cmap_the_pass_does_not_read_leaves_the_page_to_mupdf() -> None:
    """Glyph widths known only for simple fonts and Identity CMaps: a Type0
    font on another CMap (one or two bytes a glyph) is not counted."""
    from banmian.sources.pdf_strokes import _glyph_digits

    digits = _glyph_digits([(5, "", "Type0", "F1", "F1", "Identity-H"), (6, "", "Type0", "F2", "F2", "UniGB-UCS2-H"),
                            (7, "", "TrueType", "F3", "F3", "WinAnsiEncoding")])
    assert digits == {"F1": 4, "F2": None, "F3": 2}


def test_text_drawn_twice_is_found_near_its_first_copy_whatever_grid_cells_they_fall_in() -> None:
    """The look-up of a text drawn before (fake bold by overprinting) answers as a
    scan of every point drawn would, across cell edges and at any reach."""
    import random

    from banmian.sources.pdf_strokes import _drawn_before

    rng = random.Random(7)
    placed: dict = {}
    drawn: list[tuple[str, int, float, float]] = []
    for _ in range(3000):
        text, kind = rng.choice("■·12"), rng.choice((16, 48))
        x, y, near = rng.uniform(0, 40), rng.uniform(0, 40), rng.choice((0.3, 1.5, 2.7))
        expected = any(t == text and k == kind and abs(x - x2) < near and abs(y - y2) < near
                       for t, k, x2, y2 in drawn)
        assert _drawn_before(placed, text, kind, x, y, near) == expected
        if not expected:
            drawn.append((text, kind, x, y))
