"""Which body each headline group of a text page belongs to.

In content-stream order (what PDF extractors give) each article's headline
may be drawn before its body or after it, article by article, so one answer
for the whole page is not enough. A headline shares its wording with its own
article's body far more than with a neighbour's: where that tells clearly,
it decides for the group; elsewhere the page's answer stands.
"""

from __future__ import annotations

import re
from functools import lru_cache
from operator import add
from typing import AbstractSet

from .roles import BODY, BYLINE, CAPTION, CONTINUATION, CREDIT, TITLE
from .closing_notes import closes_body, in_one_bracket
from .rules import opens_with_any_dateline
from .text_units import Unit

#: the share of a headline's character pairs by which one side must echo it more
ECHO_MARGIN = 0.2


def _pairs_of(text: str) -> frozenset[str]:
    """:func:`bigrams`, not kept (:class:`Echoes` keeps its own answers by the text)."""
    if text and min(text) >= "\u2e81":  # (CJK only, as a headline mostly is: every neighbour is a pair,
        # each character added to the next in C: a sixth fewer than slicing, a third of the regex's cost)
        return frozenset(map(add, text, text[1:]))
    # (every pair cut in C, at each place two CJK characters stand: a third fewer instructions than
    # joining each run's characters pairwise, on a long line; no fewer on a short one)
    return frozenset(_EACH_PAIR.findall(text))


@lru_cache(maxsize=32)
def bigrams(text: str) -> frozenset[str]:
    """The pairs of adjacent CJK characters in ``text``: the wording two texts share.
    (A page's layout asks for the pairs of one headline or body several times
    over, a few calls apart: the last few answers are kept, frozen.)"""
    return _pairs_of(text)


_EACH_PAIR = re.compile("(?=([\u2e81-\U0010ffff]{2}))")


#: up to this many pairs, each is looked for in the text (a search in C: faster than gathering the
#: text's pairs up to about a hundred, measured); more, the text's pairs are gathered once
FEW_PAIRS = 96
_PAIR = re.compile("[\u2e81-\U0010ffff]{2}")


def has_pairs(text: str) -> bool:
    """Does ``text`` hold a pair of adjacent CJK characters (is ``bigrams(text)`` not empty)?"""
    return _PAIR.search(text) is not None


def shared_pairs(head: AbstractSet[str], text: str) -> int:
    """How many of the pairs ``head`` holds ``text`` holds too: ``len(head & bigrams(text))``
    without the pairs of a whole body (a headline has a few; a body has hundreds)."""
    if len(head) > FEW_PAIRS:  # a long head (a body read as a headline): one pass over the text
        return len(head & bigrams(text))
    return sum(map(text.__contains__, head))  # (a generator's frames cost a third more, on every headline)


def title_groups(units: list[Unit]) -> list[tuple[int, int]]:
    """(start, end) of every run of headline units. A headline's tiers are
    set one way: where a headline set vertically (竖排, a strip beside its
    body) meets one set across, two headlines meet, and the run is cut there."""
    groups: list[tuple[int, int]] = []
    start = None
    for k, unit in enumerate(units):  # (one pass, a run closed where the first other unit follows it)
        if unit.block.role == TITLE:
            if start is None:
                start = k
            elif unit.block.vertical != units[k - 1].block.vertical:
                groups.append((start, k))
                start = k
        elif start is not None:
            groups.append((start, k))
            start = None
    if start is not None:
        groups.append((start, len(units)))
    return groups


def body_text(units: list[Unit]) -> str:
    """The body lines of ``units``, run together (the text a headline's wording is looked for in)."""
    return "".join(["".join(u.block.lines) for u in units if u.block.role == BODY])


def group_directions(units: list[Unit], page_before: bool, by_wording: bool = True,
                     echoes: Echoes | None = None) -> dict[int, bool]:
    """For the first unit of every headline group: does the group open the
    body after it (True) or close the body before it (False)? ``by_wording``:
    let the echo decide against the page's answer (for content-stream text,
    where the answer may change from article to article; text laid out in
    reading order keeps one answer for the page)."""
    groups = title_groups(units)
    out: dict[int, bool] = {}
    texts: dict[int, str] = {}  # the body text between group n - 1 and group n, joined once

    def between(n: int) -> str:
        if n not in texts:
            texts[n] = body_text(units[groups[n - 1][1] if n else 0:groups[n][0] if n < len(groups) else len(units)])
        return texts[n]

    for n, (start, end) in enumerate(groups):
        out[start] = page_before
        after_it = end
        while after_it < len(units) and units[after_it].block.role == BYLINE and not units[after_it].closing:
            after_it += 1
        pictured = after_it
        while pictured < len(units) and units[pictured].block.role in (CAPTION, CREDIT):
            pictured += 1
        if after_it == len(units) or units[after_it].block.role == TITLE or (
                pictured > after_it and not (by_wording and pictured < len(units) and units[pictured].role == BODY)):
            out[start] = False  # no body follows (another headline does): it closes the body before it
            continue
        lo = groups[n - 1][1] if n else 0
        if _resumes_under(units, after_it) and not any(u.block.role == BODY for u in units[lo:start]):
            # the jump head over its resumed text (（上接第8版） and the text under it), with no text
            # over it to close
            out[start] = True
            continue
        if pictured > after_it:
            # a photo's caption between the headline and a body: the headline closes the body
            # before it unless its wording says the body after is its own (the photo under it)
            out[start] = False
        lo = groups[n - 1][1] if n else 0
        if n and not any(u.block.role == BODY for u in units[lo:start]) and _closed_by_headline(units, groups[n - 1]):
            # no body since the headline before it (only that one's byline): it opens the one after,
            # in text laid out in blocks too (a page drawing most headlines after may draw one first)
            out[start] = True
            continue
        # an author's name alone under the headline (理论 pages) comes with the headline
        # wherever the stream draws it: the wording tells which body that is (asked only where
        # the wording is not weighed anyway)
        if not by_wording and not (after_it > end
                                   and all(b.role is None for u in units[end:after_it] for b in u.bylines)):
            continue
        lean = echo_lean(units[start:end], between(n), between(n + 1), echoes)
        if lean is None:
            continue
        if lean >= ECHO_MARGIN:
            out[start] = True
        elif -lean >= ECHO_MARGIN:
            out[start] = False
        elif (lean <= 0 and n and out[groups[n - 1][0]] and _ended_before(units, lo, start)
              and headless_body(units[lo:start])):
            # the headline before opens its body, and a second article opens under that body (a
            # dateline, or text after a （下转第N版）) and is ended right over this group (its note sends
            # it on): that one has no headline over it, this one closes it, unless its words lean to the
            # body after (that one's headline may be read as body)
            out[start] = False
    _settle_claimed_bodies(units, groups, out, echoes or Echoes())
    return out


def _resumes_under(units: list[Unit], k: int) -> bool:
    """Does a note resuming a text (（上接第8版）) stand at unit ``k``, right
    under a headline group (and its authors), with the text under it? The
    headline is the jump head the resumed part is printed under: it opens
    that text wherever the page draws its other headlines."""
    note = units[k] if k + 1 < len(units) else None
    return (note is not None and note.block.role == CONTINUATION and note.note is not None
            and note.note.direction == "from" and units[k + 1].block.role == BODY)


def _ended_before(units: list[Unit], lo: int, start: int) -> bool:
    """Does the text right over unit ``start`` (a photo's caption and credit
    aside) end an article: a note sending it on (（下转第N版）) or a closing note?
    In content-stream order an article's text ends so right before the headline
    drawn after it; text read in columns may stop anywhere."""
    k = start - 1
    while k > lo and units[k].block.role in (CAPTION, CREDIT):
        k -= 1
    return k >= lo and ends_article(units[k])


def _closed_by_headline(units: list[Unit], group: tuple[int, int]) -> bool:
    """Is ``group`` a headline (not a caption read as one: a sentence closed by
    its full stop, its photographer's credit under it)?"""
    start, end = group
    last = units[end - 1].block.lines[-1].rstrip() if units[end - 1].block.lines else ""
    credited = end < len(units) and any(line.rstrip().endswith("摄") for line in units[end].block.lines)
    return not last.endswith(("。", "！", "？")) and not credited


def _opens_after_claimed(units: list[Unit], groups: list[tuple[int, int]], n: int, out: dict[int, bool],
                         echoes: Echoes) -> None:
    """Group ``n`` would close a body the group before it opens, and that one
    opens the page's text (nothing before it to close) with its byline under
    it: the body has its headline, so group ``n`` opens the body after it,
    when its wording is found there (a sidebar's title under the article it
    stands in). Not when the claimed text holds an article of its own after the
    first one's end (:func:`headless_body`: group ``n`` is its headline), nor
    when the next group closes the body after too and group ``n`` echoes the
    claimed body more: that body has its headline drawn after it, and group
    ``n`` closes the body it echoes."""
    start, end = groups[n]
    hi = groups[n + 1][0] if n + 1 < len(groups) else len(units)
    after = body_text(units[end:hi])
    head = echoes.group_pairs(units[start:end])
    if not (after and head and echoes.shared(head, after)) or headless_body(units[groups[n - 1][1]:start]):
        return
    if n + 1 < len(groups) and not out[groups[n + 1][0]] and echoes.shared(head, after) < echoes.shared(
            head, body_text(units[groups[n - 1][1]:start])):
        return
    out[start] = True


def _settle_claimed_bodies(units: list[Unit], groups: list[tuple[int, int]], out: dict[int, bool],
                           echoes: Echoes) -> None:
    """A headline group that opens the body after it while the next group closes
    that same body: one body cannot be both articles'. The first group's wording
    settles it: when it echoes the body before it more than the claimed one, it
    closes the body before it (the page has turned to drawing headlines after
    their bodies). Walked up the page, so that the turn carries on upwards."""
    for n in range(len(groups) - 1, 0, -1):
        start, _ = groups[n]
        prev_start, prev_end = groups[n - 1]
        if out[start] or not out[prev_start]:
            continue
        claimed = body_text(units[prev_end:start])
        lo = groups[n - 2][1] if n >= 2 else 0
        before = body_text(units[lo:prev_start])
        head = echoes.group_pairs(units[prev_start:prev_end])
        if claimed and before and head and echoes.shared(head, before) > echoes.shared(head, claimed):
            out[prev_start] = False
        elif claimed and not before and _signed(units, prev_end):
            _opens_after_claimed(units, groups, n, out, echoes)
        elif (claimed and not before and _one_line(units, groups[n - 1]) and units[prev_end].block.role == BODY
              and _signed(units, groups[n][1]) and (_closing_note_over(units, start)
                                                    or n == 1 and _slogan(units[prev_start], units[prev_end])
                                                    and _echoes_above(units, groups, n, echoes))):
            # a line unsigned right over a body that its closing note ends (or, the page's first
            # group, whose words the next headline echoes more than the text under that headline)
            # right over a signed headline: a banner over the page (深入学习贯彻……) drawn before the
            # first article's text, which is that headline's (drawn after it, as its note says)
            out[prev_start] = False
        elif claimed and before and head and echoes.shared(head, claimed) and _unclaimed_after(units, groups, n, out):
            # the group before echoes the body it opens (more than the one over it): that body has
            # its headline, so this group cannot close it too; it opens the body under it, which no
            # other group claims (else it would be an article with no headline)
            out[start] = True


def _unclaimed_after(units: list[Unit], groups: list[tuple[int, int]], n: int, out: dict[int, bool]) -> bool:
    """Is there a body between group ``n`` and the next group that no other
    group claims (the next group opens the body after it, or there is none),
    and says a sentence, and does the text group ``n`` would close hold no second article with no
    headline of its own (:func:`headless_body`: group ``n`` is that one's)?"""
    start, end = groups[n]
    hi = groups[n + 1][0] if n + 1 < len(groups) else len(units)
    after = body_text(units[end:hi])
    if headless_body(units[groups[n - 1][1]:start], bracketed=True) or not any(mark in after for mark in "。！？"):
        return False  # (a line or two that say no sentence, a kicker read as text, is no article to head)
    return n + 1 == len(groups) or out[groups[n + 1][0]]


def _one_line(units: list[Unit], group: tuple[int, int]) -> bool:
    """Is the headline group one line (no kicker, subtitle or wrapped title)?"""
    start, end = group
    return end - start == 1 and len(units[start].block.lines) == 1


def _slogan(unit: Unit, under: Unit) -> bool:
    """Is the unit's line shaped as a banner's slogan: wider than any line of
    the text under it (it runs across the page: no column logo), with no
    clause or sentence mark (a headline's comma, question) and no column tag
    in brackets?"""
    lines = unit.block.lines
    if any(mark in line for line in lines for mark in "，：；？！（）()"):
        return False
    return bool(under.block.lines) and len(lines[0].strip()) > max(len(line.strip()) for line in under.block.lines)


def group_pairs(group: list[Unit]) -> frozenset[str]:
    """The character pairs of a headline group's lines (what its words echo)."""
    return bigrams("".join(line for u in group for line in u.block.lines))


class Echoes:
    """:func:`shared_pairs` counted once a page: the page's direction, each
    group's and the settling of the claims weigh the same headline's pairs in
    the same body text (a third to a half of their counts were asked before).
    Made by the page's layout and passed to the stages that weigh wording.
    (Each head's counts are kept in a dict of its own, under the text: a key
    joining the head's number to the whole body text was built and hashed again
    at every asking. Dicts of strings and numbers are no containers the cyclic
    collector walks, as tuples holding a frozenset were.)"""

    __slots__ = ("_pairs", "_given")

    def __init__(self) -> None:
        self._pairs: dict[str, frozenset[str]] = {}
        #: each pair set given out (by its id: the sets are kept in ``_pairs``, so that an id names one)
        #: -> its counts, by the text counted in
        self._given: dict[int, dict[str, int]] = {}

    def group_pairs(self, group: list[Unit]) -> frozenset[str]:
        """:func:`group_pairs`, gathered at a group's first asking (a page's groups outnumber
        the few answers :func:`bigrams` keeps)."""
        if len(group) == 1:  # (most groups: one unit, most of one line; no comprehension's frame)
            lines = group[0].block.lines
            text = lines[0] if len(lines) == 1 else "".join(lines)
        else:
            text = "".join([line for u in group for line in u.block.lines])
        pairs = self._pairs.get(text)
        if pairs is None:
            # (not through :func:`bigrams`' few kept answers: each text is asked here once)
            pairs = self._pairs[text] = _pairs_of(text)
            self._given.setdefault(id(pairs), {})
        return pairs

    def shared(self, head: AbstractSet[str], text: str) -> int:
        """``shared_pairs(head, text)``, counted at its first asking (a head this object gave)."""
        counts = self._given.get(id(head))
        if counts is None:
            return shared_pairs(head, text)  # (a pair set gathered elsewhere: counted, not kept)
        count = counts.get(text)
        if count is None:
            count = counts[text] = shared_pairs(head, text)
        return count


def echo_lean(group: list[Unit], before: str, after: str, echoes: Echoes | None = None) -> float | None:
    """How much more the text ``after`` a headline group echoes its words than
    the text ``before`` it, as a share of its character pairs (None: the group
    has no pairs to weigh). At ``ECHO_MARGIN`` or more either way the words
    tell which body the headline is drawn with. (``echoes``: the page's counts.)"""
    echoes = Echoes() if echoes is None else echoes
    head = echoes.group_pairs(group)
    if not head:
        return None
    return echoes.shared(head, after) / len(head) - echoes.shared(head, before) / len(head)


def _echoes_above(units: list[Unit], groups: list[tuple[int, int]], n: int, echoes: Echoes) -> bool:
    """Do group ``n``'s words (a headline's: no clause mark) echo the text over
    it, up to the group before, more than the text under it, up to the next
    group, and does no closing note end an article inside the text over it?
    Then it closes that text."""
    start, end = groups[n]
    above = units[groups[n - 1][1]:start]
    if any(ends_article(unit) for unit in above):
        return False
    if any(mark in line for u in units[start:end] for line in u.block.lines for mark in "，。；"):
        return False  # text run into the group (an extractor's interleaving): no headline to weigh
    hi = groups[n + 1][0] if n + 1 < len(groups) else len(units)
    head = echoes.group_pairs(units[start:end])
    return bool(head) and echoes.shared(head, body_text(above)) > echoes.shared(head, body_text(units[end:hi]))


def _closing_note_over(units: list[Unit], start: int) -> bool:
    """Does a closing note (（作者为…）) stand right over unit ``start``?"""
    above = units[start - 1] if start else None
    return above is not None and above.block.role == BODY and ends_article(above)


def _signed(units: list[Unit], k: int) -> bool:
    """Does an author's line (no closing one) stand at unit ``k``, right under a headline group?"""
    return k < len(units) and units[k].block.role == BYLINE and not units[k].closing


def headless_body(region: list[Unit], bracketed: bool = False) -> bool:
    """Does a body in ``region`` (the units between a headline opening its body
    and the next headline group) open an article of its own: a dateline under
    a body that said its sentences, or text under a body its closing note or
    （下转第N版） ended? That article has no headline over it: the next group's
    first tiers close it. ``bracketed``: text under a body its authors' bracket
    ended (……。 / （张三）, a brief's end) opens one too."""
    return headless_start(region, bracketed) is not None


def headless_start(region: list[Unit], bracketed: bool = False) -> int | None:
    """Where in ``region`` the body opening an article of its own stands
    (:func:`headless_body`), or None."""
    said = False
    for k, unit in enumerate(region):
        if unit.block.role == BODY and unit.block.lines:
            if said and opens_with_any_dateline(unit.block.lines):
                return k
            said = said or says_a_sentence(unit.block.lines)
            if said and k and (ends_article(region[k - 1])
                               or bracketed and k > 1 and _authors_bracket(region[k - 1], region[k - 2])):
                return k
    return None


def _authors_bracket(unit: Unit, over: Unit) -> bool:
    """Is ``unit`` the authors' bracket (wrapped or not) set alone under a body (……。 / （张三）)?
    A brief's text ends so: text under it is another article's."""
    if unit.block.role != BYLINE or not unit.bylines or over.block.role != BODY:
        return False
    return in_one_bracket(unit.block.lines) and over.block.lines[-1].rstrip().endswith(("。", "！", "？", "”"))


def says_a_sentence(lines: list[str]) -> bool:
    """Do the lines hold a full stop, ! or ? (a finished sentence)?"""
    text = "".join(lines)
    return "。" in text or "！" in text or "？" in text


def ends_article(unit: Unit) -> bool:
    """A closing note (（作者单位：…）) or a note sending the text on (（下转第N版）)."""
    if unit.block.role == CONTINUATION:
        return bool(unit.note) and unit.note.direction == "to"
    return unit.block.role == BODY and len(unit.block.lines) <= 2 and closes_body(unit.block.lines)


def pairs_between(text: str, start: int, end: int) -> list[str]:
    """The pairs ``bigrams`` reads in ``text`` that start at ``start`` or
    later and end by ``end`` (a text's pairs gathered piece by piece)."""
    return _EACH_PAIR.findall(text, start, end)


def pairs_at(text: str) -> list[tuple[int, str]]:
    """Every pair ``bigrams`` reads in ``text``, with the index it starts at, in order."""
    return [(found.start(), found[1]) for found in _EACH_PAIR.finditer(text)]


__all__ = ["ECHO_MARGIN", "Echoes", "bigrams", "body_text", "echo_lean", "ends_article", "group_directions", "group_pairs",
           "has_pairs", "headless_body", "headless_start", "pairs_at", "pairs_between", "says_a_sentence", "shared_pairs", "title_groups"]
