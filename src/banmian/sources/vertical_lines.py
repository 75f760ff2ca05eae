"""竖排 in a PDF's text layer: glyphs set upright one under the next, and a
vertical headline wrapped into columns side by side, become vertical lines
read top to bottom, the columns from right to left."""

from __future__ import annotations

from operator import attrgetter

from ..model import TextLine

#: (an attrgetter sorts without a call of a lambda a line)
_Y0 = attrgetter("y0")


def stack_vertical(lines: list[TextLine]) -> list[TextLine]:
    """竖排: single glyphs stacked at the same x, one under the next, become
    one vertical line read top to bottom."""
    for ln in lines:  # glyphs set upright one under the next in one span: a vertical line
        if len(ln.text) >= 2 and ln.y1 - ln.y0 > 1.5 * (ln.x1 - ln.x0) and ln.x1 - ln.x0 < 1.5 * ln.size:
            ln.vertical = True
    # any single glyph may stand in the stack: a half-width bracket (月光白(遇见)) or digit too
    singles = [ln for ln in lines if len(ln.text) == 1 or ln.vertical]
    if len(singles) < 2:
        return lines
    runs: list[list[TextLine]] = []
    for cur in sorted(singles, key=_Y0):
        for run in runs:
            prev = run[-1]
            # the glyphs of one vertical line may be padded apart (江　畅), rotated ones further; a two-glyph
            # name by a whole space (a gap of a little more than an em at a pitch over the glyph's height)
            padded = len(run) == 1 and len(prev.text) == 1 and len(cur.text) == 1
            reach = prev.size * (1.6 if prev.vertical and cur.vertical else 1.5 if padded else 1.2)
            centred = abs((cur.x0 + cur.x1) / 2 - (prev.x0 + prev.x1) / 2) < prev.size * 0.3 or _narrow_on_edge(prev, cur)
            # one size: a title's and its subtitle's one-glyph tails one under the other are no stack
            same_size = abs(cur.size - prev.size) <= 0.2 * prev.size
            if centred and same_size and -0.3 * prev.size <= cur.y0 - prev.y1 < reach and (
                    cur.y0 - prev.y1 < 1.2 * prev.size or not _between(prev, cur, lines)):
                run.append(cur)
                break
        else:
            runs.append([cur])
    used: set[int] = set()
    merged: list[TextLine] = []
    for run in runs:
        if len(run) < 2:
            continue
        used.update(id(r) for r in run)
        box = (min(r.x0 for r in run), run[0].y0, max(r.x1 for r in run), run[-1].y1)
        merged.append(TextLine(_stacked_text(run), box, max(r.size for r in run),
                               any(r.bold for r in run), vertical=True, font=run[0].font,
                               order=min(r.order for r in run), color=run[0].color))
    if not merged:
        return lines
    return [ln for ln in lines if id(ln) not in used] + _join_vertical_columns(merged)


def _stacked_text(run: list[TextLine]) -> str:
    """The glyphs of a stack read top to bottom, a space where the pen moved
    on half a glyph or more past the one over it, and a quarter glyph more
    than its narrowest gap: words set apart with no space glyph (■记者 田野
    林小川) stay apart, as a line's do (build_lines); a stack padded evenly
    (罗　海　平, a name spread down its strip) is one word."""
    gaps = [cur.y0 - prev.y1 for prev, cur in zip(run, run[1:])]
    size = min(r.size for r in run)
    cut = max(0.5 * size, min(gaps) + 0.25 * size)
    parts = [run[0].text]
    for gap, cur in zip(gaps, run[1:]):
        if gap > cut and not parts[-1].endswith(" "):
            parts.append(" ")
        parts.append(cur.text)
    return "".join(parts)


def _narrow_on_edge(a: TextLine, b: TextLine) -> bool:
    """Of two glyphs one under the other, one is narrow (a middle dot, a
    comma) and both start at one left edge: a typesetter that sets each glyph
    from the column's left edge, not centred in it, set them in one column."""
    narrow = min(a.x1 - a.x0, b.x1 - b.x0) < 0.6 * max(a.size, b.size)
    return narrow and len(a.text) == 1 and len(b.text) == 1 and abs(a.x0 - b.x0) < 0.1 * a.size


def _between(upper: TextLine, lower: TextLine, lines: list[TextLine]) -> bool:
    """A line stands in the gap between two glyphs, across their x: they are
    no padded name (the lines of a column one glyph wide: 感, 2019, ）)."""
    return any(o.y0 < lower.y0 and o.y1 > upper.y1 and min(o.x1, upper.x1) - max(o.x0, upper.x0) > 0
               for o in lines if o is not upper and o is not lower)


def _join_vertical_columns(columns: list[TextLine]) -> list[TextLine]:
    """A vertical headline wrapped into columns side by side (one size, one
    top, a narrow gap between): one line, read from the right column to the
    left, as vertical text is."""
    out: list[TextLine] = []
    for col in sorted(columns, key=lambda ln: -ln.x1):
        prev = next((o for o in out if abs(o.size - col.size) <= 0.05 * o.size and abs(o.y0 - col.y0) <= 0.3 * o.size
                     and 0 <= o.x0 - col.x1 < 0.5 * o.size), None)
        if prev is None:
            out.append(col)
            continue
        out[out.index(prev)] = TextLine(prev.text + col.text, (col.x0, prev.y0, prev.x1, max(prev.y1, col.y1)),
                                        prev.size, prev.bold or col.bold, vertical=True, font=prev.font,
                                        order=min(prev.order, col.order), color=prev.color)
    return out


__all__ = ["stack_vertical"]
