"""Where one headline group holds two articles' headlines, or a closing
headline's tiers part between two bodies: cuts told by wording.

In content-stream order a headline drawn after its body may meet the next
article's headline drawn before its own, with no body between: one group
of tiers. Each headline shares its wording with its own body far more than
with the other (:mod:`.text_direction`), so the cut falls where the tiers
before it echo the body before and the tiers after it the body after.
"""

from __future__ import annotations

from typing import AbstractSet

from .roles import BODY, CONTINUATION
from .closing_authors import _names_inside
from .headlines import sets_the_scene, starts_with_dash
from .reflow import ends_sentence
from .rules import opens_with_any_dateline
from .phrase_lines import phrase_pair
from .text_direction import (ECHO_MARGIN, bigrams, body_text, ends_article, has_pairs, headless_body, shared_pairs,
                             title_groups)
from .tier_patterns import has_title_tag
from .text_units import Unit
#: a headline group of this many tiers holds two headlines
_TWO_HEADLINES = 4


def split_groups_by_wording(units: list[Unit], directions: dict[int, bool],
                            groups: list[tuple[int, int]] | None = None) -> None:
    """A headline group between two bodies may hold two articles' headlines:
    the one drawn after its body (closing the body before) and the next one
    drawn before its own (opening the body after). Where the wording tells,
    cut the group there: the first part closes the body before, the rest
    opens the body after (added to ``directions`` at the cut). (``groups``: the units'
    :func:`.text_direction.title_groups`, when the caller has them: this changes no role.)"""
    if groups is None:
        groups = title_groups(units)
    # the body text between two groups, each read once (it is one group's after and the next one's before)
    edges = [0, *(k for group in groups for k in group), len(units)]
    regions: dict[int, str] = {}

    def region(n: int) -> str:
        """The body text between group n - 1 and group n."""
        if n not in regions:
            regions[n] = body_text(units[edges[2 * n]:edges[2 * n + 1]])
        return regions[n]

    for n, (start, end) in enumerate(groups):
        if end - start < 2 or any(len(line.strip()) < 2 for u in units[start:end] for line in u.block.lines):
            continue  # stray characters (a vertical name torn apart) make no headline to cut
        before, after = region(n), region(n + 1)
        if not has_pairs(before) or not has_pairs(after):
            continue
        second_title = _second_tagged_title(units[start:end])
        if second_title is not None:
            directions[start] = False
            directions[start + second_title] = True
            continue
        echoes, sizes = [], []
        for unit in units[start:end]:
            head = bigrams("".join(unit.block.lines))
            share = len(head) or 1
            sizes.append(len(head))
            echoes.append((shared_pairs(head, before) / share, shared_pairs(head, after) / share))
        led = _tagged_title_after_led_title(units[start:end], echoes)
        if led is None:
            led = _titled_subtitle_after_tagged_title(units[start:end], echoes)
        if led is None and (not (n and directions.get(groups[n - 1][0], False))
                            or headless_body(units[edges[2 * n]:edges[2 * n + 1]])):
            led = _foreign_tiers_under_tagged_title(units[start:end], echoes, sizes)
        if led is not None:
            directions[start] = False
            directions[start + led] = True
            continue
        # a kicker leading into its title (……——, ……：) is never cut from it, and no headline opens
        # with its —— subtitle (the 副题 closes the headline over it)
        best, cut = max((sum(b for b, _ in echoes[:k]) + sum(a for _, a in echoes[k:]), k)
                        for k in range(end - start + 1) if not (k and _leads_on(units[start + k - 1]))
                        and not (k < end - start and _dashed(units[start + k])))
        whole = max(sum(a for _, a in echoes), sum(b for b, _ in echoes))
        # a title closed by its tag under two tiers opens a headline of its own, and a body that
        # opened an article of its own after one its headline opened wants a headline: any gain cuts
        # and four tiers or more are two headlines (one has a kicker, a title and a subtitle at most)
        above = units[edges[2 * n]:edges[2 * n + 1]]
        claimed = n and directions.get(groups[n - 1][0], False)
        # tiers leaning each their own way part only where the body above is no other headline's
        # (the one over it opened it) and no closing note ended it: a headline under that opens the next
        # (a note sending the text on, (下转第6版), ends no claim: the headline drawn after its body may close it)
        closed = bool(above) and ends_article(above[-1]) and above[-1].block.role != CONTINUATION
        leaning = not claimed and not closed and _each_tier_leans_its_way(
            echoes, sizes, cut) and not starts_with_dash(units[start + cut].block.lines[0])
        eager = _tagged_title_under_tiers(units[start:end], cut) or _two_headlines(units[start:end]) or leaning or (
            claimed and headless_body(above))
        gains = best - whole > 0 if eager else best - whole >= ECHO_MARGIN
        if 0 < cut < end - start and gains and not phrase_pair(units[start + cut - 1], units[start + cut]):
            directions[start] = False
            directions[start + cut] = True
        elif end < len(units) and units[end].block.role == BODY and opens_with_any_dateline(units[end].block.lines) \
                and (n + 1 == len(groups) or directions.get(groups[n + 1][0], True)):
            # where the echoes weigh no cut, a dated report after that no headline closes may claim one
            tail = _unechoed_tail(echoes)
            if tail is not None:
                directions[start] = False
                directions[start + tail] = True


def _dashed(unit: Unit) -> bool:
    """Does a headline unit open with —— (a 副题)?"""
    return bool(unit.block.lines) and starts_with_dash(unit.block.lines[0])


def _unechoed_tail(echoes: list[tuple[float, float]]) -> int | None:
    """Where the text after a headline group opens a report of its own (its
    dateline: 本报讯…) with no headline over it: the group's last tiers when the
    body before echoes none of their words and every tier over them strongly
    (江城博物馆古籍修复… / 十年内… over 留住乡愁 守护记忆). A headline's tiers all tell
    of its body; tiers foreign to it are the next report's headline."""
    cut = len(echoes)
    while cut and echoes[cut - 1][0] == 0:
        cut -= 1
    if 0 < cut < len(echoes) and all(before >= _STRONG_ECHO for before, _ in echoes[:cut]):
        return cut
    return None


#: a tier sharing this share of its character pairs with a body tells of it
_STRONG_ECHO = 0.5


def _tagged_title_after_led_title(group: list[Unit], echoes: list[tuple[float, float]]) -> int | None:
    """A kicker leading into its title (某某特区政府—— / 全力参与某某建设), that
    title naming the body above more than the one below, then a title closed
    by its column's tag (……（新春话年俗）): a headline has one 主题, and the tier a
    kicker leads into is it, so the tagged title opens the next headline (the
    first was drawn after its body). Its offset in the group, else None."""
    for k in range(2, len(group)):
        tagged, title, kicker = group[k], group[k - 1], group[k - 2]
        if (_leads_on(kicker) and tagged.lines and has_title_tag(tagged.lines[-1].strip())
                and len(title.lines) == 1 and not _leads_on(title) and not starts_with_dash(title.lines[0])
                and not has_title_tag(title.lines[0].strip()) and echoes[k - 1][0] > echoes[k - 1][1]):
            return k
    return None


def _titled_subtitle_after_tagged_title(group: list[Unit], echoes: list[tuple[float, float]]) -> int | None:
    """Under a title closed by its column's tag comes at most its —— subtitle:
    a plain tier with a —— subtitle of its own under it (…（评论员观察） / “某某” /
    ——访某某) is a title, the next headline's, when the tagged title tells of
    the body before it more than of the body after (it closes that one, drawn
    after it). Its offset in the group, else None."""
    for k in range(len(group) - 2):
        tagged = group[k].block.lines
        if not (tagged and has_title_tag(tagged[-1].strip())) or _dashed(group[k + 1]):
            continue
        if _dashed(group[k + 2]) and echoes[k][0] > echoes[k][1]:
            return k + 1
    return None


def _foreign_tiers_under_tagged_title(group: list[Unit], echoes: list[tuple[float, float]],
                                      sizes: list[int]) -> int | None:
    """A title closed by its column's tag (……（今日谈）), then tiers that tell of
    the body under the group strongly and of the body over it not at all: the
    tagged title closes the body over it (drawn after it, a commentary's title
    often a figure of speech its text never spells), the tiers under it open the
    next article. A subtitle of the tagged title tells of the same text as it does.
    Asked only where no headline over the body above opened it, or where a text
    there opens an article of its own (after a closing note). The offset of the
    first such tier, else None."""
    for k in range(1, len(group)):
        lines = group[k - 1].block.lines
        if not (lines and has_title_tag(lines[-1].strip())) or _dashed(group[k]) or _leads_on(group[k - 1]):
            continue
        before, after = echoes[k - 1]
        rest = list(zip(echoes[k:], sizes[k:]))
        if after <= before and all(b == 0 and a >= _STRONG_ECHO and size >= _LEANING_PAIRS for (b, a), size in rest):
            return k
        return None
    return None


def _each_tier_leans_its_way(echoes: list[tuple[float, float]], sizes: list[int], cut: int) -> bool:
    """Does every tier before ``cut`` share wording with the body above and at
    most half as much with the body below, and every tier from ``cut`` on the
    other way round? One headline's tiers all name its own body; tiers that
    part so are two articles' (each tier a few words at least: a stray word
    echoes by chance; a tier echoing both bodies much, a banner over long
    commentaries on one theme, leans nowhere)."""
    if not 0 < cut < len(echoes) or min(sizes) < _LEANING_PAIRS:
        return False
    # (a tier leans to the body under it when it shares two pairs with it at least: the lead under
    # a headline restates its words, and one pair (我要, 发展) is chance; a title drawn after its
    # body, often a phrase of its own, may share a single word with it)
    return (all(b > 0 and a <= _LEANING * b for b, a in echoes[:cut])
            and all(a * size >= _ECHOED_PAIRS - _ROUNDING and b <= _LEANING * a
                    for (b, a), size in zip(echoes[cut:], sizes[cut:])))


#: a tier weighed on its own has this many character pairs at least
_LEANING_PAIRS = 3


#: a tier leans to one body when it echoes the other at most this share of it
_LEANING = 0.5


#: and shares this many of its character pairs with that body at least
_ECHOED_PAIRS = 2


_ROUNDING = 1e-9


def _two_headlines(group: list[Unit]) -> bool:
    """Four tiers or more, each shaped as a headline (no sentence ends or
    clause breaks in it: text read as headlines is no evidence)."""
    return len(group) >= _TWO_HEADLINES and not any(mark in line for u in group for line in u.block.lines
                                                    for mark in "。；，")


def _leads_on(unit: Unit) -> bool:
    """Does a headline unit end leading into the tier under it (……——, ……：)?"""
    return bool(unit.block.lines) and unit.block.lines[-1].rstrip().endswith(("——", "—", "：", ":"))


def _tagged_title_under_tiers(group: list[Unit], cut: int) -> bool:
    """Is unit ``cut`` of the group a title closed by its column's tag with two
    tiers or more over it? One headline has one kicker over its title: two tiers
    over a tagged title are the end of the headline before (drawn after its body)."""
    if cut < 2 or cut >= len(group):
        return False
    lines = group[cut].block.lines
    return bool(lines) and has_title_tag(lines[-1].strip()) and not any(
        starts_with_dash(line) for u in group[:cut] for line in u.block.lines[:1])


def _second_tagged_title(group: list[Unit]) -> int | None:
    """Where a headline group holds two titles, each closed by its column's tag
    (…（人民论坛）): one headline has one 主题, so the second title (and any tier
    over it that is no subtitle of the first, opening with ——) opens the next
    headline; so does one tagged title under a title and its —— subtitle. The
    offset of the unit where the second headline starts, else None."""
    tagged = [k for k, u in enumerate(group) if u.block.lines and has_title_tag(u.block.lines[-1].strip())
              and not any(has_title_tag(line.strip()) for line in u.block.lines[:-1])]
    if len(tagged) == 1:
        k = tagged[0]
        if k >= 2 and group[k - 1].block.lines and starts_with_dash(group[k - 1].block.lines[0]):
            return k  # 某某再出发 / ——某某谈某某 / 某某（人民时评）: a subtitle closes its headline
        return _kicker_after_tagged_title(group, k)
    if len(tagged) < 2:
        return None
    cut = tagged[0] + 1
    while cut < tagged[1] and all(starts_with_dash(line) for line in group[cut].lines[:1]):
        cut += 1
    return cut


def _kicker_after_tagged_title(group: list[Unit], k: int) -> int | None:
    """Under a title closed by its column's tag comes at most its —— subtitle:
    a tier after it that sets the scene (……强调, ……——), or two plain tiers,
    open the next headline (the tagged one was drawn after its body). The
    offset of the unit where the next headline starts, else None."""
    inner = group[k].block.lines[-1].strip()
    inner = inner[inner.rfind("（") + 1:-1]
    if " " in inner and _names_inside(inner):
        return None  # （张三 李四）: authors' names closing a text, no column tag (a tag has no space)
    cut = k + 1
    while cut < len(group) and all(starts_with_dash(line) for line in group[cut].block.lines[:1]):
        cut += 1
    rest = group[cut:]
    if not rest or any(starts_with_dash(line) for u in rest for line in u.block.lines[:1]):
        return None
    first = rest[0].block.lines[-1] if rest[0].block.lines else ""
    return cut if sets_the_scene(first) or len(rest) >= 2 else None


def _echo(head: AbstractSet[str], grams: list[frozenset[str]]) -> float:
    """The share of the headline's pairs that these paragraphs use."""
    return len(head & set().union(*grams)) / len(head)


def _leans_second(first: frozenset[str], second: frozenset[str], paragraph: frozenset[str]) -> bool:
    """Does a paragraph echo the second headline more than the first (each as a
    share of its headline's words), or the first not at all?"""
    return not first & paragraph or _echo(first, [paragraph]) < _echo(second, [paragraph])


def _best_cut(first: frozenset[str], second: frozenset[str],
              grams: list[frozenset[str]]) -> tuple[float, int, float, list[float]]:
    """The cut where each headline echoes its own part most:
    its score, the cut, the first headline's echo of all the bodies, and the
    score of every cut 1..n-1."""
    prefixes, seen = [], set()
    for part in grams:
        seen = seen | part
        prefixes.append(seen)
    suffixes, seen = [set()] * len(grams), set()
    for k in range(len(grams) - 1, -1, -1):
        seen = seen | grams[k]
        suffixes[k] = seen
    whole = len(first & prefixes[-1]) / len(first)
    scores = [len(first & prefixes[c - 1]) / len(first) + len(second & suffixes[c]) / len(second)
              for c in range(1, len(grams))]
    best, cut = max(zip(scores, range(1, len(grams))))
    return best, cut, whole, scores


def closing_cut(first_head: str, second_head: str, bodies: list[str], two: bool = False) -> int | None:
    """A headline drawn before its body (``first_head``) and the next one drawn
    after its own (``second_head``) with bodies (text units) between and no
    headline: where do the second article's bodies begin? Where each headline
    echoes its own part more, by the margin, than the first echoes them all;
    None when the wording does not tell (the bodies stay the first's).
    ``two``: the headlines are two articles' whatever the words say (one set
    vertically, one across: no tiers of one headline), so any lean of the
    wording cuts."""
    first, second = bigrams(first_head), bigrams(second_head)
    if not first or not second or len(bodies) < 2:
        return None
    grams = [bigrams(body) for body in bodies]
    best, cut, whole, scores = _best_cut(first, second, grams)
    # and the second headline is its part's, not the whole's (an in-body subheading echoes both)
    # (asked where the tie of best cuts begins: the paragraphs neither headline echoes after the
    # first's last echo must not count as the first's)
    earliest = next(c for c, score in enumerate(scores, 1) if score >= best)
    own = _echo(second, grams[earliest:]) - _echo(second, grams[:earliest])
    if (best - whole <= 0 or own <= 0) if two else (best - whole < ECHO_MARGIN or own < ECHO_MARGIN / 2):
        return None
    # the words tell that the bodies hold two parts; where the second begins, wording both
    # headlines use cannot tell
    if first - second and second - first:
        first, second = first - second, second - first
        best, cut, _, scores = _best_cut(first, second, grams)
    # the words leave the paragraphs between the first's last echo and the second's first echo
    # undecided: those are the second's opening (a scene, a quote, a lead-in before its subject
    # is named), unless a paragraph echoes the first headline more than the second (as a share
    # of each headline's words) or the one before ends unfinished, or a paragraph neither headline
    # echoes tells of the text before it more than of the text after (an article's closing remark)
    while (cut > 1 and scores[cut - 2] >= best and ends_sentence(bodies[cut - 2])
           and _leans_second(first, second, grams[cut - 1])
           and not (not (first | second) & grams[cut - 1] and _tells_of_text_before(grams, cut - 1))):
        cut -= 1
    return _past_first_words(first, second, grams, bodies, cut)


#: fewest of the first headline's own pairs a paragraph says again to be still its text (two words)
_OWN_PAIRS = 4


def _leans(paragraph: frozenset[str], this: frozenset[str], other: frozenset[str]) -> bool:
    """Does the paragraph say ``this`` headline's pairs again, a few at least and
    twice the other's share of them?"""
    said = len(this & paragraph)
    return said >= _OWN_PAIRS and said / len(this) > 2 * len(other & paragraph) / len(other)


def _past_first_words(first: frozenset[str], second: frozenset[str], grams: list[frozenset[str]],
                      bodies: list[str], cut: int) -> int:
    """The cut moved past the last paragraph under it that still says the first
    headline's own words: the best cut counts a word once, so a report going on
    about its subject after its first paragraphs named it (the meeting, the body
    that held it) adds nothing there, and the second's words said in passing pull
    the cut up into it. A paragraph after the cut that says the first's own words
    again, twice as much as the second's, is the first's text, when it ends a
    sentence, no paragraph between leans to the second, and the text under it
    still says the second's words (its own part)."""
    last = None
    for n in range(cut, len(grams) - 1):
        if _leans(grams[n], second, first):
            break
        if _leans(grams[n], first, second):
            last = n
    if last is None or not ends_sentence(bodies[last]):
        return cut
    rest = grams[last + 1:]
    if _echo(second, rest) - _echo(second, grams[:last + 1]) < ECHO_MARGIN / 2:
        return cut
    return last + 1


def _tells_of_text_before(grams: list[frozenset[str]], n: int) -> bool:
    """Does paragraph ``n`` share twice as many of its pairs with the
    paragraphs just before it as with those just after it (two at least)?"""
    own = grams[n]
    if not own or not n or n + 1 >= len(grams):
        return False
    before = set().union(*grams[max(0, n - _TELLS_WINDOW):n])
    after = set().union(*grams[n + 1:n + 1 + _TELLS_WINDOW])
    return len(own & before) >= _TELLSECHO_MARGIN * max(1, len(own & after))


#: how many times more pairs a paragraph shares with the text on one side than the other to tell of it
_TELLSECHO_MARGIN = 2


#: the paragraphs on each side asked (the text near it: a long page's whole text is not read again)
_TELLS_WINDOW = 4


__all__ = ["closing_cut", "split_groups_by_wording"]
