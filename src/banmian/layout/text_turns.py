"""Where the content stream turns (text mode): a headline drawn before its
body, then the next article's body, then that article's headline drawn after
it. With no headline between the two bodies, the text runs on as one article
with two headlines; the closing headline's own part is found by its wording
(:func:`.tier_cuts.closing_cut`), at a paragraph start."""

from __future__ import annotations

import re

from ..model import Block
from .roles import BODY, BYLINE, CAPTION, CREDIT, SUBHEADING, TITLE
from .closing_notes import closes_body, in_one_bracket
from .figure_openings import figure_opens_next
from .paragraphs import split_paragraphs
from .reflow import cell_width, ends_sentence
from .rules import opens_with_any_dateline
from .text_direction import bigrams, shared_pairs
from .tier_cuts import closing_cut
from .text_units import Unit

_SPACE = re.compile(r"\s+")
#: a photographer's credit closing a line: 张三摄, 张三/摄, 张三摄（人民视觉）
_CREDIT_END = re.compile(r"摄(?:[（(][^（）()]{2,8}[）)])?$")
#: what heads no article: a column's label (城建观察), a banner of two phrases, a name
_LABEL_OR_BANNER = re.compile(r"[\u4e00-\u9fff]{2,5}|[\u4e00-\u9fff]{3,7}[ \u3000]+[\u4e00-\u9fff]{3,7}")
_LABEL = re.compile(r"[\u4e00-\u9fff]{2,5}")
#: one addressee of a speech's salutation: 同志们, 女士们, 尊敬的各位来宾, 亲爱的同学们, 各位代表
_ADDRESSEE = re.compile(r"(?:(?:尊敬|亲爱)的)?各?[\u4e00-\u9fff]{1,6}们|(?:(?:尊敬|亲爱)的|各位)[\u4e00-\u9fff]{1,8}")
_ADDRESSEE_SEPARATOR = re.compile(r"[，、,]")
#: a salutation is short: the audience named, nothing said to it yet
_SALUTATION_CHARS = 24


def _paragraph_starts(unit: Unit) -> list[int]:
    """The index of each paragraph's first line in a body unit (the paragraphs
    as the article will cut them), or [0] when they cannot be traced back."""
    paragraphs = split_paragraphs([unit.block.lines], unit.width)
    starts, line, done = [], 0, 0
    through = 0  # the characters of the lines before ``line``, spaces left out
    for paragraph in paragraphs:
        starts.append(line)
        done += len(_SPACE.sub("", paragraph))
        count = 0
        while line < len(unit.block.lines) and count < done:
            through += len(_SPACE.sub("", unit.block.lines[line]))
            line += 1
            count = through
        if count != done:
            return [0]
    return starts


def _split(unit: Unit, at: int) -> tuple[Unit, Unit]:
    """A body unit cut in two before line ``at``."""
    block = unit.block
    start = block.line_start
    upper = Block(block.lines[:at], block.role, page=block.page, line_start=start, bbox=block.bbox,
                  font_size=block.font_size)
    lower = Block(block.lines[at:], block.role, page=block.page,
                  line_start=start + at if start is not None else None, bbox=block.bbox, font_size=block.font_size)
    return Unit(upper), Unit(lower)


def _no_headline(lines: list[str], phrases: bool = True) -> bool:
    """Lines that head no article here: labels, banners and credits only, or a
    caption (a sentence and its credit), or a kicker still waiting for its title.
    ``phrases`` False: a line of two phrases (让小山药 带动大产业) may be a headline
    (one signed by its authors: its words in the body tell where its part begins)."""
    if not lines or lines[-1].endswith(("——", "—")):
        return True
    if any(_CREDIT_END.search(line) or "。" in line for line in lines):
        return True
    pattern = _LABEL_OR_BANNER if phrases else _LABEL
    return all(pattern.fullmatch(line) for line in lines)


def is_salutation(paragraph: str) -> bool:
    """A speech's salutation (同志们，朋友们：): a short paragraph ending in a
    colon that only names the audience. It opens the speech, so the body
    before it is another article's."""
    text = _SPACE.sub("", paragraph)
    if not text.endswith(("：", ":")) or len(text) > _SALUTATION_CHARS:
        return False
    parts = _ADDRESSEE_SEPARATOR.split(text[:-1])
    return all(_ADDRESSEE.fullmatch(part) for part in parts)


def _byline_under(current: list[Unit], last_head: int) -> bool:
    """Does an author's byline stand right under the headline (a body under
    that)? A column's label has none: a short headline (an essay's 湖边雾起时) does."""
    nxt = last_head + 1
    return (nxt + 1 < len(current) and current[nxt].block.role == BYLINE and not current[nxt].closing
            and current[nxt + 1].role == BODY)


def _paragraph_lines(current: list[Unit], starts: list[tuple[int, int]], n: int) -> list[str]:
    """The lines of the ``n``-th paragraph of ``starts``."""
    k, line = starts[n]
    end = starts[n + 1][1] if n + 1 < len(starts) and starts[n + 1][0] == k else None
    return current[k].block.lines[line:end]


def _full_width(lines: list[str]) -> float | None:
    """The width of a paragraph's column: that of its inner full lines (the
    first is indented, the last may be short); None for fewer than three lines."""
    inner = lines[1:-1]
    if not inner:
        return None
    widths = sorted(round(cell_width(x.strip()) * 2) / 2 for x in inner)
    return widths[len(widths) // 2]


#: two columns this many cells apart in width are two articles' columns
_OTHER_WIDTH = 1.5


def width_turn(paragraphs: list[list[str]]) -> int | None:
    """Each article sets its own column width: where the paragraphs of one run
    of text are of one width up to a paragraph and of another from it on, the
    second article begins there. The paragraph where the width turns, else None
    (one width, or more than one turn)."""
    widths = [_full_width(lines) for lines in paragraphs]
    known = [(n, w) for n, w in enumerate(widths) if w is not None]
    # (a paragraph a cell narrower or wider is one column justified with a character more or fewer)
    turns = [n for (m, a), (n, b) in zip(known, known[1:]) if abs(a - b) >= _OTHER_WIDTH]
    if len(turns) != 1:
        return None
    turn = turns[0]
    if sum(n < turn for n, _ in known) < 2 or sum(n >= turn for n, _ in known) < 2:
        return None  # two paragraphs of each width at least: one odd paragraph (a quote, a list) is no column
    # the turn lies after the last paragraph of the first width: paragraphs of unknown width between
    # (one or two lines) go with the one after, as a paragraph opening an article's text does
    before, width = max(n for n, _ in known if n < turn), dict(known)
    cut = _cut_before(paragraphs, before, turn, width[before], width[turn])
    return cut if cut < len(paragraphs) else None


def _cut_before(paragraphs: list[list[str]], before: int, turn: int, first: float, second: float) -> int:
    """Where the text of the second width begins: after paragraph ``before``
    (the last of the first width, ``first`` cells wide), unless it ends
    unfinished (then the short paragraphs after it finish its sentence) or the
    short paragraph after it is set in the first width, not the ``second``
    of paragraph ``turn`` (:func:`_set_in_first`), up to ``turn``."""
    while before + 1 < turn and (not ends_sentence(paragraphs[before][-1])
                                 or _set_in_first(paragraphs[before + 1], first, second)):
        before += 1
    return before + 1


def _set_in_first(lines: list[str], first: float, second: float) -> bool:
    """Is a paragraph of two lines (too short to show its column's full
    lines) set in the ``first`` width, not the ``second``: its indented first
    line two cells short of ``first`` only, its last line ending a sentence
    within it? A text's last paragraph is often that short (……各村的代表和 / 志愿
    者出席了仪式。); its first line tells whose column it is."""
    if len(lines) != 2 or not ends_sentence(lines[1]):
        return False
    opening = cell_width(lines[0].strip()) + 2
    return (abs(opening - first) <= 0.5 and abs(opening - second) >= _OTHER_WIDTH
            and cell_width(lines[1].strip()) <= first + 1)


def width_turns(paragraphs: list[list[str]]) -> list[int]:
    """Every paragraph where the column width turns in a run of text that has
    no headline in it (a page drawn headlines first): runs of one width, two
    paragraphs of it at least (one odd paragraph, a quote or a list, is no
    column), each an article's text."""
    runs: list[list[tuple[int, float]]] = []
    for n, w in ((n, w) for n, w in enumerate(map(_full_width, paragraphs)) if w is not None):
        if runs and abs(runs[-1][-1][1] - w) < _OTHER_WIDTH:
            runs[-1].append((n, w))
        else:
            runs.append([(n, w)])
    merged: list[list[tuple[int, float]]] = []
    for run in runs:
        if merged and (len(run) < 2 or len(merged[-1]) < 2 or abs(merged[-1][-1][1] - run[0][1]) < _OTHER_WIDTH):
            merged[-1].extend(run)
        else:
            merged.append(run)
    cuts = []
    for prev, run in zip(merged, merged[1:]):
        if len(prev) < 2 or len(run) < 2:
            continue
        cuts.append(_cut_before(paragraphs, prev[-1][0], run[0][0], prev[-1][1], run[0][1]))
    return cuts


def paragraph_starts(group: list[Unit]) -> list[tuple[int, int]]:
    """(unit index, line index) of every paragraph's first line in the body units of ``group``."""
    return [(k, line) for k, u in enumerate(group) if u.block.role == BODY for line in _paragraph_starts(u)]


def paragraph_texts(group: list[Unit], starts: list[tuple[int, int]]) -> list[str]:
    """The text of each paragraph of :func:`paragraph_starts`."""
    return ["".join(_paragraph_lines(group, starts, n)) for n in range(len(starts))]


def cut_at_width_turns(group: list[Unit]) -> list[list[Unit]]:
    """A run of bodies with no headline between them, cut where the column
    width turns: one list of units for each article's text."""
    starts = paragraph_starts(group)
    cuts = width_turns([_paragraph_lines(group, starts, n) for n in range(len(starts))]) if len(starts) > 3 else []
    return cut_group(group, starts, cuts)


def cut_group(group: list[Unit], starts: list[tuple[int, int]], cuts: list[int]) -> list[list[Unit]]:
    """``group`` cut before each paragraph ``cuts`` names (indexes into ``starts``,
    ascending), a body unit split where a paragraph starts inside it."""
    if not cuts:
        return [group]
    units = list(group)
    edges: list[int] = []
    added = 0  # units the splits so far put in before the next cut
    taken: dict[int, int] = {}  # lines already cut off the top of a unit
    for n in cuts:
        k, line = starts[n]
        line -= taken.get(k, 0)
        at = k + added
        if line:
            units[at:at + 1] = _split(units[at], line)
            taken[k] = taken.get(k, 0) + line
            added += 1
            at += 1
        edges.append(at)
    return [units[a:b] for a, b in zip([0, *edges], [*edges, len(units)]) if units[a:b]]


def own_part(current: list[Unit], group: list[Unit], authored: bool = False) -> int | None:
    """Where in ``current`` (an article opened by its headline) the part that
    the closing headline ``group`` echoes begins: an index into ``current``,
    whose body unit is cut in two there when the part begins inside it; None
    when the wording leaves the article whole. ``authored``: the group's authors
    stand under it (a line of two phrases is then a headline, no banner)."""
    opening = [line.strip() for u in current if u.block.role == TITLE for line in u.block.lines]
    closing = [line.strip() for u in group if u.block.role == TITLE for line in u.block.lines]
    last_head = max(k for k, u in enumerate(current) if u.block.role == TITLE)
    signed = _signed_off_at(current, last_head) if len(opening) == 1 else None
    if signed is not None and not _no_headline(closing):
        # 短标题 / ……。（张三 李四）: the text under a brief's one-line title (a short one too) ended with
        # its authors there; what follows is the closing headline's
        return signed
    if (_no_headline(opening) and not _byline_under(current, last_head)) or _no_headline(closing, phrases=not authored):
        return None  # a column's label, a page's banner or a credit heads no article
    starts = [(k, line) for k in range(last_head + 1, len(current)) if current[k].block.role == BODY
              for line in _paragraph_starts(current[k])]
    # a headline set vertically and one set across are two articles' (no tiers of one headline)
    two = any(u.block.vertical for u in group) != any(u.block.vertical for u in current if u.block.role == TITLE)
    # where no cut is found, the closing headline's words may still be the text's: all of it is its own
    whole = starts[0][0] if two and starts and _echoes_more(group, current, starts[0][0]) else None
    if len(starts) < 2:
        return whole
    texts = []
    for n, (k, line) in enumerate(starts):
        end = starts[n + 1][1] if n + 1 < len(starts) and starts[n + 1][0] == k else None
        texts.append("".join(current[k].block.lines[line:end]))
    head = "".join(line for u in current if u.block.role == TITLE for line in u.block.lines)
    # where the column's width turns once, the second article begins there, whatever the words say
    # (a closing headline quoting its last paragraph echoes that paragraph only)
    cut = width_turn([_paragraph_lines(current, starts, n) for n in range(len(starts))])
    if cut is None:
        cut = _one_dateline(texts)
    if cut is None:
        # a photo's caption between two texts is the stream's own mark of an article's end: it is asked
        # before the words' lean (a last paragraph may tell of the next article's subject)
        cut = _after_caption(current, starts, texts, "".join(line for u in group for line in u.block.lines))
    if cut is None:
        cut = closing_cut(head, "".join(line for u in group for line in u.block.lines), texts, two)
    if cut is None:
        # the words do not tell, but a salutation opens a speech: the closing headline's part begins there
        cut = next((n for n in range(1, len(texts)) if is_salutation(texts[n])), None)
    if cut is None:
        return whole
    cut = figure_opens_next(texts, cut)
    k, line = starts[cut]
    if line:
        current[k:k + 1] = _split(current[k], line)
        k += 1
    while k < len(current) and current[k].block.role == BODY and closes_body(current[k].block.lines):
        k += 1  # （作者为…） closes the part before: it opens none
    return k if k < len(current) else None


def _signed_off_at(current: list[Unit], last_head: int) -> int | None:
    """Where the text after the opening headline (unit ``last_head``) is signed
    off by its authors' bracket (……。 / （张三 李四）, a unit of its own) with
    more body after it: the unit after the last such
    bracket, where the closing headline's own part begins. A brief's text ends
    with its authors; what comes after is another article's."""
    cut = None
    for k in range(last_head + 1, len(current) - 1):
        unit = current[k]
        signs = unit.block.role == BYLINE and unit.closing and in_one_bracket(unit.block.lines)
        if signs and any(u.block.role == BODY for u in current[last_head + 1:k + 1]) and any(
                u.block.role == BODY for u in current[k + 1:]):
            cut = k + 1
            while cut < len(current) and current[cut].block.role in (CAPTION, CREDIT):
                cut += 1  # a photo's caption under the signed text stays with it
    return cut


def _echoes_more(group: list[Unit], current: list[Unit], first: int) -> bool:
    """Does the closing headline ``group`` share more of its wording (as a share
    of its character pairs) with the text from unit ``first`` on than the
    headline that opened ``current`` does? A headline tells of its own text."""
    text = "".join(line for u in current[first:] if u.block.role == BODY for line in u.block.lines)
    closing = bigrams("".join(line for u in group if u.block.role == TITLE for line in u.block.lines))
    opening = bigrams("".join(line for u in current[:first] if u.block.role == TITLE for line in u.block.lines))
    if not closing or not opening:
        return False
    return shared_pairs(closing, text) / len(closing) > shared_pairs(opening, text) / len(opening)


def _one_dateline(texts: list[str]) -> int | None:
    """The one paragraph after the first that opens with a dateline (新华社某地…电):
    the closing headline's article begins there, as a dated report does (the
    text over it, undated, goes on from the opening headline's, and ended its
    sentence). None when no paragraph or several do (briefs, each dated)."""
    dated = [n for n in range(1, len(texts)) if opens_with_any_dateline([texts[n]])]
    if len(dated) != 1 or not ends_sentence(texts[dated[0] - 1]):
        return None  # (figures called out over a report, 20.7% / 10.5%, are its own: no sentence ends there)
    return dated[0]


def _after_caption(current: list[Unit], starts: list[tuple[int, int]], texts: list[str], closing: str) -> int | None:
    """A photo's caption between the opening headline's text (its last sentence
    ended) and more text, under a closing headline: a content stream draws an
    article's photo with the rest of that article, so the text after the
    caption is the closing headline's, when that headline's words are found in
    it at least as often as in the text before. The paragraph where that text
    begins, else None."""
    head = bigrams(closing)
    if not head:
        return None
    for n in range(1, len(starts)):
        k, line = starts[n]
        prev_k = starts[n - 1][0]
        if line or k == prev_k or not ends_sentence(texts[n - 1]):
            continue
        if not any(current[j].block.role in (CAPTION, CREDIT) for j in range(prev_k + 1, k)):
            continue
        # (the subheadings inside each part are that part's words too)
        before = "".join(texts[:n]) + _subheadings(current[:k])
        after = "".join(texts[n:]) + _subheadings(current[k:])
        if shared_pairs(head, after) and shared_pairs(head, after) / max(len(after), 1) >= shared_pairs(
                head, before) / max(len(before), 1):
            return n
        return None
    return None


def _subheadings(units: list[Unit]) -> str:
    """The lines of the subheadings among ``units``, run together."""
    return "".join(line for u in units if u.block.role == SUBHEADING for line in u.block.lines)


__all__ = ["cut_at_width_turns", "cut_group", "is_salutation", "own_part", "paragraph_starts", "paragraph_texts",
           "width_turns"]
