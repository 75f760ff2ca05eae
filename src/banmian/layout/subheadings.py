"""In-body subheadings: short unpunctuated lines inside one article's body.

In extracted text they look like a headline between two bodies; what tells
them apart is their wording (一、 第一节 ■ ...) and that the text around them
runs on in the same column width (a new article usually changes it).
"""

from __future__ import annotations

import re
from itertools import islice

from .roles import BODY, BYLINE, CAPTION, CONTINUATION, CREDIT, DATELINE, OTHER, SUBHEADING, TITLE
from .alone_titles import one_measure, opens_new_story, says_a_word_again, two_datelines_around
from .closing_lines import heads_signed_notice
from .paragraphs import body_width, column_width
from .reflow import cell_width, core_width
from .rules import ROLES, is_closing_note, opens_with_any_dateline
from .stream_measure import has_inner_clause
from .text_closing import closes_with_byline
from .text_units import Unit
from .tier_patterns import PHRASE, speech_kicker_over_title

_COLUMN_TAG = re.compile(r"[（(][^（）()]{2,16}[）)]$")
_NUMBERED = re.compile(
    r"^(第[一二三四五六七八九十百零\d]+[章节部分条篇]|[一二三四五六七八九十]+[、．.]|"
    r"[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、．.](?!\d)|[■◆●▲□◇◎★☆])")


_MIN_RUN = 3
#: a subheading is at most a label over its line, the line wrapped once: this many headline units
#: where blocks are paragraphs, and two in a line stream (where a paragraph's first line, indented
#: short, may stand alone as well)
_MAX_UNITS = {False: 3, True: 2}
#: the label over a subheading's line holds at most this many characters (its quotes aside)
_LABEL_CHARS = 8
_WORD_CHARS = re.compile(r"\w")
#: a width this share of a run's lines hold is one of its column's own
_COMMON_SHARE = 0.2


def _more_word_chars_than(text: str, count: int) -> bool:
    """Does ``text`` hold more than ``count`` word characters? (Counted as far
    as ``count`` + 1 only: a long run of text need not be gone through.)"""
    return next(islice(_WORD_CHARS.finditer(text), count, None), None) is not None


def _common_widths(lines: list[str]) -> list[float]:
    """The line widths (pulled-up marks aside) that a fifth of the lines hold, widest first."""
    counts: dict[float, int] = {}  # (a dict: a Counter's set-up costs more than a run's few lines)
    for width in map(core_width, lines):
        counts[width] = counts.get(width, 0) + 1
    return sorted((w for w, n in counts.items() if n >= _COMMON_SHARE * len(lines)), reverse=True)


def _one_squeezed_column(before: list[str], after: list[str]) -> bool:
    """A printed column squeezes its punctuation, so its full lines hold one
    character more or less (14 and 15 about as often) and the commonest width
    of two runs of it may differ by one. Where a run shows two such widths a
    cell apart, the runs are one column when their widest common widths agree
    (text set exactly, one width a column, never shows it)."""
    widths_before, widths_after = _common_widths(before), _common_widths(after)
    squeezed = any(len(ws) >= 2 and ws[0] - ws[1] == 1.0 for ws in (widths_before, widths_after))
    return squeezed and bool(widths_before) and bool(widths_after) and widths_before[0] == widths_after[0]


def looks_like_subheading(lines: list[str], before: list[str], after: list[str], stream: bool = False) -> bool:
    """Is the unit ``lines`` between body blocks ``before`` and ``after`` a
    subheading of that body rather than the headline of a new article?

    Numbered or marked ones (一、 第一节 ■ ...) are; a bracketed column tag
    （人民时评） never is; an unmarked one is when the text around it runs on
    in the same column width (a new article usually changes it)."""
    text = "".join(lines)
    # the tag closes the lines (wrapped over two, too) or any one line: a title
    # closed by its tag may stand over a lead-in of its own
    if _COLUMN_TAG.search(text) or any(_COLUMN_TAG.search(line.rstrip()) for line in lines):
        return False
    if _NUMBERED.match(text) or text.endswith("——"):
        return True  # (a subheading may lead into its paragraph with a dash: 走进展厅——)
    if any(line.lstrip().startswith("——") for line in lines[1:]):
        return False  # a title over its subtitle (——……): a new article's headline
    if _kicker_over_more_lines(lines):
        return False  # a kicker's closing dash (……海岛夫妇—— / 在灯塔过年): a title under it
    if len(before) >= _MIN_RUN and _last_part_over_note(lines, before, after):
        return True
    if len(before) < _MIN_RUN or len(after) < _MIN_RUN:
        return False  # too little text on a side to trust its width
    width_before = _run_width(before)
    width_after = _run_width(after)
    # in a line stream (an extractor's output of a real page) the runs may measure a cell apart: real
    # pages justify a column a character narrower or wider from run to run
    if not width_before or (abs(width_before - width_after) > (1.0 if stream else 0.5)
                            and not _one_squeezed_column(before, after)):
        return False
    if abs(width_before - width_after) > 0.5 and not one_measure(before, after, width_before, width_after):
        return False  # each run's full lines hold one width, a cell apart: two articles' measures
    return all(cell_width(line) <= width_after + 1.0 for line in lines)


def _run_width(lines: list[str]) -> float:
    """The column width of a run of body lines: its full lines' width, also where
    short paragraphs' first lines, indented two cells, outnumber them
    (:func:`.paragraphs.body_width`): the run over a subheading and the run under
    it would measure apart by the indent alone."""
    if len(lines) <= 2:
        return column_width([lines])
    return body_width([list(map(cell_width, lines[:-1]))])


#: lines of text a subheading's last part may hold over the note closing the article
_LAST_PART_LINES = 2


def _last_part_over_note(lines: list[str], before: list[str], after: list[str]) -> bool:
    """Is the heading over its article's last part: a sentence or two (too few
    lines to measure a column on: a paragraph's indented first line and its
    last) and then the note that closes the article (（作者为…）)? The heading
    and that part fit in the column over the heading: one article's text goes
    on under its last subheading, up to its author's note."""
    if len(after) > 2 * _LAST_PART_LINES:
        return False  # (the note at line 1 or 2 at most, and the part under it this short: no line asked)
    # (the first note among the lines a part may hold, and the line under them: one further is no part's)
    at = next((k for k, line in enumerate(after[:_LAST_PART_LINES + 1]) if is_closing_note(line)), None)
    if at is None or not 1 <= at <= _LAST_PART_LINES or at + _LAST_PART_LINES < len(after):
        return False
    width = column_width([before])
    part = after[:at]
    return bool(width) and all(cell_width(line) <= width + 1.0 for line in lines + part) and bool(
        re.search(r"[。！？…][”’）)]*$", part[-1].rstrip()))


def _kicker_over_more_lines(lines: list[str]) -> bool:
    """Does a line other than the first or the last close a kicker wrapped in
    its narrow box with its dash (守护越冬的候鸟，林 / 场夫妇—— / 在湖心过年)? A
    subheading's lead ends so too, but on one line (江城，某某气象观测中心—— /
    “……”), and holds a place or a few words; a wrapped kicker says more."""
    for k, line in enumerate(lines[:-1]):
        if line.rstrip().endswith("——"):
            return k > 0 and _more_word_chars_than("".join(lines[:k + 1]), _LABEL_CHARS)
    return False


def mark_subheadings(units: list[Unit], stream: bool = False) -> list[Unit]:
    """A lone headline candidate inside a running body is an in-body subheading;
    so are two such lines in a row (a subheading wrapped at the column's width,
    one block a line) when they are no wider than the column around them: they
    become one unit. Returns the units left."""
    out: list[Unit] = []
    unmarked: list[Unit] = []  # subheadings told by the column's width alone, not by their wording
    i = 0
    while i < len(units):
        out.append(units[i])
        if units[i].block.role != TITLE or not i or units[i - 1].block.role != BODY:
            i += 1  # (a subheading stands under body text: a headline under no body needs no run measured)
            continue
        end = i + 1
        most = _MAX_UNITS[stream] + (1 if stream and (_phrase_lines(units[i:i + 3])
                                                       or _label_over_sentence(units[i:i + 3])) else 0)
        while end < len(units) and end - i < most and units[end].block.role == TITLE:
            end += 1
        if end - i > 2 and _more_word_chars_than("".join(units[i].block.lines), _LABEL_CHARS):
            end = i + 2  # three units: a label over its line, no title over two more tiers
        prev = units[i - 1] if i > 0 else None
        nxt = units[end] if end < len(units) else None
        run = units[i:end]
        if (prev and nxt and prev.block.role == BODY and nxt.block.role == BODY
                and all(u.block.role == TITLE and not u.block.vertical for u in run)
                and not (opens_with_any_dateline(nxt.block.lines) or closes_with_byline(prev.block.lines))
                and _reads_as_subheading([line for u in run for line in u.block.lines],
                                         _body_run(units, i, -1, stream), _body_run(units, end - 1, +1, stream),
                                         stream)
                and not two_datelines_around(units, i, end) and not heads_signed_notice(units, i)
                and not speech_kicker_over_title([line for u in run for line in u.block.lines])):
            lead_under_label = _label_over_sentence(run)
            run[0].block.role = SUBHEADING
            if lead_under_label:
                # the label heads its part; the sentence under it, put back on its line, is that part's lead
                run[1].block.role = BODY
                run[1].block.lines.extend(line for u in run[2:] for line in u.lines)
                out.append(run[1])
                unmarked.append(run[0])  # (a new story's title over its lead may still be told by its words)
                i = end
                continue
            run[0].block.lines.extend(line for u in run[1:] for line in u.block.lines)
            if (len(run[0].block.lines) == 1 or _label_over_line(run[0].block.lines)
                    or _one_phrase_wrapped(run[0].block.lines)) and not (
                    _NUMBERED.match(run[0].block.lines[0]) or run[0].block.lines[-1].endswith("——")):
                # (lines put together here may be pieces of anything: one line only, a label over it,
                # or one phrase wrapped)
                unmarked.append(run[0])
            i = end
            continue
        i += 1
    _lone_titles_back(out, unmarked)
    return out


def _lone_titles_back(units: list[Unit], unmarked: list[Unit]) -> None:
    """A heading read as a subheading by the width of the text around it alone
    is a new article's title (stories set in one column width) when it opens a
    new story: its words open the text under it and not the text over it, and
    the two texts share little wording (:func:`.alone_titles.opens_new_story`).
    A story's subheadings head parts of one subject that runs on in the same
    words. The text over a heading is read back to the heading before it, the
    text under it on to the next; a stretch holding a heading told by its
    wording (一、, ■) is one story's."""
    if not unmarked:
        return  # (no heading to ask: the page's units are not indexed)
    at = {id(u): n for n, u in enumerate(units)}
    told = {id(u) for u in unmarked}
    done: set[int] = set()
    for unit in unmarked:
        n = at[id(unit)]
        if n in done:
            continue
        lo, hi = n, n
        while lo > 0 and units[lo - 1].block.role in (BODY, SUBHEADING):
            lo -= 1
        while hi + 1 < len(units) and units[hi + 1].block.role in (BODY, SUBHEADING):
            hi += 1
        heads = [k for k in range(lo, hi + 1) if units[k].block.role == SUBHEADING]
        done.update(heads)
        if any(id(units[k]) not in told for k in heads):
            continue
        edges = [lo - 1, *heads, hi + 1]
        read = [_story_title(units, k, edges[j], edges[j + 2]) for j, k in enumerate(heads)]
        if all(lines is not None for lines in read):
            for k, lines in zip(heads, read):
                units[k].block.role = TITLE
                if lines is not units[k].block.lines:  # one title wrapped, made one line
                    units[k].block.lines[:] = lines
                    units[k].forget_width()


def _story_title(units: list[Unit], n: int, above: int, below: int) -> list[str] | None:
    """The lines of heading ``n`` as a new story's title, or None when it opens
    no new story, the text over it read back to unit ``above`` (the heading
    before, or the stretch's edge) and the text under it on to unit ``below``.
    A heading of two phrases a line is asked whole (one title wrapped:
    石桥村小学建成 / 录播教室和科学实验室, then one line) and by its last line (a
    kicker over its title: the lead names what the title names, not the
    kicker's words), or of two lines by its first (a title over its subtitle)."""
    before = "".join(line for u in units[above + 1:n] if u.block.role == BODY for line in u.block.lines)
    after = "".join(line for u in units[n + 1:below] if u.block.role == BODY for line in u.block.lines)
    lines = units[n].block.lines
    if _one_phrase_wrapped(lines) and not _label_over_line(lines):
        joined = "".join(line.strip() for line in lines)
        if opens_new_story(joined, before, after):
            return [joined]
    if opens_new_story(lines[-1], before, after):
        return lines
    # (a title over its subtitle set with no dash: the lead names what the title names)
    return lines if len(lines) == 2 and opens_new_story(lines[0], before, after) else None


def _one_phrase_wrapped(lines: list[str]) -> bool:
    """Two lines of one phrase with no mark (石桥村小学建成 / 录播教室和科学实验室):
    one heading set over two lines, a title's or a subheading's."""
    return len(lines) == 2 and all(_WRAPPED_PHRASE.fullmatch(line.strip()) for line in lines)


_WRAPPED_PHRASE = re.compile(r"[\u4e00-\u9fff“”‘’《》0-9]{3,16}")


#: a column's label over a heading: a few characters alone (城事观察, 民生关注)
_COLUMN_LABEL = re.compile(r"[\u4e00-\u9fff]{2,6}")


def _label_over_line(lines: list[str]) -> bool:
    """Two lines, the first a column's label (a few characters, no mark): a
    label over its subheading, or a column's logo over a new article's title;
    the second line's words tell which (:func:`_lone_titles_back`)."""
    return len(lines) == 2 and _COLUMN_LABEL.fullmatch(lines[0].strip()) is not None


#: lines of body enough to measure a column on in a line stream (whose units are runs of text,
#: not paragraphs): units further off may be another article's
_ENOUGH_LINES = 10
#: a run of fewer lines between two lone lines (a few short paragraphs of dialogue) measures no column alone
_SHORT_RUN = 6


def _phrase_lines(units: list[Unit]) -> bool:
    """Three headline units of one short phrase each (产业再优化 / 蜜瓜能迭代 /
    火了羊月嫂): a subheading's label over its two phrases may stand so in a
    line stream, as no paragraph's first line does (it holds no mark)."""
    return len(units) == 3 and all(u.block.role == TITLE and len(u.block.lines) == 1
                                   and PHRASE.fullmatch(u.block.lines[0].strip())
                                   and u.block.lines[0].count("“") == u.block.lines[0].count("”") for u in units)
    # (a quote left open is a paragraph's first line: “每一分补贴从县到)


def _label_over_sentence(units: list[Unit]) -> bool:
    """Headline units: a short label with no mark, then a sentence that holds a
    clause mark with text after it, set on one line or wrapped once (挑战也能变
    机遇 / 深化改革开放，正向推动是 / 机遇，倒逼推动也是机遇): a subheading's
    label over its part's lead. A title or subheading line seldom holds a clause
    mark inside it; a sentence does, and is body text however it is set. The
    label is a phrase (four characters at least, no byline's role word): a name
    or a role alone over a line is a byline's."""
    if len(units) not in (2, 3) or not all(u.block.role == TITLE for u in units) or len(units[0].block.lines) != 1:
        return False
    label = units[0].block.lines[0].strip()
    if not _SHORT_LABEL.fullmatch(label) or len(label) < _LABEL_MIN or any(role in label for role in ROLES):
        return False
    lines = [line for u in units[1:] for line in u.block.lines]
    if len(lines) > 2:
        return False
    if len(units) == 3:  # the first line holds the comma and ends on a word cut: the line under it goes on
        return has_inner_clause(lines[0]) and lines[0].rstrip()[-1:] not in _SENTENCE_OR_CLAUSE_END
    return has_inner_clause("".join(line.strip() for line in lines))


#: a subheading's label: a few characters, no mark (挑战也能变机遇), four at least (a name has two or three)
_LABEL_MIN = 4
_SHORT_LABEL = re.compile(rf"[\u4e00-\u9fff]{{2,{_LABEL_CHARS}}}")
#: marks a line that ends its sentence or clause closes on
_SENTENCE_OR_CLAUSE_END = "。！？!?，,、；;：:…”’）)"


def _lone_line_between_bodies(units: list[Unit], j: int) -> bool:
    """Is unit ``j`` one headline line with body on both sides (another subheading
    candidate: a short run of dialogue lines between two of them measures no column)?"""
    return (0 < j < len(units) - 1 and units[j].block.role in (TITLE, SUBHEADING) and len(units[j].block.lines) == 1
            and units[j - 1].block.role == BODY and units[j + 1].block.role == BODY)


def _body_run(units: list[Unit], i: int, step: int, stream: bool = False) -> list[str]:
    """The lines of the body units next to unit ``i`` (before or after it), up to
    the text that opens with a dateline (本报讯……): another article's, whose
    column may be of another width, so it tells nothing of this one's."""
    run: list[list[str]] = []
    j = i + step
    while 0 <= j < len(units) and units[j].block.role == BODY and len(run) < 4 \
            and not (stream and sum(map(len, run)) >= _ENOUGH_LINES):
        opens = opens_with_any_dateline(units[j].block.lines)
        if opens and step > 0 and run:
            break
        run.append(units[j].block.lines)
        if opens and step < 0:
            break
        j += step
        if stream and run and sum(map(len, run)) < _SHORT_RUN and _lone_line_between_bodies(units, j):
            j += step  # a short run (a dialogue's lines) up to the next lone line: its column goes on past it
    if step < 0:
        run.reverse()
    return [line for lines in run for line in lines]


def _nearest(lines: list[str], step: int) -> list[str]:
    """The lines of a body run next to the heading (``step``: -1 for the run over it)."""
    return lines[-_NEAREST_LINES:] if step < 0 else lines[:_NEAREST_LINES]


def _reads_as_subheading(lines: list[str], before: list[str], after: list[str], stream: bool) -> bool:
    """:func:`looks_like_subheading` on the body runs around the heading; in a
    stream, asked again on the lines next to it: a stream's unit may hold two
    articles' column text (the other's headline stands elsewhere), whose
    other measure outvotes this column's."""
    if looks_like_subheading(lines, before, after, stream):
        return True
    near_before, near_after = _nearest(before, -1), _nearest(after, +1)
    return stream and (len(near_before) < len(before) or len(near_after) < len(after)) and looks_like_subheading(
        lines, near_before, near_after, stream)


#: lines of a stream's body next to a heading that its column is measured on
_NEAREST_LINES = 12


#: a reporter's notes set after the report (温暖贵在坚持（记者手记）, …（采访手记）); a curator's or a
#: writer's notes (（策展手记）) are an article of their own, signed
_NOTES_TAG = re.compile(r"[（(](?:记者|采访)手记[）)]$")


def notes_titles_are_subheadings(units: list[Unit]) -> None:
    """A headline of one line tagged as a reporter's notes (……（记者手记）),
    alone between body text on a page that draws its headlines over their
    bodies, is a subheading of the report: the notes go on from the report
    they close (its reporter's afterword, under the report's headline and
    byline), not an article of their own. (On a page drawing each headline
    after its body, the notes' heading closes the notes' own text: the
    caller leaves those alone.) Not when the body under it opens with a
    dateline: that opens another article, so the notes' heading closes the
    notes' own text over it (drawn after it, on this page too). Nor when the
    report over it closed with its authors' bracket (……。（张三 李四）): the
    report is signed off, and the notes under their own headline are another
    article (a column of briefs and notes). Nor when the notes tell of
    another subject than the report's (:func:`_notes_heading`)."""
    # (asked of the headline units alone, as they stand before the pass: a heading it turns into a
    # subheading was a headline unit already, and no other unit's role changes)
    for k in [k for k, u in enumerate(units) if u.block.role == TITLE and 0 < k < len(units) - 1]:
        if _notes_heading(units, k):
            units[k].block.role = SUBHEADING


def _notes_heading(units: list[Unit], k: int) -> bool:
    """Is unit ``k`` a one-line heading tagged as a reporter's notes, between
    body text, the text under it no new dated article, the text over it not
    signed off with its authors' bracket, the two texts telling of one
    subject (a word each says again: notes under their own headline after
    an unrelated report are an article of their own)?"""
    unit, prev, nxt = units[k], units[k - 1], units[k + 1]
    return (unit.block.role == TITLE and len(unit.block.lines) == 1 and prev.block.role == BODY
            and nxt.block.role == BODY and _NOTES_TAG.search(unit.block.lines[0].strip()) is not None
            and not opens_with_any_dateline(nxt.block.lines) and not closes_with_byline(prev.block.lines)
            and says_a_word_again("".join(_body_run(units, k, -1)), "".join(_body_run(units, k, +1))))


#: what may stand between a report's opening headline and its notes' heading besides its text (a label too)
_IN_REPORT = (BODY, SUBHEADING, BYLINE, CAPTION, CREDIT, DATELINE, OTHER)


def notes_under_opened_reports(units: list[Unit], directions: bool | dict[int, bool]) -> None:
    """A reporter's notes' heading (……（记者手记）) under a report whose headline
    stands over it, opening its text, is a subheading of that report on any
    page: the notes go on from the report they close (a page drawing some
    headlines after their bodies draws this one first: the report's headline
    opened its text, so the notes' heading closes none of it). One pass: the
    last headline group over the text so far, and whether it opened that text."""
    opened = False  # the headline group over the text so far opens it
    group_start = None
    for k, unit in enumerate(units):
        role = unit.block.role
        if role == TITLE and 0 < k < len(units) - 1 and opened and _notes_heading(units, k):
            unit.block.role = SUBHEADING
            continue
        if role == TITLE:
            if group_start is None or (isinstance(directions, dict) and k in directions):
                group_start = k  # a headline group opens here
                opened = directions if isinstance(directions, bool) else directions.get(k, True)
            continue
        group_start = None
        if role not in _IN_REPORT:
            opened = False


#: a label in lenticular brackets alone on its line (【绝活看点】, 【专家观点】)
_BRACKETED_LABEL = re.compile(r"【[^【】\s]{2,10}】")


def bracketed_labels_are_body(units: list[Unit]) -> None:
    """A line that is only a label in lenticular brackets (【绝活看点】) heads
    a part of the text under it: a paragraph of that text as printed, never a
    headline (a headline is set in words alone, and a box's label in brackets
    stands inside the article it labels), so it neither opens nor closes an
    article, nor counts among the headings a stretch of text holds. Over a
    headline's line it is the series the report runs in (【新春走基层】 /
    风雪中守护回家路): a tier of that headline."""
    for k, unit in enumerate(units):
        if (unit.block.role in (TITLE, OTHER) and len(unit.block.lines) == 1
                and _BRACKETED_LABEL.fullmatch(unit.block.lines[0].strip())
                and not (k + 1 < len(units) and units[k + 1].block.role == TITLE)):
            unit.block.role, unit.paragraph_lines = BODY, True


def headings_over_jump_notes(units: list[Unit]) -> None:
    """A heading of one line right under body text and right over the note
    sending the text on to another page (……田禾说。 / 摸清家底 / （下转第14版））
    heads the part of that text carried on there: a subheading of the article
    above, no headline (a headline has its text under it on its own page)."""
    # (the units over a note alone: a page has few notes; a heading's role changes none of the notes')
    for k in [j - 1 for j, u in enumerate(units) if u.block.role == CONTINUATION and 2 <= j]:
        unit, prev, nxt = units[k], units[k - 1], units[k + 1]
        if (unit.block.role in (TITLE, OTHER) and len(unit.block.lines) == 1 and prev.block.role == BODY
                and nxt.note is not None and nxt.note.direction == "to"
                and not any(mark in unit.block.lines[0] for mark in "。！？")):
            unit.block.role = SUBHEADING


def headings_under_resume_notes(units: list[Unit]) -> None:
    """A heading right under the note that resumes a text carried on from
    another page and right over body text, the note under the resumed
    article's headline (喜迎元宵 / （上接第2版） / 相声小品接地气 / ……),
    heads a part of that carried-on text: a subheading, no second headline.
    So too a heading over a second line (一个主句 / 一个副句) or wrapped (a
    block of its two or three lines: an extractor's): a part's heading is set
    so, in the text's measure. (With no headline over the note, the heading
    under it is the jump head repeating the front page's title, unless it is
    numbered (三、…): a headline is never numbered, a part of a text is.)
    Not a heading tagged as a column's (……（今日谈）), nor a text opening with
    a dateline (a new article's)."""
    # (the units under a note alone: a page has few notes; a heading's role changes none of the notes')
    for j in [j for j, u in enumerate(units) if u.block.role == CONTINUATION and 1 <= j < len(units) - 2]:
        prev = units[j]
        if prev.note is None or prev.note.direction != "from":
            continue
        run = _heading_run(units, j + 1)
        if run is None or units[j + 1 + len(run)].block.role != BODY \
                or opens_with_any_dateline(units[j + 1 + len(run)].block.lines):
            continue
        if units[j - 1].block.role == TITLE or _NUMBERED.match(run[0].block.lines[0].lstrip()):
            for unit in run:
                unit.block.role = SUBHEADING


#: a resumed part's heading is at most two units (a heading and its second line), four lines in all
_RUN_UNITS = 2
_RUN_LINES = 4


def _heading_run(units: list[Unit], k: int) -> list[Unit] | None:
    """The headline units from ``k`` on, before the next unit of another role:
    a heading's lines, none closing a sentence nor tagged as a column's."""
    heads: list[Unit] = []
    for unit in units[k:k + _RUN_UNITS + 1]:
        if unit.block.role not in (TITLE, OTHER):
            break
        heads.append(unit)
    if not heads or len(heads) > _RUN_UNITS or k + len(heads) >= len(units):
        return None
    lines = [line.strip() for unit in heads for line in unit.block.lines]
    if len(lines) > _RUN_LINES or not all(lines) or _COLUMN_TAG.search(lines[-1]) \
            or any(mark in line for line in lines for mark in "。！？"):
        return None
    return heads


#: a section's number alone on its line (一, 十二): the body's parts are numbered so
_SECTION_NUMBER = re.compile(r"[一二三四五六七八九十]{1,3}")


def section_numbers_are_body(units: list[Unit]) -> None:
    """A line that is only a section's number (一) right over body text opens
    that part of the body, a paragraph of its own as printed: no headline, no
    column label (a label names its column in words)."""
    for unit, nxt in zip(units, units[1:]):
        if (unit.block.role in (TITLE, OTHER) and len(unit.block.lines) == 1 and nxt.block.role == BODY
                and _SECTION_NUMBER.fullmatch(unit.block.lines[0].strip())):
            unit.block.role, unit.paragraph_lines = BODY, True

