"""Ownership: which headline's article each column block (and photo) is part of.

A block belongs to what stands directly above it (a headline, or a block it
continues), else to a headline beside its top (a side or vertical headline),
else to the text it runs on from; labels (column logos, banners) count only
where nothing else does. Frames around whole articles and rules are walls.
"""

from __future__ import annotations

from ..model import BBox
from .roles import BODY, OTHER, TITLE
from .brief_columns import closes_items, holds_briefs, item_left_open, over_items
from .column_flow import (
    alongside_on_left, closes_text, column_past_rule, continued_from, foot_on_left, level_on_right,
    opens_paragraph, photo_between, photo_over, rule_over, stands_between, title_right_under,
)
from .columns import ColumnBlock
from .hung_edges import set_box
from .jump_parts import (not_its_opening, opening_blocks, opens_apart, opens_right_under, opens_under,
                         opens_under_centred)
from .column_runs import goes_on_right
from .config import DEFAULT, LayoutConfig
from .headline_reach import (
    centred_over_row, column_width_under, heading_above, heading_atop_rule, heading_in_gap, heading_on_right,
    heading_on_rule, headline_over_row, heads_columns_apart, holds, in_step_under,
    nearer_than_beside,
)
from .label_columns import below_the_top, label_under_headline
from .note_columns import note_column
from .part_measures import another_measure, apart_beside
from .rule_rows import closed_over, closes_the_row_over, headline_under_rule
from .side_owners import level_beside
from .segment import HeadingGroup, smallest_frame, wall_between
from .region_cues import headline_right_over, sends_on, set_inside
from .reflow import ends_sentence


def _edges(frame: BBox) -> list[BBox]:
    x0, y0, x1, y1 = frame
    return [(x0, y0, x1, y0), (x0, y1, x1, y1), (x0, y0, x0, y1), (x1, y0, x1, y1)]


def assign_owners(blocks: list[ColumnBlock], headings: list[HeadingGroup], separators: list[BBox],
                  frames: list[BBox], body: float, config: LayoutConfig = DEFAULT,
                  fixed: dict[int, int] | None = None) -> None:
    """Set ``block.owner`` to the index (in ``headings``) of the heading whose
    article the block is part of, or leave it ``None`` (no headline).
    ``fixed`` maps ``id(block)`` to an owner already known (see :func:`.orphans.orphan_claims`)."""
    seps = list(separators)
    for f in frames:
        seps.extend(_edges(f))
    frame_of = {id(b): smallest_frame(b.bbox, frames) or (smallest_frame(set_box(b), frames) if frames else None)
                for b in blocks}  # (a column whose marks hang past its frame's edge stands in it)
    head_frame = [smallest_frame(h.bbox, frames) for h in headings]
    # titles, and labels (a boxed column logo or brief heading, a banner) that
    # may head text of their own without being a headline
    titles = [i for i, h in enumerate(headings) if h.role in (TITLE, OTHER)]
    flow = list(blocks)  # body, subheading and photo blocks
    pending = sorted(flow, key=lambda b: (b.top, b.left))
    patient = True  # wait for the column a block runs on from; when all wait, look past it
    settled: set[int] = set()  # blocks whose owner is decided (None too, for text: no headline on the page)
    page_top = min([b.top for b in flow] + [h.bbox[1] for h in headings], default=0.0)
    openers = opening_blocks(flow)  # (上接第N版), 编者按：, a dateline: what opens an article's text here
    shapes = [(h.bbox, h.vertical) for h in headings]  # (each a walk of its lines: asked once, not a block a pass)
    for _ in range(2 * len(pending) + 2):
        progress = False
        waiting: list[ColumnBlock] = []
        for b in pending:
            owner, known = _owner(b, flow, headings, titles, seps, frame_of, head_frame, body, config, fixed, patient,
                                  settled, page_top, shapes)
            if not known:
                waiting.append(b)
                continue
            if owner is not None and id(b) in openers and not_its_opening(b, owner, headings[owner], flow, body):
                owner = None  # the headline's text opens elsewhere: this part has no headline on the page
            b.owner = owner
            if owner is not None or b.role == BODY:  # text with no headline here (the rest of an article
                settled.add(id(b))  # from another page); a photo with none is no text to run on from
            progress = True
        pending = waiting
        if not pending or (not progress and not patient):
            break
        patient = progress
    _break_cycle(pending, flow, headings, titles, seps, frame_of, head_frame, body, config, openers)


def _break_cycle(pending: list[ColumnBlock], flow: list[ColumnBlock], headings: list[HeadingGroup],
                 titles: list[int], seps: list[BBox], frame_of: dict[int, BBox | None],
                 head_frame: list[BBox | None], body: float, config: LayoutConfig, openers: set[int]) -> None:
    """A cycle of waits (columns running on into each other, no headline over
    any): first the headings, from the right: the nearest heading above, a
    headline standing just over the row on the block's right (centred over
    more columns, its byline under it); then the text runs on: from the foot
    of the column on the left, down a column, or back from the next column
    of the cycle."""
    order = sorted(pending, key=lambda b: -b.left)
    refused: set[int] = set()  # openings no headline takes, and the columns running on from them
    for b in order:
        frame = frame_of[id(b)]
        if _under_text(b, flow, headings, titles, seps, frame_of, head_frame, frame, body, config):
            b.owner = None  # the text right over it in its column goes on into it: decided with that text, below
            continue
        owner = heading_above(b, headings, titles, frame, head_frame)
        if owner is not None and headings[owner].role == OTHER:
            owner = None  # a label over the row (a banner, a pulled quote) heads no text the columns run on in
        if owner is not None and closed_over(b, headings[owner], _nearest_above(
                b, flow, headings, titles, seps, frame_of, head_frame, frame), flow, seps, body):
            owner = None  # a rule across the page closes that headline's text over the block: a part of its own
        if owner is None:
            owner = heading_on_right(b, headings, titles, seps, head_frame, frame, body, config, over_row=True)
            if owner is not None and _left_of_text_under(b, headings[owner], flow, body):
                owner = None  # its text opens under it, not in a column level with it on its left
                refused.add(id(b))
        if owner is None and id(b) not in refused:
            over_row = headline_over_row(b, flow, headings, titles, seps, head_frame, frame, body)
            owner = over_row[1] if over_row is not None else None
        if owner is not None and id(b) in openers and not_its_opening(b, owner, headings[owner], flow, body):
            owner = None  # (as a block placed in turn: the headline's text opens elsewhere)
            refused.add(id(b))
        b.owner = owner
    for _ in range(len(order)):
        changed = False
        for b in order:
            if b.owner is not None or id(b) in refused:
                continue
            b.owner = _run_on_owner(b, pending, flow, headings, titles, seps, frame_of, head_frame, body, config)
            if b.owner is not None and id(b) in openers and not_its_opening(b, b.owner, headings[b.owner], flow, body):
                b.owner = None
                refused.add(id(b))
            changed = changed or b.owner is not None
        if not changed:
            break
    for b in reversed(order) if refused else ():  # columns running on from a part's refused opening: the part's
        foot = foot_on_left(b, flow, seps, frame_of, frame_of[id(b)], body) if b.owner is not None else None
        if foot is not None and id(foot) in refused:  # (left to right: a part's columns in turn)
            b.owner = None
            refused.add(id(b))


def _under_text(b: ColumnBlock, flow: list[ColumnBlock], headings: list[HeadingGroup], titles: list[int],
                seps: list[BBox], frame_of: dict[int, BBox | None], head_frame: list[BBox | None],
                frame: BBox | None, body: float, config: LayoutConfig) -> bool:
    """A column's text stands right over the block (a line apart, in its column): the block goes on from that
    text whatever heading stands farther over both."""
    if b.role != BODY:
        return False
    above = _nearest_above(b, flow, headings, titles, seps, frame_of, head_frame, frame)
    return above is not None and above[0] == "block" and above[2] <= config.row_tolerance * body \
        and above[1].role == BODY and not _straddles(b, above[1], body)  # type: ignore[union-attr,arg-type]


def _left_of_text_under(b: ColumnBlock, h: HeadingGroup, flow: list[ColumnBlock], body: float) -> bool:
    """The block stands left of the headline, its top level with it or over it, and the headline's own text opens
    right under it (:func:`.jump_parts.opens_right_under`)."""
    x0, y0, _, y1 = h.bbox
    return not h.vertical and b.right <= x0 and b.top <= y1 and b.bottom > y0 and opens_right_under(h, flow, body)


def _run_on_owner(b: ColumnBlock, pending: list[ColumnBlock], flow: list[ColumnBlock],
                  headings: list[HeadingGroup], titles: list[int], seps: list[BBox],
                  frame_of: dict[int, BBox | None], head_frame: list[BBox | None], body: float,
                  config: LayoutConfig) -> int | None:
    """The owner the text gives a block of a cycle: the block right over it in
    its column, the foot on its left that runs on into it, or the next column
    (within the cycle, or one going on from this column's foot)."""
    frame = frame_of[id(b)]
    above = _nearest_above(b, flow, headings, titles, seps, frame_of, head_frame, frame)
    if above is not None and above[0] == "block" and above[2] <= config.row_tolerance * body:
        return above[1].owner  # type: ignore[union-attr]
    foot = foot_on_left(b, flow, seps, frame_of, frame, body)
    if foot is not None and foot.owner is not None:
        return foot.owner
    right = level_on_right(b, flow, seps, frame_of, frame, body, config)
    if right is None:
        return None
    if any(right is p for p in pending):
        return right.owner
    into = foot_on_left(right, flow, seps, frame_of, frame, body)  # the right column goes on from this one's foot
    return right.owner if into is not None and abs(into.left - b.left) <= body / 2 else None


def _owner(b: ColumnBlock, flow: list[ColumnBlock], headings: list[HeadingGroup], titles: list[int],
           seps: list[BBox], frame_of: dict[int, BBox | None], head_frame: list[BBox | None], body: float,
           config: LayoutConfig, fixed: dict[int, int] | None = None,
           patient: bool = True, settled: set[int] | frozenset[int] = frozenset(),
           page_top: float | None = None, shapes: list[tuple[BBox, bool]] | None = None) -> tuple[int | None, bool]:
    """(owner, decided); undecided when it depends on a block not yet placed
    (not ``patient``: other evidence first when the column it runs on from is not).
    ``page_top``: where the page's text and headings begin (a block with nothing
    over it opens the page's top row, as a headline there with nothing over it does).
    ``shapes``: each heading's box and whether it is vertical, when known."""
    if fixed and id(b) in fixed:
        return fixed[id(b)], True
    frame = frame_of[id(b)]
    if frame is not None:  # a boxed article: the frame's only title owns all of it
        inside = [i for i in titles if holds(frame, headings[i].bbox)]
        if len(inside) == 1:
            return inside[0], True
    note = continued_from(b)
    above = _nearest_above(note_column(b, flow, body) if note else b,  # (a note set right: its column)
                           flow, headings, titles, seps, frame_of, head_frame, frame, shapes)
    # a column set under a photo (and its caption) is the photo's article
    photo = photo_over(b, flow, b.top - above[2] if above is not None else 0.0, body)
    if photo is not None and (photo.owner is not None or patient):  # (under its own headline too: no white
        found = _follow(photo, settled)  # space there to run on across)
        if note and found[0] is not None and opens_apart(headings[found[0]], b, flow, body):
            return None, True  # a note under a photo of a headline whose text opens elsewhere: a part of its own
        if not opens_paragraph(b):  # text going on from the column on its left, level with it under the photo
            foot = foot_on_left(b, flow, seps, frame_of, frame, body)
            if foot is not None and abs(foot.top - b.top) <= body and min(foot.right, photo.right) > max(foot.left, photo.left) \
                    and (foot.owner is not None or id(foot) in settled or patient):
                return _follow(foot, settled)
            if foot is not None and foot.owner is None and id(foot) in settled:
                return None, True  # the rest of a part with no headline here runs on under the photo beside it
        return found
    if above is not None:
        kind, ref, dist = above
        if kind == "heading" and headings[ref].role == OTHER:  # type: ignore[index]
            side = level_beside(b, flow, headings, titles, seps, frame_of, head_frame, frame, body, config)
            right = heading_on_right(b, headings, titles, seps, head_frame, frame, body, config)
            row = headline_over_row(b, flow, headings, titles, seps, head_frame, frame, body, reach=24.0)
            if row is not None and not in_step_under(b, headings[row[1]], flow, seps, frame_of, frame, body, config):
                row = None
            headed = label_under_headline(ref, b, headings, titles, frame, head_frame, body)  # type: ignore[arg-type]
            if headed is not None:  # a column logo under a headline over the block: the logo is its article's
                return headed, True
            beside = side[1] if side is not None and side[0] == "heading" else None
            if beside is not None and dist <= 2 * body and below_the_top(headings[beside], b, flow, body):  # type: ignore[index]
                beside = None  # a column under its logo opening over a headline beside: that one heads its own text
            if beside is not None and headings[beside].role == TITLE and not holds_briefs(b) and not (
                    (right is not None or row is not None) and heads_columns_apart(headings[beside], b, flow, body)):  # type: ignore[index]
                return beside, True  # type: ignore[return-value]  # a headline beside beats a label above
            if right is not None:  # and so does one level with the block's top on its right (first, when the
                return right, True  # one beside heads columns of its own: a label opens no column mid-article)
            if row is not None:  # and one centred over the row the block opens with the column on its right
                return row[1], True
            far = heading_on_right(b, headings, titles, seps, head_frame, frame, body, config, reach=8.0) \
                if side is None else None
            if far is not None:  # with nothing beside, a headline level with the top a little farther right
                return far, True
        if kind == "heading" and dist > 10 * body:  # far under that headline: the text may run on from the left
            foot = foot_on_left(b, flow, seps, frame_of, frame, body)
            if foot is not None and (foot.owner is not None or patient):
                return _follow(foot, settled)
        if kind == "heading" and dist > 10 * body and not any(
                o.role == OTHER and min(o.right, b.right) - max(o.left, b.left) > 0
                and b.top - dist - body <= o.top <= b.top - dist + 3 * body and o.bottom <= b.top + 1 for o in flow):
            # white space (no photo right under it) under that headline: a headline just over the row on the
            # right, or a side headline level with the block, comes first
            over_row = headline_over_row(b, flow, headings, titles, seps, head_frame, frame, body)
            if over_row is not None:
                return over_row[1], True
            side = level_beside(b, flow, headings, titles, seps, frame_of, head_frame, frame, body, config)
            if side is not None and side[0] == "heading" and headings[side[1]].role == TITLE \
                    and not headings[side[1]].vertical \
                    and not stands_between(headings[side[1]].bbox[2], b.left, b.top,  # type: ignore[index]
                                            [o for o in flow if o.role == BODY]):  # a column between
                return side[1], True  # type: ignore[return-value]
            if side is not None and side[0] == "block" and (side[1].owner is not None or patient):  # type: ignore[union-attr]
                # and the row's text level with it on the left comes on here
                return _follow(side[1], settled)  # type: ignore[union-attr]
        if kind == "heading" and not (note and opens_apart(headings[ref], b, flow, body)):  # type: ignore[index]
            return ref, True  # type: ignore[return-value]
        if kind == "block" and sends_on(ref):  # type: ignore[arg-type]
            # its text goes on on another page: the block under it runs on from the foot on its left
            foot = foot_on_left(b, flow, seps, frame_of, frame, body)
            if foot is not None and (foot.owner is not None or patient):
                return _follow(foot, settled)
        if kind == "block" and (dist <= config.row_tolerance * body
                                or photo_between(ref, b, flow, config.row_tolerance * body)) \
                and not _straddles(b, ref, body):  # type: ignore[arg-type]
            # (text going on at the top of the next column goes on into no block under it across white space)
            elsewhere = dist > 1.5 * body and not _finished(ref) and goes_on_right(ref, flow, body)  # type: ignore[arg-type]
            if dist > 1.5 * body and (_finished(ref) or elsewhere) \
                    and not set_inside(b, ref, body):  # type: ignore[arg-type]
                # white space under a finished paragraph: a block opening mid-paragraph goes on from the
                # column on its left whose text runs on, not from the finished text over it (a line set
                # inside the column, centred, goes on from nothing: a subheading of the column over it)
                foot = foot_on_left(b, flow, seps, frame_of, frame, body)
                if foot is not None and (foot.owner is not None or patient):
                    return _follow(foot, settled)
            if not elsewhere:
                return _follow(ref, settled)  # type: ignore[union-attr]
    # the top of a column: the flow comes from the left, or from a heading beside
    # (level with the top of the region the block opens, under photos it may have above)
    region_top = b.top - above[2] if above is not None and above[0] == "separator" else None
    if region_top is not None:
        standing = heading_on_rule(b, region_top, headings, titles, seps, frame, head_frame, body)
        if standing is not None:  # a rule drawn under a headline (a column's tab) is no wall
            return standing, True
    if note:  # （上接第N版） opens the rest of an article: the nearer of its headline beside
        under = title_right_under(b, [headings[i].bbox for i in titles], body)
        if under is not None:  # (or the headline it is set over, alone on its line)
            return titles[under], True
        side = level_beside(b, flow, headings, titles, seps, frame_of, head_frame, frame, body, config, region_top)
        beside = side[1] if side is not None and side[0] == "heading" \
            and headings[side[1]].role == TITLE else None  # type: ignore[index]
        walled = beside is not None and wall_between(headings[beside].bbox[2], b.left, b.top + 2 * body, seps)
        if walled:
            beside = None  # a rule down the column the note opens (from a line under its top) parts them
        if beside is not None and _column_between(b, headings[beside].bbox, flow):
            beside = None  # a column (or photo) between them: the headline beside on the right is another's
        right = heading_on_right(b, headings, titles, seps, head_frame, frame, body, config, over_row=True, reach=12.0)
        if right is not None and stands_between(b.right, headings[right].bbox[0], b.top, flow):
            right = None  # and one over the row on the right
        apart = [i for i in (beside, right) if i is not None and opens_apart(headings[i], b, flow, body)]
        beside, right = (None if beside in apart else beside), (None if right in apart else right)
        left = min([b.left] + [o.left for o in flow if o is not b and 0 <= o.top - b.bottom <= 1.5 * body
                               and min(o.right, b.right) - max(o.left, b.left) > 0])  # the note is set flush right
        gaps = {i: abs(left - headings[i].bbox[2]) if i == beside else headings[i].bbox[0] - b.right
                for i in (beside, right) if i is not None}
        if gaps:
            return min(gaps, key=gaps.__getitem__), True  # type: ignore[arg-type]
        if walled or region_top is not None or apart:  # the part has no headline on this page: an article of its
            return None, True  # own, with no headline (not the middle of an article over the rule above it)
    foot = None if note else foot_on_left(b, flow, seps, frame_of, frame, body)  # (a text come from another
    if foot is not None and (foot.owner is not None or patient):  # page runs on from no column's foot here)
        return _follow(foot, settled)  # the column on the left ends mid-sentence
    # nothing at all over the block: it opens the page's top row, and so does a headline on its left atop the page
    row_top = region_top if region_top is not None or above is not None else page_top
    side = None if note else level_beside(b, flow, headings, titles, seps, frame_of, head_frame, frame, body, config,
                                          row_top)  # (a note's headline beside: asked above, walls and columns too)
    vertical = side[1] if side is not None and side[0] == "heading" and headings[side[1]].vertical else None  # type: ignore[index]
    if vertical is not None and (closes_items(b) or over_items(b, flow, body)):
        side = None  # a column of briefs belongs to the heading over it, not to a vertical headline beside
    if vertical is not None and headings[vertical].bbox[0] >= b.right:  # type: ignore[index]
        item = item_left_open(b, flow, body)  # (a column of briefs too may open with that item's rest)
        if item is not None and (item.owner is not None or patient):
            return _follow(item, settled)  # the rest of the last brief of the column on the left
    if side is not None and side[0] == "block" and apart_beside(b, side[1], body):  # type: ignore[arg-type]
        side = None  # a finished text beside in another measure: this column opens another article
    if side is not None and side[0] == "block":
        centred = centred_over_row(b, flow, headings, titles, seps, head_frame, frame, body)
        if centred is not None:  # a headline centred over the row the block opens, not over the column beside
            return centred, True
    if side is not None:
        over_row = headline_over_row(b, flow, headings, titles, seps, head_frame, frame, body)
        if over_row is not None and nearer_than_beside(b, side, over_row[0], headings, flow, body) \
                and in_step_under(b, headings[over_row[1]], flow, seps, frame_of, frame, body, config):
            return over_row[1], True  # a headline standing just over the row on the right, nearer than one beside
    if side is not None:
        kind, ref = side
        if kind == "heading" and headings[ref].role == OTHER:  # type: ignore[index]
            # a label beside gives way to a headline level on the right, or to text running on from the left
            right = heading_on_right(b, headings, titles, seps, head_frame, frame, body, config)
            if right is not None:
                return right, True
            left = alongside_on_left(b, flow, seps, frame_of, frame, body)
            if left is not None:
                return _follow(left, settled)
        if kind == "heading" and opens_paragraph(b) and heads_columns_apart(headings[ref], b, flow, body):  # type: ignore[index]
            # a headline beside that heads columns of its own gives way to one level with the block's top on its
            # right when the block opens a paragraph (its text runs on from none of that headline's columns)
            right = heading_on_right(b, headings, titles, seps, head_frame, frame, body, config)
            if right is not None and _nearer_width(b, headings[right], headings[ref], flow, body):  # type: ignore[index]
                return right, True
            if right is None and another_measure(b, headings[ref], flow, body):  # type: ignore[index]
                return None, True  # set in another measure: a part with no headline on this page
        if kind == "heading" and headings[ref].vertical:  # type: ignore[index]
            over = headline_right_over(b, flow, headings, titles, seps, frame, head_frame, body)
            if over is not None:  # a column standing under a headline's span, only its byline between, is its
                return over, True  # article's, whatever vertical headline stands beside it
        if kind == "heading":
            return ref, True  # type: ignore[return-value]
        return _follow(ref, settled)  # type: ignore[union-attr]
    if above is not None and above[0] == "block":
        ref = above[1]
        row = heading_in_gap(b, ref, headings, titles, seps, head_frame, frame)  # type: ignore[arg-type]
        if row is not None and headings[row].bbox[0] >= b.right and b.role == BODY and not opens_paragraph(b):
            left = _text_on_left(b, flow, seps, frame_of, frame)
            if left is not None and (left.owner is not None or patient):  # no article's first column opens
                return _follow(left, settled)  # mid-paragraph: the text on the left goes on here, not the headline's
        if row is not None:  # white space, then a headline standing in it: a new row of articles
            over_row = headline_over_row(b, flow, headings, titles, seps, head_frame, frame, body, reach=24.0)
            if over_row is not None and over_row[1] != row and heads_columns_apart(headings[row], b, flow, body) \
                    and in_step_under(b, headings[over_row[1]], flow, seps, frame_of, frame, body, config):
                return over_row[1], True  # the one over the row it opens in step with, not one heading its own columns
            return row, True
        broken = ref.role == BODY and above[2] > 1.5 * body and opens_paragraph(b) and not _finished(ref)  # type: ignore[union-attr]
        if above[2] > 3 * body or broken:  # or white space, then a headline level with the block on its right
            # (a text broken off mid-sentence over the block goes on elsewhere, not in a paragraph it opens)
            level = heading_on_right(b, headings, titles, seps, head_frame, frame, body, config, over_row=True)
            if level is not None:
                return level, True
        if note and ref.role == BODY and len(ref.lines) >= 2 and above[2] > 1.5 * body:  # type: ignore[union-attr]
            return None, True  # （上接第N版） across white space under another text, no headline by it: a part
        return _follow(ref, settled)  # type: ignore[union-attr]
    past = column_past_rule(b, region_top, flow, seps, frame_of, frame, body) if region_top is not None else None
    if past is not None and (past.owner is not None or patient):  # the rule closes the text over the block and
        return _follow(past, settled)  # the column on the left runs on
    # a separator above and nothing beside: the nearest heading above over the block (a rule
    # may run under a headline, so it is no wall here)
    over = heading_above(b, headings, titles, frame, head_frame)
    if over is not None and headings[over].role == TITLE:
        if region_top is not None and headings[over].bbox[3] < region_top - body:  # a rule between, well under it:
            row = headline_over_row(b, flow, headings, titles, seps, head_frame, frame, body)
            if row is not None:  # a headline over the new row heads it
                return row[1], True
            centred = centred_over_row(b, flow, headings, titles, seps, head_frame, frame, body)
            if centred is not None:  # and so does one centred over the row, from its first column on
                return centred, True
            level = heading_on_right(b, headings, titles, seps, head_frame, frame, body, config)
            if level is not None and not opens_under(headings[level], flow, body):  # and so does a narrow one
                return level, True  # level with the block's top on its right (unless its text opens under it)
            atop = heading_atop_rule(b, region_top, headings, titles, seps, head_frame, frame, body)
            if atop is not None:  # and so does one standing on that rule a gutter to the right
                return atop, True
            extent = rule_over(b, region_top, seps) or (b.left, b.right)
            closed = closes_text(region_top, extent[0], extent[1], flow, frame_of, frame, body)
            if closed:
                side = _side_heading_under_rule(b, region_top, headings, titles, seps, flow, body, config)
                if side is not None:  # the rule closes that article's text: a side headline under it heads this
                    return side, True
                foot = _foot_across_column_rule(b, flow, seps, frame_of, frame, body)
                if foot is not None and (foot.owner is not None or patient):
                    return _follow(foot, settled)  # and a column on the left that runs on into this one
            far = heading_on_right(b, headings, titles, seps, head_frame, frame, body, config, reach=8.0)
            if far is not None and not opens_under(headings[far], flow, body):  # a headline level with the
                if not (opens_paragraph(b) and opens_under_centred(headings[far], flow, body)):  # block's top
                    return far, True  # across a wide gutter, before one over the rule (its text closed there)
                return None, True  # centred over its text, opening a paragraph under it: the block is another's
            if far is not None and closed:  # that headline's text opens under it, the one over the rule's closed:
                return None, True  # the block opens a part with no headline on this page
            under = headline_under_rule(b, extent, region_top, headings[over], headings, titles, flow, seps, body,
                                        config.row_tolerance)
            if under is not None:  # a rule under the whole headline over it closes its article: one under
                return under, True  # the rule, over the row the block opens, heads it
            if closes_the_row_over(b, extent, region_top, headings[over], flow, seps, body,
                                   [h.bbox for h in headings]):
                return None, True  # a rule across the page closes it: this part's headline is on no row here
        if note and opens_apart(headings[over], b, flow, body):
            return None, True  # a note far under a headline whose text opens elsewhere: a part of its own
        return over, True
    heading = heading_on_right(b, headings, titles, seps, head_frame, frame, body, config, over_row=True)
    if heading is not None:  # the first column of an article whose headline stands over (or just over) the rest
        return heading, True
    right = level_on_right(b, flow, seps, frame_of, frame, body, config)
    if right is not None:  # the same, seen through the next column
        return _follow(right, settled)
    left = alongside_on_left(b, flow, seps, frame_of, frame, body)
    if left is not None:  # a column right of where a narrow headline ends: the text on its left goes on here
        return _follow(left, settled)
    return over, True  # only a label (a column logo, a banner) above, or nothing


def _column_between(b: ColumnBlock, box: BBox, flow: list[ColumnBlock]) -> bool:
    """A column or photo stands wholly between the block and a heading on its
    right (or on its left: a vertical headline's own columns between it and a
    note that opens another article's rest), halfway down where the two stand level."""
    y = (max(b.top, box[1]) + min(b.bottom, box[3])) / 2
    if box[0] >= b.right:
        return stands_between(b.right, box[0], y, flow)
    return box[2] <= b.left and stands_between(box[2], b.left, y, flow)


def _foot_across_column_rule(b: ColumnBlock, flow: list[ColumnBlock], seps: list[BBox],
                             frame_of: dict[int, BBox | None], frame: BBox | None, body: float) -> ColumnBlock | None:
    """Under a rule that closes the text of the headline far over it, the
    foot of the column on the left that ends mid-sentence where the block
    opens mid-sentence, though a column rule drawn down from the row above
    stands between: no article's text starts mid-sentence, and the rule over
    the block says the text above it has ended."""
    across = [s for s in seps if s[3] - s[1] <= s[2] - s[0]]
    return foot_on_left(b, flow, across, frame_of, frame, body)


def _finished(block: ColumnBlock) -> bool:
    """The block's last line ends a sentence: its paragraph may end there."""
    return block.role == BODY and ends_sentence(block.lines[-1].text.strip())


def _straddles(b: ColumnBlock, over: ColumnBlock, body: float) -> bool:
    """``b`` stands across an edge of the column ``over`` right over it (a
    column of three lines or more), neither holding the other: text runs on
    straight down only within one column, so ``b`` is set on another grid."""
    if over.role != BODY or len(over.lines) < 3:
        return False
    return (b.left < over.left - body and b.right < over.right - body) or (
        b.left > over.left + body and b.right > over.right + body)


def _side_heading_under_rule(b: ColumnBlock, rule_y: float, headings: list[HeadingGroup], titles: list[int],
                             seps: list[BBox], flow: list[ColumnBlock], body: float,
                             config: LayoutConfig) -> int | None:
    """The nearest horizontal headline on the block's left under the same
    rule, its top level with the block's (a side headline), with no wall nor
    column between."""
    best: tuple[float, int] | None = None
    for i in titles:
        h = headings[i]
        if h.role != TITLE or h.vertical or h.bbox[2] > b.left + body:
            continue
        if not rule_y - body <= h.bbox[1] <= b.top + config.row_tolerance * body:
            continue
        if wall_between(h.bbox[2], b.left, b.top, seps) or stands_between(h.bbox[2], b.left, b.top, flow):
            continue
        if best is None or b.left - h.bbox[2] < best[0]:
            best = (b.left - h.bbox[2], i)
    return best[1] if best else None


def _follow(o: ColumnBlock, settled: set[int] | frozenset[int]) -> tuple[int | None, bool]:
    """The owner of the block ``o`` the text runs on from, once it is decided
    (None when that text has no headline on the page: the rest of an article
    from another page); undecided until then."""
    return (o.owner, True) if o.owner is not None or id(o) in settled else (None, False)


def _nearest_above(b: ColumnBlock, flow: list[ColumnBlock], headings: list[HeadingGroup], titles: list[int],
                   seps: list[BBox], frame_of: dict[int, BBox | None], head_frame: list[BBox | None],
                   frame: BBox | None, shapes: list[tuple[BBox, bool]] | None = None
                   ) -> tuple[str, object, float] | None:
    """The block, heading or rule nearest over ``b``, and how far (``shapes``: as in :func:`_owner`)."""
    best: tuple[str, object, float] | None = None
    x0, x1, top = b.left, b.right, b.top

    sliver = 0.5 * b.size  # a block or headline touching the column's edge by less stands beside it, not over it

    def consider(kind: str, ref: object, box: BBox, reach: float = 1.0) -> None:
        nonlocal best
        if min(box[2], x1) - max(box[0], x0) <= sliver or box[3] > top + reach:
            return
        dist = max(top - box[3], 0.0)
        if best is None or dist < best[2] - 0.01:
            best = (kind, ref, dist)

    for o in flow:
        # the cheap test first: this runs for every pair of blocks on the page
        if o.lines[-1].y1 <= top + 1 and o is not b and o.role != OTHER and frame_of[id(o)] == frame:
            consider("block", o, o.bbox)  # photos (OTHER) are transparent
    for i in titles:
        # its last line may stand level with the block's first (a subtitle beside it)
        box, vertical = shapes[i] if shapes is not None else (headings[i].bbox, headings[i].vertical)
        if head_frame[i] == frame or (frame is not None and head_frame[i] is None and holds(frame, box)):
            if vertical and top - box[3] > 2 * b.size:
                continue  # a vertical headline heads the text beside it, not text well below its foot
            consider("heading", i, box, 1.5 * b.size if box[1] < top - b.size else 1.0)
    for s in seps:
        if s[2] - s[0] >= s[3] - s[1]:
            consider("separator", None, s)
    return best


def _text_on_left(b: ColumnBlock, flow: list[ColumnBlock], seps: list[BBox], frame_of: dict[int, BBox | None],
                  frame: BBox | None) -> ColumnBlock | None:
    """The nearest column of text on the left beside the block's top (from
    above it, or from a few lines under it: a caption may stand over that
    column), a gutter of any width away, no column or wall between, in the same frame."""
    left = [o for o in flow if o.role == BODY and frame_of[id(o)] == frame and o.right <= b.left
            and o.top < b.top + 6 * b.lines[0].size and o.bottom > b.top and b.left - o.right <= b.width]
    left = [o for o in left if not wall_between(o.right, b.left, max(b.top, o.top), seps)
            and not stands_between(o.right, b.left, max(b.top, o.top), flow)]
    return max(left, key=lambda o: o.right, default=None)


def _nearer_width(b: ColumnBlock, h: HeadingGroup, other: HeadingGroup, flow: list[ColumnBlock], body: float) -> bool:
    """The block is about as wide as the columns under ``h`` and not as those
    under ``other`` (an article's columns share one width)."""
    mine, theirs = column_width_under(h, flow, body), column_width_under(other, flow, body)
    return mine is not None and (theirs is None or abs(mine - b.width) < abs(theirs - b.width) - body / 2)
