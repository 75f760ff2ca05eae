"""A headline block's lines cut into its tiers, where text gives no type sizes:
a line each, but a narrow box wrapped under a wider line (its kicker) stays
one tier."""

from __future__ import annotations

import re

from .headlines import is_wrapped_box, sets_the_scene, without_column_tag
from .tier_patterns import cjk_count


def tier_runs(lines: list[str]) -> list[tuple[int, list[str]]]:
    """A headline block's lines as (first line's index, lines) per tier: a line
    each, but a narrow box under a wider line (过年，一起 / 燃烧卡路里 under its
    kicker) stays one tier, its lines wrapped in the box, not tiers of their
    own. Two phrases of one length a line each (干部走在前 / 群众跟着干) are left
    apart: they are put together again with the space between them."""
    runs: list[tuple[int, list[str]]] = []
    for k, line in enumerate(lines):
        if runs and runs[-1][0] >= 1 and _box_goes_on(lines[runs[-1][0] - 1], runs[-1][1], line):
            runs[-1][1].append(line)
            continue
        runs.append((k, [line]))
    return runs


def _box_goes_on(over: str, box: list[str], line: str) -> bool:
    """Does ``line`` go on in the narrow ``box`` that a wider line (``over``, its
    kicker) stands over, rather than stand as a tier of its own?"""
    if not is_wrapped_box([*box, line]) or is_wrapped_box([over, *box]):
        return False
    if len(box) == 1 and (sets_the_scene(box[0]) or _phrases_of_one_length(box[0], line)):
        return False
    return True


def _phrases_of_one_length(first: str, second: str) -> bool:
    """Two lines of one length with no mark between words (the second may close
    with the title's tag): a title's two phrases, a line each."""
    first, second = first.strip(), without_column_tag(second.strip())
    return bool(_BARE_PHRASE.fullmatch(first) and _BARE_PHRASE.fullmatch(second)) \
        and abs(cjk_count(first) - cjk_count(second)) <= 1


#: a phrase of a title set a line alone: words and quotes, no clause mark, no space
_BARE_PHRASE = re.compile(r"[\u4e00-\u9fff“”‘’《》0-9A-Za-z]{3,14}")


__all__ = ["tier_runs"]
