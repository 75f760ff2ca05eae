"""Spans of a PDF page's text layer joined into lines.

MuPDF gives spans (runs of one font) in drawing order; pages draw a line in
many spans or character by character, draw fake bold twice, and set columns
so close that a row of two columns looks like one line. Joining spans by
baseline, size, font and the page's column edges here keeps
:mod:`.pdf` to opening files and reading graphics.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from operator import attrgetter

from ..model import BBox, TextLine
from .pdf_hung_runs import HANGING, part_hung_runs
from .pdf_leads import heavy_face, run_in_lead


@dataclass(slots=True)
class Span:
    text: str
    bbox: tuple[float, float, float, float]
    size: float
    bold: bool
    baseline: float
    order: int = 0
    vertical: bool | None = None  # None: upright text; else rotated (True: top to bottom)
    font: str = ""
    color: int = 0


_BASELINE = attrgetter("baseline")


def drop_doubles(spans: list[Span]) -> list[Span]:
    """Fake bold: the same text drawn again within a fraction of its size.
    Keep the first copy and mark it bold."""
    if len(spans) < 2:
        return spans
    seen: dict[str, list[Span]] = {}
    out: list[Span] = []
    for s in spans:
        text = s.text
        if not text or text.isspace():  # (not text.strip(), without a copy of the text a span)
            out.append(s)
            continue
        same = seen.get(text)
        if same is None:
            seen[text] = [s]
            out.append(s)
            continue
        tolerance = s.size * 0.3
        twin = next((c for c in same if abs(c.bbox[0] - s.bbox[0]) < tolerance
                     and abs(c.baseline - s.baseline) < tolerance), None)
        if twin is not None:
            twin.bold = True
            continue
        same.append(s)
        out.append(s)
    return out


def _most_used_size(spans: list[Span]) -> float:
    """The size (to a tenth) that sets the most characters: the body's. Characters
    are counted by size as given first, then by rounded size, in order of first
    use (a tie goes to the size met first); rounding each span is the slow part."""
    exact: dict[float, int] = {}
    for s in spans:
        exact[s.size] = exact.get(s.size, 0) + len(s.text)
    return _most_used(exact)


def _most_used(exact: dict[float, int]) -> float:
    """The rounded size of the most characters, from their counts by size as given (see above)."""
    sizes: dict[float, int] = {}
    for given, length in exact.items():
        size = round(given, 1)
        sizes[size] = sizes.get(size, 0) + length
    return max(sizes, key=sizes.__getitem__) if sizes else 0.0


def build_lines(spans: list[Span], walls: list[BBox] | None = None) -> list[TextLine]:
    """Join spans on one baseline that touch (gap under about half a
    character, similar size) into lines: repairs glyphs drawn one by one,
    text split into many spans and digits set in another font; never across
    a vertical rule (``walls``)."""
    spans.sort(key=_BASELINE)
    fonts: dict[str, int] = {}
    exact: dict[float, int] = {}  # (characters by font and by size in one loop: _most_used_size's count)
    for s in spans:
        length = len(s.text)
        fonts[s.font] = fonts.get(s.font, 0) + length
        exact[s.size] = exact.get(s.size, 0) + length
    body = _most_used(exact)
    body_font = max(fonts, key=fonts.__getitem__) if fonts else ""
    spans = part_hung_runs(spans, body)
    edges = _ColumnEdges(spans)
    rows: list[list[Span]] = []
    band: list[Span] = []
    first_baseline = first_size = 0.0
    for s in spans:  # bands of spans sharing a baseline
        if band and s.baseline - first_baseline > 0.25 * (s.size if s.size < first_size else first_size):
            if len(band) == 1:  # (a band of one span is its row: no call)
                rows.append(band)
            else:
                rows.extend(_split_band(band, body, body_font, edges, walls))
            band = []
        if not band:
            first_baseline, first_size = s.baseline, s.size
        band.append(s)
    if band:
        rows.extend(_split_band(band, body, body_font, edges, walls))
    lines: list[TextLine] = []
    for row in rows:
        if len(row) == 1:
            s = row[0]
            text = s.text.strip()
            if text:  # (the fields by position: a keyword call costs twice as long, once a line of a page)
                box = _short_of_wall(s.bbox, text, s.size, walls) if walls and text[-1] in HANGING else s.bbox
                lines.append(TextLine(text, box, float(s.size), s.bold, False, s.font, s.order, s.color))
            continue
        inked = [s for s in row if s.text.strip()]
        if not inked:
            continue
        parts: list[str] = []
        prev: Span | None = None
        length = lead = 0  # the length of the text so far, and of the bold spans the line opens with
        leading = True
        for s in row:
            gap = s.bbox[0] - prev.bbox[2] if prev is not None else 0.0
            # a space the writer left out: between letters or digits, or half a character wide
            # (7　理论 in a header; cairo draws no glyph for a space)
            if prev is not None and (gap > 0.2 * max(s.size, prev.size) and _latin_edge(prev.text[-1], s.text[0])
                                     or gap > 0.5 * min(s.size, prev.size) and not prev.text[-1].isspace()
                                     and not s.text[0].isspace()):
                parts.append(" ")
                length += 1
            parts.append(s.text)
            length += len(s.text)
            if leading and s.text.strip():
                lead, leading = (length, True) if heavy_face(s.font, s.bold) else (lead, False)
            elif lead and not leading and s.text.strip() and not s.text.isascii() and heavy_face(s.font, s.bold):
                lead = 0  # heavy words further on too: no run-in lead
            prev = s
        weight = sum(len(s.text) for s in inked)
        main = max(inked, key=_chinese_weight)  # the line's font and size are its Chinese text's
        bold = sum(len(s.text) for s in inked if s.bold) * 2 > weight
        box = (min(s.bbox[0] for s in inked), min(s.bbox[1] for s in row),
               max(s.bbox[2] for s in inked), max(s.bbox[3] for s in row))
        joined = "".join(parts)
        text = joined.strip()
        if walls and text[-1:] in HANGING:
            box = _short_of_wall(box, text, main.size, walls)
        lead = 0 if leading else run_in_lead(joined, lead)
        lines.append(TextLine(text, box, float(main.size), bold, font=main.font,
                              order=min(s.order for s in inked), color=main.color, bold_lead=lead))
    return lines


#: how much of a hung mark's box, from its right, holds no ink (in its size: the glyph's left half, and a rule
#: drawn on the middle of the box stands past it)
_HUNG_INK = 0.6


def _short_of_wall(box: BBox, text: str, size: float, walls: list[BBox]) -> BBox:
    """A line ending on a mark hung past its column's edge (，。): the mark inks the left
    half of its box, and a column rule may stand in the right half. The line's box stops
    at that rule: the column's edge, so the line reaches into no column past the rule."""
    for w in walls:
        middle = (w[0] + w[2]) / 2
        if box[2] - _HUNG_INK * size <= middle < box[2] and w[1] < box[3] and w[3] > box[1]:
            return (box[0], box[1], w[0], box[3])
    return box


#: a box this tall at least (points) has sides that part the runs of two columns (a tinted column's edge); a
#: shaded word or mark inside a line is far smaller
_WALL_BOX = 40.0


def box_sides(boxes: list[BBox]) -> list[BBox]:
    """The left and right sides of the tall boxes (frames, tinted panels), as
    vertical rules: a column set in a tinted box starts a gutter or less past
    the hung mark of the column outside it, and the box's edge is the gutter."""
    return [side for x0, y0, x1, y1 in boxes if y1 - y0 >= _WALL_BOX
            for side in ((x0, y0, x0, y1), (x1, y0, x1, y1))]


def _chinese_weight(span: Span) -> tuple[int, int]:
    """Chinese characters first (digits and Latin often have a font of their own), then length."""
    return sum(1 for c in span.text if "\u4e00" <= c <= "\u9fff"), len(span.text)


class _ColumnEdges:
    """Where the page's lines start and end, to the half point: a column's
    justified lines share both edges, so two runs on one row that stand at a
    column's right edge and the next one's left edge are two columns' lines
    (a narrow gutter), however short they are."""

    def __init__(self, spans: list[Span]) -> None:
        self._spans = spans
        self._edges: tuple[Counter[int], Counter[int]] | None = None  # counted when first asked

    @property
    def left(self) -> Counter[int]:
        return self._counted()[0]

    @property
    def right(self) -> Counter[int]:
        return self._counted()[1]

    def _counted(self) -> tuple[Counter[int], Counter[int]]:
        if self._edges is None:
            inked = [s for s in self._spans if s.text.strip()]
            self._edges = (Counter(round(2 * s.bbox[0]) for s in inked), Counter(round(2 * s.bbox[2]) for s in inked))
        return self._edges

    @staticmethod
    def _count(edges: Counter[int], x: float) -> int:
        key = round(2 * x)
        get = edges.get  # (a Counter's missing key is a method call: most keys here are missing)
        return get(key - 1, 0) + get(key, 0) + get(key + 1, 0)

    def gutter_between(self, before: Span, after: Span, text: bool = False) -> bool:
        """``before`` ends at a column's right edge and ``after`` starts at the
        next one's left edge; or, in text at the body size (``text``) whose
        lines may be set ragged right (their right edges need not line up),
        ``after`` starts at a column's left edge a character or so after
        ``before`` (a line or a flush-right note of the column on the left);
        a short piece's narrow column may hold three lines only. A mark hung
        past the column's right edge ends ``before`` a character after it."""
        starts = self._count(self.left, after.bbox[0])
        if starts >= _COLUMN_LINES and (self._count(self.right, before.bbox[2]) >= _COLUMN_LINES
                                        or self.hangs_past_column(before)):
            return True
        return starts >= _TEXT_COLUMN_LINES and text and after.bbox[0] - before.bbox[2] >= 0.6 * after.size

    def starts_column(self, span: Span) -> bool:
        """The span starts at a column's left edge (the lines of a column share it)."""
        return self._count(self.left, span.bbox[0]) >= _COLUMN_LINES

    def ends_column(self, span: Span) -> bool:
        """The span ends at a column's right edge (justified lines share it)."""
        return self.ends_column_at(span.bbox[2])

    def ends_column_at(self, x: float) -> bool:
        """``x`` is a column's right edge (justified lines share it)."""
        return self._count(self.right, x) >= _COLUMN_LINES

    def hangs_past_column(self, span: Span) -> bool:
        """``span`` ends in a mark hung past a column's right edge: the edge lies
        where the mark's box starts, the box a character wide or a little less
        (a font may set a full stop's advance at 0.88 of the size), or a little
        inside the box (glyphs set at their own advance in a column not a whole
        number of them wide: the mark starts short of the edge and its glyph, the
        box's left half, straddles it)."""
        right, x1, size = self.right, span.bbox[2], span.size
        return span.text[-1:] in HANGING and any(
            self._count(right, key / 2) >= _COLUMN_LINES for key in range(round(2 * (x1 - size)), round(2 * (x1 - 0.6 * size)) + 1))


#: lines that share an edge to make it a column's (its left edge alone, in text a glyph or so
#: after the column on its left: a short piece squeezed into narrow columns sets three lines a column)
_COLUMN_LINES = 4
_TEXT_COLUMN_LINES = 3


#: a hung mark's box may reach this share of a character into the next column and the gutter still be
#: there (the mark's glyph is its box's left half; a gutter one character wide, or a hair less, leaves
#: no gap past the box at all): the edges, not the gap, tell a gutter from a run inside one line
_HUNG_GAP = -0.5
#: the gap past a hung mark's box that needs no more asking (a run of another face may start there)
_GLYPH_GAP = 0.05


def _hangs_into_gutter(before: Span, after: Span, gap: float, body: float, edges: _ColumnEdges) -> bool:
    """Does ``before`` end with a mark hung into the gutter, ``after`` being the
    next column's line? The mark's box (a full character wide) reaches almost to
    that column, but its glyph is the box's left half: the gutter is there all
    the same. Told by the edges lines share: without its mark, ``before`` ends
    at a column's right edge, and ``after`` starts at a column's left edge.
    An article set larger than the page's body is asked too, when ``before`` is
    a full line and ``after`` is set at its size or a little larger (a
    subheading's line in that article; a headline's phrases are short)."""
    # (the cheap tests first: most spans end in no mark. Touching, or reaching into the next run, only a run
    # of the same face, or one opening with a Chinese character, is asked: a mark drawn alone, glyph by glyph,
    # or digits set in a Latin face after a mark touch the next glyph of their own line, and the column's edges
    # are then counted on few pages. A subheading's wrapped line in a bold face starts at its column's edge
    # right past the hung mark of the column on its left)
    return (before.text[-1:] in HANGING
            and (gap > _GLYPH_GAP * before.size or gap > _HUNG_GAP * before.size and len(before.text) > 1
                 and (before.font == after.font or "\u4e00" <= after.text[:1] <= "\u9fff"))
            and (after.size < 1.12 * body
                 or before.size <= after.size < 1.12 * before.size and len(before.text) >= _FULL_LINE)
            and edges.starts_column(after) and edges.hangs_past_column(before))


#: characters of a column's full line at least, when the text is set larger than the page's body
_FULL_LINE = 8


def _split_band(band: list[Span], body: float, body_font: str, edges: _ColumnEdges,
                walls: list[BBox] | None = None) -> list[list[Span]]:
    """Spans on one baseline -> runs that touch, left to right."""
    if len(band) == 1:
        return [band]
    band.sort(key=lambda s: s.bbox[0])
    rows: list[list[Span]] = [[band[0]]]
    for s in band[1:]:
        last = rows[-1][-1]
        small, large = (last.size, s.size) if last.size <= s.size else (s.size, last.size)
        gap = s.bbox[0] - last.bbox[2]
        # an opening quote or bracket is often kerned a whole character back
        # into the previous span's box (its advance is full width)
        # (but two sizes set apart by half a character are two headlines side by side, not one line)
        if -1.1 * small <= gap <= 0.6 * small and large - small <= 0.25 * large \
                and not (large - small > 0.05 * large and gap > 0.3 * small) \
                and not _hangs_into_gutter(last, s, gap, body, edges) \
                and not (walls and _wall_in_gap(last, s, walls)):
            rows[-1].append(s)
        else:
            rows.append([s])
    return _join_spaced(rows, body, body_font, edges, walls)


def _join_spaced(rows: list[list[Span]], body: float, body_font: str, edges: _ColumnEdges,
                 walls: list[BBox] | None = None) -> list[list[Span]]:
    """Short runs set apart by a space of about a character on one baseline
    are one line: a padded name (汪　涛), a byline (本报记者　张三), the two
    phrases of a heading (疏导为主　规范管理), and so are a short phrase and a
    long one in a face other than the body's (a subtitle at the body size).
    The gap becomes one space; a vertical rule in it parts them (two
    headlines side by side, each wrapped short in its own area)."""
    out: list[list[Span]] = [rows[0]]
    for row in rows[1:]:
        last = out[-1]
        before, after = last[-1], row[0]
        size = min(before.size, after.size)
        gap = after.bbox[0] - before.bbox[2]
        # a column gutter is wider than a character and a half; a space in a
        # heading can be that wide
        reach = 1.6 if size >= 1.12 * body else 1.2
        if gap > reach * size:  # (most pairs on a row: the lines of two columns)
            out.append(row)
            continue
        short = sum(len(s.text.strip()) for s in last) <= 8 and sum(len(s.text.strip()) for s in row) <= 8
        # a heading's second phrase may be long (分类投放　废品回收（……）): same face and size, a character apart
        # and at the body's size in another face, a subtitle of three phrases may open with a long one
        # (larger, two long phrases a character apart are two headlines side by side)
        phrase = (size >= 1.12 * body or before.font != body_font) and abs(before.size - after.size) <= 0.02 * size \
            and gap <= 1.2 * size and (sum(len(s.text.strip().lstrip("—")) for s in last) <= 8  # (a subtitle's ——)
                                       or before.font != body_font and body - 0.5 <= size < 1.12 * body)
        # (two single glyphs of two sizes are the tops of two vertical headlines side by side, not a padded name)
        single = sum(len(s.text.strip()) for s in last) == 1 and sum(len(s.text.strip()) for s in row) == 1
        # a list mark alone (■ ● ◆) leads the line it stands in front of, however long that line
        mark = "".join(s.text.strip() for s in last) in LIST_MARKS and not single
        if (gap <= reach * size and abs(before.size - after.size) <= (0.05 if single else 0.25) * size
                and (before.font == after.font or mark) and (short or phrase or mark)
                and not edges.gutter_between(before, after, size < 1.12 * body and _words(last))
                and not (walls and _wall_in_gap(before, after, walls))
                # a column's line at its right edge, smaller text after it: a caption beside a wrapped line
                and not (abs(before.size - after.size) > 0.1 * size and edges.ends_column(before))):
            row[0].text = " " + row[0].text.lstrip()
            last.extend(row)
        else:
            out.append(row)
    return out


#: marks that open a list item, a subtitle's points or a byline (■ 网络消费…, ■ 记者 张三): never text of their own
LIST_MARKS = frozenset("■□▪▫●○◆◇▲△▶►★☆◎•")


def _wall_in_gap(before: Span, after: Span, walls: list[BBox]) -> bool:
    """A vertical rule standing in the gap between two runs, level with them. A mark
    hung past a column's edge (，。) inks the left half of its box only: the rule
    may stand in the box's right half, in the gutter all the same."""
    top, bottom = min(before.bbox[1], after.bbox[1]), max(before.bbox[3], after.bbox[3])
    end = before.bbox[2] - (_HUNG_INK * before.size if before.text[-1:] in HANGING else 0.0)
    return any(end <= (w[0] + w[2]) / 2 <= after.bbox[0] and w[1] < bottom and w[3] > top
               for w in walls)


def _words(row: list[Span]) -> bool:
    """A run of three characters or more: a line's text, not a mark hung in the margin (■ 本报记者)."""
    return sum(len(s.text.strip()) for s in row) >= 3


def _latin_edge(left: str, right: str) -> bool:
    return left.isascii() and left.isalnum() and right.isascii() and right.isalnum()


def mark_vertical_grids(spans: list[Span]) -> None:
    """A vertical headline wrapped into two columns or more, its glyphs drawn
    one by one upright: a grid of single glyphs of one size, larger than the
    body, whose columns are longer than its rows and whose glyphs stand
    closer one under the next than side by side. Read as rows it is
    nonsense (客上流海…); its glyphs are marked vertical, to be stacked into
    columns. A title on two lines set solid has rows longer than columns."""
    singles = [s for s in spans if s.vertical is None and len(s.text.strip()) == 1]
    if len(singles) < 6:
        return
    body = _most_used_size(spans)
    glyphs = [s for s in singles if s.size >= 1.15 * body]
    if len(glyphs) < 6:
        return
    parent = list(range(len(glyphs)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    vertical_pitch: dict[int, float] = {}
    side_pitch: dict[int, float] = {}
    order = sorted(range(len(glyphs)), key=lambda i: glyphs[i].bbox[0])
    for a_pos, i in enumerate(order):  # neighbours: a glyph's width to a glyph and a half apart
        a = glyphs[i]
        for j in order[a_pos + 1:]:
            b = glyphs[j]
            if b.bbox[0] - a.bbox[0] > 1.7 * a.size:
                break
            if abs(a.size - b.size) > 0.05 * a.size:
                continue
            dx, dy = b.bbox[0] - a.bbox[0], b.bbox[1] - a.bbox[1]
            if abs(dx) < 0.3 * a.size and 0.8 * a.size <= abs(dy) <= 1.3 * a.size:
                vertical_pitch[i] = vertical_pitch[j] = abs(dy)
            elif abs(dy) < 0.2 * a.size and 0.8 * a.size <= dx <= 1.6 * a.size:
                side_pitch[i] = side_pitch[j] = dx
            else:
                continue
            parent[root(i)] = root(j)
    groups: dict[int, list[int]] = {}
    for i in vertical_pitch.keys() & side_pitch.keys():
        groups.setdefault(root(i), []).append(i)
    for members in groups.values():
        size = glyphs[members[0]].size
        columns = len({round(glyphs[i].bbox[0] / (0.5 * size)) for i in members})
        rows = len({round(glyphs[i].bbox[1] / (0.5 * size)) for i in members})
        down = sorted(vertical_pitch[i] for i in members)[len(members) // 2]
        across = sorted(side_pitch[i] for i in members)[len(members) // 2]
        if columns >= 2 and rows >= 3 and rows > columns and down < 0.95 * across:
            for i in range(len(glyphs)):
                if root(i) == root(members[0]):
                    glyphs[i].vertical = True
