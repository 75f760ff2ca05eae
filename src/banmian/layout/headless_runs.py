"""Two articles' headlines in one run under a headless text (text mode).

In content-stream order a brief or a report may end (its authors' bracket,
a note sending it on, a closing note) and another article's text follow it
with no headline over it: that one's headline is drawn after it. Where the
next article's headline is drawn right after that one, before its own text,
the two meet in one run, read as opening the text under it; the headless
text over it is then read into the article before. The run's first tiers
close the headless text, its last tiers open the text under it: the cut
falls where the tiers' words echo the two texts best.
"""

from __future__ import annotations

from .closing_notes import in_one_bracket
from .headline_claims import effective_groups
from .roles import BODY, BYLINE, CONTINUATION
from .text_direction import body_text, headless_start, says_a_sentence
from .text_units import Unit
from .unclaimed_cuts import best_cut, echo_shares


def cut_runs_under_headless_text(units: list[Unit], directions: dict[int, bool]) -> None:
    """Cut such runs (``directions`` changed in place: the run's first tiers
    close the headless text over it, its last tiers open the text under it)."""
    groups = effective_groups(units, directions)
    for n in range(1, len(groups)):
        start, end = groups[n]
        if end - start < 2 or not directions.get(start, True) or not directions.get(groups[n - 1][0], True):
            continue  # (one unit, a run closing its text, or the text over it closed by the headline before)
        if n + 1 < len(groups) and not directions.get(groups[n + 1][0], True):
            continue  # the next headline closes the text under the run: the run may close the text over it
        over = units[groups[n - 1][1]:start]
        begin = headless_from(over)
        if begin is None:
            continue
        if any(len(line.strip()) < 2 or "。" in line for u in units[start:end] for line in u.block.lines):
            continue  # stray characters or text run in: no two headlines to part
        under = body_text(units[end:groups[n + 1][0] if n + 1 < len(groups) else len(units)])
        if not any(mark in under for mark in "。！？"):
            continue
        run = units[start:end]
        headless = body_text(over[begin:])
        cut = best_cut(run, headless, under)
        if cut is None:
            continue
        shares = echo_shares(run, headless, under)
        # each tier leans to its side (a tier saying both texts' words may hold two headlines run together)
        if (all(a >= b for a, b in shares[:cut]) and all(b >= a for a, b in shares[cut:])
                and sum(a - b for a, b in shares[:cut]) > 0 and sum(b - a for a, b in shares[cut:]) > 0):
            directions[start] = False
            directions[start + cut] = True


def headless_from(region: list[Unit]) -> int | None:
    """Where a text of its own opens in ``region`` (after the text the headline
    before it opened): :func:`.text_direction.headless_start`, or text under a
    note saying it goes on from another page (（上接第N版）) after that text
    said a sentence."""
    k = headless_start(region, bracketed=True)
    if k is not None:
        return k
    said = False
    for k, unit in enumerate(region):
        role = unit.block.role
        if role == BODY:
            said = said or says_a_sentence(unit.block.lines)
        elif said and k + 1 < len(region) and region[k + 1].block.role == BODY and (
                role == CONTINUATION and unit.note is not None and unit.note.direction == "from"
                or role == BYLINE and in_one_bracket(unit.block.lines) and region[k - 1].block.role == BODY):
            return k + 1
    return None


__all__ = ["cut_runs_under_headless_text", "headless_from"]
