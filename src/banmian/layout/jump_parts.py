"""The rest of an article carried on from another page opens where its note
(（上接第N版）) stands: a headline that already opens text of its own elsewhere
on the page is not the note's.

A note that the text under it comes from another page opens that text on this
page: its article's first column here is the one the note heads. A headline
whose own columns start under it (or, a side headline, level with its top on
its right), apart from the note's block, has its text open there; a note
beside it, under a photo of its, or far under it, opens a part that has no
headline on this page (papers print the rest of a front-page story so, its
headline left on the page it started on).
"""

from __future__ import annotations

from .roles import BODY
from .columns import ColumnBlock
from .segment import HeadingGroup


def opens_apart(h: HeadingGroup, b: ColumnBlock, flow: list[ColumnBlock], body: float) -> bool:
    """Does the headline ``h`` head a column of text of its own (two lines or
    more) that reads before the note's block ``b`` (left of it): one starting
    right under it (within three lines of its foot, under it in x), or, for a
    side headline, one level with its top a few glyphs to its right? ``b`` under
    it is not apart."""
    x0, y0, x1, y1 = h.bbox
    if h.vertical:
        return False  # (a vertical headline's columns beside it: other passes tell them)
    if y1 - 1 <= b.top <= y1 + 3 * body and b.left < x1 and b.right > x0:
        return False  # the note's block stands right under the headline: its first column
    for o in flow:
        if o is b or o.role != BODY or len(o.lines) < 2 or o.left > b.left - body:
            continue  # (a column right of the note's reads after it: the note may open their text)
        if y1 - 1 <= o.top <= y1 + 3 * body and min(o.right, x1) - max(o.left, x0) >= 0.5 * min(o.width, x1 - x0):
            return True
        if abs(o.top - y0) <= 1.5 * body and x1 - 1 <= o.left <= x1 + 3 * body:
            return True
    return False



def join_run_on_parts(clusters: list[list[ColumnBlock]], body: float) -> list[list[ColumnBlock]]:
    """Headless parts whose text runs on from one to the next are one: a part
    (a note and the column under it, its top set a line or two over the next
    column's) whose last column stops mid-sentence goes on at the top of the
    part just right of it, its top level with the first part's or lower, by
    three lines at most (a column starting higher opens no run-on). (Block by
    block the note's narrow line stands too far from the next column.)"""
    if len(clusters) < 2:
        return clusters
    from .reflow import ends_sentence

    out = list(clusters)
    i = 0
    while i < len(out):
        a = out[i]
        top_a, right_a = min(o.top for o in a), max(o.right for o in a)
        last = max(a, key=lambda o: (o.right, o.bottom))
        if last.role != BODY or ends_sentence(last.lines[-1].text.strip()):
            i += 1
            continue
        nxt = next((j for j, c in enumerate(out) if j != i and -1 <= min(o.top for o in c) - top_a <= 3 * body
                    and 0 <= min(o.left for o in c) - right_a <= 4 * body), None)
        if nxt is None:
            i += 1
            continue
        out[i] = a + out[nxt]
        del out[nxt]
        i = 0 if nxt < i else i
    return out


__all__ = ["join_run_on_parts", "opens_apart"]
