"""Each body one headline: the directions of a page's headline groups settled together.

In content-stream order every article's headline is drawn either right
before its body or right after it, so every run of body text between two
headline groups is claimed by the group over it (opening it) or the group
under it (closing it). The wording decides each group on its own
(text_direction.py); where that leaves a body no group claims (an article
with no headline) or two groups claiming one body that holds one article
(a headline with no body), the groups the wording does not hold firmly are
turned, the fewest that clear the most such faults.
"""

from __future__ import annotations

from .roles import BODY
from .text_direction import ECHO_MARGIN, bigrams, body_text, headless_body, shared_pairs, title_groups
from .text_units import Unit

#: a page of more groups than this is left as the wording read it (the settling is linear, but
#: a page of hundreds of groups is no page a headline stream draws)
_MAX_GROUPS = 400


def _effective_groups(units: list[Unit], directions: dict[int, bool]) -> list[tuple[int, int]]:
    """The headline groups as ``assemble`` reads them: a run of title units cut
    at every unit ``directions`` names (a run holding two articles' headlines)."""
    groups: list[tuple[int, int]] = []
    for start, end in title_groups(units):
        cut = start
        for k in range(start + 1, end):
            if k in directions:
                groups.append((cut, k))
                cut = k
        groups.append((cut, end))
    return groups


def _firm(units: list[Unit], group: tuple[int, int], before: str, after: str, opens: bool) -> bool:
    """Does the group's wording hold its direction by the margin the wording rule asks?"""
    head = bigrams("".join(line for u in units[group[0]:group[1]] for line in u.block.lines))
    if not head:
        return False
    echo_before = shared_pairs(head, before) / len(head)
    echo_after = shared_pairs(head, after) / len(head)
    return (echo_after - echo_before if opens else echo_before - echo_after) >= ECHO_MARGIN


def settle_headline_claims(units: list[Unit], directions: dict[int, bool]) -> None:
    """Turn the fewest loosely held groups so that fewer bodies go without a
    headline and fewer headlines without a body (``directions`` changed in place)."""
    groups = _effective_groups(units, directions)
    if len(groups) < 2 or len(groups) > _MAX_GROUPS:
        return
    edges = [0, *(k for group in groups for k in group), len(units)]
    regions = [units[edges[2 * n]:edges[2 * n + 1]] for n in range(len(groups) + 1)]
    texts = [body_text(region) for region in regions]
    has_body = [any(u.block.role == BODY for u in region) for region in regions]
    holds_two = [has_body[n] and headless_body(region) for n, region in enumerate(regions)]
    current = [directions.get(start, True) for start, _ in groups]
    fixed = [_firm(units, group, texts[n], texts[n + 1], current[n]) for n, group in enumerate(groups)]

    def faults(region: int, claims: int) -> int:
        if has_body[region]:
            return int(claims == 0 or (claims == 2 and not holds_two[region]))
        return claims  # a headline over no body

    # best[opens] = (faults, turns, choices) with the last group's choice ``opens``
    best: dict[bool, tuple[int, int, list[bool]]] = {}
    for opens in (False, True):
        if fixed[0] and opens != current[0]:
            continue
        best[opens] = (faults(0, int(not opens)), int(opens != current[0]), [opens])
    for n in range(1, len(groups)):
        step: dict[bool, tuple[int, int, list[bool]]] = {}
        for opens in (False, True):
            if fixed[n] and opens != current[n]:
                continue
            options = []
            for was, (fault, turns, choices) in best.items():
                claims = int(was) + int(not opens)
                options.append((fault + faults(n, claims), turns + int(opens != current[n]), choices))
            fault, turns, choices = min(options, key=lambda o: (o[0], o[1]))
            step[opens] = (fault, turns, choices + [opens])
        best = step
    final = [(fault + faults(len(groups), int(opens)), turns, choices) for opens, (fault, turns, choices) in best.items()]
    fault, turns, choices = min(final, key=lambda o: (o[0], o[1]))
    now = sum(faults(n, int(n > 0 and current[n - 1]) + int(n < len(groups) and not current[n]))
              for n in range(len(groups) + 1))
    if fault >= now:
        return
    for (start, _), opens in zip(groups, choices):
        directions[start] = opens


__all__ = ["settle_headline_claims"]
