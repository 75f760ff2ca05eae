"""Pages whose PDF draws every headline first and the bodies after them.

Some e-paper PDFs write a page in layers: all the headlines (with their
bylines) first, then every article's body, in the same order. Extracted, the
page opens with a stack of headlines and then runs body after body with no
headline between, so each body looks headless. The headlines keep the bodies'
order, and each headline shares its wording with its own body: the stack is
cut into as many runs as there are bodies, in order, where the wording agrees
best, and each run is put back over its body.
"""

from __future__ import annotations

from itertools import accumulate
from typing import Callable

from .roles import BODY, BYLINE, FOOTER, HEADER, OTHER, SUBHEADING, TITLE
from .headlines import starts_with_dash
from .rules import opens_with_dateline
from .text_direction import bigrams, shared_pairs
from .tier_patterns import TITLE_TAG
from .text_turns import cut_at_width_turns, cut_group, paragraph_starts, paragraph_texts
from .text_units import Unit

#: a body that gets no headline of the stack costs this much (of one headline's whole wording)
_HEADLESS = 0.2
#: the stack's cut must beat putting it all over the first body by this much
_MARGIN = 0.3
#: a page holds a few dozen articles: more headlines or bodies than this are no page's stack
#: (the wording is weighed for every headline against every body), and a body shared out
#: has no more paragraphs than this (its cut is weighed for every pair of them)
_MAX_PIECES, _MAX_PARAGRAPHS = 60, 400


def pair_stacked_headlines(units: list[Unit], split_bodies: Callable[[list[Unit]], list[list[Unit]]]) -> list[Unit]:
    """``units`` in reading order again when the page opens with a stack of
    headlines (and bylines) followed by headless bodies whose wording the
    headlines share in order: each headline moved over its own body.
    ``split_bodies`` cuts a run of bodies into articles (datelines, closing
    bylines), as assembling does; where the column width turns cuts them too."""
    found = _stack_and_bodies(units)
    if found is None:
        return units
    first, cut, end = found
    items = _items(units[first:cut])
    if not 2 <= len(items) <= _MAX_PIECES:
        return units
    inner = _lone_titles_among_bodies(units, end)
    for unit in inner:  # every headline was drawn first: one among the bodies heads a part of a body
        unit.block.role = SUBHEADING
    end = _bodies_end(units, cut)
    bodies = [part for group in split_bodies(units[cut:end]) for signed in _cut_after_closing_bylines(group)
              for part in cut_at_width_turns(signed)]
    owners = None
    if len(bodies) == 1:  # two signed headlines over one run of text: one's text set inside the other's
        parts = _wrapped_neighbour(bodies[0], items)
        if parts is None:
            for unit in inner:
                unit.block.role = TITLE
            return units
        return list(units[:first]) + [u for head, part in parts for u in (*head, *part)] + units[end:]
    if 2 <= len(bodies) <= _MAX_PIECES:
        texts = ["".join(line for u in body for line in u.block.lines if u.block.role == BODY) for body in bodies]
        echo = [[_echo(pairs, text) for text in texts] for pairs in map(_pairs, items)]
        owners = _best_owners(echo, len(bodies))
    if owners is None:
        for unit in inner:
            unit.block.role = TITLE
        return units
    for unit in units[first:cut]:
        if unit.role == BODY:
            unit.block.role = TITLE  # a headline of the stack, read as body for its ！ or its width
    ordered = list(units[:first])
    for j, body in enumerate(bodies):
        heads = [item for item, owner in zip(items, owners) if owner == j]
        parts = _shared_out(body, heads)
        if parts is None:
            parts = _two_headlines(body, heads)
        if parts is None:  # the tiers of one headline (kicker, title) over the body whole; a body
            # no headline of the stack names stays, headless
            ordered.extend(_joined(heads))
            ordered.extend(body)
            continue
        for head, part in parts:
            ordered.extend(head)
            ordered.extend(part)
    return ordered + units[end:]


def _shared_out(body: list[Unit], heads: list[list[Unit]]) -> list[tuple[list[Unit], list[Unit]]] | None:
    """The body cut into one part for each headline set over it that has its own
    byline (two articles' texts with nothing between them), where each part's
    paragraphs share the most wording with their own headline; None (the
    body whole, under all of them) when that tells nothing."""
    if len(heads) < 2 or not all(any(u.role == BYLINE for u in head) for head in heads):
        return None
    starts = paragraph_starts(body)
    texts = paragraph_texts(body, starts)
    if not len(heads) <= len(texts) <= _MAX_PARAGRAPHS:
        return None
    pairs = [_pairs(head) for head in heads]
    echo = [[_echo(head, text) for head in pairs] for text in texts]
    cuts = _cut_in_order(echo, len(heads))
    parts = cut_group(body, starts, cuts) if cuts is not None else []
    return list(zip(heads, parts)) if len(parts) == len(heads) else None


def _wrapped_neighbour(body: list[Unit], items: list[list[Unit]]) -> list[tuple[list[Unit], list[Unit]]] | None:
    """Two headlines, each closed by its byline, over one run of text: a
    report wrapped round a neighbour (an L shape) is drawn with both
    headlines first, then the neighbour's text set inside it, then its own;
    or the two texts in the headlines' order. The text is cut where each
    part's paragraphs echo their own headline most, in whichever order
    echoes better; None when no cut leaves both headlines echoed."""
    heads: list[list[Unit]] = [[]]
    for item in items:
        heads[-1].extend(item)
        if any(u.block.role == BYLINE for u in item):
            heads.append([])
    if heads[-1] or len(heads) != 3:
        return None  # (two signed headlines, nothing unsigned after them)
    heads.pop()
    starts = paragraph_starts(body)
    texts = paragraph_texts(body, starts)
    if not 2 <= len(texts) <= _MAX_PARAGRAPHS:
        return None
    pairs = [_pairs(head) for head in heads]
    best = None
    for order in ((0, 1), (1, 0)):
        echo = [[_echo(pairs[h], text) for h in order] for text in texts]
        cuts = _cut_in_order(echo, 2)
        if cuts is None:
            continue
        score = sum(echo[k][0] for k in range(cuts[0])) + sum(echo[k][1] for k in range(cuts[0], len(texts)))
        if best is None or score > best[0]:
            best = (score, order, cuts)
    if best is None:
        return None
    _, order, cuts = best
    parts = dict(zip(order, cut_group(body, starts, cuts)))
    return [(heads[0], parts[0]), (heads[1], parts[1])]


#: two headlines share a body out when their own parts hold this share of the wording the
#: paragraphs share with both together (one headline's tiers each echo the whole body)
_OWN_SHARE = 0.9


def _two_headlines(body: list[Unit], heads: list[list[Unit]]) -> list[tuple[list[Unit], list[Unit]]] | None:
    """Unsigned headlines over one run of text (two articles' texts with
    nothing between them, or one headline's tiers): the heads parted in two
    and the text cut in two where the paragraphs before echo the first part
    and those after the second, the pairs of each paragraph its own part's
    alone; None when the tiers echo the text together (one headline)."""
    if len(heads) < 2:
        return None
    starts = paragraph_starts(body)
    texts = paragraph_texts(body, starts)
    if not 2 <= len(texts) <= _MAX_PARAGRAPHS:
        return None
    pairs = [bigrams(text) for text in texts]
    best = None
    head_pairs = [_pairs(head) for head in heads]
    for k in range(1, len(heads)):
        first = set().union(*head_pairs[:k])
        second = set().union(*head_pairs[k:])
        a = list(accumulate((len(first & p) for p in pairs), initial=0))  # a[c]: paragraphs before c
        b = list(accumulate((len(second & p) for p in pairs), initial=0))
        both = sum(len((first | second) & p) for p in pairs)
        for cut in range(1, len(texts)):
            before, after = a[cut], b[-1] - b[cut]
            if (before + after >= _OWN_SHARE * both > 0 and before > b[cut] and after > a[-1] - a[cut]
                    and (best is None or before + after > best[0])):
                best = (before + after, k, cut)
    if best is None:
        return None
    _, k, cut = best
    first_part, second_part = cut_group(body, starts, [cut])
    return [(_joined(heads[:k]), first_part), (_joined(heads[k:]), second_part)]


def _joined(heads: list[list[Unit]]) -> list[Unit]:
    return [unit for head in heads for unit in head]


def _cut_in_order(echo: list[list[float]], parts: int) -> list[int] | None:
    """Where to cut paragraphs (rows of ``echo``: each one's echo of every
    headline) into ``parts`` runs in order, each run's paragraphs echoing its
    own headline most; None unless every headline is echoed in its run."""
    n = len(echo)
    neg = float("-inf")
    # best[p][i]: the best score of paragraphs i.. shared among headlines p..
    best = [[neg] * (n + 1) for _ in range(parts + 1)]
    cut_at = [[0] * (n + 1) for _ in range(parts + 1)]
    best[parts][n] = 0.0
    for p in range(parts - 1, -1, -1):
        for i in range(n - 1, -1, -1):
            run = 0.0
            for j in range(i + 1, n + 1):
                run += echo[j - 1][p]
                if best[p + 1][j] > neg and run + best[p + 1][j] > best[p][i]:
                    best[p][i], cut_at[p][i] = run + best[p + 1][j], j
    if best[0][0] == neg:
        return None
    cuts, i = [], 0
    for p in range(parts):
        j = cut_at[p][i]
        if sum(echo[k][p] for k in range(i, j)) <= 0:
            return None
        cuts.append(j)
        i = j
    return cuts[:-1]


def _cut_after_closing_bylines(group: list[Unit]) -> list[list[Unit]]:
    """A body closed by its authors' bracket on a line of its own (（本报记者 张三）)
    is over: the text after it is the next article's."""
    out: list[list[Unit]] = [[]]
    for k, unit in enumerate(group):
        out[-1].append(unit)
        if (unit.block.role == BYLINE and unit.closing and k + 1 < len(group)
                and any(u.block.role == BODY for u in out[-1]) and group[k + 1].block.role == BODY):
            out.append([])
    return [part for part in out if part]


def _stack_and_bodies(units: list[Unit]) -> tuple[int, int, int] | None:
    """Where the page's content opens with headlines and bylines only (the
    stack), where its first body starts, and where the next headline after
    it comes (the bodies' end); None when the page does not open so."""
    first = next((k for k, u in enumerate(units) if u.block.role not in (HEADER, FOOTER)), None)
    if first is None:
        return None
    if units[first].block.role != TITLE:
        return None
    cut = first
    while cut < len(units) and (units[cut].block.role in (TITLE, BYLINE, OTHER, HEADER, FOOTER)
                                or _short_text(units[cut])):
        cut += 1
    while units[cut - 1].block.role == BODY:
        cut -= 1  # short text right before the bodies is their opening, not a headline of the stack
    if cut == len(units) or units[cut].block.role != BODY:
        return None
    return first, cut, _bodies_end(units, cut)


def _lone_titles_among_bodies(units: list[Unit], start: int) -> list[Unit]:
    """The runs of headline units from ``start`` on that stand between two
    body units (a few lines, no byline), up to the first run that does not:
    in-body subheadings (a label over its line, wrapped) when the page's
    headlines were all drawn first."""
    lone: list[Unit] = []
    k = start
    while k < len(units) and units[k].block.role in (TITLE, BODY, SUBHEADING):
        if units[k].block.role != TITLE:
            k += 1
            continue
        run_end = k
        while run_end < len(units) and units[run_end].block.role == TITLE:
            run_end += 1
        run = units[k:run_end]
        if not (units[k - 1].block.role == BODY and run_end < len(units) and units[run_end].block.role == BODY
                and sum(len(u.block.lines) for u in run) <= _LONE_LINES):
            break
        if not _tagged_title(run):  # a title closed by its column's tag heads an article (a sidebar's)
            lone.extend(run)
        k = run_end
    return lone


def _tagged_title(run: list[Unit]) -> bool:
    """A headline closed by its column's tag (……（记者手记）), not a sentence
    closed by its authors' bracket (……。（张三 李四）)."""
    text = "".join(line.strip() for u in run for line in u.block.lines)
    return "。" not in text and TITLE_TAG.search(text) is not None


def _bodies_end(units: list[Unit], cut: int) -> int:
    """Where the bodies after the stack end: at the next headline."""
    return next((k for k in range(cut, len(units)) if units[k].block.role == TITLE), len(units))


#: a subheading among the bodies (a label over its line, each wrapped) holds at most this many lines
_LONE_LINES = 4

#: a headline of the stack read as body (赶坡会喽！, a title wrapped short) holds at most this much;
#: a long kicker wrapped over lines (a sentence of figures with no full stop) at most the second
_SHORT_LINES, _SHORT_TEXT, _UNSTOPPED_TEXT = 4, 40, 90


def _short_text(unit: Unit) -> bool:
    """A body unit too short to be a body: a headline of the stack ending in ！,
    wrapped narrow, or a long kicker that ends no sentence (bodies end theirs with 。)."""
    if unit.block.role != BODY or len(unit.block.lines) > _SHORT_LINES or opens_with_dateline(unit.block.lines):
        return False
    text = "".join(unit.block.lines)
    return len(text) <= _SHORT_TEXT or (len(text) <= _UNSTOPPED_TEXT and "。" not in text)


def _items(stack: list[Unit]) -> list[list[Unit]]:
    """The stack cut before each headline unit, but one opening with —— (a
    subtitle by its mark); a byline (or furniture) stays with the headline above it."""
    items: list[list[Unit]] = []
    for unit in stack:
        if items and (unit.block.role not in (TITLE, BODY) or starts_with_dash(unit.block.lines[0])):
            items[-1].append(unit)
        else:
            items.append([unit])
    return items


def _pairs(item: list[Unit]) -> frozenset[str]:
    """A headline's character pairs (its bylines aside)."""
    return bigrams("".join(line for u in item if u.block.role in (TITLE, BODY) for line in u.block.lines))


def _echo(head: frozenset[str], body: str) -> float:
    """The share of a headline's character pairs that the body holds too."""
    return shared_pairs(head, body) / len(head) if head else 0.0


def _best_owners(echo: list[list[float]], bodies: int) -> list[int] | None:
    """The body each stack item goes over: in order (never back), where the
    wording agrees best, a body left without a headline costing _HEADLESS;
    None when that is no clearer than the whole stack over the first body."""
    n = len(echo)
    neg = float("-inf")
    # headed[i][j] / bare[i][j]: the best score of items i.. now at body j, which has / has not
    # got an item of the stack yet; and the move that reaches it (True: item i goes over j)
    headed = [[neg] * bodies for _ in range(n + 1)]
    bare = [[neg] * bodies for _ in range(n + 1)]
    takes_headed = [[False] * bodies for _ in range(n)]
    takes_bare = [[False] * bodies for _ in range(n)]
    for j in range(bodies):
        headed[n][j] = -_HEADLESS * (bodies - 1 - j)
        bare[n][j] = -_HEADLESS * (bodies - j)
    for i in range(n - 1, -1, -1):
        for j in range(bodies - 1, -1, -1):
            take = echo[i][j] + headed[i + 1][j]
            on = bare[i][j + 1] if j + 1 < bodies else neg
            headed[i][j], takes_headed[i][j] = max((take, True), (on, False))
            bare[i][j], takes_bare[i][j] = max((take, True), (on - _HEADLESS, False))
    owners: list[int] = []
    i, j, has = 0, 0, False
    while i < n:
        if (takes_headed if has else takes_bare)[i][j]:
            owners.append(j)
            i, has = i + 1, True
        else:
            j, has = j + 1, False
    echoed = {j for j in set(owners) if sum(echo[i][j] for i in range(n) if owners[i] == j) > 0}
    if len(echoed) < 2:
        return None  # (a headline sharing no wording goes where its neighbours put it)
    whole = sum(row[0] for row in echo) - _HEADLESS * (bodies - 1)
    return owners if bare[0][0] > whole + _MARGIN else None


__all__ = ["pair_stacked_headlines"]
