"""Two articles' headlines in one run, over text no headline claims (text mode).

In content-stream order one article's headline may be drawn after its body
and the next article's right before its own, so the two meet in one run of
headline lines. Where the run is read as closing the text over it, while the
headline before already opens that text, and the text under the run has no
headline at all (nothing after it closes it), the run holds both: its first
tiers close nothing more than the text they share with the headline before,
its last tiers head the text under it. The cut falls where the tiers' words
echo the two texts best, never between a kicker leading on (……——) and its
title, nor over a subtitle (——……).
"""

from __future__ import annotations

from .headline_claims import effective_groups
from .headlines import starts_with_dash
from .roles import BODY
from .text_direction import bigrams, body_text, headless_body, shared_pairs
from .text_units import Unit


def cut_runs_over_unclaimed_text(units: list[Unit], directions: dict[int, bool]) -> None:
    """Cut such runs (``directions`` changed in place: the run's first tiers
    close the text over it, its last tiers open the text under it)."""
    groups = effective_groups(units, directions)
    for n in range(1, len(groups)):
        start, end = groups[n]
        if end - start < 2 or directions.get(start, True) or not directions.get(groups[n - 1][0], True):
            continue
        if any(len(line.strip()) < 2 or "。" in line for u in units[start:end] for line in u.block.lines):
            continue  # stray characters (a vertical line torn apart) or text run in: no two headlines to part
        if n + 1 < len(groups) and not directions.get(groups[n + 1][0], True):
            continue  # the next headline closes the text under the run
        over = units[groups[n - 1][1]:start]
        under = units[end:groups[n + 1][0] if n + 1 < len(groups) else len(units)]
        if not any(u.block.role == BODY for u in over) or headless_body(over):
            continue  # (text over it holding a second article: the run closes that one)
        said = body_text(under)
        if not any(mark in said for mark in "。！？"):
            continue
        cut = best_cut(units[start:end], body_text(over), said)
        if cut is not None:
            directions[start + cut] = True


def echo_shares(run: list[Unit], over: str, under: str) -> list[tuple[float, float]]:
    """For each unit of the run: the share of its character pairs the text over it and the text under it say."""
    echoes = []
    for unit in run:
        head = bigrams("".join(unit.block.lines))
        share = len(head) or 1
        echoes.append((shared_pairs(head, over) / share, shared_pairs(head, under) / share))
    return echoes


def best_cut(run: list[Unit], over: str, under: str) -> int | None:
    """Where in the run the tiers over the cut echo the text over it and the
    ones under it the text under it best (a kicker leading into its title and
    a subtitle under its title kept with it); None when no cut may be made."""
    echoes = echo_shares(run, over, under)
    cuts = [k for k in range(1, len(run)) if not _leads_on(run[k - 1]) and not _dashed(run[k])]
    if not cuts:
        return None
    return max(cuts, key=lambda k: (sum(a for a, _ in echoes[:k]) + sum(b for _, b in echoes[k:]), -k))


def _leads_on(unit: Unit) -> bool:
    """Does a headline unit end leading into the tier under it (……——, ……：)?"""
    return bool(unit.block.lines) and unit.block.lines[-1].rstrip().endswith(("——", "—", "：", ":"))


def _dashed(unit: Unit) -> bool:
    """Does a headline unit open with —— (a 副题)?"""
    return bool(unit.block.lines) and starts_with_dash(unit.block.lines[0])


__all__ = ["best_cut", "cut_runs_over_unclaimed_text", "echo_shares"]
