"""Column lines that an extractor broke at punctuation, joined again.

``pdftotext -raw`` on real page PDFs writes a line wherever the text
layer starts a new span, and e-paper PDFs put punctuation in spans of its
own: one printed line of a column comes out as ``会主义进入新时代，`` /
``并鲜明地提出``, or ``突出强调了`` / ``“四个伟大”`` / ``。党的十``. Read
as they are, such fragments look like short headlines and paragraph ends.
A column's printed lines are all about as wide, so two neighbours that
fit in one line's width and meet at a punctuation mark are one line. Pages
whose lines are whole (most extractors, most PDFs) are left alone: a line
ending at a comma is then full, so it and the next never fit in one.
"""

from __future__ import annotations

from bisect import insort

from .printed_lines import rebuild_lines

#: marks a span break happens beside: the fragment before ends with one, or the next starts with one
_MID = "，、；：,;:"
_OPENING = "“‘《（(〈「『【"
_CLOSING = "”’》）)〉」』】"
_ENDS = "。！？!?"
_MARKS = _MID + _OPENING + _CLOSING + _ENDS + "…—·"
#: lines around a line whose widths tell its column's width
_WINDOW = 12
#: share of the page's lines that must be fragments before any is joined
_FRAGMENTED_SHARE = 0.06
_FRAGMENTED_MIN = 12
#: widest a newspaper column's printed line runs (realdev's run 10-29 em): lines
#: wider are whole paragraphs written one a line, and a short line between them
#: is a paragraph or a list's item of its own, no fragment
_MAX_COLUMN = 40


def width(line: str) -> float:
    """Printed width in em: a CJK character or full-width mark is one, ASCII half."""
    # (split() drops what isspace() calls white space; a line that is printable and holds no
    # space has none: every other white space character is unprintable)
    solid = line if " " not in line and line.isprintable() else "".join(line.split())
    halves = len(solid.encode("ascii", "ignore"))  # the ASCII characters, half an em each
    return len(solid) - halves + 0.5 * halves


def column_widths(widths: list[float]) -> list[float]:
    """Each line's column width: the widths of the lines around it, taken near
    their top (a tenth of lines may be longer: headlines of another size)."""
    out: list[float] = []
    window: list[float] = []
    start = end = 0
    for i in range(len(widths)):
        while end < len(widths) and end <= i + _WINDOW:
            insort(window, widths[end])
            end += 1
        while start < i - _WINDOW:
            window.remove(widths[start])
            start += 1
        out.append(near_top(window))
    return out


def _column_at(widths: list[float], i: int) -> float:
    """:func:`column_widths` at line ``i`` alone (where only a few lines need it)."""
    return near_top(sorted(widths[max(0, i - _WINDOW):i + _WINDOW + 1]))


def near_top(window: list[float]) -> float:
    """The width near the top of a sorted window of lines' widths: its column's."""
    return window[min(len(window) - 1, int(0.9 * len(window)))]


def _meets_at_mark(before: str, after: str, earlier: tuple[str, ...] = ()) -> bool:
    """Do two lines meet where a span break happens? Not after a sentence's end
    (the extractor keeps 。 in its span: a line ending there ends a paragraph)
    or a closing note in brackets, unless the next opens with a mark that opens
    no paragraph."""
    text = before.rstrip(_CLOSING)
    # (closing marks alone close what came before: no run-on)
    if not text or text[-1] in _ENDS or _closes_note(before, earlier):
        return after[0] in _MARKS and after[0] not in _OPENING
    if before[-1] not in _MARKS and _opens_with_dash_and_words(after):
        return False
    return before[-1] in _MID + _CLOSING + _OPENING or after[0] in _MARKS


def _opens_with_dash_and_words(line: str) -> bool:
    """Does the line open with a dash and go on in words (—— 学习…, or ——《…》
    once a dash drawn alone has joined what follows it)? The dash is in the span
    of the words after it, so no span break comes before it: a printed line
    opens there (a subtitle's), after a line ending in no mark."""
    rest = line.lstrip("—－-").lstrip()
    return line.startswith("——") and bool(rest) and (rest[0] not in _MARKS or rest[0] in _OPENING)


def _closes_note(line: str, earlier: tuple[str, ...]) -> bool:
    """Does the line close a note in brackets that opened a printed line, its
    own or one a few lines before (（作者为…） / （本报北京5月1日电） /
    （作者单位：… / …分中 / 心））? Such a note ends its article. ``earlier``:
    the lines before it, nearest first."""
    if line[-1:] not in "）)":
        return False
    if line[0] in "（(":
        return line.count(line[0]) == 1
    for above in earlier[:_NOTE_LINES]:
        if not above or any(ch in above for ch in "）)"):
            return False
        if above[0] in "（(":
            return above.count(above[0]) == 1
    return False


#: lines over its closing bracket a note may open on (a long unit's name wraps)
_NOTE_LINES = 3


def _fits(before: float, after: float, column: float) -> bool:
    """Do both fit in one printed line? (A line's last mark may hang past it.)"""
    return 4 <= column <= _MAX_COLUMN and before + after <= column + 1


def fragmented(lines: list[str]) -> bool:
    """Did the extractor break the page's column lines at punctuation? Then
    many lines end at a comma-like mark and fit in one line with the next."""
    # (the column is measured at the lines that end at such a mark with a line after them only)
    ends = [i for i in range(len(lines) - 1) if lines[i] and lines[i + 1] and lines[i][-1] in _MID]
    if len(ends) < max(_FRAGMENTED_MIN, _FRAGMENTED_SHARE * len(lines)):
        return False  # most pages: too few such lines to measure any width (short lines a blank line apart: none)
    needed = max(_FRAGMENTED_MIN, _FRAGMENTED_SHARE * len(lines))
    widths: list[float] = []  # (measured as far as the lines asked so far need)
    count = 0
    for n, i in enumerate(ends):
        if count + len(ends) - n < needed:
            return False  # too few lines left to fit with the next (most pages: whole lines fit none)
        widths.extend(map(width, lines[len(widths):i + _WINDOW + 1]))
        # (the column is one of the window's widths: two lines wider together than the widest of
        # them are no fragments of one line, whole column lines among them; the window sorted only
        # where they may fit)
        both = widths[i] + widths[i + 1]
        if both <= _MAX_COLUMN + 1 and both <= max(widths[max(0, i - _WINDOW):i + _WINDOW + 1]) + 1:
            count += _fits(widths[i], widths[i + 1], _column_at(widths, i))
    return count >= needed


def rejoin_fragments(lines: list[str]) -> list[str]:
    """The lines with every run of fragments of one printed line joined.
    Blank lines stay (they part blocks); a page not fragmented is returned as is.
    Fragments make the lines around look narrow, so the column widths are
    measured again on the joined lines, until nothing more joins."""
    if not fragmented(lines):
        return lines
    lines = without_doubles(lines)
    rebuilt = rebuild_lines(lines)
    if rebuilt is not None:
        lines = rebuilt
    for _ in range(_PASSES):
        joined = _join_pass(lines)
        if len(joined) == len(lines):
            break
        lines = joined
    return lines


def without_doubles(lines: list[str]) -> list[str]:
    """Headlines set in fake bold are drawn twice, and the raw stream writes
    both copies: a line then the same line (or it and more: 新使命 / 新使命：),
    a mark alone after a line ending in that mark, or the copies interleaved
    a word apart (国家统计局 / 国家统计局 2017 / 2017 年 / 年 6). One copy is kept."""
    out: list[str] = []
    for line in lines:
        if out and out[-1] and line:
            before = out[-1]
            if len(before) >= 2 and line.startswith(before):
                out[-1] = line  # the first copy stopped short of the second
                continue
            if all(ch in _MARKS for ch in line) and before.endswith(line):
                continue  # the copy's mark, alone
            last = before.rsplit(" ", 1)[-1]
            if " " in line and last and line.split(" ", 1)[0] == last:
                line = line.split(" ", 1)[1]  # interleaved copies: the word both carry, once
        out.append(line)
    return out


#: passes of joining, each on widths measured on the last one's lines
_PASSES = 3


def _join_pass(lines: list[str]) -> list[str]:
    widths = [width(line) for line in lines]
    columns = column_widths(widths)
    out: list[str] = []
    joined = 0.0  # width of the printed line being rebuilt (out[-1])
    pieces = 0  # lines joined into out[-1]
    for i, line in enumerate(lines):
        if (out and line and out[-1] and _meets_at_mark(out[-1], line, tuple(out[-2:-2 - _NOTE_LINES:-1]))
                and _fits(joined, widths[i], columns[i]) and (pieces > 1 or not _opens_line_alone(out, line))
                and not (pieces == 1 and _lone_dash_opens(out[-1], line, lines[i + 1] if i + 1 < len(lines) else ""))):
            out[-1] += line
            joined += widths[i]
            pieces += 1
            continue
        out.append(line)
        joined = widths[i]
        pieces = 1
    return out


def _lone_dash_opens(before: str, line: str, after: str) -> bool:
    """Is ``line`` a dash drawn alone (a span of its own, so another face than
    the line before it) over a fragment opening with an opening mark (—— /
    《…》简评)? It opens that line, a subtitle's, and closes no kicker: a
    kicker's dash is set in its own words' face, in their span."""
    return line.strip() == "——" and before[-1:] not in _MARKS and after[:1] in _OPENING


def _opens_line_alone(out: list[str], line: str) -> bool:
    """Does ``line`` meet the line before (``out[-1]``, one piece) only at its
    opening mark, where that line opens a block (after a blank line or at the
    top) and ends in no mark: a headline or a label over a paragraph that
    opens with a quote (新老师 / “我们有老师了”，)? A fragment a span break
    left before a quote (突出强调了 / “四个伟大”) runs on from the lines above."""
    if out[-1][-1] in _MARKS or line[0] not in _OPENING:
        return False
    return len(out) == 1 or not out[-2] or names_apart(out[-1])


def names_apart(line: str) -> bool:
    """Is the line names set apart by spaces (徐方平 高 静, 刘宏达 谢守成): two to four
    pieces of one to three Chinese characters, one at least two long? A byline is a
    printed line of its own; a line letter-spaced to justify it has one-character
    pieces only, or a long piece (习 近平主席发表题为)."""
    pieces = line.split()
    return (2 <= len(pieces) <= 4 and all(1 <= len(p) <= 3 and all("\u4e00" <= ch <= "\u9fff" for ch in p)
                                          for p in pieces) and any(len(p) >= 2 for p in pieces))
